/**
 * What the scale work keeps in the database for the timeline (the `search` words, the source count, the per-day
 * counts) follows every change to events and sources; search, totals and meeting counts read them, on a real
 * PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { fromIsoDay } from "../dates";
import { toAliasKey } from "../people/normalize";
import { publishEvents } from "./review";
import { mergeEvents, rejectEvents, splitEvent, updateEvent } from "./edit";
import { DEFAULT_FILTERS, type EventFilters } from "./filters";
import { countEventsByMonthAndType, countMeetings, listEvents, listLocations } from "./repo";

let t: TestDatabase;
let articleSeq = 0;
const filters = (f: Partial<EventFilters>): EventFilters => ({ ...DEFAULT_FILTERS, ...f });

async function addArticle(text: string) {
  articleSeq += 1;
  return t.db.article.create({
    data: { title: `Report ${articleSeq}`, text, publishedAt: fromIsoDay("2024-06-20"), contentHash: `scale-${articleSeq}-`.padEnd(64, "x"), ingestedBy: "test" },
  });
}

/** An event with one source per evidence sentence (each from its own article). */
async function addEvent(spec: { title: string; date: string; type?: string; status?: "draft" | "published"; location?: string; evidence: string[]; people?: number[] }) {
  const articles = [];
  for (const text of spec.evidence) articles.push(await addArticle(text));
  return t.db.event.create({
    data: {
      type: spec.type ?? "meeting", title: spec.title, date: fromIsoDay(spec.date), datePrecision: "day", location: spec.location ?? null,
      status: spec.status ?? "published", confidence: 0.8, extractorVersion: "test",
      participants: { create: (spec.people ?? []).map((personId) => ({ personId })) },
      sources: {
        create: articles.map((a) => ({
          articleId: a.id, evidence: a.text, evidenceStart: 0, evidenceEnd: a.text.length, claimedDate: fromIsoDay(spec.date), claimedPrecision: "day" as const, confidence: 0.8,
        })),
      },
    },
  });
}

const idsFor = async (f: Partial<EventFilters>) => (await listEvents(t.db, filters({ pageSize: 500, ...f }))).events.map((e) => e.id);

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe("search (q)", () => {
  it("finds words of the title, the place and every source's evidence, as word prefixes in order", async () => {
    const event = await addEvent({ title: "Lavrov meets Choe", date: "2024-01-16", location: "Moscow", evidence: ["The ministers discussed the railway bridge over the Tumen."] });
    expect(await idsFor({ q: "railway" })).toContain(event.id);
    expect(await idsFor({ q: "rail" })).toContain(event.id);
    expect(await idsFor({ q: "Railway Bridge" })).toContain(event.id);
    expect(await idsFor({ q: "moscow" })).toContain(event.id);
    // Words in another order, or a word inside another, are not the phrase.
    expect(await idsFor({ q: "bridge railway" })).not.toContain(event.id);
    expect(await idsFor({ q: "ailway" })).not.toContain(event.id);
  });

  it("follows sources added later, moved away by a split, and edits of the title", async () => {
    const event = await addEvent({ title: "Talks in Pyongyang", date: "2024-03-02", evidence: ["Officials met in Pyongyang."] });
    expect(await idsFor({ q: "cosmodrome" })).not.toContain(event.id);
    const later = await addArticle("They also toured the cosmodrome.");
    await t.db.eventSource.create({
      data: { eventId: event.id, articleId: later.id, evidence: later.text, evidenceStart: 0, evidenceEnd: later.text.length, claimedDate: fromIsoDay("2024-03-02"), claimedPrecision: "day", confidence: 0.8 },
    });
    expect(await idsFor({ q: "cosmodrome" })).toEqual([event.id]);

    const source = await t.db.eventSource.findFirstOrThrow({ where: { eventId: event.id, articleId: later.id } });
    const split = await splitEvent(t.db, event.id, [source.id], "tester");
    await publishEvents(t.db, [split.newEventId], "tester");
    expect(await idsFor({ q: "cosmodrome" })).toEqual([split.newEventId]);
    expect(await idsFor({ q: "Pyongyang" })).toContain(event.id);

    await updateEvent(t.db, event.id, { title: "Talks on fisheries" }, "tester");
    expect(await idsFor({ q: "fisheries" })).toEqual([event.id]);
  });

  it("finds the events of people whose alias contains the words, as before", async () => {
    const person = await t.db.person.create({
      data: { slug: "choe-son-hui", name: "Choe Son Hui", aliases: { create: ["Choe Son Hui", "Choi Son-hui"].map((alias) => ({ alias, normalized: toAliasKey(alias) })) } },
    });
    const event = await addEvent({ title: "Foreign ministers' talks", date: "2024-11-01", evidence: ["The two ministers held talks."], people: [person.id] });
    expect(await idsFor({ q: "Choi Son Hui" })).toContain(event.id);
    expect(await idsFor({ q: "son-hui" })).toContain(event.id);
  });

  it("still searches a query with no letters or digits, as text", async () => {
    const event = await addEvent({ title: "Statement -- in full", date: "2024-05-05", evidence: ["A statement."] });
    expect(await idsFor({ q: "--" })).toContain(event.id);
  });
});

