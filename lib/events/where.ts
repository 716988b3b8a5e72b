/**
 * EventFilters -> SQL condition on `event e`. The single translation used by the list, the totals, the meeting
 * counts and the exports (raw SQL because the counts need date_trunc and generate_series, which Prisma cannot say;
 * one translation keeps "filtered" meaning one thing). The conditions are shaped for the indexes of the
 * scale_indexes migration: person ids rather than slugs, the `search` column for `q`.
 */
import { Prisma } from "../generated/prisma/client";
import { toAliasKey } from "../people/normalize";
import { LEVELS, type EventFilters } from "./filters";

/** `%text%` for LIKE / ILIKE, with the wildcards in `text` escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The first and last day of a partial ISO date column (YYYY, YYYY-MM or YYYY-MM-DD) as SQL dates; NULL when the
 * column is empty or has another shape (an open or unknown end). An office "from 2021" starts on 1 Jan 2021 and
 * one "to 2021-05" ends on 31 May: partial dates are read generously, as the whole period they name.
 */
function partialDateStart(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE
    WHEN ${column} ~ '^[0-9]{4}$' THEN to_date(${column}, 'YYYY')
    WHEN ${column} ~ '^[0-9]{4}-[0-9]{2}$' THEN to_date(${column}, 'YYYY-MM')
    WHEN ${column} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN to_date(${column}, 'YYYY-MM-DD') END)`;
}

function partialDateEnd(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE
    WHEN ${column} ~ '^[0-9]{4}$' THEN (to_date(${column}, 'YYYY') + interval '1 year' - interval '1 day')::date
    WHEN ${column} ~ '^[0-9]{4}-[0-9]{2}$' THEN (to_date(${column}, 'YYYY-MM') + interval '1 month' - interval '1 day')::date
    WHEN ${column} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN to_date(${column}, 'YYYY-MM-DD') END)`;
}

/** The last day an event may have happened on: its end date, or the end of the month or year it is dated to. */
const eventLastDay = Prisma.sql`COALESCE(e.end_date, CASE e.date_precision
    WHEN 'month' THEN (e.date + interval '1 month' - interval '1 day')::date
    WHEN 'year' THEN (e.date + interval '1 year' - interval '1 day')::date
    ELSE e.date END)`;

/**
 * True when office `o` was held at the date of event `e`: the office's period overlaps the event's (a meeting
 * dated "Jun 2024" counts an office held on any day of June; an open end means "still held").
 */
export const officeHeldAtEvent = Prisma.sql`(
  COALESCE(${partialDateStart(Prisma.sql`o.from_date`)} <= ${eventLastDay}, TRUE)
  AND COALESCE(${partialDateEnd(Prisma.sql`o.to_date`)} >= e.date, TRUE))`;

/** The rank of an office level, 1 = head; LEVELS is the order. Unknown levels rank with "other". */
export const officeLevelRank = Prisma.sql`(CASE o.level ${Prisma.join(
  LEVELS.map((level, index) => Prisma.sql`WHEN ${level} THEN ${index + 1}::int`),
  " ",
)} ELSE ${LEVELS.length}::int END)`;

/**
 * What some filters mean as database ids, looked up before the main query (one small query; see
 * findFilterIds in repo.ts), so the planner sees constants it has statistics for instead of a join to resolve.
 */
export interface FilterIds {
  /**
   * The pair's id: the one `pair` names, else the default (the first by sort order); null when the slug names no
   * pair (matches nothing). As a constant the planner estimates the pair's share from its statistics (a subquery
   * gets a generic guess: the same "about" total for every pair).
   */
  relationshipId: number | null;
  /** The people the participant filter names (unknown slugs match nothing). */
  participantIds: number[];
  /** People with an alias containing `q`: their events match `q` too. */
  qPersonIds: number[];
  /** People who held an office of a level the level filter names, at any time (the dates are checked per event). */
  levelPersonIds: number[];
}

