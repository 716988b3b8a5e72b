import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { authHeaders, REFUSED_FOR_AUTH, signIn } from "./support/auth";
import { withDatabase } from "./support/database";
import { OwnServer } from "./support/own-server";

/*
 * Faults, on a production server of this spec's own (its own PostgreSQL, which the test stops and starts):
 * concurrent duplicate uploads, the upload rate limit (set low here), and a database restart under traffic.
 * Clients are told apart by X-Forwarded-For, which is what the rate limit keys on.
 */

const LIMIT = 8;
let server: OwnServer;
let api: APIRequestContext;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await OwnServer.start({ DYAD_UPLOAD_LIMIT: String(LIMIT), DYAD_UPLOAD_LIMIT_WINDOW: "600", DYAD_SIGNIN_LIMIT: "3", DYAD_SIGNIN_LIMIT_WINDOW: "600" });
  api = await playwrightRequest.newContext({ baseURL: server.baseURL, extraHTTPHeaders: authHeaders(server.token) });
});

test.afterEach(async ({}, testInfo) => {
  // The server's own log says why, when a test here fails.
  if (testInfo.status !== testInfo.expectedStatus) console.log(`server log:\n${server?.output.slice(-60).join("\n")}`);
});

test.afterAll(async () => {
  await api?.dispose();
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An article written for this test; `n` makes each one distinct. */
function article(n: number) {
  return {
    title: `Ambassador Matsegora meets Foreign Minister Ri Son Gwon (${n})`,
    publishedAt: "2021-05-06",
    url: `https://example.org/faults/${n}`,
    text: `PYONGYANG, May 6 - Russian Ambassador Alexander Matsegora met North Korean Foreign Minister Ri Son Gwon in Pyongyang on May 5, 2021, the embassy said in report number ${n}.`,
  };
}

function post(client: string, body: object, multipart = false) {
  const headers = { ...authHeaders(server.token), "x-forwarded-for": client };
  return multipart
    ? api.post("/api/articles", { headers, multipart: body as Record<string, string>, timeout: 60_000 })
    : api.post("/api/articles", { headers, data: body, timeout: 60_000 });
}

test("10 concurrent uploads of one article store it once, and every answer is a success", async () => {
  const same = article(1);
  const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => post(`dup-client-${i}`, same, i % 2 === 1)));
  const statuses = responses.map((r) => r.status());
  if (statuses.every((s) => REFUSED_FOR_AUTH.includes(s))) test.skip(true, "uploads need sign-in");
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 200)).toHaveLength(9);
  const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ duplicate: boolean; article: { id: number } }>));
  expect(new Set(bodies.map((b) => b.article.id)).size).toBe(1);
  expect(bodies.filter((b) => b.duplicate)).toHaveLength(9);

  const stored = await withDatabase(server.databaseUrl, async (client) => ({
    articles: Number((await client.query("SELECT count(*) AS n FROM article WHERE url = $1", [same.url])).rows[0].n),
    ingests: Number((await client.query("SELECT count(*) AS n FROM audit_log WHERE action = 'article.ingest' AND entity_id = $1", [String(bodies[0].article.id)])).rows[0].n),
    events: Number((await client.query("SELECT count(DISTINCT event_id) AS n FROM event_source WHERE article_id = $1", [bodies[0].article.id])).rows[0].n),
    sources: Number((await client.query("SELECT count(*) AS n FROM event_source WHERE article_id = $1", [bodies[0].article.id])).rows[0].n),
  }));
  expect(stored).toEqual({ articles: 1, ingests: 1, events: 1, sources: 1 });
});

test("uploads past the limit get 429 with Retry-After and a clear message, through the API and the form", async ({ browser }) => {
  for (let i = 0; i < LIMIT; i++) {
    const response = await post("rate-client", {}); // refused as bad input, but counted: every attempt is
    expect(response.status()).not.toBe(429);
  }
  const limited = await post("rate-client", article(2));
  if (REFUSED_FOR_AUTH.includes(limited.status())) test.skip(true, "uploads need sign-in");
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  const body = (await limited.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("rate_limited");
  expect(body.error.message).toMatch(/Too many uploads.*Try again in \d+ s/);

  // Another client is not held back by this one.
  expect((await post("other-client", {})).status()).toBe(400);

  // The upload form shares the budget and says so on the form.
  const context = await browser.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { "x-forwarded-for": "rate-client" } });
  const page = await context.newPage();
  await signIn(page, server.editor);
  await page.goto("/upload");
  await page.getByLabel("Title").fill("An upload over the limit");
  await page.getByLabel("Publication date").fill("2021-05-06");
  await page.getByLabel("Article text").fill(article(3).text);
  await page.getByRole("button", { name: "Extract events" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many uploads" })).toBeVisible();
  await context.close();

  const stored = await withDatabase(server.databaseUrl, async (client) => Number((await client.query("SELECT count(*) AS n FROM article WHERE url = ANY($1)", [[article(2).url, article(3).url]])).rows[0].n));
  expect(stored).toBe(0);
});

test("sign-in attempts are limited per client and email: the fourth wrong password in the window is refused, even a right one", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "guessing-client" } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(server.editor.email);
    await page.getByLabel("Password").fill(password);
    // One attempt at a time: the answer is in before the next is typed.
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Sign in" }).click()]);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  const message = page.getByRole("alert").filter({ hasText: /\S/ });
  for (let i = 1; i <= 3; i++) {
    await attempt(`guess number ${i}`);
    await expect(message).toHaveText("Wrong email or password.");
  }
  await attempt(server.editor.password);
  await expect(message).toContainText("Too many sign-in attempts");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();

  // Another client signs in as usual.
  const other = await browser.newContext({ baseURL: server.baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "honest-client" } });
  await signIn(await other.newPage(), server.editor);
  await other.close();
});

