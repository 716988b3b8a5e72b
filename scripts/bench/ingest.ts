/**
 * Ingest throughput through the whole ingest service (lib/articles/ingest.ts) on top of a big archive: the demo's
 * articles (real DPRK-Russia events of 2018-2025, registry people), made distinct so none is a duplicate. Their
 * events have merge candidates among the archive's events of the same type and dates, which is the point: the
 * candidate query and the merge run against a big table.
 */
import { ingestArticle } from "../../lib/articles/ingest";
import { getExtractContext } from "../../lib/articles/extract-context";
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

export async function benchIngestOnArchive(options: { databaseUrl: string; articles: number; maxSeconds?: number; explainFile?: string; events?: number }): Promise<void> {
  const capture = createCapture(options.databaseUrl);
  const context = getExtractContext();
  const articles = buildBenchArticles(options.articles, "bench-big");
  const latencies: number[] = [];
  let created = 0;
  let merged = 0;
  let reads: Statement[] = [];
  try {
    // The first article's statements are kept for EXPLAIN (its reads only: EXPLAIN ANALYZE would run the writes).
    const first = await capture.record((db) => ingestArticle(db, articles[0], { actor: "bench", publish: true, context }));
    reads = first.statements.filter((s) => /^\s*select\b/i.test(s.text) && !/pg_advisory/i.test(s.text));
    const t0 = performance.now();
    // At most `articles`, and no new one after `maxSeconds`: a slow ingest must not eat the benchmark's time.
    const deadline = t0 + (options.maxSeconds ?? 60) * 1000;
    for (const article of articles.slice(1)) {
      if (performance.now() > deadline) break;
      const started = performance.now();
      const result = await ingestArticle(capture.db, article, { actor: "bench", publish: true, context });
      latencies.push(performance.now() - started);
      merged += result.mergedEventIds.length;
      created += result.events.length - result.mergedEventIds.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    const latency = summarise(latencies);
    print({
      metric: "ingest_throughput_big",
      articles: latencies.length,
      seconds: round(seconds, 2),
      articles_per_s: round(latencies.length / seconds, 1),
      median_ms: latency.median_ms,
      p95_ms: latency.p95_ms,
      events_created: created,
      events_merged: merged,
      ...(options.events ? { archive_events: options.events } : {}),
    });
  } finally {
    await capture.close();
  }
  if (options.explainFile && reads.length) {
    await explainStatements(options.databaseUrl, reads.map((statement) => ({ scenario: "ingest", statement })), options.explainFile, 3);
  }
}
