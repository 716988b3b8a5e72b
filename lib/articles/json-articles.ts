/**
 * JSON articles as feeds and exports carry them: one object, an array, or JSON lines. Field names vary between
 * sources (text/body/content, publishedAt/published_at/pubDate/date, url/link, outlet/source) and so do date formats
 * (ISO timestamps, RFC 2822, "January 16, 2024"); this is the one place that knows.
 * Used by `dyad ingest` and by bulk imports (uploaded .json/.jsonl files and archives).
 */
import path from "node:path";
import { monthNumber, toIsoDate } from "../extract/dates";
import type { Submission } from "./submit";

export type JsonArticleEntry = { label: string; submission: Submission } | { label: string; error: string };

export function fromJsonValue(value: unknown, label: string): JsonArticleEntry {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { label, error: "not a JSON object" };
  const v = value as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === "string" ? x : x == null ? null : String(x));
  const first = (...keys: string[]) => str(keys.map((k) => v[k]).find((x) => x != null && x !== ""));
  const text = first("text", "body", "content", "article", "full_text", "fullText");
  const published = first(...PUBLISHED_KEYS);
  const publishedAt = published === null ? null : toPublicationDay(published);
  const title = first("title", "headline");
  const outlet = typeof v.source === "object" && v.source !== null ? str((v.source as { name?: unknown }).name) : first("outlet", "source", "publisher");
  return { label, submission: { title: title || toFallbackTitle(text, label), text, publishedAt, url: first("url", "link", "source_url", "sourceUrl"), outlet, relationship: str(v.relationship) } };
}

const PUBLISHED_KEYS = ["publishedAt", "published_at", "published", "publicationDate", "publication_date", "datePublished", "date_published", "pubDate", "date"];

/**
 * A feed's publication date as the day it names: "2024-01-16T23:30:00-05:00" is the 16th (the outlet's own day),
 * and so are "2024/01/16", "Tue, 16 Jan 2024 10:00:00 +0000", "January 16, 2024" and "16 January 2024".
 * Anything else is returned as written, so that validation names it.
 */
export function toPublicationDay(value: string): string {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(v);
  if (m) return toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(v);
  if (m && monthNumber(m[2])) return toIsoDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  if (m && monthNumber(m[1])) return toIsoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  return v;
}

/** An article without a title is still worth ingesting: name it by its first line. */
function toFallbackTitle(text: string | null, label: string): string {
  const line = text?.split(/\n/).map((l) => l.trim()).find(Boolean) ?? "";
  return (line.length > 120 ? `${line.slice(0, 117)}...` : line) || path.basename(label);
}

/** One JSON line of a JSON-lines file; `label` names the line ("feed.jsonl:12"). */
export function parseJsonLine(line: string, label: string): JsonArticleEntry {
  try {
    return fromJsonValue(JSON.parse(line), label);
  } catch {
    return { label, error: "invalid JSON" };
  }
}

export function parseJsonArticles(content: string, label: string): JsonArticleEntry[] {
  const trimmed = content.trim();
  if (!trimmed) return [{ label, error: "empty file" }];
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) return value.map((item, i) => fromJsonValue(item, `${label}#${i + 1}`));
    return [fromJsonValue(value, label)];
  } catch {
    // Not one JSON value: try JSON lines.
    return trimmed.split(/\r?\n/).flatMap((line, i) => (line.trim() ? [parseJsonLine(line, `${label}:${i + 1}`)] : []));
  }
}
