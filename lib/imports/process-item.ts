/**
 * Import items through the one ingest service. The item is marked done inside the ingest transaction, so a
 * crash at any point leaves it either stored and counted, or neither; a retry then stores it exactly once.
 * What the editor can act on (an unreadable file, empty text, a bad date, a file too large) is recorded as the
 * item's failure at once; anything else comes back as "retry" so the queue tries it again, and is recorded on
 * the last attempt.
 */
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { ingestArticles } from "../articles/ingest";
import { parseUpload } from "../articles/parse-upload";
import { AppError, isAppError } from "../errors";
import type { ExtractContext } from "../extract/types";
import { findImportItems, markImportItemDone, markImportItemFailed, type WorkItem } from "./repo";

export interface ItemResult {
  /** "retry": not stored for a reason the editor cannot act on; the queue tries it again (`error` says why). */
  status: "done" | "failed" | "skipped" | "retry";
  batchId: number | null;
  /** This item was the last of its batch. */
  finished: boolean;
  error?: string;
}

async function toArticleInput(item: WorkItem): Promise<Record<string, unknown>> {
  const payload = item.payload;
  if (!payload) throw new AppError("bad_request", "nothing to import (the stored item is empty or unreadable)");
  if (payload.kind === "article") {
    // Missing fields as empty strings, so the reason reads "Article text is empty" rather than a type error.
    return { title: payload.title ?? "", text: payload.text ?? "", publishedAt: payload.publishedAt ?? "", url: payload.url || null, outlet: payload.outlet || null };
  }
  if (!item.file) throw new AppError("bad_request", `${payload.name}: the file's content is missing`);
  const parsed = await parseUpload({ name: payload.name, type: payload.type, bytes: item.file });
  if (!payload.publishedAt) throw new AppError("bad_request", `${payload.name} needs a publication date (documents carry none)`);
  return {
    title: payload.title || parsed.title || path.basename(payload.name, path.extname(payload.name)),
    text: parsed.text,
    publishedAt: payload.publishedAt,
    url: payload.url || null,
    outlet: payload.outlet || null,
    sourceFormat: parsed.sourceFormat,
  };
}

/**
 * Import items through the ingest service together (one transaction for all that read well; see ingestArticles),
 * each with its own result, in order.
 */
export async function processImportItems(db: PrismaClient, work: { itemId: number; lastAttempt: boolean }[], options: { context?: ExtractContext }): Promise<ItemResult[]> {
  const items = await findImportItems(db, work.map((w) => w.itemId));
  const results: ItemResult[] = new Array(work.length);
  const fail = async (at: number, item: WorkItem, error: unknown) => {
    if (!isAppError(error) && !work[at].lastAttempt) {
      results[at] = { status: "retry", batchId: item.batchId, finished: false, error: (error as Error).message ?? String(error) };
      return;
    }
    const reason = isAppError(error) ? error.message : `internal error: ${(error as Error).message ?? String(error)}`;
    const { finished } = await markImportItemFailed(db, item, reason);
    results[at] = { status: "failed", batchId: item.batchId, finished };
  };
  const ready: { at: number; item: WorkItem; input: Record<string, unknown> }[] = [];
  for (const [at, { itemId }] of work.entries()) {
    const item = items.get(itemId);
    if (!item || item.status !== "pending") {
      results[at] = { status: "skipped", batchId: item?.batchId ?? null, finished: false };
      continue;
    }
    try {
      ready.push({ at, item, input: await toArticleInput(item) });
    } catch (error) {
      await fail(at, item, error);
    }
  }
  // One batch's items share its author and "publish"; items of several batches are ingested in groups.
  for (const group of groupBy(ready, (r) => `${r.item.createdBy}\u0000${r.item.publish}`)) {
    const finished = new Map<number, boolean>();
    const outcomes = await ingestArticles(
      db,
      group.map(({ item, input }) => ({
        input,
        inTransaction: async (tx, result) => {
          finished.set(item.id, (await markImportItemDone(tx, item, { articleId: result.article.id, outcome: result.status })).finished);
        },
      })),
      { actor: group[0].item.createdBy, publish: group[0].item.publish, context: options.context },
    );
    for (const [i, outcome] of outcomes.entries()) {
      const { at, item } = group[i];
      if (outcome.ok) results[at] = { status: "done", batchId: item.batchId, finished: finished.get(item.id) ?? false };
      else await fail(at, item, outcome.error);
    }
  }
  return results;
}

function groupBy<T>(list: T[], key: (value: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const value of list) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return [...groups.values()];
}
