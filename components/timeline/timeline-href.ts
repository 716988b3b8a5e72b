import { DEFAULT_FILTERS, INTERVALS, toSearchParams, type EventFilters, type Interval } from "@/lib/events/filters";

export const DEFAULT_INTERVAL: Interval = "month";

/** Reads the chart interval from a URL value; anything unknown falls back to the default. */
export function parseInterval(value: string | string[] | undefined): Interval {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  return (INTERVALS as readonly string[]).includes(v ?? "") ? (v as Interval) : DEFAULT_INTERVAL;
}

/**
 * The timeline URL for a set of filters. Filters go through toSearchParams (the one URL contract); the chart
 * interval is the only extra param the timeline adds, and only when it is not the default.
 */
export function toTimelineHref(filters: Partial<EventFilters>, interval: Interval = DEFAULT_INTERVAL): string {
  const params = toSearchParams({ ...DEFAULT_FILTERS, ...filters });
  if (interval !== DEFAULT_INTERVAL) params.set("interval", interval);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
