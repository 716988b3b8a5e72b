/**
 * rules-32m: a weekday "of last week" is that weekday in the calendar week before the report's — "On Tuesday of last
 * week the minister held talks in Moscow", written on a Tuesday, tells talks seven days back, not that day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a weekday of last week", () => {
  it("is that weekday in the week before the report's", () => {
    // 2025-03-18 is a Tuesday.
    const text = "On Tuesday of last week, Sergey Lavrov held talks in Pyongyang with Choe Son Hui.";
    expect(describeEvents(text, "2025-03-18", "meeting")).toEqual(["2025-03-11/day Sergey Lavrov+Choe Son Hui Pyongyang"]);
  });

  it("counts from the week, not from the report's day", () => {
    // Written on a Monday (2025-03-17): Friday of last week is three days back, not ten.
    const text = "On Friday of last week, Sergey Lavrov held talks in Pyongyang with Choe Son Hui.";
    expect(describeEvents(text, "2025-03-17", "meeting")).toEqual(["2025-03-14/day Sergey Lavrov+Choe Son Hui Pyongyang"]);
  });

  it("near miss: a bare weekday is still the last such day", () => {
    const text = "On Tuesday, Sergey Lavrov held talks in Pyongyang with Choe Son Hui.";
    expect(describeEvents(text, "2025-03-18", "meeting")).toEqual(["2025-03-18/day Sergey Lavrov+Choe Son Hui Pyongyang"]);
  });
});

describe("late in the report's own month, before its late part", () => {
  it("is that month a year back", () => {
    const text = "Late March - Choe Son Hui travels to Moscow for talks with Sergey Lavrov.";
    expect(describeEvents(text, "2026-03-09", "visit")).toEqual(["2025-03-01/month Choe Son Hui Moscow"]);
  });

  it("near miss: written in the month's late part, it is this year's", () => {
    const text = "Late March - Choe Son Hui travels to Moscow for talks with Sergey Lavrov.";
    expect(describeEvents(text, "2026-03-28", "visit")).toEqual(["2026-03-01/month Choe Son Hui Moscow"]);
  });
});

describe("an event named after 'since'", () => {
  it("does not take the day told before 'since'", () => {
    const text = "Shoigu, who landed in Pyongyang on Monday, is the highest Russian official to come since Putin's trip to the North, where he met Kim Jong Un at the Kumsusan guesthouse.";
    expect(describeEvents(text, "2025-03-19", "meeting")).toEqual([]);
  });

  it("near miss: a since-phrase closed before the verb leaves the day to the verb", () => {
    const text = "On Monday, for the first time since the pandemic, Sergei Shoigu met Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2025-03-19", "meeting")).toEqual(["2025-03-17/day Sergei Shoigu+Kim Jong Un Pyongyang"]);
  });
});

describe("a date before a document named by its signing", () => {
  it("dates the main verb, not the signing's occasion", () => {
    const text = "The Duma voted in May to ratify the pact signed during Vladimir Putin's visit to Pyongyang.";
    expect(describeEvents(text, "2025-08-20", "visit")).toEqual([]);
    expect(describeEvents(text, "2025-08-20", "agreement")).toEqual([]);
  });

  it("near miss: a date after 'signed' still dates the signing", () => {
    const text = "The Duma voted to ratify the pact signed in May during Vladimir Putin's visit to Pyongyang.";
    expect(describeEvents(text, "2025-08-20", "agreement")).toEqual(["2025-05-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});
