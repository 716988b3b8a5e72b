/**
 * rules-17: the sentences of six outlets' reports of a ministerial commission trip and of a foreign minister's
 * trip. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

// Paragraphs enough that a dated line below them is no dateline.
const OPENING = "The analysis opens here.\n\nIt goes on.\n\nAnd on.\n\nAnd on again.\n\n";

describe("a timeline entry set off by an em dash", () => {
  it("dates the entry's clause by the day before its dash", () => {
    const text = `${OPENING}KEY DATES\nMarch 3, 2024 — Sergei Shoigu flies to Pyongyang to see Kim Jong Un.\nMay 9, 2024 — Putin and Kim Jong Un hold talks in Vladivostok.`;
    expect(describeEvents(text, "2024-08-01", "visit")).toEqual(["2024-03-03/day Sergei Shoigu Pyongyang"]);
    expect(describeEvents(text, "2024-08-01", "meeting")).toEqual(["2024-05-09/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("keeps a dash after more than a date a clause boundary", () => {
    const text = `${OPENING}On March 3 the talks were called off — Sergei Shoigu flew to Pyongyang on March 5 instead.`;
    expect(describeEvents(text, "2024-08-01", "visit")).toEqual(["2024-03-05/day Sergei Shoigu Pyongyang"]);
  });
});
