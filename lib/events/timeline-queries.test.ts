/** The level filter and the timeline's overview queries, on a real database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { fromIsoDay } from "../dates";
import { RELATIONSHIPS } from "../people/relationship-data";
import { syncRelationships } from "../relationships/repo";
import { DEFAULT_FILTERS, type EventFilters } from "./filters";
import { countEventsByMonthAndType, countMeetings, countMeetingsByLevel, findFilterIds, iterateEventsForExport, listEventIds, listEvents } from "./repo";

let t: TestDatabase;
const ids: Record<string, number> = {};

type Precision = "day" | "month" | "year";

async function addEvent(key: string, type: string, date: string, precision: Precision, people: number[]) {
  const event = await t.db.event.create({
    data: {
      type, title: `${key} ${type}`, date: fromIsoDay(date), datePrecision: precision, status: "published", confidence: 0.9, extractorVersion: "test",
      participants: { create: people.map((personId) => ({ personId })) },
    },
  });
  ids[key] = event.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const person = (slug: string, offices: { level: string; fromDate: string | null; toDate: string | null }[]) =>
    t.db.person.create({
      data: { slug, name: slug, offices: { create: offices.map((o) => ({ ...o, title: `${o.level} office`, roleKey: "other" })) } },
    });
  // Alpha: vice minister until May 2021, minister from June 2021. Bravo: head since 2012. Charlie: no known office.
  const alpha = await person("alpha", [{ level: "vice", fromDate: "2019", toDate: "2021-05" }, { level: "minister", fromDate: "2021-06", toDate: null }]);
  const bravo = await person("bravo", [{ level: "head", fromDate: "2012", toDate: null }]);
  const charlie = await person("charlie", []);
  await addEvent("vice-2020", "meeting", "2020-03-10", "day", [alpha.id]);
  await addEvent("minister-jun-2021", "meeting", "2021-06-01", "month", [alpha.id]);
  await addEvent("vice-may-2021", "meeting", "2021-05-20", "day", [alpha.id, charlie.id]);
  await addEvent("year-2021", "meeting", "2021-01-01", "year", [alpha.id]);
  await addEvent("head-2022", "meeting", "2022-01-05", "day", [alpha.id, bravo.id]);
  await addEvent("unknown-2022", "meeting", "2022-02-01", "day", [charlie.id]);
  await addEvent("visit-2022", "visit", "2022-03-01", "day", [bravo.id]);
});
afterAll(async () => t?.drop());

const filters = (f: Partial<EventFilters>): EventFilters => ({ ...DEFAULT_FILTERS, ...f });
const keysOf = async (f: Partial<EventFilters>) => {
  const found = new Set(await listEventIds(t.db, filters(f)));
  return Object.keys(ids).filter((k) => found.has(ids[k])).sort();
};

describe("the level filter", () => {
  it("matches the office a participant held at the event's date", async () => {
    expect(await keysOf({ level: ["vice"] })).toEqual(["vice-2020", "vice-may-2021", "year-2021"]);
    expect(await keysOf({ level: ["minister"] })).toEqual(["head-2022", "minister-jun-2021", "year-2021"]);
    expect(await keysOf({ level: ["head"] })).toEqual(["head-2022", "visit-2022"]);
    expect(await keysOf({ level: ["parliament"] })).toEqual([]);
  });

  it("combines with the other filters and counts the same way in list and total", async () => {
    expect(await keysOf({ level: ["head", "vice"], type: ["meeting"], from: "2021-01-01" })).toEqual(["head-2022", "vice-may-2021", "year-2021"]);
    const page = await listEvents(t.db, filters({ level: ["minister"] }));
    expect(page.total).toBe(3);
  });
});

describe("countMeetingsByLevel", () => {
  it("counts each meeting once, under its highest level, in every period", async () => {
    const points = await countMeetingsByLevel(t.db, filters({}), "year");
    expect(points.map((p) => [p.period, p.count, p.levels.head, p.levels.minister, p.levels.vice, p.levels.unrecorded])).toEqual([
      ["2020", 1, 0, 0, 1, 0],
      ["2021", 3, 0, 2, 1, 0],
      ["2022", 2, 1, 0, 0, 1],
    ]);
  });

  it("agrees with countMeetings, zeros included", async () => {
    const f = filters({ from: "2019-11-01", to: "2022-03-31" });
    const plain = await countMeetings(t.db, f, "quarter");
    const stacked = await countMeetingsByLevel(t.db, f, "quarter");
    expect(stacked.map(({ period, start, count }) => ({ period, start, count }))).toEqual(plain);
    expect(stacked[0]).toMatchObject({ period: "2019-Q4", count: 0 });
    for (const p of stacked) expect(Object.values(p.levels).reduce((a, b) => a + b, 0)).toBe(p.count);
  });
});

describe("countEventsByMonthAndType", () => {
  it("outlines the timeline newest month first", async () => {
    expect(await countEventsByMonthAndType(t.db, filters({ from: "2021-01-01" }))).toEqual([
      { month: "2022-03", type: "visit", count: 1 },
      { month: "2022-02", type: "meeting", count: 1 },
      { month: "2022-01", type: "meeting", count: 1 },
      { month: "2021-06", type: "meeting", count: 1 },
      { month: "2021-05", type: "meeting", count: 1 },
      { month: "2021-01", type: "meeting", count: 1 },
    ]);
  });
});

describe("iterateEventsForExport", () => {
  it("yields every matching event in display order, a bounded chunk at a time", async () => {
    const chunks: number[][] = [];
    for await (const chunk of iterateEventsForExport(t.db, filters({ sort: "date" }), 3)) chunks.push(chunk.map((r) => r.id));
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(chunks.flat()).toEqual(await listEventIds(t.db, filters({ sort: "date" })));
  });
});

describe("folding a visit's meetings into it", () => {
  it("lists the parts inside the containing event, and as rows again when the parent is not listed", async () => {
    const make = (title: string, type: string, date: string, status: "published" | "draft", parentId: number | null = null) =>
      t.db.event.create({ data: { type, title, date: fromIsoDay(date), datePrecision: "day", status, confidence: 0.9, extractorVersion: "test", parentId } });
    const visit = await make("fold visit", "visit", "2023-09-12", "published");
    const talks = await make("fold talks", "meeting", "2023-09-13", "published", visit.id);
    const draftTalks = await make("fold draft talks", "meeting", "2023-09-14", "draft", visit.id);
    const range = { from: "2023-09-01", to: "2023-09-30" };

    const flat = await listEvents(t.db, filters(range));
    expect(flat.events.map((e) => e.title).sort()).toEqual(["fold talks", "fold visit"]);
    expect(flat.events.every((e) => e.parts === undefined)).toBe(true);

    const folded = await listEvents(t.db, filters(range), { fold: true });
    expect(folded.events.map((e) => e.title)).toEqual(["fold visit"]);
    expect(folded.total).toBe(1);
    expect(folded.events[0].parts?.map((p) => p.id)).toEqual([talks.id]);

    // Editors asking for drafts too see the draft part inside the visit.
    const all = await listEvents(t.db, filters({ ...range, status: "all" }), { fold: true });
    expect(all.events[0].parts?.map((p) => p.id)).toEqual([talks.id, draftTalks.id]);

    // Asking for meetings only: the visit is not listed, so its meetings are rows of their own.
    const meetings = await listEvents(t.db, filters({ ...range, type: ["meeting"] }), { fold: true });
    expect(meetings.events.map((e) => e.title)).toEqual(["fold talks"]);
    // A range that starts after the visit began leaves the visit out: its meeting is a row again.
    const later = await listEvents(t.db, filters({ from: "2023-09-13", to: "2023-09-30" }), { fold: true });
    expect(later.events.map((e) => e.title)).toEqual(["fold talks"]);
    // With a filter on words the list stays flat (whether the visit matches would need the whole filter again).
    const words = await listEvents(t.db, filters({ ...range, q: "fold" }), { fold: true });
    expect(words.events.map((e) => e.title).sort()).toEqual(["fold talks", "fold visit"]);
  });
});

describe("the pair filter", () => {
  const pairIds = new Map<string, number>();
  beforeAll(async () => {
    await syncRelationships(t.db, RELATIONSHIPS);
    for (const r of await t.db.relationship.findMany()) pairIds.set(r.slug, r.id);
    const bravo = await t.db.person.findUniqueOrThrow({ where: { slug: "bravo" } });
    const event = await t.db.event.create({
      data: {
        type: "meeting", title: "china meeting", date: fromIsoDay("2022-01-20"), datePrecision: "day", status: "published", confidence: 0.9, extractorVersion: "test",
        relationshipId: pairIds.get("kp-cn")!, participants: { create: [{ personId: bravo.id }] },
      },
    });
    ids["china-2022"] = event.id;
  });

  it("is resolved to the pair's id first: the one named, else the default; an unknown slug matches nothing", async () => {
    expect((await findFilterIds(t.db, filters({}))).relationshipId).toBe(pairIds.get("kp-ru"));
    expect((await findFilterIds(t.db, filters({ pair: "kp-cn", participant: ["bravo"] }))).relationshipId).toBe(pairIds.get("kp-cn"));
    expect((await findFilterIds(t.db, filters({ pair: "xx-yy" }))).relationshipId).toBeNull();
  });

  it("keeps the list, its total and the meeting counts to one pair", async () => {
    expect(await keysOf({ pair: "kp-cn" })).toEqual(["china-2022"]);
    expect(await keysOf({ pair: "kp-cn", participant: ["bravo"] })).toEqual(["china-2022"]);
    expect(await keysOf({ pair: "xx-yy" })).toEqual([]);
    expect(await keysOf({})).not.toContain("china-2022");
    expect(await keysOf({ pair: "kp-ru" })).toEqual(await keysOf({}));
    expect((await listEvents(t.db, filters({ pair: "kp-cn" }))).total).toBe(1);
    const meetings = async (f: Partial<EventFilters>) => (await countMeetings(t.db, filters({ from: "2022-01-01", to: "2022-01-31", ...f }), "month"))[0].count;
    // From the per-day counts, and from the events (a participant filter).
    expect(await meetings({ pair: "kp-cn" })).toBe(1);
    expect(await meetings({ pair: "kp-cn", participant: ["bravo"] })).toBe(1);
    expect(await meetings({ participant: ["bravo"] })).toBe(1);
  });
});
