/**
 * The paths given to `dyad ingest` as a stream of import entries, for batches too big to hold in memory: JSON
 * lines are read line by line, documents are passed on as bytes and read by the worker.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseJsonArticles, parseJsonLine, type JsonArticleEntry } from "../articles/json-articles";
import { MAX_FILE_BYTES } from "../articles/schema";
import type { ImportEntry } from "../imports/entries";
import { listInputFiles, type DocumentFlags } from "./read-articles";

function toEntry(entry: JsonArticleEntry): ImportEntry {
  return "error" in entry ? entry : { label: entry.label, article: entry.submission };
}

export async function* readImportEntries(paths: string[], flags: DocumentFlags): AsyncGenerator<ImportEntry> {
  const { files, errors } = listInputFiles(paths);
  for (const error of errors) yield toEntry(error);
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    try {
      if (ext === ".jsonl" || ext === ".ndjson") {
        let n = 0;
        for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
          n++;
          if (line.trim()) yield toEntry(parseJsonLine(line, `${file}:${n}`));
        }
        if (n === 0) yield { label: file, error: "empty file" };
        continue;
      }
      if (ext === ".json") {
        for (const entry of parseJsonArticles(readFileSync(file, "utf8"), file)) yield toEntry(entry);
        continue;
      }
      if (statSync(file).size > MAX_FILE_BYTES) {
        yield { label: file, error: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
        continue;
      }
      if (!flags.published) {
        yield { label: file, error: "a document needs --published YYYY-MM-DD (its publication date)" };
        continue;
      }
      const bytes = new Uint8Array(readFileSync(file));
      yield { label: file, file: { name: path.basename(file), type: "", bytes }, fields: { title: flags.title, publishedAt: flags.published, url: flags.url, outlet: flags.outlet } };
    } catch (error) {
      yield { label: file, error: `could not read: ${(error as Error).message}` };
    }
  }
}
