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
import { consolidateEvents } from "../events/consolidate";
import { chooseEventDate, chooseParticipants, choosePeriodFit, choosePlace, combineConfidence, DIRECT_CONFIDENCE, isSameEvent, keepSameDayFits, listPlaceVotes, preferClosestPeople, PRECISION_RANK } from "../events/merge";
import { recheckPreviousVersion } from "../events/recheck";
import { listEventsByIds } from "../events/repo";
import { addEventSource, createEventWithSource, findMergeCandidates, linkParentEvents, MAX_CANDIDATES, settleEventPeople, updateEventDating, type EventDating, type StoredCandidate } from "../events/store";
import type { EventListItem } from "../events/types";
import { ensurePeople } from "../people/repo";
import { isHeadOfStateAt } from "../people/resolve";
import { assignRelationships } from "../relationships/assign";
import { listRelationships, pickRelationship } from "../relationships/repo";
import type { RelationshipView } from "../relationships/types";
import { getExtractContext } from "./extract-context";
import { parseArticleInput, type ArticleIngestInput } from "./schema";

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

/** Merge candidates read first; the next ones (up to MAX_CANDIDATES) only when none of these is the event. */
const FIRST_CANDIDATES = 20;

// One ingest at a time per database: merging decisions read what earlier ingests wrote.
const INGEST_LOCK = 4_224_601;

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The same URL, title and text is the same article, whatever else differs. Reprints elsewhere are other articles. */
export function toContentHash(article: { url?: string | null; title: string }, cleanedText: string): string {
  return createHash("sha256").update(JSON.stringify([article.url ?? "", squash(article.title), squash(cleanedText)])).digest("hex");
}

/** A validated, extracted article, ready for the transaction. */
interface PreparedArticle {
  article: ArticleIngestInput;
  extracted: ReturnType<typeof extractEvents>;
  contentHash: string;
}

function prepareArticle(input: unknown, context: ExtractContext): PreparedArticle {
  const article = parseArticleInput(input);
  const extracted = extractEvents({ title: article.title, text: article.text, publishedAt: article.publishedAt, url: article.url ?? null }, context);
  return { article, extracted, contentHash: toContentHash(article, extracted.text) };
}

/** One article of a batch: its input and, optionally, the caller's own record of it (see IngestOptions.inTransaction). */
export interface IngestItem {
  input: unknown;
  inTransaction?: IngestOptions["inTransaction"];
}

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

/** Articles per transaction in bulk loads: enough to share its fixed costs, few enough to hold the ingest lock briefly. */
export const INGEST_BATCH_SIZE = 25;

