/** Editors' changes to events on a real PostgreSQL: edit, reject, merge, split, bulk publish, and their audit rows. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { fromIsoDay, toIsoDay } from "../dates";
import { AppError } from "../errors";
import { toAliasKey } from "../people/normalize";
import { mergeEvents, publishConfident, rejectEvents, splitEvent, toPeriodStart, updateEvent } from "./edit";
import { DEFAULT_FILTERS } from "./filters";
import { listEvents } from "./repo";

let t: TestDatabase;
let hashSeq = 0;

async function createPerson(slug: string, name: string, countryCode: string, offices: { title: string; fromDate: string | null; toDate: string | null }[] = []) {
  return t.db.person.create({
    data: {
      slug,
      name,
      countryCode,
      aliases: { create: [{ alias: name, normalized: toAliasKey(name) }] },
      offices: { create: offices.map((o) => ({ ...o, roleKey: "deputy-foreign-minister", level: "vice" })) },
    },
  });
}

async function createArticle(title: string, text: string) {
  hashSeq += 1;
  return t.db.article.create({ data: { title, text, publishedAt: fromIsoDay("2019-08-17"), contentHash: `hash-${hashSeq}`.padEnd(64, "0"), ingestedBy: "test" } });
}

interface SourceSpec {
  text: string;
  date: string;
  precision?: "day" | "month" | "year";
  confidence?: number;
}

/** An event with one article per source; the evidence is the article's whole text. */
async function createEvent(spec: { title: string; status?: "draft" | "published" | "rejected"; people?: string[]; sources: SourceSpec[]; location?: string | null; confidence?: number; type?: string }) {
  const people = await t.db.person.findMany({ where: { slug: { in: spec.people ?? [] } } });
  const first = spec.sources[0];
  const event = await t.db.event.create({
    data: {
      type: spec.type ?? "meeting",
      title: spec.title,
      date: fromIsoDay(first.date),
      datePrecision: first.precision ?? "day",
      location: spec.location ?? null,
      status: spec.status ?? "draft",
      confidence: spec.confidence ?? first.confidence ?? 0.8,
      extractorVersion: "test",
      participants: { create: people.map((p) => ({ personId: p.id, countryCode: p.countryCode })) },
    },
  });
  for (const [i, s] of spec.sources.entries()) {
    const article = await createArticle(`${spec.title} (${i + 1})`, s.text);
    await t.db.eventSource.create({
      data: {
        eventId: event.id, articleId: article.id, evidence: s.text, evidenceStart: 0, evidenceEnd: s.text.length,
        claimedDate: fromIsoDay(s.date), claimedPrecision: s.precision ?? "day", confidence: s.confidence ?? 0.8,
      },
    });
  }
  return event;
}

const auditOf = (id: number) => t.db.auditLog.findMany({ where: { entityType: "event", entityId: String(id) }, orderBy: { id: "asc" } });
const sourcesOf = async (id: number) => (await t.db.eventSource.findMany({ where: { eventId: id }, orderBy: { id: "asc" } })).map((s) => s.id);
const slugsOf = async (id: number) => (await t.db.eventParticipant.findMany({ where: { eventId: id }, include: { person: true } })).map((p) => p.person.slug).sort();

