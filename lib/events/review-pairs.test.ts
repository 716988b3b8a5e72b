/** The review desk with several country pairs, on a real PostgreSQL: the queue, the counts and bulk publishing stay in one pair. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { fromIsoDay } from "../dates";
import { RELATIONSHIPS } from "../people/relationship-data";
import { syncRelationships } from "../relationships/repo";
import { publishConfident, splitEvent } from "./edit";
import { DEFAULT_FILTERS } from "./filters";
import { countConfidentDrafts, listReviewQueue } from "./review";

describe("the review desk keeps to one pair", () => {
  let t: TestDatabase;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestDatabase();
    await syncRelationships(t.db, RELATIONSHIPS);
    const pairs = new Map((await t.db.relationship.findMany()).map((r) => [r.slug, r.id]));
    for (const [name, pair] of [["russia", "kp-ru"], ["china", "kp-cn"]] as const) {
      const event = await t.db.event.create({
        data: { type: "meeting", title: `Draft ${name}`, date: fromIsoDay("2025-10-10"), datePrecision: "day", status: "draft", confidence: 0.9, extractorVersion: "test", relationshipId: pairs.get(pair)! },
      });
      for (const n of [1, 2]) {
        const article = await t.db.article.create({ data: { title: `${name} ${n}`, text: "t", publishedAt: fromIsoDay("2025-10-11"), contentHash: `${name}-${n}`.padEnd(64, "0"), ingestedBy: "test" } });
        await t.db.eventSource.create({ data: { eventId: event.id, articleId: article.id, evidence: "t", evidenceStart: 0, evidenceEnd: 1, claimedDate: fromIsoDay("2025-10-10"), claimedPrecision: "day", confidence: 0.9 } });
      }
      ids[name] = event.id;
    }
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("lists and counts the drafts of the pair shown, the default pair without pair=", async () => {
    const queue = async (pair?: string) => (await listReviewQueue(t.db, { ...DEFAULT_FILTERS, pair })).events.map((e) => e.id);
    expect(await queue()).toEqual([ids.russia]);
    expect(await queue("kp-cn")).toEqual([ids.china]);
    expect(await countConfidentDrafts(t.db, 0.8, "kp-cn")).toBe(1);
    expect(await countConfidentDrafts(t.db, 0.8)).toBe(2);
  });

  it("a split keeps the event's pair", async () => {
    const source = await t.db.eventSource.findFirstOrThrow({ where: { eventId: ids.china } });
    const { newEventId } = await splitEvent(t.db, ids.china, [source.id], "editor");
    const [before, after] = await Promise.all([ids.china, newEventId].map((id) => t.db.event.findUniqueOrThrow({ where: { id } })));
    expect(after.relationshipId).toBe(before.relationshipId);
  });

  it("publishes the confident drafts of one pair only", async () => {
    const published = await publishConfident(t.db, 0.8, "editor", "kp-cn");
    expect(published.length).toBe(2);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: ids.russia } })).status).toBe("draft");
    expect(await publishConfident(t.db, 0.8, "editor", "kp-ru")).toEqual([ids.russia]);
  });
});
