/**
 * A new version of an article (the same URL, new text) re-checks the events its previous version supported:
 *  - an event the new version reports too: the new version's source replaces the old one (one article, one
 *    source), and the event's date, confidence and "sources disagree" are worked out again from its sources;
 *  - an event the new version no longer reports: the old source stays (it is what was published then), the
 *    History says the article changed, and an event with no other source goes back to the review queue as a draft.
 * Every change is in the audit log, written by the ingest that caused it.
 */
import type { Prisma } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { summarizeSources } from "./edit";

export async function recheckPreviousVersion(
  tx: DbClient,
  version: { previousId: number; currentId: number; supportedEventIds: number[] },
  actor: string,
): Promise<Prisma.AuditLogCreateManyInput[]> {
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  const oldSources = await tx.eventSource.findMany({
    where: { articleId: version.previousId },
    select: { id: true, eventId: true, event: { select: { status: true, _count: { select: { sources: true } } } } },
  });
  for (const source of oldSources) {
    const entry = { actor, entityType: "event", entityId: String(source.eventId) };
    if (version.supportedEventIds.includes(source.eventId)) {
      await tx.eventSource.delete({ where: { id: source.id } });
      const summary = await summarizeSources(tx, source.eventId);
      if (summary) await tx.event.update({ where: { id: source.eventId }, data: summary });
      audit.push({ ...entry, action: "event.source-superseded", before: { articleId: version.previousId }, after: { articleId: version.currentId } });
      continue;
    }
    const alone = source.event._count.sources === 1 && source.event.status === "published";
    if (alone) await tx.event.update({ where: { id: source.eventId }, data: { status: "draft" } });
    audit.push({
      ...entry,
      action: "event.recheck",
      before: { articleId: version.previousId, ...(alone ? { status: "published" } : {}) },
      after: { note: `Article #${version.currentId}, a new version of #${version.previousId}, no longer reports this event`, ...(alone ? { status: "draft" } : {}) },
    });
  }
  return audit;
}
