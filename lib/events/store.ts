/**
 * The ingest service's reads and writes of events, each in as few round trips as it can: the merge candidates of a
 * report in one query, a new event with its people and source in one statement, a further source in one and the
 * event's new date in another. Every function takes `db` first, so they run inside the ingest transaction.
 */
import { Prisma } from "../generated/prisma/client";
import { readJsonColumn, type DbClient } from "../db/client";
import { addDays, toIsoDay } from "../dates";
import type { DatePrecision, ExtractedEvent } from "../extract/types";
import { DIRECT_CONFIDENCE, IMPLIED_VISIT_REACH_DAYS, toClaimSpan, toDateTolerance, type DateClaim, type MergeCandidate } from "./merge";

/**
 * How far before a report's window a multi-day event may have started and still be found: a visit dated by its
 * arrival reaches the report through its end date. Longer ranges than this are not looked for.
 */
export const MAX_RANGE_DAYS = 92;
/** Every status, named so the participants' (person, pair, type, status, date) index is read one status at a time. */
const EVENT_STATUSES = ["draft", "published", "rejected"];
/** Candidates looked at per report, best first (most shared people, then nearest date). */
export const MAX_CANDIDATES = 200;

export interface StoredCandidate extends MergeCandidate {
  /** How many of the report's people take part in it. */
  shared: number;
  /** What a further source may change (with the date and the place). */
  confidence: number;
  sourcesDisagree: boolean;
  status: string;
}

/** The first days of the months and years a span touches: where month- and year-precision events are stored. */
function listPeriodStarts(start: string, end: string): string[] {
  const starts = new Set<string>();
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) starts.add(`${year}-01-01`);
  let month = `${start.slice(0, 7)}-01`;
  while (month <= end) {
    starts.add(month);
    const [y, m] = month.split("-").map(Number);
    month = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  }
  return [...starts];
}

/** What a candidate search reads of a report (or of a stored event, for consolidateEvents). */
export type CandidateQuery = Pick<ExtractedEvent, "type" | "date" | "datePrecision" | "endDate" | "actor" | "confidence">;

/**
 * The events a report may be about, best first: the same type, dates compatible with the report's under its
 * tolerance (the same rule as areDatesCompatible), and, when the report names people, sharing one of them (or
 * naming nobody, for the institutional-actor rule). Only the report's window is read, through the pair's (type,
 * date) and (type, end_date) indexes, never a whole year of events: a year-precision report is the exception, as
 * it must be. How many of the report's people each shares comes from the copies of the events' pair, type, status
 * and date on the people's participant rows (one index range per person). They are ranked on those columns alone,
 * so only the asked page of events is read.
 */