/** One article through the service; its errors are thrown. */
export async function ingestArticle(db: PrismaClient, input: unknown, options: IngestOptions): Promise<IngestResult> {
  const [outcome] = await ingestArticles(db, [{ input, inTransaction: options.inTransaction }], options);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/**
 * Several articles through the service in one transaction (the bulk path: `dyad ingest`, the import worker). Each
 * article gets its own outcome, in order: one that is invalid fails alone, before the transaction. Should the
 * transaction itself fail, each article is ingested again on its own, so one bad article never costs the others.
 * The result is the same as ingesting them one by one, in order.
 */
export async function ingestArticles(db: PrismaClient, items: IngestItem[], options: Omit<IngestOptions, "inTransaction">): Promise<IngestOutcome[]> {
  const context = options.context ?? getExtractContext();
  const outcomes: IngestOutcome[] = new Array(items.length);
  const ready: { at: number; prepared: PreparedArticle; inTransaction?: IngestItem["inTransaction"] }[] = [];
  items.forEach((item, at) => {
    try {
      ready.push({ at, prepared: prepareArticle(item.input, context), inTransaction: item.inTransaction });
    } catch (error) {
      outcomes[at] = { ok: false, error };
    }
  });
  if (!ready.length) return outcomes;
  try {
    const results = await db.$transaction((tx) => storeArticles(tx, ready, { ...options, context }), { maxWait: 60_000, timeout: 120_000 });
    results.forEach((outcome, i) => (outcomes[ready[i].at] = outcome));
  } catch (error) {
    if (ready.length === 1) {
      outcomes[ready[0].at] = { ok: false, error };
      return outcomes;
    }
    for (const one of ready) {
      const [outcome] = await ingestArticles(db, [{ input: items[one.at].input, inTransaction: one.inTransaction }], options);
      outcomes[one.at] = outcome;
    }
  }
  return outcomes;
}

/**
 * Inside the transaction, under the ingest lock: each article in order, then what they share in one statement each
 * (the audit log, the events of the results), then each caller's own record. An article naming an unknown pair
 * fails alone.
 */
async function storeArticles(
  tx: DbClient,
  ready: { prepared: PreparedArticle; inTransaction?: IngestItem["inTransaction"] }[],
  options: Omit<IngestOptions, "inTransaction"> & { context: ExtractContext },
): Promise<IngestOutcome[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK})`;
  const pairs = await listRelationships(tx);
  const known = await findKnownArticles(tx, ready.map((r) => r.prepared));
  const peopleIds = await ensurePeople(tx, ready.flatMap((r) => r.prepared.extracted.events.flatMap((e) => e.participants)), options.context.people);
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  const stored: ({ ok: true; value: StoredArticle } | { ok: false; error: unknown })[] = [];
  for (const { prepared } of ready) {
    let pair: RelationshipView[];
    try {
      pair = prepared.article.relationship ? [pickRelationship(pairs, prepared.article.relationship)] : pairs;
    } catch (error) {
      // An unknown pair fails this article alone, before it writes anything.
      stored.push({ ok: false, error });
      continue;
    }
    stored.push({ ok: true, value: await storeArticle(tx, prepared, pair, known, peopleIds, options, audit) });
  }
  if (audit.length) await tx.auditLog.createMany({ data: audit });
  const eventIds = [...new Set(stored.flatMap((s) => (s.ok ? s.value.eventIds : [])))];
  const events = new Map((await listEventsByIds(tx, eventIds)).map((e) => [e.id, e]));
  // The pairs of the events just stored are known; a duplicate's events are looked up.
  const pairOf = new Map(stored.flatMap((s) => (s.ok ? [...s.value.pairOf] : [])));
  for (const [id, slug] of await findPairsOf(tx, eventIds.filter((id) => !pairOf.has(id)))) pairOf.set(id, slug);
  const outcomes: IngestOutcome[] = [];
  for (const [i, s] of stored.entries()) {
    if (!s.ok) {
      outcomes.push(s);
      continue;
    }
    const result: IngestResult = { ...s.value.result, events: s.value.eventIds.map((id) => ({ ...events.get(id)!, pair: pairOf.get(id)! })) };
    await ready[i].inTransaction?.(tx, result);
    outcomes.push({ ok: true, result });
  }
  return outcomes;
}

interface StoredArticle {
  result: Omit<IngestResult, "events">;
  eventIds: number[];
  /** The pair of each event it stored (a duplicate stores none). */
  pairOf: Map<number, string>;
}

/** One article: a duplicate of a stored one changes nothing; otherwise it is stored and each of its events merged or created. */
async function storeArticle(
  tx: DbClient,
  { article, extracted, contentHash }: PreparedArticle,
  pairs: RelationshipView[],
  known: KnownArticles,
  peopleIds: Map<string, number>,
  options: Omit<IngestOptions, "inTransaction"> & { context: ExtractContext },
  audit: Prisma.AuditLogCreateManyInput[],
): Promise<StoredArticle> {
  // An article that names its pair puts every event there; otherwise each event's countries decide.
  const assigned = assignRelationships(extracted.events, pairs.map((p) => ({ ...p, countries: [p.countries[0].code, p.countries[1].code] as const })), extracted.countries, {
    keepAll: Boolean(article.relationship),
  });
  const existing = known.byHash.get(contentHash);
  const previous = article.url ? known.latestByUrl.get(article.url) : undefined;
  if (existing) {
    return {
      result: { status: "duplicate", article: { id: existing.id, title: existing.title, publishedAt: toIsoDay(existing.publishedAt), url: existing.url }, mergedEventIds: [] },
      eventIds: existing.eventIds,
      pairOf: new Map(),
    };
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

  let eventIds: number[] = [];
  let mergedEventIds: number[] = [];
  const changedEventIds: number[] = [];
  const idByKey = new Map<string, number>();
  const pairOf = new Map<number, string>();
  const pairByKey = new Map(extracted.events.map((e, i) => [e.key, assigned[i]]));
  for (const event of orderForMerge(extracted.events)) {
    const pair = pairByKey.get(event.key);
    // An event between countries that no pair joins is outside every timeline: it is not kept.
    if (!pair) continue;
    const { id, merged, changed } = await storeEvent(tx, event, pair.id, { id: stored.id, publishedAt: article.publishedAt }, peopleIds, options.context, options, audit, new Set(eventIds));
    if (changed) changedEventIds.push(id);
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
  // An event this article changed may now be one that an earlier report kept apart (see consolidateEvents); the
  // article's events then name the one kept.
  for (const { targetId, mergedId } of await consolidateEvents(tx, changedEventIds, options.actor, stored.id)) {
    const rename = (ids: number[]) => [...new Set(ids.map((id) => (id === mergedId ? targetId : id)))];
    if (eventIds.includes(mergedId)) pairOf.set(targetId, pairOf.get(mergedId)!);
    pairOf.delete(mergedId);
    eventIds = rename(eventIds);
    // The event kept existed before this article (the other draft always did): the article's report joined it.
    mergedEventIds = rename([...mergedEventIds, targetId]);
  }
  known.byHash.set(contentHash, { id: stored.id, title: stored.title, publishedAt: stored.publishedAt, url: stored.url, eventIds });
  if (stored.url) known.latestByUrl.set(stored.url, { id: stored.id, version: stored.version });
  if (previous) audit.push(...(await recheckPreviousVersion(tx, { previousId: previous.id, currentId: stored.id, supportedEventIds: eventIds }, options.actor)));
  audit.push({
    actor: options.actor,
    action: previous ? "article.new-version" : "article.ingest",
    entityType: "article",
    entityId: String(stored.id),
    after: { title: stored.title, url: stored.url, events: eventIds, merged: mergedEventIds, previousVersionId: previous?.id ?? null },
  });
  return {
    result: { status: previous ? "new-version" : "added", article: { id: stored.id, title: stored.title, publishedAt: article.publishedAt, url: stored.url }, mergedEventIds },
    eventIds,
    pairOf,
  };
}

/** The country pair of each of these events, by id. */
async function findPairsOf(tx: DbClient, eventIds: number[]): Promise<Map<number, string>> {
  if (!eventIds.length) return new Map();
  const rows = await tx.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, relationship: { select: { slug: true } } } });
  return new Map(rows.map((r) => [r.id, r.relationship.slug]));
}

/**
 * Parents first, and within each the day-precise reports before the month- and year-only ones: a report that names
 * its day claims its event, and a vaguer report of the same article ("his first trip this month") then joins another
 * event of that period instead of taking the one the dated report is about. Among those, a report naming both sides
 * comes before a one-sided one: the leaders' summit claims the summit before the guest's welcome at the border the
 * day before (Kim alone, greeted by officials nobody names) can take it.
 */
function orderForMerge(events: ExtractedEvent[]): ExtractedEvent[] {
  const sides = (e: ExtractedEvent) => Math.min(2, new Set(e.participants.map((p) => p.country)).size);
  return [...events].sort((a, b) =>
    Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)) || PRECISION_RANK[b.datePrecision] - PRECISION_RANK[a.datePrecision] || sides(b) - sides(a));
}

interface StoredArticleRef {
  id: number;
  title: string;
  publishedAt: Date;
  url: string | null;
  eventIds: number[];
}

/** What the batch's articles may duplicate or supersede: stored articles by content hash, and the latest version at each URL. */
interface KnownArticles {
  byHash: Map<string, StoredArticleRef>;
  latestByUrl: Map<string, { id: number; version: number }>;
}

/**
 * The stored articles with these content hashes (with their events, in the order they were added), and the latest
 * version at each of these URLs: one query for a whole batch. The batch keeps the maps up to date as it stores.
 */
async function findKnownArticles(tx: DbClient, prepared: PreparedArticle[]): Promise<KnownArticles> {
  const hashes = prepared.map((p) => p.contentHash);
  const urls = [...new Set(prepared.flatMap((p) => (p.article.url ? [p.article.url] : [])))];
  const rows = await tx.$queryRaw<{ kind: "hash" | "url"; id: number; title: string; published_at: Date; url: string | null; version: number; content_hash: string; event_ids: number[] | null }[]>`
    SELECT 'hash' AS kind, a.id, a.title, a.published_at, a.url, a.version, a.content_hash,
           ARRAY(SELECT s.event_id FROM event_source s WHERE s.article_id = a.id GROUP BY s.event_id ORDER BY min(s.id)) AS event_ids
    FROM article a WHERE a.content_hash = ANY(${hashes}::text[])
    UNION ALL
    (SELECT DISTINCT ON (a.url) 'url' AS kind, a.id, a.title, a.published_at, a.url, a.version, a.content_hash, NULL
     FROM article a WHERE a.url = ANY(${urls}::text[]) ORDER BY a.url, a.version DESC)`;
  const known: KnownArticles = { byHash: new Map(), latestByUrl: new Map() };
  for (const r of rows) {
    if (r.kind === "hash") known.byHash.set(r.content_hash, { id: r.id, title: r.title, publishedAt: r.published_at, url: r.url, eventIds: r.event_ids ?? [] });
    else known.latestByUrl.set(r.url!, { id: r.id, version: r.version });
  }
  return known;
}

/**
 * The stored event this report is about, or null. The candidates come best first, never from another country pair (most shared people, then the
 * nearest date; see findMergeCandidates), so for a day-precise report the first one that is the same event wins.
 */
async function findMergeTarget(
  tx: DbClient,
  event: ExtractedEvent,
  peopleIds: Map<string, number>,
  relationshipId: number,
  taken: ReadonlySet<number>,
  publishedAt: string,
  context: ExtractContext,
): Promise<StoredCandidate | null> {
  const personIds = event.participants.flatMap((p) => (peopleIds.has(p.slug) ? [peopleIds.get(p.slug)!] : []));
  const probe = {
    type: event.type, date: event.date, precision: event.datePrecision, endDate: event.endDate, location: event.location, actor: event.actor,
    participants: event.participants.map((p) => ({ slug: p.slug, country: p.country })),
    impliedDate: event.confidence < DIRECT_CONFIDENCE,
  };
  // The best few usually hold the event; the rest are read only when they do not.
  for (const page of [{ offset: 0, limit: FIRST_CANDIDATES }, { offset: FIRST_CANDIDATES, limit: MAX_CANDIDATES - FIRST_CANDIDATES }]) {
    const candidates = await findMergeCandidates(tx, event, personIds, relationshipId, page);
    // The extractor already joined the mentions of one event within the article, so two of its events are two
    // events: an event this article already supports is not the target of another of its reports.
    const same = candidates.filter((c) => !taken.has(c.id) && isSameEvent(c, probe));
    const onTheDay = preferClosestPeople(keepSameDayFits(same, probe), probe);
    const fits = onTheDay.length < 2 ? onTheDay : preferHeadOfStateEvent(onTheDay, findHeadsOfState(event, context));
    // A month- or year-only report fits every event of those people in that period (see choosePeriodFit).
    const target = event.datePrecision === "day" ? fits[0] : choosePeriodFit(fits, probe, publishedAt);
    if (target || candidates.length < page.limit) return target ?? null;
  }
  return null;
}

/** The report's people who were a head of state on its date (a registry office of that kind). */
function findHeadsOfState(event: ExtractedEvent, context: ExtractContext): Set<string> {
  const isHead = (slug: string) => {
    const person = context.people.find((p) => p.slug === slug);
    return person !== undefined && isHeadOfStateAt(person, event.date);
  };
  return new Set(event.participants.filter((p) => isHead(p.slug)).map((p) => p.slug));
}

/**
 * A report naming a head of state beside two officials ("Kim Jong Un received Lavrov; Choe Son Hui was present")
 * shares as many people with the officials' own talks that day as with the audience. It is the audience: the head of
 * state's officials sit in on it, he does not sit in on theirs. Among the candidates sharing the most people, one with
 * the report's head of state comes first; otherwise the order stays as it was (the stable sort keeps it).
 */
export function preferHeadOfStateEvent<T extends { shared: number; participants: { slug: string }[] }>(fits: T[], heads: ReadonlySet<string>): T[] {
  if (!heads.size || fits.length < 2) return fits;
  const top = Math.max(...fits.map((c) => c.shared));
  const rank = (c: T) => (c.shared === top && c.participants.some((p) => heads.has(p.slug)) ? 0 : c.shared === top ? 1 : 2);
  return [...fits].sort((a, b) => rank(a) - rank(b));
}

async function storeEvent(
  tx: DbClient,
  event: ExtractedEvent,
  relationshipId: number,
  report: { id: number; publishedAt: string },
  peopleIds: Map<string, number>,
  context: ExtractContext,
  options: IngestOptions,
  audit: Prisma.AuditLogCreateManyInput[],
  taken: ReadonlySet<number>,
): Promise<{ id: number; merged: boolean; changed: boolean }> {
  const articleId = report.id;
  const target = await findMergeTarget(tx, event, peopleIds, relationshipId, taken, report.publishedAt, context);
  if (!target) {
    const id = await createEventWithSource(tx, {
      event, articleId, status: options.publish ? "published" : "draft", extractorVersion: context.extractorVersion, personIds: peopleIds, relationshipId,
    });
    audit.push({ actor: options.actor, action: "event.extract", entityType: "event", entityId: String(id), after: { ...event, articleId } as object });
    return { id, merged: false, changed: false };
  }

  const claims = await addEventSource(tx, target.id, event, articleId, peopleIds);
  // Null: this article already is a source of it (another mention of the same event).
  if (!claims) return { id: target.id, merged: true, changed: false };
  const chosen = chooseEventDate(claims, event.type);
  const dating = { date: chosen.date, datePrecision: chosen.precision, endDate: chosen.endDate, sourcesDisagree: chosen.disagree, confidence: combineConfidence(claims) };
  const place = choosePlace(listPlaceVotes(claims));
  const before = { date: target.date, datePrecision: target.precision, endDate: target.endDate, confidence: target.confidence, sourcesDisagree: target.sourcesDisagree, location: target.location };
  // A further report often changes nothing (an event's confidence saturates after a few): then the event is not written.
  const changes = !isSameDating(before, dating) || place !== target.location || (Boolean(options.publish) && target.status === "draft");
  const after = changes ? (await updateEventDating(tx, target.id, dating, { location: place, publish: Boolean(options.publish) })).after : before;
  // The people: those the sources support now; only a report that changes that set touches the event's people.
  const keep = chooseParticipants(claims.map((c) => c.people));
  const people = isSameSet(keep, chooseParticipants(claims.slice(0, -1).map((c) => c.people)))
    ? { joined: [], left: [] }
    : await settleEventPeople(tx, target.id, keep, event, peopleIds);
  audit.push({
    actor: options.actor,
    action: "event.add-source",
    entityType: "event",
    entityId: String(target.id),
    before: { date: before.date, datePrecision: before.datePrecision, confidence: before.confidence, sourcesDisagree: before.sourcesDisagree, ...(after.location !== before.location ? { location: before.location } : {}) },
    after: {
      articleId, date: after.date, datePrecision: after.datePrecision, confidence: after.confidence, sourcesDisagree: after.sourcesDisagree,
      ...(after.location !== before.location ? { location: after.location } : {}),
      ...(people.joined.length ? { peopleJoined: people.joined } : {}),
      ...(people.left.length ? { peopleLeft: people.left } : {}),
    },
  });
  return { id: target.id, merged: true, changed: changes || people.joined.length + people.left.length > 0 };
}

function isSameSet<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function isSameDating(a: EventDating, b: EventDating): boolean {
  return a.date === b.date && a.datePrecision === b.datePrecision && a.endDate === b.endDate && a.confidence === b.confidence && a.sourcesDisagree === b.sourcesDisagree;
}
