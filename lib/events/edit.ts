/**
 * Editors' changes to events: edit every field, reject, merge two events, split sources off into a new event,
 * and publish the confident drafts. Each runs in one transaction, locks the events it changes (two editors
 * merging the same events wait for each other), and writes an audit row per changed event (actor, action,
 * before, after) so the event page's History shows it.
 *
 * A merged event is kept, as `rejected` and without sources, rather than deleted: links to it keep working,
 * its history stays attached to it, and its audit row `event.merge-into` points at the event it went into.
 */
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { fromIsoDay, toIsoDay } from "../dates";
import { AppError } from "../errors";
import { EVENT_TYPES, type DatePrecision } from "../extract/types";
import { toAliasKey } from "../people/normalize";
import { isOfficeActive } from "../people/resolve";
import type { PersonLevel, RoleKey } from "../people/types";
import { isIsoDay } from "./filters";
import { chooseEventDate, combineConfidence, type DateClaim } from "./merge";

const MAX_ID = 2_147_483_647;
const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 };

const idSchema = z.coerce.number({ error: "must be an event number" }).int("must be a whole number").positive("must be an event number").max(MAX_ID, "is not an event number");
const isoDaySchema = z.string().trim().refine(isIsoDay, "must be a real date (YYYY-MM-DD)");
/** Free text where an empty value means "not stated". */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is longer than ${max} characters`)
    .transform((s) => (s === "" ? null : s))
    .nullable();

export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export const eventPatchSchema = z
  .object({
    type: z.enum(EVENT_TYPES, { error: "Choose an event type" }),
    title: z.string().trim().min(1, "Title is required").max(300, "Title is longer than 300 characters"),
    date: isoDaySchema,
    datePrecision: z.enum(DATE_PRECISIONS, { error: "Choose day, month or year" }),
    endDate: isoDaySchema.nullable().or(z.literal("").transform(() => null)),
    location: optionalText(200, "Location"),
    summary: optionalText(4000, "Summary"),
    participants: z.array(z.string().regex(/^[a-z0-9\u0400-\u04ff\uac00-\ud7af-]{1,120}$/, "is not a person")).max(50, "At most 50 participants"),
    status: z.enum(["draft", "published"]),
  })
  .partial()
  .strict();
export type EventPatch = z.input<typeof eventPatchSchema>;

const rejectInputSchema = z.object({ ids: z.array(idSchema).min(1, "Choose at least one event").max(500, "At most 500 events at once") });
const mergeInputSchema = z
  .object({ targetId: idSchema, sourceEventId: idSchema })
  .refine((v) => v.targetId !== v.sourceEventId, { message: "An event cannot be merged into itself", path: ["targetId"] });
const splitInputSchema = z.object({
  id: idSchema,
  sourceIds: z.array(idSchema).min(1, "Choose the sources to move").max(500),
});
const confidenceSchema = z.object({
  minConfidence: z.coerce.number({ error: "must be a number" }).min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
});

/** zod issues -> AppError("bad_request") with per-field messages in `details` (what forms show). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (details[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  const first = parsed.error.issues[0];
  throw new AppError("bad_request", `${first.path.length ? `${first.path.join(".")}: ` : ""}${first.message}`, details);
}

function fieldError(field: string, message: string, code: "bad_request" | "not_found" | "conflict" = "bad_request"): AppError {
  return new AppError(code, message, { [field]: [message] });
}

/** Month and year dates are stored as the first day of their period. */
export function toPeriodStart(date: string, precision: DatePrecision): string {
  if (precision === "year") return `${date.slice(0, 4)}-01-01`;
  if (precision === "month") return `${date.slice(0, 7)}-01`;
  return date;
}

// ---------------------------------------------------------------- loading and snapshots

const eventInclude = {
  participants: { include: { person: { select: { slug: true } } } },
  sources: { select: { id: true, articleId: true }, orderBy: { id: "asc" } },
} satisfies Prisma.EventInclude;
type LoadedEvent = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

/** Row locks in id order, so two transactions touching the same events never deadlock. */
async function lockEvents(tx: DbClient, ids: number[]): Promise<void> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (const id of sorted) await tx.$queryRaw`SELECT id FROM event WHERE id = ${id} FOR UPDATE`;
}

async function loadEvent(tx: DbClient, id: number, field: string): Promise<LoadedEvent> {
  const event = await tx.event.findUnique({ where: { id }, include: eventInclude });
  if (!event) throw fieldError(field, `There is no event #${id}`, "not_found");
  return event;
}

