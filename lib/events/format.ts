/**
 * Display formatting for event dates, periods and scores. Pure: no Intl, no locale, no time zone, so the server
 * render, the client render and the tests always agree.
 */
import type { DatePrecision } from "../extract/types";
import type { EventTotal } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DASH = "\u2013"; // en dash

interface DayParts {
  year: number;
  month: number; // 1..12
  day: number | null;
}

function parseDay(value: string): DayParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return null;
  const day = m[3] ? Number(m[3]) : null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year: Number(m[1]), month, day };
}

const monthName = (p: DayParts) => MONTHS[p.month - 1];

function formatSingle(p: DayParts, precision: DatePrecision): string {
  if (precision === "year") return String(p.year);
  if (precision === "month" || p.day === null) return `${monthName(p)} ${p.year}`;
  return `${p.day} ${monthName(p)} ${p.year}`;
}

function formatDayRange(a: DayParts, b: DayParts): string {
  if (a.year !== b.year) return `${formatSingle(a, "day")} ${DASH} ${formatSingle(b, "day")}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a)} ${DASH} ${b.day} ${monthName(b)} ${b.year}`;
  if (a.day === b.day) return formatSingle(a, "day");
  return `${a.day}${DASH}${b.day} ${monthName(b)} ${b.year}`;
}

function formatMonthRange(a: DayParts, b: DayParts): string {
  if (a.year !== b.year) return `${formatSingle(a, "month")} ${DASH} ${formatSingle(b, "month")}`;
  if (a.month === b.month) return formatSingle(a, "month");
  return `${monthName(a)}${DASH}${monthName(b)} ${b.year}`;
}

/**
 * Formats an event date at its precision: "16 Jan 2024", "Jan 2024", "2024"; ranges "15–17 Jan 2024",
 * "30 Jan – 2 Feb 2024", "Jan–Mar 2024", "2023–2024". Unparseable input is returned as written, since showing
 * the raw value beats hiding a date.
 */
export function formatEventDate(date: string, precision: DatePrecision, endDate?: string | null): string {
  const start = parseDay(date);
  if (!start) return date;
  const end = endDate ? parseDay(endDate) : null;
  if (!end) return formatSingle(start, precision);

  if (precision === "year") return start.year === end.year ? String(start.year) : `${start.year}${DASH}${end.year}`;
  if (precision === "month" || start.day === null || end.day === null) return formatMonthRange(start, end);
  return formatDayRange(start, end);
}

/** "2024-06" -> "Jun 2024", "2024-Q2" -> "Q2 2024", "2024" -> "2024". Unknown shapes are returned unchanged. */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const name = MONTHS[Number(month[2]) - 1];
    return name ? `${name} ${month[1]}` : period;
  }
  return period;
}

/** "entry-into-force" -> "Entry into force". */
export function formatEventType(type: string): string {
  const words = type.replace(/[-_]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : type;
}

/** 0.824 -> "82%". Values outside 0..1 are clamped. */
export function formatConfidence(confidence: number): string {
  if (!Number.isFinite(confidence)) return "–";
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}

/** An ISO timestamp -> "16 Jan 2024, 14:05 UTC" (UTC, so server and client renders match). */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

const LEVEL_LABELS: Record<string, string> = {
  head: "Head of state or government",
  minister: "Minister",
  vice: "Vice minister and below",
  parliament: "Parliament",
  other: "Other",
  unrecorded: "No recorded office",
};

/** An office level (lib/events/filters.ts LEVELS, plus "unrecorded") as people read it. */
export function formatLevel(level: string): string {
  return LEVEL_LABELS[level] ?? formatEventType(level);
}

const PRECISION_LABELS: Record<DatePrecision, string> = { day: "exact day", month: "month only", year: "year only" };

/** "day" -> "exact day", "month" -> "month only", "year" -> "year only". */
export function formatPrecision(precision: DatePrecision): string {
  return PRECISION_LABELS[precision] ?? precision;
}

/** 1234567 -> "1,234,567" (no Intl, as above). */
function groupThousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * How many events match, as the page says it: "1 event", "1,234 events", "about 910,000 events" (an estimate,
 * rounded to two significant digits so it does not look exact) or "more than 10,000 events".
 */
export function formatEventCount({ total, totalKind }: EventTotal): string {
  if (totalKind === "estimate") return `about ${groupThousands(Number(total.toPrecision(2)))} events`;
  if (totalKind === "more-than") return `more than ${groupThousands(total)} events`;
  return `${groupThousands(total)} event${total === 1 ? "" : "s"}`;
}
