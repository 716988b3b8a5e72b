/**
 * The job queue of bulk imports: pg-boss 10 (the last major that runs on Node 20), in its own `pgboss` schema,
 * which it creates and migrates itself on first start. One job per import item; the job's data is only the
 * item's id, the item's content stays in import_item.
 *
 * Job ids are derived from the batch and item ids. Queueing an item twice is therefore harmless (pg-boss skips
 * an id it has), which is what lets a worker re-queue every pending item after a crash without knowing which
 * ones were queued already; and since pg-boss takes jobs in (priority, created, id) order, items run in order.
 */
import PgBoss from "pg-boss";
import { AppError } from "../errors";

export const IMPORT_QUEUE = "dyad-import";
export const QUEUE_SCHEMA = "pgboss";

export type ImportQueue = PgBoss;

export interface ImportJobData {
  itemId: number;
  batchId: number;
}

/** Small batches (an editor's upload) go before the rest of a big one that is already running. */
const SMALL_BATCH = 100;
const INSERT_CHUNK = 1000;

export function toJobId(batchId: number, itemId: number): string {
  const b = batchId.toString(16).padStart(12, "0");
  const i = itemId.toString(16).padStart(12, "0");
  return `${b.slice(0, 8)}-${b.slice(8)}-4000-8000-${i}`;
}

/**
 * A pg-boss instance on `url` with our queue created. A worker also runs pg-boss's maintenance (expiring jobs whose
 * worker vanished, archiving finished ones); a producer (the web app) only inserts jobs.
 */
export async function openImportQueue(url: string, options: { role: "worker" | "producer"; onError?: (error: Error) => void }): Promise<ImportQueue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: `dyad-import-${options.role}`,
    max: options.role === "worker" ? 3 : 2,
    supervise: options.role === "worker",
    schedule: false,
  });
  // pg-boss reports maintenance and connection errors as events; unhandled, an 'error' event would end the process.
  boss.on("error", (error) => options.onError?.(error));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, {
    name: IMPORT_QUEUE,
    // A crash or a lost connection is retried; an article that cannot be ingested is recorded as failed at once.
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: true,
    // A worker that vanished mid-item (killed, machine lost) gives the job back after this long.
    expireInSeconds: 15 * 60,
  });
  return boss;
}

export async function closeImportQueue(boss: ImportQueue): Promise<void> {
  await boss.stop({ graceful: false, close: true });
}

/** Queues items (in chunks); items queued before are skipped by pg-boss. */
export async function enqueueImportItems(boss: ImportQueue, batchId: number, itemIds: number[], options: { batchTotal: number }): Promise<void> {
  const priority = options.batchTotal <= SMALL_BATCH ? 1 : 0;
  for (let i = 0; i < itemIds.length; i += INSERT_CHUNK) {
    const jobs = itemIds.slice(i, i + INSERT_CHUNK).map((itemId) => ({
      id: toJobId(batchId, itemId),
      name: IMPORT_QUEUE,
      data: { itemId, batchId } satisfies ImportJobData,
      priority,
    }));
    await boss.insert(jobs);
  }
}

const globalForQueue = globalThis as unknown as { dyadImportQueue?: Promise<ImportQueue> };

/** The web app's producer on DATABASE_URL (one per process; a failed start is retried by the next call). */
export function getImportQueue(): Promise<ImportQueue> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new AppError("unavailable", "No database configured: start Dyad with `npm start` or `npm run dev`, or set DATABASE_URL.");
  globalForQueue.dyadImportQueue ??= openImportQueue(url, { role: "producer", onError: (error) => console.error("import queue:", error.message) }).catch((error) => {
    globalForQueue.dyadImportQueue = undefined;
    throw error;
  });
  return globalForQueue.dyadImportQueue;
}
