/** Import batches and their items (tables import_batch, import_item). Every function takes `db` first. */
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { AppError } from "../errors";
import type { IngestStatus } from "../articles/ingest";
import type { ArticleFields, DocumentFields, ImportEntry } from "./entries";
import type { ImportBatchDetail, ImportBatchState, ImportBatchView } from "./types";

const FAILURES_SHOWN = 200;
const SOURCE_NAMES_KEPT = 50;

/** The stored payload of an item, checked when the worker reads it back. */
const fieldsSchema = {
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  url: z.string().nullish(),
  outlet: z.string().nullish(),
};
export const itemPayloadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("article"), text: z.string().nullish(), ...fieldsSchema }),
  z.object({ kind: z.literal("file"), name: z.string(), type: z.string().default(""), ...fieldsSchema }),
]);
export type ItemPayload = z.output<typeof itemPayloadSchema>;

export interface NewBatch {
  createdBy: string;
  source: "upload" | "api" | "cli";
  sourceNames: string[];
  publish: boolean;
}

export async function createImportBatch(db: DbClient, batch: NewBatch): Promise<{ id: number }> {
  return db.importBatch.create({
    data: { createdBy: batch.createdBy, source: batch.source, sourceNames: batch.sourceNames.slice(0, SOURCE_NAMES_KEPT), publish: batch.publish },
    select: { id: true },
  });
}

function toItemData(batchId: number, entry: ImportEntry): Prisma.ImportItemCreateManyInput {
  if ("error" in entry) return { batchId, label: entry.label, status: "failed", error: entry.error, finishedAt: new Date() };
  if ("article" in entry) {
    const a: ArticleFields = entry.article;
    return { batchId, label: entry.label, payload: { kind: "article", title: a.title ?? null, text: a.text ?? null, publishedAt: a.publishedAt ?? null, url: a.url ?? null, outlet: a.outlet ?? null } };
  }
  const f: DocumentFields = entry.fields;
  return {
    batchId,
    label: entry.label,
    payload: { kind: "file", name: entry.file.name, type: entry.file.type, title: f.title ?? null, publishedAt: f.publishedAt ?? null, url: f.url ?? null, outlet: f.outlet ?? null },
    file: entry.file.bytes as Uint8Array<ArrayBuffer>,
  };
}

/**
 * Adds entries to a batch that is not sealed yet; entries that are errors already are stored as failed items.
 * Returns the ids of the items to process, in order.
 */
export async function addImportItems(db: DbClient, batchId: number, entries: ImportEntry[]): Promise<number[]> {
  if (!entries.length) return [];
  const rows = await db.importItem.createManyAndReturn({ data: entries.map((e) => toItemData(batchId, e)), select: { id: true, status: true } });
  const failed = rows.filter((r) => r.status === "failed").length;
  await db.importBatch.update({ where: { id: batchId }, data: { total: { increment: rows.length }, failed: { increment: failed } } });
  return rows.filter((r) => r.status === "pending").map((r) => r.id).sort((a, b) => a - b);
}

/** Every item is in; the batch is finished already when nothing is left to process. */
export async function sealImportBatch(db: DbClient, batchId: number): Promise<void> {
  await db.$executeRaw`
    UPDATE import_batch SET sealed_at = now(), finished_at = CASE WHEN done + failed >= total THEN now() END
    WHERE id = ${batchId} AND sealed_at IS NULL`;
}

export interface WorkItem {
  id: number;
  batchId: number;
  label: string;
  status: "pending" | "done" | "failed";
  payload: ItemPayload | null;
  file: Uint8Array | null;
  createdBy: string;
  publish: boolean;
}

/** The items with these ids (one query), by id; ids that do not exist are left out. */
export async function findImportItems(db: DbClient, ids: number[]): Promise<Map<number, WorkItem>> {
  const rows = await db.importItem.findMany({ where: { id: { in: ids } }, include: { batch: { select: { createdBy: true, publish: true } } } });
  return new Map(
    rows.map((row) => {
      // A payload that does not parse is treated as missing: the item then fails with "nothing to import".
      const payload = row.payload == null ? null : itemPayloadSchema.safeParse(row.payload);
      const item: WorkItem = {
        id: row.id,
        batchId: row.batchId,
        label: row.label,
        status: row.status,
        payload: payload?.success ? payload.data : null,
        file: row.file,
        createdBy: row.batch.createdBy,
        publish: row.batch.publish,
      };
      return [row.id, item];
    }),
  );
}

