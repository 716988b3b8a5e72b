/**
 * JSON articles as feeds and exports carry them: one object, an array, or JSON lines. Field names vary between
 * sources (text/body/content, publishedAt/published_at/date, outlet/source); this is the one place that knows.
 * Used by `dyad ingest` and by bulk imports (uploaded .json/.jsonl files and archives).
 */
import path from "node:path";
import type { Submission } from "./submit";

export type JsonArticleEntry = { label: string; submission: Submission } | { label: string; error: string };

export function fromJsonValue(value: unknown, label: string): JsonArticleEntry {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { label, error: "not a JSON object" };
  const v = value as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === "string" ? x : x == null ? null : String(x));
  const text = str(v.text ?? v.body ?? v.content);
  // Feeds often carry a full timestamp; the publication day is what dates resolve against.
  const published = str(v.publishedAt ?? v.published_at ?? v.date);
  const publishedAt = published && /^\d{4}-\d{2}-\d{2}[T ]/.test(published) ? published.slice(0, 10) : published;
  return { label, submission: { title: str(v.title) || toFallbackTitle(text, label), text, publishedAt, url: str(v.url), outlet: str(v.outlet ?? v.source), relationship: str(v.relationship) } };
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
