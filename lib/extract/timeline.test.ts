/**
 * "Key dates" pieces: a list of days under year headings, told in the present tense. Sentences are written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("year headings", () => {
  const timeline = [
    "Milestones in the relationship since 2000:",
    "2023",
    "Oct. 19 - Sergey Lavrov holds talks with Choe Son Hui in Pyongyang.",
    "2019",
    "April 25 - Kim Jong Un holds talks with Putin on Russky Island near Vladivostok.",
  ].join("\n\n");

  it("dates a year-less day by the year heading above it, not by the report's year", () => {
    expect(describeEvents(timeline, "2024-12-05", "meeting")).toEqual([
      "2023-10-19/day Sergey Lavrov+Choe Son Hui Pyongyang",
      "2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok",
    ]);
  });

  it("takes no heading from a year inside a sentence, nor from a year after the report", () => {
    const prose = "The year 2019 mattered.\n\nOn April 25 Kim Jong Un held talks with Putin in Vladivostok.";
    expect(describeEvents(prose, "2024-12-05", "meeting")).toEqual(["2024-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
    const ahead = "2026\n\nApril 25 - Kim Jong Un holds talks with Putin in Vladivostok.";
    expect(describeEvents(ahead, "2024-12-05", "meeting")).toEqual(["2024-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});
