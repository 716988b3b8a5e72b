/** Editors' decisions on events. Every change is written to the audit log with who made it. */
import type { PrismaClient } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { toIsoDay } from "../dates";
import type { DatePrecision } from "../extract/types";
import type { EventFilters } from "./filters";
import { findFilterIds, listEventsByIds } from "./repo";
import type { EventListItem, LinkedEventView } from "./types";
import { toEventWhere } from "./where";

export async function publishEvents(db: PrismaClient, ids: number[], actor: string): Promise<number> {
  const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (!unique.length) return 0;
  return db.$transaction(async (tx) => {
    const drafts = await tx.event.findMany({ where: { id: { in: unique }, status: "draft" }, select: { id: true } });
    if (!drafts.length) return 0;
    await tx.event.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { status: "published" } });
    await tx.auditLog.createMany({
      data: drafts.map((d) => ({ actor, action: "event.publish", entityType: "event", entityId: String(d.id), before: { status: "draft" }, after: { status: "published" } })),
    });
    return drafts.length;
  });
}

// ---------------------------------------------------------------- the review desk: reads

export interface ReviewSourceView {
  /** The EventSource id (what a split moves). */
  id: number;
  articleId: number;
  title: string;
  url: string | null;
  outlet: string | null;
  publishedAt: string;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  /** The article's cleaned text, which the evidence offsets point into. */
  articleText: string;
  claimedDate: string;
  claimedPrecision: DatePrecision;
  claimedEndDate: string | null;
  confidence: number;
}

export interface ReviewQueueItem extends EventListItem {
  summary: string | null;
  /** The newest sources first (at most the number asked for); `sourceCount` has them all. */
  sources: ReviewSourceView[];
}

export interface ReviewQueuePage {
  events: ReviewQueueItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReviewEventDetail extends ReviewQueueItem {
  actor: string | null;
  parent: LinkedEventView | null;
  /** Set when this event was merged into another (its `event.merge-into` audit row). */
  mergedInto: number | null;
  /** Events close in time that may be the same event, most alike first. */
  candidates: (LinkedEventView & { status: EventListItem["status"]; sharedPeople: number })[];
}

/** Sources of the given events, newest article first, with the text of the articles shown. */
async function listReviewSources(db: DbClient, eventIds: number[], perEvent: number): Promise<Map<number, ReviewSourceView[]>> {
  const rows = await db.eventSource.findMany({
    where: { eventId: { in: eventIds } },
    include: { article: { select: { title: true, url: true, outlet: true, publishedAt: true, createdAt: true } } },
    orderBy: [{ article: { createdAt: "desc" } }, { id: "desc" }],
  });
  const shown = new Map<number, typeof rows>();
  for (const row of rows) {
    const list = shown.get(row.eventId) ?? [];
    if (list.length < perEvent) list.push(row);
    shown.set(row.eventId, list);
  }
  const articleIds = [...new Set([...shown.values()].flat().map((r) => r.articleId))];
  const texts = new Map((await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, text: true } })).map((a) => [a.id, a.text]));
  const out = new Map<number, ReviewSourceView[]>();
  for (const [eventId, list] of shown) {
    out.set(
      eventId,
      list.map((s) => ({
        id: s.id,
        articleId: s.articleId,
        title: s.article.title,
        url: s.article.url,
        outlet: s.article.outlet,
        publishedAt: toIsoDay(s.article.publishedAt),
        evidence: s.evidence,
        evidenceStart: s.evidenceStart,
        evidenceEnd: s.evidenceEnd,
        articleText: texts.get(s.articleId) ?? "",
        claimedDate: toIsoDay(s.claimedDate),
        claimedPrecision: s.claimedPrecision,
        claimedEndDate: s.claimedEndDate ? toIsoDay(s.claimedEndDate) : null,
        confidence: s.confidence,
      })),
    );
  }
  return out;
}

/**
 * The review queue: draft events matching the filters (whatever status they ask for), the events with the most
 * recently added articles first, each with its newest sources.
 */
