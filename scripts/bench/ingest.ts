/**
 * Ingest throughput through the whole ingest service (lib/articles/ingest.ts) on top of a big archive: the demo's
 * articles (real DPRK-Russia events of 2018-2025, registry people), made distinct so none is a duplicate. Their
 * events have merge candidates among the archive's events of the same type and dates, which is the point: the
 * candidate query and the merge run against a big table.
 */
import { INGEST_BATCH_SIZE, ingestArticle, ingestArticles, type IngestResult } from "../../lib/articles/ingest";
import { getExtractContext } from "../../lib/articles/extract-context";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { listDemoArticles } from "../../lib/demo/seed";
import { createCapture, type Statement } from "./capture";
import { explainStatements } from "./explain";
import { print, round, summarise } from "./stats";

/** `count` distinct articles with the demo's realistic text (each a copy with its own URL, title and last line). */
export function buildBenchArticles(count: number, tag = "bench") {
  const demo = listDemoArticles();
  return Array.from({ length: count }, (_, i) => {
    const base = demo[i % demo.length];
    return { ...base, url: `https://example.org/${tag}/${i}`, title: `${base.title} (${i})`, text: `${base.text}\n\n${tag} copy ${i}.` };
  });
}

/** The list cut into batches of INGEST_BATCH_SIZE, as `dyad ingest` and the import worker cut theirs. */
export function toBatches<T>(list: T[]): T[][] {
  return Array.from({ length: Math.ceil(list.length / INGEST_BATCH_SIZE) }, (_, i) => list.slice(i * INGEST_BATCH_SIZE, (i + 1) * INGEST_BATCH_SIZE));
}

/** One batch through the ingest service; the bench's and the eval's articles are all valid, so a failure is thrown. */
export async function ingestBatch(db: PrismaClient, inputs: unknown[], options: Parameters<typeof ingestArticles>[2]): Promise<IngestResult[]> {
  const outcomes = await ingestArticles(db, inputs.map((input) => ({ input })), options);
  return outcomes.map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.result;
  });
}

export async function benchIngestOnArchive(options: { databaseUrl: string; articles: number; maxSeconds?: number; explainFile?: string; events?: number }): Promise<void> {
  const capture = createCapture(options.databaseUrl);
  const context = getExtractContext();
  let reads: Statement[] = [];
  try {
    const articles = buildBenchArticles(options.articles, "bench-big");
    // The first article's statements are kept for EXPLAIN (its reads only: EXPLAIN ANALYZE would run the writes).
    const first = await capture.record((db) => ingestArticle(db, articles[0], { actor: "bench", publish: true, context }));
    reads = first.statements.filter((s) => /^\s*select\b/i.test(s.text) && !/pg_advisory/i.test(s.text));
    // One at a time (the form, the API), then as many other articles in batches (`dyad ingest`, the import worker).
    const single = await timeIngest(articles.slice(1).map((a) => [a]), (batch) => ingestArticle(capture.db, batch[0], { actor: "bench", publish: true, context }).then((r) => [r]), options.maxSeconds);
    print({ metric: "ingest_throughput_big", mode: "one at a time (form, API)", ...single, ...(options.events ? { archive_events: options.events } : {}) });
    const bulkArticles = buildBenchArticles(options.articles, "bench-big-bulk");
    const bulk = await timeIngest(toBatches(bulkArticles), (batch) => ingestBatch(capture.db, batch, { actor: "bench", publish: true, context }), options.maxSeconds);
    print({ metric: "ingest_throughput_big_bulk", mode: `batches of ${INGEST_BATCH_SIZE} (dyad ingest, import worker)`, ...bulk, ...(options.events ? { archive_events: options.events } : {}) });
  } finally {
    await capture.close();
  }
  if (options.explainFile && reads.length) {
    await explainStatements(options.databaseUrl, reads.map((statement) => ({ scenario: "ingest", statement })), options.explainFile, 3);
  }
}

/** Ingests the groups in order, at most `maxSeconds` (no new group after it), and sums up: articles/s, latency per group. */
async function timeIngest<T>(groups: T[][], ingest: (group: T[]) => Promise<IngestResult[]>, maxSeconds = 60) {
  const latencies: number[] = [];
  let articles = 0;
  let created = 0;
  let merged = 0;
  const t0 = performance.now();
  const deadline = t0 + maxSeconds * 1000;
  for (const group of groups) {
    if (performance.now() > deadline) break;
    const started = performance.now();
    for (const result of await ingest(group)) {
      merged += result.mergedEventIds.length;
      created += result.events.length - result.mergedEventIds.length;
    }
    latencies.push(performance.now() - started);
    articles += group.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const latency = summarise(latencies);
  return { articles, seconds: round(seconds, 2), articles_per_s: round(articles / seconds, 1), median_ms: latency.median_ms, p95_ms: latency.p95_ms, per: groups[0]?.length === 1 ? "article" : "batch", events_created: created, events_merged: merged };
}