export async function findMergeCandidates(
  db: DbClient,
  event: CandidateQuery,
  personIds: number[],
  relationshipId: number,
  page: { offset: number; limit: number } = { offset: 0, limit: MAX_CANDIDATES },
): Promise<StoredCandidate[]> {
  const span = toClaimSpan({ date: event.date, precision: event.datePrecision, endDate: event.endDate });
  const tolerance = event.datePrecision === "day" ? toDateTolerance(event.type) : 0;
  let lo = addDays(span.start, -tolerance);
  let hi = addDays(span.end, tolerance);
  // A visit implied by a meeting reaches back to an arrival up to ten days before it; a reported stay reaches forward
  // to a visit implied by a meeting in its first ten days (isWithinImpliedReach decides).
  if (event.type === "visit" && event.datePrecision === "day") {
    const reach = addDays(span.start, event.confidence < DIRECT_CONFIDENCE ? -IMPLIED_VISIT_REACH_DAYS : IMPLIED_VISIT_REACH_DAYS);
    if (reach < lo) lo = reach;
    if (reach > hi) hi = reach;
  }
  const people = [...new Set(personIds)];
  const periodStarts = listPeriodStarts(lo, hi);
  const rows = await db.$queryRaw<{ id: number; type: string; date: Date; date_precision: DatePrecision; end_date: Date | null; location: string | null; actor: string | null; confidence: number; sources_disagree: boolean; status: string; shared: bigint; implied_date: boolean | null; participants: { slug: string; country: string | null }[] | string | null }[]>`
    -- Each branch reads one index range and nothing else (index-only): the window, the first days of its months and
    -- years, and ranges that started before it and reach it.
    WITH shared_people AS (
      -- The report's people's events on those days, from the copies on their participant rows (index-only).
      SELECT id, count(*) AS shared FROM (
        SELECT ep.event_id AS id FROM event_participant ep
        WHERE ep.person_id = ANY(${people}::int[]) AND ep.relationship_id = ${relationshipId} AND ep.type = ${event.type}
          AND ep.status = ANY(${EVENT_STATUSES}::"EventStatus"[]) AND ep.date BETWEEN ${lo}::date AND ${hi}::date
        UNION ALL
        SELECT ep.event_id FROM event_participant ep
        WHERE ep.person_id = ANY(${people}::int[]) AND ep.relationship_id = ${relationshipId} AND ep.type = ${event.type}
          AND ep.status = ANY(${EVENT_STATUSES}::"EventStatus"[]) AND ep.date = ANY(${periodStarts}::date[]) AND ep.date NOT BETWEEN ${lo}::date AND ${hi}::date
      ) rows GROUP BY id
    ), found AS (
      SELECT id, date, date_precision, end_date FROM event
      WHERE relationship_id = ${relationshipId} AND type = ${event.type} AND date BETWEEN ${lo}::date AND ${hi}::date
      UNION
      SELECT id, date, date_precision, end_date FROM event
      WHERE relationship_id = ${relationshipId} AND type = ${event.type} AND date = ANY(${periodStarts}::date[])
      UNION
      SELECT id, date, date_precision, end_date FROM event
      WHERE relationship_id = ${relationshipId} AND type = ${event.type}
        AND end_date BETWEEN ${lo}::date AND ${addDays(lo, MAX_RANGE_DAYS)}::date AND date BETWEEN ${addDays(lo, -MAX_RANGE_DAYS)}::date AND ${lo}::date
    ), dated AS MATERIALIZED (
      -- the spans overlap, or (both day-precise) lie within the tolerance
      -- (a range that began before the window is counted on its own: its first day is outside shared_people's days)
      SELECT f.id, f.date,
             COALESCE(sp.shared, CASE WHEN f.date < ${lo}::date AND f.end_date >= ${lo}::date
               THEN (SELECT count(*) FROM event_participant ep WHERE ep.event_id = f.id AND ep.person_id = ANY(${people}::int[])) ELSE 0 END) AS shared
      FROM found f LEFT JOIN shared_people sp ON sp.id = f.id
      WHERE f.date <= CASE WHEN f.date_precision = 'day' THEN ${hi}::date ELSE ${span.end}::date END
        AND (CASE f.date_precision
               WHEN 'year' THEN (date_trunc('year', f.date) + interval '1 year - 1 day')::date
               WHEN 'month' THEN GREATEST((date_trunc('month', f.date) + interval '1 month - 1 day')::date, COALESCE(f.end_date, f.date))
               ELSE COALESCE(f.end_date, f.date) END)
            >= CASE WHEN f.date_precision = 'day' THEN ${lo}::date ELSE ${span.start}::date END
    ), best AS (
      -- ranked on the index columns alone, so only the page's events are read
      SELECT id, date, shared FROM dated d
      WHERE ${people.length === 0} OR d.shared > 0
         -- an event without people is the same as a report with people only through the acting institution
         OR (${event.actor}::text IS NOT NULL
             AND EXISTS (SELECT 1 FROM event x WHERE x.id = d.id AND lower(x.actor) = lower(${event.actor}::text))
             AND NOT EXISTS (SELECT 1 FROM event_participant ep WHERE ep.event_id = d.id))
      ORDER BY shared DESC, abs(date - ${event.date}::date), id
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT e.id, e.type, e.date, e.date_precision::text AS date_precision, e.end_date, e.location, e.actor, e.confidence, e.sources_disagree, e.status::text AS status,
           best.shared,
           (SELECT bool_or(s.confidence < ${DIRECT_CONFIDENCE}) FROM event_source s WHERE s.event_id = e.id) AS implied_date,
           (SELECT json_agg(json_build_object('slug', p.slug, 'country', ep.country_code))
            FROM event_participant ep JOIN person p ON p.id = ep.person_id WHERE ep.event_id = e.id) AS participants
    FROM best JOIN event e ON e.id = best.id
    ORDER BY best.shared DESC, abs(e.date - ${event.date}::date), e.id`;
  return rows.map((r) => {
    const participants = readJsonColumn(r.participants) ?? [];
    return {
      id: r.id,
      type: r.type,
      date: toIsoDay(r.date),
      precision: r.date_precision,
      endDate: r.end_date ? toIsoDay(r.end_date) : null,
      location: r.location,
      actor: r.actor,
      participants,
      impliedDate: Boolean(r.implied_date),
      shared: Number(r.shared),
      confidence: r.confidence,
      sourcesDisagree: r.sources_disagree,
      status: r.status,
    };
  });
}

