/**
 * A reproducible synthetic archive in the real schema: by default 1,000,000 events, 200,000 articles and 5,000
 * people (the shipped registry first, so the leaders have their real slugs, then synthetic people).
 *
 *   DATABASE_URL=... node bin/run-ts.mjs scripts/bench/generate.ts [--events N] [--articles N] [--people N] [--seed N]
 *
 * The database must be migrated and hold no events. Everything is computed inside PostgreSQL with
 * INSERT ... SELECT over generate_series: every random choice is hashint8extended(row, seed + salt), a pure
 * function of the row and the seed, so the same seed gives the same archive (the registry and the synthetic
 * people are inserted in a fixed order, so their ids are fixed too). To load fast, the big tables' indexes and
 * constraints are dropped, the rows inserted, and the very same definitions re-created (checked afterwards), with
 * fsync off meanwhile; fsync is back on before anything is measured.
 *
 * Distributions (see the constants below): dates 1990-2025 skewed to recent years (a truncated exponential:
 * about 12% of the events in the last year); types meeting 40%, visit 25%, call 10%, agreement 7%, others; 1-4
 * participants from the two countries of a pair (KP-RU 70%, KP-CN 10%, RU-CN 5%, a long tail of other pairs), each
 * drawn Zipf-like within its country (rank 1 about 9% of draws); 1-5 sources per event, pointing at articles
 * published around the event's date; 90% published, 8% draft, 2% rejected. Each event's relationship (the shipped
 * pairs: kp-ru, kp-cn, ru-cn) is set explicitly, as ingest would assign it: the pair of both its countries, else
 * the first pair with one of them (so kp-ru gets the long tail: about 85% of the events, kp-cn 10%, ru-cn 5%).
 */
import pg from "pg";
import { createDb } from "../../lib/db/client";
import { COUNTRIES, REGISTRY_PEOPLE } from "../../lib/people/registry-data";
import { RELATIONSHIPS } from "../../lib/people/relationship-data";
import { toAliasKey, toSlug } from "../../lib/people/normalize";
import { syncRegistry } from "../../lib/people/repo";
import { syncRelationships } from "../../lib/relationships/repo";
import { formatDuration, note, round } from "./stats";

export interface GenerateOptions {
  events: number;
  articles: number;
  people: number;
  seed: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  seconds: number;
  steps: Record<string, number>;
  counts: Record<string, number>;
  databaseMb: number;
  fingerprint: string;
}

export const DEFAULT_SIZES = { events: 1_000_000, articles: 200_000, people: 5_000, seed: 20_251_124 };

const END_DATE = "2025-12-31";
const SPAN_DAYS = 13_148; // 1990-01-01 .. 2025-12-31
/**
 * Recent years are denser: days back from the end follow an exponential truncated to the span, with a mean of
 * eight years. About 12% of the events fall in the last year (some 330 a day), and 1990 has about 1% of 2025's density.
 */
const TAU_DAYS = 2_922;
const TRUNCATION = 1 - Math.exp(-SPAN_DAYS / TAU_DAYS);
/** Days back from the end for a uniform u in [0, 1). */
const daysBackSql = (u: string) => `floor(-${TAU_DAYS} * ln(1 - ${u} * ${TRUNCATION}))::int`;
const BIG_TABLES = ["event", "event_participant", "event_source", "article", "audit_log"];

/** Share of the people per country (the registry's people count towards their country's share). */
const PEOPLE_SHARE: [string, number][] = [
  ["KP", 0.4], ["RU", 0.4], ["CN", 0.07], ["US", 0.03], ["KR", 0.03], ["BY", 0.016],
  ["JP", 0.012], ["UA", 0.012], ["MN", 0.008], ["VN", 0.008], ["IR", 0.008], ["SY", 0.006],
];

/** The two sides of an event. The model must not assume one pair. */
const PAIRS: [string, string, number][] = [
  ["KP", "RU", 0.7], ["KP", "CN", 0.1], ["RU", "CN", 0.05], ["RU", "BY", 0.03], ["KP", "VN", 0.02], ["RU", "IR", 0.02],
  ["RU", "UA", 0.02], ["KP", "SY", 0.01], ["KP", "MN", 0.01], ["KR", "RU", 0.01], ["US", "KP", 0.01], ["JP", "KP", 0.01], ["RU", "US", 0.01],
];

const TYPES: [string, number][] = [
  ["meeting", 0.4], ["visit", 0.25], ["call", 0.1], ["agreement", 0.07], ["ratification", 0.03], ["entry-into-force", 0.02],
  ["delegation", 0.05], ["exercise", 0.02], ["statement", 0.05], ["other", 0.01],
];

const CITIES: Record<string, string[]> = {
  KP: ["Pyongyang", "Wonsan", "Rason", "Sinuiju", "Kalma", "Hamhung", "Chongjin"],
  RU: ["Moscow", "Vladivostok", "Khabarovsk", "Vostochny Cosmodrome", "St Petersburg", "Kazan", "Ulan-Ude", "Komsomolsk-on-Amur", "Sochi"],
  CN: ["Beijing", "Shanghai", "Dandong", "Shenyang"],
  US: ["Washington", "New York"],
  KR: ["Seoul", "Busan"],
  BY: ["Minsk"],
  JP: ["Tokyo"],
  UA: ["Kyiv"],
  MN: ["Ulaanbaatar"],
  VN: ["Hanoi"],
  IR: ["Tehran"],
  SY: ["Damascus"],
};

