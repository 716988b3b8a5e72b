/**
 * rules-22b: recall of reports — a gerund opening the sentence ("Before meeting Kim, ..."), Sentences are written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a gerund opening the sentence: 'After meeting X, Y held talks with Z'", () => {
  it("is a meeting of X and Y, and the main verb a meeting of Y and Z only", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday.\n\nAfter meeting Kim, Lavrov held talks with Choe Son Hui on Thursday.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Kim Jong Un+Sergey Lavrov Pyongyang", "2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a person after the comma still joins the main verb", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday.\n\nAfter the ceremony, Lavrov held talks with Kim and Choe Son Hui on Thursday.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});
