/**
 * The one ingest service: the upload form, POST /api/articles, `dyad ingest` and the demo seed all call it.
 * validate -> extract (pure) -> in one transaction: de-duplicate by content hash, store the article, and for each
 * extracted event either attach this article as a further source of an event we have, or create a draft event.
 */
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { fromIsoDay, toIsoDay } from "../dates";
import { extractEvents } from "../extract";
import type { ExtractContext, ExtractedEvent } from "../extract/types";
import { chooseEventDate, isSameEvent, type MergeCandidate } from "../events/merge";
import { recheckPreviousVersion } from "../events/recheck";
import { listEventsByIds } from "../events/repo";
import { addEventSource, createEventWithSource, findMergeCandidates, linkParentEvents, updateEventDating } from "../events/store";
import type { EventListItem } from "../events/types";
import { ensurePeople } from "../people/repo";
import { assignRelationships } from "../relationships/assign";
import { getRelationship, listRelationships } from "../relationships/repo";
import { getExtractContext } from "./extract-context";
import { parseArticleInput } from "./schema";

export type IngestStatus = "added" | "duplicate" | "new-version";

/** An event of the article with the country pair (relationship slug) it belongs to. */
export type IngestedEvent = EventListItem & { pair: string };

export interface IngestResult {
  status: IngestStatus;
  article: { id: number; title: string; publishedAt: string; url: string | null };
  events: IngestedEvent[];
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
      // An article that names its pair puts every event there; otherwise each event's countries decide.
      const pairs = article.relationship ? [await getRelationship(tx, article.relationship)] : await listRelationships(tx);
      const assigned = assignRelationships(extracted.events, pairs.map((p) => ({ ...p, countries: [p.countries[0].code, p.countries[1].code] as const })), extracted.countries);
      const { existing, previous } = await findStoredArticle(tx, contentHash, article.url ?? null);
      if (existing) {
        const duplicate: IngestResult = {
          status: "duplicate",
          article: { id: existing.id, title: existing.title, publishedAt: toIsoDay(existing.publishedAt), url: existing.url },
          events: withPairs(await listEventsByIds(tx, existing.eventIds), await findPairsOf(tx, existing.eventIds)),
          mergedEventIds: [],
        };
        await options.inTransaction?.(tx, duplicate);
        return duplicate;
      }
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
      const pairOf = new Map<number, string>();
      const pairByKey = new Map(extracted.events.map((e, i) => [e.key, assigned[i]]));
      // Written at the end in one statement, in the order the changes happened.
      const audit: Prisma.AuditLogCreateManyInput[] = [];
      const peopleIds = await ensurePeople(tx, extracted.events.flatMap((e) => e.participants), context.people);
      for (const event of orderParentsFirst(extracted.events)) {
        const pair = pairByKey.get(event.key)!;
        const { id, merged } = await storeEvent(tx, event, pair.id, stored.id, peopleIds, context, options, audit, new Set(eventIds));
        idByKey.set(event.key, id);
        pairOf.set(id, pair.slug);
        if (!eventIds.includes(id)) eventIds.push(id);
        if (merged && !mergedEventIds.includes(id)) mergedEventIds.push(id);
      }
      await linkParentEvents(
        tx,
        extracted.events.flatMap((event) => {
          const parentId = event.parentKey ? idByKey.get(event.parentKey) : undefined;
          const id = idByKey.get(event.key);
          return parentId && id && parentId !== id ? [{ id, parentId }] : [];
        }),
      );
      if (previous) audit.push(...(await recheckPreviousVersion(tx, { previousId: previous.id, currentId: stored.id, supportedEventIds: eventIds }, options.actor)));
      audit.push({
        actor: options.actor,
        action: previous ? "article.new-version" : "article.ingest",
        entityType: "article",
        entityId: String(stored.id),
        after: { title: stored.title, url: stored.url, events: eventIds, merged: mergedEventIds, previousVersionId: previous?.id ?? null },
      });
      await tx.auditLog.createMany({ data: audit });
      const result: IngestResult = {
        status: previous ? "new-version" : "added",
        article: { id: stored.id, title: stored.title, publishedAt: article.publishedAt, url: stored.url },
        events: withPairs(await listEventsByIds(tx, eventIds), pairOf),
        mergedEventIds,
      };
      await options.inTransaction?.(tx, result);
      return result;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/** The country pair of each of these events, by id. */
async function findPairsOf(tx: DbClient, eventIds: number[]): Promise<Map<number, string>> {
  const rows = await tx.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, relationship: { select: { slug: true } } } });
  return new Map(rows.map((r) => [r.id, r.relationship.slug]));
}