const PARLIAMENT: Record<string, string> = {
  KP: "Supreme People's Assembly", RU: "State Duma", CN: "National People's Congress", US: "US Senate", KR: "National Assembly",
  BY: "National Assembly of Belarus", JP: "National Diet", UA: "Verkhovna Rada", MN: "State Great Khural", VN: "National Assembly of Vietnam",
  IR: "Islamic Consultative Assembly", SY: "People's Assembly of Syria",
};

const TOPICS = [
  "economic cooperation", "military cooperation", "the railway link", "fisheries", "tourism", "labour exchanges", "energy supplies",
  "space research", "public health", "education exchanges", "customs procedures", "the Tumen River bridge", "agriculture",
  "air links", "cultural exchanges", "scientific cooperation", "the port of Rajin", "mutual legal assistance", "sports exchanges",
  "information security", "veterinary controls", "trade settlement in roubles", "the comprehensive strategic partnership",
];

const OUTLETS = ["KCNA", "TASS", "RIA Novosti", "Yonhap", "NK News", "Reuters", "AP", "Xinhua", "Interfax", "Rodong Sinmun", "Kommersant", "BBC"];

const ROLES = ["Vice Minister", "Ambassador", "Deputy Foreign Minister", "Governor", "Minister", "Chairman of the Committee", "Delegation head", "Deputy Prime Minister", "Director General", "Member of Parliament"];

/** Article sentences in our own words: %1$s a person, %2$s a place, %3$s a topic. */
const SENTENCES = [
  "%1$s arrived in %2$s on Tuesday at the head of a government delegation.",
  "Talks in %2$s focused on %3$s, officials on both sides said afterwards.",
  "%1$s said the two countries would deepen %3$s in the coming years.",
  "State media published photographs of %1$s touring a factory outside %2$s.",
  "The two sides signed a protocol on %3$s at the end of the visit.",
  "Analysts said the meeting with %1$s signalled a further warming of ties.",
  "A joint statement issued in %2$s praised the progress made on %3$s.",
  "%1$s held a telephone conversation with his counterpart to discuss %3$s.",
  "Officials in %2$s declined to give details of the agreement on %3$s.",
  "The delegation led by %1$s also visited a school and a hospital in %2$s.",
  "Diplomats in %2$s said the plans for %3$s remain at an early stage.",
  "The intergovernmental commission met in %2$s for the first time in two years.",
  "%1$s thanked the hosts for a warm welcome and invited them to visit.",
  "Observers noted that %3$s has been on the agenda of every recent meeting.",
  "Sanctions continue to limit what can be done openly about %3$s, experts said.",
  "A reception was held in %2$s in honour of the visiting delegation.",
];

const TITLES = [
  "%1$s visits %2$s", "Talks on %3$s held in %2$s", "%1$s discusses %3$s", "Delegation in %2$s signs protocol on %3$s",
  "%1$s meets counterpart in %2$s", "New step in %3$s announced", "%1$s: ties will grow stronger", "Commission on %3$s meets in %2$s",
];

