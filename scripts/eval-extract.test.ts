import { describe, it, expect } from "vitest";
import { evaluateExtraction, isMatch, type EvalEvent } from "./eval-extract";

const ev = (type: string, date: string, datePrecision: EvalEvent["datePrecision"], participants: string[], actor?: string): EvalEvent => ({
  type, date, datePrecision, participants, actor,
});

describe("isMatch", () => {
  it("compares the date at the reference's precision", () => {
    expect(isMatch(ev("visit", "2024-11-29", "day", ["Andrei Belousov"]), ev("visit", "2024-11-01", "month", ["Andrei Belousov"]))).toBe(true);
    expect(isMatch(ev("visit", "2024-11-01", "month", ["Andrei Belousov"]), ev("visit", "2024-11-29", "day", ["Andrei Belousov"]))).toBe(false);
  });
  it("needs a shared participant (the actor counts) and the same type", () => {
    expect(isMatch(ev("meeting", "2024-01-16", "day", ["Sergey Lavrov"]), ev("meeting", "2024-01-16", "day", ["Choe Son Hui"]))).toBe(false);
    expect(isMatch(ev("ratification", "2024-10-24", "day", [], "State Duma"), ev("ratification", "2024-10-24", "day", [], "State Duma"))).toBe(true);
    expect(isMatch(ev("call", "2024-01-16", "day", ["Choe Son Hui"]), ev("meeting", "2024-01-16", "day", ["Choe Son Hui"]))).toBe(false);
  });
});

describe("evaluateExtraction", () => {
  it("matches one to one and scores per type and micro", () => {
    const expected = [ev("meeting", "2024-01-16", "day", ["Sergey Lavrov", "Choe Son Hui"]), ev("visit", "2024-01-01", "month", ["Choe Son Hui"])];
    const predicted = [
      ev("meeting", "2024-01-16", "day", ["Sergey Lavrov"]),
      ev("meeting", "2024-01-16", "day", ["Choe Son Hui"]), // a duplicate: one match only
      ev("agreement", "2024-01-16", "day", ["Sergey Lavrov"]),
      ev("delegation", "2024-01-16", "day", ["Sergey Lavrov"]), // not a core type: ignored
    ];
    const r = evaluateExtraction([{ id: "x", predicted, expected }]);
    expect(r.perType.meeting).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.perType.visit).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.micro).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(r.micro.f1).toBeCloseTo(0.4, 5);
  });
});