describe("the number of sources", () => {
  it("orders by it as sources are added, merged in and split off", async () => {
    const one = await addEvent({ title: "One source", date: "2023-02-01", type: "call", evidence: ["A call."] });
    const three = await addEvent({ title: "Three sources", date: "2023-02-02", type: "call", evidence: ["A call.", "The call.", "That call."] });
    const two = await addEvent({ title: "Two sources", date: "2023-02-03", type: "call", evidence: ["A call.", "The call."] });
    const order = async () => (await listEvents(t.db, filters({ type: ["call"], sort: "-sources" }))).events.map((e) => [e.id, e.sourceCount]);
    expect(await order()).toEqual([[three.id, 3], [two.id, 2], [one.id, 1]]);

    await mergeEvents(t.db, one.id, three.id, "tester");
    expect(await order()).toEqual([[one.id, 4], [two.id, 2]]);

    const sources = await t.db.eventSource.findMany({ where: { eventId: one.id }, orderBy: { id: "asc" } });
    await splitEvent(t.db, one.id, sources.slice(0, 3).map((s) => s.id), "tester");
    expect((await listEvents(t.db, filters({ type: ["call"], status: "all", sort: "sources" }))).events.map((e) => e.sourceCount)).toEqual([1, 2, 3]);
  });
});

describe("meeting counts and the timeline outline", () => {
  it("follow publishing, rejecting and re-dating, as a count of the events would", async () => {
    const a = await addEvent({ title: "Summit", date: "2022-04-10", type: "visit", status: "draft", evidence: ["A summit."] });
    const b = await addEvent({ title: "Talks", date: "2022-04-11", type: "visit", evidence: ["Talks."] });
    const visits = filters({ type: ["visit"], from: "2022-01-01", to: "2022-12-31" });
    const outline = async () => (await countEventsByMonthAndType(t.db, visits)).map((c) => [c.month, c.count]);
    expect(await outline()).toEqual([["2022-04", 1]]);

    await publishEvents(t.db, [a.id], "tester");
    expect(await outline()).toEqual([["2022-04", 2]]);
    await updateEvent(t.db, b.id, { date: "2022-07-01", datePrecision: "day" }, "tester");
    expect(await outline()).toEqual([["2022-07", 1], ["2022-04", 1]]);
    await rejectEvents(t.db, [a.id], "tester");
    expect(await outline()).toEqual([["2022-07", 1]]);
    expect(await countEventsByMonthAndType(t.db, { ...visits, status: "all" })).toEqual([{ month: "2022-07", type: "visit", count: 1 }]);
  });

  it("count the same from the per-day counts as from the events, zeros included", async () => {
    const person = await t.db.person.create({ data: { slug: "meeting-counter", name: "Meeting Counter" } });
    for (const [day, people] of [["2021-01-05", [person.id]], ["2021-01-20", []], ["2021-03-03", [person.id]]] as const) {
      await addEvent({ title: `Meeting ${day}`, date: day, evidence: ["A meeting."], people: [...people] });
    }
    const range = { from: "2021-01-01", to: "2021-04-30" };
    const fromDays = await countMeetings(t.db, filters(range), "month");
    // A participant filter cannot use the per-day counts: it counts the participants' rows.
    const fromEvents = await countMeetings(t.db, filters({ ...range, participant: ["meeting-counter"] }), "month");
    expect(fromDays.map((p) => [p.period, p.count])).toEqual([["2021-01", 2], ["2021-02", 0], ["2021-03", 1], ["2021-04", 0]]);
    expect(fromEvents.map((p) => [p.period, p.count])).toEqual([["2021-01", 1], ["2021-02", 0], ["2021-03", 1], ["2021-04", 0]]);
  });
});

