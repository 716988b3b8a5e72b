"use client";

import { useEffect, useMemo, useRef, type CSSProperties } from "react";
import type { EventFilters } from "@/lib/events/filters";
import { formatEventType } from "@/lib/events/format";
import type { EventListItem } from "@/lib/events/types";
import type { MonthTypeCount } from "@/lib/events/view-types";
import { toPeriodRange } from "@/components/chart/period-range";
import { CHUNK_SIZE, buildTimelineLayout, findVisibleRows, listChunksForMonths, placeInLanes, type TimelineMonth, type TimelineRow } from "./timeline-layout";
import { toTimelineHref, type TimelineDisplay } from "./timeline-href";
import { EventsRow, MonthRow, YearRow, type LaneCell } from "./timeline-rows";
import { useEventChunks, type ChunkState } from "./use-event-chunks";
import { useScrollWindow } from "./use-scroll-window";
import styles from "./timeline.module.css";

/** Row heights in rem (the CSS module uses the same values). */
const HEIGHTS_REM = { header: 2.5, year: 2.75, month: 2.5, event: 4.75 };
const OVERSCAN_PX = 400;
/** Chunks are requested once the view has rested this long, so a fast fling does not fetch what it passes. */
const SETTLE_MS = 120;

interface Props {
  /** Matching events per month and type, newest month first. */
  counts: MonthTypeCount[];
  filters: EventFilters;
  display: TimelineDisplay;
  /** The newest CHUNK_SIZE events, rendered on the server so the first screen needs no request. */
  initial: EventListItem[];
}

/**
 * The visual timeline: months newest first, one lane per event type. Only the rows in sight are rendered and
 * only their events fetched (CHUNK_SIZE per request), so it stays smooth with tens of thousands of events.
 */
export function EventTimeline({ counts, filters, display, initial }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { scrollTop, viewport, rem } = useScrollWindow(scrollRef, 640);
  const heights = useMemo(() => ({ year: HEIGHTS_REM.year * rem, month: HEIGHTS_REM.month * rem, event: HEIGHTS_REM.event * rem }), [rem]);
  const layout = useMemo(() => buildTimelineLayout(counts, heights), [counts, heights]);
  const { chunks, request, retry } = useEventChunks(filters, initial);
  const header = HEIGHTS_REM.header * rem;

  const [start, end] = findVisibleRows(layout.rows, Math.max(0, scrollTop - header), viewport, OVERSCAN_PX);
  const visible = layout.rows.slice(start, end);
  const visibleMonths = [...new Map(visible.filter((r) => r.kind !== "year").map((r) => [r.month.month, r.month])).values()];
  const needed = listChunksForMonths(visibleMonths, CHUNK_SIZE);
  const neededKey = needed.join(",");
  useEffect(() => {
    const timer = setTimeout(() => request(neededKey ? neededKey.split(",").map(Number) : []), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [request, neededKey]);

  const lanesOf = useMemo(() => createLaneCache(chunks), [chunks]);
  const laneTotals = useMemo(() => totalsByLane(counts), [counts]);
  const hasErrors = [...chunks.values()].some((c) => c.status === "error");

  const heading = (
    <div className="table-toolbar">
      <h2 id="events-heading">Events</h2>
      <p className="muted" aria-live="polite">
        {layout.total} event{layout.total === 1 ? "" : "s"}
      </p>
    </div>
  );
  if (layout.total === 0) {
    return (
      <section aria-labelledby="events-heading">
        {heading}
        <p className="empty panel">No events match these filters</p>
      </section>
    );
  }

  const gridColumns = { gridTemplateColumns: `repeat(${layout.lanes.length}, minmax(11rem, 1fr))` };
  const rowStyle = (row: TimelineRow, height: number): CSSProperties => ({ top: header + row.top, height });

  function cellsFor(month: TimelineMonth, row: number): LaneCell[] {
    const lanes = lanesOf(month);
    const state = monthState(chunks, month);
    return layout.lanes.map((lane): LaneCell => {
      const event = lanes.get(lane)?.[row];
      if (event) return { kind: "event", event };
      if (row >= (month.counts[lane] ?? 0)) return { kind: "empty" };
      return { kind: state === "error" ? "failed" : "pending" };
    });
  }

  return (
    <section aria-labelledby="events-heading">
      {heading}
      <p id="timeline-help" className={styles.help}>
        Newest first, one lane per event type. Scroll inside the timeline (or focus it and use the arrow keys); events
        load as they come into view. The table view lists the same events page by page.
      </p>
      <p className={styles.printNote}>The timeline view does not print; switch to the table view to print these events.</p>
      {hasErrors && (
        <p className="notice notice-error" role="alert">
          Some events could not be loaded.{" "}
          <button type="button" className="button button-secondary" onClick={retry}>
            Retry
          </button>
        </p>
      )}
      <div
        ref={scrollRef}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label="Timeline of events"
        aria-describedby="timeline-help"
        data-testid="timeline-scroller"
      >
        <div className={styles.canvas} style={{ height: header + layout.height, minWidth: `${layout.lanes.length * 11}rem` }}>
          <div className={styles.laneHeader} style={{ ...gridColumns, height: header }} aria-hidden="true">
            {layout.lanes.map((lane) => (
              <span key={lane} className={styles.laneName} data-type={lane}>
                {formatEventType(lane)} <span className={styles.laneCount}>{laneTotals.get(lane)}</span>
              </span>
            ))}
          </div>
          {visible.map((row) =>
            row.kind === "year" ? (
              <YearRow key={row.key} year={row.year} style={rowStyle(row, heights.year)} />
            ) : row.kind === "month" ? (
              <MonthRow key={row.key} month={row.month} style={rowStyle(row, heights.month)} tableHref={monthTableHref(row.month, filters, display)} />
            ) : (
              <EventsRow key={row.key} lanes={layout.lanes} cells={cellsFor(row.month, row.row)} style={{ ...rowStyle(row, heights.event), ...gridColumns }} />
            ),
          )}
        </div>
      </div>
    </section>
  );
}

function totalsByLane(counts: MonthTypeCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.type, (totals.get(c.type) ?? 0) + c.count);
  return totals;
}

/** A month's events by lane, computed once per month for a given set of loaded chunks. */
function createLaneCache(chunks: ReadonlyMap<number, ChunkState>): (month: TimelineMonth) => Map<string, EventListItem[]> {
  const cache = new Map<string, Map<string, EventListItem[]>>();
  return (month) => {
    let lanes = cache.get(month.month);
    if (!lanes) {
      lanes = placeInLanes(month.month, eventsOf(chunks, listChunksForMonths([month], CHUNK_SIZE)));
      cache.set(month.month, lanes);
    }
    return lanes;
  };
}

function* eventsOf(chunks: ReadonlyMap<number, ChunkState>, indexes: number[]): Generator<EventListItem> {
  for (const i of indexes) {
    const chunk = chunks.get(i);
    if (chunk?.status === "loaded") yield* chunk.events;
  }
}

function monthState(chunks: ReadonlyMap<number, ChunkState>, month: TimelineMonth): "error" | "pending" {
  return listChunksForMonths([month], CHUNK_SIZE).some((i) => chunks.get(i)?.status === "error") ? "error" : "pending";
}

function monthTableHref(month: TimelineMonth, filters: EventFilters, display: TimelineDisplay): string {
  const range = toPeriodRange(`${month.month}-01`, "month");
  return toTimelineHref({ ...filters, ...range, page: 1 }, { ...display, view: "table" });
}
