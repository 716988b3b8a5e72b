import { parseDateBound, type Interval } from "@/lib/events/filters";

const MONTHS_PER_INTERVAL: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** The from/to range (YYYY-MM-DD, inclusive) of the period that starts on `start`. */
export function toPeriodRange(start: string, interval: Interval): { from: string; to: string } | null {
  const from = parseDateBound(start, "start");
  if (!from) return null;
  const year = Number(from.slice(0, 4));
  const lastMonth = Number(from.slice(5, 7)) + MONTHS_PER_INTERVAL[interval] - 1;
  const endYear = year + Math.floor((lastMonth - 1) / 12);
  const endMonth = ((lastMonth - 1) % 12) + 1;
  const to = parseDateBound(`${endYear}-${String(endMonth).padStart(2, "0")}`, "end");
  return to ? { from, to } : null;
}
