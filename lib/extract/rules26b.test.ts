/**
 * rules-26b: "N days before" as an adverb — "he recalled that two days before he had a telephone conversation with X"
 * (or "two days before, he ..."): "before" opens no clause of its own, so it counts back from the day just named and
 * dates the verb after it; "two days before he landed, X telephoned Y" is a clause of its own and keeps its reading.
 * "Within hours he was seated opposite X": seated opposite a person is a meeting with him, as seated across from him; a
 * sentence opening "Within hours" told in the past is no speculation, and its "he" is the one just named.
 * "paid a state visit to X and signed a treaty": a state visit is received by the host in person, so a treaty signed on
 * it implies the leaders' meeting, as "summit" or "talks" in the sentence do.
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

describe("'within hours he was seated opposite X'", () => {
  it("is a meeting with X on the day just named, by the one just named", () => {
    const text = "On Tuesday Sergei Shoigu flew into Pyongyang. Within hours he was seated opposite Kim Jong Un, passing on greetings from Moscow.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-03/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: seated opposite a portrait is no meeting", () => {
    const text = "On Tuesday Sergei Shoigu flew into Pyongyang. Within hours he was seated opposite a portrait of Kim Jong Un.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });

  it("near miss: 'within days' in speculation about a coming trip stays no event", () => {
    const text = "Everything points to Kim Jong Un meeting Vladimir Putin in Vladivostok within days.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });
});

describe("'paid a state visit to X and signed a treaty'", () => {
  it("implies the meeting with the host", () => {
    const text = "On 5 May 2025 Kim Jong Un paid a state visit to Moscow, his second in two years, and signed with Putin an accord on border crossings.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-05-05/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: a plain visit with a signing implies no meeting", () => {
    const text = "On 5 May 2025 Kim Jong Un paid a visit to Moscow, his second in two years, and signed with Putin an accord on border crossings.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });
});
