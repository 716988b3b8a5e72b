import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { authHeaders, REFUSED_FOR_AUTH, signIn } from "./support/auth";
import { watchForScripts } from "./support/watch";

/*
 * Article text is data, never markup. Articles written for this test (in our own words, about 2020 meetings
 * of the Russian ambassador in Pyongyang that the demo does not cover) carry script payloads in every field, and
 * arrive through every door: POST /api/articles as JSON and as a file, and the upload form with pasted text, an
 * .html file with inline handlers and a Markdown file with scripts. Every page that shows them, and every
 * export, must show the payloads as text and run none of them: each payload sets window.__dyadXss and calls
 * alert(), and the watch fails on either, on any inline handler in the DOM and on any CSP report.
 */

const RUN = (tag: string) => `window.__dyadXss=1;alert('${tag}')`;
const P = {
  script: (tag: string) => `<script>${RUN(tag)}</script>`,
  img: (tag: string) => `<img src=x onerror="${RUN(tag)}">`,
  svg: (tag: string) => `<svg onload="${RUN(tag)}">`,
  breakout: (tag: string) => `"><script>${RUN(tag)}</script>`,
};

const YEAR = "from=2020-01-01&to=2020-12-31";

const jsonArticle = {
  title: `Matsegora meets Ri Son Gwon ${P.script("api-title")} ${P.breakout("api-title2")}`,
  publishedAt: "2020-03-12",
  url: `https://example.org/hostile/api?ref=${P.breakout("api-url")}`,
  outlet: `Outlet ${P.svg("api-outlet")}`,
  text:
    `=HYPERLINK("https://evil.example/","open") Russian Ambassador Alexander Matsegora met North Korean Foreign Minister Ri Son Gwon in Pyongyang ` +
    `on March 10, 2020 ${P.script("api-text")} and ${P.svg("api-text2")} they discussed the epidemic. ` +
    "The ministry said javascript:alert(1) was not on the agenda.",
};

// HTML pasted into the form: live tags are dropped, and entity-encoded payloads decode into literal markup.
const pastedHtml = {
  title: `Pak Myong Ho receives the ambassador ${P.img("form-title")}`,
  publishedAt: "2020-06-18",
  url: `https://example.org/hostile/form?x="><svg/onload=${RUN("form-url")}>`,
  text:
    "<p>PYONGYANG, June 18 - North Korean Vice Foreign Minister Pak Myong Ho met Russian Ambassador Alexander Matsegora in Pyongyang " +
    `on June 17, 2020, &lt;script&gt;${RUN("form-entity")}&lt;/script&gt; state media said.</p>` +
    `<p>${P.img("form-img")}They talked about &lt;img src=x onerror="${RUN("form-entity2")}"&gt; trade.</p>`,
};

const htmlFile = {
  name: "hostile.html",
  publishedAt: "2020-09-09",
  body:
    `<!doctype html><html><head><title>&lt;img src=x onerror="${RUN("html-title")}"&gt; Matsegora meets Im Chon Il</title>` +
    `<script>${RUN("html-head")}</script></head><body onload="${RUN("html-body")}">` +
    `<p onclick="${RUN("html-p")}">PYONGYANG, September 9 - Russian Ambassador Alexander Matsegora met North Korean Vice Foreign Minister ` +
    `Im Chon Il in Pyongyang on September 8, 2020, the embassy said. <a href="javascript:${RUN("html-a")}">Details</a></p>` +
    `<iframe srcdoc="<script>parent.__dyadXss=1</script>"></iframe></body></html>`,
};

const markdownFile = {
  name: "hostile.md",
  publishedAt: "2020-11-26",
  body:
    `# Ri Son Gwon meets Matsegora ${P.script("md-title")}\n\n` +
    "PYONGYANG, November 26 - North Korean Foreign Minister Ri Son Gwon met Russian Ambassador Alexander Matsegora in Pyongyang " +
    `on November 25, 2020, <b onmouseover="${RUN("md-b")}">the ministry said</b>.\n\n` +
    `[read more](javascript:${RUN("md-link")}) ![x](x" onerror="${RUN("md-img")})\n\n${P.script("md-tail")}\n`,
};