/** Synthetic names by country: first parts x last parts (order as the press writes them). */
const NAME_PARTS: Record<string, { first: string[]; last: string[]; familyFirst?: boolean; hyphenate?: boolean }> = {
  KP: { familyFirst: true, hyphenate: true, first: ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Han", "Yun", "O", "Jang", "Hong", "Ryu", "Song", "Hwang", "Jo", "Kye", "Paek", "Ko"], last: ["Chol Su", "Song Il", "Yong Ho", "Myong Guk", "Hyok Chol", "Nam Sun", "Kwang Jin", "Chun Hui", "Thae Song", "Gyong Ok", "Il Nam", "Man Sok", "Dok Hun", "Hak Bom", "Jin Hyok", "Sun Ok", "Yong Nam", "Chang Ho", "Myong Su", "Kum Chol"] },
  KR: { familyFirst: true, hyphenate: true, first: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"], last: ["Min Jun", "Seo Yeon", "Ji Hoon", "Hyun Woo", "Soo Jin", "Dong Hyun", "Young Ho", "Eun Ji"] },
  RU: { first: ["Alexander", "Sergei", "Dmitry", "Andrei", "Alexei", "Mikhail", "Nikolai", "Igor", "Oleg", "Yuri", "Viktor", "Pavel", "Maxim", "Denis", "Vladimir", "Konstantin", "Anatoly", "Yevgeny", "Roman", "Ivan"], last: ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Orlov", "Fedorov", "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov", "Tarasov", "Belov", "Komarov", "Kiselev"] },
  BY: { first: ["Alexander", "Viktor", "Sergei", "Andrei", "Vladimir", "Igor"], last: ["Lukashevich", "Kovalenko", "Makei", "Petrishenko", "Sidorsky", "Shevtsov", "Rudenko"] },
  UA: { first: ["Oleksandr", "Andriy", "Dmytro", "Serhiy", "Yuriy", "Mykola"], last: ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko"] },
  CN: { familyFirst: true, first: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"], last: ["Wei", "Jianhua", "Min", "Jing", "Lei", "Jun", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Qiang", "Hua", "Guoqiang", "Xiaoping"] },
  US: { first: ["John", "Michael", "David", "James", "Robert", "Mary", "Susan", "Karen", "Thomas", "Daniel"], last: ["Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Clark"] },
  JP: { first: ["Hiroshi", "Takeshi", "Kenji", "Yuki", "Taro", "Akira", "Naoko"], last: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto"] },
  MN: { first: ["Batbayar", "Ganbold", "Enkhbayar", "Tsogt", "Bold"], last: ["Batjargal", "Erdenebat", "Ganzorig", "Munkhbat", "Purevdorj"] },
  VN: { familyFirst: true, first: ["Nguyen", "Tran", "Le", "Pham", "Hoang"], last: ["Van Hung", "Thi Lan", "Minh Tuan", "Duc Anh", "Quoc Bao"] },
  IR: { first: ["Ali", "Mohammad", "Hossein", "Reza", "Mehdi"], last: ["Rezaei", "Hosseini", "Ahmadi", "Karimi", "Moradi"] },
  SY: { first: ["Bashar", "Faisal", "Walid", "Ayman", "Samir"], last: ["Haddad", "Khoury", "Mansour", "Hamdan", "Saleh"] },
};

// ------------------------------------------------------------------------------------------- SQL helpers

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (items: string[]) => `ARRAY[${items.map(lit).join(",")}]::text[]`;

/** A uniform number in [0, 1) that depends only on `expr` (a row number) and the salt: the generator's only randomness. */
function uniform(seed: number, expr: string, salt: number): string {
  return `((hashint8extended((${expr})::int8, ${seed * 1000 + salt}::int8) & 140737488355327)::float8 / 140737488355328.0::float8)`;
}

/** CASE u < w1 THEN v1 WHEN u < w1+w2 ... : picks a value by weight. */
function pickByWeight(u: string, items: [string, number][]): string {
  let acc = 0;
  const branches = items.slice(0, -1).map(([value, weight]) => {
    acc += weight;
    return `WHEN ${u} < ${acc.toFixed(6)} THEN ${value}`;
  });
  return `(CASE ${branches.join(" ")} ELSE ${items[items.length - 1][0]} END)`;
}

/** Picks one of `items` (an array literal) uniformly. */
const pickOne = (array: string, length: number, u: string) => `(${array})[1 + floor(${u} * ${length})::int]`;

// ------------------------------------------------------------------------------------------- the people

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SyntheticPerson {
  slug: string;
  name: string;
  country: string;
  role: string;
  aliases: string[];
}

/** The people beyond the registry, in a fixed order: country by country, so ids and Zipf ranks are reproducible. */
export function buildSyntheticPeople(total: number, seed: number): SyntheticPerson[] {
  const random = mulberry32(seed);
  const registryCount = new Map<string, number>();
  for (const p of REGISTRY_PEOPLE) registryCount.set(p.country, (registryCount.get(p.country) ?? 0) + 1);
  const wanted = PEOPLE_SHARE.map(([code, share]) => [code, Math.max(0, Math.round(share * total) - (registryCount.get(code) ?? 0))] as [string, number]);
  // Whatever rounding leaves over (or takes away) goes to the first country, so the total is exact.
  wanted[0][1] += total - REGISTRY_PEOPLE.length - wanted.reduce((sum, [, n]) => sum + n, 0);
  const slugs = new Set(REGISTRY_PEOPLE.map((p) => p.slug));
  const people: SyntheticPerson[] = [];
  for (const [country, count] of wanted) {
    const parts = NAME_PARTS[country];
    for (let i = 0; i < count; i++) {
      const a = parts.first[Math.floor(random() * parts.first.length)];
      const b = parts.last[Math.floor(random() * parts.last.length)];
      const name = `${a} ${b}`;
      const base = toSlug(name);
      let slug = base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      const aliases = [name];
      if (parts.hyphenate) {
        const [family, ...given] = name.split(" ");
        aliases.push(`${family} ${given.join("-").replace(/-(.)/, (_, c: string) => `-${c.toLowerCase()}`)}`);
      } else if (/ei|y\b/.test(name)) {
        aliases.push(name.replace(/ei/g, "ey").replace(/y\b/g, "i"));
      }
      people.push({ slug, name, country, role: ROLES[Math.floor(random() * ROLES.length)], aliases: [...new Set(aliases)] });
    }
  }
  return people;
}

// ------------------------------------------------------------------------------------------- schema snapshot

interface SchemaObject {
  kind: "constraint" | "index";
  table: string;
  name: string;
  type: string;
  def: string;
}

async function snapshotBigTables(client: pg.Client): Promise<SchemaObject[]> {
  const { rows: constraints } = await client.query<{ table: string; name: string; type: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype::text AS type, pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c
     WHERE c.contype IN ('p', 'u', 'f') AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))`,
    [BIG_TABLES],
  );
  const { rows: indexes } = await client.query<{ table: string; name: string; def: string }>(
    `SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))`,
    [BIG_TABLES],
  );
  return [
    ...constraints.map((c) => ({ kind: "constraint" as const, ...c })),
    ...indexes.map((i) => ({ kind: "index" as const, type: "i", ...i })),
  ].sort((a, b) => `${a.kind}${a.table}${a.name}`.localeCompare(`${b.kind}${b.table}${b.name}`));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

// ------------------------------------------------------------------------------------------- the generator

export async function generateArchive(url: string, options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? note;
  const { events: N, articles: NA, people: NP, seed } = options;
  if (NA < 32) throw new Error("generateArchive needs at least 32 articles");
  if (NP < REGISTRY_PEOPLE.length + 50) throw new Error(`generateArchive needs at least ${REGISTRY_PEOPLE.length + 50} people`);
  const u = (expr: string, salt: number) => uniform(seed, expr, salt);
  const steps: Record<string, number> = {};
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  const step = async (name: string, sql: string | (() => Promise<unknown>)) => {
    const started = performance.now();
    if (typeof sql === "string") await client.query(sql);
    else await sql();
    steps[name] = round(performance.now() - started, 0);
    log(`generate: ${name} ${formatDuration(steps[name])}`);
  };
  const speedSettings = ["fsync", "full_page_writes", "max_wal_size", "checkpoint_timeout", "autovacuum"];
  try {
    const { rows: existing } = await client.query<{ n: string }>("SELECT count(*) AS n FROM event");
    if (Number(existing[0].n) > 0) throw new Error("generateArchive needs a database without events (a fresh, migrated one)");

    // A throwaway database: no crash safety while loading (restored below, before anything is measured).
    await client.query("ALTER SYSTEM SET fsync = off");
    await client.query("ALTER SYSTEM SET full_page_writes = off");
    await client.query("ALTER SYSTEM SET max_wal_size = '8GB'");
    await client.query("ALTER SYSTEM SET checkpoint_timeout = '1h'");
    await client.query("ALTER SYSTEM SET autovacuum = off");
    await client.query("SELECT pg_reload_conf()");
    await client.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'");

    // ---- people: the registry (real slugs, offices, aliases) through the app's own code, then synthetic people.
    await step("registry", async () => {
      const db = createDb(url);
      try {
        await syncRegistry(db, REGISTRY_PEOPLE, COUNTRIES);
        await syncRelationships(db, RELATIONSHIPS);
      } finally {
        await db.$disconnect();
      }
    });
    const synthetic = buildSyntheticPeople(NP, seed);
    await step("people", async () => {
      await client.query(
        `INSERT INTO person (slug, name, country_code, needs_review, created_at, updated_at)
         SELECT slug, name, country, false, '2024-01-01', '2024-01-01' FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(slug, name, country, n) ORDER BY n`,
        [synthetic.map((p) => p.slug), synthetic.map((p) => p.name), synthetic.map((p) => p.country)],
      );
      const aliasRows = synthetic.flatMap((p) => p.aliases.map((alias) => [p.slug, alias, toAliasKey(alias)]));
      await client.query(
        `INSERT INTO person_alias (person_id, alias, normalized)
         SELECT p.id, t.alias, t.normalized FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(slug, alias, normalized, n)
         JOIN person p ON p.slug = t.slug ORDER BY t.n ON CONFLICT DO NOTHING`,
        [aliasRows.map((r) => r[0]), aliasRows.map((r) => r[1]), aliasRows.map((r) => r[2])],
      );
      await client.query(
        `INSERT INTO person_office (person_id, title, role_key, level)
         SELECT p.id, t.role, 'other', 'other' FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(slug, role, n) JOIN person p ON p.slug = t.slug ORDER BY t.n`,
        [synthetic.map((p) => p.slug), synthetic.map((p) => p.role)],
      );
    });

    // ---- lookup tables for the generator (dropped at the end).
    await step("lookups", async () => {
      await client.query(`DROP TABLE IF EXISTS bench_people, bench_country, bench_city, bench_pair, bench_ev, bench_slot, bench_evn, bench_src`);
      // Zipf ranks within a country: registry order first (Kim Jong Un, Vladimir Putin, ... are rank 1), then synthetic people.
      await client.query(`CREATE UNLOGGED TABLE bench_people AS
        SELECT p.country_code AS country, row_number() OVER (PARTITION BY p.country_code ORDER BY p.id)::int AS rank, p.id, p.name,
               COALESCE((SELECT o.title FROM person_office o WHERE o.person_id = p.id ORDER BY o.id LIMIT 1), 'Official') AS role
        FROM person p WHERE p.country_code IS NOT NULL`);
      const codes = Object.keys(CITIES);
      await client.query(`CREATE UNLOGGED TABLE bench_country AS
        SELECT c.code, c.name, (SELECT count(*) FROM bench_people b WHERE b.country = c.code)::int AS n_people,
               cardinality(x.cities) AS n_cities, x.parliament, 'Ministry of Foreign Affairs of ' || c.name AS ministry
        FROM country c JOIN (VALUES ${codes.map((code) => `(${lit(code)}, ${textArray(CITIES[code])}, ${lit(PARLIAMENT[code])})`).join(", ")}) AS x(code, cities, parliament) ON x.code = c.code`);
      await client.query(`CREATE UNLOGGED TABLE bench_city AS
        SELECT x.code AS country, (t.n - 1)::int AS idx, t.name FROM (VALUES ${codes.map((code) => `(${lit(code)}, ${textArray(CITIES[code])})`).join(", ")}) AS x(code, cities),
        unnest(x.cities) WITH ORDINALITY AS t(name, n)`);
      // Each bench pair's relationship, as lib/relationships/assign.ts picks it from an event's two countries: the
      // pair of both, else the first pair (by sort order) with one of them, else the default.
      await client.query(`CREATE UNLOGGED TABLE bench_pair AS
        SELECT t.idx, t.a, t.b, COALESCE(
          (SELECT r.id FROM relationship r WHERE (r.country_a = t.a AND r.country_b = t.b) OR (r.country_a = t.b AND r.country_b = t.a)),
          (SELECT r.id FROM relationship r WHERE r.country_a IN (t.a, t.b) OR r.country_b IN (t.a, t.b) ORDER BY r.sort_order, r.id LIMIT 1),
          (SELECT r.id FROM relationship r ORDER BY r.sort_order, r.id LIMIT 1)) AS relationship_id
        FROM (VALUES ${PAIRS.map(([a, b], i) => `(${i}, ${lit(a)}, ${lit(b)})`).join(", ")}) AS t(idx, a, b)`);
      const { rows } = await client.query<{ code: string; n_people: number }>("SELECT code, n_people FROM bench_country");
      const missing = rows.filter((r) => r.n_people === 0).map((r) => r.code);
      if (missing.length) throw new Error(`no people for ${missing.join(", ")}`);
    });

    // ---- per-event choices, then the participants (slot 0 and 2 from side A, 1 and 3 from side B).
    const pairIdx = pickByWeight(u("i", 1), PAIRS.map(([, , w], i) => [String(i), w]));
    const type = pickByWeight(u("i", 3), TYPES.map(([t, w]) => [lit(t), w]));
    await step("event choices", `CREATE UNLOGGED TABLE bench_ev AS
      SELECT i, pr.relationship_id, CASE WHEN swap THEN pr.b ELSE pr.a END AS ca, CASE WHEN swap THEN pr.a ELSE pr.b END AS cb, type, days_back, prec,
        CASE prec WHEN 'day' THEN raw_date WHEN 'month' THEN date_trunc('month', raw_date)::date ELSE date_trunc('year', raw_date)::date END AS date,
        CASE WHEN prec = 'day' AND type IN ('visit', 'delegation', 'exercise') AND u_end < 0.4 THEN raw_date + 1 + floor(u_len * 5)::int END AS end_date,
        CASE WHEN u_part < 0.2 THEN 1 WHEN u_part < 0.7 THEN 2 WHEN u_part < 0.9 THEN 3 ELSE 4 END AS n_part,
        CASE WHEN u_src < 0.45 THEN 1 WHEN u_src < 0.7 THEN 2 WHEN u_src < 0.85 THEN 3 WHEN u_src < 0.95 THEN 4 ELSE 5 END AS n_src,
        CASE WHEN u_status < 0.9 THEN 'published' WHEN u_status < 0.98 THEN 'draft' ELSE 'rejected' END AS status,
        CASE WHEN u_loc < 0.45 THEN (CASE WHEN swap THEN pr.b ELSE pr.a END) WHEN u_loc < 0.85 THEN (CASE WHEN swap THEN pr.a ELSE pr.b END) END AS loc_country,
        u_city, round((0.55 + 0.44 * u_conf)::numeric, 3)::float8 AS confidence, (prec = 'day' AND u_dis < 0.05) AS disagree_candidate,
        (${textArray(TOPICS)})[1 + t1] AS topic, (${textArray(TOPICS)})[1 + (t1 + 1 + floor(u_topic2 * ${TOPICS.length - 1})::int) % ${TOPICS.length}] AS topic2,
        u_sum < 0.4 AS has_summary, ${pickOne(textArray(OUTLETS), OUTLETS.length, "u_outlet")} AS outlet
      FROM (
        SELECT i, ${pairIdx} AS pair_idx, ${u("i", 2)} < 0.5 AS swap, ${type} AS type,
          ${daysBackSql(u("i", 4))} AS days_back,
          '${END_DATE}'::date - ${daysBackSql(u("i", 4))} AS raw_date,
          CASE WHEN ${u("i", 5)} < 0.82 THEN 'day' WHEN ${u("i", 5)} < 0.95 THEN 'month' ELSE 'year' END AS prec,
          ${u("i", 6)} AS u_end, ${u("i", 7)} AS u_len, ${u("i", 8)} AS u_part, ${u("i", 9)} AS u_src, ${u("i", 10)} AS u_status,
          ${u("i", 11)} AS u_loc, ${u("i", 12)} AS u_city, ${u("i", 13)} AS u_conf, ${u("i", 14)} AS u_dis, floor(${u("i", 15)} * ${TOPICS.length})::int AS t1,
          ${u("i", 16)} AS u_topic2, ${u("i", 17)} AS u_sum, ${u("i", 18)} AS u_outlet
        FROM generate_series(1, ${N}) AS i
      ) r JOIN bench_pair pr ON pr.idx = r.pair_idx`);

    await step("participant choices", `CREATE UNLOGGED TABLE bench_slot AS
      SELECT e.i, s.slot, p.id AS person_id, p.country, p.name, p.role
      FROM bench_ev e
      CROSS JOIN LATERAL generate_series(0, e.n_part - 1) AS s(slot)
      JOIN bench_country c ON c.code = CASE WHEN s.slot % 2 = 0 THEN e.ca ELSE e.cb END
      JOIN bench_people p ON p.country = c.code
        AND p.rank = LEAST(c.n_people, GREATEST(1, floor(exp(${u("e.i * 4 + s.slot", 20)} * ln(c.n_people + 1)))::int))`);

    // Titles and evidence name the first person of each side, the place and the topic, as real reports do.
    const other = `COALESCE(s1.name, cbc.name || ' officials')`;
    await step("event texts", `CREATE UNLOGGED TABLE bench_evn AS
      SELECT e.*, s0.name AS p0, s1.name AS p1, ci.name AS location, cac.name AS ca_name, cbc.name AS cb_name,
        CASE WHEN e.type IN ('ratification', 'entry-into-force') THEN cac.parliament WHEN e.type = 'statement' THEN cac.ministry END AS actor,
        CASE e.type
          WHEN 'meeting' THEN s0.name || ' meets ' || ${other} || COALESCE(' in ' || ci.name, '')
          WHEN 'visit' THEN s0.name || ' visits ' || COALESCE(ci.name, cbc.name)
          WHEN 'call' THEN 'Phone call between ' || s0.name || ' and ' || ${other}
          WHEN 'agreement' THEN cac.name || '–' || cbc.name || ' agreement on ' || e.topic
          WHEN 'ratification' THEN cac.parliament || ' ratifies the agreement on ' || e.topic
          WHEN 'entry-into-force' THEN 'Agreement on ' || e.topic || ' enters into force'
          WHEN 'delegation' THEN cac.name || ' delegation led by ' || s0.name || ' arrives in ' || COALESCE(ci.name, cbc.name)
          WHEN 'exercise' THEN 'Joint ' || cac.name || '–' || cbc.name || ' exercise' || COALESCE(' near ' || ci.name, '')
          WHEN 'statement' THEN s0.name || ' on ' || e.topic
          ELSE cac.name || '–' || cbc.name || ' exchange on ' || e.topic
        END AS title,
        CASE e.type
          WHEN 'meeting' THEN s0.name || ' held talks with ' || ${other} || COALESCE(' in ' || ci.name, '')
          WHEN 'visit' THEN s0.name || ' arrived in ' || COALESCE(ci.name, cbc.name) || ' for an official visit'
          WHEN 'call' THEN s0.name || ' spoke by telephone with ' || ${other}
          WHEN 'agreement' THEN s0.name || ' and ' || ${other} || ' signed an agreement on ' || e.topic
          WHEN 'ratification' THEN 'The ' || cac.parliament || ' ratified the agreement with ' || cbc.name || ' on ' || e.topic
          WHEN 'entry-into-force' THEN 'The agreement between ' || cac.name || ' and ' || cbc.name || ' on ' || e.topic || ' entered into force'
          WHEN 'delegation' THEN 'A delegation led by ' || s0.name || ' arrived in ' || COALESCE(ci.name, cbc.name)
          WHEN 'exercise' THEN 'Forces of ' || cac.name || ' and ' || cbc.name || ' held a joint exercise' || COALESCE(' near ' || ci.name, '')
          WHEN 'statement' THEN s0.name || ' issued a statement on ' || e.topic
          ELSE 'Officials of ' || cac.name || ' and ' || cbc.name || ' exchanged views on ' || e.topic
        END AS core,
        CASE e.prec WHEN 'day' THEN 'on ' || to_char(e.date, 'FMDD FMMonth YYYY') WHEN 'month' THEN 'in ' || to_char(e.date, 'FMMonth YYYY') ELSE 'in ' || to_char(e.date, 'YYYY') END AS date_text
      FROM bench_ev e
      LEFT JOIN bench_slot s0 ON s0.i = e.i AND s0.slot = 0
      LEFT JOIN bench_slot s1 ON s1.i = e.i AND s1.slot = 1
      JOIN bench_country cac ON cac.code = e.ca
      JOIN bench_country cbc ON cbc.code = e.cb
      LEFT JOIN bench_country lc ON lc.code = e.loc_country
      LEFT JOIN bench_city ci ON ci.country = e.loc_country AND ci.idx = floor(e.u_city * lc.n_cities)::int`);

    // ---- the big tables, without their indexes and constraints while loading.
    const schema = await snapshotBigTables(client);
    await step("drop indexes", async () => {
      await client.query("ALTER TABLE event DISABLE TRIGGER USER; ALTER TABLE event_source DISABLE TRIGGER USER; ALTER TABLE event_participant DISABLE TRIGGER USER");
      for (const o of schema.filter((o) => o.kind === "constraint" && o.type === "f")) await client.query(`ALTER TABLE ${o.table} DROP CONSTRAINT ${quoteIdent(o.name)}`);
      for (const o of schema.filter((o) => o.kind === "constraint" && o.type !== "f")) await client.query(`ALTER TABLE ${o.table} DROP CONSTRAINT ${quoteIdent(o.name)}`);
      for (const o of schema.filter((o) => o.kind === "index")) await client.query(`DROP INDEX ${quoteIdent(o.name)}`);
    });

    // The maintained columns (source_count, search) are written here with the function the triggers use, and the
    // triggers are off while loading (one set-based pass instead of a trigger call per source).
    await step("source texts", `CREATE UNLOGGED TABLE bench_src AS
      SELECT (e.i - 1) * 5 + k + 1 AS id, e.i AS event_id,
        LEAST(${NA - 16}, GREATEST(1, floor((1 - (1 - exp(-e.days_back / ${TAU_DAYS}.0)) / ${TRUNCATION}) * ${NA})::int)) + k * 3 + floor(${u("e.i * 8 + k", 30)} * 3)::int AS article_id,
        x.evidence, x.start AS evidence_start, x.start + length(x.evidence) AS evidence_end,
        CASE WHEN e.disagree_candidate AND e.n_src > 1 AND k = e.n_src - 1 THEN e.date + 1 + floor(${u("e.i * 8 + k", 32)} * 3)::int ELSE e.date END AS claimed_date,
        e.prec::"DatePrecision" AS claimed_precision, e.end_date AS claimed_end_date, round((0.5 + 0.45 * ${u("e.i * 8 + k", 33)})::numeric, 3)::float8 AS confidence,
        (e.date + 1 + k)::timestamptz AS created_at
      FROM bench_evn e
      CROSS JOIN LATERAL generate_series(0, e.n_src - 1) AS k
      CROSS JOIN LATERAL (SELECT
        CASE floor(${u("e.i * 8 + k", 31)} * 3)::int
          WHEN 0 THEN e.core || ' ' || e.date_text || ', ' || e.outlet || ' reported.'
          WHEN 1 THEN 'According to ' || e.outlet || ', ' || e.core || ', with talks focused on ' || e.topic || '.'
          ELSE e.core || '; the two sides discussed ' || e.topic || ' and ' || e.topic2 || '.'
        END AS evidence,
        floor(${u("e.i * 8 + k", 34)} * 600)::int AS start) AS x`);

    await step("insert events", `INSERT INTO event (id, relationship_id, type, title, summary, date, date_precision, end_date, location, actor, status, confidence,
        extractor_version, sources_disagree, parent_id, created_at, updated_at, source_count, search)
      SELECT i, relationship_id, type, title, summary, date, prec::"DatePrecision", end_date, location, actor, status::"EventStatus", confidence, 'bench-synthetic-1',
        disagree_candidate AND n_src > 1, NULL, (date + 2)::timestamptz, (date + 2)::timestamptz, src.n, event_search_vector(title, summary, location, src.evidence)
      FROM (
        SELECT *, CASE WHEN has_summary THEN upper(left(topic, 1)) || substr(topic, 2) || ' and ' || topic2 || ' were discussed, according to reports from ' || COALESCE(location, cb_name) || '.' END AS summary
        FROM bench_evn
      ) e
      JOIN (SELECT event_id, count(*)::int AS n, string_agg(evidence, ' ' ORDER BY id) AS evidence FROM bench_src GROUP BY event_id) src ON src.event_id = e.i
      ORDER BY e.i`);

    await step("day counts", `INSERT INTO event_day_count (relationship_id, type, status, date, count)
      SELECT relationship_id, type, status, date, count(*)::int FROM event GROUP BY 1, 2, 3, 4`);

    // With the copies of the event's pair, status, type and date that the participant trigger would have written.
    await step("insert participants", `INSERT INTO event_participant (event_id, person_id, role, country_code, relationship_id, status, type, date)
      SELECT p.i, p.person_id, p.role, p.country, e.relationship_id, e.status, e.type, e.date
      FROM (SELECT DISTINCT ON (i, person_id) i, person_id, role, country FROM bench_slot ORDER BY i, person_id, slot) p
      JOIN event e ON e.id = p.i`);

    // Articles have the events' distribution of dates, with ids in date order: article a is published
    // daysBack(1 - a/NA) days before the end, so the articles around an event's date have ids near
    // (1 - (1 - exp(-days_back / tau)) / truncation) * NA.
    const namesRows = await client.query<{ name: string }>(
      "SELECT name FROM bench_people WHERE rank <= 12 AND country IN ('KP', 'RU', 'CN') ORDER BY country, rank",
    );
    const names = namesRows.rows.map((r) => r.name);
    const allCities = Object.values(CITIES).flat();
    await step("insert articles", `INSERT INTO article (id, title, text, url, outlet, published_at, content_hash, version, previous_version_id,
        source_format, ingested_by, created_at)
      SELECT a,
        format(${pickOne(textArray(TITLES), TITLES.length, u("a", 40))}, ${pickOne(textArray(names), names.length, u("a", 41))},
               ${pickOne(textArray(allCities), allCities.length, u("a", 42))}, ${pickOne(textArray(TOPICS), TOPICS.length, u("a", 43))}),
        (SELECT string_agg(format(${pickOne(textArray(SENTENCES), SENTENCES.length, u("a * 16 + j", 44))},
                  ${pickOne(textArray(names), names.length, u("a * 16 + j", 45))},
                  ${pickOne(textArray(allCities), allCities.length, u("a * 16 + j", 46))},
                  ${pickOne(textArray(TOPICS), TOPICS.length, u("a * 16 + j", 47))}), ' ')
         FROM generate_series(1, 6 + floor(${u("a", 48)} * 9)::int) AS j),
        'https://news.example/' || lower(replace(outlet, ' ', '-')) || '/' || to_char(pub, 'YYYY/MM/DD') || '/' || a,
        outlet, pub, encode(sha256(convert_to('dyad-bench:${seed}:' || a, 'UTF8')), 'hex'), 1, NULL, 'text', 'bench',
        pub::timestamptz + interval '6 hours'
      FROM (
        SELECT a, '${END_DATE}'::date - ${daysBackSql(`(1 - (a - 0.5) / ${NA})`)} AS pub,
               ${pickOne(textArray(OUTLETS), OUTLETS.length, u("a", 49))} AS outlet
        FROM generate_series(1, ${NA}) AS a
      ) x`);

    await step("insert sources", `INSERT INTO event_source (id, event_id, article_id, evidence, evidence_start, evidence_end, claimed_date,
        claimed_precision, claimed_end_date, confidence, created_at)
      SELECT id, event_id, article_id, evidence, evidence_start, evidence_end, claimed_date, claimed_precision, claimed_end_date, confidence, created_at
      FROM bench_src ORDER BY id`);

    await step("insert audit log", `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before, after)
      SELECT created_at, 'bench', 'article.ingest', 'article', id::text, NULL, jsonb_build_object('title', title, 'url', url) FROM article ORDER BY id`);

    await step("create indexes", async () => {
      for (const o of schema.filter((o) => o.kind === "constraint" && o.type !== "f")) await client.query(`ALTER TABLE ${o.table} ADD CONSTRAINT ${quoteIdent(o.name)} ${o.def}`);
      for (const o of schema.filter((o) => o.kind === "index")) await client.query(o.def);
    });
    await step("foreign keys", async () => {
      for (const o of schema.filter((o) => o.kind === "constraint" && o.type === "f")) await client.query(`ALTER TABLE ${o.table} ADD CONSTRAINT ${quoteIdent(o.name)} ${o.def}`);
    });
    await client.query("ALTER TABLE event ENABLE TRIGGER USER; ALTER TABLE event_source ENABLE TRIGGER USER; ALTER TABLE event_participant ENABLE TRIGGER USER");
    const after = await snapshotBigTables(client);
    if (JSON.stringify(after) !== JSON.stringify(schema)) throw new Error("the re-created indexes and constraints differ from the migrated schema");

    await step("sequences", async () => {
      for (const table of ["event", "event_source", "article", "audit_log"]) {
        await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
      }
      await client.query("DROP TABLE bench_people, bench_country, bench_city, bench_pair, bench_ev, bench_slot, bench_evn, bench_src");
    });
    // The maintained columns agree with what the triggers would have written (a sample of one event in 1,000).
    const { rows: stale } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM event e
      CROSS JOIN LATERAL (SELECT count(*)::int AS n, string_agg(s.evidence, ' ' ORDER BY s.id) AS evidence FROM event_source s WHERE s.event_id = e.id) x
      WHERE e.id % 1000 = 0 AND (e.source_count <> x.n OR e.search IS DISTINCT FROM event_search_vector(e.title, e.summary, e.location, x.evidence))`);
    if (Number(stale[0].n) > 0) throw new Error(`${stale[0].n} sampled events have a stale source_count or search column`);
    const { rows: days } = await client.query<{ n: string }>(`SELECT count(*) AS n
      FROM (SELECT relationship_id, type, status, date, count(*)::int AS n FROM event GROUP BY 1, 2, 3, 4) a
      FULL JOIN event_day_count c USING (relationship_id, type, status, date) WHERE a.n IS DISTINCT FROM c.count`);
    if (Number(days[0].n) > 0) throw new Error(`${days[0].n} days have a stale event_day_count`);
    // Hint bits, the visibility map (index-only scans) and statistics: what autovacuum would have done by now.
    await step("vacuum analyze", "VACUUM (ANALYZE) event, event_participant, event_source, event_day_count, article, audit_log, person, person_alias, person_office, country");

    const counts: Record<string, number> = {};
    for (const table of ["event", "event_participant", "event_source", "article", "person", "person_alias", "audit_log"]) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      counts[table] = Number(rows[0].n);
    }
    // A cheap fingerprint of the content: the same seed and sizes must print the same value on every machine.
    const { rows: fp } = await client.query<{ fp: string }>(`SELECT md5(concat_ws(':',
        (SELECT sum(hashtext(title)::int8) + sum(date - '1990-01-01'::date) + sum(hashtext(type)) + sum(relationship_id) FROM event),
        (SELECT sum(person_id::int8 * (event_id % 97)) FROM event_participant),
        (SELECT sum(article_id::int8 * (event_id % 89)) + sum(length(evidence)) FROM event_source),
        (SELECT sum(length(text)::int8) FROM article))) AS fp`);
    const { rows: size } = await client.query<{ mb: string }>("SELECT pg_database_size(current_database()) / 1048576 AS mb");
    return { seconds: round((performance.now() - t0) / 1000, 1), steps, counts, databaseMb: Number(size[0].mb), fingerprint: fp[0].fp };
  } finally {
    // Crash safety back on, and everything written so far made durable, before anything is measured.
    for (const setting of speedSettings) await client.query(`ALTER SYSTEM RESET ${setting}`).catch(() => {});
    await client.query("SELECT pg_reload_conf()").catch(() => {});
    const started = performance.now();
    await client.query("CHECKPOINT").catch(() => {});
    steps.checkpoint = round(performance.now() - started, 0);
    await client.end();
  }
}

function parseArgs(argv: string[]): GenerateOptions {
  const options: GenerateOptions = { ...DEFAULT_SIZES };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "") as keyof typeof DEFAULT_SIZES;
    if (!(key in DEFAULT_SIZES) || !/^\d+$/.test(argv[i + 1] ?? "")) throw new Error(`usage: generate.ts [--events N] [--articles N] [--people N] [--seed N]`);
    options[key] = Number(argv[i + 1]);
  }
  return options;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scripts/bench/generate.ts")) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a migrated, empty database");
  const options = parseArgs(process.argv.slice(2));
  const result = await generateArchive(url, options);
  console.log(JSON.stringify({ metric: "generate_archive", ...options, ...result }));
}
