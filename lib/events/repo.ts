/** Reading events. Every function takes `db` first, so it also works inside a transaction. */
import { Prisma } from "../generated/prisma/client";
import { readJsonColumn, type DbClient } from "../db/client";
import { AppError } from "../errors";
import { toIsoDay } from "../dates";
import { LEVELS, usesOnlyPairStatusTypeAndDates, type EventFilters, type Interval } from "./filters";
import { toPeriodLabel } from "./frequency";
import type { ExportRecord } from "./export";
import type { AuditEntryView, EventDetail, EventListItem, EventPage, EventTotal, FrequencyPoint, LinkedEventView, ParticipantView } from "./types";
import type { LevelFrequencyPoint, MonthTypeCount, StackLevel } from "./view-types";
import { toAliasKey } from "../people/normalize";
import { likePattern, officeHeldAtEvent, officeLevelRank, toDayCountWhere, toEventOrder, toEventWhere, toEventWhereBranches, toFoldCondition, toStatusCondition, toStatuses, type FilterIds } from "./where";

/** Totals the planner expects above this are its estimate; below it they are counted (see countEvents). */
const EXACT_COUNT_LIMIT = 1_000;
/** Counting stops here even when the planner expected few rows (a bad estimate must not cost seconds). */
const COUNT_CAP = 10_000;

/** The participants of a list item, ordered by side then name (the table's order). */
function toParticipants(rows: ParticipantView[]): ParticipantView[] {
  return [...rows].sort((a, b) => (a.country ?? "").localeCompare(b.country ?? "") || a.name.localeCompare(b.name));
}

interface ListRow {
  id: number;
  type: string;
  title: string;
  date: Date;
  date_precision: EventListItem["datePrecision"];
  end_date: Date | null;
  location: string | null;
  status: EventListItem["status"];
  confidence: number;
  sources_disagree: boolean;
  source_count: number;
  participants: ParticipantView[] | string | null;
}

/** The columns of a list item, from `event e`: participants as one JSON array, the stored source count. */
const listColumns = Prisma.sql`e.id, e.type, e.title, e.date, e.date_precision::text AS date_precision, e.end_date, e.location,
  e.status::text AS status, e.confidence, e.sources_disagree, e.source_count,
  (SELECT json_agg(json_build_object('slug', p.slug, 'name', p.name, 'country', ep.country_code, 'role', ep.role))
   FROM event_participant ep JOIN person p ON p.id = ep.person_id WHERE ep.event_id = e.id) AS participants`;

function toListItem(row: ListRow): EventListItem {
  const participants = readJsonColumn(row.participants) ?? [];
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    date: toIsoDay(row.date),
    datePrecision: row.date_precision,
    endDate: row.end_date ? toIsoDay(row.end_date) : null,
    location: row.location,
    status: row.status,
    confidence: row.confidence,
    sourcesDisagree: row.sources_disagree,
    participants: toParticipants(participants),
    sourceCount: row.source_count,
  };
}

function toLinked(row: { id: number; type: string; title: string; date: Date; datePrecision: EventListItem["datePrecision"]; endDate: Date | null }): LinkedEventView {
  return { id: row.id, type: row.type, title: row.title, date: toIsoDay(row.date), datePrecision: row.datePrecision, endDate: row.endDate ? toIsoDay(row.endDate) : null };
}

/** Events by id, in the order given (one query). */
export async function listEventsByIds(db: DbClient, ids: number[]): Promise<EventListItem[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<ListRow[]>`
    SELECT ${listColumns} FROM unnest(${ids}::int[]) WITH ORDINALITY AS x(id, n) JOIN event e ON e.id = x.id ORDER BY x.n`;
  return rows.map(toListItem);
}

/**
 * The ids some filters name, looked up first (one small query): the pair (the one named, else the default), the
 * participants' slugs, the people whose alias contains `q` (the trigram index on person_alias.normalized), the
 * people who held an office of a level.
 */
export async function findFilterIds(db: DbClient, filters: EventFilters): Promise<FilterIds> {
  const aliasKey = filters.q ? toAliasKey(filters.q) : "";
  const rows = await db.$queryRaw<{ kind: "pair" | "participant" | "q" | "level"; id: number }[]>`
    (SELECT 'pair' AS kind, r.id FROM relationship r WHERE ${filters.pair ?? null}::text IS NULL OR r.slug = ${filters.pair ?? null}::text
     ORDER BY r.sort_order, r.id LIMIT 1)
    UNION
    SELECT 'participant' AS kind, id FROM person WHERE slug = ANY(${filters.participant}::text[])
    UNION
    SELECT 'q' AS kind, person_id AS id FROM person_alias WHERE ${aliasKey} <> '' AND normalized LIKE ${likePattern(aliasKey)}
    UNION
    SELECT 'level' AS kind, person_id AS id FROM person_office WHERE cardinality(${filters.level}::text[]) > 0 AND level = ANY(${filters.level}::text[])`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  return { relationshipId: of("pair")[0] ?? null, participantIds: of("participant"), qPersonIds: of("q"), levelPersonIds: of("level") };
}

