/**
 * Bulk imports from the command line: `dyad ingest` on big inputs (or with --queue) queues a batch and shows its
 * progress, running a worker itself when none is running; `dyad import status|list`; `dyad worker`.
 */
import os from "node:os";
import { createDb } from "../db/client";
import { AppError } from "../errors";
import { openImport } from "../imports/create-import";
import type { ImportEntry } from "../imports/entries";
import { closeImportQueue, openImportQueue } from "../imports/queue";
import { findImportBatch, getImportBatch, listImportBatches } from "../imports/repo";
import type { ImportBatchDetail, ImportBatchView } from "../imports/types";
import { isImportWorkerRunning, isReadersFirst, startImportWorker, yieldCpuToReaders, type ImportWorker } from "../imports/worker";
import { openDatabase } from "./database";
import { createRateMeter, formatProgress } from "./progress";
import type { DocumentFlags } from "./read-articles";
import { readImportEntries } from "./read-import-entries";

const CHUNK = 500;
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops on the first Ctrl-C (or SIGTERM) instead of dying: the batch is left in a state a worker can resume. */
function watchInterrupt(): { readonly interrupted: boolean; dispose(): void } {
  const state = { interrupted: false };
  const onSignal = () => {
    state.interrupted = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get interrupted() {
      return state.interrupted;
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

export interface QueuedIngestFlags extends DocumentFlags {
  publish?: boolean;
  detach?: boolean;
}

export async function queuedIngest(paths: string[], flags: QueuedIngestFlags): Promise<number> {
  const db = await openDatabase(log);
  const prisma = createDb(db.url);
  const queue = await openImportQueue(db.url, { role: "producer", onError: (error) => log(`import queue: ${error.message}`) });
  const interrupt = watchInterrupt();
  let worker: ImportWorker | null = null;
  const ensureWorker = async () => {
    if (!worker && !flags.detach && !(await isImportWorkerRunning(db.url))) worker = await startImportWorker({ url: db.url, log: () => {} });
  };
  try {
    const writer = await openImport(prisma, queue, { createdBy: `cli:${os.userInfo().username}`, source: "cli", sourceNames: paths, publish: Boolean(flags.publish) });
    await ensureWorker();
    const progress = flags.detach ? null : startProgressLine(prisma, writer.id);
    let chunk: ImportEntry[] = [];
    let readAll = true;
    for await (const entry of readImportEntries(paths, flags)) {
      chunk.push(entry);
      if (chunk.length >= CHUNK) {
        await writer.add(chunk);
        chunk = [];
      }
      if (interrupt.interrupted) {
        readAll = false;
        break;
      }
    }
    await writer.add(chunk);
    await writer.seal();
    if (flags.detach) {
      const running = await isImportWorkerRunning(db.url);
      log(`import ${writer.id} is queued${running ? "" : "; no worker is running: start one with dyad worker (or dyad serve)"}. Follow it with: dyad import status ${writer.id}`);
      process.stdout.write(`${writer.id}\n`);
      return 0;
    }
    let batch: ImportBatchView | null = null;
    let checked = Date.now();
    while (!interrupt.interrupted) {
      batch = await findImportBatch(prisma, writer.id);
      if (!batch || batch.state === "finished") break;
      // The server's worker may stop meanwhile; then this command finishes the job itself.
      if (Date.now() - checked > 10_000) {
        checked = Date.now();
        await ensureWorker();
      }
      await sleep(250);
    }
    await progress?.stop();
    if (interrupt.interrupted) {
      await (worker as ImportWorker | null)?.stop();
      worker = null;
      const now = await findImportBatch(prisma, writer.id);
      const partial = readAll ? "" : " (reading stopped: the batch holds the items read so far)";
      log(`stopped: import ${writer.id} has ${now ? now.done + now.failed : "?"}/${now?.total ?? "?"} processed${partial}; the rest is imported when a worker runs (dyad worker, or dyad serve). See: dyad import status ${writer.id}`);
      return 130;
    }
    const detail = await getImportBatch(prisma, writer.id);
    printFailures(detail);
    process.stdout.write(`${detail.outcomes.added} added, ${detail.outcomes.newVersion} new versions, ${detail.outcomes.duplicate} duplicates, ${detail.failed} failed\n`);
    return detail.failed ? 1 : 0;
  } finally {
    interrupt.dispose();
    await (worker as ImportWorker | null)?.stop();
    await closeImportQueue(queue).catch(() => {});
    await prisma.$disconnect();
    await db.stop();
  }
}

/** Redraws the progress line on stderr (in place on a terminal, every 10 s otherwise) until stopped. */
function startProgressLine(prisma: ReturnType<typeof createDb>, batchId: number) {
  const tty = Boolean(process.stderr.isTTY);
  const rate = createRateMeter();
  let last = "";
  let lastPrinted = 0;
  let timer: NodeJS.Timeout | null = null;
  const draw = async (final = false) => {
    const batch = await findImportBatch(prisma, batchId).catch(() => null);
    if (!batch) return;
    const line = formatProgress({ batch, rate: rate(batch.done + batch.failed) });
    if (tty) process.stderr.write(`\r${line}\x1b[K${final ? "\n" : ""}`);
    else if (final || (line !== last && Date.now() - lastPrinted > 10_000)) {
      process.stderr.write(`${line}\n`);
      lastPrinted = Date.now();
    }
    last = line;
  };
  const tick = async () => {
    await draw();
    timer = setTimeout(tick, 500);
  };
  void tick();
  return {
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await draw(true);
    },
  };
}

function printFailures(detail: ImportBatchDetail) {
  for (const f of detail.failures) process.stdout.write(`failed     ${f.label}: ${f.reason}\n`);
  const more = detail.failed - detail.failures.length;
  if (more > 0) process.stdout.write(`... and ${more} more failures: dyad import status ${detail.id} --format json\n`);
}

function parseBatchId(raw: string | undefined): number {
  if (!raw || !/^\d{1,9}$/.test(raw)) throw new AppError("bad_request", "give the import's number (see dyad import list)");
  return Number(raw);
}

function describe(batch: ImportBatchView): string {
  const state = batch.state === "adding" ? "still receiving items" : batch.state;
  return `import ${batch.id}: ${state}, ${batch.done + batch.failed}/${batch.total} processed (${batch.done} stored, ${batch.failed} failed)`;
}

export async function importCommand(positionals: string[], flags: { format?: string; limit?: string }): Promise<number> {
  const [action, id] = positionals;
  if (action !== "status" && action !== "list") throw new AppError("bad_request", "use dyad import status ID, or dyad import list");
  const format = flags.format ?? "text";
  if (format !== "text" && format !== "json") throw new AppError("bad_request", "--format is text or json");
  const limit = Number(flags.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new AppError("bad_request", "--limit is a number from 1 to 1000");
  const batchId = action === "status" ? parseBatchId(id) : 0;
  const db = await openDatabase(log);
  const prisma = createDb(db.url);
  try {
    if (action === "status") {
      const detail = await getImportBatch(prisma, batchId);
      if (format === "json") {
        process.stdout.write(`${JSON.stringify(detail, null, 2)}\n`);
        return 0;
      }
      process.stdout.write(`${describe(detail)}\n`);
      process.stdout.write(`  by ${detail.createdBy} (${detail.source}) at ${detail.createdAt}${detail.finishedAt ? `, finished at ${detail.finishedAt}` : ""}\n`);
      process.stdout.write(`  from ${detail.sourceNames.join(", ") || "-"}\n`);
      process.stdout.write(`  ${detail.outcomes.added} added, ${detail.outcomes.newVersion} new versions, ${detail.outcomes.duplicate} duplicates\n`);
      printFailures(detail);
      return 0;
    }
    const batches = await listImportBatches(prisma, { limit });
    if (format === "json") process.stdout.write(`${JSON.stringify(batches, null, 2)}\n`);
    else if (!batches.length) process.stdout.write("no imports yet\n");
    else for (const b of batches) process.stdout.write(`${describe(b)}; ${b.createdAt} by ${b.createdBy}; ${b.sourceNames.join(", ")}\n`);
    return 0;
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

/** `dyad worker`: imports queued batches until Ctrl-C, which lets the item in hand finish first. */
export async function workerCommand(): Promise<number> {
  const db = await openDatabase(log);
  const stopped = new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  // After the database is up (an embedded one started here keeps its priority).
  yieldCpuToReaders();
  const worker = await startImportWorker({ url: db.url, log: (line) => log(`[dyad worker] ${line}`), readersFirst: isReadersFirst() });
  log(`[dyad worker] waiting for imports (${db.embedded ? "embedded database" : "DATABASE_URL"}); Ctrl-C stops`);
  await stopped;
  log("[dyad worker] stopping after the item in hand...");
  await worker.stop();
  await db.stop();
  log("[dyad worker] stopped");
  return 0;
}
