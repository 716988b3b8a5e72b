/**
 * rules-33a: a date told as "dated" belongs to the document it follows, not to the act coordinated with it ("the
 * president's signature on one side and a decree of the chairman dated 3 May on the other").
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a date told as 'dated' after a decree", () => {
  it("dates the decree, of the leader named after 'of', and not the signing coordinated before it", () => {
    const text = "The ratification was completed in Moscow with the signing of the law by President Vladimir Putin and in Pyongyang with a decree of Chairman Kim Jong Un dated 12 November 2024.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-12/day Kim Jong Un null"]);
  });

  it("near miss: an act with a day of its own keeps it beside the dated decree", () => {
    const text = "Vladimir Putin signed the ratification law on 10 November, and Kim Jong Un ratified the treaty with a decree dated 12 November.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-10/day Vladimir Putin null", "2024-11-12/day Kim Jong Un null"]);
  });

  it("near miss: a decree alone keeps the day it is dated", () => {
    const text = "Kim Jong Un ratified the treaty with a decree dated 12 November 2024.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-12/day Kim Jong Un null"]);
  });
});
