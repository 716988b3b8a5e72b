/**
 * The big-archive part of `npm run bench`: a throwaway embedded PostgreSQL, migrated, filled by generate.ts
 * (1,000,000 events, 200,000 articles, 5,000 people by default), then
 * 1. the API and the server render through the production server, against the SQL floor (api.ts);
 * 2. TimelineJS and Dyad's `/` in Chromium (timeline.ts);
 * 3. ingest throughput on top of the archive (ingest.ts);
 * all printed as JSON lines. The database is removed at the end, also when interrupted.
 *
 * Environment:
 * - BENCH_EVENTS, BENCH_BIG_ARTICLES, BENCH_PEOPLE, BENCH_SEED: sizes and seed of the archive;
 * - BENCH_BUDGET_MS: time per measured API loop (default 8000; each loop still makes 3-5 timed runs);
 * - BENCH_BROWSER_RUNS: cold page loads per page (default 3);
 * - BENCH_INGEST_BIG, BENCH_INGEST_SECONDS: articles ingested (default 200) and the time limit (default 60 s);
 * - BENCH_SKIP=api,browser,ingest: parts to leave out;
 * - BENCH_ARCHIVE_URL: measure an archive generated before (generate.ts) instead of a new one, and keep it;
 * - BENCH_OUT: where the EXPLAIN plans go (default test-results/bench);
 * - BENCH_EXTRA_SQL=FILE: SQL applied after generating (statement by statement, then ANALYZE), to measure a "what if"
 *   such as an index before writing it as a migration.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { migrateDatabase } from "../../lib/db/migrate";
import { benchApi } from "./api";
import { DEFAULT_SIZES, generateArchive } from "./generate";
import { benchIngestOnArchive } from "./ingest";
import { note, onInterrupt, print } from "./stats";
import { benchTimelineComparison } from "./timeline";

const envNumber = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

async function printEnvironment(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'max_parallel_workers_per_gather', 'random_page_cost')`,
  );
  await client.end();
  const settings = Object.fromEntries(rows.map((r) => [r.name, r.unit ? `${r.setting} x ${r.unit}` : r.setting]));
  print({ metric: "bench_environment", cpus: os.cpus().length, load_avg_1m: Number(os.loadavg()[0].toFixed(2)), memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: settings });
}

/** Each statement on its own (CREATE INDEX may not share a transaction with VACUUM), timed; then statistics. */
async function applyExtraSql(url: string, file: string): Promise<void> {
  const statements = readFileSync(file, "utf8")
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  try {
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const sql of statements) {
      const started = performance.now();
      await client.query(sql);
      note(`extra SQL: ${sql.replace(/\s+/g, " ").slice(0, 100)} (${Math.round(performance.now() - started)} ms)`);
    }
    await client.query("VACUUM (ANALYZE) event, event_participant, event_source, person_alias");
  } finally {
    await client.end();
  }
  print({ metric: "extra_sql", file: path.basename(file), statements: statements.length, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) });
}

export async function benchBigArchive(root: string): Promise<void> {
  const sizes = {
    events: envNumber("BENCH_EVENTS", DEFAULT_SIZES.events),
    articles: envNumber("BENCH_BIG_ARTICLES", DEFAULT_SIZES.articles),
    people: envNumber("BENCH_PEOPLE", DEFAULT_SIZES.people),
    seed: envNumber("BENCH_SEED", DEFAULT_SIZES.seed),
  };
  const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()));
  const outDir = path.resolve(process.env.BENCH_OUT ?? path.join(root, "test-results", "bench"));
  mkdirSync(outDir, { recursive: true });
  const database = await openArchiveDatabase();
  const unregister = onInterrupt(database.cleanup);
  try {
    await migrateDatabase(database.url, { dir: path.join(root, "prisma", "migrations") });
    if (database.kept) {
      note(`measuring the archive already at BENCH_ARCHIVE_URL (not generated, not removed)`);
    } else {
      note(`generating ${sizes.events} events, ${sizes.articles} articles, ${sizes.people} people (seed ${sizes.seed}) in ${database.dir}`);
      const generated = await generateArchive(database.url, { ...sizes, log: note });
      print({ metric: "generate_archive", ...sizes, seconds: generated.seconds, database_mb: generated.databaseMb, rows: generated.counts, fingerprint: generated.fingerprint, steps_ms: generated.steps });
    }
    if (process.env.BENCH_EXTRA_SQL) await applyExtraSql(database.url, path.resolve(process.env.BENCH_EXTRA_SQL));
    await printEnvironment(database.url);
    if (!skip.has("api")) {
      await benchApi({ root, databaseUrl: database.url, outDir, budgetMs: envNumber("BENCH_BUDGET_MS", 8_000), events: sizes.events });
    }
    if (!skip.has("browser")) await benchTimelineComparison({ root, databaseUrl: database.url, runs: envNumber("BENCH_BROWSER_RUNS", 3) });
    if (!skip.has("ingest")) {
      await benchIngestOnArchive({ databaseUrl: database.url, articles: envNumber("BENCH_INGEST_BIG", 200), maxSeconds: envNumber("BENCH_INGEST_SECONDS", 60), explainFile: path.join(outDir, "explain-ingest.txt"), events: sizes.events });
    }
  } finally {
    unregister();
    await database.cleanup();
  }
}

/**
 * A throwaway embedded server for a new archive; or, with BENCH_ARCHIVE_URL, an archive generated before (by
 * generate.ts), measured as it is and kept: for trying a change against the same archive without waiting for it.
 */
async function openArchiveDatabase(): Promise<{ url: string; dir: string | null; kept: boolean; cleanup: () => Promise<void> }> {
  if (process.env.BENCH_ARCHIVE_URL) return { url: process.env.BENCH_ARCHIVE_URL, dir: null, kept: true, cleanup: async () => {} };
  const dir = mkdtempSync(path.join(os.tmpdir(), "dyad-bench-big-"));
  const database = await startEmbeddedDatabase({ dir, port: 0 });
  return {
    url: database.url,
    dir,
    kept: false,
    cleanup: async () => {
      await database.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1]?.endsWith("scripts/bench/big.ts")) {
  await benchBigArchive(path.resolve(import.meta.dirname, "..", ".."));
}
