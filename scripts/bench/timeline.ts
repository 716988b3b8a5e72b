/**
 * The same ~1,000 events in TimelineJS (Knight Lab's @knight-lab/timelinejs, its own JS and CSS, a static page
 * served from loopback) and in Dyad's `/` (the production server on the big archive), loaded in the same Debian
 * Chromium: the time from navigation start to the timeline being visible, median of a few cold loads.
 *
 * "Visible": a script installed before the page's own polls every animation frame and notes performance.now()
 * (which counts from navigation start) at the first frame where
 * - TimelineJS: its `loaded` event has fired, and a slide, the time navigator and a marker in it have a size;
 * - Dyad: the event table has rows and the meeting chart has drawn its SVG (recharts measures on the client).
 *
 * The events: the participant whose published events in the default pair number closest to 1,000 (deterministic
 * for a seed), all of them, in Dyad's display order; Dyad shows them filtered by that participant
 * (`/?participant=...`, the default pair).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type Browser } from "playwright-core";
import { createDb } from "../../lib/db/client";
import { parseEventFilters } from "../../lib/events/filters";
import { listEventsForExport } from "../../lib/events/repo";
import type { ExportRecord } from "../../lib/events/export";
import { startNextServer } from "./server";
import { note, print, summarise } from "./stats";

const TIMELINEJS = "@knight-lab/timelinejs";
const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (existsSync(candidate)) return candidate;
  return null;
}

/** TimelineJS's dist folder: a devDependency of the project (npm install puts it in node_modules). */
export function findTimelineJs(root: string): string {
  const dist = path.join(root, "node_modules", "@knight-lab", "timelinejs", "dist");
  if (!existsSync(path.join(dist, "js", "timeline.js"))) throw new Error(`${TIMELINEJS} is not installed: run npm install (it is a devDependency)`);
  return dist;
}

function toTimelineDate(day: string, precision: string): Record<string, string> {
  const [year, month, date] = day.split("-");
  if (precision === "year") return { year };
  if (precision === "month") return { year, month: String(Number(month)) };
  return { year, month: String(Number(month)), day: String(Number(date)) };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** TimelineJS's JSON format: one slide per event, with the people, place and first source's evidence. */
function toTimelineJson(records: ExportRecord[]): unknown {
  return {
    events: records.map((r) => ({
      unique_id: `event-${r.id}`,
      start_date: toTimelineDate(r.date, r.datePrecision),
      ...(r.endDate ? { end_date: toTimelineDate(r.endDate, "day") } : {}),
      group: r.type,
      text: {
        headline: escapeHtml(r.title),
        text: `<p>${escapeHtml(r.participants.map((p) => `${p.name}${p.country ? ` (${p.country})` : ""}`).join(", "))}${r.location ? ` · ${escapeHtml(r.location)}` : ""}</p><blockquote>${escapeHtml(r.evidence)}</blockquote><p>${r.sources.length} source(s)</p>`,
      },
    })),
  };
}

function timelinePage(data: unknown): string {
  // The data goes inline, as Dyad's page carries its data in the HTML: no extra round trip for either.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS: the same events</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<style>html, body { margin: 0; height: 100%; } #timeline { width: 100%; height: 700px; }</style>
<script src="/tl/js/timeline.js"></script>
</head><body><div id="timeline"></div>
<script>
  window.__tlLoaded = false;
  const timeline = new TL.Timeline("timeline", ${json}, { hash_bookmark: false, script_path: location.origin + "/tl/js/", language: "en", ga_measurement_id: null, track_events: [] });
  timeline.on("loaded", () => { window.__tlLoaded = true; });
</script></body></html>`;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".svg": "image/svg+xml", ".png": "image/png" };

async function serveStatic(dir: string, dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = urlPath.startsWith("/tl/") ? path.join(dist, path.normalize(urlPath.slice(4))) : path.join(dir, urlPath === "/" ? "index.html" : path.normalize(urlPath));
    if (!file.startsWith(dist) && !file.startsWith(dir)) return void res.writeHead(403).end();
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Polls each animation frame until `condition` holds, then records the time since navigation start. */
const VISIBLE_PROBE = (condition: string) => `
  (() => {
    const sized = (sel) => { const el = document.querySelector(sel); if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    const tick = () => {
      try { if (${condition}) { window.__visibleAt = performance.now(); return; } } catch (e) {}
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;

const TIMELINEJS_VISIBLE = `window.__tlLoaded && sized(".tl-slide-content") && sized(".tl-timenav") && sized(".tl-timemarker-content-container")`;
const DYAD_VISIBLE = `sized("table.data-table tbody tr td") && sized(".chart-area svg")`;

interface Load {
  visibleMs: number;
  domContentLoadedMs: number;
  loadMs: number;
}

async function loadOnce(browser: Browser, url: string, condition: string, headers: Record<string, string>): Promise<Load & { blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: headers });
  const blocked: string[] = [];
  // Loopback only: anything else a page asks for over the network (fonts, analytics) is refused and reported.
  await context.route("**/*", (route) => {
    const target = new URL(route.request().url());
    if (!/^https?:$/.test(target.protocol) || target.hostname === "127.0.0.1" || target.hostname === "localhost") return route.continue();
    blocked.push(`${target.origin}${target.pathname}`);
    return route.abort();
  });
  await context.addInitScript(VISIBLE_PROBE(condition));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page
      .waitForFunction(() => typeof (window as unknown as { __visibleAt?: number }).__visibleAt === "number", undefined, { timeout: 120_000, polling: 100 })
      .catch(async (error: Error) => {
        const state = await page.evaluate(() => ({
          tlLoaded: (window as unknown as { __tlLoaded?: boolean }).__tlLoaded,
          markers: document.querySelectorAll(".tl-timemarker").length,
          slides: document.querySelectorAll(".tl-slide-content").length,
          rows: document.querySelectorAll("table.data-table tbody tr").length,
          charts: document.querySelectorAll(".chart-area svg").length,
        }));
        throw new Error(`${url}: not visible (${error.message}); state ${JSON.stringify(state)}; page errors: ${errors.join(" | ") || "none"}`);
      });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { visibleMs: (window as unknown as { __visibleAt: number }).__visibleAt, domContentLoadedMs: nav.domContentLoadedEventEnd, loadMs: nav.loadEventEnd };
    });
    return { ...timing, blocked };
  } finally {
    await context.close();
  }
}

/** Page loads in fresh contexts; `headers` carries the reader's API token for Dyad (TimelineJS needs none). */
async function measureLoads(browser: Browser, url: string, condition: string, runs: number, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  await loadOnce(browser, url, condition, headers); // warm the server side (compiled routes, PostgreSQL buffers)
  const loads: Load[] = [];
  const blocked = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const load = await loadOnce(browser, url, condition, headers);
    for (const b of load.blocked) blocked.add(b);
    loads.push(load);
  }
  const visible = summarise(loads.map((l) => l.visibleMs));
  return {
    visible_median_ms: visible.median_ms,
    visible_p95_ms: visible.p95_ms,
    dom_content_loaded_median_ms: summarise(loads.map((l) => l.domContentLoadedMs)).median_ms,
    load_event_median_ms: summarise(loads.map((l) => l.loadMs)).median_ms,
    runs,
    ...(blocked.size ? { blocked_requests: [...blocked] } : {}),
  };
}

