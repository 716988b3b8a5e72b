/**
 * rules-27d: "the then foreign minister, Pavel Orlov, flew to Pyongyang": an unregistered name set off by commas right
 * after "the <title>" is that title's holder, a new person as when written straight after the title (a list after the
 * comma names nobody).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'the <title>, Name,' before the verb", () => {
  it("names the title's holder, a new person, as the traveller", () => {
    const text = "In early March 2001 the then trade minister, Pavel Orlov, flew to Pyongyang for two days of talks.";
    expect(describeEvents(text, "2001-06-01", "visit")).toEqual(["2001-03-01/month Pavel Orlov Pyongyang"]);
  });

  it("near miss: a list after the comma names no holder", () => {
    const text = "On 5 March 2001 the trade minister, Pavel Orlov and Putin flew to Pyongyang.";
    expect(describeEvents(text, "2001-06-01", "visit")).toEqual(["2001-03-05/day Vladimir Putin Pyongyang"]);
  });
});
