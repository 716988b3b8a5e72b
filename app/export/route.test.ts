/** GET /export on a real database: the same events as the table for the same filters, in every format. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-db";
import { createTestToken, requestWithToken } from "@/lib/test-support/auth";
import { fromIsoDay } from "@/lib/dates";
import { parseEventFilters } from "@/lib/events/filters";
import { listEvents } from "@/lib/events/repo";
import { RELATIONSHIPS } from "@/lib/people/relationship-data";
import { syncRelationships } from "@/lib/relationships/repo";

let t: TestDatabase;
let authed: (url: string, init?: RequestInit) => Request;
let route: typeof import("./route");

const get = (query: string) => route.GET(authed(`http://localhost/export?${query}`));

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  authed = requestWithToken(await createTestToken(t.db));
  route = await import("./route");
  const article = await t.db.article.create({
    data: { title: "<script>alert('t')</script>", text: "x", url: "https://example.org/x", publishedAt: fromIsoDay("2024-06-20"), contentHash: "h1", ingestedBy: "test" },
  });
  const days = ["2024-06-19", "2024-06-01", "2023-09-13", "2019-04-25", "2024-11-09"];
  for (const [i, day] of days.entries()) {
    await t.db.event.create({
      data: {
        type: i === 4 ? "ratification" : "meeting", title: i === 0 ? "=cmd|' /C calc'!A0" : `Event ${i}`, date: fromIsoDay(day),
        datePrecision: i === 1 ? "month" : "day", status: i === 3 ? "draft" : "published", confidence: 0.8, extractorVersion: "test", location: "Pyongyang",
        sources: { create: { articleId: article.id, evidence: "<b>quoted</b>", evidenceStart: 0, evidenceEnd: 1, claimedDate: fromIsoDay(day), claimedPrecision: "day", confidence: 0.8 } },
      },
    });
  }
});
afterAll(async () => {
  const { getDb } = await import("@/lib/db/client");
  await getDb().$disconnect();
  await t?.drop();
});

async function tableIds(query: string): Promise<number[]> {
  const filters = parseEventFilters(new URLSearchParams(query));
  return (await listEvents(t.db, { ...filters, page: 1, pageSize: 500 })).events.map((e) => e.id);
}

describe("GET /export", () => {
  it("JSON: an envelope with the time, the filters and exactly the table's events in its order", async () => {
    for (const query of ["", "type=meeting", "from=2024&sort=date", "status=all&sort=-sources", "q=event+1"]) {
      const response = await get(`${query}&format=json`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="dyad-events-\d{8}-\d{4}\.json"$/);
      const text = await response.text();
      expect(text).not.toContain("<script>");
      const body = JSON.parse(text) as { exportedAt: string; filters: { status: string }; events: { id: number }[] };
      expect(Date.parse(body.exportedAt)).not.toBeNaN();
      expect(body.events.map((e) => e.id)).toEqual(await tableIds(query));
    }
  });

  it("CSV: a comment line, the header, one row per event, formulas defused", async () => {
    const response = await get("type=meeting&format=csv&page=2&pageSize=1");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^# Dyad export; exported at \d{4}-\d{2}-\d{2}T[\d:.]+Z; filters: pair=kp-ru&type=meeting&status=published$/);
    expect(lines[1]).toMatch(/^id,status,type,title/);
    expect(lines.slice(2).map((l) => Number(l.split(",")[0]))).toEqual(await tableIds("type=meeting"));
    expect(lines.join("\n")).toContain(",'=cmd|' /C calc'!A0,");
  });

  it("iCalendar: one VEVENT per event with DATE values", async () => {
    const text = await (await get("format=ics")).text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength((await tableIds("")).length);
    expect(text).toContain("DTSTART;VALUE=DATE:20240601\r\n");
    expect(text).not.toMatch(/[<>]/);
  });

  it("exports one country pair: the named one, else the default, and says which", async () => {
    await syncRelationships(t.db, RELATIONSHIPS);
    const kpCn = await t.db.relationship.findUniqueOrThrow({ where: { slug: "kp-cn" } });
    const other = await t.db.event.create({
      data: { type: "meeting", title: "Kim meets Xi", date: fromIsoDay("2024-06-10"), datePrecision: "day", status: "published", confidence: 0.9, extractorVersion: "test", relationshipId: kpCn.id },
    });
    const json = async (query: string) => (await (await get(`${query}&format=json`)).json()) as { filters: { pair: string }; events: { id: number }[] };
    const chinese = await json("pair=kp-cn");
    expect(chinese.events.map((e) => e.id)).toEqual([other.id]);
    expect(chinese.filters.pair).toBe("kp-cn");
    const byDefault = await json("");
    expect(byDefault.filters.pair).toBe("kp-ru");
    expect(byDefault.events.map((e) => e.id)).not.toContain(other.id);
    expect(byDefault.events.map((e) => e.id)).toEqual(await tableIds(""));
    const ics = await (await get("pair=kp-cn&format=ics")).text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("pair=kp-cn");
    await t.db.event.delete({ where: { id: other.id } });
  });

  it("refuses a bad format or filter with a JSON 400", async () => {
    for (const query of ["format=xlsx", "format=csv&from=soon", "format=csv&pair=nowhere"]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
  });
});
