/**
 * rules-28d: "His train had crossed into Russia" opening a sentence: the vehicle's arrival is its owner's, so the
 * possessive points back to the traveller just told of; "Shoigu took him to an air base to see the bombers" is a host
 * showing the guest round; "Two days before he landed, Putin had telephoned Kim" counts back from the arrival told
 * before, whose traveller is no party of the call.
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

describe("'X took him to <place> to see ...'", () => {
  it("is a host showing the guest round, a meeting", () => {
    const text = "Kim Jong Un toured a shipyard in Vladivostok on Friday. On Saturday Sergei Shoigu took him to an air base outside the city to see long-range bombers.";
    expect(describeEvents(text, "2025-05-19", "meeting")).toEqual(["2025-05-17/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: taking him somewhere with nothing to see there is no meeting", () => {
    const text = "Kim Jong Un toured a shipyard in Vladivostok on Friday. On Saturday Sergei Shoigu took him to an air base outside the city.";
    expect(describeEvents(text, "2025-05-19", "meeting")).toEqual([]);
  });
});

describe("'Two days before he landed, X had telephoned Y'", () => {
  it("counts back from the arrival told before, and the traveller is no party", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Thursday. Two days before he landed, Vladimir Putin had telephoned Kim Jong Un.";
    expect(describeEvents(text, "2025-08-16", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: with no arrival told before, the call gets no day from the clause", () => {
    const text = "Vladimir Putin spoke at a forum in Moscow. Two days before he landed, Vladimir Putin had telephoned Kim Jong Un.";
    expect(describeEvents(text, "2025-08-16", "call")).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});