/** What an audit row records of an event: every editable field, its sources (article ids) and people (slugs). */
function toSnapshot(e: LoadedEvent) {
  return {
    type: e.type,
    title: e.title,
    summary: e.summary,
    date: toIsoDay(e.date),
    datePrecision: e.datePrecision,
    endDate: e.endDate ? toIsoDay(e.endDate) : null,
    location: e.location,
    status: e.status,
    confidence: e.confidence,
    sourcesDisagree: e.sourcesDisagree,
    parentId: e.parentId,
    sources: e.sources.map((s) => s.articleId),
    participants: e.participants.map((p) => p.person.slug).sort(),
  };
}
type Snapshot = ReturnType<typeof toSnapshot>;

/** Only the fields that changed, on both sides, so the History reads as a diff. */
function toChange(before: Snapshot, after: Snapshot): { before: Partial<Snapshot>; after: Partial<Snapshot> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Snapshot)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length ? { before: b as Partial<Snapshot>, after: a as Partial<Snapshot> } : null;
}

/** The date, "sources disagree" flag and confidence that a set of sources supports; a date an editor set by hand stays. */
export async function summarizeSources(tx: DbClient, eventId: number) {
  const rows = await tx.$queryRaw<{ type: string; dateEdited: boolean; claimedDate: Date; claimedPrecision: DatePrecision; claimedEndDate: Date | null; confidence: number; textDigest: string }[]>`
    SELECT e.type, 'date' = ANY(COALESCE(e.edited_fields, ARRAY[]::text[])) AS "dateEdited",
           s.claimed_date AS "claimedDate", s.claimed_precision::text AS "claimedPrecision", s.claimed_end_date AS "claimedEndDate",
           s.confidence, a.text_digest AS "textDigest"
    FROM event_source s JOIN article a ON a.id = s.article_id JOIN event e ON e.id = s.event_id WHERE s.event_id = ${eventId}`;
  if (!rows.length) return null;
  const claims: DateClaim[] = rows.map((r) => ({ date: toIsoDay(r.claimedDate), precision: r.claimedPrecision, endDate: r.claimedEndDate ? toIsoDay(r.claimedEndDate) : null }));
  // The same rule as on ingest: a visit spans the days its reports give.
  const chosen = chooseEventDate(claims, rows[0].type);
  const confidence = combineConfidence(rows.map((r) => ({ confidence: r.confidence, textDigest: r.textDigest })));
  if (rows[0].dateEdited) return { sourcesDisagree: chosen.disagree, confidence };
  return {
    date: fromIsoDay(chosen.date),
    datePrecision: chosen.precision,
    endDate: chosen.endDate ? fromIsoDay(chosen.endDate) : null,
    sourcesDisagree: chosen.disagree,
    confidence,
  };
}

const LEVEL_RANK: Record<string, number> = { head: 0, minister: 1, parliament: 2, vice: 3, other: 4 };

/** A person's office title on a day, from their stored offices over time: the role they had at the event. */
function toRoleAt(offices: { title: string; roleKey: string; level: string; fromDate: string | null; toDate: string | null }[], day: string): string | null {
  const active = offices
    .filter((o) => isOfficeActive({ title: o.title, roleKey: o.roleKey as RoleKey, level: o.level as PersonLevel, from: o.fromDate, to: o.toDate }, day))
    .sort((a, b) => (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9));
  return active[0]?.title ?? null;
}

// ---------------------------------------------------------------- services

export interface UpdateEventResult {
  id: number;
  changed: boolean;
}

/**
 * Edits an event's fields. `participants` replaces the list (slugs): people kept keep their recorded role and
 * side; people added get their country and the office they held on the event's date. Month and year dates are
 * stored as the first day of the period.
 */
