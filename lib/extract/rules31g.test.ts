/**
 * rules-31g: the year (or day) of a date the text gives only in part. A year-less day in the season of an earlier "last
 * summer", or set off right after "a year ago", is in that year; a Juche year ("June Juche 113 (2024)") is written out;
 * bare months told in a month-by-month chain up to "December 2024" are of that year; "By last Friday ... was sitting"
 * dates the act; an agency between slashes ("PYONGYANG /Agency/.") is a dateline; an undated arrival in the present
 * perfect is news, not a retelling of old talks; a stop "on the way" takes the journey's month.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions, parseDateline } from "./dates";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });
const datesOf = (text: string, publishedAt: string) => findDateMentions(text, { publishedAt }).map((d) => `${d.date}/${d.precision}`);

describe("a year-less day after 'last summer' or 'a year ago'", () => {
  it("is in the season's year when its month is of that season", () => {
    const text = "Kim Jong Un made a long train journey to Moscow last summer, and he and Vladimir Putin held talks in the Kremlin on July 30.";
    expect(describeEvents(text, "2025-08-20", "meeting")).toEqual(["2024-07-30/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: a day outside the season keeps the report's year", () => {
    const text = "Kim Jong Un made a long train journey to Moscow last summer, and Vladimir Putin received Choe Son Hui in the Kremlin on May 30.";
    expect(describeEvents(text, "2025-08-20", "meeting")).toEqual(["2025-05-30/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("is a year back when set off right after 'a year ago'", () => {
    expect(datesOf("Only a year ago, on 20 March, Putin hosted Kim.", "2025-03-25")).toEqual(["2024-01-01/year", "2024-03-20/day"]);
  });

  it("near miss: a day in a later clause is not counted from 'a year ago'", () => {
    expect(datesOf("Lavrov was there a year ago and Putin hosted Kim on 20 March.", "2025-03-25")).toEqual(["2024-01-01/year", "2025-03-20/day"]);
  });
});

describe("a Juche year", () => {
  it("dates the month it follows, with or without the year in brackets", () => {
    expect(datesOf("the summit held in Pyongyang in June Juche 113 (2024)", "2025-10-10")).toEqual(["2024-06-01/month"]);
    expect(datesOf("the decree issued on November 11, Juche 113", "2025-10-10")).toEqual(["2024-11-11/day"]);
  });

  it("near miss: a bare month without it keeps the report's year", () => {
    expect(datesOf("the summit held in Pyongyang in June", "2025-10-10")).toEqual(["2025-06-01/month"]);
  });
});

describe("bare months in a chain up to a month with its year", () => {
  it("are of that year", () => {
    const text = "The treaty moved quickly: the Duma approved it in October and the upper house in November, and it has applied since December 2024.";
    expect(datesOf(text, "2025-10-20")).toEqual(["2024-10-01/month", "2024-11-01/month", "2024-12-01/month"]);
  });

  it("near miss: a month told as another time, months apart, keeps its own year", () => {
    const text = "Shoigu also met Kim in March, and last came as defence minister in July 2023.";
    expect(datesOf(text, "2025-06-05")).toEqual(["2025-03-01/month", "2023-07-01/month"]);
  });
});

describe("'by last Friday' before a past progressive", () => {
  it("is the day the act was under way", () => {
    const text = "Kim Jong Un crossed into Russia last Monday. By last Friday the North Korean leader was sitting opposite Vladimir Putin in Vladivostok, talking about trade.";
    expect(describeEvents(text, "2025-04-28", "meeting")).toEqual(["2025-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: 'by' before a pluperfect still bounds, dating nothing", () => {
    const text = "Kim Jong Un crossed into Russia last Monday. By last Friday the North Korean leader had sat opposite Vladimir Putin in Vladivostok, talking about trade.";
    expect(describeEvents(text, "2025-04-28", "meeting")).not.toContain("2025-04-25/day Kim Jong Un+Vladimir Putin Vladivostok");
  });
});

describe("an agency between slashes", () => {
  it("is a dateline without a day", () => {
    expect(parseDateline("SEOUL /NewsWire/. The talks went on.", "2024-09-13")).toEqual({ end: 17, location: "Seoul", date: null });
  });

  it("near miss: a path or fraction in ordinary text is none", () => {
    expect(parseDateline("Shoigu and/or Lavrov flew in.", "2024-09-13")).toBeNull();
  });

  it("dates the undated lead to the report's day, not to a visit named further down", () => {
    const text =
      "PYONGYANG /NewsWire/. Sergei Shoigu has arrived in Pyongyang for talks.\n\n" +
      "He was received by Kim Jong Un.\n\n" +
      "The talks went well, officials said.\n\n" +
      "The contacts built on the accords of Vladimir Putin's state visit to Pyongyang on 19 June 2024.";
    expect(describeEvents(text, "2024-09-13", "visit")).toContain("2024-09-13/day Sergei Shoigu Pyongyang");
  });
});

describe("an undated arrival in the present perfect", () => {
  it("is news of the report's month, not a trip dated by the traveller's meeting years before", () => {
    const text =
      "09:00 — Welcome to our live coverage. Delegations are arriving all day.\n\n" +
      "09:30 — Wire services report that Sergei Shoigu has landed in Pyongyang.\n\n" +
      "10:00 — Shoigu met Kim Jong Un in Pyongyang in 2019, long before his current job.";
    // (A live blog's entries are its own day's news since rules-31q, so the landing is that day, not just its month.)
    expect(describeEvents(text, "2025-06-04", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: an arrival told in the past tense is still dated by the meeting", () => {
    const text =
      "09:00 — Welcome to our live coverage. Delegations are arriving all day.\n\n" +
      "09:30 — Some background: Sergei Shoigu landed in Pyongyang for a visit.\n\n" +
      "10:00 — Shoigu met Kim Jong Un in Pyongyang in 2019, long before his current job.";
    expect(describeEvents(text, "2025-06-04", "visit")).toEqual(["2019-01-01/year Sergei Shoigu Pyongyang"]);
  });
});

describe("a stop 'on the way'", () => {
  it("takes the month of the journey told before it", () => {
    const text =
      "Kim Jong Un met Vladimir Putin in Vladivostok on 25 April. Their first meeting was two years ago. " +
      "Kim visited Khabarovsk on the way.";
    expect(describeEvents(text, "2025-04-27", "visit")).toContain("2025-04-01/month Kim Jong Un Khabarovsk");
  });

  it("near miss: a stop without 'on the way' is dated as before", () => {
    const text =
      "Kim Jong Un met Vladimir Putin in Vladivostok on 25 April. Their first meeting was two years ago. " +
      "Kim visited Khabarovsk.";
    expect(describeEvents(text, "2025-04-27", "visit")).not.toContain("2025-04-01/month Kim Jong Un Khabarovsk");
  });
});
