/** Relationships (country pairs). Every function takes `db` first, so it also works inside a transaction. */
import type { DbClient } from "../db/client";
import { AppError } from "../errors";
import { COUNTRIES } from "../people/registry-data";
import type { RegistryRelationship } from "../people/relationship-data";
import type { Country } from "../people/types";
import { relationshipInputSchema, toRelationshipSlug } from "./schema";
import type { RelationshipView } from "./types";

const withCountries = { first: { select: { code: true, name: true } }, second: { select: { code: true, name: true } } } as const;

function toView(row: { id: number; slug: string; name: string; sortOrder: number; first: { code: string; name: string }; second: { code: string; name: string } }): RelationshipView {
  return { id: row.id, slug: row.slug, name: row.name, sortOrder: row.sortOrder, countries: [row.first, row.second] };
}

/**
 * Every pair in display order; the first is the default. One statement with its countries joined (Prisma's include
 * sends one per relation, three in all): every ingest transaction, API request and page render reads the pairs.
 */
export async function listRelationships(db: DbClient): Promise<RelationshipView[]> {
  const rows = await db.$queryRaw<{ id: number; slug: string; name: string; sort_order: number; a_code: string; a_name: string; b_code: string; b_name: string }[]>`
    SELECT r.id, r.slug, r.name, r.sort_order, a.code AS a_code, a.name AS a_name, b.code AS b_code, b.name AS b_name
    FROM relationship r JOIN country a ON a.code = r.country_a JOIN country b ON b.code = r.country_b
    ORDER BY r.sort_order, r.id`;
  return rows.map((r) => toView({ id: r.id, slug: r.slug, name: r.name, sortOrder: r.sort_order, first: { code: r.a_code, name: r.a_name }, second: { code: r.b_code, name: r.b_name } }));
}

/**
 * The pair a `pair` URL parameter names, or the default pair when it names none. An unknown slug is a bad
 * request that lists the known ones.
 */
export async function getRelationship(db: DbClient, slug?: string | null): Promise<RelationshipView> {
  return pickRelationship(await listRelationships(db), slug);
}

/** getRelationship on a list already read (`listRelationships`). */
export function pickRelationship(pairs: RelationshipView[], slug?: string | null): RelationshipView {
  if (!pairs.length) throw new AppError("not_found", "No relationships are defined: add one with `dyad relationship add`");
  if (!slug) return pairs[0];
  const pair = pairs.find((p) => p.slug === slug);
  if (pair) return pair;
  throw new AppError("bad_request", `Unknown relationship "${slug}" (known: ${pairs.map((r) => r.slug).join(", ")})`);
}

/** Country rows for the codes, from the shipped registry when the database does not have them yet. */
async function ensureCountries(db: DbClient, codes: string[], registry: Country[]): Promise<void> {
  const have = new Set((await db.country.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
  for (const code of codes) {
    if (have.has(code)) continue;
    const entry = registry.find((c) => c.code === code);
    if (!entry) throw new AppError("bad_request", `Unknown country ${code}: use a country of the registry (${registry.map((c) => c.code).join(", ")})`);
    await db.country.create({ data: { code, name: entry.name, aliases: entry.aliases } });
  }
}

async function findPairWithCountries(db: DbClient, countries: [string, string]) {
  return db.relationship.findFirst({
    where: { OR: [{ countryA: countries[0], countryB: countries[1] }, { countryA: countries[1], countryB: countries[0] }] },
    select: { slug: true },
  });
}

/** Adds a pair (validated: two different known countries, a free slug, no other pair of the same two countries). */
export async function createRelationship(db: DbClient, input: unknown, registry: Country[] = COUNTRIES): Promise<RelationshipView> {
  const parsed = relationshipInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", `${issue.path.join(".") || "relationship"}: ${issue.message}`);
  }
  const { countries, name } = parsed.data;
  const slug = parsed.data.slug ?? toRelationshipSlug(countries);
  await ensureCountries(db, countries, registry);
  const same = await findPairWithCountries(db, countries);
  if (same) throw new AppError("conflict", `${countries.join("–")} is already the relationship "${same.slug}"`);
  if (await db.relationship.findUnique({ where: { slug }, select: { id: true } })) throw new AppError("conflict", `The slug "${slug}" is taken; choose another with --slug`);
  const last = await db.relationship.aggregate({ _max: { sortOrder: true } });
  const sortOrder = parsed.data.sortOrder ?? (last._max.sortOrder ?? -10) + 10;
  const row = await db.relationship.create({ data: { slug, name, countryA: countries[0], countryB: countries[1], sortOrder }, include: withCountries });
  return toView(row);
}

/**
 * Adds the shipped pairs the database does not have yet (by slug, or by the same two countries under another
 * slug). Existing pairs are left as they are: an editor may have renamed or reordered them.
 */
export async function syncRelationships(db: DbClient, pairs: RegistryRelationship[], registry: Country[] = COUNTRIES): Promise<number> {
  let added = 0;
  for (const pair of pairs) {
    if (await db.relationship.findUnique({ where: { slug: pair.slug }, select: { id: true } })) continue;
    if (await findPairWithCountries(db, pair.countries)) continue;
    await ensureCountries(db, [...pair.countries], registry);
    await db.relationship.create({ data: { slug: pair.slug, name: pair.name, countryA: pair.countries[0], countryB: pair.countries[1], sortOrder: pair.sortOrder } });
    added++;
  }
  return added;
}
