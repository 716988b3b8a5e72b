import { DEFAULT_FILTERS, INTERVALS, toSearchParams, type EventFilters, type Interval } from "@/lib/events/filters";

export const VIEWS = ["table", "timeline"] as const;
export type View = (typeof VIEWS)[number];
export const STACKS = ["none", "level"] as const;
export type Stack = (typeof STACKS)[number];

/** How the timeline page shows the filtered events: chart interval and stacking, table or visual timeline. */
export interface TimelineDisplay {
  interval: Interval;
  view: View;
  stack: Stack;
  /** The table shows a visit's meetings (an agreement's ratifications) inside it rather than as rows: `fold=1`. */
  fold: boolean;
}

export const DEFAULT_INTERVAL: Interval = "month";
export const DEFAULT_DISPLAY: TimelineDisplay = { interval: DEFAULT_INTERVAL, view: "table", stack: "none", fold: false };

type ParamValue = string | string[] | undefined;

function pick<T extends string>(value: ParamValue, allowed: readonly T[], fallback: T): T {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  return (allowed as readonly string[]).includes(v ?? "") ? (v as T) : fallback;
}

/** Reads the chart interval from a URL value; anything unknown falls back to the default. */
export function parseInterval(value: ParamValue): Interval {
  return pick(value, INTERVALS, DEFAULT_INTERVAL);
}

/** Reads the display params (interval, view, stack, fold); unknown values fall back to the defaults, never an error. */
export function parseTimelineDisplay(params: Record<string, ParamValue>): TimelineDisplay {
  return {
    interval: parseInterval(params.interval),
    view: pick(params.view, VIEWS, DEFAULT_DISPLAY.view),
    stack: pick(params.stack, STACKS, DEFAULT_DISPLAY.stack),
    fold: pick(params.fold, ["1"], "0") === "1",
  };
}

/**
 * The timeline URL for a set of filters. Filters go through toSearchParams (the one URL contract); the display
 * params follow, each only when it is not the default, so URLs stay short.
 */
export function toTimelineHref(filters: Partial<EventFilters>, display: Partial<TimelineDisplay> = {}): string {
  const params = toSearchParams({ ...DEFAULT_FILTERS, ...filters });
  const d = { ...DEFAULT_DISPLAY, ...display };
  for (const key of ["interval", "view", "stack"] as const) {
    if (d[key] !== DEFAULT_DISPLAY[key]) params.set(key, d[key]);
  }
  if (d.fold) params.set("fold", "1");
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
