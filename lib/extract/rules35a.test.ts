/**
 * rules-35a: a timeline read as a timeline, and counts that date the clause before them —
 * "2. / October 18-19, 2030 - The envoy in Pyongyang / Sergey Lavrov arrived on 18 October.": the entry's heading dates
 * the paragraph under it, also when its title names people or an act, and gives its year to the paragraph's year-less
 * days; "They came four months after Kim met Putin on 13 September": the count dates "They came", the verb keeps its day;
 * "Twelve months ago this week" is a month a year back; "a follow-up to a summit" is no summit of the sentence's time.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a count ending in 'after' before a verb with its own day", () => {
  it("leaves the verb its day", () => {
    const text = "The envoy's trip came two months after Sergei Shoigu met Kim Jong Un in Pyongyang on 4 June.";
    expect(describeEvents(text, "2030-09-10", "meeting", { sortNames: true })).toEqual(["2030-06-04/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: with no day of its own, the verb is still counted back", () => {
    const text = "The envoy's trip came two months after Sergei Shoigu met Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2030-09-10", "meeting", { sortNames: true })).toEqual(["2030-07-01/month Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("twelve months ago this week", () => {
  it("is this month a year back", () => {
    const text = "Twelve months ago this week, Sergey Lavrov flew to Pyongyang for talks.";
    expect(describeEvents(text, "2030-10-20", "visit")).toEqual(["2029-10-01/month Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a count of months short of a year is not read as years back", () => {
    // (It is read as before: "this week" after it is the nearer date.)
    const text = "Three months ago this week, Sergey Lavrov flew to Pyongyang for talks.";
    expect(describeEvents(text, "2030-10-20", "visit")).toEqual(["2030-10-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a follow-up to a summit", () => {
  it("does not date the summit it follows up", () => {
    const text = "A year ago this week, Sergey Lavrov flew to Pyongyang for what looked like a follow-up to a summit.";
    expect(describeEvents(text, "2030-10-20", "meeting")).toEqual([]);
  });

  it("near miss: a summit the sentence dates itself is still read", () => {
    const text = "A year ago this week, Sergey Lavrov flew to Pyongyang for what looked like a follow-up to the September summit of Vladimir Putin and Kim Jong Un.";
    expect(describeEvents(text, "2030-10-20", "meeting", { sortNames: true })).toEqual(["2030-09-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a timeline entry heading a paragraph", () => {
  it("gives its year to a year-less day of the paragraph under it", () => {
    const text = "How the ties grew.\n\n2.\n\nOctober 18-19, 2030 - The envoy in Pyongyang\n\nSergey Lavrov arrived in Pyongyang on 18 October.";
    expect(describeEvents(text, "2031-10-25", "visit")).toEqual(["2030-10-18/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a day more than a month after the heading's keeps the report's year", () => {
    const text = "How the ties grew.\n\n2.\n\nOctober 18-19, 2030 - The envoy in Pyongyang\n\nSergey Lavrov arrived in Pyongyang on 30 December.";
    expect(describeEvents(text, "2031-12-31", "visit")).toEqual(["2031-12-30/day Sergey Lavrov Pyongyang"]);
  });

  it("dates the paragraph under it when its title names the people", () => {
    const text = "How the ties grew.\n\n4.\n\nJanuary 16, 2030 - Choe in the Kremlin\n\nForeign Minister Choe Son Hui held talks with Lavrov in Moscow and was then received by Putin.";
    expect(describeEvents(text, "2031-01-25", "meeting", { sortNames: true })).toEqual(["2030-01-16/day Choe Son Hui+Sergey Lavrov Moscow", "2030-01-16/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: a heading whose year is not written does not", () => {
    const text = "How the ties grew.\n\n4.\n\nJanuary 16 - Choe in the Kremlin\n\nForeign Minister Choe Son Hui held talks with Lavrov in Moscow and was then received by Putin.";
    expect(describeEvents(text, "2031-01-25", "meeting", { sortNames: true }).some((e) => e.startsWith("2030-01-16"))).toBe(false);
  });

  it("dates it at month precision when the heading is a month", () => {
    const text = "How the ties grew.\n\n6.\n\nSeptember 2030 - Security contacts\n\nSergei Shoigu, moved to the council in May, travelled to Pyongyang.";
    expect(describeEvents(text, "2031-01-25", "visit")).toEqual(["2030-09-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a date of the verb's own under the heading is kept", () => {
    const text = "How the ties grew.\n\n6.\n\nSeptember 2030 - Security contacts\n\nSergei Shoigu travelled to Pyongyang in May.";
    expect(describeEvents(text, "2031-01-25", "visit")).toEqual(["2030-05-01/month Sergei Shoigu Pyongyang"]);
  });

  it("dates a later sentence that goes on with the day's story", () => {
    const text = "How the ties grew.\n\n5.\n\nJune 19, 2030 - The president in Pyongyang\n\nVladimir Putin arrived in Pyongyang in the early hours. After talks with Kim Jong Un, the two leaders signed a treaty.";
    expect(describeEvents(text, "2031-01-25", "agreement", { sortNames: true })).toEqual(["2030-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a later sentence in a paragraph that opens on no act is not dated by the heading", () => {
    const text = "How the ties grew.\n\n5.\n\nJune 19, 2030 - The president in Pyongyang\n\nThe president's plane was late. After talks with Kim Jong Un, the two leaders signed a treaty.";
    expect(describeEvents(text, "2031-01-25", "agreement", { sortNames: true })).toEqual([]);
  });
});

describe("one invited to visit", () => {
  it("is no party of the act told before the invitation", () => {
    const text = "Kim Jong Un met Vladimir Putin in Moscow on 3 May 2030. Kim Jong Un toured the launch facilities and invited Putin to visit North Korea.";
    expect(describeEvents(text, "2031-05-02", "visit").some((e) => e.includes("Vladimir Putin"))).toBe(false);
  });

  it("near miss: one taken along on the tour, not invited, is still its party", () => {
    const text = "Kim Jong Un met Vladimir Putin in Moscow on 3 May 2030. Kim Jong Un toured the launch facilities and took Putin to visit North Korea.";
    expect(describeEvents(text, "2031-05-02", "visit").some((e) => e.includes("Vladimir Putin"))).toBe(true);
  });
});