export interface NewEventInput {
  event: ExtractedEvent;
  articleId: number;
  status: "draft" | "published";
  extractorVersion: string;
  /** Person ids by slug (ensurePeople). */
  personIds: Map<string, number>;
  /** The country pair the event belongs to. */
  relationshipId: number;
}

/** What a source says about its event: the sentence, its own date, people (ids, from toParticipantArrays) and place. */
function toSourceValues(event: ExtractedEvent, articleId: number, peopleIds: number[]) {
  return {
    articleId,
    evidence: event.evidence,
    evidenceStart: event.evidenceStart,
    evidenceEnd: event.evidenceEnd,
    claimedDate: event.date,
    claimedPrecision: event.datePrecision,
    claimedEndDate: event.endDate,
    claimedPeople: peopleIds,
    claimedLocation: event.location,
    confidence: event.confidence,
  };
}

function toParticipantArrays(event: ExtractedEvent, personIds: Map<string, number>) {
  const seen = new Set<number>();
  const rows = event.participants.flatMap((p) => {
    const id = personIds.get(p.slug);
    if (id === undefined || seen.has(id)) return [];
    seen.add(id);
    return [{ id, role: p.role, country: p.country }];
  });
  return { ids: rows.map((r) => r.id), roles: rows.map((r) => r.role), countries: rows.map((r) => r.country) };
}

/** A new event with its people and its first source, in one statement. Returns its id. */
export async function createEventWithSource(db: DbClient, input: NewEventInput): Promise<number> {
  const { event } = input;
  const people = toParticipantArrays(event, input.personIds);
  const source = toSourceValues(event, input.articleId, people.ids);
  const [row] = await db.$queryRaw<{ id: number }[]>`
    WITH created AS (
      INSERT INTO event (type, title, date, date_precision, end_date, location, actor, status, confidence, extractor_version, relationship_id, updated_at)
      VALUES (${event.type}, ${event.title}, ${event.date}::date, ${event.datePrecision}::"DatePrecision", ${event.endDate}::date,
              ${event.location}, ${event.actor}, ${input.status}::"EventStatus", ${event.confidence}, ${input.extractorVersion}, ${input.relationshipId}, now())
      RETURNING id
    ), people AS (
      INSERT INTO event_participant (event_id, person_id, role, country_code)
      SELECT created.id, p.person_id, p.role, p.country_code
      FROM created, unnest(${people.ids}::int[], ${people.roles}::text[], ${people.countries}::varchar[]) AS p(person_id, role, country_code)
    ), source AS (
      INSERT INTO event_source (event_id, article_id, evidence, evidence_start, evidence_end, claimed_date, claimed_precision, claimed_end_date,
                                claimed_people, claimed_location, confidence)
      SELECT created.id, ${source.articleId}, ${source.evidence}, ${source.evidenceStart}, ${source.evidenceEnd}, ${source.claimedDate}::date,
             ${source.claimedPrecision}::"DatePrecision", ${source.claimedEndDate}::date, ${source.claimedPeople}::int[], ${source.claimedLocation}, ${source.confidence}
      FROM created
    )
    SELECT id FROM created`;
  return row.id;
}

