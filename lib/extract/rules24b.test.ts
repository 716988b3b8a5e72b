/**
 * rules-24b: reports of the treaty's ratification and of guests' visits — an undated "has just ratified" is the news of
 * the report's own day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true, actor: true });

describe("an undated 'has just <verb>'", () => {
  it("is the report's own day", () => {
    const text = "Lawmakers in Moscow met through the morning. The Federation Council has just ratified the pact with Pyongyang.";
    expect(describeEvents(text, "2024-11-06", "ratification")).toEqual(["2024-11-06/day ;Federation Council null"]);
  });

  it("near miss: 'has ratified' without 'just' keeps only the report's month", () => {
    const text = "Lawmakers in Moscow met through the morning. The Federation Council has ratified the pact with Pyongyang.";
    expect(describeEvents(text, "2024-11-06", "ratification")).toEqual(["2024-11-01/month ;Federation Council null"]);
  });
});
