/**
 * The import worker: takes up to INGEST_BATCH_SIZE items at a time from the queue and ingests them in one
 * transaction. It runs inside `dyad serve` (a different process from the Next server, so readers' requests never
 * wait behind extraction) and as `dyad worker`. One worker on purpose: ingests are serialised by a database lock
 * anyway, and a single worker leaves the second core to readers.
 *
 * Crash recovery, at start: a worker that finds no other worker alive gives back the jobs that were active
 * (their worker is gone), and every worker re-queues the pending items of unfinished batches (job ids are
 * derived from item ids, so items still queued are not queued twice). Items are marked done inside the ingest
 * transaction, so each article is stored and counted exactly once whatever happens.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { z } from "zod";
import { getExtractContext } from "../articles/extract-context";
import { INGEST_BATCH_SIZE } from "../articles/ingest";
import { createDb, type DbOptions } from "../db/client";
import { processImportItems, type ItemResult } from "./process-item";
import { createOthersProbe, waitWhileOthersBusy, type ReadersFirstOptions } from "./readers-first";
import { IMPORT_QUEUE, QUEUE_SCHEMA, closeImportQueue, enqueueImportItems, openImportQueue, toJobId, type ImportQueue } from "./queue";
import { findImportBatch, listPendingItems } from "./repo";
import type { PrismaClient } from "../generated/prisma/client";

// Held (shared) by every live worker for its lifetime; a session lock, so PostgreSQL drops it when a worker dies.
const WORKER_LOCK = 4_224_602;
const SWEEP_EVERY_MS = 60_000;
const PROGRESS_EVERY_MS = 30_000;
/** Items taken from the queue at once and ingested in one transaction (see ingestArticles). */
const ITEMS_PER_TRANSACTION = INGEST_BATCH_SIZE;
/** ...and when readers kept the machine busy through the whole wait: a short batch overlaps fewer requests. */
const ITEMS_WHILE_BUSY = 5;

const jobDataSchema = z.object({ itemId: z.number().int().positive(), batchId: z.number().int().positive() });

export interface ImportWorkerOptions {
  url: string;
  log?: (line: string) => void;
  /** How long to wait before asking again when the queue is empty. */
  idleMs?: number;
  onItem?: (result: ItemResult) => void;
  /**
   * Wait before each batch while other work keeps the machine busy (readers-first.ts): for a worker beside a
   * server (`dyad serve`, `dyad worker`). Off for `dyad ingest`'s own worker and in tests.
   */
  readersFirst?: boolean | ReadersFirstOptions;
}

/** Readers first unless DYAD_IMPORT_READERS_FIRST=0 (imports at full speed whatever else runs). */
export function isReadersFirst(env: Record<string, string | undefined> = process.env): boolean {
  return env.DYAD_IMPORT_READERS_FIRST !== "0";
}

export interface ImportWorker {
  /** Finishes the item in hand, then stops. */
  stop(): Promise<void>;
}

/**
 * Linux's idle scheduling class (SCHED_IDLE) for a process, through util-linux's `chrt`: its threads run only on a
 * core nobody else wants, and a reader's process that wakes up takes the core from them at once. Nice 10 only
 * weighs the shares: a niced worker can keep the core for the rest of its time slice when a reader's process
 * wakes up, and on two cores a reader's request (Next and PostgreSQL) and the import meet all the time.
 * False when not possible (no `chrt`, not Linux, not permitted).
 */
function toIdleScheduling(pid: number, options: { allThreads: boolean }): boolean {
  if (process.platform !== "linux") return false;
  const args = [...(options.allThreads ? ["--all-tasks"] : []), "--idle", "--pid", "0", String(pid)];
  return spawnSync("chrt", args, { stdio: "ignore", timeout: 5_000 }).status === 0;
}

/** Nice 10 where the idle class is not available (on Linux, setPriority reaches the JavaScript thread only). */
function toNice10(pid: number): void {
  try {
    os.setPriority(pid, Math.max(os.getPriority(pid), 10));
  } catch {
    // Not permitted here: the work still runs, at normal priority.
  }
}