export async function benchTimelineComparison(options: { root: string; databaseUrl: string; runs?: number; target?: number }): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    print({ metric: "timeline_compare", skipped: "no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)" });
    return;
  }
  const runs = options.runs ?? 5;
  const target = options.target ?? 1000;
  const dist = findTimelineJs(options.root);

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ slug: string; n: string }>(
    `SELECT p.slug, count(*) AS n FROM event_participant ep JOIN event e ON e.id = ep.event_id JOIN person p ON p.id = ep.person_id
     WHERE e.status = 'published' AND e.relationship_id = dyad_default_relationship_id() GROUP BY p.slug ORDER BY abs(count(*) - $1), p.slug LIMIT 1`,
    [target],
  );
  await client.end();
  const slug = rows[0].slug;
  const db = createDb(options.databaseUrl);
  const records = (await listEventsForExport(db, parseEventFilters({ participant: slug }))).slice(0, target);
  await db.$disconnect();

  const dir = mkdtempSync(path.join(os.tmpdir(), "dyad-bench-timelinejs-"));
  writeFileSync(path.join(dir, "index.html"), timelinePage(toTimelineJson(records)));
  const staticServer = await serveStatic(dir, dist);
  const server = await startNextServer({ root: options.root, databaseUrl: options.databaseUrl });
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true });
  const version = browser.version();
  try {
    const common = { events: records.length, participant: slug, chromium: version };
    note(`TimelineJS with ${records.length} events (${slug})`);
    print({ metric: "timeline_load_timelinejs", ...common, ...(await measureLoads(browser, staticServer.url, TIMELINEJS_VISIBLE, runs)) });
    note("Dyad / with the same filter");
    print({ metric: "timeline_load_dyad_filtered", ...common, url: `/?participant=${slug}`, rows_shown: Math.min(50, records.length), ...(await measureLoads(browser, `${server.baseUrl}/?participant=${slug}`, DYAD_VISIBLE, runs, server.authHeaders)) });
    print({ metric: "timeline_load_dyad_filtered_500", ...common, url: `/?participant=${slug}&pageSize=500`, rows_shown: Math.min(500, records.length), ...(await measureLoads(browser, `${server.baseUrl}/?participant=${slug}&pageSize=500`, DYAD_VISIBLE, runs, server.authHeaders)) });
    print({ metric: "timeline_load_dyad_plain", chromium: version, url: "/", ...(await measureLoads(browser, `${server.baseUrl}/`, DYAD_VISIBLE, runs, server.authHeaders)) });
  } finally {
    await browser.close();
    await server.stop();
    await staticServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