/**
 * Counts an item as stored: meant to run inside the ingest transaction, so the article and the item's record
 * commit together (an item is never counted twice, and never stored without being counted). Returns whether
 * this item finished its batch. An item that is no longer pending (a second worker got there first) changes nothing.
 */
export async function markImportItemDone(db: DbClient, item: { id: number; batchId: number }, result: { articleId: number; outcome: IngestStatus }): Promise<{ finished: boolean }> {
  const changed = await db.importItem.updateMany({
    where: { id: item.id, status: "pending" },
    data: { status: "done", outcome: result.outcome, articleId: result.articleId, payload: Prisma.DbNull, file: null, finishedAt: new Date() },
  });
  if (!changed.count) return { finished: false };
  return countFinished(db, item.batchId, Prisma.sql`done = done + 1`, Prisma.sql`done + 1 + failed`);
}

export async function markImportItemFailed(db: PrismaClient, item: { id: number; batchId: number }, reason: string): Promise<{ finished: boolean }> {
  return db.$transaction(async (tx) => {
    const changed = await tx.importItem.updateMany({ where: { id: item.id, status: "pending" }, data: { status: "failed", error: reason.slice(0, 2000), finishedAt: new Date() } });
    if (!changed.count) return { finished: false };
    return countFinished(tx, item.batchId, Prisma.sql`failed = failed + 1`, Prisma.sql`done + failed + 1`);
  });
}

async function countFinished(db: DbClient, batchId: number, increment: Prisma.Sql, processed: Prisma.Sql): Promise<{ finished: boolean }> {
  const rows = await db.$queryRaw<{ finished: boolean }[]>`
    UPDATE import_batch SET ${increment}, started_at = COALESCE(started_at, now()),
      finished_at = CASE WHEN sealed_at IS NOT NULL AND ${processed} >= total THEN now() END
    WHERE id = ${batchId}
    RETURNING finished_at IS NOT NULL AS finished`;
  return { finished: Boolean(rows[0]?.finished) };
}

/** Items still to process in batches that are not finished: what a worker re-queues after a crash. */
export async function listPendingItems(db: DbClient, options: { afterId?: number; limit: number }): Promise<{ id: number; batchId: number }[]> {
  return db.$queryRaw<{ id: number; batchId: number }[]>`
    SELECT i.id, i.batch_id AS "batchId" FROM import_item i JOIN import_batch b ON b.id = i.batch_id
    WHERE b.finished_at IS NULL AND i.status = 'pending' AND i.id > ${options.afterId ?? 0}
    ORDER BY i.id LIMIT ${options.limit}`;
}

type BatchRow = Prisma.ImportBatchGetPayload<object>;

function toState(row: BatchRow): ImportBatchState {
  if (row.finishedAt) return "finished";
  if (!row.sealedAt) return "adding";
  return row.startedAt ? "running" : "queued";
}

function toBatchView(row: BatchRow): ImportBatchView {
  return {
    id: row.id,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    source: row.source,
    sourceNames: row.sourceNames,
    publish: row.publish,
    total: row.total,
    done: row.done,
    failed: row.failed,
    state: toState(row),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function findImportBatch(db: DbClient, id: number): Promise<ImportBatchView | null> {
  const row = await db.importBatch.findUnique({ where: { id } });
  return row ? toBatchView(row) : null;
}

export async function getImportBatch(db: DbClient, id: number): Promise<ImportBatchDetail> {
  const row = await db.importBatch.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", `There is no import ${id}`);
  const [failures, outcomes] = await Promise.all([
    db.importItem.findMany({ where: { batchId: id, status: "failed" }, orderBy: { id: "asc" }, take: FAILURES_SHOWN, select: { label: true, error: true } }),
    db.importItem.groupBy({ by: ["outcome"], where: { batchId: id, status: "done" }, _count: { _all: true } }),
  ]);
  const count = (outcome: IngestStatus) => outcomes.find((o) => o.outcome === outcome)?._count._all ?? 0;
  return {
    ...toBatchView(row),
    outcomes: { added: count("added"), newVersion: count("new-version"), duplicate: count("duplicate") },
    failures: failures.map((f) => ({ label: f.label, reason: f.error ?? "failed" })),
  };
}

export async function listImportBatches(db: DbClient, options: { limit: number }): Promise<ImportBatchView[]> {
  const rows = await db.importBatch.findMany({ orderBy: { id: "desc" }, take: options.limit });
  return rows.map(toBatchView);
}
