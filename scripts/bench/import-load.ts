/**
 * "Readers see no slowdown while a bulk import runs": the production server on a throwaway database with the demo
 * data, and readers' requests (GET /api/events and the server render of `/`, one at a time, alternately) timed
 * idle, then while a batch of generated articles imports (the worker in its own process, as in `dyad serve`).
 * During the import the worker is paused 5 s out of every 15 (SIGSTOP): the samples taken then are the idle
 * baseline under the same machine load, which on a shared machine drifts more than the effect measured. Plus the
 * import's throughput through queue, worker and the whole ingest service. JSON lines; the database is removed.
 *
 *   node bin/run-ts.mjs scripts/bench/import-load.ts
 *
 * Then the import goes on for a while with nobody reading: its own pace.
 *
 * Environment: BENCH_IMPORT_ARTICLES (default 2000), BENCH_IMPORT_SECONDS (how long readers are timed during the
 * import, default 150, or until it ends), BENCH_IMPORT_QUIET_SECONDS (the import alone afterwards, default 30),
 * BENCH_IMPORT_IDLE_RUNS (requests of each kind before the import, default 60). The defaults keep the whole
 * `npm run bench` under 15 minutes on the 2-core machine (ten pause cycles of 15 s are enough for medians and p95);
 * BENCH_IMPORT_SECONDS=600 BENCH_IMPORT_QUIET_SECONDS=60 is the longer window (the defaults until 2026-12-06).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { migrateDatabase } from "../../lib/db/migrate";
import { seedDemo } from "../../lib/demo/seed";
import { createImport } from "../../lib/imports/create-import";
import { closeImportQueue, openImportQueue } from "../../lib/imports/queue";
import { procCpuClock } from "../../lib/imports/readers-first";
import { findImportBatch } from "../../lib/imports/repo";
import { syncRegistry } from "../../lib/people/repo";
import { COUNTRIES, REGISTRY_PEOPLE } from "../../lib/people/registry-data";
import { closeHttpConnections, httpGet } from "./http-get";
import { buildBenchArticles } from "./ingest";
import { ensureBuild, startNextServer } from "./server";
import { note, onInterrupt, print, round, summarise } from "./stats";

const envNumber = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const REQUESTS = [
  { name: "GET /api/events", path: "/api/events" },
  { name: "server render of /", path: "/" },
] as const;

/** CPU seconds (user + system) a process has used so far (Linux; null elsewhere). */
function cpuSeconds(pid: number): number | null {
  const ticks = procCpuClock.processTicks(pid);
  return ticks === null ? null : ticks / procCpuClock.ticksPerSecond;
}

const RUN_MS = 10_000;
const PAUSE_MS = 5_000;

type Samples = Record<(typeof REQUESTS)[number]["name"], number[]>;

const emptySamples = (): Samples => ({ "GET /api/events": [], "server render of /": [] });

/**
 * Readers' requests, one at a time, alternating, until `done()` says stop. `bucket()` names where a sample goes
 * (a request that starts in one bucket and ends in another is dropped).
 */
async function sampleReaders(server: { baseUrl: string; authHeaders: Record<string, string> }, done: (rounds: number) => boolean, bucket: () => string = () => "all"): Promise<Map<string, Samples>> {
  const buckets = new Map<string, Samples>();
  for (let round = 0; !done(round); round++) {
    for (const request of REQUESTS) {
      const at = bucket();
      const t0 = performance.now();
      const { status } = await httpGet(`${server.baseUrl}${request.path}`, server.authHeaders);
      if (status !== 200) throw new Error(`${request.path}: HTTP ${status}`);
      if (bucket() !== at) continue;
      if (!buckets.has(at)) buckets.set(at, emptySamples());
      buckets.get(at)![request.name].push(performance.now() - t0);
    }
  }
  return buckets;
}

function printPhase(phase: string, samples: Samples) {
  for (const request of REQUESTS) print({ metric: "import_load", phase, request: request.name, ...summarise(samples[request.name]) });
}

