/** People in the database: the shipped registry, people first met in articles, and lookups. */
import type { DbClient } from "../db/client";
import type { ExtractedParticipant } from "../extract/types";
import type { PersonOption } from "../events/types";
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

/** People whose name or any alias contains the query ("Choi Son Hui" finds Choe Son Hui). Canonical-name matches first. */
export async function searchPeople(db: DbClient, q: string, limit = 10): Promise<PersonOption[]> {
  const key = toAliasKey(q);
  if (!key) return [];
  const aliases = await db.personAlias.findMany({
    where: { normalized: { contains: key } },
    include: { person: { select: { slug: true, name: true, countryCode: true } } },
    take: 200,
  });
  const best = new Map<string, PersonOption & { rank: number }>();
  for (const a of aliases) {
    const isName = toAliasKey(a.person.name) === a.normalized;
    const rank = (isName ? 0 : 2) + (a.normalized.startsWith(key) ? 0 : 1);
    const prev = best.get(a.person.slug);
    if (!prev || rank < prev.rank) {
      best.set(a.person.slug, { slug: a.person.slug, name: a.person.name, country: a.person.countryCode, matched: isName ? undefined : a.alias, rank });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ rank: _rank, ...option }) => option);
}

export async function listPeopleBySlugs(db: DbClient, slugs: string[]): Promise<PersonOption[]> {
  if (!slugs.length) return [];
  const people = await db.person.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true, countryCode: true } });
  return people.map((p) => ({ slug: p.slug, name: p.name, country: p.countryCode }));
}
