/**
 * What a bulk import is made of: entries, one per article. An entry is an article's fields (from JSON), a file to
 * read in the background (a document: its text is extracted by the worker), or an error found while unpacking
 * (bad JSON line, file too large), which becomes a failed item so the editor sees it by name.
 * Uploads are expanded here: .zip archives are unpacked, JSON and JSON-lines files become one entry per article.
 */
import path from "node:path";
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { AppError } from "../errors";
import { parseJsonArticles } from "../articles/json-articles";
import type { UploadedFile } from "../articles/parse-upload";
import { MAX_FILE_BYTES } from "../articles/schema";

export interface ArticleFields {
  title?: string | null;
  text?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  outlet?: string | null;
}

/** Fields given with a document (its publication date, outlet); its title defaults to the document's own. */
export type DocumentFields = Omit<ArticleFields, "text">;

export type ImportEntry =
  | { label: string; article: ArticleFields }
  | { label: string; file: UploadedFile; fields: DocumentFields }
  | { label: string; error: string };

export const JSON_EXTENSIONS = new Set([".json", ".jsonl", ".ndjson"]);
export const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"]);
export interface ArchiveLimits {
  /** Per file, as for a single upload. */
  fileBytes: number;
  /** An archive may unpack to this much in all: more belongs on the command line (`dyad ingest`), which streams. */
  archiveBytes: number;
  archiveEntries: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = { fileBytes: MAX_FILE_BYTES, archiveBytes: 200 * 1024 * 1024, archiveEntries: 20_000 };

const toMb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 100) / 100} MB`;

export function isDocumentEntry(entry: ImportEntry): entry is Extract<ImportEntry, { file: UploadedFile }> {
  return "file" in entry;
}

/** JSON articles become article entries; everything else is read as a document. */
function expandFile(file: UploadedFile, label: string, fields: DocumentFields): ImportEntry[] {
  const ext = path.extname(file.name).toLowerCase();
  if (JSON_EXTENSIONS.has(ext)) {
    return parseJsonArticles(Buffer.from(file.bytes).toString("utf8"), label).map((entry) =>
      "error" in entry
        ? entry
        : {
            label: entry.label,
            article: { ...entry.submission, publishedAt: entry.submission.publishedAt ?? fields.publishedAt ?? null, outlet: entry.submission.outlet ?? fields.outlet ?? null },
          },
    );
  }
  return [{ label, file, fields }];
}

/** Uploaded files (and the contents of uploaded .zip archives) as import entries, in the order given. */
export function expandUploadedFiles(files: UploadedFile[], fields: DocumentFields, limits = ARCHIVE_LIMITS): ImportEntry[] {
  const entries: ImportEntry[] = [];
  for (const file of files) {
    if (file.bytes.byteLength === 0) entries.push({ label: file.name, error: `${file.name} is empty` });
    else if (path.extname(file.name).toLowerCase() === ".zip") entries.push(...expandArchive(file, fields, limits));
    else if (file.bytes.byteLength > limits.fileBytes) entries.push({ label: file.name, error: `${file.name} is larger than ${toMb(limits.fileBytes)}` });
    else entries.push(...expandFile(file, file.name, fields));
  }
  return entries;
}

/**
 * A .zip archive's files, unpacked as a stream with a running count: an archive that claims small sizes but
 * inflates to gigabytes is stopped at the limits rather than trusted.
 */
export function expandArchive(archive: UploadedFile, fields: DocumentFields, limits = ARCHIVE_LIMITS): ImportEntry[] {
  const slots: (() => ImportEntry[])[] = [];
  let unpacked = 0;
  let tooBig = false;
  let tooMany = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    const label = `${archive.name}/${file.name}`;
    const base = path.basename(file.name);
    // Folders, hidden files and macOS resource forks are not articles.
    if (tooBig || tooMany || file.name.endsWith("/") || base.startsWith(".") || file.name.startsWith("__MACOSX/")) return;
    if (slots.length >= limits.archiveEntries) {
      tooMany = true;
      return;
    }
    const ext = path.extname(base).toLowerCase();
    if (!JSON_EXTENSIONS.has(ext) && !DOCUMENT_EXTENSIONS.has(ext)) {
      slots.push(() => [{ label, error: `${base} is not an article file (.txt, .md, .html, .pdf, .docx, .json or .jsonl)` }]);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let outcome: ImportEntry[] | null = null;
    slots.push(() => outcome ?? [{ label, error: `${base} is cut short in the archive` }]);
    file.ondata = (error, chunk, final) => {
      if (outcome) return;
      if (error) {
        outcome = [{ label, error: `${base} could not be unpacked from ${archive.name}` }];
        return;
      }
      size += chunk.byteLength;
      unpacked += chunk.byteLength;
      // fflate catches what a handler throws, so the limit is raised after the push.
      if (unpacked > limits.archiveBytes) {
        tooBig = true;
        outcome = [];
        file.terminate();
        return;
      }
      if (size > limits.fileBytes) {
        outcome = [{ label, error: `${base} is larger than ${toMb(limits.fileBytes)}` }];
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      const bytes = Buffer.concat(chunks);
      outcome = bytes.byteLength ? expandFile({ name: base, type: "", bytes: new Uint8Array(bytes) }, label, fields) : [{ label, error: `${base} is empty` }];
    };
    try {
      file.start();
    } catch {
      outcome = [{ label, error: `${base} is packed with a compression method Dyad cannot read` }];
    }
  };
  try {
    unzip.push(archive.bytes, true);
  } catch {
    return [{ label: archive.name, error: `${archive.name} is not a readable .zip archive` }];
  }
  if (tooMany) throw new AppError("payload_too_large", `${archive.name} holds more than ${limits.archiveEntries.toLocaleString("en")} files; split it or use dyad ingest`);
  if (tooBig) throw new AppError("payload_too_large", `${archive.name} unpacks to more than ${toMb(limits.archiveBytes)}; split it or use dyad ingest`);
  const entries = slots.flatMap((slot) => slot());
  return entries.length ? entries : [{ label: archive.name, error: `${archive.name} holds no article files` }];
}