export async function updateEvent(db: PrismaClient, id: unknown, patch: unknown, actor: string): Promise<UpdateEventResult> {
  const eventId = parseInput(idSchema, id);
  const input = parseInput(eventPatchSchema, patch);
  return db.$transaction(async (tx) => {
    await lockEvents(tx, [eventId]);
    const current = await loadEvent(tx, eventId, "form");
    const precision = input.datePrecision ?? current.datePrecision;
    const date = toPeriodStart(input.date ?? toIsoDay(current.date), precision);
    const endDate = input.endDate === undefined ? (current.endDate ? toIsoDay(current.endDate) : null) : input.endDate;
    if (endDate && endDate < date) throw fieldError("endDate", "End date must not be before the date");

    if (input.participants) {
      const wanted = [...new Set(input.participants)];
      const people = await tx.person.findMany({ where: { slug: { in: wanted } }, include: { offices: true } });
      const missing = wanted.filter((slug) => !people.some((p) => p.slug === slug));
      if (missing.length) throw fieldError("participants", `Unknown person: ${missing.join(", ")}`);
      const keep = new Set(wanted);
      const have = new Set(current.participants.map((p) => p.person.slug));
      await tx.eventParticipant.deleteMany({ where: { eventId, person: { slug: { notIn: wanted } } } });
      for (const person of people) {
        if (have.has(person.slug) || !keep.has(person.slug)) continue;
        await tx.eventParticipant.create({ data: { eventId, personId: person.id, countryCode: person.countryCode, role: toRoleAt(person.offices, date) } });
      }
    }
    await tx.event.update({
      where: { id: eventId },
      data: {
        type: input.type,
        title: input.title,
        summary: input.summary,
        location: input.location,
        status: input.status,
        date: fromIsoDay(date),
        datePrecision: precision,
        endDate: endDate ? fromIsoDay(endDate) : null,
      },
    });
    const change = toChange(toSnapshot(current), toSnapshot(await loadEvent(tx, eventId, "form")));
    if (!change) return { id: eventId, changed: false };
    const edited = toEditedFields(change.after);
    if (edited.length) {
      await tx.$executeRaw`UPDATE event SET edited_fields = ARRAY(SELECT DISTINCT f FROM unnest(COALESCE(edited_fields, ARRAY[]::text[]) || ${edited}::text[]) AS f ORDER BY f) WHERE id = ${eventId}`;
    }
    const action = change.after.status === "published" ? "event.edit-publish" : "event.edit";
    await tx.auditLog.create({ data: { actor, action, entityType: "event", entityId: String(eventId), before: change.before, after: change.after } });
    return { id: eventId, changed: true };
  }, TX_OPTIONS);
}

/** The fields this edit set by hand that a later source would otherwise work out again: ingest leaves them as they are. */
function toEditedFields(changed: Partial<Snapshot>): string[] {
  return [
    ...("date" in changed || "datePrecision" in changed || "endDate" in changed ? ["date"] : []),
    ...("location" in changed ? ["location"] : []),
    ...("participants" in changed ? ["participants"] : []),
  ];
}

/** Rejects events (drafts or published): they leave the timeline and the review queue. Returns how many changed. */
export async function rejectEvents(db: PrismaClient, ids: unknown, actor: string): Promise<number> {
  const input = parseInput(rejectInputSchema, { ids });
  const unique = [...new Set(input.ids)];
  return db.$transaction(async (tx) => {
    await lockEvents(tx, unique);
    const events = await tx.event.findMany({ where: { id: { in: unique }, status: { not: "rejected" } }, select: { id: true, status: true } });
    if (!events.length) return 0;
    await tx.event.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { status: "rejected" } });
    await tx.auditLog.createMany({
      data: events.map((e) => ({ actor, action: "event.reject", entityType: "event", entityId: String(e.id), before: { status: e.status }, after: { status: "rejected" } })),
    });
    return events.length;
  }, TX_OPTIONS);
}

export interface MergeEventsResult {
  targetId: number;
  mergedId: number;
  movedSources: number;
}

/**
 * Moves every source and participant of `sourceEventId` into `targetId`, recomputes the target's date from all
 * its sources (chooseEventDate) and its confidence, re-points the merged event's children at the target, and
 * keeps the merged event as `rejected` with an `event.merge-into` audit row pointing at the target. When both
 * events cite the same article, the target's citation is kept. A published event merged into a draft leaves the
 * target published, so a fact on the timeline does not disappear by merging.
 */
export async function mergeEvents(db: PrismaClient, targetId: unknown, sourceEventId: unknown, actor: string): Promise<MergeEventsResult> {
  const input = parseInput(mergeInputSchema, { targetId, sourceEventId });
  return db.$transaction((tx) => mergeEventsWithin(tx, input.targetId, input.sourceEventId, actor), TX_OPTIONS);
}

/**
 * mergeEvents inside a transaction the caller holds: the review desk's merge, and ingest's when a report makes two
 * stored drafts one event (`reason` then says so in both audit rows).
 */
