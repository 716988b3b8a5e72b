/** Pure helpers for the meeting-frequency series: period labels and bounds. */
import type { Interval } from "./filters";

export function toPeriodLabel(start: string, interval: Interval): string {
  const [year, month] = start.split("-");
  if (interval === "year") return year;
  if (interval === "quarter") return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
  return `${year}-${month}`;
}

/** The last day (YYYY-MM-DD) of the period that starts on `start`. */
export function toPeriodEnd(start: string, interval: Interval): string {
  const [year, month] = start.split("-").map(Number);
  const months = interval === "year" ? 12 : interval === "quarter" ? 3 : 1;
  const end = new Date(Date.UTC(year, month - 1 + months, 0));
  return end.toISOString().slice(0, 10);
}
