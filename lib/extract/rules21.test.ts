/**
 * rules-21: precision on background told in passing — a sentence opening "N months later" after a named month, ...
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a sentence opening 'N months later'", () => {
  it("counts on from the month named before, not from a later paragraph", () => {
    const text =
      "In March 2001, Kim Jong Il's envoy went to Moscow. Three months later Putin, still new in office, travelled to Pyongyang himself.\n\nHis successor met Kim Jong Un on Russky Island in April 2019.";
    expect(describeEvents(text, "2023-09-20", "visit")).toContain("2001-06-01/month Vladimir Putin Pyongyang");
  });

  it("leaves a dated visit alone: 'Three months later, on 19 July 2001, Putin visited Pyongyang'", () => {
    const text = "In March 2001, Kim Jong Il's envoy went to Moscow. Three months later, on 19 July 2001, Putin visited Pyongyang.";
    expect(describeEvents(text, "2023-09-20", "visit")).toContain("2001-07-19/day Vladimir Putin Pyongyang");
  });
});
