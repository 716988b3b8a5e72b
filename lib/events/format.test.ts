import { describe, it, expect } from "vitest";
import { formatConfidence, formatEventDate, formatEventType, formatPeriod, formatTimestamp } from "./format";

describe("formatEventDate", () => {
  it("formats a single date at its precision", () => {
    expect(formatEventDate("2024-01-16", "day", null)).toBe("16 Jan 2024");
    expect(formatEventDate("2024-01-01", "month", null)).toBe("Jan 2024");
    expect(formatEventDate("2024-01-01", "year", null)).toBe("2024");
  });

  it("does not pad the day", () => {
    expect(formatEventDate("2024-06-09", "day")).toBe("9 Jun 2024");
  });

  it("formats day ranges compactly", () => {
    expect(formatEventDate("2024-01-15", "day", "2024-01-17")).toBe("15–17 Jan 2024");
    expect(formatEventDate("2024-01-30", "day", "2024-02-02")).toBe("30 Jan – 2 Feb 2024");
    expect(formatEventDate("2023-12-30", "day", "2024-01-02")).toBe("30 Dec 2023 – 2 Jan 2024");
  });

  it("collapses a range that ends where it starts", () => {
    expect(formatEventDate("2024-01-16", "day", "2024-01-16")).toBe("16 Jan 2024");
    expect(formatEventDate("2024-03-01", "month", "2024-03-31")).toBe("Mar 2024");
    expect(formatEventDate("2024-01-01", "year", "2024-12-31")).toBe("2024");
  });

  it("formats month and year ranges", () => {
    expect(formatEventDate("2024-01-01", "month", "2024-03-31")).toBe("Jan–Mar 2024");
    expect(formatEventDate("2023-11-01", "month", "2024-02-29")).toBe("Nov 2023 – Feb 2024");
    expect(formatEventDate("2023-01-01", "year", "2024-12-31")).toBe("2023–2024");
  });

  it("accepts partial dates", () => {
    expect(formatEventDate("2024-06", "month")).toBe("Jun 2024");
    expect(formatEventDate("2024", "year")).toBe("2024");
    expect(formatEventDate("2024-06", "day")).toBe("Jun 2024");
  });

  it("returns unparseable input unchanged", () => {
    expect(formatEventDate("soon", "day")).toBe("soon");
    expect(formatEventDate("2024-13-01", "day")).toBe("2024-13-01");
    expect(formatEventDate("2024-01-16", "day", "garbage")).toBe("16 Jan 2024");
  });
});

describe("formatPeriod", () => {
  it("formats month, quarter and year periods", () => {
    expect(formatPeriod("2024-06")).toBe("Jun 2024");
    expect(formatPeriod("2024-Q2")).toBe("Q2 2024");
    expect(formatPeriod("2024")).toBe("2024");
    expect(formatPeriod("2024-13")).toBe("2024-13");
  });
});

describe("formatConfidence", () => {
  it("rounds to a percentage and clamps", () => {
    expect(formatConfidence(0.824)).toBe("82%");
    expect(formatConfidence(1)).toBe("100%");
    expect(formatConfidence(1.4)).toBe("100%");
    expect(formatConfidence(-0.1)).toBe("0%");
    expect(formatConfidence(Number.NaN)).toBe("–");
  });
});

describe("formatTimestamp", () => {
  it("formats in UTC", () => {
    expect(formatTimestamp("2024-01-16T14:05:00Z")).toBe("16 Jan 2024, 14:05 UTC");
    expect(formatTimestamp("nope")).toBe("nope");
  });
});

describe("formatEventType", () => {
  it("turns a type key into a label", () => {
    expect(formatEventType("meeting")).toBe("Meeting");
    expect(formatEventType("entry-into-force")).toBe("Entry into force");
    expect(formatEventType("")).toBe("");
  });
});

describe("formatLevel and formatPrecision", () => {
  it("names levels and precisions in words", async () => {
    const { formatLevel, formatPrecision } = await import("./format");
    expect(formatLevel("vice")).toBe("Vice minister and below");
    expect(formatLevel("unrecorded")).toBe("No recorded office");
    expect(formatPrecision("month")).toBe("month only");
  });
});

describe("formatEventCount", () => {
  it("says an estimate is one, rounded so it does not look exact", async () => {
    const { formatEventCount } = await import("./format");
    expect(formatEventCount({ total: 1, totalKind: "exact" })).toBe("1 event");
    expect(formatEventCount({ total: 0, totalKind: "exact" })).toBe("0 events");
    expect(formatEventCount({ total: 12_345, totalKind: "exact" })).toBe("12,345 events");
    expect(formatEventCount({ total: 900_329, totalKind: "estimate" })).toBe("about 900,000 events");
    expect(formatEventCount({ total: 75_348, totalKind: "estimate" })).toBe("about 75,000 events");
    expect(formatEventCount({ total: 1_234, totalKind: "estimate" })).toBe("about 1,200 events");
    expect(formatEventCount({ total: 10_000, totalKind: "more-than" })).toBe("more than 10,000 events");
  });
});