async function expectBadRequest(promise: Promise<unknown>, field: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).details?.[field]?.length).toBeGreaterThan(0);
  return error as AppError;
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log, person, person_alias, person_office RESTART IDENTITY CASCADE`);
  await t.db.country.createMany({ data: [{ code: "RU", name: "Russia", aliases: [] }, { code: "KP", name: "North Korea", aliases: [] }], skipDuplicates: true });
  await createPerson("igor-morgulov", "Igor Morgulov", "RU", [{ title: "Deputy Minister of Foreign Affairs", fromDate: "2011", toDate: "2022" }]);
  await createPerson("choe-son-hui", "Choe Son Hui", "KP", [{ title: "First Vice Minister of Foreign Affairs", fromDate: "2019-04", toDate: "2022-06" }]);
  await createPerson("ri-thae-song", "Ri Thae Song", "KP");
});

describe("toPeriodStart", () => {
  it("stores month and year dates as the first day of the period", () => {
    expect(toPeriodStart("2019-06-24", "month")).toBe("2019-06-01");
    expect(toPeriodStart("2019-06-24", "year")).toBe("2019-01-01");
    expect(toPeriodStart("2019-06-24", "day")).toBe("2019-06-24");
  });
});

describe("updateEvent", () => {
  it("changes the fields, keeps it a draft, and writes only what changed to the audit log", async () => {
    const event = await createEvent({ title: "Im Chon Il meets Igor Morgulov", people: ["igor-morgulov"], sources: [{ text: "They met this month.", date: "2019-06-01", precision: "month" }] });
    const result = await updateEvent(t.db, event.id, { location: "Moscow", date: "2019-06-24", datePrecision: "day", summary: "Talks on summit follow-up." }, "editor-1");
    expect(result).toEqual({ id: event.id, changed: true });
    const stored = await t.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({ location: "Moscow", datePrecision: "day", status: "draft", summary: "Talks on summit follow-up." });
    expect(toIsoDay(stored.date)).toBe("2019-06-24");
    const [audit] = await auditOf(event.id);
    expect(audit).toMatchObject({ actor: "editor-1", action: "event.edit", entityType: "event" });
    expect(audit.before).toEqual({ location: null, date: "2019-06-01", datePrecision: "month", summary: null });
    expect(audit.after).toEqual({ location: "Moscow", date: "2019-06-24", datePrecision: "day", summary: "Talks on summit follow-up." });
  });

  it("stores a month-precision date as the first of the month and publishes on save & publish", async () => {
    const event = await createEvent({ title: "A meeting", sources: [{ text: "x", date: "2019-08-16" }] });
    await updateEvent(t.db, event.id, { datePrecision: "month", date: "2019-08-16", status: "published" }, "editor-1");
    const stored = await t.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(toIsoDay(stored.date)).toBe("2019-08-01");
    expect(stored.status).toBe("published");
    expect((await auditOf(event.id)).map((a) => a.action)).toEqual(["event.edit-publish"]);
  });

  it("replaces the participants: added people get their side and their office on the event's date", async () => {
    const event = await createEvent({ title: "Talks", people: ["igor-morgulov", "ri-thae-song"], sources: [{ text: "x", date: "2019-08-16" }] });
    await updateEvent(t.db, event.id, { participants: ["igor-morgulov", "choe-son-hui"] }, "editor-1");
    const rows = await t.db.eventParticipant.findMany({ where: { eventId: event.id }, include: { person: true } });
    expect(rows.map((r) => r.person.slug).sort()).toEqual(["choe-son-hui", "igor-morgulov"]);
    expect(rows.find((r) => r.person.slug === "choe-son-hui")).toMatchObject({ countryCode: "KP", role: "First Vice Minister of Foreign Affairs" });
    const [audit] = await auditOf(event.id);
    expect(audit.before).toEqual({ participants: ["igor-morgulov", "ri-thae-song"] });
    expect(audit.after).toEqual({ participants: ["choe-son-hui", "igor-morgulov"] });
  });

  it("writes nothing when nothing changes", async () => {
    const event = await createEvent({ title: "Talks", sources: [{ text: "x", date: "2019-08-16" }] });
    expect(await updateEvent(t.db, event.id, { title: "Talks" }, "editor-1")).toEqual({ id: event.id, changed: false });
    expect(await auditOf(event.id)).toHaveLength(0);
  });

  it.each([
    [{ date: "2019-02-30" }, "date"],
    [{ type: "picnic" }, "type"],
    [{ title: "  " }, "title"],
    [{ datePrecision: "week" }, "datePrecision"],
    [{ endDate: "2019-08-01" }, "endDate"],
    [{ participants: ["nobody-at-all"] }, "participants"],
  ])("refuses bad input field by field and writes nothing (%#)", async (patch, field) => {
    const event = await createEvent({ title: "Talks", sources: [{ text: "x", date: "2019-08-16" }] });
    await expectBadRequest(updateEvent(t.db, event.id, patch, "editor-1"), field);
    expect(await auditOf(event.id)).toHaveLength(0);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).title).toBe("Talks");
  });

  it("answers a missing event with not_found", async () => {
    const error = await updateEvent(t.db, 999, { title: "x" }, "editor-1").catch((e: unknown) => e);
    expect((error as AppError).code).toBe("not_found");
  });
});

describe("rejectEvents", () => {
  it("rejects drafts and published events once, with an audit row each", async () => {
    const a = await createEvent({ title: "A", sources: [{ text: "a", date: "2019-08-16" }] });
    const b = await createEvent({ title: "B", status: "published", sources: [{ text: "b", date: "2019-08-16" }] });
    expect(await rejectEvents(t.db, [a.id, b.id, a.id], "editor-2")).toBe(2);
    expect(await rejectEvents(t.db, [a.id], "editor-2")).toBe(0);
    const rows = await t.db.event.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect((await auditOf(b.id))[0]).toMatchObject({ actor: "editor-2", action: "event.reject", before: { status: "published" }, after: { status: "rejected" } });
  });

  it("refuses an empty or malformed list", async () => {
    await expectBadRequest(rejectEvents(t.db, [], "editor-2"), "ids");
    await expectBadRequest(rejectEvents(t.db, ["x"], "editor-2"), "ids");
  });
});

describe("mergeEvents", () => {
  it("moves sources and people into the target, re-dates it, and the merged event leaves the default timeline", async () => {
    const target = await createEvent({ title: "Morgulov holds talks", status: "published", people: ["igor-morgulov"], sources: [{ text: "Morgulov held talks in August.", date: "2019-08-01", precision: "month", confidence: 0.7 }] });
    const other = await createEvent({ title: "Choe Son Hui holds talks", status: "published", people: ["choe-son-hui"], location: "Pyongyang", sources: [{ text: "Choe Son Hui met the Russian envoy on Friday.", date: "2019-08-16", confidence: 0.8 }] });
    const child = await createEvent({ title: "A dinner during the talks", sources: [{ text: "c", date: "2019-08-16" }] });
    await t.db.event.update({ where: { id: child.id }, data: { parentId: other.id } });
    const before = await listEvents(t.db, DEFAULT_FILTERS);
    expect(before.events.map((e) => e.id).sort()).toEqual([target.id, other.id].sort());

    const result = await mergeEvents(t.db, target.id, other.id, "editor-3");
    expect(result).toEqual({ targetId: target.id, mergedId: other.id, movedSources: 1 });

    const merged = await t.db.event.findUniqueOrThrow({ where: { id: target.id } });
    expect(await t.db.eventSource.count({ where: { eventId: target.id } })).toBe(2);
    expect(await t.db.eventSource.count({ where: { eventId: other.id } })).toBe(0);
    expect(await slugsOf(target.id)).toEqual(["choe-son-hui", "igor-morgulov"]);
    // chooseEventDate: the day-precise claim wins over the month, and they agree.
    expect({ date: toIsoDay(merged.date), precision: merged.datePrecision, disagree: merged.sourcesDisagree }).toEqual({ date: "2019-08-16", precision: "day", disagree: false });
    expect(merged.location).toBe("Pyongyang");
    expect(merged.confidence).toBeCloseTo(1 - 0.3 * 0.2, 3);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("rejected");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(target.id);

    const after = await listEvents(t.db, DEFAULT_FILTERS);
    expect(after.events.map((e) => e.id)).toEqual([target.id]);

    const [targetAudit] = await auditOf(target.id);
    expect(targetAudit).toMatchObject({ actor: "editor-3", action: "event.merge" });
    expect(targetAudit.before).toMatchObject({ date: "2019-08-01", datePrecision: "month", participants: ["igor-morgulov"] });
    expect(targetAudit.after).toMatchObject({ date: "2019-08-16", datePrecision: "day", participants: ["choe-son-hui", "igor-morgulov"], mergedFrom: other.id });
    const [mergedAudit] = await auditOf(other.id);
    expect(mergedAudit).toMatchObject({ action: "event.merge-into", before: { status: "published" }, after: { status: "rejected", mergedInto: target.id, sources: [] } });
    expect((await auditOf(child.id))[0]).toMatchObject({ action: "event.reparent", before: { parentId: other.id }, after: { parentId: target.id } });
  });

  it("keeps one citation when both events cite the same article, and publishes a draft target that absorbs a published event", async () => {
    const target = await createEvent({ title: "T", sources: [{ text: "t", date: "2019-08-16" }] });
    const other = await createEvent({ title: "O", status: "published", sources: [{ text: "o", date: "2019-08-16" }] });
    const shared = await t.db.eventSource.findFirstOrThrow({ where: { eventId: target.id } });
    await t.db.eventSource.create({ data: { ...shared, id: undefined, eventId: other.id } });
    const result = await mergeEvents(t.db, target.id, other.id, "editor-3");
    expect(result.movedSources).toBe(1);
    expect(await t.db.eventSource.count({ where: { eventId: target.id } })).toBe(2);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("published");
  });

  it("counts reprints of one text once toward confidence, folding whitespace only (not the letter s)", async () => {
    const text = "Morgulov and Choe Son Hui discussed the Korean Peninsula in Moscow.";
    const reprint = "Morgulov and Choe Son Hui discussed the Korean   Peninsula\n\nin Moscow.";
    const a = await createEvent({ title: "A", sources: [{ text, date: "2019-08-16", confidence: 0.8 }] });
    const b = await createEvent({ title: "B", sources: [{ text: reprint, date: "2019-08-16", confidence: 0.8 }] });
    await mergeEvents(t.db, a.id, b.id, "e");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: a.id } })).confidence).toBeCloseTo(0.8, 3);

    // Two different texts that differ only in a run of the letter s are two reports.
    const c = await createEvent({ title: "C", sources: [{ text: "Morgulov discussed Russia's position.", date: "2019-08-17", confidence: 0.8 }] });
    const d = await createEvent({ title: "D", sources: [{ text: "Morgulov discussed Rusia's position.", date: "2019-08-17", confidence: 0.8 }] });
    await mergeEvents(t.db, c.id, d.id, "e");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: c.id } })).confidence).toBeCloseTo(0.96, 3);
  });

  it("dates a merged visit as ingest does: from its reports' start to the last day they give", async () => {
    const a = await createEvent({ title: "Visit A", type: "visit", sources: [{ text: "arrived Monday", date: "2019-08-12" }] });
    const b = await createEvent({ title: "Visit B", type: "visit", sources: [{ text: "left Wednesday", date: "2019-08-12" }, { text: "talks Wednesday", date: "2019-08-14" }] });
    await mergeEvents(t.db, a.id, b.id, "e");
    const merged = await t.db.event.findUniqueOrThrow({ where: { id: a.id } });
    expect({ date: toIsoDay(merged.date), endDate: merged.endDate ? toIsoDay(merged.endDate) : null, disagree: merged.sourcesDisagree }).toEqual({ date: "2019-08-12", endDate: "2019-08-14", disagree: false });
  });

  it("refuses merging an event into itself, a missing event, or a rejected one", async () => {
    const a = await createEvent({ title: "A", sources: [{ text: "a", date: "2019-08-16" }] });
    const b = await createEvent({ title: "B", status: "rejected", sources: [{ text: "b", date: "2019-08-16" }] });
    await expectBadRequest(mergeEvents(t.db, a.id, a.id, "e"), "targetId");
    expect((await expectBadRequest(mergeEvents(t.db, 999, a.id, "e"), "targetId")).code).toBe("not_found");
    await expectBadRequest(mergeEvents(t.db, b.id, a.id, "e"), "targetId");
    await expectBadRequest(mergeEvents(t.db, a.id, b.id, "e"), "sourceEventId");
    expect(await t.db.auditLog.count()).toBe(0);
  });

  it("lets only one of two opposite merges of the same pair win", async () => {
    const a = await createEvent({ title: "A", sources: [{ text: "a", date: "2019-08-16" }] });
    const b = await createEvent({ title: "B", sources: [{ text: "b", date: "2019-08-16" }] });
    const results = await Promise.allSettled([mergeEvents(t.db, a.id, b.id, "e1"), mergeEvents(t.db, b.id, a.id, "e2")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await t.db.event.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.status).sort()).toEqual(["draft", "rejected"]);
    expect(await t.db.eventSource.count()).toBe(2);
  });
});

describe("splitEvent", () => {
  it("moves the chosen sources to a new draft: the two events' sources partition the original's", async () => {
    const event = await createEvent({
      title: "Igor Morgulov meets Choe Son Hui",
      status: "published",
      people: ["igor-morgulov", "choe-son-hui"],
      sources: [
        // Names next to punctuation still count as named: "Morgulov," and "(Choe Son Hui)".
        { text: "Deputy Minister Igor Morgulov, visiting Pyongyang, met the first vice minister (Choe Son Hui) on August 16.", date: "2019-08-16" },
        { text: "Choe Son Hui received the Russian envoy on Friday.", date: "2019-08-16" },
      ],
    });
    // A wrong merge first: the talks with Ri Thae Song were another meeting.
    const other = await createEvent({ title: "Igor Morgulov meets Ri Thae Song", people: ["igor-morgulov", "ri-thae-song"], sources: [{ text: "Igor Morgulov also held talks with Ri Thae Song.", date: "2019-08-15" }] });
    await mergeEvents(t.db, event.id, other.id, "editor-4");
    const original = await sourcesOf(event.id);
    expect(original).toHaveLength(3);
    expect(await slugsOf(event.id)).toEqual(["choe-son-hui", "igor-morgulov", "ri-thae-song"]);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).sourcesDisagree).toBe(true);

    const moved = original[2];
    const result = await splitEvent(t.db, event.id, [moved], "editor-4");
    const kept = await sourcesOf(event.id);
    const split = await sourcesOf(result.newEventId);
    expect(split).toEqual([moved]);
    expect([...kept, ...split].sort((x, y) => x - y)).toEqual(original);
    expect(kept.filter((id) => split.includes(id))).toEqual([]);

    expect(await slugsOf(event.id)).toEqual(["choe-son-hui", "igor-morgulov"]);
    expect(await slugsOf(result.newEventId)).toEqual(["igor-morgulov", "ri-thae-song"]);
    const created = await t.db.event.findUniqueOrThrow({ where: { id: result.newEventId } });
    expect({ status: created.status, date: toIsoDay(created.date), type: created.type }).toEqual({ status: "draft", date: "2019-08-15", type: "meeting" });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).sourcesDisagree).toBe(false);

    const actions = (await auditOf(event.id)).map((a) => a.action);
    expect(actions).toEqual(["event.merge", "event.split"]);
    const [split0] = (await auditOf(event.id)).slice(-1);
    expect(split0.before).toMatchObject({ participants: ["choe-son-hui", "igor-morgulov", "ri-thae-song"] });
    expect(split0.after).toMatchObject({ participants: ["choe-son-hui", "igor-morgulov"], splitInto: result.newEventId });
    expect((await auditOf(result.newEventId))[0]).toMatchObject({ action: "event.split-from", actor: "editor-4", after: { splitFrom: event.id } });
  });

  it("refuses to move every source, or a source of another event", async () => {
    const event = await createEvent({ title: "E", sources: [{ text: "a", date: "2019-08-16" }, { text: "b", date: "2019-08-16" }] });
    const other = await createEvent({ title: "O", sources: [{ text: "c", date: "2019-08-16" }] });
    const ids = await sourcesOf(event.id);
    await expectBadRequest(splitEvent(t.db, event.id, ids, "e"), "sourceIds");
    await expectBadRequest(splitEvent(t.db, event.id, await sourcesOf(other.id), "e"), "sourceIds");
    await expectBadRequest(splitEvent(t.db, event.id, [], "e"), "sourceIds");
    expect(await t.db.event.count()).toBe(2);
    expect(await t.db.auditLog.count()).toBe(0);
  });
});

describe("publishConfident", () => {
  it("publishes the drafts at or above the threshold, and only those", async () => {
    const high = await createEvent({ title: "High", confidence: 0.9, sources: [{ text: "h", date: "2019-08-16" }] });
    const edge = await createEvent({ title: "Edge", confidence: 0.8, sources: [{ text: "e", date: "2019-08-16" }] });
    const low = await createEvent({ title: "Low", confidence: 0.6, sources: [{ text: "l", date: "2019-08-16" }] });
    const rejected = await createEvent({ title: "Rejected", status: "rejected", confidence: 0.95, sources: [{ text: "r", date: "2019-08-16" }] });
    expect((await publishConfident(t.db, 0.8, "editor-5")).sort()).toEqual([high.id, edge.id].sort());
    const status = async (id: number) => (await t.db.event.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(high.id), await status(edge.id), await status(low.id), await status(rejected.id)]).toEqual(["published", "published", "draft", "rejected"]);
    expect((await auditOf(high.id))[0]).toMatchObject({ actor: "editor-5", action: "event.publish", before: { status: "draft", confidence: 0.9 }, after: { status: "published" } });
    expect(await publishConfident(t.db, 0.8, "editor-5")).toEqual([]);
  });

  it("refuses a threshold outside 0..1", async () => {
    await expectBadRequest(publishConfident(t.db, 1.5, "e"), "minConfidence");
    await expectBadRequest(publishConfident(t.db, "lots", "e"), "minConfidence");
  });
});