/**
 * Makes this process background work, so that on a busy machine readers' requests come first: the idle class for
 * every thread (see toIdleScheduling), else nice 10. Processes spawned earlier (Next, PostgreSQL) keep their
 * priority, but those spawned later inherit it, so call it after them.
 */
export function yieldCpuToReaders(): void {
  if (!toIdleScheduling(process.pid, { allThreads: true })) toNice10(0);
}

/** The PostgreSQL server process behind a pooled connection. */
const backendPidOf = (client: pg.PoolClient): number | null => (client as unknown as { processID?: number | null }).processID ?? null;

/**
 * The same for the PostgreSQL server process that does this worker's queries, when it runs on this machine (the
 * embedded database): an import's database work is background work too. A server elsewhere is left alone.
 * `idleClass: false` keeps to nice 10, which still gets a share of a machine that other work keeps busy (for
 * `dyad ingest`'s own worker, which nobody reads beside).
 */
export function yieldDatabaseCpuToReaders(url: string, options: { idleClass: boolean } = { idleClass: true }): DbOptions["onConnect"] {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) return undefined;
  return (client) => {
    const pid = backendPidOf(client);
    try {
      // Only a PostgreSQL process of this machine: the id is checked against what runs here.
      if (!pid || readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") return;
    } catch {
      return; // not Linux
    }
    if (!options.idleClass || !toIdleScheduling(pid, { allThreads: false })) toNice10(pid);
  };
}

/** Whether a worker (in `dyad serve`, `dyad worker` or another `dyad ingest`) is running against this database. */
export async function isImportWorkerRunning(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ free: boolean }>("SELECT pg_try_advisory_lock($1) AS free", [WORKER_LOCK]);
    if (rows[0].free) await client.query("SELECT pg_advisory_unlock($1)", [WORKER_LOCK]);
    return !rows[0].free;
  } finally {
    await client.end();
  }
}

/** Queues the pending items of unfinished batches again; those still queued are skipped, failed-out jobs are revived. */
export async function requeuePendingItems(db: PrismaClient, boss: ImportQueue): Promise<number> {
  let afterId = 0;
  let count = 0;
  for (;;) {
    const items = await listPendingItems(db, { afterId, limit: 1000 });
    if (!items.length) return count;
    const byBatch = new Map<number, number[]>();
    for (const item of items) {
      const ids = byBatch.get(item.batchId) ?? [];
      ids.push(item.id);
      byBatch.set(item.batchId, ids);
    }
    for (const [batchId, ids] of byBatch) {
      const batch = await findImportBatch(db, batchId);
      await enqueueImportItems(boss, batchId, ids, { batchTotal: batch?.total ?? ids.length });
      // A job that used up its retries while its item stayed pending (the failure could not be recorded).
      await boss.retry(IMPORT_QUEUE, ids.map((id) => toJobId(batchId, id)));
    }
    count += items.length;
    afterId = items[items.length - 1].id;
  }
}

