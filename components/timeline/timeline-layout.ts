/**
 * The visual timeline's layout, pure: months newest first, each a block of rows with one lane (column) per event
 * type, every row a fixed height. Knowing every row's position from the per-month counts alone lets the view
 * render only the rows in sight and fetch only the events they show, however many events match.
 */
import { EVENT_TYPES } from "@/lib/extract/types";
import type { EventListItem } from "@/lib/events/types";
import type { MonthTypeCount } from "@/lib/events/view-types";

/** Events per request: the most the visual timeline asks the server for at once (GET /api/events pageSize). */
export const CHUNK_SIZE = 200;

export interface RowHeights {
  year: number;
  month: number;
  event: number;
}

export interface TimelineMonth {
  /** "2024-06" */
  month: string;
  /** Events per lane (type) in this month. */
  counts: Record<string, number>;
  total: number;
  /** Position of the month's first event in the newest-first order of all matching events. */
  firstIndex: number;
}

export type TimelineRow =
  | { kind: "year"; key: string; top: number; year: string }
  | { kind: "month"; key: string; top: number; month: TimelineMonth }
  | { kind: "events"; key: string; top: number; month: TimelineMonth; row: number };

export interface TimelineLayout {
  lanes: string[];
  months: TimelineMonth[];
  rows: TimelineRow[];
  height: number;
  total: number;
}

const laneRank = (type: string) => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(type);
  return i === -1 ? EVENT_TYPES.length : i;
};

/** `counts` must be newest month first, as countEventsByMonthAndType returns them. */
export function buildTimelineLayout(counts: MonthTypeCount[], heights: RowHeights): TimelineLayout {
  const months: TimelineMonth[] = [];
  const laneSet = new Set<string>();
  let index = 0;
  for (const c of counts) {
    let month = months[months.length - 1];
    if (!month || month.month !== c.month) {
      month = { month: c.month, counts: {}, total: 0, firstIndex: index };
      months.push(month);
    }
    month.counts[c.type] = (month.counts[c.type] ?? 0) + c.count;
    month.total += c.count;
    index += c.count;
    laneSet.add(c.type);
  }
  const lanes = [...laneSet].sort((a, b) => laneRank(a) - laneRank(b) || a.localeCompare(b));

  const rows: TimelineRow[] = [];
  let top = 0;
  let year = "";
  for (const month of months) {
    if (month.month.slice(0, 4) !== year) {
      year = month.month.slice(0, 4);
      rows.push({ kind: "year", key: `y${year}`, top, year });
      top += heights.year;
    }
    rows.push({ kind: "month", key: `m${month.month}`, top, month });
    top += heights.month;
    const depth = Math.max(...Object.values(month.counts));
    for (let row = 0; row < depth; row++) {
      rows.push({ kind: "events", key: `e${month.month}-${row}`, top, month, row });
      top += heights.event;
    }
  }
  return { lanes, months, rows, height: top, total: index };
}

/** The rows [start, end) that intersect the viewport, widened by `overscan` pixels each way (binary search). */
export function findVisibleRows(rows: TimelineRow[], scrollTop: number, viewport: number, overscan: number): [number, number] {
  const firstRowEndingAfter = (y: number) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const next = mid + 1 < rows.length ? rows[mid + 1].top : Infinity;
      if (next <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = firstRowEndingAfter(Math.max(0, scrollTop - overscan));
  const end = Math.min(rows.length, firstRowEndingAfter(scrollTop + viewport + overscan) + 1);
  return [start, Math.max(start, end)];
}

/** The chunks (of `chunkSize` events, newest first) that hold the events of these months. */
export function listChunksForMonths(months: TimelineMonth[], chunkSize: number): number[] {
  const chunks = new Set<number>();
  for (const m of months) {
    if (!m.total) continue;
    const first = Math.floor(m.firstIndex / chunkSize);
    const last = Math.floor((m.firstIndex + m.total - 1) / chunkSize);
    for (let c = first; c <= last; c++) chunks.add(c);
  }
  return [...chunks].sort((a, b) => a - b);
}

/**
 * A month's loaded events by lane, newest first. Events are placed by their own month and type rather than by
 * position, so an event added since the outline was counted lands where it belongs instead of shifting others.
 */
export function placeInLanes(month: string, events: Iterable<EventListItem>): Map<string, EventListItem[]> {
  const lanes = new Map<string, EventListItem[]>();
  const seen = new Set<number>();
  for (const e of events) {
    if (e.date.slice(0, 7) !== month || seen.has(e.id)) continue;
    seen.add(e.id);
    const lane = lanes.get(e.type);
    if (lane) lane.push(e);
    else lanes.set(e.type, [e]);
  }
  return lanes;
}
