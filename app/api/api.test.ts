/** The HTTP API contract, calling the route handlers on a real database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-db";
import { createTestToken, requestWithToken } from "@/lib/test-support/auth";
import { RELATIONSHIPS } from "@/lib/people/relationship-data";
import { syncRelationships } from "@/lib/relationships/repo";
import { buildPdf } from "@/lib/test-support/documents";

let t: TestDatabase;
let authed: (url: string, init?: RequestInit) => Request;
let api: {
  events: typeof import("./events/route");
  event: typeof import("./events/[id]/route");
  meetings: typeof import("./stats/meetings/route");
  articles: typeof import("./articles/route");
  people: typeof import("./people/route");
  health: typeof import("./health/route");
  unknown: typeof import("./[...path]/route");
};

const get = (path: string) => authed(`http://localhost${path}`);
const postJson = (body: unknown) => authed("http://localhost/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const summit = {
  title: "Putin and Kim meet at the Vostochny Cosmodrome",
  publishedAt: "2023-09-14",
  url: "https://example.org/test/api-1",
  text: "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on September 13, 2023. The talks lasted several hours.",
};

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  authed = requestWithToken(await createTestToken(t.db));
  api = {
    events: await import("./events/route"),
    event: await import("./events/[id]/route"),
    meetings: await import("./stats/meetings/route"),
    articles: await import("./articles/route"),
    people: await import("./people/route"),
    health: await import("./health/route"),
    unknown: await import("./[...path]/route"),
  };
});
afterAll(async () => {
  const { getDb } = await import("@/lib/db/client");
  await getDb().$disconnect();
  await t?.drop();
});

describe("HTTP API", () => {
  it("POST /api/articles adds a JSON article (201) and reports a duplicate (200)", async () => {
    const first = await api.articles.POST(postJson(summit));
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body.duplicate).toBe(false);
    expect(body.events.some((e: { type: string; date: string }) => e.type === "meeting" && e.date === "2023-09-13")).toBe(true);
    const again = await api.articles.POST(postJson(summit));
    expect(again.status).toBe(200);
    expect((await again.json()).duplicate).toBe(true);
  });

  it("POST /api/articles takes a PDF upload as multipart", async () => {
    const form = new FormData();
    form.set("publishedAt", "2024-11-30");
    form.set("file", new File([Buffer.from(buildPdf(["Belousov in Pyongyang", "Kim Jong Un received Russian Defence Minister Andrei Belousov in Pyongyang on November 29."]))], "belousov.pdf", { type: "application/pdf" }));
    const response = await api.articles.POST(authed("http://localhost/api/articles", { method: "POST", body: form }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.article.title).toBe("Belousov in Pyongyang");
  });

  it("POST /api/articles answers bad input with 400/415 and a JSON error", async () => {
    const missing = await api.articles.POST(postJson({ ...summit, publishedAt: "14 September" }));
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.code).toBe("bad_request");
    const notJson = await api.articles.POST(authed("http://localhost/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }));
    expect(notJson.status).toBe(400);
    const xml = await api.articles.POST(authed("http://localhost/api/articles", { method: "POST", headers: { "content-type": "text/xml" }, body: "<a/>" }));
    expect(xml.status).toBe(415);
  });

  it("GET /api/events lists drafts on request and filters by type and participant", async () => {
    const published = await (await api.events.GET(get("/api/events"))).json();
    expect(published.total).toBe(0);
    const all = await (await api.events.GET(get("/api/events?status=all&type=meeting&participant=kim-jong-un"))).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.events.every((e: { type: string }) => e.type === "meeting")).toBe(true);
    const none = await (await api.events.GET(get("/api/events?status=all&from=2025-01-01"))).json();
    expect(none.total).toBe(0);
  });

  it("GET /api/events refuses bad filters with 400, never 500", async () => {
    for (const query of ["from=2024-99-99", "type=dance", "page=-1", "participant=%27%3B%20DROP%20TABLE%20event%3B--", "sort=random", "pair=kp-us"]) {
      const response = await api.events.GET(get(`/api/events?${query}`));
      expect(response.status, query).toBe(400);
    }
    expect((await (await api.events.GET(get("/api/events?pair=kp-us"))).json()).error.message).toMatch(/Unknown relationship "kp-us" \(known: kp-ru/);
    expect((await api.events.GET(get("/api/events?pair=kp-ru"))).status).toBe(200);
  });

  it("GET /api/events/{id} returns sources with quotes, 404 for unknown and 400 for bad ids", async () => {
    const { events } = await (await api.events.GET(get("/api/events?status=all&type=meeting&sort=date"))).json();
    const ok = await api.event.GET(get(""), { params: Promise.resolve({ id: String(events[0].id) }) });
    const detail = await ok.json();
    expect(detail.sources[0].evidence.length).toBeGreaterThan(10);
    expect((await api.event.GET(get(""), { params: Promise.resolve({ id: "999999" }) })).status).toBe(404);
    expect((await api.event.GET(get(""), { params: Promise.resolve({ id: "abc" }) })).status).toBe(400);
  });

  it("GET /api/stats/meetings returns every period in range with zeros", async () => {
    const body = await (await api.meetings.GET(get("/api/stats/meetings?interval=quarter&status=all&from=2023-01-01&to=2024-12-31"))).json();
    expect(body.points.map((p: { period: string }) => p.period)).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(body.points.find((p: { period: string }) => p.period === "2023-Q3").count).toBe(1);
    expect(body.points.find((p: { period: string }) => p.period === "2024-Q1").count).toBe(0);
    expect((await api.meetings.GET(get("/api/stats/meetings?interval=week"))).status).toBe(400);
  });

  it("GET /api/people finds a person by a variant spelling", async () => {
    const body = await (await api.people.GET(get("/api/people?q=Kim%20Jong-un"))).json();
    expect(body.people[0].slug).toBe("kim-jong-un");
  });

  it("keeps country pairs apart: POST names or infers the pair, GET /api/events and meeting counts show one pair", async () => {
    await syncRelationships(t.db, RELATIONSHIPS);
    // Written for this test: a North Korea–China meeting, sent without a pair and with one.
    const talks = {
      title: "Kim receives Chinese premier",
      publishedAt: "2025-10-11",
      url: "https://example.org/test/api-pairs-1",
      text: "North Korean leader Kim Jong Un received Chinese Premier Li Qiang in Pyongyang on October 10 and held talks on trade.",
    };
    const inferred = await (await api.articles.POST(postJson(talks))).json();
    // The talks, and the premier's visit they imply: both in the pair of the people's countries.
    const pairsOf = (events: { pair: string }[]) => [...new Set(events.map((e) => e.pair))];
    expect(pairsOf(inferred.events)).toEqual(["kp-cn"]);
    const named = await api.articles.POST(postJson({ ...talks, url: "https://example.org/test/api-pairs-2", relationship: "ru-cn" }));
    expect(pairsOf((await named.json()).events)).toEqual(["ru-cn"]);
    expect((await api.articles.POST(postJson({ ...talks, url: "https://example.org/test/api-pairs-3", relationship: "xx-yy" }))).status).toBe(400);

    const ids = async (query: string) => (await (await api.events.GET(get(`/api/events?status=all&pageSize=500${query}`))).json()).events.map((e: { id: number }) => e.id);
    const kpCn = await ids("&pair=kp-cn");
    const inferredIds = inferred.events.map((e: { id: number }) => e.id);
    expect([...kpCn].sort()).toEqual([...inferredIds].sort());
    const kpRu = await ids("");
    expect(kpRu.length).toBeGreaterThan(0);
    for (const id of inferredIds) expect(kpRu).not.toContain(id);
    expect(await ids("&pair=kp-ru")).toEqual(kpRu);

    const counts = async (query: string) => (await (await api.meetings.GET(get(`/api/stats/meetings?interval=year&status=all${query}`))).json()).total;
    expect(await counts("&pair=kp-cn")).toBe(1);
    expect(await counts("&pair=ru-cn")).toBe(1);
    expect(await counts("")).toBe(await counts("&pair=kp-ru"));
    for (const query of ["pair=kp-us", "pair=KP%20RU"]) {
      expect((await api.events.GET(get(`/api/events?${query}`))).status, query).toBe(400);
      expect((await api.meetings.GET(get(`/api/stats/meetings?${query}`))).status, query).toBe(400);
    }
  });

  it("GET /api/health is ok while the database is up", async () => {
    const response = await api.health.GET();
    expect(response.status).toBe(200);
  });

  it("POST /api/articles stores text with control characters without them (PostgreSQL cannot hold NUL), never a 500", async () => {
    const response = await api.articles.POST(postJson({ ...summit, url: "https://example.org/test/nul", title: "Putin\u0000 and\nKim", text: `${summit.text}\u0000\u0007 More.` }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.article.title).toBe("Putin  and Kim");
    const { getDb } = await import("@/lib/db/client");
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: body.article.id } });
    expect(stored.text).not.toMatch(/[\u0000\u0007]/);
  });

  it("POST /api/articles: wrong field types and oversized bodies are refused with the field or the size named", async () => {
    const typed = await api.articles.POST(postJson({ ...summit, title: ["not", "a", "string"] }));
    expect(typed.status).toBe(400);
    expect((await typed.json()).error).toMatchObject({ code: "bad_request", message: "title must be a string", details: { title: ["Must be a string."] } });

    // No Content-Length (a chunked upload): the size is checked while the body streams in.
    const big = JSON.stringify({ ...summit, text: "x".repeat(5 * 1024 * 1024) });
    const stream = new ReadableStream({ start(controller) { controller.enqueue(new TextEncoder().encode(big)); controller.close(); } });
    const oversized = await api.articles.POST(authed("http://localhost/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit));
    expect(oversized.status).toBe(413);
    expect((await oversized.json()).error.message).toMatch(/larger than 4\.1 MB/);

    const mixedCase = await api.articles.POST(authed("http://localhost/api/articles", { method: "POST", headers: { "content-type": "Application/JSON; charset=UTF-8" }, body: JSON.stringify(summit) }));
    expect(mixedCase.status).toBe(200); // the media type is case-insensitive; the article is a duplicate by now
  });

  it("GET /api/events treats SQL in a filter as text to search for, and refuses repeated or control-character values", async () => {
    for (const q of ["'; DROP TABLE event; --", "%' OR '1'='1", "1) UNION SELECT * FROM person --"]) {
      const response = await api.events.GET(get(`/api/events?status=all&q=${encodeURIComponent(q)}`));
      expect(response.status, q).toBe(200);
      expect((await response.json()).total, q).toBe(0);
    }
    expect((await (await api.events.GET(get("/api/events?status=all"))).json()).total).toBeGreaterThan(0);
    for (const query of ["q=a&q=b", "q=a%00b", "location=a%0D%0Ab", "pageSize=501", "page=1&page=2"]) {
      const response = await api.events.GET(get(`/api/events?${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message, query).toMatch(/^Invalid filter/);
    }
    expect((await api.people.GET(get("/api/people?q=a&q=b"))).status).toBe(400);
    expect((await api.meetings.GET(get("/api/stats/meetings?interval=year&interval=month"))).status).toBe(400);
  });

  it("any other /api address is a JSON 404 for every method", async () => {
    for (const handler of [api.unknown.GET, api.unknown.POST, api.unknown.DELETE]) {
      const response = await handler();
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});

describe("HTTP API authorization", () => {
  const bare = (path: string, init?: RequestInit) => new Request(`http://localhost${path}`, init);
  const as = (token: string) => requestWithToken(token);
  const article = (n: string) => JSON.stringify({ ...summit, url: `https://example.org/test/auth-${n}`, text: `${summit.text} Report ${n}.` });

  it("answers 401 without a token and 403 to a viewer's write, and stores nothing", async () => {
    const before = await t.db.article.count();
    const anonymous = await api.articles.POST(bare("/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: article("anon") }));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthorized");
    expect((await api.events.GET(bare("/api/events"))).status).toBe(401);
    expect((await api.meetings.GET(bare("/api/stats/meetings"))).status).toBe(401);
    expect((await api.people.GET(bare("/api/people?q=Kim"))).status).toBe(401);

    const viewer = as(await createTestToken(t.db, "viewer"));
    const refused = await api.articles.POST(viewer("http://localhost/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: article("viewer") }));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
    expect(await t.db.article.count()).toBe(before);
    expect((await api.events.GET(viewer("http://localhost/api/events"))).status).toBe(200);
  });

  it("keeps drafts from viewers: the list refuses status=draft and a draft's page is a 404", async () => {
    const viewer = as(await createTestToken(t.db, "viewer"));
    expect((await api.events.GET(viewer("http://localhost/api/events?status=draft"))).status).toBe(403);
    expect((await api.meetings.GET(viewer("http://localhost/api/stats/meetings?status=all"))).status).toBe(403);
    const draft = await t.db.event.findFirstOrThrow({ where: { status: "draft" } });
    const params = { params: Promise.resolve({ id: String(draft.id) }) };
    expect((await api.event.GET(viewer(`http://localhost/api/events/${draft.id}`), params)).status).toBe(404);
    expect((await api.event.GET(get(`/api/events/${draft.id}`), params)).status).toBe(200);
  });

  it("GET /api/people suggests to a viewer only people of published events; status=draft needs an editor", async () => {
    for (const [slug, name, status] of [["ri-draftonly", "Ri Draftonly", "draft"], ["ri-published", "Ri Published", "published"]] as const) {
      const person = await t.db.person.create({ data: { slug, name, aliases: { create: { alias: name, normalized: name.toLowerCase() } } } });
      await t.db.event.create({
        data: { type: "meeting", title: `${name}'s event`, date: new Date("2024-01-02"), datePrecision: "day", status, confidence: 0.5, extractorVersion: "test", participants: { create: { personId: person.id } } },
      });
    }
    const slugs = async (response: Response) => ((await response.json()) as { people: { slug: string }[] }).people.map((p) => p.slug);
    const viewer = as(await createTestToken(t.db, "viewer"));
    expect(await slugs(await api.people.GET(viewer("http://localhost/api/people?q=draftonly")))).toEqual([]);
    expect((await slugs(await api.people.GET(viewer("http://localhost/api/people?q=ri")))).filter((slug) => slug.startsWith("ri-"))).toEqual(["ri-published"]);
    expect((await api.people.GET(viewer("http://localhost/api/people?q=draftonly&status=draft"))).status).toBe(403);
    expect(await slugs(await api.people.GET(get("/api/people?q=draftonly")))).toEqual(["ri-draftonly"]);
    expect(await slugs(await api.people.GET(get("/api/people?q=draftonly&status=draft")))).toEqual(["ri-draftonly"]);
    expect(await slugs(await api.people.GET(get("/api/people?q=draftonly&status=published")))).toEqual([]);
    expect((await api.people.GET(get("/api/people?q=draftonly&status=nope"))).status).toBe(400);
  });

  it("GET /api/events/{id} names editors in the history to a viewer but never shows their emails; editors see the emails", async () => {
    const { createUser } = await import("@/lib/auth/accounts");
    await createUser(t.db, { email: "jane.history@test.example", name: "Jane Editor", role: "editor", password: "test-password-123" }, "test");
    const event = await t.db.event.create({
      data: { type: "call", title: "A call with a history", date: new Date("2024-03-04"), datePrecision: "day", status: "published", confidence: 0.9, extractorVersion: "test" },
    });
    const actors = ["jane.history@test.example", "departed@test.example", "cli:root", "demo-seed"];
    await t.db.auditLog.createMany({ data: actors.map((actor, i) => ({ actor, action: `event.step-${i}`, entityType: "event", entityId: String(event.id) })) });
    const params = { params: Promise.resolve({ id: String(event.id) }) };
    const historyOf = async (response: Response) => ((await response.json()) as { history: { actor: string }[] }).history.map((h) => h.actor);

    const viewer = as(await createTestToken(t.db, "viewer"));
    const seen = await api.event.GET(viewer(`http://localhost/api/events/${event.id}`), params);
    expect(seen.status).toBe(200);
    expect(await historyOf(seen.clone())).toEqual(["Jane Editor", "an editor", "the command line", "demo-seed"]);
    expect(await seen.text()).not.toContain("@");
    expect(await historyOf(await api.event.GET(get(`/api/events/${event.id}`), params))).toEqual(actors);
  });

  it("an API token works from anywhere, but an Origin of another site is refused for a browser session", async () => {
    const token = await createTestToken(t.db, "editor");
    const scripted = await api.articles.POST(as(token)("http://localhost/api/articles", { method: "POST", headers: { "content-type": "application/json", origin: "https://elsewhere.example" }, body: article("script") }));
    expect(scripted.status).toBe(201);
    const { getAuthFor } = await import("@/lib/auth/auth");
    const auth = await getAuthFor(t.db);
    const user = await t.db.user.create({ data: { id: "cookie-user", name: "cookie", email: "cookie@test.example", role: "editor" } });
    const session = await (await auth.$context).internalAdapter.createSession(user.id);
    const { serializeSignedCookie } = await import("better-call");
    const cookie = (await serializeSignedCookie("dyad.session_token", session.token, (await auth.$context).secret)).split(";")[0];
    const crossSite = await api.articles.POST(bare("/api/articles", { method: "POST", headers: { "content-type": "application/json", cookie, origin: "https://elsewhere.example" }, body: article("csrf") }));
    expect(crossSite.status).toBe(403);
    const sameSite = await api.articles.POST(bare("/api/articles", { method: "POST", headers: { "content-type": "application/json", cookie, origin: "http://localhost" }, body: article("same-site") }));
    expect(sameSite.status).toBe(201);
  });
});