export async function mergeEventsWithin(tx: DbClient, targetId: number, sourceEventId: number, actor: string, reason?: string): Promise<MergeEventsResult> {
  await lockEvents(tx, [targetId, sourceEventId]);
  const target = await loadEvent(tx, targetId, "targetId");
  const merged = await loadEvent(tx, sourceEventId, "sourceEventId");
  if (target.status === "rejected") throw fieldError("targetId", `Event #${target.id} is rejected; merge into an event you keep`);
  if (merged.status === "rejected") throw fieldError("sourceEventId", `Event #${merged.id} is already rejected`);

  const citedByTarget = new Set(target.sources.map((s) => s.articleId));
  const moving = merged.sources.filter((s) => !citedByTarget.has(s.articleId));
  await tx.eventSource.updateMany({ where: { id: { in: moving.map((s) => s.id) } }, data: { eventId: target.id } });
  await tx.eventSource.deleteMany({ where: { eventId: merged.id } });

  const present = new Set(target.participants.map((p) => p.personId));
  const joining = merged.participants.filter((p) => !present.has(p.personId));
  if (joining.length) {
    await tx.eventParticipant.createMany({ data: joining.map((p) => ({ eventId: target.id, personId: p.personId, role: p.role, countryCode: p.countryCode })) });
  }
  await tx.eventParticipant.deleteMany({ where: { eventId: merged.id } });

  const children = await tx.event.findMany({ where: { parentId: merged.id, id: { not: target.id } }, select: { id: true } });
  await tx.event.updateMany({ where: { id: { in: children.map((c) => c.id) } }, data: { parentId: target.id } });
  const summary = await summarizeSources(tx, target.id);
  await tx.event.update({
    where: { id: target.id },
    data: {
      ...(summary ?? {}),
      location: target.location ?? merged.location,
      summary: target.summary ?? merged.summary,
      actor: target.actor ?? merged.actor,
      parentId: toMergedParentId(target, merged),
      ...(merged.status === "published" ? { status: "published" as const } : {}),
    },
  });
  await tx.event.update({ where: { id: merged.id }, data: { status: "rejected", parentId: null } });

  const targetAfter = toSnapshot(await loadEvent(tx, target.id, "targetId"));
  const mergedAfter = toSnapshot(await loadEvent(tx, merged.id, "sourceEventId"));
  await tx.auditLog.createMany({
    data: [
      { actor, action: "event.merge", entityType: "event", entityId: String(target.id), before: toSnapshot(target), after: { ...targetAfter, mergedFrom: merged.id, ...(reason ? { reason } : {}) } },
      { actor, action: "event.merge-into", entityType: "event", entityId: String(merged.id), before: toSnapshot(merged), after: { ...mergedAfter, mergedInto: target.id, ...(reason ? { reason } : {}) } },
      ...children.map((c) => ({ actor, action: "event.reparent", entityType: "event", entityId: String(c.id), before: { parentId: merged.id }, after: { parentId: target.id, reason: `event #${merged.id} merged into #${target.id}` } })),
    ],
  });
  return { targetId: target.id, mergedId: merged.id, movedSources: moving.length };
}

/**
 * The target's parent after a merge: a target that was part of the merged event moves up to that event's parent
 * (it would otherwise point at a rejected event); a target without a parent takes the merged event's.
 */
function toMergedParentId(target: LoadedEvent, merged: LoadedEvent): number | null {
  const inherited = merged.parentId === target.id ? null : merged.parentId;
  if (target.parentId === merged.id) return inherited;
  return target.parentId ?? inherited;
}

export interface SplitEventResult {
  id: number;
  newEventId: number;
}

