/**
 * rules-33d: dates that put recalled events on the wrong day. "Last <weekday>" naming yesterday's weekday is a week
 * further back; "a week ago Friday" is the Friday before the last.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("'last' before yesterday's weekday", () => {
  it("is that weekday a week before: 'last Wednesday' written on a Thursday is eight days back", () => {
    const text = "When Sergey Lavrov landed in Pyongyang last Wednesday, the welcome was lavish.";
    expect(describeEvents(text, "2025-03-20", "visit")).toEqual(["2025-03-12/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'last Friday' written on a Monday is still three days back", () => {
    const text = "When Sergey Lavrov landed in Pyongyang last Friday, the welcome was lavish.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-21/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a bare 'on Wednesday' written on a Thursday is yesterday", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Wednesday for talks.";
    expect(describeEvents(text, "2025-03-20", "visit")).toEqual(["2025-03-19/day Sergey Lavrov Pyongyang"]);
  });
});

describe("'a week ago <weekday>'", () => {
  it("is that weekday a week before its latest occurrence", () => {
    const text = "A week ago Friday, Sergei Shoigu flew into Pyongyang for an afternoon of talks.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-14/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a bare 'on Friday' written on a Saturday is yesterday", () => {
    const text = "On Friday, Sergei Shoigu flew into Pyongyang for an afternoon of talks.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });
});
