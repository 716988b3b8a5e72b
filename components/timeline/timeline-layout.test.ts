import { describe, expect, it } from "vitest";
import type { EventListItem } from "@/lib/events/types";
import type { MonthTypeCount } from "@/lib/events/view-types";
import { buildTimelineLayout, findVisibleRows, listChunksForMonths, placeInLanes } from "./timeline-layout";

const heights = { year: 40, month: 30, event: 50 };
const counts: MonthTypeCount[] = [
  { month: "2024-06", type: "visit", count: 1 },
  { month: "2024-06", type: "meeting", count: 3 },
  { month: "2024-01", type: "call", count: 1 },
  { month: "2023-12", type: "agreement", count: 2 },
];

describe("buildTimelineLayout", () => {
  it("lays out years, months and rows as deep as the fullest lane", () => {
    const layout = buildTimelineLayout(counts, heights);
    expect(layout.lanes).toEqual(["meeting", "visit", "call", "agreement"]);
    expect(layout.rows.map((r) => r.key)).toEqual(["y2024", "m2024-06", "e2024-06-0", "e2024-06-1", "e2024-06-2", "m2024-01", "e2024-01-0", "y2023", "m2023-12", "e2023-12-0", "e2023-12-1"]);
    expect(layout.months.map((m) => [m.month, m.total, m.firstIndex])).toEqual([["2024-06", 4, 0], ["2024-01", 1, 4], ["2023-12", 2, 5]]);
    expect(layout.height).toBe(2 * 40 + 3 * 30 + 6 * 50);
    expect(layout.total).toBe(7);
  });

  it("handles no events", () => {
    expect(buildTimelineLayout([], heights)).toMatchObject({ rows: [], height: 0, total: 0 });
  });
});

describe("windowing 12,000 events", () => {
  // 96 months, 5 types, 25 events each: 12,000 events.
  const many: MonthTypeCount[] = [];
  for (let m = 0; m < 96; m++) {
    const month = `${2025 - Math.floor(m / 12)}-${String(12 - (m % 12)).padStart(2, "0")}`;
    for (const type of ["meeting", "visit", "call", "agreement", "ratification"]) many.push({ month, type, count: 25 });
  }

  it("renders only the rows in sight, wherever the scroll is", () => {
    const started = performance.now();
    const layout = buildTimelineLayout(many, heights);
    expect(performance.now() - started).toBeLessThan(200);
    expect(layout.total).toBe(12_000);
    for (const scrollTop of [0, 1234, layout.height / 2, layout.height - 600]) {
      const [start, end] = findVisibleRows(layout.rows, scrollTop, 600, 300);
      expect(end - start).toBeLessThanOrEqual(Math.ceil(1200 / 30) + 2);
      expect(layout.rows[start].top).toBeLessThanOrEqual(Math.max(0, scrollTop - 300));
      const last = layout.rows[end - 1];
      expect(last.top + 50).toBeGreaterThanOrEqual(Math.min(layout.height, scrollTop + 900));
    }
  });

  it("asks for the few chunks that hold the visible months", () => {
    const layout = buildTimelineLayout(many, heights);
    expect(listChunksForMonths(layout.months.slice(0, 1), 200)).toEqual([0]);
    expect(listChunksForMonths(layout.months.slice(7, 9), 200)).toEqual([4, 5]);
    expect(listChunksForMonths(layout.months.slice(95), 200)).toEqual([59]);
  });
});

describe("placeInLanes", () => {
  const event = (id: number, type: string, date: string): EventListItem => ({
    id, type, title: `e${id}`, date, datePrecision: "day", endDate: null, location: null, status: "published", confidence: 1, sourcesDisagree: false, participants: [], sourceCount: 1,
  });
  it("groups a month's events by type in order, ignoring other months and repeats", () => {
    const lanes = placeInLanes("2024-06", [event(1, "meeting", "2024-06-20"), event(2, "visit", "2024-06-18"), event(3, "meeting", "2024-06-02"), event(4, "meeting", "2024-05-30"), event(1, "meeting", "2024-06-20")]);
    expect([...lanes.entries()].map(([k, v]) => [k, v.map((e) => e.id)])).toEqual([["meeting", [1, 3]], ["visit", [2]]]);
  });
});
