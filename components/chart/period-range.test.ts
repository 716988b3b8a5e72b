import { describe, it, expect } from "vitest";
import { toPeriodRange } from "./period-range";

describe("toPeriodRange", () => {
  it("covers a month, including leap February", () => {
    expect(toPeriodRange("2024-06-01", "month")).toEqual({ from: "2024-06-01", to: "2024-06-30" });
    expect(toPeriodRange("2024-02-01", "month")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("covers a quarter and a year", () => {
    expect(toPeriodRange("2024-04-01", "quarter")).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    expect(toPeriodRange("2024-10-01", "quarter")).toEqual({ from: "2024-10-01", to: "2024-12-31" });
    expect(toPeriodRange("2024-01-01", "year")).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it("rejects a bad start", () => {
    expect(toPeriodRange("June", "month")).toBeNull();
  });
});
