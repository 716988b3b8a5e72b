/**
 * Turns the paths given to `dyad ingest` / `dyad extract` into article submissions: JSON articles (one object,
 * an array, or JSON lines), documents (.txt .md .html .pdf .docx, with --published/--title/--url), and
 * folders of them. A file that cannot be read becomes an error entry; it never stops the others.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import { parseUpload } from "../articles/parse-upload";
import type { Submission } from "../articles/submit";

export interface DocumentFlags {
  published?: string;
  title?: string;
  url?: string;
  outlet?: string;
}

export type ReadEntry = { label: string; submission: Submission } | { label: string; error: string };

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"]);
const JSON_EXTENSIONS = new Set([".json", ".jsonl", ".ndjson"]);

export function listInputFiles(paths: string[]): { files: string[]; errors: ReadEntry[] } {
  const files: string[] = [];
  const errors: ReadEntry[] = [];
  const visit = (p: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      errors.push({ label: p, error: "no such file or folder" });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) visit(path.join(p, name), false);
      return;
    }
    const ext = path.extname(p).toLowerCase();
    if (JSON_EXTENSIONS.has(ext) || DOCUMENT_EXTENSIONS.has(ext) || explicit) files.push(p);
  };
  for (const p of paths) visit(p, true);
  return { files, errors };
}

function fromJsonValue(value: unknown, label: string): ReadEntry {
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

export function parseJsonArticles(content: string, label: string): ReadEntry[] {
  const trimmed = content.trim();
  if (!trimmed) return [{ label, error: "empty file" }];
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) return value.map((item, i) => fromJsonValue(item, `${label}#${i + 1}`));
    return [fromJsonValue(value, label)];
  } catch {
    // Not one JSON value: try JSON lines.
    return trimmed.split(/\r?\n/).flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [fromJsonValue(JSON.parse(line), `${label}:${i + 1}`)];
      } catch {
        return [{ label: `${label}:${i + 1}`, error: "invalid JSON" }];
      }
    });
  }
}

export async function readArticles(paths: string[], flags: DocumentFlags): Promise<ReadEntry[]> {
  const { files, errors } = listInputFiles(paths);
  const entries: ReadEntry[] = [...errors];
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    try {
      const bytes = readFileSync(file);
      if (JSON_EXTENSIONS.has(ext)) {
        entries.push(...parseJsonArticles(bytes.toString("utf8"), file));
        continue;
      }
      const parsed = await parseUpload({ name: path.basename(file), type: "", bytes: new Uint8Array(bytes) });
      if (!flags.published) {
        entries.push({ label: file, error: "a document needs --published YYYY-MM-DD (its publication date)" });
        continue;
      }
      const title = flags.title ?? parsed.title ?? path.basename(file, ext);
      entries.push({ label: file, submission: { title, text: parsed.text, publishedAt: flags.published, url: flags.url ?? null, outlet: flags.outlet ?? null } });
    } catch (error) {
      entries.push({ label: file, error: error instanceof AppError ? error.message : `could not read: ${(error as Error).message}` });
    }
  }
  return entries;
}