export interface SourceClaim extends DateClaim {
  confidence: number;
  /** md5 of the article's text with whitespace folded: reprints of one text share it. */
  textDigest: string;
  /** The people (ids) and the place the source names. */
  people: number[];
  location: string | null;
}

/**
 * Adds the article as a further source of an event, with the people and place it names (one statement). Returns
 * every source's claim in the order they were added, the new one last, or null when the article already was a source.
 * The event's people and place follow from the claims (settleEventPeople, updateEventDating).
 */
export async function addEventSource(db: DbClient, eventId: number, event: ExtractedEvent, articleId: number, personIds: Map<string, number>): Promise<SourceClaim[] | null> {
  const source = toSourceValues(event, articleId, toParticipantArrays(event, personIds).ids);
  const rows = await db.$queryRaw<{ added: boolean; claimed_date: Date; claimed_precision: DatePrecision; claimed_end_date: Date | null; confidence: number; text_digest: string; claimed_people: number[] | null; claimed_location: string | null }[]>`
    WITH added AS (
      INSERT INTO event_source (event_id, article_id, evidence, evidence_start, evidence_end, claimed_date, claimed_precision, claimed_end_date,
                                claimed_people, claimed_location, confidence)
      VALUES (${eventId}, ${source.articleId}, ${source.evidence}, ${source.evidenceStart}, ${source.evidenceEnd}, ${source.claimedDate}::date,
              ${source.claimedPrecision}::"DatePrecision", ${source.claimedEndDate}::date, ${source.claimedPeople}::int[], ${source.claimedLocation}, ${source.confidence})
      ON CONFLICT (event_id, article_id) DO NOTHING
      RETURNING id, article_id, claimed_date, claimed_precision, claimed_end_date, claimed_people, claimed_location, confidence
    ), claims AS (
      SELECT id, article_id, claimed_date, claimed_precision, claimed_end_date, claimed_people, claimed_location, confidence FROM event_source WHERE event_id = ${eventId}
      UNION ALL
      SELECT id, article_id, claimed_date, claimed_precision, claimed_end_date, claimed_people, claimed_location, confidence FROM added
    )
    SELECT EXISTS (SELECT 1 FROM added) AS added, c.claimed_date, c.claimed_precision::text AS claimed_precision, c.claimed_end_date, c.confidence,
           c.claimed_people, c.claimed_location, a.text_digest
    FROM claims c JOIN article a ON a.id = c.article_id ORDER BY c.id`;
  if (!rows.length || !rows[0].added) return null;
  return rows.map((r) => ({
    date: toIsoDay(r.claimed_date),
    precision: r.claimed_precision,
    endDate: r.claimed_end_date ? toIsoDay(r.claimed_end_date) : null,
    confidence: r.confidence,
    textDigest: r.text_digest,
    people: r.claimed_people ?? [],
    location: r.claimed_location,
  }));
}

/**
 * Gives an event the people its sources support (chooseParticipants' `keep`), unless an editor set its people by
 * hand: those not kept leave, and the report's people who are kept and missing join with the role and side the
 * report gives them. Returns who joined and who left (slugs, as the History shows people), empty when nothing changed.
 */
export async function settleEventPeople(
  db: DbClient,
  eventId: number,
  keep: Set<number>,
  report: ExtractedEvent,
  personIds: Map<string, number>,
): Promise<{ joined: string[]; left: string[] }> {
  const people = toParticipantArrays(report, personIds);
  const joining = people.ids.map((id, i) => ({ id, role: people.roles[i], country: people.countries[i] })).filter((p) => keep.has(p.id));
  const [row] = await db.$queryRaw<{ joined: string[] | null; left: string[] | null }[]>`
    WITH open AS (
      SELECT id FROM event WHERE id = ${eventId} AND NOT ('participants' = ANY(COALESCE(edited_fields, ARRAY[]::text[])))
    ), gone AS (
      DELETE FROM event_participant ep USING open
      WHERE ep.event_id = open.id AND NOT (ep.person_id = ANY(${[...keep]}::int[]))
      RETURNING ep.person_id
    ), came AS (
      INSERT INTO event_participant (event_id, person_id, role, country_code)
      SELECT open.id, p.person_id, p.role, p.country_code
      FROM open, unnest(${joining.map((p) => p.id)}::int[], ${joining.map((p) => p.role)}::text[], ${joining.map((p) => p.country)}::varchar[]) AS p(person_id, role, country_code)
      ON CONFLICT (event_id, person_id) DO NOTHING
      RETURNING person_id
    )
    SELECT (SELECT array_agg(p.slug ORDER BY p.slug) FROM came JOIN person p ON p.id = came.person_id) AS joined,
           (SELECT array_agg(p.slug ORDER BY p.slug) FROM gone JOIN person p ON p.id = gone.person_id) AS left`;
  return { joined: row?.joined ?? [], left: row?.left ?? [] };
}