/** A text as words: alias folding (case, accents, hyphens) plus every other punctuation mark as a space. */
function toWordKey(text: string): string {
  return ` ${toAliasKey(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

/** Whether a person's name or any alias appears, as whole words, in a text (given as toWordKey). */
function isNamedIn(aliasKeys: string[], textKey: string): boolean {
  return aliasKeys.some((key) => {
    const words = toWordKey(key);
    return words.length > 3 && textKey.includes(words);
  });
}

/**
 * Moves the chosen sources (EventSource ids) of an event into a new draft event: the undo of a wrong merge.
 * Both events get the date and confidence their own sources support. The new event copies the type, title,
 * place and parent; it takes the participants named in the moved evidence, and the original gives up the people
 * named only there. When the moved evidence names nobody we know, the new event starts with everyone, for the
 * editor to trim.
 */
export async function splitEvent(db: PrismaClient, id: unknown, sourceIds: unknown, actor: string): Promise<SplitEventResult> {
  const input = parseInput(splitInputSchema, { id, sourceIds });
  const moveIds = new Set(input.sourceIds);
  return db.$transaction(async (tx) => {
    await lockEvents(tx, [input.id]);
    const original = await loadEvent(tx, input.id, "form");
    if (original.status === "rejected") throw fieldError("form", `Event #${original.id} is rejected; restore it before splitting it`);
    const unknown = [...moveIds].filter((sid) => !original.sources.some((s) => s.id === sid));
    if (unknown.length) throw fieldError("sourceIds", `Not a source of event #${original.id}: ${unknown.join(", ")}`);
    if (moveIds.size >= original.sources.length) throw fieldError("sourceIds", "Leave at least one source on this event");

    const evidence = await tx.eventSource.findMany({ where: { eventId: original.id }, select: { id: true, evidence: true } });
    const keyOf = (ids: (sid: number) => boolean) => toWordKey(evidence.filter((s) => ids(s.id)).map((s) => s.evidence).join(" \n "));
    const movedText = keyOf((sid) => moveIds.has(sid));
    const keptText = keyOf((sid) => !moveIds.has(sid));
    const aliases = await tx.personAlias.findMany({ where: { personId: { in: original.participants.map((p) => p.personId) } }, select: { personId: true, normalized: true } });
    const aliasKeys = (personId: number) => aliases.filter((a) => a.personId === personId).map((a) => a.normalized);
    const namedInMoved = original.participants.filter((p) => isNamedIn(aliasKeys(p.personId), movedText));
    const leaving = namedInMoved.filter((p) => !isNamedIn(aliasKeys(p.personId), keptText));
    const newParticipants = namedInMoved.length ? namedInMoved : original.participants;

    const created = await tx.event.create({
      data: {
        type: original.type,
        title: original.title,
        date: original.date,
        datePrecision: original.datePrecision,
        endDate: original.endDate,
        location: original.location,
        actor: original.actor,
        status: "draft",
        confidence: original.confidence,
        extractorVersion: original.extractorVersion,
        parentId: original.parentId,
        relationshipId: original.relationshipId,
        participants: { create: newParticipants.map((p) => ({ personId: p.personId, role: p.role, countryCode: p.countryCode })) },
      },
    });
    await tx.eventSource.updateMany({ where: { id: { in: [...moveIds] } }, data: { eventId: created.id } });
    if (leaving.length < original.participants.length) {
      await tx.eventParticipant.deleteMany({ where: { eventId: original.id, personId: { in: leaving.map((p) => p.personId) } } });
    }
    for (const eventId of [original.id, created.id]) {
      const summary = await summarizeSources(tx, eventId);
      if (summary) await tx.event.update({ where: { id: eventId }, data: summary });
    }

    const originalAfter = toSnapshot(await loadEvent(tx, original.id, "form"));
    const createdAfter = toSnapshot(await loadEvent(tx, created.id, "form"));
    await tx.auditLog.createMany({
      data: [
        { actor, action: "event.split", entityType: "event", entityId: String(original.id), before: toSnapshot(original), after: { ...originalAfter, splitInto: created.id } },
        { actor, action: "event.split-from", entityType: "event", entityId: String(created.id), after: { ...createdAfter, splitFrom: original.id } },
      ],
    });
    return { id: original.id, newEventId: created.id };
  }, TX_OPTIONS);
}

/**
 * Publishes every draft whose confidence is at least `minConfidence` (0..1), of one country pair when `pair` (a
 * relationship's slug) is given, else of every pair. Returns the ids published.
 */
export async function publishConfident(db: PrismaClient, minConfidence: unknown, actor: string, pair?: string): Promise<number[]> {
  const input = parseInput(confidenceSchema, { minConfidence });
  const inPair = pair ? Prisma.sql`AND relationship_id = (SELECT r.id FROM relationship r WHERE r.slug = ${pair})` : Prisma.empty;
  return db.$transaction(async (tx) => {
    const drafts = await tx.$queryRaw<{ id: number; confidence: number }[]>`
      SELECT id, confidence FROM event WHERE status = 'draft'::"EventStatus" AND confidence >= ${input.minConfidence} ${inPair} ORDER BY id FOR UPDATE`;
    if (!drafts.length) return [];
    await tx.event.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { status: "published" } });
    await tx.auditLog.createMany({
      data: drafts.map((d) => ({
        actor,
        action: "event.publish",
        entityType: "event",
        entityId: String(d.id),
        before: { status: "draft", confidence: d.confidence },
        after: { status: "published", rule: `confidence >= ${input.minConfidence}` },
      })),
    });
    return drafts.map((d) => d.id);
  }, TX_OPTIONS);
}
