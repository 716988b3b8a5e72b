/**
 * The one ingest service: the upload form, POST /api/articles, `dyad ingest` and the demo seed all call it.
 * validate -> extract (pure) -> in one transaction: de-duplicate by content hash, store the article, and for each
 * extracted event either attach this article as a further source of an event we have, or create a draft event.
 */
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { fromIsoDay, toIsoDay, addDays } from "../dates";
import { extractEvents } from "../extract";
import type { ExtractContext, ExtractedEvent } from "../extract/types";
import { chooseEventDate, isSameEvent, toClaimSpan, type DateClaim, type MergeCandidate } from "../events/merge";
import { listEventsByIds } from "../events/repo";
import type { EventListItem } from "../events/types";
import { ensurePeople } from "../people/repo";
import { getExtractContext } from "./extract-context";
import { parseArticleInput } from "./schema";

export type IngestStatus = "added" | "duplicate" | "new-version";

export interface IngestResult {
  status: IngestStatus;
  article: { id: number; title: string; publishedAt: string; url: string | null };
  events: EventListItem[];
  /** Of `events`, the ids that existed before and got this article as a further source. */
  mergedEventIds: number[];
}

export interface IngestOptions {
  actor: string;
  /** Publish the events directly (trusted bulk loads); otherwise they arrive as drafts for review. */
  publish?: boolean;
  context?: ExtractContext;
  /**
   * Runs inside the ingest transaction with the result (a duplicate too), so a caller's own record of the work
   * (a bulk import's item) commits or rolls back together with the article.
   */
  inTransaction?: (tx: DbClient, result: IngestResult) => Promise<void>;
}

// One ingest at a time per database: merging decisions read what earlier ingests wrote.
const INGEST_LOCK = 4_224_601;

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The same URL, title and text is the same article, whatever else differs. Reprints elsewhere are other articles. */
export function toContentHash(article: { url?: string | null; title: string }, cleanedText: string): string {
  return createHash("sha256").update(JSON.stringify([article.url ?? "", squash(article.title), squash(cleanedText)])).digest("hex");
}