// A file posted to the API: the same kind of Markdown, sent as multipart.
const apiFile = {
  name: "hostile-api.md",
  publishedAt: "2020-12-22",
  body:
    `# Matsegora meets Pak Myong Ho ${P.svg("api-file-title")}\n\n` +
    "PYONGYANG, December 22 - Russian Ambassador Alexander Matsegora met North Korean Vice Foreign Minister Pak Myong Ho in Pyongyang " +
    `on December 21, 2020 ${P.img("api-file-text")} the embassy said.\n`,
};

// Edited through the review desk: spreadsheet formulas and markup in the event's own fields.
const edits = [
  { title: `=2+5 ${P.img("edit-title")} edited`, location: `@SUM(1+1) ${P.breakout("edit-location")}`, summary: P.script("edit-summary") },
  { title: `+1 ${P.svg("edit-title2")} edited`, location: `-1 ${P.img("edit-location2")}`, summary: `${P.breakout("edit-summary2")}` },
];
const alias = `A. Matsegora ${P.script("alias")}`;

/** Event ids per upload, filled by the first test and used by the others (the tests run in order). */
const uploaded: { label: string; ids: number[] }[] = [];
const allIds = () => [...new Set(uploaded.flatMap((u) => u.ids))];

async function postArticle(request: APIRequestContext, init: Parameters<APIRequestContext["post"]>[1]) {
  const response = await request.post("/api/articles", { ...init, headers: { ...authHeaders(), ...init?.headers } });
  return { status: response.status(), body: (await response.json()) as { events?: { id: number }[]; error?: { code: string; message: string; details?: Record<string, string[]> } } };
}

/** Fills and sends the upload form; returns the ids of the events the result lists. */
async function uploadThroughForm(page: Page, fields: { title?: string; publishedAt: string; url?: string; text?: string; file?: { name: string; body: string } }): Promise<number[]> {
  await page.goto("/upload");
  if (fields.title) await page.getByLabel("Title").fill(fields.title);
  await page.getByLabel("Publication date").fill(fields.publishedAt);
  if (fields.url) await page.getByLabel("Source URL").fill(fields.url);
  if (fields.text) await page.getByLabel("Article text").fill(fields.text);
  if (fields.file) await page.getByLabel("File", { exact: true }).setInputFiles({ name: fields.file.name, mimeType: "text/plain", buffer: Buffer.from(fields.file.body) });
  await page.getByRole("button", { name: "Extract events" }).click();
  const result = page.getByRole("region", { name: /^(Added|Already in Dyad|Added as a new version)/ });
  await expect(result.getByRole("table").getByRole("link").first()).toBeVisible();
  const hrefs = await result.getByRole("table").getByRole("link").evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
  return hrefs.map((h) => Number(h.split("/").pop()));
}

