/**
 * rules-36g (in rules36h.test.ts): a gallery's numbered caption dated in figures, day first ("on 18/11/2014",
 * "18.11.2014"), dates what it shows as one dated by a month's name does, so it is kept as the story and not dropped
 * as a credit line. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a numbered caption dated in figures", () => {
  it("tells the meeting it shows (slashes)", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow on 21/10/2024. The talks ran past midnight.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting", { sortNames: true })).toEqual(["2024-10-21/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("tells the meeting it shows (dots)", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow on 21.10.2024. The talks ran past midnight.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting", { sortNames: true })).toEqual(["2024-10-21/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: the same caption with no day stays a credit line", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow. The talks ran past midnight.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting")).toEqual([]);
  });

  it("near miss: a run of figures that is no day dates nothing", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow, archive no. 21/10/20245. The talks ran long.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting")).toEqual([]);
  });
});
