/**
 * rules-22f: precision of a report's own news — ", and by the time ... on Thursday, X was in Y" opens a clause of its
 * own, so its day is not the earlier verb's; "a week ago today" and "two weeks ago yesterday" count whole weeks back
 * from the day named; "the text of the accord signed by X and Y" names the document by an earlier signing, and takes
 * neither the main verb's date nor the report's; a bare "Kim" in an article about North Korea that names no Kim in full
 * is its head of state; ", and the two men then held talks" after an airport welcome is their meeting ("then" after a
 * subject of its own joins no verb to the one before); "held talks with X before being received by Y" is two meetings.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("', and by the time ... on <day>, X was ...'", () => {
  it("opens a clause of its own: the verb before it keeps the paragraph's day", () => {
    const text = "Putin flew into Pyongyang on Wednesday. By the evening Putin and Kim Jong Un had signed a defence pact, and by the time the markets opened on Thursday, the Russian president was in Hanoi.";
    expect(describeEvents(text, "2024-06-21", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a by-the-time phrase after the day, not after ', and', leaves the day with the verb", () => {
    const text = "Putin flew into Pyongyang on Wednesday. Putin and Kim Jong Un signed a defence pact on Thursday, by the time the markets opened.";
    expect(describeEvents(text, "2024-06-21", "agreement")).toEqual(["2024-06-20/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'a week ago today'", () => {
  it("is seven days before the report", () => {
    expect(describeEvents("Sergey Lavrov arrived in Pyongyang a week ago today for talks with Choe Son Hui.", "2024-07-19", "visit")).toEqual(["2024-07-12/day Sergey Lavrov Pyongyang"]);
  });

  it("'two weeks ago yesterday' is fifteen days before the report", () => {
    expect(describeEvents("Sergey Lavrov arrived in Pyongyang two weeks ago yesterday for talks with Choe Son Hui.", "2024-07-19", "visit")).toEqual(["2024-07-04/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'a week ago' alone names no day", () => {
    expect(describeEvents("Sergey Lavrov arrived in Pyongyang a week ago for talks with Choe Son Hui.", "2024-07-19", "visit")).toEqual(["2024-07-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("'the text of the accord signed by X and Y'", () => {
  it("is the signing told before, not a second one on the day the text was printed", () => {
    const text = "Lavrov and Choe Son Hui signed a consular accord in Moscow on Monday. Russian media on Wednesday printed the text of the accord signed by Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2024-11-22", "agreement")).toEqual(["2024-11-18/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("alone, it is dated neither by the printing nor by the report", () => {
    expect(describeEvents("Russian media on Wednesday printed the text of the accord signed by Lavrov and Choe Son Hui.", "2024-11-22", "agreement")).toEqual([]);
  });

  it("near miss: a passive with its own verb keeps the day before it", () => {
    expect(describeEvents("On Wednesday the accord was signed by Lavrov and Choe Son Hui.", "2024-11-22", "agreement")).toEqual(["2024-11-20/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a bare 'Kim' with no Kim named in full", () => {
  it("is North Korea's head of state in an article that names the country", () => {
    expect(describeEvents("Shoigu met Kim in Vladivostok on Tuesday to talk about North Korea's arms.", "2024-09-20", "meeting")).toEqual(["2024-09-17/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });

  it("near miss: in an article that never names North Korea or its capital, no one", () => {
    expect(describeEvents("Shoigu met Kim in Vladivostok on Tuesday.", "2024-09-20", "meeting")).toEqual([]);
  });
});

describe("', and the two ... then held talks' after an airport welcome", () => {
  it("is a meeting of the two, with the day of the welcome", () => {
    const text = "Lavrov flew to Pyongyang. Lavrov was greeted at the airport by Choe Son Hui on Monday, and the two ministers then held talks.";
    expect(describeEvents(text, "2024-07-20", "meeting")).toEqual(["2024-07-15/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: the welcome alone is part of the trip, no meeting", () => {
    expect(describeEvents("Lavrov flew to Pyongyang. Lavrov was greeted at the airport by Choe Son Hui on Monday.", "2024-07-20", "meeting")).toEqual([]);
  });

  it("near miss: ', and then held talks with X' still takes the subject of the verb before", () => {
    const text = "Lavrov flew to Pyongyang. Lavrov was greeted at the airport by Choe Son Hui on Monday, and then held talks with Kim Jong Un.";
    expect(describeEvents(text, "2024-07-20", "meeting")).toEqual(["2024-07-15/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'held talks with X before being received by Y'", () => {
  it("is two meetings: the passive takes the subject and its own agent, not the object before", () => {
    const text = "Lavrov landed in Pyongyang on Monday and held talks with Choe Son Hui before being received by Kim Jong Un.";
    expect(describeEvents(text, "2024-07-20", "meeting")).toEqual(["2024-07-15/day Choe Son Hui+Sergey Lavrov Pyongyang", "2024-07-15/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: talks with two people before a passive that is no meeting are one meeting", () => {
    const text = "Lavrov landed in Pyongyang on Monday and held talks with Choe Son Hui and Kim Jong Un before being driven to his hotel.";
    expect(describeEvents(text, "2024-07-20", "meeting")).toEqual(["2024-07-15/day Choe Son Hui+Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});