interface Sample {
  at: number;
  what: string;
  status: number;
  body: string;
  headers: Record<string, string>;
}

test("a database restart under traffic: 503s with a clear message, no crash, recovery by itself, nothing half-written", async () => {
  test.setTimeout(240_000);
  const samples: Sample[] = [];
  const posted: { n: number; status: number }[] = [];
  let running = true;
  let nextArticle = 100;
  const t0 = Date.now();

  const lane = (what: string, send: () => Promise<{ status: number; body: string; headers: Record<string, string> }>, pauseMs: number) =>
    (async () => {
      while (running) {
        const at = Date.now() - t0;
        try {
          samples.push({ at, what, ...(await send()) });
        } catch (error) {
          samples.push({ at, what, status: 0, body: (error as Error).message.split("\n")[0], headers: {} });
        }
        await sleep(pauseMs);
      }
    })();
  const get = (path: string) => async () => {
    const r = await api.get(path, { timeout: 30_000 });
    return { status: r.status(), body: await r.text(), headers: r.headers() };
  };
  const upload = async () => {
    const n = nextArticle++;
    const r = await post(`restart-client-${n}`, article(n));
    posted.push({ n, status: r.status() });
    return { status: r.status(), body: await r.text(), headers: r.headers() };
  };

  const lanes = [
    lane("GET /api/events", get("/api/events?status=all"), 100),
    lane("GET /api/stats/meetings", get("/api/stats/meetings?interval=year&status=all"), 150),
    lane("GET /api/health", get("/api/health"), 100),
    lane("GET /", get("/?status=all"), 400),
    lane("POST /api/articles", upload, 700),
  ];

  await sleep(2_000);
  const stopAt = Date.now() - t0;
  await server.stopDatabase();
  await sleep(3_000);
  const restartAt = Date.now() - t0;
  await server.startDatabase();
  const upAt = Date.now() - t0;
  // Traffic goes on until the API answers 200 again (or 30 s pass), then two more seconds.
  const deadline = Date.now() + 30_000;
  while (!samples.some((s) => s.what === "GET /api/events" && s.status === 200 && s.at > upAt) && Date.now() < deadline) await sleep(100);
  await sleep(2_000);
  running = false;
  await Promise.all(lanes);

  const firstOk = samples.filter((s) => s.what === "GET /api/events" && s.status === 200 && s.at > upAt).sort((a, b) => a.at - b.at)[0];
  const recovery = { afterDatabaseUp: firstOk ? firstOk.at - upAt : null, afterRestartBegan: firstOk ? firstOk.at - restartAt : null, databaseStart: upAt - restartAt };
  const byStatus = samples.reduce<Record<string, number>>((acc, s) => ((acc[`${s.what} ${s.status}`] = (acc[`${s.what} ${s.status}`] ?? 0) + 1), acc), {});
  console.log(`restart: stopped at ${stopAt} ms, restarted at ${restartAt} ms, up at ${upAt} ms; recovery ${JSON.stringify(recovery)}; ${JSON.stringify(byStatus)}`);

  expect(server.isRunning, "the web server process is still running").toBe(true);
  const apiSamples = samples.filter((s) => s.what !== "GET /");
  expect(apiSamples.filter((s) => ![200, 201, 503].includes(s.status)).map((s) => `${s.what} ${s.status} ${s.body.slice(0, 120)}`)).toEqual([]);
  const unavailable = apiSamples.filter((s) => s.status === 503);
  expect(unavailable.length, "requests while the database was down got 503").toBeGreaterThan(0);
  for (const s of unavailable) {
    const body = JSON.parse(s.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/database is unavailable/i);
  }
  // Pages say so in words, without a 500.
  expect(samples.filter((s) => s.what === "GET /" && s.status >= 500 && s.status !== 503).map((s) => `${s.status} at ${s.at}`)).toEqual([]);
  expect(firstOk, "the API answers again").toBeDefined();
  expect(recovery.afterDatabaseUp!).toBeLessThan(10_000);

  // Every upload that was refused goes through on a retry; each article is then stored exactly once, whole.
  for (const p of posted.filter((p) => p.status !== 201 && p.status !== 200)) {
    const retry = await post(`retry-client-${p.n}`, article(p.n));
    expect([200, 201], `retry of article ${p.n}`).toContain(retry.status());
  }
  const numbers = posted.map((p) => p.n);
  const stored = await withDatabase(server.databaseUrl, async (client) => {
    const urls = numbers.map((n) => article(n).url);
    const articles = await client.query<{ id: number; url: string }>("SELECT id, url FROM article WHERE url = ANY($1)", [urls]);
    const ids = articles.rows.map((r) => r.id);
    return {
      distinctUrls: new Set(articles.rows.map((r) => r.url)).size,
      articles: articles.rowCount,
      ingests: Number((await client.query("SELECT count(*) AS n FROM audit_log WHERE action = 'article.ingest' AND entity_id = ANY($1)", [ids.map(String)])).rows[0].n),
      withoutSources: Number((await client.query("SELECT count(*) AS n FROM article a WHERE a.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM event_source s WHERE s.article_id = a.id)", [ids])).rows[0].n),
    };
  });
  expect(stored).toEqual({ distinctUrls: numbers.length, articles: numbers.length, ingests: numbers.length, withoutSources: 0 });
});
