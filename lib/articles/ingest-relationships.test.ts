/** Ingest with several country pairs, on a real PostgreSQL: which pair each event goes to, and merging within a pair. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { AppError } from "../errors";
import { RELATIONSHIPS } from "../people/relationship-data";
import { syncRelationships } from "../relationships/repo";
import { ingestArticle } from "./ingest";

// Written for this test, in our own words.
const premierVisit = {
  title: "Chinese premier arrives in Pyongyang",
  publishedAt: "2025-10-10",
  url: "https://example.org/test/pairs-1",
  text:
    "PYONGYANG, Oct. 10 -- Chinese Premier Li Qiang arrived in Pyongyang on Thursday for a three-day official visit, the North's state media said. " +
    "North Korean leader Kim Jong Un received Li at the Kumsusan Palace on Friday and the two sides held talks on trade.",
};
const ministersTalk = {
  title: "Lavrov and Choe hold talks in Moscow",
  publishedAt: "2024-01-17",
  url: "https://example.org/test/pairs-2",
  text: "Russian Foreign Minister Sergey Lavrov held talks with North Korean Foreign Minister Choe Son Hui in Moscow on January 16.",
};

describe("ingest with several country pairs", () => {
  let t: TestDatabase;
  let pairId: Map<string, number>;
  const pairsOf = async (ids: number[]) =>
    (await t.db.event.findMany({ where: { id: { in: ids } }, select: { relationship: { select: { slug: true } } } })).map((e) => e.relationship.slug);

  beforeAll(async () => {
    t = await createTestDatabase();
    await syncRelationships(t.db, RELATIONSHIPS);
    pairId = new Map((await t.db.relationship.findMany()).map((r) => [r.slug, r.id]));
  });
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach(async () => {
    await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log, person, person_alias, person_office RESTART IDENTITY CASCADE`);
  });

  it("puts each event into the pair of its participants' and place's countries when the article names none", async () => {
    const china = await ingestArticle(t.db, premierVisit, { actor: "tester" });
    expect(china.events.length).toBeGreaterThanOrEqual(2);
    expect(new Set(await pairsOf(china.events.map((e) => e.id)))).toEqual(new Set(["kp-cn"]));
    expect(china.events.every((e) => e.pair === "kp-cn")).toBe(true);
    const russia = await ingestArticle(t.db, ministersTalk, { actor: "tester" });
    // The talks and the visit to Moscow they imply.
    expect(new Set(await pairsOf(russia.events.map((e) => e.id)))).toEqual(new Set(["kp-ru"]));
  });

  it("keeps no event between countries that no pair joins, and keeps the article's other events", async () => {
    const aside = {
      title: "Lavrov heads to Pyongyang",
      publishedAt: "2025-07-12",
      url: "https://example.org/test/pairs-5",
      text:
        "Sergey Lavrov held talks with Choe Son Hui in Wonsan on July 12. The day before, Lavrov met U.S. Secretary of State Marco Rubio in Kuala Lumpur.",
    };
    const result = await ingestArticle(t.db, aside, { actor: "tester" });
    const meetings = await t.db.event.findMany({ where: { type: "meeting" }, select: { participants: { select: { person: { select: { slug: true } } } } } });
    expect(meetings.map((m) => m.participants.map((p) => p.person.slug).sort())).toEqual([["choe-son-hui", "sergey-lavrov"]]);
    expect(result.events.every((e) => e.pair === "kp-ru")).toBe(true);
  });

  it("puts every event into the pair the article names", async () => {
    const result = await ingestArticle(t.db, { ...premierVisit, relationship: "ru-cn" }, { actor: "tester" });
    expect(new Set(await pairsOf(result.events.map((e) => e.id)))).toEqual(new Set(["ru-cn"]));
    expect(await t.db.event.count({ where: { relationshipId: pairId.get("kp-cn") } })).toBe(0);
  });

  it("refuses an unknown pair with a 400 and stores nothing", async () => {
    const error = await ingestArticle(t.db, { ...premierVisit, relationship: "kp-us" }, { actor: "tester" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message).toContain("kp-us");
    const malformed = await ingestArticle(t.db, { ...premierVisit, relationship: "KP RU" }, { actor: "tester" }).catch((e: unknown) => e);
    expect((malformed as AppError).message).toMatch(/^relationship:/);
    expect(await t.db.article.count()).toBe(0);
  });

  it("merges a second report of an event only within the same pair", async () => {
    const first = await ingestArticle(t.db, { ...ministersTalk, relationship: "kp-ru" }, { actor: "tester" });
    const sameEvent = { ...ministersTalk, url: "https://example.org/test/pairs-3", title: "Choe meets Lavrov" };
    const samePair = await ingestArticle(t.db, sameEvent, { actor: "tester" });
    expect(samePair.mergedEventIds).toEqual(first.events.map((e) => e.id));
    const otherPair = await ingestArticle(t.db, { ...sameEvent, url: "https://example.org/test/pairs-4", relationship: "kp-cn" }, { actor: "tester" });
    expect(otherPair.mergedEventIds).toEqual([]);
    // The talks (and the visit they imply) are stored once per pair.
    expect(new Set(otherPair.events.map((e) => e.pair))).toEqual(new Set(["kp-cn"]));
    expect(await t.db.event.count({ where: { type: "meeting" } })).toBe(2);
  });

  it("reports the pairs of a duplicate's events", async () => {
    await ingestArticle(t.db, premierVisit, { actor: "tester" });
    const again = await ingestArticle(t.db, premierVisit, { actor: "tester" });
    expect(again.status).toBe("duplicate");
    expect(again.events.length).toBeGreaterThan(0);
    expect(again.events.every((e) => e.pair === "kp-cn")).toBe(true);
  });
});
