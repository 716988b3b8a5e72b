import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { authHeaders, E2E_PASSWORD, ROLE_EMAILS, signIn, storageStateOf, type E2eRole } from "./support/auth";
import { e2eDatabaseUrl, withDatabase } from "./support/database";

/*
 * Accounts and roles as people meet them: readers must sign in, viewers read but change nothing, editors change
 * the record but not the users, admins manage users. The same rules hold for the API.
 */

const anonymous = { cookies: [], origins: [] };

async function pageAs(browser: Browser, role: E2eRole | "anonymous") {
  const context = await browser.newContext({ storageState: role === "anonymous" ? anonymous : storageStateOf(role) });
  return { context, page: await context.newPage() };
}

const article = (n: string) => ({
  title: `Roles check ${n}`,
  publishedAt: "2020-03-02",
  text: `MOSCOW, March 2 - Russian Foreign Minister Sergey Lavrov met North Korean Ambassador Sin Hong Chol in Moscow on March 1, 2020, in a check written for the roles tests (${n}).`,
});

test("an anonymous visitor is sent to sign in, gets a clear error for a wrong password, and comes back after signing in", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "anonymous");
  await page.goto("/people?q=Lavrov");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople%3Fq%3DLavrov/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(ROLE_EMAILS.viewer);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(ROLE_EMAILS.viewer);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/people\?q=Lavrov$/);
  await expect(page.getByRole("banner")).toContainText(`${ROLE_EMAILS.viewer} (viewer)`);
  await context.close();
});

test("without a session or token the API answers 401 to reads and writes, and nothing is stored", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, storageState: anonymous });
  for (const path of ["/api/events", "/api/events/1", "/api/stats/meetings", "/api/people?q=Kim", "/api/imports", "/export?format=csv"]) {
    const response = await api.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  }
  // Pages check for themselves: a GET with a Next-Action header (which the proxy lets by) shows nothing either.
  for (const path of ["/events/1", "/people/sergey-lavrov"]) {
    const page = await api.get(path, { headers: { "next-action": "x" }, maxRedirects: 0 });
    expect(await page.text(), path).not.toContain('id="history-heading"');
  }
  // Signed out, an editor's page is still a redirect to sign in (not a refusal), from the proxy and from the page.
  for (const headers of [{}, { "next-action": "x" }] as Record<string, string>[]) {
    const review = await api.get("/review", { headers, maxRedirects: 0 });
    expect(review.status(), JSON.stringify(headers)).toBeGreaterThanOrEqual(300);
    expect(review.status(), JSON.stringify(headers)).toBeLessThan(400);
    expect(review.headers().location, JSON.stringify(headers)).toMatch(/\/sign-in\?next=%2Freview$/);
  }
  expect((await api.post("/api/articles", { data: article("anonymous") })).status()).toBe(401);
  expect((await api.get("/api/health")).status()).toBe(200);
  // A revoked or made-up token is no better than none.
  expect((await api.post("/api/articles", { data: article("forged"), headers: { authorization: "Bearer not-a-real-token" } })).status()).toBe(401);
  await api.dispose();
});

test("a viewer reads published events but cannot upload, review, see drafts or manage users", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "viewer");
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Timeline" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Upload" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Review" })).toHaveCount(0);
  await expect(page.getByLabel("Status")).toHaveCount(0);
  for (const path of ["/upload", "/review", "/review/1", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not available to your role" }), path).toBeVisible();
    await expect(page.getByRole("main"), path).toContainText(`signed in as ${ROLE_EMAILS.viewer} with the role viewer`);
  }
  await page.goto("/?status=draft");
  await expect(page.getByText(/may not add or change the record/)).toBeVisible();

  // The API with the viewer's own session cookie: reads work, writes and drafts are refused.
  expect((await page.request.get("/api/events")).status()).toBe(200);
  expect((await page.request.get("/api/events?status=draft")).status()).toBe(403);
  const write = await page.request.post("/api/articles", { data: article("viewer") });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.message).toMatch(/viewer/);
  expect((await page.request.get("/api/events?q=Roles%20check%20viewer&status=all", { headers: authHeaders() })).json()).resolves.toMatchObject({ total: 0 });
  await context.close();
});

test("an editor's write carries the editor's email into the history, shown to viewers as a name; a cross-site write with the editor's cookie is refused", async ({ page, browser }) => {
  const posted = await page.request.post("/api/articles", { data: article("editor") });
  expect(posted.status()).toBe(201);
  const { events } = (await posted.json()) as { events: { id: number }[] };
  await page.goto(`/events/${events[0].id}`);
  await expect(page.getByRole("region", { name: "History" })).toContainText(`${ROLE_EMAILS.editor}:`);

  // Published, the event's history names the editor to a viewer by display name, never by email.
  await withDatabase(e2eDatabaseUrl(), (db) => db.query("UPDATE event SET status = 'published' WHERE id = $1", [events[0].id]));
  const viewer = await pageAs(browser, "viewer");
  await viewer.page.goto(`/events/${events[0].id}`);
  const history = viewer.page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Demo editor:");
  await expect(history).not.toContainText("@");
  await viewer.context.close();

  const crossSite = await page.request.post("/api/articles", { data: article("cross-site"), headers: { origin: "https://attacker.example" } });
  expect(crossSite.status()).toBe(403);
  // A form of ours (a server action) posted from another site, or with an Origin that is no origin: 403, never a 500.
  for (const origin of ["https://attacker.example", "null", "not a url"]) {
    const action = await page.request.post("/upload", { headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain" }, data: "[]" });
    expect(action.status(), origin).toBe(403);
  }

  const refused = await page.goto("/admin/users");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not available to your role" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("This page needs the role admin");
});

test("an admin adds a user with a generated password, who can then sign in, and changes a role", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "admin");
  await page.goto("/admin/users");
  const email = `analyst-${Date.now()}@e2e.test`;
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByRole("button", { name: "Add user" }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText(`Added ${email} as viewer.`);
  const password = /generated password is (\S+) \(/.exec((await status.textContent()) ?? "")?.[1];
  expect(password).toBeTruthy();

  // Duplicates are refused on the form.
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("Already taken.")).toBeVisible();

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel(`Role of ${email}`).selectOption("editor");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByRole("status")).toHaveText(`${email} is now editor.`);

  const fresh = await pageAs(browser, "anonymous");
  await signIn(fresh.page, { email, password: password! });
  await expect(fresh.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" })).toBeVisible();
  await fresh.context.close();
  await context.close();
});

test("signing out ends the session: the next page asks to sign in again", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "anonymous");
  await signIn(page, { email: ROLE_EMAILS.viewer, password: E2E_PASSWORD });
  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  await context.close();
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

test("the sign-in page, a refusal and the users page pass an accessibility scan and fit a 390 px screen", async ({ browser }) => {
  for (const [role, path, heading] of [
    ["anonymous", "/sign-in", "Sign in"],
    ["viewer", "/upload", "Not available to your role"],
    ["admin", "/admin/users", "Users"],
  ] as const) {
    const { context, page } = await pageAs(browser, role);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    await context.close();
  }
});
