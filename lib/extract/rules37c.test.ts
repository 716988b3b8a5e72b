/**
 * rules-37c: hours spent with a counterpart are a meeting ("she spent three hours with her counterpart"); "the same
 * day" set off by a comma opens a clause whose "she" points back ("on 3 May, the same day she held talks with
 * Lavrov"); and the host whose guests a pair were is no party of the pair's talks ("held talks after the parade, which
 * they watched as guests of Xi"); ", including his talks with X" names the talks' owner, the trip's traveller; a date in
 * an opening since-clause dates no verb of the main clause; an undated headline joins the report's day's event; and
 * "on the day she arrived" is the day the text told her trip on.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildExtractContext, extractEvents } from "./index";
import { describeEvents, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

describe("hours spent with a counterpart", () => {
  it("are the subject's meeting with him, apart from a second audience in the same sentence", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Monday. On Tuesday he spent three hours with his counterpart, Choe Son Hui, and was then ushered in to see Kim Jong Un.";
    expect(describeEvents(text, "2023-10-20", "meeting", { sortNames: true })).toEqual(["2023-10-17/day Choe Son Hui+Sergey Lavrov null", "2023-10-17/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: hours spent with people not named tell no meeting", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Monday. On Tuesday he spent three hours with reporters from Moscow, Choe Son Hui said.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual([]);
  });
});

describe("a pronoun after a comma and \"the same day\"", () => {
  it("opens the clause, its subject pointing back", () => {
    const text = "Choe Son Hui was received by Vladimir Putin in the Kremlin. Her first audience was on 3 May, the same day she held talks with Sergey Lavrov in Moscow.";
    expect(describeEvents(text, "2024-11-05", "meeting", { sortNames: true })).toContain("2024-05-03/day Choe Son Hui+Sergey Lavrov Moscow");
  });

  it("near miss: a week is not the same day, and the pronoun stays unread", () => {
    const text = "Choe Son Hui was received by Vladimir Putin in the Kremlin. Her first audience was on 3 May, the same week she held talks with Sergey Lavrov in Moscow.";
    expect(describeEvents(text, "2024-11-05", "meeting", { sortNames: true })).not.toContain("2024-05-03/day Choe Son Hui+Sergey Lavrov Moscow");
  });
});

describe("the host of a pair of guests", () => {
  it("is no party of the pair's talks", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday after watching the parade as the guests of Chinese President Xi Jinping.";
    expect(describeEvents(text, "2025-09-05", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: the host of one guest is still the party he meets", () => {
    const text = "Sergey Lavrov held talks in Wonsan on Saturday as a guest of Choe Son Hui.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });
});

describe("a possessive after \", including\"", () => {
  it("owns the talks told as part of the subject's trip", () => {
    const text = "Kim Jong Un spent weeks on a train journey across Russia last summer, including his talks with Vladimir Putin in Moscow on 4 August last year.";
    expect(describeEvents(text, "2002-08-23", "meeting", { sortNames: true })).toEqual(["2001-08-04/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: talks after \", including\" with no possessive take no owner", () => {
    const text = "Kim Jong Un spent weeks on a train journey across Russia last summer, including the talks with Vladimir Putin in Moscow on 4 August last year.";
    expect(describeEvents(text, "2002-08-23", "meeting", { sortNames: true })).not.toContain("2001-08-04/day Kim Jong Un+Vladimir Putin Moscow");
  });
});

describe("a date in an opening since-clause", () => {
  it("dates no verb of the main clause", () => {
    const text = "Since her plane landed in Moscow on Monday, Choe Son Hui has toured two factories and spent an hour with Vladimir Putin.";
    expect(describeEvents(text, "2024-11-08", "meeting")).toEqual([]);
  });

  it("near miss: a date in the main clause still dates its verb", () => {
    const text = "Since her plane landed in Moscow, Choe Son Hui has toured two factories and on Monday spent an hour with Vladimir Putin.";
    expect(describeEvents(text, "2024-11-08", "meeting", { sortNames: true })).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin Moscow"]);
  });
});

describe("an undated headline meeting", () => {
  it("joins the meeting of the report's day, not an earlier one of the same pair the body recalls", () => {
    const text = "Kim Jong Un last held talks with Vladimir Putin in Moscow on 4 August last year. Today the two leaders held talks again, Russian officials said.";
    const events = extractEvents({ title: "LIVE: Putin meets Kim Jong Un in Vladivostok", text, publishedAt: "2024-08-23" }, buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES)).events;
    expect(events.filter((e) => e.type === "meeting").map((e) => `${e.date} ${e.location}`)).toEqual(["2023-08-04 Moscow", "2024-08-23 Vladivostok"]);
  });

  it("near miss: a headline with no meeting of the report's day joins the one the body tells", () => {
    const text = "Kim Jong Un last held talks with Vladimir Putin in Moscow on 4 August last year.";
    const events = extractEvents({ title: "LIVE: Putin meets Kim Jong Un in Vladivostok", text, publishedAt: "2024-08-23" }, buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES)).events;
    expect(events.filter((e) => e.type === "meeting").map((e) => `${e.date} ${e.location}`)).toEqual(["2023-08-04 Moscow"]);
  });
});

describe("\"on the day she arrived\"", () => {
  it("is the day the text told her trip on", () => {
    const text = "Choe Son Hui's trip to Moscow last Monday drew little notice.\n\nShe was received by Vladimir Putin on the day she arrived.";
    expect(describeEvents(text, "2024-11-08", "meeting", { sortNames: true })).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("near miss: with no arrival told, it dates nothing", () => {
    const text = "Choe Son Hui's remarks last Monday drew little notice.\n\nShe was received by Vladimir Putin on the day she arrived.";
    expect(describeEvents(text, "2024-11-08", "meeting", { sortNames: true })).not.toContain("2024-11-04/day Choe Son Hui+Vladimir Putin null");
  });
});

describe("a when-clause after an opening since-clause's comma", () => {
  it("stays in the since-clause, and its verb keeps the date", () => {
    const text = "Since Sergei Shoigu's visit in July 2023, when Kim Jong Un walked him past rows of missiles at an exhibition, the North has sent shells by the million.";
    expect(describeEvents(text, "2025-03-27", "meeting", { sortNames: true })).toEqual(["2023-07-01/month Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a when-clause's subject before a passive verb", () => {
  it("is the clause's own, and the main clause's parties are not the audience's", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on 16 January, when Choe was received by Vladimir Putin as well.";
    expect(describeEvents(text, "2024-11-01", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow", "2024-01-16/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: a pronoun there is no named subject, and the reading stays as before", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on 16 January, when she was received by Vladimir Putin as well.";
    expect(describeEvents(text, "2024-11-01", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov+Vladimir Putin Moscow"]);
  });
});
