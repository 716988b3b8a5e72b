/**
 * rules-29: a meeting someone expects ("Diplomats expect a Kim–Putin meeting in October") and one told as later this
 * year or next month is ahead of the article, not an event. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("an expected meeting", () => {
  it("is no event when someone expects it", () => {
    expect(describeEvents("Diplomats in Tokyo expect a Kim–Putin meeting in October.", "2025-08-16", "meeting")).toEqual([]);
    expect(describeEvents("Analysts expect another summit of Kim Jong Un and Vladimir Putin this year.", "2025-08-16", "meeting")).toEqual([]);
  });

  it("is no event when told as later this year", () => {
    expect(describeEvents("Seoul sees a Kim–Putin meeting later this year as likely.", "2025-08-16", "meeting")).toEqual([]);
    expect(describeEvents("Talk in Seoul is of a Kim–Putin summit later this year in Vladivostok.", "2025-08-16", "meeting")).toEqual([]);
  });

  it("near miss: a meeting held, which someone had expected, is one", () => {
    expect(describeEvents("Vladimir Putin met Kim Jong Un in Beijing on Wednesday, the meeting the diplomats had expected.", "2025-09-04", "meeting")).toEqual(["2025-09-03/day Vladimir Putin+Kim Jong Un Beijing"]);
  });
});
