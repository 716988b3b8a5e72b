/**
 * rules-33i: who a pronoun or a "their" stands for, and whether a visit is one —
 * "Lavrov's predecessor, Igor Ivanov, ..." makes Ivanov the subject the next "he" points back to; "Kim invited him
 * during their meeting" is Kim and the one invited; "a down payment on a Putin visit" is a visit still to come.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a name set in apposition to a possessed noun opening the sentence", () => {
  it("is the subject a following 'he' points back to, not the possessor", () => {
    const text = "Defence Minister Andrei Belousov flew in on Friday. Belousov's predecessor, Sergei Shoigu, now heads the Security Council. He was last in Pyongyang on 4 October, when Kim Jong Un received him for talks.";
    expect(describeEvents(text, "2024-11-29", "visit")).toContain("2024-10-04/day Sergei Shoigu Pyongyang");
    expect(describeEvents(text, "2024-11-29", "visit")).not.toContain("2024-10-04/day Andrei Belousov Pyongyang");
  });

  it("near miss: a possessor with no name in apposition stays the subject", () => {
    const text = "Defence Minister Andrei Belousov flew in on Friday. Belousov's predecessor now heads the Security Council, Sergei Shoigu said. He was last in Pyongyang on 4 October, when Kim Jong Un received him for talks.";
    expect(describeEvents(text, "2024-11-29", "visit")).toContain("2024-10-04/day Andrei Belousov Pyongyang");
  });
});

describe("'their' after a subject and its object pronoun", () => {
  it("is the subject and the one the pronoun stands for", () => {
    const text = "Sergey Lavrov held talks with Kim Jong Un in Pyongyang on Thursday. Will Putin come? Kim invited him during their meeting in May and the Kremlin says he accepted.";
    expect(describeEvents(text, "2024-10-20", "meeting", { sortNames: true })).toContain("2024-05-01/month Kim Jong Un+Vladimir Putin null");
    expect(describeEvents(text, "2024-10-20", "meeting", { sortNames: true })).not.toContain("2024-05-01/month Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: 'their' with no object pronoun before it is still the pair the text was about", () => {
    const text = "Sergey Lavrov held talks with Kim Jong Un in Pyongyang on Thursday. Will Putin come? Kim recalled their meeting in May, Lavrov said.";
    expect(describeEvents(text, "2024-10-20", "meeting", { sortNames: true })).not.toContain("2024-05-01/month Kim Jong Un+Vladimir Putin null");
  });
});

describe("a down payment on a visit", () => {
  it("is a visit still to come", () => {
    const text = "An analyst called the Lavrov trip to Pyongyang on Tuesday a down payment on a Putin visit to Pyongyang.";
    expect(describeEvents(text, "2024-10-20", "visit")).toEqual(["2024-10-15/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a visit told beside a payment of another kind is still one", () => {
    const text = "Vladimir Putin paid a visit to Pyongyang on Tuesday, days after a down payment on the new bridge was made.";
    expect(describeEvents(text, "2024-10-20", "visit")).toEqual(["2024-10-15/day Vladimir Putin Pyongyang"]);
  });
});
