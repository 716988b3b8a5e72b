import { describe, it, expect } from "vitest";
import { DEFAULT_FILTERS, parseEventFilters } from "@/lib/events/filters";
import { DEFAULT_DISPLAY, parseInterval, parseTimelineDisplay, toTimelineHref, type TimelineDisplay } from "./timeline-href";

describe("toTimelineHref", () => {
  it("is the bare root for default filters", () => {
    expect(toTimelineHref(DEFAULT_FILTERS)).toBe("/");
    expect(toTimelineHref({}, { interval: "month" })).toBe("/");
  });

  it("writes filters and non-default display params", () => {
    const href = toTimelineHref({ ...DEFAULT_FILTERS, type: ["meeting"], page: 2 }, { interval: "year" });
    const params = new URLSearchParams(href.slice(2));
    expect(params.get("type")).toBe("meeting");
    expect(params.get("page")).toBe("2");
    expect(params.get("interval")).toBe("year");
  });

  it("round-trips filters and display through the URL", () => {
    const display: TimelineDisplay = { interval: "quarter", view: "timeline", stack: "level", fold: true };
    const filters = { ...DEFAULT_FILTERS, level: ["minister" as const], country: ["RU"], from: "2024-06-19" };
    const params = Object.fromEntries(new URLSearchParams(toTimelineHref(filters, display).slice(2)));
    expect(parseTimelineDisplay(params)).toEqual(display);
    expect(parseEventFilters(params)).toEqual(filters);
  });
});

describe("parseInterval and parseTimelineDisplay", () => {
  it("accepts known values and falls back to the defaults", () => {
    expect(parseInterval("quarter")).toBe("quarter");
    expect(parseInterval(["year", "month"])).toBe("month");
    expect(parseInterval("weekly")).toBe("month");
    expect(parseInterval(undefined)).toBe("month");
    expect(parseTimelineDisplay({ view: "grid", stack: "country", fold: "yes" })).toEqual(DEFAULT_DISPLAY);
    expect(parseTimelineDisplay({ fold: "1" }).fold).toBe(true);
  });
});