export interface EventDating {
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  confidence: number;
  sourcesDisagree: boolean;
}

/**
 * Sets an event's date, confidence, "sources disagree" and place after a new source (publishing a draft when
 * asked), and returns the values before and after, for the audit log. A date or place an editor set by hand stays.
 * One statement.
 */
export async function updateEventDating(
  db: DbClient,
  eventId: number,
  dating: EventDating,
  options: { location: string | null; publish: boolean },
): Promise<{ before: EventDating & { location: string | null }; after: EventDating & { location: string | null } }> {
  const [row] = await db.$queryRaw<
    { old_date: Date; old_precision: DatePrecision; old_end_date: Date | null; old_confidence: number; old_disagree: boolean; old_location: string | null; date: Date; date_precision: DatePrecision; end_date: Date | null; confidence: number; sources_disagree: boolean; location: string | null }[]
  >`
    UPDATE event e SET
      date = CASE WHEN old.date_edited THEN old.date ELSE ${dating.date}::date END,
      date_precision = CASE WHEN old.date_edited THEN old.date_precision ELSE ${dating.datePrecision}::"DatePrecision" END,
      end_date = CASE WHEN old.date_edited THEN old.end_date ELSE ${dating.endDate}::date END,
      sources_disagree = ${dating.sourcesDisagree}, confidence = ${dating.confidence},
      location = CASE WHEN old.location_edited THEN old.location ELSE COALESCE(${options.location}, old.location) END,
      status = CASE WHEN ${options.publish} AND old.status = 'draft' THEN 'published'::"EventStatus" ELSE old.status END,
      updated_at = now()
    FROM (SELECT id, date, date_precision, end_date, confidence, sources_disagree, location, status,
                 'date' = ANY(COALESCE(edited_fields, ARRAY[]::text[])) AS date_edited,
                 'location' = ANY(COALESCE(edited_fields, ARRAY[]::text[])) AS location_edited
          FROM event WHERE id = ${eventId} FOR UPDATE) old
    WHERE e.id = old.id
    RETURNING old.date AS old_date, old.date_precision::text AS old_precision, old.end_date AS old_end_date, old.confidence AS old_confidence,
              old.sources_disagree AS old_disagree, old.location AS old_location, e.date, e.date_precision::text AS date_precision, e.end_date,
              e.confidence, e.sources_disagree, e.location`;
  const day = (d: Date | null) => (d ? toIsoDay(d) : null);
  return {
    before: { date: toIsoDay(row.old_date), datePrecision: row.old_precision, endDate: day(row.old_end_date), confidence: row.old_confidence, sourcesDisagree: row.old_disagree, location: row.old_location },
    after: { date: toIsoDay(row.date), datePrecision: row.date_precision, endDate: day(row.end_date), confidence: row.confidence, sourcesDisagree: row.sources_disagree, location: row.location },
  };
}

/** Links events to their containing event (a meeting during a visit), where they have none yet. One statement. */
export async function linkParentEvents(db: DbClient, links: { id: number; parentId: number }[]): Promise<void> {
  if (!links.length) return;
  await db.$executeRaw`
    UPDATE event e SET parent_id = l.parent_id, updated_at = now()
    FROM unnest(${links.map((l) => l.id)}::int[], ${links.map((l) => l.parentId)}::int[]) AS l(id, parent_id)
    WHERE e.id = l.id AND e.parent_id IS NULL`;
}