describe("a participant's meeting counts", () => {
  /** The same figure counted from the list of events: the meetings of the filter, per month. */
  async function countFromList(f: Partial<EventFilters>): Promise<[string, number][]> {
    const { events } = await listEvents(t.db, filters({ ...f, type: ["meeting"], pageSize: 500 }));
    const months = new Map<string, number>();
    for (const e of events) months.set(e.date.slice(0, 7), (months.get(e.date.slice(0, 7)) ?? 0) + 1);
    return [...months].sort();
  }
  async function countFromRows(f: Partial<EventFilters>): Promise<[string, number][]> {
    return (await countMeetings(t.db, filters(f), "month")).filter((p) => p.count > 0).map((p) => [p.period, p.count]);
  }

  it("follow publishing, re-dating, re-typing, rejecting and merging, and count a meeting of two of them once", async () => {
    const [kim, lavrov] = await Promise.all(
      ["count-kim", "count-lavrov"].map((slug) => t.db.person.create({ data: { slug, name: slug } })),
    );
    const both = await addEvent({ title: "Both", date: "2020-02-03", evidence: ["Talks."], people: [kim.id, lavrov.id] });
    const draft = await addEvent({ title: "Draft", date: "2020-02-10", status: "draft", evidence: ["Talks."], people: [kim.id] });
    const visit = await addEvent({ title: "Visit", date: "2020-03-01", type: "visit", evidence: ["A visit."], people: [lavrov.id] });
    const other = await addEvent({ title: "Other", date: "2020-04-04", evidence: ["Talks."], people: [lavrov.id] });
    const range = { from: "2020-01-01", to: "2020-12-31" };
    const check = async (expected: [string, number][]) => {
      for (const participant of [["count-kim"], ["count-lavrov"], ["count-kim", "count-lavrov"]]) {
        expect(await countFromRows({ ...range, participant }), participant.join()).toEqual(await countFromList({ ...range, participant }));
      }
      expect(await countFromRows({ ...range, participant: ["count-kim", "count-lavrov"] })).toEqual(expected);
    };
    await check([["2020-02", 1], ["2020-04", 1]]);
    await publishEvents(t.db, [draft.id], "tester");
    await check([["2020-02", 2], ["2020-04", 1]]);
    await updateEvent(t.db, both.id, { date: "2020-05-05", datePrecision: "day" }, "tester");
    await updateEvent(t.db, visit.id, { type: "meeting" }, "tester");
    await check([["2020-02", 1], ["2020-03", 1], ["2020-04", 1], ["2020-05", 1]]);
    await rejectEvents(t.db, [other.id], "tester");
    // The merged meeting takes the earlier of its two sources' days (a tie), and Kim's part in it.
    await mergeEvents(t.db, visit.id, draft.id, "tester");
    await check([["2020-02", 1], ["2020-05", 1]]);
    expect(await countFromRows({ ...range, participant: ["count-kim"] })).toEqual([["2020-02", 1], ["2020-05", 1]]);
  });
});

describe("totals", () => {
  it("are exact for a few events and PostgreSQL's estimate, said to be one, for many", async () => {
    await t.db.event.createMany({
      data: Array.from({ length: 3000 }, (_, i) => ({
        type: "statement", title: `Statement ${i}`, date: new Date(Date.UTC(2010, 0, 1 + (i % 3000))), datePrecision: "day" as const,
        status: "published" as const, confidence: 0.5, extractorVersion: "test",
      })),
    });
    await t.db.$executeRawUnsafe("ANALYZE event");
    const many = await listEvents(t.db, filters({ type: ["statement"] }));
    expect(many.totalKind).toBe("estimate");
    expect(many.total).toBeGreaterThan(2000);
    expect(many.total).toBeLessThan(4500);
    const few = await listEvents(t.db, filters({ type: ["statement"], from: "2010-01-01", to: "2010-01-31", pageSize: 10 }));
    expect(few).toMatchObject({ total: 31, totalKind: "exact" });
    // The last page of an estimated list knows the exact total.
    const last = await listEvents(t.db, filters({ type: ["statement"], pageSize: 400, page: 8 }));
    expect(last).toMatchObject({ total: 3000, totalKind: "exact" });
    expect(last.events).toHaveLength(200);
  });
});

describe("listLocations", () => {
  it("lists each place once, A to Z", async () => {
    const places = await listLocations(t.db);
    expect(places).toEqual([...new Set(places)].sort());
    expect(places).toContain("Moscow");
  });

  it("offers a reader only the places of published events; editors the places of the statuses they ask for", async () => {
    await addEvent({ title: "Draft in Rason", date: "2024-02-01", status: "draft", location: "Rason", evidence: ["A draft-only place."] });
    const rejected = await addEvent({ title: "Rejected in Kalma", date: "2024-02-02", status: "draft", location: "Kalma", evidence: ["A rejected place."] });
    await rejectEvents(t.db, [rejected.id], "editor@test");
    const published = await listLocations(t.db, "published");
    expect(published).toContain("Moscow");
    expect(published).not.toContain("Rason");
    expect(published).not.toContain("Kalma");
    expect(await listLocations(t.db)).toEqual(published);
    expect(await listLocations(t.db, "draft")).toEqual(["Rason"]);
    expect(await listLocations(t.db, "rejected")).toEqual(["Kalma"]);
    const all = await listLocations(t.db, "all");
    expect(all).toEqual([...new Set([...published, "Rason"])].sort());
    // Publishing the draft brings its place to readers.
    const draftId = (await t.db.event.findFirstOrThrow({ where: { location: "Rason" } })).id;
    await publishEvents(t.db, [draftId], "editor@test");
    expect(await listLocations(t.db, "published")).toContain("Rason");
  });
});
