/**
 * rules-28d: "His train had crossed into Russia" opening a sentence: the vehicle's arrival is its owner's, so the
 * possessive points back to the traveller just told of.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'His train crossed into <country>' opening a sentence", () => {
  it("is the arrival of the traveller told of before", () => {
    const text = "Kim Jong Un set off from Pyongyang on Monday evening. His armoured train crossed into Russia on Tuesday morning.";
    expect(describeEvents(text, "2025-05-16", "visit")).toEqual(["2025-05-13/day Kim Jong Un Russia"]);
  });

  it("near miss: a possessive inside a report opens no arrival", () => {
    const text = "Kim Jong Un set off from Pyongyang on Monday evening. Officials said his train crossed into Russia on Tuesday morning.";
    expect(describeEvents(text, "2025-05-16", "visit")).toEqual([]);
  });
});
