/** Export formats. Pure: the records come from lib/events/repo.ts listEventsForExport. */
import type { DatePrecision } from "../extract/types";
import type { EventFilters } from "./filters";

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

const CSV_COLUMNS = ["id", "status", "type", "title", "date", "datePrecision", "endDate", "participants", "location", "confidence", "sourcesDisagree", "sourceCount", "sourceUrls", "evidence"] as const;

function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: prefix it so the cell stays text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(records: ExportRecord[]): string {
  const rows = records.map((r) =>
    [
      r.id, r.status, r.type, r.title, r.date, r.datePrecision, r.endDate,
      r.participants.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join("; "),
      r.location, r.confidence, r.sourcesDisagree, r.sources.length,
      r.sources.map((s) => s.url ?? "").filter(Boolean).join(" "), r.evidence,
    ].map(csvCell).join(","),
  );
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}

/** A one-line statement of what an export contains, for file headers and the UI. */
export function describeExport(filters: EventFilters, exportedAt: string): string {
  const parts = [`status=${filters.status}`];
  if (filters.from) parts.push(`from=${filters.from}`);
  if (filters.to) parts.push(`to=${filters.to}`);
  if (filters.type.length) parts.push(`type=${filters.type.join(",")}`);
  if (filters.participant.length) parts.push(`participant=${filters.participant.join(",")}`);
  if (filters.country.length) parts.push(`country=${filters.country.join(",")}`);
  if (filters.location) parts.push(`location=${filters.location}`);
  if (filters.q) parts.push(`q=${filters.q}`);
  return `Dyad export at ${exportedAt}; filters: ${parts.join("; ")}`;
}