export async function listReviewQueue(db: DbClient, filters: EventFilters, sourcesPerEvent = 3): Promise<ReviewQueuePage> {
  const drafts = { ...filters, status: "draft" as const };
  const where = toEventWhere(drafts, await findFilterIds(db, drafts));
  const offset = (filters.page - 1) * filters.pageSize;
  const [idRows, countRows] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`
      SELECT e.id FROM event e WHERE ${where}
      ORDER BY (SELECT max(a.created_at) FROM event_source s JOIN article a ON a.id = s.article_id WHERE s.event_id = e.id) DESC NULLS LAST, e.id DESC
      LIMIT ${filters.pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM event e WHERE ${where}`,
  ]);
  const ids = idRows.map((r) => r.id);
  const [items, summaries, sources] = await Promise.all([
    listEventsByIds(db, ids),
    db.event.findMany({ where: { id: { in: ids } }, select: { id: true, summary: true } }),
    listReviewSources(db, ids, sourcesPerEvent),
  ]);
  const summaryById = new Map(summaries.map((s) => [s.id, s.summary]));
  return {
    events: items.map((item) => ({ ...item, summary: summaryById.get(item.id) ?? null, sources: sources.get(item.id) ?? [] })),
    total: Number(countRows[0]?.total ?? 0),
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** How many drafts a "publish all with confidence >= X" would publish (of one pair when `pair` is given). */
export async function countConfidentDrafts(db: DbClient, minConfidence: number, pair?: string): Promise<number> {
  return db.event.count({ where: { status: "draft", confidence: { gte: minConfidence }, ...(pair ? { relationship: { slug: pair } } : {}) } });
}

const CANDIDATE_WINDOW_DAYS = 7;

/** One event for the editor: every field, every source with its article text, where it was merged, and look-alikes. */
export async function findReviewEvent(db: DbClient, id: number): Promise<ReviewEventDetail | null> {
  const [item] = await listEventsByIds(db, [id]);
  if (!item) return null;
  const row = await db.event.findUniqueOrThrow({ where: { id }, select: { summary: true, actor: true, date: true, endDate: true, parent: true } });
  const [sources, pointer] = await Promise.all([
    listReviewSources(db, [id], 10_000),
    db.auditLog.findFirst({ where: { entityType: "event", entityId: String(id), action: "event.merge-into" }, orderBy: [{ at: "desc" }, { id: "desc" }] }),
  ]);
  const mergedInto = (pointer?.after as { mergedInto?: unknown } | null)?.mergedInto;
  const lo = new Date(row.date.getTime() - CANDIDATE_WINDOW_DAYS * 86_400_000);
  const hi = new Date((row.endDate ?? row.date).getTime() + CANDIDATE_WINDOW_DAYS * 86_400_000);
  const nearby = await db.event.findMany({
    where: { id: { not: id }, status: { not: "rejected" }, date: { gte: lo, lte: hi } },
    include: { participants: { include: { person: { select: { slug: true } } } } },
    take: 200,
  });
  const mine = new Set(item.participants.map((p) => p.slug));
  const candidates = nearby
    .map((e) => ({
      id: e.id,
      type: e.type,
      title: e.title,
      date: toIsoDay(e.date),
      datePrecision: e.datePrecision,
      endDate: e.endDate ? toIsoDay(e.endDate) : null,
      status: e.status,
      sharedPeople: e.participants.filter((p) => mine.has(p.person.slug)).length,
    }))
    .filter((c) => c.type === item.type || c.sharedPeople > 0)
    .sort((a, b) => Number(b.type === item.type) - Number(a.type === item.type) || b.sharedPeople - a.sharedPeople || Math.abs(Date.parse(a.date) - row.date.getTime()) - Math.abs(Date.parse(b.date) - row.date.getTime()))
    .slice(0, 8);
  return {
    ...item,
    summary: row.summary,
    actor: row.actor,
    parent: row.parent
      ? { id: row.parent.id, type: row.parent.type, title: row.parent.title, date: toIsoDay(row.parent.date), datePrecision: row.parent.datePrecision, endDate: row.parent.endDate ? toIsoDay(row.parent.endDate) : null }
      : null,
    sources: sources.get(id) ?? [],
    mergedInto: typeof mergedInto === "number" ? mergedInto : null,
    candidates,
  };
}