test.describe.serial("hostile article content", () => {
  test.setTimeout(240_000);

  test("is stored as data through the API (JSON and file) and the upload form (text, .html, .md); non-http URLs are refused", async ({ page, request }) => {
    const watch = watchForScripts(page);
    await signIn(page);

    const json = await postArticle(request, { data: jsonArticle });
    expect(json.status, JSON.stringify(json.body)).toBe(201);
    uploaded.push({ label: "api-json", ids: json.body.events!.map((e) => e.id) });

    const file = await postArticle(request, {
      multipart: { publishedAt: apiFile.publishedAt, file: { name: apiFile.name, mimeType: "text/markdown", buffer: Buffer.from(apiFile.body) } },
    });
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    uploaded.push({ label: "api-file", ids: file.body.events!.map((e) => e.id) });

    for (const url of [`javascript:${RUN("url")}`, " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "https://"]) {
      const refused = await postArticle(request, { data: { ...jsonArticle, url, title: "A refused address" } });
      if (REFUSED_FOR_AUTH.includes(refused.status)) continue;
      expect(refused.status, url).toBe(400);
      expect(refused.body.error?.details?.url?.[0], url).toMatch(/http\(s\)/);
    }

    uploaded.push({ label: "form-html-text", ids: await uploadThroughForm(page, pastedHtml) });
    await expect(page.getByRole("region", { name: "Added" })).toContainText(pastedHtml.title);
    await watch.expectClean("upload result: pasted HTML");
    uploaded.push({ label: "form-html-file", ids: await uploadThroughForm(page, { publishedAt: htmlFile.publishedAt, file: htmlFile }) });
    await expect(page.getByRole("region", { name: "Added" })).toContainText(`<img src=x onerror="${RUN("html-title")}"> Matsegora meets Im Chon Il`);
    await watch.expectClean("upload result: .html file");
    uploaded.push({ label: "form-md-file", ids: await uploadThroughForm(page, { publishedAt: markdownFile.publishedAt, file: markdownFile }) });
    await expect(page.getByRole("region", { name: "Added" })).toContainText(`Ri Son Gwon meets Matsegora ${P.script("md-title")}`);
    await watch.expectClean("upload result: .md file");

    await page.goto("/upload");
    await page.getByLabel("Title").fill("A refused address");
    await page.getByLabel("Publication date").fill("2020-03-12");
    await page.getByLabel("Source URL").fill(`javascript:${RUN("form-url")}`);
    await page.getByLabel("Article text").fill(jsonArticle.text);
    await page.getByRole("button", { name: "Extract events" }).click();
    await expect(page.locator("#upload-url-error")).toContainText("http(s)");
    await watch.expectClean("upload form: javascript: URL refused");

    for (const u of uploaded) expect(u.ids.length, `${u.label} yields an event`).toBeGreaterThan(0);
  });

  test("every page shows the payloads as text and runs none of them", async ({ page }) => {
    const watch = watchForScripts(page);
    await signIn(page);
    const [first, second] = [uploaded[0].ids[0], uploaded[2].ids[0]];

    // Payloads in the event's own fields and in a person's aliases, through the review desk and people pages.
    for (const [index, id] of [first, second].entries()) {
      await page.goto(`/review/${id}`);
      await page.getByLabel("Title").fill(edits[index].title);
      await page.getByLabel("Location").fill(edits[index].location);
      await page.getByLabel("Summary").fill(edits[index].summary);
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: /\S/ })).toContainText("Saved.");
      await expect(page.getByLabel("Title")).toHaveValue(edits[index].title);
      await watch.expectClean(`review edit #${id}`);
    }
    await page.goto("/people/alexander-matsegora");
    await page.getByLabel("New alias").fill(alias);
    await page.getByRole("button", { name: "Add alias" }).click();
    await expect(page.getByRole("region", { name: "Aliases" })).toContainText(alias);
    await watch.expectClean("people: alias added");

    const checks: { path: string; shows?: string[] }[] = [
      { path: `/?status=all&${YEAR}`, shows: [edits[0].title, edits[1].title, edits[0].location] },
      { path: `/?status=all&${YEAR}&view=timeline`, shows: [edits[0].title] },
      { path: `/?status=all&${YEAR}&stack=level&interval=quarter` },
      { path: `/events/${first}`, shows: [edits[0].title, edits[0].summary, jsonArticle.title, jsonArticle.outlet, jsonArticle.url, P.script("api-text")] },
      { path: `/events/${second}`, shows: [pastedHtml.title, `<script>${RUN("form-entity")}</script>`] },
      ...allIds().map((id) => ({ path: `/events/${id}` })),
      { path: `/review?${YEAR}`, shows: [jsonArticle.title, `<script>${RUN("form-entity")}</script>`] },
      ...allIds().map((id) => ({ path: `/review/${id}` })),
      { path: "/people?q=Matsegora" },
      { path: "/people/alexander-matsegora", shows: [alias, edits[0].title] },
      // Payloads in the address itself are shown back, if at all, as text.
      { path: `/?q=${encodeURIComponent(P.script("q"))}` },
      { path: `/?from=${encodeURIComponent(P.img("from"))}` },
      { path: `/review?q=${encodeURIComponent(P.breakout("review-q"))}` },
      { path: `/people?q=${encodeURIComponent(P.svg("people-q"))}` },
      { path: `/events/${encodeURIComponent(P.script("event-id"))}` },
      { path: `/people/${encodeURIComponent(P.svg("slug"))}` },
      { path: `/api/events/${first}` },
    ];
    for (const { path, shows } of checks) {
      await page.goto(path);
      for (const text of shows ?? []) await expect(page.getByText(text, { exact: false }).first(), `${path} shows ${text}`).toBeVisible();
      await watch.expectClean(path);
    }

    // The review desk marks the evidence inside the article: the payload inside the mark is text too.
    await page.goto(`/review/${first}`);
    await expect(page.locator("mark").first()).toContainText(P.script("api-text"));
    await watch.expectClean("review detail: evidence marked");
  });

  test("exports carry the payloads inertly: CSV defuses formulas, JSON escapes markup, iCalendar has no angle brackets", async ({ page }) => {
    const watch = watchForScripts(page);
    const query = `status=all&${YEAR}`;

    const csv = await page.request.get(`/export?format=csv&${query}`);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);
    const rows = parseCsv((await csv.text()).split("\r\n").slice(1).join("\r\n"));
    const header = rows[0];
    const cells = rows.slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), "cells a spreadsheet would run").toEqual([]);
    const titles = rows.slice(1).map((r) => r[header.indexOf("title")]);
    expect(titles).toContain(`'${edits[0].title}`);
    expect(titles).toContain(`'${edits[1].title}`);
    const evidence = rows.slice(1).map((r) => r[header.indexOf("evidence")]);
    expect(evidence.some((e) => e.startsWith(`'=HYPERLINK("https://evil.example/","open")`))).toBe(true);

    const json = await page.request.get(`/export?format=json&${query}`);
    const jsonText = await json.text();
    expect(jsonText).not.toMatch(/[<>]/);
    const exported = JSON.parse(jsonText) as { events: { id: number; title: string; location: string | null; evidence: string; sources: { title: string; url: string | null }[] }[] };
    const firstEvent = exported.events.find((e) => e.id === uploaded[0].ids[0]);
    expect(firstEvent?.title).toBe(edits[0].title);
    expect(firstEvent?.sources.map((s) => s.title)).toContain(jsonArticle.title);
    expect(firstEvent?.sources.map((s) => s.url)).toContain(jsonArticle.url);

    const ics = await page.request.get(`/export?format=ics&${query}`);
    const icsText = await ics.text();
    expect(icsText).toContain("BEGIN:VEVENT");
    expect(icsText).not.toMatch(/[<>]/);

    // Opened in the browser instead of downloaded, no export runs anything either.
    for (const format of ["csv", "json", "ics"]) {
      const response = await page.request.get(`/export?format=${format}&${query}`);
      expect(response.headers()["content-security-policy"]).toContain("sandbox");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
    await watch.expectClean("exports");
  });

  test("the hostile drafts can be rejected from the review desk, leaving the queue as it was", async ({ page }) => {
    const watch = watchForScripts(page);
    await signIn(page);
    for (const id of allIds()) {
      await page.goto(`/review?${YEAR}`);
      const card = page.getByRole("article").filter({ hasText: new RegExp(`Event #${id}(?!\\d)`) });
      if (!(await card.count())) continue; // merged into another of them
      await card.getByRole("button", { name: /^Reject/ }).click();
      await expect(card).toHaveCount(0);
    }
    await watch.expectClean("review desk after rejecting");
  });
});

/** RFC 4180: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
