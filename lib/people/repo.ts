/** People in the database: the shipped registry, people first met in articles, and lookups. */
import type { DbClient } from "../db/client";
import type { ExtractedParticipant } from "../extract/types";
import { Prisma } from "../generated/prisma/client";
import type { EventFilters } from "../events/filters";
import type { PersonOption } from "../events/types";
import { likePattern, toStatusCondition, toStatuses } from "../events/where";
import { toIsoDay } from "../dates";
import { toAliasKey } from "./normalize";
import type { Country, RegistryPerson } from "./types";

/** Loads the shipped registry: countries and people with aliases and offices (idempotent; editors' additions are kept). */
export async function syncRegistry(db: DbClient, people: RegistryPerson[], countries: Country[]): Promise<{ people: number }> {
  for (const c of countries) {
    await db.country.upsert({ where: { code: c.code }, create: { code: c.code, name: c.name, aliases: c.aliases }, update: { name: c.name, aliases: c.aliases } });
  }
  const known = new Set(countries.map((c) => c.code));
  const existing = new Map((await db.person.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  for (const person of people) {
    const countryCode = known.has(person.country) ? person.country : null;
    let id = existing.get(person.slug);
    if (id === undefined) {
      id = (await db.person.create({ data: { slug: person.slug, name: person.name, countryCode }, select: { id: true } })).id;
    } else {
      await db.person.update({ where: { id }, data: { name: person.name, countryCode, needsReview: false } });
    }
    await db.personAlias.createMany({
      data: [person.name, ...person.aliases].map((alias) => ({ personId: id!, alias, normalized: toAliasKey(alias) })),
      skipDuplicates: true,
    });
    await db.personOffice.deleteMany({ where: { personId: id } });
    await db.personOffice.createMany({
      data: person.offices.map((o) => ({ personId: id!, title: o.title, roleKey: o.roleKey, level: o.level, toCountry: o.toCountry ?? null, fromDate: o.from, toDate: o.to })),
    });
  }
  return { people: people.length };
}

/**
 * The database ids of an event's participants, creating those not stored yet: registry people with their
 * aliases and offices, new people (not in the registry) flagged for review.
 */
export async function ensurePeople(db: DbClient, participants: ExtractedParticipant[], registry: RegistryPerson[]): Promise<Map<string, number>> {
  const slugs = [...new Set(participants.map((p) => p.slug))];
  const found = await db.person.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const ids = new Map(found.map((p) => [p.slug, p.id]));
  // Usually everyone is known: then this was the only query.
  if (participants.every((p) => ids.has(p.slug))) return ids;
  const countries = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  for (const participant of participants) {
    if (ids.has(participant.slug)) continue;
    const entry = registry.find((r) => r.slug === participant.slug);
    const countryCode = (entry?.country ?? participant.country) ?? null;
    const person = await db.person.create({
      data: {
        slug: participant.slug,
        name: entry?.name ?? participant.name,
        countryCode: countryCode && countries.has(countryCode) ? countryCode : null,
        needsReview: !entry,
      },
      select: { id: true },
    });
    const aliases = entry ? [entry.name, ...entry.aliases] : [participant.name];
    await db.personAlias.createMany({ data: aliases.map((alias) => ({ personId: person.id, alias, normalized: toAliasKey(alias) })), skipDuplicates: true });
    if (entry?.offices.length) {
      await db.personOffice.createMany({
        data: entry.offices.map((o) => ({ personId: person.id, title: o.title, roleKey: o.roleKey, level: o.level, toCountry: o.toCountry ?? null, fromDate: o.from, toDate: o.to })),
      });
    }
    ids.set(participant.slug, person.id);
  }
  return ids;
}

/**
 * Which people a list offers: those taking part in an event of a status filter's statuses (a reader's lists are
 * `"published"`: someone known only from drafts does not exist for them), or `null` for everyone in the registry
 * (editors choosing a participant or a merge target).
 */
export type PeopleScope = EventFilters["status"] | null;

/**
 * People with an event in the scope: one probe per person into the participants' copies of their events' status
 * (the (person, pair, type, status, ...) index), stopping at the first match.
 */
function inScope(scope: PeopleScope, person: Prisma.Sql = Prisma.sql`p.id`): Prisma.Sql {
  if (scope === null) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM event_participant ep WHERE ep.person_id = ${person} AND ${toStatusCondition(scope, Prisma.sql`ep`)})`;
}

/**
 * People whose name or any alias contains the query ("Choi Son Hui" finds Choe Son Hui): canonical-name matches
 * first, then matches at the start of a name. One query, ranked in the database (the trigram index on
 * person_alias.normalized finds the aliases), so a common name ("Kim") never leaves the best matches out.
 */
export async function searchPeople(db: DbClient, q: string, options: { limit?: number; scope?: PeopleScope } = {}): Promise<PersonOption[]> {
  const key = toAliasKey(q);
  if (!key) return [];
  const escaped = key.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db.$queryRaw<{ slug: string; name: string; country: string | null; alias: string; normalized: string }[]>`
    SELECT slug, name, country, alias, normalized FROM (
      SELECT DISTINCT ON (p.id) p.slug, p.name, p.country_code AS country, a.alias, a.normalized,
             (CASE WHEN a.alias = p.name THEN 0 ELSE 2 END) + (CASE WHEN a.normalized LIKE ${`${escaped}%`} THEN 0 ELSE 1 END) AS rank
      FROM person_alias a JOIN person p ON p.id = a.person_id
      WHERE a.normalized LIKE ${`%${escaped}%`} AND ${inScope(options.scope ?? null)}
      ORDER BY p.id, rank, a.id
    ) best
    ORDER BY rank, name, slug
    LIMIT ${options.limit ?? 10}`;
  return rows.map((r) => ({ slug: r.slug, name: r.name, country: r.country, ...(toAliasKey(r.name) === r.normalized ? {} : { matched: r.alias }) }));
}

/** The people these slugs name, those in the scope only (a reader's filter shows no name known only from drafts). */
export async function listPeopleBySlugs(db: DbClient, slugs: string[], scope: PeopleScope = null): Promise<PersonOption[]> {
  if (!slugs.length) return [];
  const people = await db.$queryRaw<{ slug: string; name: string; country: string | null }[]>`
    SELECT p.slug, p.name, p.country_code AS country FROM person p WHERE p.slug = ANY(${slugs}::text[]) AND ${inScope(scope)}`;
  return people.map((p) => ({ slug: p.slug, name: p.name, country: p.country }));
}

// ---------------------------------------------------------------- the people registry pages

export interface PersonListItem {
  slug: string;
  name: string;
  country: string | null;
  countryName: string | null;
  /** The highest open-ended office (no end date recorded), or null. */
  currentOffice: string | null;
  /** Events the person takes part in that are not rejected. */
  eventCount: number;
  needsReview: boolean;
}

export interface PersonListPage {
  people: PersonListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PersonOfficeView {
  id: number;
  title: string;
  roleKey: string;
  level: string;
  toCountry: string | null;
  fromDate: string | null;
  toDate: string | null;
}

export interface PersonEventView {
  id: number;
  type: string;
  title: string;
  date: string;
  datePrecision: "day" | "month" | "year";
  endDate: string | null;
  status: "draft" | "published" | "rejected";
  role: string | null;
}

export interface PersonProfile {
  id: number;
  slug: string;
  name: string;
  country: string | null;
  countryName: string | null;
  needsReview: boolean;
  aliases: { id: number; alias: string }[];
  offices: PersonOfficeView[];
  /** The newest events, at most PERSON_EVENTS_SHOWN (the rest are on the timeline filtered by the person). */
  events: PersonEventView[];
  /** All the person's events of the asked statuses. */
  eventTotal: number;
  history: { at: string; actor: string; action: string; before: unknown; after: unknown }[];
}

/** A person page lists this many of their events, newest first: a head of state can have tens of thousands. */
export const PERSON_EVENTS_SHOWN = 200;

const OFFICE_LEVEL_RANK: Record<string, number> = { head: 0, minister: 1, parliament: 2, vice: 3, other: 4 };

/**
 * People whose name or any alias contains `q`, by name, with their open office and how many events they are in.
 * With a scope (a reader's is "published"), only the people with an event in it, counting those events; without
 * one, everyone, counting the events that are not rejected. The counts are read from the participants' copies of
 * their events' status (index-only), never from the events.
 */
export async function listPeople(
  db: DbClient,
  options: { q?: string; needsReview?: boolean; page: number; pageSize: number; scope?: PeopleScope },
): Promise<PersonListPage> {
  const scope = options.scope ?? null;
  const q = options.q?.trim() ?? "";
  const key = q ? toAliasKey(q) : "";
  const conditions = [inScope(scope)];
  if (key) {
    conditions.push(Prisma.sql`(p.name ILIKE ${likePattern(q)} OR EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND a.normalized LIKE ${likePattern(key)}))`);
  }
  if (options.needsReview) conditions.push(Prisma.sql`p.needs_review`);
  const where = Prisma.join(conditions, " AND ");
  const counted = toStatusCondition(scope ?? "all", Prisma.sql`ep`);
  type Row = { slug: string; name: string; country: string | null; country_name: string | null; needs_review: boolean; event_count: bigint; offices: { title: string; level: string; fromDate: string | null }[] | string };
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT p.slug, p.name, p.country_code AS country, c.name AS country_name, p.needs_review,
        (SELECT count(*) FROM event_participant ep WHERE ep.person_id = p.id AND ${counted}) AS event_count,
        (SELECT COALESCE(json_agg(json_build_object('title', o.title, 'level', o.level, 'fromDate', o.from_date)), '[]'::json)
         FROM person_office o WHERE o.person_id = p.id AND o.to_date IS NULL) AS offices
      FROM (SELECT p.id FROM person p WHERE ${where} ORDER BY p.name, p.id LIMIT ${options.pageSize} OFFSET ${(options.page - 1) * options.pageSize}) page
      JOIN person p ON p.id = page.id LEFT JOIN country c ON c.code = p.country_code
      ORDER BY p.name, p.id`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM person p WHERE ${where}`,
  ]);
  return {
    people: rows.map((p) => {
      const offices = typeof p.offices === "string" ? (JSON.parse(p.offices) as Exclude<Row["offices"], string>) : p.offices;
      return {
        slug: p.slug,
        name: p.name,
        country: p.country,
        countryName: p.country_name,
        currentOffice:
          [...offices].sort((a, b) => (OFFICE_LEVEL_RANK[a.level] ?? 9) - (OFFICE_LEVEL_RANK[b.level] ?? 9) || (b.fromDate ?? "").localeCompare(a.fromDate ?? ""))[0]?.title ?? null,
        eventCount: Number(p.event_count),
        needsReview: p.needs_review,
      };
    }),
    total: Number(total),
    page: options.page,
    pageSize: options.pageSize,
  };
}

/**
 * One person with aliases, offices over time (oldest first), events (newest first) and history. The events are
 * those of the status filter's statuses: "all" (drafts and published, never rejected) for editors, "published"
 * for readers, who then see no events for someone known only from drafts.
 */
export async function findPersonProfile(db: DbClient, slug: string, status: EventFilters["status"] = "all", limit = PERSON_EVENTS_SHOWN): Promise<PersonProfile | null> {
  const person = await db.person.findUnique({
    where: { slug },
    include: {
      country: { select: { name: true } },
      aliases: { orderBy: [{ alias: "asc" }, { id: "asc" }], select: { id: true, alias: true } },
      offices: { orderBy: [{ fromDate: { sort: "asc", nulls: "first" } }, { id: "asc" }] },
    },
  });
  if (!person) return null;
  const statuses = toStatuses(status);
  // The newest `limit` events, picked on the participant rows' own copies of status and date (kept by triggers; no
  // event is read for it), then those events only.
  const events = await db.$queryRaw<{ id: number; type: string; title: string; date: Date; date_precision: PersonEventView["datePrecision"]; end_date: Date | null; status: PersonEventView["status"]; role: string | null }[]>`
    SELECT e.id, e.type, e.title, e.date, e.date_precision::text AS date_precision, e.end_date, e.status::text AS status, ep.role
    FROM (SELECT event_id, date FROM event_participant
          WHERE person_id = ${person.id} AND status = ANY(${statuses}::"EventStatus"[])
          ORDER BY date DESC, event_id DESC LIMIT ${limit}) newest
    JOIN event_participant ep ON ep.event_id = newest.event_id AND ep.person_id = ${person.id}
    JOIN event e ON e.id = newest.event_id
    ORDER BY newest.date DESC, newest.event_id DESC`;
  const [audit, eventTotal] = await Promise.all([
    db.auditLog.findMany({ where: { entityType: "person", entityId: String(person.id) }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    events.length < limit ? events.length : db.eventParticipant.count({ where: { personId: person.id, status: { in: statuses } } }),
  ]);
  return {
    id: person.id,
    slug: person.slug,
    name: person.name,
    country: person.countryCode,
    countryName: person.country?.name ?? null,
    needsReview: person.needsReview,
    aliases: person.aliases,
    offices: person.offices.map((o) => ({ id: o.id, title: o.title, roleKey: o.roleKey, level: o.level, toCountry: o.toCountry, fromDate: o.fromDate, toDate: o.toDate })),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      title: e.title,
      date: toIsoDay(e.date),
      datePrecision: e.date_precision,
      endDate: e.end_date ? toIsoDay(e.end_date) : null,
      status: e.status,
      role: e.role,
    })),
    eventTotal,
    history: audit.map((a) => ({ at: a.at.toISOString(), actor: a.actor, action: a.action, before: a.before, after: a.after })),
  };
}

/**
 * The current slug of the person a merged-away slug now belongs to, following the `person.merge-into` audit rows
 * (a person merged into one later merged again), or null when the slug was never merged.
 */
export async function findMergedPersonSlug(db: DbClient, slug: string): Promise<string | null> {
  let current = slug;
  for (let hop = 0; hop < 10; hop++) {
    const row = await db.auditLog.findFirst({
      where: { entityType: "person", action: "person.merge-into", before: { path: ["slug"], equals: current } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
    });
    const next = (row?.after as { mergedInto?: { slug?: unknown } } | null)?.mergedInto?.slug;
    if (typeof next !== "string") return null;
    if (await db.person.findUnique({ where: { slug: next }, select: { id: true } })) return next;
    current = next;
  }
  return null;
}
