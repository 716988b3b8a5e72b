/**
 * rules-29c: "Later in the day, Kim received him" is the day just named in its paragraph, else the news's own day (not
 * "earlier in the day", which may look back from a day only counted); an undated lead arrival joining a trip known by
 * its year ("This is his second visit this year") gives it the report's day; "Putin and Kim are now holding talks" is
 * the report's day's news, not a retelling of an earlier summit of theirs; "The Tuesday call to Kim" is a phone call
 * whose caller is the subject of the call verb just before; an appositive between "held talks with Putin" and "in
 * Beijing" does not part the place from the talks.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("'later in the day'", () => {
  it("is the day named just before in its paragraph", () => {
    expect(describeEvents("Sergei Shoigu arrived in Pyongyang on Wednesday. Later in the day, Kim Jong Un received him.", "2025-06-06", "meeting")).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("opening a paragraph, is the news's day, and keeps the meeting apart from an earlier one of the same pair", () => {
    const text = "PYONGYANG, June 4 (RusInform) -- Sergei Shoigu has arrived in Pyongyang.\n\nMoscow had announced the trip a week earlier.\n\nLater in the day, Kim Jong Un received him.\n\nOn March 21, Shoigu had held talks with Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2025-06-04", "meeting")).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu null", "2025-03-21/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'earlier in the day' after a counted day stays undated", () => {
    const text = "Kim Jong Un arrived in Vladivostok on Wednesday evening, a day before his summit with Vladimir Putin.\n\nHe crossed the border at Khasan earlier in the day.";
    expect(describeEvents(text, "2019-04-25", "visit")).toEqual(["2019-04-24/day Kim Jong Un Vladivostok"]);
  });
});

describe("an undated lead arrival and 'his second visit this year'", () => {
  it("dates the trip to the dateline's day", () => {
    const text = "PYONGYANG, June 4 (RusInform) -- Sergei Shoigu has arrived in Pyongyang.\n\nThis is his second visit to the DPRK this year.";
    expect(describeEvents(text, "2025-06-04", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: with no dateline the lead has no day to give", () => {
    const text = "Sergei Shoigu has arrived in Pyongyang.\n\nThis is his second visit to the DPRK this year.";
    expect(describeEvents(text, "2025-06-04", "visit")).toEqual(["2025-01-01/year Sergei Shoigu Pyongyang"]);
  });
});

describe("'are now holding talks'", () => {
  const before = "Vladimir Putin and Kim Jong Un met in Pyongyang on 19 June 2024. Their aides are in the hall.\n\n";

  it("is the report's day, not their earlier summit", () => {
    expect(describeEvents(`${before}13:20 - Putin and Kim are now holding talks.`, "2025-09-03", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang", "2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: an undated past 'held talks' further down still retells the summit", () => {
    expect(describeEvents(`${before}Putin and Kim held talks.`, "2025-09-03", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'the Tuesday call to Kim'", () => {
  it("is a call on that weekday, its caller the subject of the call verb before", () => {
    expect(describeEvents("Vladimir Putin picked up the phone to Pyongyang. The Tuesday call to Kim Jong Un was brief.", "2025-08-16", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
    expect(describeEvents("Tuesday's call between Vladimir Putin and Kim Jong Un was brief.", "2025-08-16", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: an appeal, or a call noun with no caller told before, is no call", () => {
    expect(describeEvents("Vladimir Putin renewed his call to Kim Jong Un on Tuesday to halt tests.", "2025-08-16", "call")).toEqual([]);
    expect(describeEvents("Vladimir Putin met Kim Jong Un on Monday. The Tuesday call to Kim Jong Un was brief.", "2025-08-16", "call")).toEqual([]);
  });
});

describe("a place after an appositive of the person met", () => {
  it("is where the talks were held", () => {
    const text = "Kim Jong Un, general secretary of the Workers' Party of Korea, held talks with Vladimir Putin, president of the Russian Federation, in Beijing on September 3.";
    expect(describeEvents(text, "2025-09-04", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: a place far off in another clause is not", () => {
    const text = "Kim Jong Un held talks with Vladimir Putin on September 3, a day after both had watched a long military parade with many guests of honour in Beijing.";
    expect(describeEvents(text, "2025-09-04", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });
});
