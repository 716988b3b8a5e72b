/**
 * rules-28: "On 19 June he held talks with Putin, and the two signed a treaty": "the two" are the pronoun just read and
 * the person it met, not an earlier pair; "Two days before he landed, Putin had telephoned Kim": counted back from the
 * arrival already told.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'he held talks with X, and the two signed'", () => {
  it("pairs the pronoun with the person it met, not the pair named before", () => {
    const text = "Kim Jong Un held talks with Shoigu in Pyongyang on 4 June 2025. A year earlier he had hosted a bigger guest. On 19 June 2024 he held talks with Putin in Pyongyang, and the two signed a treaty.";
    expect(describeEvents(text, "2025-06-06", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a pair named in the clause is still the two", () => {
    const text = "Kim Jong Un held talks with Shoigu in Pyongyang on 4 June 2025, and the two signed a protocol.";
    expect(describeEvents(text, "2025-06-06", "agreement")).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("'Two days before he landed, X had telephoned Y'", () => {
  it("counts back from the arrival told before, with the clause's own parties", () => {
    const text = "On Tuesday 10 June, Sergei Shoigu landed in Pyongyang. Two days before he landed, Putin had telephoned Kim Jong Un to discuss the war.";
    expect(describeEvents(text, "2025-06-12", "call")).toEqual(["2025-06-08/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'Two days later' still counts on from the day named", () => {
    const text = "On Tuesday 10 June, Sergei Shoigu landed in Pyongyang. Two days later, Putin telephoned Kim Jong Un to discuss the war.";
    expect(describeEvents(text, "2025-06-12", "call")).toEqual(["2025-06-12/day Kim Jong Un+Vladimir Putin null"]);
  });
});
