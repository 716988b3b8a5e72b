/**
 * `npm run bench`: speed and memory, printed as JSON lines (a benchmark, not a test: nothing here passes or fails).
 * 1. Extraction throughput on one core (scripts/bench-extract.ts, in its own process so its memory is its own).
 * 2. Ingest throughput through the whole ingest service into a throwaway PostgreSQL: one article at a time (the
 *    form, the API), then in batches (`dyad ingest`, the import worker).
 * 3. Event list and meeting-count query times on that database.
 * 4. Readers during a bulk import (scripts/bench/import-load.ts): p95 of GET /api/events and of the server render of
 *    `/` idle and while 2,000 articles import in the background, and the import's throughput. BENCH_IMPORT=0
 *    leaves it out; see import-load.ts for its settings.
 * 5. The big archive (scripts/bench/big.ts): 1,000,000 synthetic events, 200,000 articles and 5,000 people in a
 *    throwaway database; the API and the server render of `/` against the SQL floor, TimelineJS vs Dyad in
 *    Chromium, ingest on top of the archive. BENCH_BIG=0 leaves it out; see big.ts for its settings.
 * BENCH_ARTICLES sets how many articles step 2 ingests (default 400).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { INGEST_BATCH_SIZE, ingestArticle } from "../lib/articles/ingest";
import { createDb } from "../lib/db/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrateDatabase } from "../lib/db/migrate";
import { DEFAULT_FILTERS, parseEventFilters } from "../lib/events/filters";
import { countMeetings, listEvents } from "../lib/events/repo";
import { benchBigArchive } from "./bench/big";
import { benchImportLoad } from "./bench/import-load";
import { buildBenchArticles, ingestBatch, toBatches } from "./bench/ingest";
import { print } from "./bench/stats";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ median_ms: number; p95_ms: number; runs: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median_ms: Number(percentile(samples, 50).toFixed(2)), p95_ms: Number(percentile(samples, 95).toFixed(2)), runs };
}

const extractBench = path.join(root, "scripts", "bench-extract.ts");
if (existsSync(extractBench)) {
  const result = spawnSync(process.execPath, [path.join(root, "bin", "run-ts.mjs"), extractBench], { encoding: "utf8" });
  process.stdout.write(result.stdout);
  if (result.status !== 0) print({ metric: "extract_throughput", error: result.stderr.trim().split("\n").slice(-3).join(" ") });
}

const count = Number(process.env.BENCH_ARTICLES ?? 400);
// Distinct articles (so none is a duplicate) with the demo's realistic text.
const articles = buildBenchArticles(count);

const dir = mkdtempSync(path.join(tmpdir(), "dyad-bench-"));
const server = await startEmbeddedDatabase({ dir, port: 0 });
try {
  await migrateDatabase(server.url);
  const db = createDb(server.url);
  // One at a time, as the form and POST /api/articles do.
  const t0 = performance.now();
  for (const article of articles) await ingestArticle(db, article, { actor: "bench", publish: true });
  const seconds = (performance.now() - t0) / 1000;
  const events = await db.event.count();
  print({ metric: "ingest_throughput", mode: "one at a time (form, API)", articles: count, events, seconds: Number(seconds.toFixed(2)), articles_per_s: Number((count / seconds).toFixed(1)) });
  // In batches, as `dyad ingest` and the import worker do: as many other articles, into the same database.
  const bulk = buildBenchArticles(count, "bench-bulk");
  const t1 = performance.now();
  for (const batch of toBatches(bulk)) await ingestBatch(db, batch, { actor: "bench", publish: true });
  const bulkSeconds = (performance.now() - t1) / 1000;
  print({ metric: "ingest_throughput_bulk", mode: `batches of ${INGEST_BATCH_SIZE} (dyad ingest, import worker)`, articles: count, events: await db.event.count(), seconds: Number(bulkSeconds.toFixed(2)), articles_per_s: Number((count / bulkSeconds).toFixed(1)) });
  print({ metric: "ingest_peak_rss_mb", value: Math.round(process.resourceUsage().maxRSS / 1024) });

  const queries: [string, () => Promise<unknown>][] = [
    ["events_list_default", () => listEvents(db, DEFAULT_FILTERS)],
    ["events_list_filtered", () => listEvents(db, parseEventFilters({ type: "meeting", country: "RU", from: "2023", q: "Pyongyang" }))],
    ["meetings_by_month", () => countMeetings(db, DEFAULT_FILTERS, "month")],
    ["meetings_by_year", () => countMeetings(db, DEFAULT_FILTERS, "year")],
  ];
  for (const [name, work] of queries) print({ metric: name, events, ...(await time(50, work)) });
  await db.$disconnect();
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.BENCH_IMPORT !== "0") await benchImportLoad(root);
if (process.env.BENCH_BIG !== "0") await benchBigArchive(root);