export async function benchImportLoad(root: string): Promise<void> {
  const articles = envNumber("BENCH_IMPORT_ARTICLES", 2000);
  const maxSeconds = envNumber("BENCH_IMPORT_SECONDS", 150);
  const idleRuns = envNumber("BENCH_IMPORT_IDLE_RUNS", 60);
  const quietSeconds = envNumber("BENCH_IMPORT_QUIET_SECONDS", 30);
  const build = ensureBuild(root);
  if (build.built) print({ metric: "next_build", seconds: round(build.seconds) });
  const dir = mkdtempSync(path.join(os.tmpdir(), "dyad-bench-import-"));
  const database = await startEmbeddedDatabase({ dir, port: 0 });
  let stopWorker = async () => {};
  const cleanup = async () => {
    await stopWorker();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const unregister = onInterrupt(cleanup);
  const db = createDb(database.url);
  try {
    await migrateDatabase(database.url, { dir: path.join(root, "prisma", "migrations") });
    await syncRegistry(db, REGISTRY_PEOPLE, COUNTRIES);
    await seedDemo(db);
    const server = await startNextServer({ root, databaseUrl: database.url });
    try {
      note(`readers idle: ${idleRuns} requests of each kind`);
      await sampleReaders(server, (r) => r >= 5);
      printPhase("idle_before", (await sampleReaders(server, (r) => r >= idleRuns)).get("all")!);

      /** A batch through a worker process (as `dyad serve` runs it), with readers sampled meanwhile or not. */
      const runImport = async (count: number, tag: string) => {
        const queue = await openImportQueue(database.url, { role: "producer" });
        const entries = buildBenchArticles(count, tag).map((article, i) => ({ label: `${tag}.jsonl:${i + 1}`, article }));
        const batch = await createImport(db, queue, { createdBy: "bench", source: "cli", sourceNames: [`${tag}.jsonl`], publish: true, entries });
        await closeImportQueue(queue);
        const worker = spawn(process.execPath, [path.join(root, "bin", "dyad.mjs"), "worker"], { cwd: root, env: { ...process.env, DATABASE_URL: database.url }, stdio: "ignore" });
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        stopWorker = async () => {
          if (worker.exitCode !== null || worker.signalCode !== null) return;
          worker.kill("SIGINT");
          await exited;
        };
        const deadline = Date.now() + maxSeconds * 1000;
        let finished = false;
        let started = false;
        let lastCheck = 0;
        const isDone = () => {
          if (Date.now() > deadline) return true;
          if (Date.now() - lastCheck > 1000) {
            lastCheck = Date.now();
            void findImportBatch(db, batch.id).then((b) => {
              finished = b?.state === "finished";
              started = Boolean(b?.startedAt);
            });
          }
          return finished;
        };
        let pausedMs = 0;
        let samples: Map<string, Samples>;
        {
          // The machine is shared: external load drifts over minutes. So the worker is paused (SIGSTOP) for 5 s out of
          // every 15, and readers' samples taken while it is paused are the idle baseline under the same drift.
          let paused = false;
          let since = Date.now();
          const toggle = setInterval(() => {
            // Pauses start once the worker has stored its first article, so none falls before the measured time.
            if (!started) since = Date.now();
            if (!started || worker.exitCode !== null || Date.now() - since < (paused ? PAUSE_MS : RUN_MS)) return;
            if (paused) pausedMs += Date.now() - since;
            paused = !paused;
            since = Date.now();
            worker.kill(paused ? "SIGSTOP" : "SIGCONT");
          }, 100);
          try {
            // Until the first article is stored the worker is still starting (compiling, connecting): not counted.
            samples = await sampleReaders(server, isDone, () => (!started ? "starting" : paused ? "worker_paused" : "importing"));
          } finally {
            clearInterval(toggle);
            if (paused) {
              pausedMs += Date.now() - since;
              worker.kill("SIGCONT");
            }
          }
        }
        const result = (await findImportBatch(db, batch.id))!;
        const workerCpu = worker.pid ? cpuSeconds(worker.pid) : null;
        const processed = result.done + result.failed;
        // Time the worker was running (the pauses above taken out).
        const seconds = ((result.finishedAt ? Date.parse(result.finishedAt) : Date.now()) - Date.parse(result.startedAt ?? result.createdAt) - pausedMs) / 1000;
        for (const phase of ["worker_paused", "importing"]) if (samples.get(phase)) printPhase(phase, samples.get(phase)!);
        print({
          metric: "import_throughput",
          readers: "asking all the time",
          articles: result.total,
          processed,
          failed: result.failed,
          finished: result.state === "finished",
          seconds: round(seconds),
          articles_per_s: round(processed / seconds, 1),
          worker_cpu_ms_per_article: workerCpu === null ? null : round((workerCpu * 1000) / Math.max(1, processed), 1),
        });
        // Then the same import goes on with nobody reading: the import's own pace.
        if (result.state !== "finished" && quietSeconds > 0) {
          note(`the import goes on for ${quietSeconds} s with no readers`);
          const t0 = Date.now();
          const until = t0 + quietSeconds * 1000;
          let now = result;
          while (Date.now() < until && now.state !== "finished") {
            await new Promise((resolve) => setTimeout(resolve, 500));
            now = (await findImportBatch(db, batch.id))!;
          }
          const quiet = now.done + now.failed - processed;
          const quietTime = ((now.finishedAt ? Date.parse(now.finishedAt) : Date.now()) - t0) / 1000;
          print({ metric: "import_throughput", readers: "none", processed: quiet, seconds: round(quietTime), articles_per_s: round(quiet / quietTime, 1) });
        }
        await stopWorker();
        print({ metric: "import_load_database", articles: await db.article.count(), events: await db.event.count() });
      };

      note(`importing ${articles} articles while readers keep asking (at most ${maxSeconds} s)`);
      await runImport(articles, "bench-import");
      print({ metric: "import_load_environment", cpus: os.cpus().length, load_avg_1m: round(os.loadavg()[0], 2) });
    } finally {
      closeHttpConnections();
      await server.stop();
    }
  } finally {
    await db.$disconnect();
    unregister();
    await cleanup();
  }
}

if (process.argv[1]?.endsWith("scripts/bench/import-load.ts")) {
  await benchImportLoad(path.resolve(import.meta.dirname, "..", ".."));
}