/** PostgreSQL's estimate of how many rows a query returns (planning only, nothing is read). */
async function estimateRows(db: DbClient, query: Prisma.Sql): Promise<number> {
  const plan = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>`EXPLAIN (FORMAT JSON) ${query}`;
  const raw = plan[0]?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan?: { "Plan Rows"?: number } }[] | undefined;
  return Math.round(parsed?.[0]?.Plan?.["Plan Rows"] ?? 0);
}

/**
 * How many events match. When PostgreSQL expects more than 1,000, the total is its estimate ("about"): counting
 * hundreds of thousands of rows exactly would cost more than the rest of the page together. Below that they are
 * counted, up to 10,000 in case the estimate was far off ("more than 10,000").
 */
export async function countEvents(db: DbClient, filters: EventFilters, ids?: FilterIds, options: ListOptions = {}): Promise<EventTotal> {
  const fold = options.fold && usesOnlyPairStatusTypeAndDates(filters) ? toFoldCondition(filters) : null;
  const branches = toEventWhereBranches(filters, ids).map((where) => (fold ? Prisma.sql`${where} AND ${fold}` : where));
  const matching =
    branches.length === 1
      ? Prisma.sql`SELECT e.id FROM event e WHERE ${branches[0]}`
      : Prisma.sql`${Prisma.join(branches.map((where) => Prisma.sql`SELECT e.id FROM event e WHERE ${where}`), " UNION ")}`;
  const estimate = await estimateRows(db, matching);
  if (estimate > EXACT_COUNT_LIMIT) return { total: estimate, totalKind: "estimate" };
  const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${matching} LIMIT ${COUNT_CAP + 1}) c`;
  return Number(n) > COUNT_CAP ? { total: COUNT_CAP, totalKind: "more-than" } : { total: Number(n), totalKind: "exact" };
}

export interface ListOptions {
  /**
   * Show events inside the containing event the list also shows (a visit's meetings), not as rows of their own.
   * Only for filters on pair, status, type and dates (usesOnlyPairStatusTypeAndDates); other lists stay flat.
   */
  fold?: boolean;
  /** findFilterIds' answer when the caller looked it up already (the API does, while it checks the token). */
  ids?: FilterIds;
}

export async function listEvents(db: DbClient, filters: EventFilters, options: ListOptions = {}): Promise<EventPage> {
  const ids = options.ids ?? (await findFilterIds(db, filters));
  const fold = Boolean(options.fold) && usesOnlyPairStatusTypeAndDates(filters);
  const where = fold ? Prisma.sql`${toEventWhere(filters, ids)} AND ${toFoldCondition(filters)}` : toEventWhere(filters, ids);
  const offset = (filters.page - 1) * filters.pageSize;
  const order = toEventOrder(filters.sort);
  // The page's ids first (an index walk), then the columns of those rows only: late pages skip rows cheaply.
  const [rows, count] = await Promise.all([
    db.$queryRaw<ListRow[]>`
      SELECT ${listColumns}
      FROM (SELECT e.id FROM event e WHERE ${where} ORDER BY ${order} LIMIT ${filters.pageSize} OFFSET ${offset}) page
      JOIN event e ON e.id = page.id
      ORDER BY ${order}`,
    countEvents(db, filters, ids, { fold }),
  ]);
  const seen = offset + rows.length;
  // A page that is not full is the last one: the exact total, whatever the estimate said.
  const isLast = rows.length < filters.pageSize && (rows.length > 0 || offset === 0);
  const total: EventTotal = isLast ? { total: seen, totalKind: "exact" } : count.totalKind === "estimate" ? { total: Math.max(count.total, seen), totalKind: "estimate" } : count;
  const events = rows.map(toListItem);
  if (fold) await addParts(db, events, filters);
  return { events, ...total, page: filters.page, pageSize: filters.pageSize };
}

/** The events inside each listed event that the status filter admits (one query), as `parts`. */
async function addParts(db: DbClient, events: EventListItem[], filters: EventFilters): Promise<void> {
  if (!events.length) return;
  const rows = await db.$queryRaw<{ parent_id: number; id: number; type: string; title: string; date: Date; date_precision: EventListItem["datePrecision"]; end_date: Date | null }[]>`
    SELECT e.parent_id, e.id, e.type, e.title, e.date, e.date_precision::text AS date_precision, e.end_date
    FROM event e WHERE e.parent_id = ANY(${events.map((e) => e.id)}::int[]) AND ${toStatusCondition(filters.status)}
    ORDER BY e.date, e.id`;
  for (const event of events) {
    event.parts = rows
      .filter((r) => r.parent_id === event.id)
      .map((r) => toLinked({ id: r.id, type: r.type, title: r.title, date: r.date, datePrecision: r.date_precision, endDate: r.end_date }));
  }
}

/** All matching event ids in display order, for exports (bounded so one request cannot exhaust memory). */
export async function listEventIds(db: DbClient, filters: EventFilters, limit = 100_000): Promise<number[]> {
  const where = toEventWhere(filters, await findFilterIds(db, filters));
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT e.id FROM event e WHERE ${where} ORDER BY ${toEventOrder(filters.sort)} LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** One event with everything its page shows; `includeDrafts: false` leaves draft linked events out (readers). */
export async function getEvent(db: DbClient, id: number, options: { includeDrafts?: boolean } = {}): Promise<EventDetail> {
  const visible = (linked: { status: string }) => options.includeDrafts !== false || linked.status !== "draft";
  const row = await db.event.findUnique({
    where: { id },
    include: {
      participants: { include: { person: { select: { slug: true, name: true } } } },
      parent: true,
      children: { orderBy: [{ date: "asc" }, { id: "asc" }] },
      sources: { include: { article: true }, orderBy: [{ article: { publishedAt: "asc" } }, { id: "asc" }] },
    },
  });
  if (!row) throw new AppError("not_found", `Event ${id} not found`);
  const audit = await db.auditLog.findMany({ where: { entityType: "event", entityId: String(id) }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const history: AuditEntryView[] = audit.map((a) => ({ at: a.at.toISOString(), actor: a.actor, action: a.action, before: a.before, after: a.after }));
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    date: toIsoDay(row.date),
    datePrecision: row.datePrecision,
    endDate: row.endDate ? toIsoDay(row.endDate) : null,
    location: row.location,
    status: row.status,
    confidence: row.confidence,
    sourcesDisagree: row.sourcesDisagree,
    participants: toParticipants(row.participants.map((p) => ({ slug: p.person.slug, name: p.person.name, country: p.countryCode, role: p.role }))),
    sourceCount: row.sources.length,
    summary: row.summary,
    actor: row.actor,
    extractorVersion: row.extractorVersion,
    parent: row.parent && visible(row.parent) ? toLinked(row.parent) : null,
    children: row.children.filter(visible).map(toLinked),
    sources: row.sources.map((s) => ({
      articleId: s.articleId,
      url: s.article.url,
      title: s.article.title,
      outlet: s.article.outlet,
      publishedAt: toIsoDay(s.article.publishedAt),
      evidence: s.evidence,
      claimedDate: toIsoDay(s.claimedDate),
      claimedPrecision: s.claimedPrecision,
      claimedEndDate: s.claimedEndDate ? toIsoDay(s.claimedEndDate) : null,
    })),
    history,
  };
}

const INTERVAL_SQL: Record<Interval, { unit: Prisma.Sql; step: Prisma.Sql }> = {
  month: { unit: Prisma.sql`'month'`, step: Prisma.sql`interval '1 month'` },
  quarter: { unit: Prisma.sql`'quarter'`, step: Prisma.sql`interval '3 months'` },
  year: { unit: Prisma.sql`'year'`, step: Prisma.sql`interval '1 year'` },
};

/**
 * Meetings per period for the filtered events, every period in range with zeros included. The range is the
 * filter's from/to when given, else the span of the matching meetings. A type filter that excludes meetings
 * gives zeros: the chart counts meetings only (a visit or a call is not a meeting).
 *
 * Filters on status and dates only are answered from the per-day counts (event_day_count, kept by triggers):
 * some thousands of rows instead of every meeting; with participants too, from the participants' rows, which
 * carry copies of their events' pair, status, type and date. Other filters count the events, a day at a time first.
 */
export async function countMeetings(db: DbClient, filters: EventFilters, interval: Interval): Promise<FrequencyPoint[]> {
  const countsMeetings = !filters.type.length || filters.type.includes("meeting");
  const meetings = { ...filters, type: ["meeting" as const] };
  const { unit, step } = INTERVAL_SQL[interval];
  let perDay: Prisma.Sql;
  if (!countsMeetings) perDay = Prisma.sql`SELECT NULL::date AS d, 0::bigint AS c WHERE FALSE`;
  else if (usesOnlyPairStatusTypeAndDates(meetings)) perDay = Prisma.sql`SELECT c.date AS d, c.count AS c FROM event_day_count c WHERE ${toDayCountWhere(meetings)}`;
  else if (usesOnlyPairStatusTypeAndDates({ ...meetings, participant: [] })) {
    // The participants' own rows carry their events' pair, status, type and date: one index range per person.
    const { participantIds } = await findFilterIds(db, meetings);
    perDay = Prisma.sql`SELECT ep.date AS d, count(DISTINCT ep.event_id) AS c FROM event_participant ep
      WHERE ep.person_id = ANY(${participantIds}::int[]) AND ${toDayCountWhere(meetings, Prisma.sql`ep`)} GROUP BY ep.date`;
  } else perDay = Prisma.sql`SELECT e.date AS d, count(*) AS c FROM event e WHERE ${toEventWhere(meetings, await findFilterIds(db, meetings))} GROUP BY e.date`;
  const rows = await db.$queryRaw<{ start: Date; count: bigint }[]>`
    WITH m AS (
      SELECT date_trunc(${unit}, d)::date AS p, sum(c) AS c FROM (${perDay}) per_day GROUP BY 1 HAVING sum(c) > 0
    ), bounds AS (
      SELECT COALESCE(${filters.from ?? null}::date, (SELECT min(p) FROM m)) AS lo,
             COALESCE(${filters.to ?? null}::date, (SELECT max(p) FROM m)) AS hi
    )
    SELECT s::date AS start, COALESCE(m.c, 0) AS count
    FROM bounds, generate_series(date_trunc(${unit}, bounds.lo), date_trunc(${unit}, bounds.hi), ${step}) AS s
    LEFT JOIN m ON m.p = s::date
    WHERE bounds.lo IS NOT NULL AND bounds.hi IS NOT NULL
    ORDER BY s`;
  return rows.map((r) => {
    const start = toIsoDay(r.start);
    return { period: toPeriodLabel(start, interval), start, count: Number(r.count) };
  });
}

/**
 * The distinct places of the events a status filter admits, A to Z: a loose index scan on (status, place), one
 * index probe per place and status, not a pass over every event. Readers get the published events' places only,
 * so a place known only from a draft or a rejected event is never offered to them.
 */
export async function listLocations(db: DbClient, status: EventFilters["status"] = "published", limit = 500): Promise<string[]> {
  const rows = await db.$queryRaw<{ location: string }[]>`
    SELECT DISTINCT per_status.location
    FROM unnest(${toStatuses(status)}::"EventStatus"[]) AS s(status)
    CROSS JOIN LATERAL (
      WITH RECURSIVE places AS (
        (SELECT e.location FROM event e WHERE e.status = s.status AND e.location IS NOT NULL ORDER BY e.location LIMIT 1)
        UNION ALL
        SELECT (SELECT e.location FROM event e WHERE e.status = s.status AND e.location > places.location ORDER BY e.location LIMIT 1)
        FROM places WHERE places.location IS NOT NULL
      )
      SELECT location FROM places WHERE location IS NOT NULL AND location <> '' LIMIT ${limit}
    ) per_status
    ORDER BY per_status.location LIMIT ${limit}`;
  return rows.map((r) => r.location);
}

/**
 * Full records for export in display order, with every source, a chunk at a time (two queries per chunk, no
 * per-event round trips), so a streamed export holds one chunk in memory.
 */
export async function* iterateEventsForExport(db: DbClient, filters: EventFilters, chunkSize = 500): AsyncGenerator<ExportRecord[]> {
  const ids = await listEventIds(db, filters);
  for (let i = 0; i < ids.length; i += chunkSize) {
    const chunk = ids.slice(i, i + chunkSize);
    const rows = await db.event.findMany({
      where: { id: { in: chunk } },
      include: {
        participants: { include: { person: { select: { name: true } } } },
        sources: { include: { article: { select: { url: true, title: true, outlet: true, publishedAt: true } } }, orderBy: { id: "asc" } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const records: ExportRecord[] = [];
    for (const id of chunk) {
      const r = byId.get(id);
      if (!r) continue;
      records.push({
        id: r.id,
        status: r.status,
        type: r.type,
        title: r.title,
        date: toIsoDay(r.date),
        datePrecision: r.datePrecision,
        endDate: r.endDate ? toIsoDay(r.endDate) : null,
        participants: r.participants.map((p) => ({ name: p.person.name, country: p.countryCode, role: p.role })),
        location: r.location,
        actor: r.actor,
        evidence: r.sources[0]?.evidence ?? "",
        confidence: r.confidence,
        sourcesDisagree: r.sourcesDisagree,
        sources: r.sources.map((s) => ({ url: s.article.url, title: s.article.title, outlet: s.article.outlet, publishedAt: toIsoDay(s.article.publishedAt), evidence: s.evidence })),
      });
    }
    if (records.length) yield records;
  }
}

/** Full records for export, in display order, with every source. */
export async function listEventsForExport(db: DbClient, filters: EventFilters): Promise<ExportRecord[]> {
  const records: ExportRecord[] = [];
  for await (const chunk of iterateEventsForExport(db, filters, 1000)) records.push(...chunk);
  return records;
}

const emptyLevels = (): Record<StackLevel, number> => ({ head: 0, minister: 0, vice: 0, parliament: 0, other: 0, unrecorded: 0 });

/**
 * Meetings per period and level, in the database: countMeetings's periods (zeros included) with each meeting
 * counted once, under the highest office any participant held at its date (LEVELS order: head, minister, vice,
 * parliament, other), or "unrecorded" when no participant's office at that date is known.
 */
export async function countMeetingsByLevel(db: DbClient, filters: EventFilters, interval: Interval): Promise<LevelFrequencyPoint[]> {
  const countsMeetings = !filters.type.length || filters.type.includes("meeting");
  const meetings = { ...filters, type: ["meeting" as const] };
  const where = countsMeetings ? toEventWhere(meetings, await findFilterIds(db, meetings)) : Prisma.sql`FALSE`;
  const { unit, step } = INTERVAL_SQL[interval];
  const rows = await db.$queryRaw<{ start: Date; rank: number | null; count: bigint }[]>`
    WITH ranked AS (
      SELECT date_trunc(${unit}, e.date)::date AS p,
             COALESCE((SELECT min(${officeLevelRank}) FROM event_participant ep JOIN person_office o ON o.person_id = ep.person_id
                       WHERE ep.event_id = e.id AND ${officeHeldAtEvent}), 0) AS r
      FROM event e WHERE ${where}
    ), m AS (
      SELECT p, r, count(*) AS c FROM ranked GROUP BY p, r
    ), bounds AS (
      SELECT COALESCE(${filters.from ?? null}::date, (SELECT min(p) FROM m)) AS lo,
             COALESCE(${filters.to ?? null}::date, (SELECT max(p) FROM m)) AS hi
    )
    SELECT s::date AS start, m.r AS rank, COALESCE(m.c, 0) AS count
    FROM bounds, generate_series(date_trunc(${unit}, bounds.lo), date_trunc(${unit}, bounds.hi), ${step}) AS s
    LEFT JOIN m ON m.p = s::date
    WHERE bounds.lo IS NOT NULL AND bounds.hi IS NOT NULL
    ORDER BY s, m.r`;
  const points = new Map<string, LevelFrequencyPoint>();
  for (const row of rows) {
    const start = toIsoDay(row.start);
    let point = points.get(start);
    if (!point) {
      point = { period: toPeriodLabel(start, interval), start, count: 0, levels: emptyLevels() };
      points.set(start, point);
    }
    if (row.rank === null) continue;
    const count = Number(row.count);
    const level: StackLevel = row.rank >= 1 && row.rank <= LEVELS.length ? LEVELS[row.rank - 1] : "unrecorded";
    point.levels[level] += count;
    point.count += count;
  }
  return [...points.values()];
}

/**
 * Matching events per month and type, newest month first: the outline of the visual timeline (one grouped query;
 * from the per-day counts when the filters allow, as countMeetings).
 */
export async function countEventsByMonthAndType(db: DbClient, filters: EventFilters): Promise<MonthTypeCount[]> {
  const rows = usesOnlyPairStatusTypeAndDates(filters)
    ? await db.$queryRaw<{ month: string; type: string; count: bigint }[]>`
        SELECT to_char(c.date, 'YYYY-MM') AS month, c.type, sum(c.count) AS count
        FROM event_day_count c WHERE ${toDayCountWhere(filters)}
        GROUP BY 1, 2 HAVING sum(c.count) > 0 ORDER BY 1 DESC, 2`
    : await db.$queryRaw<{ month: string; type: string; count: bigint }[]>`
        SELECT to_char(e.date, 'YYYY-MM') AS month, e.type, count(*) AS count
        FROM event e WHERE ${toEventWhere(filters, await findFilterIds(db, filters))}
        GROUP BY 1, 2 ORDER BY 1 DESC, 2`;
  return rows.map((r) => ({ month: r.month, type: r.type, count: Number(r.count) }));
}
