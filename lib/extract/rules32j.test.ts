/**
 * rules-32j: the year of a day or month written without one, in retrospectives. "Later that year, in October" is in the
 * year the text last wrote; a day still ahead of the report but told as done is of the year before; a day told in the
 * past a few weeks from the day its paragraph just gave with a year is of that year.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";

const dates = (sentence: string, publishedAt: string, options: Parameters<typeof findDateMentions>[2] = {}) =>
  findDateMentions(sentence, { publishedAt }, options).map((d) => `${d.date}/${d.precision}`);

describe("a month set off after 'earlier that year' or 'later that year'", () => {
  it("is in the year the text last wrote out", () => {
    expect(dates("Later that year, in October, the two ministers signed a visa accord.", "2024-03-10", { previousYear: "2001-05-02" })).toEqual(["2001-10-01/month"]);
  });

  it("near miss: a month with no such opening keeps the report's year", () => {
    expect(dates("In October, the two ministers signed a visa accord.", "2024-11-10", { previousYear: "2001-05-02" })).toEqual(["2024-10-01/month"]);
  });
});

describe("a year-less day still ahead of the report, told as done", () => {
  it("is of the year before", () => {
    expect(dates("The upper house ratified the accord on March 12.", "2025-03-09")).toEqual(["2024-03-12/day"]);
  });

  it("near miss: the same day told as ahead stays in the report's year", () => {
    expect(dates("The upper house is expected to ratify the accord on March 12.", "2025-03-09", { future: true })).toEqual(["2025-03-12/day"]);
  });

  it("near miss: the day after the report, for time zones, stays", () => {
    expect(dates("The upper house ratified the accord on March 10.", "2025-03-09")).toEqual(["2025-03-10/day"]);
  });
});

describe("a year-less day told in the past near the day its paragraph just gave", () => {
  it("is of that day's year", () => {
    expect(dates("The envoy had flown in the night before, landing on 7 May after a stop in Beijing.", "2023-06-20", { previousDay: "2018-05-08", previousDayInParagraph: true })).toEqual(["2018-05-07/day"]);
  });

  it("near miss: a day far from the one the paragraph gave keeps the report's year", () => {
    expect(dates("The envoy had flown in on 7 May after a stop in Beijing.", "2023-06-20", { previousDay: "2018-09-08", previousDayInParagraph: true })).toEqual(["2023-05-07/day"]);
  });

  it("near miss: a day told in another paragraph keeps the report's year", () => {
    expect(dates("The envoy had flown in on 7 May after a stop in Beijing.", "2023-06-20", { previousDay: "2018-05-08", previousDayInParagraph: false })).toEqual(["2023-05-07/day"]);
  });
});
