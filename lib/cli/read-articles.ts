/**
 * Turns the paths given to `dyad ingest` / `dyad extract` into article submissions: JSON articles (one object,
 * an array, or JSON lines), documents (.txt .md .html .pdf .docx, with --published/--title/--url), and
 * folders of them. A file that cannot be read becomes an error entry; it never stops the others.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import { parseUpload } from "../articles/parse-upload";
import { parseJsonArticles, type JsonArticleEntry } from "../articles/json-articles";
import { DOCUMENT_EXTENSIONS, JSON_EXTENSIONS } from "../imports/entries";

export { parseJsonArticles };

export interface DocumentFlags {
  published?: string;
  title?: string;
  url?: string;
  outlet?: string;
}

export type ReadEntry = JsonArticleEntry;


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
