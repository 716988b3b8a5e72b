/**
 * Bulk imports on a real PostgreSQL with the real queue (pg-boss): items go through the ingest service, failures
 * keep their reasons, and a worker that dies mid-batch is resumed with every article stored exactly once.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { AppError } from "../errors";
import { INGEST_BATCH_SIZE } from "../articles/ingest";
import { listDemoArticles } from "../demo/seed";
import { createImport } from "./create-import";
import type { ImportEntry } from "./entries";
import { closeImportQueue, IMPORT_QUEUE, openImportQueue, type ImportQueue } from "./queue";
import { addImportItems, createImportBatch, findImportBatch, getImportBatch, sealImportBatch } from "./repo";
import type { ImportBatchView } from "./types";
import { isImportWorkerRunning, startImportWorker, type ImportWorker } from "./worker";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Distinct articles with the demo's realistic text. */
function articles(count: number, tag: string): ImportEntry[] {
  const demo = listDemoArticles();
  return Array.from({ length: count }, (_, i) => {
    const base = demo[i % demo.length];
    const article = { title: `${base.title} (${tag} ${i})`, text: `${base.text}\n\n${tag} copy ${i}.`, publishedAt: base.publishedAt, url: `https://example.org/${tag}/${i}`, outlet: base.outlet };
    return { label: `${tag}.jsonl:${i + 1}`, article };
  });
}

