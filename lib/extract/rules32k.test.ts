/**
 * rules-32k: past events recalled in later articles. A legislature that "voted on 3 March to ratify" the treaty, the
 * vote's day told between the verb and its infinitive, cast the vote (as one that "voted to ratify" it on 3 March).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a chamber that voted on a day to ratify", () => {
  it("cast the vote that day, in a clause after 'after'", () => {
    const text = "The minister flew in ten days after the State Duma voted on 3 March to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification", { actor: true })).toEqual(["2025-03-03/day ;State Duma null"]);
  });

  it("with the day told month first, too", () => {
    const text = "That came only after the Federation Council voted on March 12 to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification", { actor: true })).toEqual(["2025-03-12/day ;Federation Council null"]);
  });

  it("near miss: a chamber that agreed on a day to ratify later has cast no vote", () => {
    const text = "The minister flew in ten days after the State Duma agreed on 3 March to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification")).toEqual([]);
  });

  it("near miss: a vote still expected on a day is no vote", () => {
    const text = "The State Duma is expected to vote on 3 April to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification")).toEqual([]);
  });
});
