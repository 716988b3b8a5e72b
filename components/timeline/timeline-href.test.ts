import { describe, it, expect } from "vitest";
import { DEFAULT_FILTERS } from "@/lib/events/filters";
import { parseInterval, toTimelineHref } from "./timeline-href";

describe("toTimelineHref", () => {
  it("is the bare root for default filters", () => {
    expect(toTimelineHref(DEFAULT_FILTERS)).toBe("/");
    expect(toTimelineHref({}, "month")).toBe("/");
  });

  it("writes filters and a non-default interval", () => {
    const href = toTimelineHref({ ...DEFAULT_FILTERS, type: ["meeting"], page: 2 }, "year");
    const params = new URLSearchParams(href.slice(2));
    expect(params.get("type")).toBe("meeting");
    expect(params.get("page")).toBe("2");
    expect(params.get("interval")).toBe("year");
  });
});

describe("parseInterval", () => {
  it("accepts known intervals and falls back to month", () => {
    expect(parseInterval("quarter")).toBe("quarter");
    expect(parseInterval(["year", "month"])).toBe("month");
    expect(parseInterval("weekly")).toBe("month");
    expect(parseInterval(undefined)).toBe("month");
  });
});
