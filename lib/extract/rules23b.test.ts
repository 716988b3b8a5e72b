/**
 * rules-23b: reports told in background sections — "received him the following day": a time after the pronoun does
 * not hide it; "Kim's tour of the Far East, which began on 12 September": a which-clause after a trip noun and its
 * place dates the trip, as one after talks and their party dates the talks (a date with its year, "September 12,
 * 2023", is read whole though the clause as cut ends at its comma).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'received him the following day'", () => {
  it("reads the pronoun before a time as the guest", () => {
    const text = "Kim Jong Un crossed into Russia on 12 September. Putin received him the following day at the cosmodrome.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a pronoun before another -ing word is still not read", () => {
    const text = "Kim Jong Un crossed into Russia on 12 September. Putin received him leading a delegation.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual([]);
  });
});

describe("'<trip> to <place>, which began on <date>'", () => {
  it("dates the trip", () => {
    expect(describeEvents("Choe Son Hui's visit to Moscow, which began on Tuesday, was short.", "2024-11-20", "visit")).toEqual(["2024-11-19/day Choe Son Hui Moscow"]);
  });

  it("reads a date with its year whole", () => {
    expect(describeEvents("Choe Son Hui's visit to Moscow, which began on November 1, 2024, was her second this year.", "2024-11-20", "visit")).toEqual(["2024-11-01/day Choe Son Hui Moscow"]);
  });

  it("near miss: a clause telling of something else gives no date", () => {
    expect(describeEvents("Choe Son Hui's visit to Moscow, which she first saw on November 1, 2024, was short.", "2024-11-20", "visit")).toEqual([]);
  });
});
