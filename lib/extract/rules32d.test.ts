/**
 * rules-32d: dates read off the report's own day in words the earlier rounds missed — "twenty years ago today" is that
 * day twenty years back, "a year ago this month" that month a year back, "the 3rd of last month" a day of the month
 * before the report's, and a sentence-opening "Last Friday" written on a Friday is a week back.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("an anniversary counted in tens of years", () => {
  it("is the report's day that many years back", () => {
    const text = "Thirty years ago today, Kim Jong Un and Vladimir Putin signed a friendship treaty in Moscow.";
    expect(describeEvents(text, "2031-03-10", "agreement", { sortNames: true })).toEqual(["2001-03-10/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: tens of years ago without 'today' names the year only", () => {
    const text = "Thirty years ago, Kim Jong Un and Vladimir Putin signed a friendship treaty in Moscow.";
    expect(describeEvents(text, "2031-03-10", "agreement", { sortNames: true })).toEqual(["2001-01-01/year Kim Jong Un+Vladimir Putin Moscow"]);
  });
});

describe("years ago this month", () => {
  it("is the report's month that many years back", () => {
    const text = "Two years ago this month, Sergei Shoigu flew into Pyongyang for talks with Kim Jong Un.";
    expect(describeEvents(text, "2027-05-20", "visit")).toEqual(["2025-05-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'this month' alone is the report's month", () => {
    const text = "Earlier this month, Sergei Shoigu flew into Pyongyang for talks with Kim Jong Un.";
    expect(describeEvents(text, "2027-05-20", "visit")).toEqual(["2027-05-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("a day of last month", () => {
  it("is that day of the month before the report's", () => {
    const text = "Kim Jong Un, who entered Russia on the 12th of last month by train, reached Moscow yesterday.";
    expect(describeEvents(text, "2025-02-04", "visit")).toContain("2025-01-12/day Kim Jong Un Russia");
  });

  it("near miss: 'the 12th' with no month named is left undated", () => {
    const text = "Kim Jong Un, who entered Russia on the 12th by train, reached Moscow yesterday.";
    expect(describeEvents(text, "2025-02-04", "visit").some((d) => d.includes("-12/day"))).toBe(false);
  });
});

describe("a sentence opening 'Last Friday'", () => {
  it("written on a Friday, is the Friday a week before", () => {
    const text = "Last Friday, Sergey Lavrov made a one-day trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-13", "visit")).toEqual(["2025-06-06/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'On Friday' written on a Friday is that day", () => {
    const text = "On Friday, Sergey Lavrov made a one-day trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-13", "visit")).toEqual(["2025-06-13/day Sergey Lavrov Pyongyang"]);
  });
});
