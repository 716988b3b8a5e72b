/**
 * One import item through the one ingest service. The item is marked done inside the ingest transaction, so a
 * crash at any point leaves it either stored and counted, or neither; a retry then stores it exactly once.
 * What the editor can act on (an unreadable file, empty text, a bad date, a file too large) is recorded as the
 * item's failure at once; anything else is thrown so the queue retries it, and recorded on the last attempt.
 */
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { ingestArticle } from "../articles/ingest";
import { parseUpload } from "../articles/parse-upload";
import { AppError, isAppError } from "../errors";
import type { ExtractContext } from "../extract/types";
import { findImportItem, markImportItemDone, markImportItemFailed, type WorkItem } from "./repo";

export interface ItemResult {
  status: "done" | "failed" | "skipped";
  batchId: number | null;
  /** This item was the last of its batch. */
  finished: boolean;
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

export async function processImportItem(db: PrismaClient, itemId: number, options: { context?: ExtractContext; lastAttempt: boolean }): Promise<ItemResult> {
  const item = await findImportItem(db, itemId);
  if (!item || item.status !== "pending") return { status: "skipped", batchId: item?.batchId ?? null, finished: false };
  let finished = false;
  try {
    const input = await toArticleInput(item);
    await ingestArticle(db, input, {
      actor: item.createdBy,
      publish: item.publish,
      context: options.context,
      inTransaction: async (tx, result) => {
        ({ finished } = await markImportItemDone(tx, item, { articleId: result.article.id, outcome: result.status }));
      },
    });
    return { status: "done", batchId: item.batchId, finished };
  } catch (error) {
    if (!isAppError(error) && !options.lastAttempt) throw error;
    const reason = isAppError(error) ? error.message : `internal error: ${(error as Error).message ?? String(error)}`;
    ({ finished } = await markImportItemFailed(db, item, reason));
    return { status: "failed", batchId: item.batchId, finished };
  }
}
