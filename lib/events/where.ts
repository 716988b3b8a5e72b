/**
 * EventFilters -> SQL condition on `event e`. The single translation used by the list, the totals, the meeting
 * counts and the exports (raw SQL because the counts need date_trunc and generate_series, which Prisma cannot say;
 * one translation keeps "filtered" meaning one thing).
 */
import { Prisma } from "../generated/prisma/client";
import type { EventFilters } from "./filters";

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function toEventWhere(filters: EventFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
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
