/**
 * EventFilters -> SQL condition on `event e`. The single translation used by the list, the totals, the meeting
 * counts and the exports (raw SQL because the counts need date_trunc and generate_series, which Prisma cannot say;
 * one translation keeps "filtered" meaning one thing).
 */
import { Prisma } from "../generated/prisma/client";
import { LEVELS, type EventFilters } from "./filters";

function likePattern(text: string): string {
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

export function toEventWhere(filters: EventFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  // The country pair: the one named, else the default (the first by sort order), so old URLs keep working.
  parts.push(filters.pair
    ? Prisma.sql`e.relationship_id = (SELECT r.id FROM relationship r WHERE r.slug = ${filters.pair})`
    : Prisma.sql`e.relationship_id = (SELECT r.id FROM relationship r ORDER BY r.sort_order, r.id LIMIT 1)`);
  // "all" is everything an editor still stands behind: drafts and published events, not rejected ones.
  if (filters.status === "all") parts.push(Prisma.sql`e.status <> 'rejected'::"EventStatus"`);
  else parts.push(Prisma.sql`e.status = ${filters.status}::"EventStatus"`);
  if (filters.from) parts.push(Prisma.sql`e.date >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`e.date <= ${filters.to}::date`);
  if (filters.type.length) parts.push(Prisma.sql`e.type IN (${Prisma.join(filters.type)})`);
  if (filters.participant.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep JOIN person p ON p.id = ep.person_id
      WHERE ep.event_id = e.id AND p.slug IN (${Prisma.join(filters.participant)}))`);
  }
  if (filters.country.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep
      WHERE ep.event_id = e.id AND ep.country_code IN (${Prisma.join(filters.country)}))`);
  }
  if (filters.level.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep JOIN person_office o ON o.person_id = ep.person_id
      WHERE ep.event_id = e.id AND o.level IN (${Prisma.join(filters.level)}) AND ${officeHeldAtEvent})`);
  }
  if (filters.location) parts.push(Prisma.sql`e.location ILIKE ${likePattern(filters.location)}`);
  if (filters.q) {
    const q = likePattern(filters.q);
    parts.push(Prisma.sql`(e.title ILIKE ${q} OR e.summary ILIKE ${q} OR e.location ILIKE ${q}
      OR EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id AND s.evidence ILIKE ${q})
      OR EXISTS (SELECT 1 FROM event_participant ep JOIN person_alias a ON a.person_id = ep.person_id
                 WHERE ep.event_id = e.id AND a.alias ILIKE ${q}))`);
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export function toEventOrder(sort: EventFilters["sort"]): Prisma.Sql {
  switch (sort) {
    case "date":
      return Prisma.sql`e.date ASC, e.id ASC`;
    case "type":
      return Prisma.sql`e.type ASC, e.date DESC, e.id DESC`;
    case "-type":
      return Prisma.sql`e.type DESC, e.date DESC, e.id DESC`;
    case "sources":
      return Prisma.sql`(SELECT count(*) FROM event_source s WHERE s.event_id = e.id) ASC, e.date DESC, e.id DESC`;
    case "-sources":
      return Prisma.sql`(SELECT count(*) FROM event_source s WHERE s.event_id = e.id) DESC, e.date DESC, e.id DESC`;
    default:
      return Prisma.sql`e.date DESC, e.id DESC`;
  }
}
