/**
 * Starting a bulk import: the batch and its items are written, then queued. Uploads arrive whole and are
 * written in one transaction; `dyad ingest` streams folders and JSON-lines files through `openImport`, which
 * adds and queues items chunk by chunk (the worker starts on the first chunk) and seals the batch at the end.
 * Either way a crash before the items are queued is repaired by the next worker start (it re-queues pending items).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { AppError } from "../errors";
import { isDocumentEntry, type ImportEntry } from "./entries";
import { enqueueImportItems, type ImportQueue } from "./queue";
import { addImportItems, createImportBatch, findImportBatch, sealImportBatch, type NewBatch } from "./repo";
import type { ImportBatchView } from "./types";

export async function createImport(db: PrismaClient, queue: ImportQueue, batch: NewBatch & { entries: ImportEntry[] }): Promise<ImportBatchView> {
  const { entries } = batch;
  if (!entries.length) throw new AppError("bad_request", "There is nothing to import: choose one or more files");
  if (entries.some((e) => isDocumentEntry(e) && !e.fields.publishedAt)) {
    const message = "Publication date is required for documents (.txt, .md, .html, .pdf, .docx): they carry none";
    throw new AppError("bad_request", message, { publishedAt: [message] });
  }
  const { id, itemIds } = await db.$transaction(
    async (tx) => {
      const { id } = await createImportBatch(tx, batch);
      const itemIds = await addImportItems(tx, id, entries);
      await sealImportBatch(tx, id);
      return { id, itemIds };
    },
    { timeout: 120_000 },
  );
  await enqueueImportItems(queue, id, itemIds, { batchTotal: entries.length });
  return (await findImportBatch(db, id))!;
}

export interface ImportWriter {
  id: number;
  /** Adds entries and queues them at once. */
  add(entries: ImportEntry[]): Promise<void>;
  /** No more entries: the batch can finish. */
  seal(): Promise<void>;
}

export async function openImport(db: PrismaClient, queue: ImportQueue, batch: NewBatch): Promise<ImportWriter> {
  const { id } = await createImportBatch(db, batch);
  return {
    id,
    async add(entries) {
      const itemIds = await db.$transaction((tx) => addImportItems(tx, id, entries), { timeout: 120_000 });
      await enqueueImportItems(queue, id, itemIds, { batchTotal: Infinity });
    },
    seal: () => sealImportBatch(db, id),
  };
}