export async function startImportWorker(options: ImportWorkerOptions): Promise<ImportWorker> {
  const log = options.log ?? (() => {});
  const idleMs = options.idleMs ?? 1000;
  // The PostgreSQL processes serving this worker: its own work, not readers' (readers-first.ts).
  const backendPids = new Set<number>();
  const yieldBackend = yieldDatabaseCpuToReaders(options.url, { idleClass: Boolean(options.readersFirst) });
  const db = createDb(options.url, {
    onConnect: (client) => {
      const pid = backendPidOf(client);
      if (pid) backendPids.add(pid);
      yieldBackend?.(client);
    },
  });
  const boss = await openImportQueue(options.url, { role: "worker", onError: (error) => log(`import queue: ${error.message}`) });

  const presence = new pg.Client({ connectionString: options.url, application_name: "dyad-import-worker" });
  presence.on("error", (error) => log(`import worker connection: ${error.message}`));
  await presence.connect();
  const { rows } = await presence.query<{ sole: boolean }>("SELECT pg_try_advisory_lock($1) AS sole", [WORKER_LOCK]);
  await presence.query("SELECT pg_advisory_lock_shared($1)", [WORKER_LOCK]);
  if (rows[0].sole) {
    // No other worker is alive, so a job marked active lost its worker: give it back now rather than when it expires.
    const active = await presence.query<{ id: string }>(`SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'active'`, [IMPORT_QUEUE]);
    if (active.rows.length) {
      for (const { id } of active.rows) await boss.fail(IMPORT_QUEUE, id, { message: "the worker stopped while importing it" });
      log(`resuming ${active.rows.length} import item(s) that a stopped worker had in hand`);
    }
    await presence.query("SELECT pg_advisory_unlock($1)", [WORKER_LOCK]);
  }
  const requeued = await requeuePendingItems(db, boss);
  if (requeued) log(`import queue: ${requeued} pending item(s) in unfinished batches`);

  const context = getExtractContext();
  let stopping = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const reportProgress = async (batchId: number, finished: boolean) => {
    const batch = await findImportBatch(db, batchId);
    if (!batch) return;
    const seconds = ((Date.parse(batch.finishedAt ?? new Date().toISOString()) - Date.parse(batch.startedAt ?? batch.createdAt)) / 1000).toFixed(0);
    log(`import ${batch.id}: ${batch.done + batch.failed}/${batch.total} processed, ${batch.failed} failed${finished ? `, finished in ${seconds} s` : ""}`);
  };

  const readersFirst = options.readersFirst ? (options.readersFirst === true ? {} : options.readersFirst) : null;
  const othersProbe = readersFirst ? createOthersProbe(() => backendPids) : null;

  const loop = async () => {
    let lastSweep = Date.now();
    let lastProgress = Date.now();
    while (!stopping) {
      const wait = othersProbe ? await waitWhileOthersBusy(othersProbe, { ...readersFirst, sleep: (ms) => (stopping ? Promise.resolve() : sleep(ms)) }) : { busy: false };
      if (stopping) break;
      const jobs = await boss.fetch<unknown>(IMPORT_QUEUE, { batchSize: wait.busy ? ITEMS_WHILE_BUSY : ITEMS_PER_TRANSACTION, includeMetadata: true });
      if (!jobs.length) {
        if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
          lastSweep = Date.now();
          await requeuePendingItems(db, boss).catch((error) => log(`import queue: ${(error as Error).message}`));
        }
        await sleep(idleMs);
        continue;
      }
      const work = jobs.flatMap((job) => {
        const data = jobDataSchema.safeParse(job.data);
        return data.success ? [{ job, itemId: data.data.itemId, lastAttempt: job.retryCount >= job.retryLimit }] : [];
      });
      for (const stray of jobs.filter((job) => !work.some((w) => w.job === job))) {
        await boss.fail(IMPORT_QUEUE, stray.id, { message: "not an import item" }).catch(() => {});
      }
      if (!work.length) continue;
      try {
        const results = await processImportItems(db, work, { context });
        const retry = work.filter((_, i) => results[i].status === "retry");
        for (const [i, w] of work.entries()) {
          if (results[i].status !== "retry") continue;
          log(`import item ${w.itemId}: ${results[i].error} (retried later)`);
          await boss.fail(IMPORT_QUEUE, w.job.id, { message: results[i].error ?? "" }).catch(() => {});
        }
        await boss.complete(IMPORT_QUEUE, work.filter((_, i) => results[i].status !== "retry").map((w) => w.job.id));
        for (const result of results) if (result.status !== "retry") options.onItem?.(result);
        const finished = results.find((r) => r.finished);
        if (finished?.batchId || Date.now() - lastProgress > PROGRESS_EVERY_MS) {
          lastProgress = Date.now();
          const batchId = finished?.batchId ?? results.find((r) => r.batchId)?.batchId;
          if (batchId) await reportProgress(batchId, Boolean(finished));
        }
        if (retry.length) await sleep(1000);
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        log(`import items ${work.map((w) => w.itemId).join(", ")}: ${message} (retried later)`);
        for (const w of work) await boss.fail(IMPORT_QUEUE, w.job.id, { message }).catch(() => {});
        await sleep(1000);
      }
    }
  };
  const running = loop().catch((error) => log(`import worker stopped: ${(error as Error).message}`));

  return {
    async stop() {
      stopping = true;
      wake?.();
      await running;
      await closeImportQueue(boss).catch(() => {});
      await presence.end().catch(() => {});
      await db.$disconnect();
    },
  };
}
