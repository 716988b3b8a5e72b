/**
 * rules-33j: own news of the newest articles that went unread — a meeting told as "sat down in <place> with" a
 * person, the place of the talks standing between the verb and its party ("the minister sat down in Moscow with his
 * counterpart").
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("sat down in a place with a person", () => {
  it("is a meeting with that person there", () => {
    const text = "Sergey Lavrov sat down in Pyongyang with Choe Son Hui on Tuesday to prepare the summit.";
    expect(describeEvents(text, "2024-12-06", "meeting", { sortNames: true })).toEqual(["2024-12-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("takes a second party joined by 'and then with'", () => {
    const text = "A week ago today, Sergey Lavrov sat down in Pyongyang with his North Korean counterpart, Choe Son Hui, and then with Kim Jong Un.";
    expect(describeEvents(text, "2024-12-06", "meeting", { sortNames: true })).toEqual([
      "2024-11-29/day Choe Son Hui+Sergey Lavrov Pyongyang",
      "2024-11-29/day Kim Jong Un+Sergey Lavrov Pyongyang",
    ]);
  });

  it("near miss: sat down in a place with a thing is no meeting", () => {
    const text = "Sergey Lavrov sat down in Pyongyang with a cup of tea on Tuesday, Choe Son Hui said.";
    expect(describeEvents(text, "2024-12-06", "meeting")).toEqual([]);
  });
});