describe("bulk imports", () => {
  let t: TestDatabase;
  let queue: ImportQueue;
  const workers: ImportWorker[] = [];

  async function waitFor(batchId: number, done: (b: ImportBatchView) => boolean, seconds = 90): Promise<ImportBatchView> {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const batch = (await findImportBatch(t.db, batchId))!;
      if (done(batch)) return batch;
      if (Date.now() > deadline) throw new Error(`import ${batchId} stuck at ${JSON.stringify(batch)}`);
      await sleep(100);
    }
  }
  async function startWorker(): Promise<ImportWorker> {
    const worker = await startImportWorker({ url: t.url, idleMs: 200 });
    workers.push(worker);
    return worker;
  }
  async function stopWorkers() {
    for (const w of workers.splice(0)) await w.stop();
  }
  const activeJobs = async () =>
    (await t.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'active'`, IMPORT_QUEUE))[0].n;

  beforeAll(async () => {
    t = await createTestDatabase();
    queue = await openImportQueue(t.url, { role: "producer" });
  });
  afterAll(async () => {
    await stopWorkers();
    if (queue) await closeImportQueue(queue);
    await t?.drop();
  });
  beforeEach(async () => {
    await stopWorkers();
    await t.db.$executeRawUnsafe(`TRUNCATE import_batch, import_item, article, event, event_source, event_participant, audit_log RESTART IDENTITY CASCADE`);
    await t.db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, IMPORT_QUEUE);
  });

  it("imports a batch in the background: stored articles, and each failure with its reason", async () => {
    const [a, b] = articles(2, "mixed") as { label: string; article: Record<string, string> }[];
    const batch = await createImport(t.db, queue, {
      createdBy: "editor",
      source: "upload",
      sourceNames: ["mixed.jsonl", "note.txt", "scan.pdf"],
      publish: false,
      entries: [
        a,
        b,
        { label: "mixed.jsonl:3", article: { ...a.article, title: `${a.article.title}` } },
        { label: "mixed.jsonl:4", article: { ...b.article, url: "https://example.org/mixed/empty", text: "   " } },
        { label: "mixed.jsonl:5", error: "invalid JSON" },
        {
          label: "note.txt",
          file: { name: "note.txt", type: "text/plain", bytes: new TextEncoder().encode("Lavrov meets Choe\n\nRussian Foreign Minister Sergey Lavrov met Choe Son Hui in Moscow on January 16.") },
          fields: { publishedAt: "2024-01-17", outlet: "Test Wire" },
        },
        { label: "scan.pdf", file: { name: "scan.pdf", type: "application/pdf", bytes: new Uint8Array([0, 1, 2, 3, 0, 255, 254, 7, 8]) }, fields: { publishedAt: "2024-01-17" } },
      ],
    });
    expect(batch).toMatchObject({ total: 7, done: 0, failed: 1, state: "queued", createdBy: "editor" });

    await startWorker();
    await waitFor(batch.id, (x) => x.state === "finished");
    const detail = await getImportBatch(t.db, batch.id);
    expect(detail).toMatchObject({ total: 7, done: 4, failed: 3, outcomes: { added: 3, newVersion: 0, duplicate: 1 } });
    expect(detail.failures).toEqual([
      { label: "mixed.jsonl:4", reason: expect.stringContaining("Article text is empty") },
      { label: "mixed.jsonl:5", reason: "invalid JSON" },
      { label: "scan.pdf", reason: expect.stringMatching(/scan\.pdf .*(not a UTF-8|binary)/) },
    ]);
    expect(await t.db.article.count()).toBe(3);
    const note = await t.db.article.findFirstOrThrow({ where: { title: "Lavrov meets Choe" } });
    expect(note).toMatchObject({ outlet: "Test Wire", ingestedBy: "editor" });
    // Stored items point at their article and no longer keep a copy of it.
    const items = await t.db.importItem.findMany({ where: { batchId: batch.id, status: "done" } });
    expect(items.every((i) => i.articleId !== null && i.payload === null && i.file === null)).toBe(true);
    expect(new Set(items.map((i) => i.articleId)).size).toBe(3);
  });

  it("refuses documents without a publication date before queueing anything", async () => {
    const entry: ImportEntry = { label: "a.txt", file: { name: "a.txt", type: "", bytes: new TextEncoder().encode("text") }, fields: {} };
    await expect(createImport(t.db, queue, { createdBy: "editor", source: "upload", sourceNames: ["a.txt"], publish: false, entries: [entry] })).rejects.toThrow(AppError);
    expect(await t.db.importBatch.count()).toBe(0);
  });

  it("resumes after the worker process is killed mid-batch, storing every article exactly once", async () => {
    const count = 60;
    const batch = await createImport(t.db, queue, { createdBy: "cli:test", source: "cli", sourceNames: ["big.jsonl"], publish: true, entries: articles(count, "resume") });
    const child = spawn(process.execPath, ["bin/dyad.mjs", "worker"], { env: { ...process.env, DATABASE_URL: t.url }, stdio: "ignore" });
    try {
      await waitFor(batch.id, (x) => x.done >= 5, 120);
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((resolve) => child.once("exit", resolve));
    const atKill = (await findImportBatch(t.db, batch.id))!;
    expect(atKill.state).not.toBe("finished");
    expect(await isImportWorkerRunning(t.url)).toBe(false);

    await startWorker();
    const finished = await waitFor(batch.id, (x) => x.state === "finished", 120);
    expect(finished).toMatchObject({ total: count, done: count, failed: 0 });
    const rows = await t.db.$queryRawUnsafe<{ url: string; n: number }[]>(`SELECT url, count(*)::int AS n FROM article WHERE url LIKE 'https://example.org/resume/%' GROUP BY url`);
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const outcomes = await t.db.importItem.groupBy({ by: ["outcome"], where: { batchId: batch.id }, _count: { _all: true } });
    expect(outcomes).toEqual([{ outcome: "added", _count: { _all: count } }]);
    expect(await activeJobs()).toBe(0);
  });

  it("gives back a job whose worker vanished, and queues items that were never queued", async () => {
    const [first, second, third] = articles(3, "orphan");
    const held = await createImport(t.db, queue, { createdBy: "editor", source: "upload", sourceNames: ["held.jsonl"], publish: false, entries: [first, second] });
    // A worker takes a job and dies with it in hand: pg-boss keeps the job active until it expires (15 minutes).
    const [job] = await queue.fetch(IMPORT_QUEUE, { batchSize: 1 });
    expect(job).toBeDefined();
    expect(await activeJobs()).toBe(1);
    // A crash between writing a batch and queueing it: its items exist, no job does.
    const { id: unqueued } = await createImportBatch(t.db, { createdBy: "editor", source: "upload", sourceNames: ["lost.jsonl"], publish: false });
    await addImportItems(t.db, unqueued, [third]);
    await sealImportBatch(t.db, unqueued);

    await startWorker();
    expect(await waitFor(held.id, (x) => x.state === "finished", 60)).toMatchObject({ done: 2, failed: 0 });
    expect(await waitFor(unqueued, (x) => x.state === "finished", 60)).toMatchObject({ done: 1, failed: 0 });
    expect(await t.db.article.count()).toBe(3);
  });

  it("stops cleanly: the items in hand are finished and counted, the rest waits for the next worker", async () => {
    const batch = await createImport(t.db, queue, { createdBy: "editor", source: "upload", sourceNames: ["stop.jsonl"], publish: false, entries: articles(3 * INGEST_BATCH_SIZE, "stop") });
    // The worker takes INGEST_BATCH_SIZE items at a time: stopping during the first two batches leaves the third.
    const worker = await startWorker();
    await waitFor(batch.id, (x) => x.done >= 3);
    await worker.stop();
    workers.splice(workers.indexOf(worker), 1);
    const stopped = (await findImportBatch(t.db, batch.id))!;
    expect(stopped.done).toBeLessThan(3 * INGEST_BATCH_SIZE);
    expect(await t.db.importItem.count({ where: { batchId: batch.id, status: "done" } })).toBe(stopped.done);
    expect(await t.db.article.count()).toBe(stopped.done);
    expect(await activeJobs()).toBe(0);

    await startWorker();
    expect(await waitFor(batch.id, (x) => x.state === "finished")).toMatchObject({ done: 3 * INGEST_BATCH_SIZE, failed: 0 });
    expect(await t.db.article.count()).toBe(3 * INGEST_BATCH_SIZE);
  });
});
