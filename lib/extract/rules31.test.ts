/**
 * rules-31: "their" and "the two" never point back to someone named only as the sender of greetings or a message —
 * "Shoigu met Kim, conveying greetings from Putin. ... details of their conversation" is Shoigu and Kim's
 * conversation, not a second meeting of Kim and Putin.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("'their' after greetings conveyed from a third person", () => {
  it("is the pair who met, and tells no meeting of the sender", () => {
    const text =
      "Kim Jong Un and Vladimir Putin spoke by telephone on Tuesday. " +
      "Sergei Shoigu met Kim in Pyongyang on Thursday, passing on warm greetings from Putin. " +
      "He also praised the North Korean army. " +
      "Neither side gave details of their conversation, and state television had not shown the meeting by the evening.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-05/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: the sender's own talks told just before are still 'their' talks", () => {
    const text =
      "Sergei Shoigu arrived in Pyongyang on Thursday with greetings from Putin. " +
      "Putin and Kim Jong Un held talks by video link on Friday. " +
      "Few details of their conversation were made public.";
    expect(describeEvents(text, "2025-06-07", "meeting")).toEqual([]);
    expect(describeEvents(text, "2025-06-07", "call")).toEqual(["2025-06-06/day Kim Jong Un+Vladimir Putin null"]);
  });
});