export async function ingestArticle(db: PrismaClient, input: unknown, options: IngestOptions): Promise<IngestResult> {
  const article = parseArticleInput(input);
  const context = options.context ?? getExtractContext();
  const extracted = extractEvents({ title: article.title, text: article.text, publishedAt: article.publishedAt, url: article.url ?? null }, context);
  const contentHash = toContentHash(article, extracted.text);

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK})`;
      const existing = await tx.article.findUnique({ where: { contentHash }, include: { sources: { select: { eventId: true } } } });
      if (existing) {
        const duplicate: IngestResult = {
          status: "duplicate",
          article: { id: existing.id, title: existing.title, publishedAt: toIsoDay(existing.publishedAt), url: existing.url },
          events: await listEventsByIds(tx, [...new Set(existing.sources.map((s) => s.eventId))]),
          mergedEventIds: [],
        };
        await options.inTransaction?.(tx, duplicate);
        return duplicate;
      }
      const previous = article.url
        ? await tx.article.findFirst({ where: { url: article.url }, orderBy: { version: "desc" }, select: { id: true, version: true } })
        : null;
      const stored = await tx.article.create({
        data: {
          title: article.title,
          text: extracted.text,
          url: article.url ?? null,
          outlet: article.outlet ?? null,
          publishedAt: fromIsoDay(article.publishedAt),
          contentHash,
          version: previous ? previous.version + 1 : 1,
          previousVersionId: previous?.id ?? null,
          sourceFormat: article.sourceFormat ?? "text",
          ingestedBy: options.actor,
        },
      });

      const eventIds: number[] = [];
      const mergedEventIds: number[] = [];
      const idByKey = new Map<string, number>();
      const peopleIds = await ensurePeople(tx, extracted.events.flatMap((e) => e.participants), context.people);
      for (const event of orderParentsFirst(extracted.events)) {
        const { id, merged } = await storeEvent(tx, event, stored.id, peopleIds, context, options);
        idByKey.set(event.key, id);
        if (!eventIds.includes(id)) eventIds.push(id);
        if (merged && !mergedEventIds.includes(id)) mergedEventIds.push(id);
      }
      for (const event of extracted.events) {
        const parentId = event.parentKey ? idByKey.get(event.parentKey) : undefined;
        const id = idByKey.get(event.key);
        if (parentId && id && parentId !== id) {
          await tx.event.updateMany({ where: { id, parentId: null }, data: { parentId } });
        }
      }
      await tx.auditLog.create({
        data: {
          actor: options.actor,
          action: previous ? "article.new-version" : "article.ingest",
          entityType: "article",
          entityId: String(stored.id),
          after: { title: stored.title, url: stored.url, events: eventIds, merged: mergedEventIds, previousVersionId: previous?.id ?? null },
        },
      });
      const result: IngestResult = {
        status: previous ? "new-version" : "added",
        article: { id: stored.id, title: stored.title, publishedAt: article.publishedAt, url: stored.url },
        events: await listEventsByIds(tx, eventIds),
        mergedEventIds,
      };
      await options.inTransaction?.(tx, result);
      return result;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

function orderParentsFirst(events: ExtractedEvent[]): ExtractedEvent[] {
  return [...events].sort((a, b) => Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)));
}

async function findMergeTarget(tx: DbClient, event: ExtractedEvent): Promise<MergeCandidate | null> {
  const span = toClaimSpan({ date: event.date, precision: event.datePrecision, endDate: event.endDate });
  // Year-precision events start on 1 January, so look back to the start of the year (and a day for off-by-one).
  const rows = await tx.event.findMany({
    where: { type: event.type, date: { gte: fromIsoDay(addDays(`${span.start.slice(0, 4)}-01-01`, -1)), lte: fromIsoDay(addDays(span.end, 1)) } },
    include: { participants: { include: { person: { select: { slug: true } } } } },
    take: 500,
  });
  const probe = {
    type: event.type, date: event.date, precision: event.datePrecision, endDate: event.endDate, location: event.location, actor: event.actor,
    participants: event.participants.map((p) => ({ slug: p.slug, country: p.country })),
  };
  const candidates: MergeCandidate[] = rows.map((r) => ({
    id: r.id, type: r.type, date: toIsoDay(r.date), precision: r.datePrecision, endDate: r.endDate ? toIsoDay(r.endDate) : null,
    location: r.location, actor: r.actor, participants: r.participants.map((p) => ({ slug: p.person.slug, country: p.countryCode })),
  }));
  const matches = candidates.filter((c) => isSameEvent(c, probe));
  if (!matches.length) return null;
  const probeSlugs = new Set(probe.participants.map((p) => p.slug));
  const shared = (c: MergeCandidate) => c.participants.filter((p) => probeSlugs.has(p.slug)).length;
  const distance = (c: MergeCandidate) => Math.abs(Date.parse(c.date) - Date.parse(probe.date));
  return matches.sort((a, b) => shared(b) - shared(a) || distance(a) - distance(b))[0];
}

async function storeEvent(
  tx: DbClient,
  event: ExtractedEvent,
  articleId: number,
  peopleIds: Map<string, number>,
  context: ExtractContext,
  options: IngestOptions,
): Promise<{ id: number; merged: boolean }> {
  const source = {
    articleId,
    evidence: event.evidence,
    evidenceStart: event.evidenceStart,
    evidenceEnd: event.evidenceEnd,
    claimedDate: fromIsoDay(event.date),
    claimedPrecision: event.datePrecision,
    claimedEndDate: event.endDate ? fromIsoDay(event.endDate) : null,
    confidence: event.confidence,
  };
  const target = await findMergeTarget(tx, event);
  if (!target) {
    const created = await tx.event.create({
      data: {
        type: event.type,
        title: event.title,
        date: fromIsoDay(event.date),
        datePrecision: event.datePrecision,
        endDate: event.endDate ? fromIsoDay(event.endDate) : null,
        location: event.location,
        actor: event.actor,
        status: options.publish ? "published" : "draft",
        confidence: event.confidence,
        extractorVersion: context.extractorVersion,
        participants: {
          create: event.participants.map((p) => ({ personId: peopleIds.get(p.slug)!, role: p.role, countryCode: p.country })),
        },
        sources: { create: source },
      },
    });
    await tx.auditLog.create({
      data: { actor: options.actor, action: "event.extract", entityType: "event", entityId: String(created.id), after: { ...event, articleId } as object },
    });
    return { id: created.id, merged: false };
  }

  const already = await tx.eventSource.findUnique({ where: { eventId_articleId: { eventId: target.id, articleId } } });
  if (already) return { id: target.id, merged: true };
  await tx.eventSource.create({ data: { ...source, eventId: target.id } });
  // The text's digest, not the text: reprints are recognised without moving every article over the wire.
  const sources = await tx.$queryRaw<{ claimedDate: Date; claimedPrecision: DateClaim["precision"]; claimedEndDate: Date | null; confidence: number; textDigest: string }[]>`
    SELECT s.claimed_date AS "claimedDate", s.claimed_precision::text AS "claimedPrecision", s.claimed_end_date AS "claimedEndDate",
           s.confidence, md5(regexp_replace(a.text, '\s+', ' ', 'g')) AS "textDigest"
    FROM event_source s JOIN article a ON a.id = s.article_id WHERE s.event_id = ${target.id}`;
  const chosen = chooseEventDate(sources.map((s) => ({ date: toIsoDay(s.claimedDate), precision: s.claimedPrecision, endDate: s.claimedEndDate ? toIsoDay(s.claimedEndDate) : null })), event.type);
  const before = await tx.event.findUniqueOrThrow({ where: { id: target.id } });
  const known = new Set(target.participants.map((p) => p.slug));
  for (const p of event.participants) {
    if (known.has(p.slug)) continue;
    await tx.eventParticipant.create({ data: { eventId: target.id, personId: peopleIds.get(p.slug)!, role: p.role, countryCode: p.country } });
  }
  const after = await tx.event.update({
    where: { id: target.id },
    data: {
      date: fromIsoDay(chosen.date),
      datePrecision: chosen.precision,
      endDate: chosen.endDate ? fromIsoDay(chosen.endDate) : null,
      sourcesDisagree: chosen.disagree,
      location: before.location ?? event.location,
      confidence: combineConfidence(sources.map((s) => ({ confidence: s.confidence, textDigest: s.textDigest }))),
      ...(options.publish && before.status === "draft" ? { status: "published" as const } : {}),
    },
  });
  await tx.auditLog.create({
    data: {
      actor: options.actor,
      action: "event.add-source",
      entityType: "event",
      entityId: String(target.id),
      before: { date: toIsoDay(before.date), datePrecision: before.datePrecision, confidence: before.confidence, sourcesDisagree: before.sourcesDisagree },
      after: { articleId, date: toIsoDay(after.date), datePrecision: after.datePrecision, confidence: after.confidence, sourcesDisagree: after.sourcesDisagree },
    },
  });
  return { id: target.id, merged: true };
}

/** Independent reports raise confidence; reprints of the same text (same digest) count once. */
export function combineConfidence(sources: { confidence: number; textDigest: string }[]): number {
  const byText = new Map<string, number>();
  for (const s of sources) byText.set(s.textDigest, Math.max(byText.get(s.textDigest) ?? 0, s.confidence));
  const doubt = [...byText.values()].reduce((acc, c) => acc * (1 - Math.min(Math.max(c, 0), 0.99)), 1);
  return Math.round((1 - doubt) * 1000) / 1000;
}
