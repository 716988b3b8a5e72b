/**
 * rules-26b: "N days before" as an adverb — "he recalled that two days before he had a telephone conversation with X"
 * (or "two days before, he ..."): "before" opens no clause of its own, so it counts back from the day just named and
 * dates the verb after it; "two days before he landed, X telephoned Y" is a clause of its own and keeps its reading.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'two days before he had a ...' as an adverb", () => {
  it("counts back from the day just named", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on March 20. He recalled that three days before he had a telephone conversation with Putin about the harvest.";
    expect(describeEvents(text, "2025-03-21", "call")).toEqual(["2025-03-17/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("counts back, too, when set off by a comma", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on March 20. Three days before, Putin had telephoned Kim about the harvest.";
    expect(describeEvents(text, "2025-03-21", "call")).toEqual(["2025-03-17/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'two days before he landed, X telephoned Y' is a clause of its own and gives no count", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on March 20. Three days before he landed, Putin telephoned Kim about the harvest.";
    expect(describeEvents(text, "2025-03-21", "call")).not.toContain("2025-03-17/day Kim Jong Un+Vladimir Putin null");
  });
});
