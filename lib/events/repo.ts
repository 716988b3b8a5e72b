/** Reading events. Every function takes `db` first, so it also works inside a transaction. */
import { Prisma } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { AppError } from "../errors";
import { toIsoDay } from "../dates";
import { LEVELS, type EventFilters, type Interval } from "./filters";
import { toPeriodLabel } from "./frequency";
import type { ExportRecord } from "./export";
import type { AuditEntryView, EventDetail, EventListItem, EventPage, FrequencyPoint, LinkedEventView } from "./types";
import type { LevelFrequencyPoint, MonthTypeCount, StackLevel } from "./view-types";
import { officeHeldAtEvent, officeLevelRank, toEventOrder, toEventWhere } from "./where";

const listInclude = {
  participants: { include: { person: { select: { slug: true, name: true } } } },
  _count: { select: { sources: true } },
} satisfies Prisma.EventInclude;

type ListRow = Prisma.EventGetPayload<{ include: typeof listInclude }>;

function toListItem(row: ListRow): EventListItem {
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
    participants: row.participants
      .map((p) => ({ slug: p.person.slug, name: p.person.name, country: p.countryCode, role: p.role }))
      .sort((a, b) => (a.country ?? "").localeCompare(b.country ?? "") || a.name.localeCompare(b.name)),
    sourceCount: row._count.sources,
  };
}

function toLinked(row: { id: number; type: string; title: string; date: Date; datePrecision: EventListItem["datePrecision"]; endDate: Date | null }): LinkedEventView {
  return { id: row.id, type: row.type, title: row.title, date: toIsoDay(row.date), datePrecision: row.datePrecision, endDate: row.endDate ? toIsoDay(row.endDate) : null };
}

/** Events by id, in the order given. */
export async function listEventsByIds(db: DbClient, ids: number[]): Promise<EventListItem[]> {
  if (!ids.length) return [];
  const rows = await db.event.findMany({ where: { id: { in: ids } }, include: listInclude });
  const byId = new Map(rows.map((r) => [r.id, toListItem(r)]));
  return ids.map((id) => byId.get(id)).filter((e): e is EventListItem => Boolean(e));
}

export async function listEvents(db: DbClient, filters: EventFilters): Promise<EventPage> {
  const where = toEventWhere(filters);
  const offset = (filters.page - 1) * filters.pageSize;
  const [idRows, countRows] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT e.id FROM event e WHERE ${where} ORDER BY ${toEventOrder(filters.sort)} LIMIT ${filters.pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM event e WHERE ${where}`,
  ]);
  const events = await listEventsByIds(db, idRows.map((r) => r.id));
  return { events, total: Number(countRows[0]?.total ?? 0), page: filters.page, pageSize: filters.pageSize };
}

/** All matching event ids in display order, for exports (bounded so one request cannot exhaust memory). */
export async function listEventIds(db: DbClient, filters: EventFilters, limit = 100_000): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT e.id FROM event e WHERE ${toEventWhere(filters)} ORDER BY ${toEventOrder(filters.sort)} LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

export async function getEvent(db: DbClient, id: number): Promise<EventDetail> {
  const row = await db.event.findUnique({
    where: { id },
    include: {
      ...listInclude,
      parent: true,
      children: { orderBy: [{ date: "asc" }, { id: "asc" }] },
      sources: { include: { article: true }, orderBy: [{ article: { publishedAt: "asc" } }, { id: "asc" }] },
    },
  });
  if (!row) throw new AppError("not_found", `Event ${id} not found`);
  const audit = await db.auditLog.findMany({ where: { entityType: "event", entityId: String(id) }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const history: AuditEntryView[] = audit.map((a) => ({ at: a.at.toISOString(), actor: a.actor, action: a.action, before: a.before, after: a.after }));
  return {
    ...toListItem(row),
    summary: row.summary,
    actor: row.actor,
    extractorVersion: row.extractorVersion,
    parent: row.parent ? toLinked(row.parent) : null,
    children: row.children.map(toLinked),
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
 */
export async function countMeetings(db: DbClient, filters: EventFilters, interval: Interval): Promise<FrequencyPoint[]> {
  const countsMeetings = !filters.type.length || filters.type.includes("meeting");
  const where = countsMeetings ? toEventWhere({ ...filters, type: ["meeting"] }) : Prisma.sql`FALSE`;
  const { unit, step } = INTERVAL_SQL[interval];
  const rows = await db.$queryRaw<{ start: Date; count: bigint }[]>`
    WITH m AS (
      SELECT date_trunc(${unit}, e.date)::date AS p, count(*) AS c FROM event e WHERE ${where} GROUP BY 1
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

export async function listLocations(db: DbClient): Promise<string[]> {
  const rows = await db.event.findMany({ where: { location: { not: null } }, distinct: ["location"], select: { location: true }, orderBy: { location: "asc" }, take: 500 });
  return rows.map((r) => r.location!).filter(Boolean);
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
  const where = countsMeetings ? toEventWhere({ ...filters, type: ["meeting"] }) : Prisma.sql`FALSE`;
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

/** Matching events per month and type, newest month first: the outline of the visual timeline (one grouped query). */
export async function countEventsByMonthAndType(db: DbClient, filters: EventFilters): Promise<MonthTypeCount[]> {
  const rows = await db.$queryRaw<{ month: string; type: string; count: bigint }[]>`
    SELECT to_char(e.date, 'YYYY-MM') AS month, e.type, count(*) AS count
    FROM event e WHERE ${toEventWhere(filters)}
    GROUP BY 1, 2 ORDER BY 1 DESC, 2`;
  return rows.map((r) => ({ month: r.month, type: r.type, count: Number(r.count) }));
}
