/**
 * Export formats. Pure: the records come from lib/events/repo.ts (listEventsForExport, iterateEventsForExport).
 *
 * Every web export states what it contains and when it was made:
 * - CSV: the first line is a comment, `# Dyad export; exported at <ISO time>; filters: <query string>`, then the
 *   header row. The query string is URL-encoded, so the line has no commas or quotes: a spreadsheet shows it in
 *   cell A1, and CSV readers skip it with their comment option (pandas `comment="#"`, R `comment.char = "#"`).
 *   `toCsv` (the CLI's format) has no such line.
 * - JSON: an envelope `{ exportedAt, filters, query, events }`.
 * - iCalendar: the calendar's NAME and DESCRIPTION (RFC 7986, and the X-WR- equivalents).
 *
 * Article titles and text are data, written by others: CSV cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, JSON escapes < > & so it cannot close a script element, and iCalendar text has its
 * angle brackets replaced (calendar apps render descriptions as HTML).
 */
import type { DatePrecision } from "../extract/types";
import { addDays } from "../dates";
import { DEFAULT_FILTERS, toSearchParams, type EventFilters } from "./filters";
import { formatEventDate, formatEventType } from "./format";

export const EXPORT_FORMATS = ["csv", "json", "ics"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRecord {
  id: number;
  status: string;
  type: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  participants: { name: string; country: string | null; role: string | null }[];
  location: string | null;
  actor: string | null;
  evidence: string;
  confidence: number;
  sourcesDisagree: boolean;
  sources: { url: string | null; title: string; outlet: string | null; publishedAt: string; evidence: string }[];
}

export interface ExportMeta {
  filters: EventFilters;
  /** ISO timestamp (UTC). */
  exportedAt: string;
  /** Origin of the app, e.g. "https://dyad.example.org": event links in iCalendar. */
  baseUrl?: string;
}

/** The filters an export applies (paging is not one: an export has every matching event, in the table's order). */
export function toExportFilters(filters: EventFilters): EventFilters {
  return { ...filters, page: DEFAULT_FILTERS.page, pageSize: DEFAULT_FILTERS.pageSize };
}

/** The filters as a URL query string, status always written: `/?<query>` shows the exported events. */
export function toExportQuery(filters: EventFilters): string {
  const params = toSearchParams(toExportFilters(filters));
  if (!params.has("status")) params.set("status", filters.status);
  return params.toString();
}

const CSV_COLUMNS = ["id", "status", "type", "title", "date", "datePrecision", "endDate", "participants", "location", "confidence", "sourcesDisagree", "sourceCount", "sourceUrls", "evidence"] as const;

function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  // A leading = + - @ (or their full-width forms, which some spreadsheets also read) would run as a formula:
  // prefix it so the cell stays text.
  const safe = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = `${CSV_COLUMNS.join(",")}\r\n`;

/** Data rows only, each ending in CRLF: for streaming after CSV_HEADER. */
export function toCsvRows(records: ExportRecord[]): string {
  return records.map((r) =>
    [
      r.id, r.status, r.type, r.title, r.date, r.datePrecision, r.endDate,
      r.participants.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join("; "),
      r.location, r.confidence, r.sourcesDisagree, r.sources.length,
      r.sources.map((s) => s.url ?? "").filter(Boolean).join(" "), r.evidence,
    ].map(csvCell).join(",") + "\r\n",
  ).join("");
}

/** The CLI's CSV: header row and rows, no comment line. */
export function toCsv(records: ExportRecord[]): string {
  return CSV_HEADER + toCsvRows(records);
}

/** The web CSV's first line (see the module comment). */
export function toCsvPreamble(meta: ExportMeta): string {
  return `# Dyad export; exported at ${meta.exportedAt}; filters: ${toExportQuery(meta.filters)}\r\n`;
}

/** The filters in words for people: "status=published; type=meeting,visit; level=minister". */
export function describeFilters(filters: EventFilters): string {
  const parts = [...(filters.pair ? [`pair=${filters.pair}`] : []), `status=${filters.status}`];
  if (filters.from) parts.push(`from=${filters.from}`);
  if (filters.to) parts.push(`to=${filters.to}`);
  if (filters.type.length) parts.push(`type=${filters.type.join(",")}`);
  if (filters.participant.length) parts.push(`participant=${filters.participant.join(",")}`);
  if (filters.country.length) parts.push(`country=${filters.country.join(",")}`);
  if (filters.level.length) parts.push(`level=${filters.level.join(",")}`);
  if (filters.location) parts.push(`location=${filters.location}`);
  if (filters.q) parts.push(`q=${filters.q}`);
  return parts.join("; ");
}

/** A one-line statement of what an export contains, for file headers and the UI. */
export function describeExport(filters: EventFilters, exportedAt: string): string {
  return `Dyad export at ${exportedAt}; filters: ${describeFilters(filters)}`;
}

// ---------- JSON ----------

/** JSON that stays inert inside HTML: < > & and the JavaScript line separators are written as \u escapes. */
export function toSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function toJsonFilters(filters: EventFilters) {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return rest;
}

// ---------- iCalendar (RFC 5545) ----------

/** TEXT escaping (RFC 5545 3.3.11); angle brackets become look-alikes so no client renders markup. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/</g, "\u2039")
    .replace(/>/g, "\u203A")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line into lines of at most 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const toIcsDate = (day: string) => day.replace(/-/g, "");
const toIcsTimestamp = (iso: string) => `${iso.replace(/[-:]/g, "").replace(/\.\d+/, "").slice(0, 15)}Z`;

const PRECISION_NOTES: Record<DatePrecision, string> = {
  day: "",
  month: " (month precision: the day is not known; the calendar entry is placed on the first day of the month)",
  year: " (year precision: the month and day are not known; the calendar entry is placed on 1 January)",
};

function toIcsDescription(r: ExportRecord): string {
  const lines = [
    `${formatEventType(r.type)}, ${formatEventDate(r.date, r.datePrecision, r.endDate)}${PRECISION_NOTES[r.datePrecision]}.`,
  ];
  if (r.sourcesDisagree) lines.push("The sources disagree on the date.");
  if (r.participants.length) {
    lines.push(`Participants: ${r.participants.map((p) => [p.name, [p.role, p.country].filter(Boolean).join(", ")].filter(Boolean).join(" — ")).join("; ")}.`);
  }
  lines.push(`Status: ${r.status}. Sources (${r.sources.length}):`);
  for (const s of r.sources) {
    lines.push(`- ${s.title} (${[s.outlet, `published ${formatEventDate(s.publishedAt, "day")}`].filter(Boolean).join(", ")})${s.url ? ` ${s.url}` : ""}`);
    lines.push(`  “${s.evidence}”`);
  }
  return lines.join("\n");
}

function toVevent(r: ExportRecord, meta: ExportMeta): string[] {
  const host = meta.baseUrl ? new URL(meta.baseUrl).host : "dyad";
  const properties: [string, string][] = [
    ["UID", `dyad-event-${r.id}@${host}`],
    ["DTSTAMP", toIcsTimestamp(meta.exportedAt)],
    ["DTSTART;VALUE=DATE", toIcsDate(r.date)],
    // DTEND is exclusive: the day after the last day.
    ["DTEND;VALUE=DATE", toIcsDate(addDays(r.endDate ?? r.date, 1))],
    ["SUMMARY", escapeIcsText(r.title)],
    ["CATEGORIES", escapeIcsText(formatEventType(r.type))],
    ["STATUS", r.status === "published" ? "CONFIRMED" : r.status === "rejected" ? "CANCELLED" : "TENTATIVE"],
  ];
  if (r.location) properties.push(["LOCATION", escapeIcsText(r.location)]);
  properties.push(["DESCRIPTION", escapeIcsText(toIcsDescription(r))]);
  if (meta.baseUrl) properties.push(["URL;VALUE=URI", `${meta.baseUrl}/events/${r.id}`]);
  return ["BEGIN:VEVENT", ...properties.map(([name, value]) => `${name}:${value}`), "END:VEVENT"];
}

function toIcsLines(lines: string[]): string {
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join("");
}

function toIcsStart(meta: ExportMeta): string {
  const name = "Dyad events";
  const description = escapeIcsText(describeExport(meta.filters, meta.exportedAt));
  return toIcsLines([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dyad//Timeline export//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
    `NAME:${name}`, `X-WR-CALNAME:${name}`, `DESCRIPTION:${description}`, `X-WR-CALDESC:${description}`,
  ]);
}

export function toIcs(records: ExportRecord[], meta: ExportMeta): string {
  return toIcsStart(meta) + records.map((r) => toIcsLines(toVevent(r, meta))).join("") + toIcsLines(["END:VCALENDAR"]);
}

// ---------- Streaming ----------

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
};

/** The export as text pieces, one per chunk of records, so a large export is never held in memory at once. */
export async function* toExportStream(format: ExportFormat, chunks: AsyncIterable<ExportRecord[]>, meta: ExportMeta): AsyncGenerator<string> {
  if (format === "csv") {
    yield toCsvPreamble(meta) + CSV_HEADER;
    for await (const records of chunks) yield toCsvRows(records);
  } else if (format === "json") {
    const envelope = { exportedAt: meta.exportedAt, filters: toJsonFilters(meta.filters), query: toExportQuery(meta.filters) };
    yield `${toSafeJson(envelope).slice(0, -1)},"events":[`;
    let first = true;
    for await (const records of chunks) {
      const body = records.map((r) => `\n${toSafeJson(r)}`).join(",");
      yield first ? body : `,${body}`;
      first = false;
    }
    yield "\n]}\n";
  } else {
    yield toIcsStart(meta);
    for await (const records of chunks) yield records.map((r) => toIcsLines(toVevent(r, meta))).join("");
    yield toIcsLines(["END:VCALENDAR"]);
  }
}

/** "dyad-events-20251124-2200.csv" */
export function toExportFileName(format: ExportFormat, exportedAt: string): string {
  const stamp = exportedAt.replace(/[-:]/g, "").replace("T", "-").slice(0, 13);
  return `dyad-events-${stamp}.${format}`;
}
