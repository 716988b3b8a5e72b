/**
 * rules-24: dates of recalled trips — "in September of the same year" is in the year the text last wrote out, as
 * "that year" is; an undated trip the text says was made "recently" is, like one made "earlier", not on the report's day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'<month> of the same year'", () => {
  it("is that month in the year the text last wrote out", () => {
    const text = "Lavrov has visited Pyongyang twice. He first came in June 2022. In October of the same year, Choe Son Hui went to Moscow.";
    expect(describeEvents(text, "2025-03-10", "visit")).toContain("2022-10-01/month Choe Son Hui Moscow");
  });

  it("near miss: a bare month is still in the year the report infers", () => {
    const text = "Lavrov has visited Pyongyang twice. He first came in June 2022. In January, Choe Son Hui went to Moscow.";
    expect(describeEvents(text, "2025-03-10", "visit")).toContain("2025-01-01/month Choe Son Hui Moscow");
  });
});

describe("'recently paid a visit'", () => {
  const lead = "PYONGYANG, November 12 (KCNA) -- Kim Jong Un issued a decree on the treaty with Russia on November 11.\n\nThe bill had passed smoothly.";

  it("is an earlier trip with no day, not one on the report's day", () => {
    expect(describeEvents(`${lead} Choe Son Hui recently paid an official visit to Russia.`, "2024-11-12", "visit")).toEqual([]);
  });

  it("near miss: an undated visit with no such word is still the report's day", () => {
    expect(describeEvents(`${lead} Choe Son Hui paid an official visit to Russia.`, "2024-11-12", "visit")).toEqual(["2024-11-12/day Choe Son Hui Russia"]);
  });
});