function withPairs(events: EventListItem[], pairOf: Map<number, string>): IngestedEvent[] {
  return events.map((e) => ({ ...e, pair: pairOf.get(e.id)! }));
}

function orderParentsFirst(events: ExtractedEvent[]): ExtractedEvent[] {
  return [...events].sort((a, b) => Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)));
}

/** The article with this content hash (with its events, in the order they were added), and the latest version at this URL. */
async function findStoredArticle(tx: DbClient, contentHash: string, url: string | null) {
  const rows = await tx.$queryRaw<{ kind: "hash" | "url"; id: number; title: string; published_at: Date; url: string | null; version: number; event_ids: number[] | null }[]>`
    SELECT 'hash' AS kind, a.id, a.title, a.published_at, a.url, a.version,
           ARRAY(SELECT s.event_id FROM event_source s WHERE s.article_id = a.id GROUP BY s.event_id ORDER BY min(s.id)) AS event_ids
    FROM article a WHERE a.content_hash = ${contentHash}
    UNION ALL
    (SELECT 'url' AS kind, a.id, a.title, a.published_at, a.url, a.version, NULL
     FROM article a WHERE ${url}::text IS NOT NULL AND a.url = ${url}::text ORDER BY a.version DESC LIMIT 1)`;
  const hash = rows.find((r) => r.kind === "hash");
  const latest = rows.find((r) => r.kind === "url");
  return {
    existing: hash ? { id: hash.id, title: hash.title, publishedAt: hash.published_at, url: hash.url, eventIds: hash.event_ids ?? [] } : null,
    previous: latest ? { id: latest.id, version: latest.version } : null,
  };
}

/**
 * The stored event this report is about, or null. The candidates come best first, never from another country pair (most shared people, then the
 * nearest date; see findMergeCandidates), so the first one that is the same event wins.
 */
async function findMergeTarget(tx: DbClient, event: ExtractedEvent, peopleIds: Map<string, number>, relationshipId: number, taken: ReadonlySet<number>): Promise<MergeCandidate | null> {
  const personIds = event.participants.flatMap((p) => (peopleIds.has(p.slug) ? [peopleIds.get(p.slug)!] : []));
  const candidates = await findMergeCandidates(tx, event, personIds, relationshipId);
  const probe = {
    type: event.type, date: event.date, precision: event.datePrecision, endDate: event.endDate, location: event.location, actor: event.actor,
    participants: event.participants.map((p) => ({ slug: p.slug, country: p.country })),
  };
  // The extractor already joined the mentions of one event within the article, so two of its events are two
  // events: an event this article already supports is not the target of another of its reports.
  return candidates.find((c) => !taken.has(c.id) && isSameEvent(c, probe)) ?? null;
}

async function storeEvent(
  tx: DbClient,
  event: ExtractedEvent,
  relationshipId: number,
  articleId: number,
  peopleIds: Map<string, number>,
  context: ExtractContext,
  options: IngestOptions,
  audit: Prisma.AuditLogCreateManyInput[],
  taken: ReadonlySet<number>,
): Promise<{ id: number; merged: boolean }> {
  const target = await findMergeTarget(tx, event, peopleIds, relationshipId, taken);
  if (!target) {
    const id = await createEventWithSource(tx, {
      event, articleId, status: options.publish ? "published" : "draft", extractorVersion: context.extractorVersion, personIds: peopleIds, relationshipId,
    });
    audit.push({ actor: options.actor, action: "event.extract", entityType: "event", entityId: String(id), after: { ...event, articleId } as object });
    return { id, merged: false };
  }

  const claims = await addEventSource(tx, target.id, event, articleId, peopleIds);
  // Null: this article already is a source of it (another mention of the same event).
  if (!claims) return { id: target.id, merged: true };
  const chosen = chooseEventDate(claims, event.type);
  const { before, after } = await updateEventDating(
    tx,
    target.id,
    { date: chosen.date, datePrecision: chosen.precision, endDate: chosen.endDate, sourcesDisagree: chosen.disagree, confidence: combineConfidence(claims) },
    { location: event.location, publish: Boolean(options.publish) },
  );
  audit.push({
    actor: options.actor,
    action: "event.add-source",
    entityType: "event",
    entityId: String(target.id),
    before: { date: before.date, datePrecision: before.datePrecision, confidence: before.confidence, sourcesDisagree: before.sourcesDisagree },
    after: { articleId, date: after.date, datePrecision: after.datePrecision, confidence: after.confidence, sourcesDisagree: after.sourcesDisagree },
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