/**
 * `q` as a prefix phrase query for to_tsquery('simple', ...): each word a quoted prefix, the words in order
 * ("vostochny cosmo" -> 'vostochny':* <-> 'cosmo':*). PostgreSQL's parser then splits each word the way it split
 * the searched text ("jong-un" into jong-un, jong and un). Null when `q` has no letter or digit to search for.
 */
export function toSearchQuery(q: string): string | null {
  const words = q.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (!words.length) return null;
  return words.map((word) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`).join(" <-> ");
}

/** The events of these people (a participant filter, or `q` matching their aliases). */
function hasParticipantIn(ids: number[]): Prisma.Sql {
  if (!ids.length) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep WHERE ep.event_id = e.id AND ep.person_id = ANY(${ids}::int[]))`;
}

/** `q` on the event's own words and its sources' evidence (the maintained `search` column). */
function matchesSearchText(q: string): Prisma.Sql {
  const query = toSearchQuery(q);
  if (query) return Prisma.sql`e.search @@ to_tsquery('simple', ${query})`;
  // Only punctuation: nothing for the full-text index to look up, so the plain substring test (rare, and slow).
  const pattern = likePattern(q);
  return Prisma.sql`(e.title ILIKE ${pattern} OR e.summary ILIKE ${pattern} OR e.location ILIKE ${pattern}
    OR EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id AND s.evidence ILIKE ${pattern}))`;
}

/** `q` on participants' aliases, when the ids were not looked up first (the same test, as a subquery). */
function matchesAliasSubquery(q: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep JOIN person_alias a ON a.person_id = ep.person_id
    WHERE ep.event_id = e.id AND a.normalized LIKE ${likePattern(toAliasKey(q))})`;
}

/**
 * The conditions on `event e`, one per alternative. Usually one; two when `q` matches people's aliases: the events
 * whose text matches, and the events of those people. Their OR is the filter (toEventWhere); counting the UNION of
 * the alternatives lets each use its own index.
 */
export function toEventWhereBranches(filters: EventFilters, ids?: FilterIds): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  // The country pair: the one named, else the default (the first by sort order), so old URLs keep working.
  if (!ids) parts.push(Prisma.sql`e.relationship_id = ${toRelationshipId(filters)}`);
  else parts.push(ids.relationshipId === null ? Prisma.sql`FALSE` : Prisma.sql`e.relationship_id = ${ids.relationshipId}::int`);
  parts.push(toStatusCondition(filters.status));
  if (filters.from) parts.push(Prisma.sql`e.date >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`e.date <= ${filters.to}::date`);
  if (filters.type.length) parts.push(Prisma.sql`e.type IN (${Prisma.join(filters.type)})`);
  if (filters.participant.length) {
    parts.push(
      ids
        ? hasParticipantIn(ids.participantIds)
        : Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep JOIN person p ON p.id = ep.person_id
            WHERE ep.event_id = e.id AND p.slug IN (${Prisma.join(filters.participant)}))`,
    );
  }
  if (filters.country.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep
      WHERE ep.event_id = e.id AND ep.country_code IN (${Prisma.join(filters.country)}))`);
  }
  if (filters.level.length) {
    // The person ids only narrow the search (and give the planner statistics); the office dates decide.
    const people = ids ? (ids.levelPersonIds.length ? Prisma.sql`AND ep.person_id = ANY(${ids.levelPersonIds}::int[])` : Prisma.sql`AND FALSE`) : Prisma.empty;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep JOIN person_office o ON o.person_id = ep.person_id
      WHERE ep.event_id = e.id ${people} AND o.level IN (${Prisma.join(filters.level)}) AND ${officeHeldAtEvent})`);
  }
  if (filters.location) parts.push(Prisma.sql`e.location ILIKE ${likePattern(filters.location)}`);
  const common = Prisma.join(parts, " AND ");
  if (!filters.q) return [common];
  const text = matchesSearchText(filters.q);
  if (!ids) return [Prisma.sql`${common} AND (${text} OR ${matchesAliasSubquery(filters.q)})`];
  if (!ids.qPersonIds.length) return [Prisma.sql`${common} AND ${text}`];
  return [Prisma.sql`${common} AND ${text}`, Prisma.sql`${common} AND ${hasParticipantIn(ids.qPersonIds)}`];
}

/** The statuses a status filter admits: "all" is drafts and published events (what toStatusCondition says). */
export function toStatuses(status: EventFilters["status"]): ("draft" | "published" | "rejected")[] {
  return status === "all" ? ["draft", "published"] : [status];
}

/** The status filter on an alias: `e`, `p` for a parent, `c` for the per-day counts. */
export function toStatusCondition(status: EventFilters["status"], alias: Prisma.Sql = Prisma.sql`e`): Prisma.Sql {
  // "all" is everything an editor still stands behind: drafts and published events, not rejected ones.
  return status === "all" ? Prisma.sql`${alias}.status <> 'rejected'::"EventStatus"` : Prisma.sql`${alias}.status = ${status}::"EventStatus"`;
}

/**
 * Folding: an event drops out of the list when its containing event (a meeting's visit, a ratification's
 * agreement) is listed too (same pair; the status, type and date range asked for), since the list shows it
 * inside that event. A visit that began before the range is not listed, so its meetings are rows again.
 */
export function toFoldCondition(filters: EventFilters): Prisma.Sql {
  const parts = [toStatusCondition(filters.status, Prisma.sql`p`)];
  if (filters.type.length) parts.push(Prisma.sql`p.type IN (${Prisma.join(filters.type)})`);
  if (filters.from) parts.push(Prisma.sql`p.date >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`p.date <= ${filters.to}::date`);
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM event p WHERE p.id = e.parent_id AND p.relationship_id = e.relationship_id AND ${Prisma.join(parts, " AND ")})`;
}

/**
 * EventFilters as one condition on `event e`. Pass the ids from findFilterIds (repo.ts): without them the
 * participant and alias tests are subqueries, right but slower on a big archive.
 */
export function toEventWhere(filters: EventFilters, ids?: FilterIds): Prisma.Sql {
  const branches = toEventWhereBranches(filters, ids);
  return branches.length === 1 ? branches[0] : Prisma.sql`((${Prisma.join(branches, ") OR (")}))`;
}

/** The pair's id as a subquery: the one named, else the default (the first by sort order). */
function toRelationshipId(filters: EventFilters): Prisma.Sql {
  return filters.pair
    ? Prisma.sql`(SELECT r.id FROM relationship r WHERE r.slug = ${filters.pair})`
    : Prisma.sql`(SELECT r.id FROM relationship r ORDER BY r.sort_order, r.id LIMIT 1)`;
}

/**
 * The pair, status, type and date filters on a table with those four columns: the per-day counts
 * `event_day_count c` (see usesOnlyPairStatusTypeAndDates), or the events' copies on `event_participant ep`.
 */
export function toDayCountWhere(filters: EventFilters, alias: Prisma.Sql = Prisma.sql`c`): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`${alias}.relationship_id = ${toRelationshipId(filters)}`];
  parts.push(toStatusCondition(filters.status, alias));
  if (filters.from) parts.push(Prisma.sql`${alias}.date >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`${alias}.date <= ${filters.to}::date`);
  if (filters.type.length) parts.push(Prisma.sql`${alias}.type IN (${Prisma.join(filters.type)})`);
  return Prisma.join(parts, " AND ");
}

export function toEventOrder(sort: EventFilters["sort"]): Prisma.Sql {
  switch (sort) {
    case "date":
      return Prisma.sql`e.date ASC, e.id ASC`;
    case "type":
      return Prisma.sql`e.type ASC, e.date DESC, e.id DESC`;
    case "-type":
      return Prisma.sql`e.type DESC, e.date DESC, e.id DESC`;
    // source_count is kept by a trigger on event_source (the scale_indexes migration).
    case "sources":
      return Prisma.sql`e.source_count ASC, e.date DESC, e.id DESC`;
    case "-sources":
      return Prisma.sql`e.source_count DESC, e.date DESC, e.id DESC`;
    default:
      return Prisma.sql`e.date DESC, e.id DESC`;
  }
}
