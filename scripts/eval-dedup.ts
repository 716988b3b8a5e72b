/**
 * Distinct-event quality after ingesting many reports: every demo article goes through the ingest service into an
 * empty throwaway database, the events are exported as `dyad export` would, and the exported core-type events
 * are matched one-to-one against the distinct reference events (type, date at the reference precision, a shared
 * participant). A duplicate of a matched event is a false positive. Also measured: for each matched event, the
 * share of the articles reporting it that are listed among its sources.
 *
 *   node bin/run-ts.mjs scripts/eval-dedup.ts [--misses]
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ingestArticle } from "../lib/articles/ingest";
import { createDb } from "../lib/db/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrateDatabase } from "../lib/db/migrate";
import expected from "../lib/demo/expected.json" with { type: "json" };
import { listDemoArticles, type DemoArticle } from "../lib/demo/seed";
import { getExtractContext } from "../lib/articles/extract-context";
import { extractEvents } from "../lib/extract";
import { parseEventFilters } from "../lib/events/filters";
import { areDatesCompatible, areLocationsCompatible, arePartiesCompatible, isOwnNewsDay, isSameEvent, toDateTolerance, type MergeProbe } from "../lib/events/merge";
import { listEventsForExport } from "../lib/events/repo";
import { toAliasKey } from "../lib/people/normalize";
import { RELATIONSHIPS } from "../lib/people/relationship-data";
import { syncRelationships } from "../lib/relationships/repo";
import type { ExportRecord } from "../lib/events/export";
import { ingestBatch, toBatches } from "./bench/ingest";
import { onInterrupt } from "./bench/stats";
import { evaluateExtraction, formatMisses, formatReport, isMatch, type EvalEvent, type EvalReport } from "./eval-extract";

export interface ExpectedEvent extends EvalEvent {
  id: string;
  reportedBy: string[];
}

/** A multi-report set: articles (with ids) and the distinct events they report, each with the ids reporting it. */
export interface DedupSet {
  name: string;
  articles: (DemoArticle & { relationship?: string })[];
  events: ExpectedEvent[];
}

/** Why one reporting article is not among the sources of the event matched to its reference event. */
export interface AttributionGap {
  ref: ExpectedEvent;
  articleId: string;
  reason: string;
  /** The report is the article's own news, not a background mention. */
  news: boolean;
}

export interface DedupReport {
  name: string;
  report: EvalReport;
  articles: number;
  exported: number;
  /** Matched reference events whose every reporting article is among the event's sources. */
  fullyAttributed: number;
  matched: number;
  /** Sum over matched events of (reporting articles listed) / (reporting articles). */
  sourceRecall: number;
  /** Reports of matched events, and how many of them are listed on the event. */
  reports: number;
  reportsListed: number;
  /** The same for the reports that are the article's own news (the event within a week before publication). */
  news: { reports: number; listed: number; events: number; fullyAttributed: number };
  gaps: AttributionGap[];
  /** The exported events. */
  records: ExportRecord[];
  /** Row counts after ingesting everything once, and again after ingesting everything a second time. */
  reingest: { first: number[]; second: number[] };
  seconds: number;
}

export function loadDemoSet(): DedupSet {
  return { name: "demo articles", articles: listDemoArticles(), events: (expected.events as ExpectedEvent[]).map((e) => ({ ...e, participants: e.participants ?? [] })) };
}

/** A folder holding articles.json and expected.json in the demo's format. */
export function loadDedupSet(dir: string, name: string): DedupSet {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const events = (read("expected.json").events as ExpectedEvent[]).map((e) => ({ ...e, participants: e.participants ?? [] }));
  return { name, articles: read("articles.json"), events };
}

/** One throwaway PostgreSQL server for the run; `work` gets a URL from which it may create databases. */
async function withThrowawayServer<T>(work: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.TEST_DATABASE_URL) return work(process.env.TEST_DATABASE_URL);
  const dir = mkdtempSync(path.join(tmpdir(), "dyad-eval-"));
  const starting = startEmbeddedDatabase({ dir, port: 0 });
  const cleanup = async () => {
    await (await starting.catch(() => null))?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  // (Ctrl-C or a timeout's SIGTERM must not leave the server running, also while it starts: it runs apart from this
  // process group.)
  const unregister = onInterrupt(cleanup);
  const server = await starting;
  try {
    const admin = new URL(server.url);
    admin.pathname = "/postgres";
    return await work(admin.toString());
  } finally {
    unregister();
    await cleanup();
  }
}

async function withEmptyDatabase<T>(adminUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `dyad_eval_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  // (An interrupted run stops the server under this connection; that ends it, and is no error to report.)
  admin.on("error", () => {});
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function toEvalEvent(r: ExportRecord): EvalEvent {
  return { type: r.type, date: r.date, datePrecision: r.datePrecision, participants: r.participants.map((p) => p.name), actor: r.actor, title: r.title, evidence: r.evidence };
}

function describeRecord(r: ExportRecord): string {
  return `#${r.id} ${r.type} ${r.date}/${r.datePrecision} [${r.participants.map((p) => p.name).join(", ")}${r.actor ? `; ${r.actor}` : ""}]`;
}

type Extracted = ReturnType<typeof extractEvents>["events"][number];

function describeExtracted(e: Extracted): string {
  return `${e.type} ${e.date}/${e.datePrecision} [${e.participants.map((p) => p.name).join(", ")}${e.actor ? `; ${e.actor}` : ""}]${e.location ? ` at ${e.location}` : ""}`;
}

/** Which of the merge rules keep a report apart from a stored event. */
function listMergeObstacles(record: ExportRecord, e: Extracted): string[] {
  const stored: MergeProbe = {
    type: record.type, date: record.date, precision: record.datePrecision, endDate: record.endDate, location: record.location, actor: record.actor,
    participants: record.participants.map((p) => ({ slug: toAliasKey(p.name), country: p.country })),
  };
  const probe: MergeProbe = {
    type: e.type, date: e.date, precision: e.datePrecision, endDate: e.endDate, location: e.location, actor: e.actor,
    participants: e.participants.map((p) => ({ slug: toAliasKey(p.name), country: p.country })),
  };
  const obstacles: string[] = [];
  if (stored.type !== probe.type) obstacles.push("type");
  if (!areDatesCompatible(stored, probe, toDateTolerance(probe.type))) obstacles.push(`date (${record.date}/${record.datePrecision} vs ${e.date}/${e.datePrecision})`);
  if (!areLocationsCompatible(stored.location, probe.location)) obstacles.push(`location (${stored.location} vs ${probe.location})`);
  if (stored.participants.length && probe.participants.length && !arePartiesCompatible(stored.participants, probe.participants)) obstacles.push("participants");
  if (!obstacles.length && !isSameEvent(stored, probe)) obstacles.push("people differ on a report days apart, or actor");
  return obstacles;
}

/**
 * Why a reporting article is missing from the event matched to a reference: its own extraction has no report of
 * the event (and what it has instead), or it has one that the merge kept apart (and which rule did).
 */
function explainGap(ref: ExpectedEvent, article: DedupSet["articles"][number], best: ExportRecord, records: ExportRecord[]): string {
  const extracted = extractEvents({ title: article.title, text: article.text, publishedAt: article.publishedAt, url: article.url }, getExtractContext()).events;
  const refKeys = new Set(ref.participants.map(toAliasKey));
  const refClaim = { date: ref.date, precision: ref.datePrecision, endDate: (ref as { endDate?: string | null }).endDate ?? null };
  const reports = extracted.filter((e) => e.type === ref.type
    && areDatesCompatible(refClaim, { date: e.date, precision: e.datePrecision, endDate: e.endDate }, toDateTolerance(ref.type))
    // Both sides of a two-party reference event: sharing only the guest makes it another meeting.
    && e.participants.filter((p) => refKeys.has(toAliasKey(p.name))).length >= Math.min(2, refKeys.size));
  if (!reports.length) {
    const sameType = extracted.filter((e) => e.type === ref.type);
    return sameType.length
      ? `not extracted (other ${ref.type} events: ${sameType.map(describeExtracted).join("; ")})`
      : `not extracted (the article's events: ${extracted.map(describeExtracted).join("; ") || "none"})`;
  }
  return reports.map((e) => {
    const holder = records.find((r) => r.id !== best.id && r.type === e.type && r.sources.some((s) => s.url === article.url && s.evidence === e.evidence));
    return `extracted as ${describeExtracted(e)}, kept apart by ${listMergeObstacles(best, e).join(", ") || "nothing (candidate order?)"}; on ${holder ? describeRecord(holder) : "no other exported event (another country pair?)"}`;
  }).join(" | ") + ` (matched event ${describeRecord(best)}${best.location ? ` at ${best.location}` : ""})`;
}

export async function evaluateDeduplication(sets: DedupSet[] = [loadDemoSet()]): Promise<DedupReport[]> {
  return withThrowawayServer(async (adminUrl) => {
    const reports: DedupReport[] = [];
    for (const set of sets) reports.push(await withEmptyDatabase(adminUrl, (url) => evaluateSet(url, set)));
    return reports;
  });
}

/** Ingests the set twice into the (empty) database at `url`, exports, and scores it. */
export async function evaluateSet(url: string, set: DedupSet): Promise<DedupReport> {
  const started = Date.now();
  const { articles } = set;
  const byId = new Map(articles.map((a) => [a.id, a]));
  await migrateDatabase(url);
  const db = createDb(url);
  try {
    const counts = async () => Promise.all([db.article.count(), db.event.count(), db.eventSource.count(), db.eventParticipant.count()]);
    // As `dyad ingest` does: every shipped pair exists, so a three-way event can go to another pair than the
    // default one that `dyad export` (and so the export below) shows.
    await syncRelationships(db, RELATIONSHIPS);
    // First as a bulk load does (`dyad ingest` of a folder, the import worker): batches in one transaction each.
    for (const batch of toBatches(articles)) await ingestBatch(db, batch, { actor: "eval" });
    const first = await counts();
    // Re-ingesting everything, one by one as the form and the API do, must change nothing.
    for (const article of articles) await ingestArticle(db, article, { actor: "eval" });
    const second = await counts();
    const records = await listEventsForExport(db, parseEventFilters({ status: "all", sort: "date" }));
    const reference = set.events;
    const report = evaluateExtraction([{ id: set.name, predicted: records.map(toEvalEvent), expected: reference }]);
    let matched = 0;
    let fullyAttributed = 0;
    let sourceRecall = 0;
    let reports = 0;
    let reportsListed = 0;
    const news = { reports: 0, listed: 0, events: 0, fullyAttributed: 0 };
    const gaps: AttributionGap[] = [];
    for (const ref of reference) {
      const candidates = records.filter((r) => isMatch(toEvalEvent(r), ref));
      if (!candidates.length) continue;
      matched++;
      const isListed = (r: ExportRecord, id: string) => r.sources.some((s) => s.url === byId.get(id)?.url);
      const best = candidates
        .map((r) => ({ r, listed: ref.reportedBy.filter((id) => isListed(r, id)).length }))
        .sort((a, b) => b.listed - a.listed)[0];
      sourceRecall += best.listed / ref.reportedBy.length;
      reports += ref.reportedBy.length;
      reportsListed += best.listed;
      if (best.listed === ref.reportedBy.length) fullyAttributed++;
      const newsIds = ref.reportedBy.filter((id) => isNewsOf(ref, byId.get(id)!));
      if (newsIds.length) {
        const listed = newsIds.filter((id) => isListed(best.r, id)).length;
        news.events++;
        news.reports += newsIds.length;
        news.listed += listed;
        if (listed === newsIds.length) news.fullyAttributed++;
      }
      for (const id of ref.reportedBy) {
        if (!isListed(best.r, id)) gaps.push({ ref, articleId: id, reason: explainGap(ref, byId.get(id)!, best.r, records), news: newsIds.includes(id) });
      }
    }
    return {
      name: set.name, report, articles: articles.length, exported: records.length, matched, fullyAttributed, sourceRecall: matched ? sourceRecall / matched : 0,
      reports, reportsListed, news, gaps, records, reingest: { first, second }, seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await db.$disconnect();
  }
}

/** A report of the article's own news, not a background mention: the event began in the week before publication (or the next day). */
function isNewsOf(ref: ExpectedEvent, article: { publishedAt: string }): boolean {
  return ref.datePrecision === "day" && isOwnNewsDay(ref.date, article.publishedAt);
}

/**
 * The set with its articles in another order: reversed (seed 0) or shuffled by a small seeded generator, so a
 * run can be repeated. Merging is greedy, so the order articles arrive in can change which events form.
 */
export function reorderSet(set: DedupSet, seed: number): DedupSet {
  const articles = [...set.articles];
  if (seed === 0) return { ...set, name: `${set.name}, reversed`, articles: articles.reverse() };
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = articles.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [articles[i], articles[j]] = [articles[j], articles[i]];
  }
  return { ...set, name: `${set.name}, shuffled (seed ${seed})`, articles };
}

/** One line per reordered run, and the spread of F1 and reports listed across them and the given order. */
export function formatOrderSpread(base: DedupReport, runs: DedupReport[]): string {
  const all = [base, ...runs];
  const f1s = all.map((r) => r.report.micro.f1);
  const listed = all.map((r) => r.reportsListed);
  return [
    ...runs.map((r) => `  ${r.name}: F1 ${r.report.micro.f1.toFixed(3)} (P ${r.report.micro.precision.toFixed(3)}), ${r.exported} events, every report listed ${r.fullyAttributed}/${r.matched}, reports listed ${r.reportsListed}/${r.reports}`),
    `ingest order: F1 ${Math.min(...f1s).toFixed(3)}-${Math.max(...f1s).toFixed(3)} and reports listed ${Math.min(...listed)}-${Math.max(...listed)} of ${base.reports} over ${all.length} orders`,
  ].join("\n");
}

export function formatDedupReport(r: DedupReport): string {
  return [
    formatReport(`distinct events after ingesting ${r.articles} ${r.name} (${r.exported} events exported)`, r.report),
    `attribution: matched reference events listing every reporting article: ${r.fullyAttributed}/${r.matched}; reporting articles listed: ${r.reportsListed}/${r.reports} (${((r.reportsListed / Math.max(r.reports, 1)) * 100).toFixed(1)}%); mean share per event: ${(r.sourceRecall * 100).toFixed(1)}%`,
    `  of them the articles' own news (the event in the week before publication): events listing every such report ${r.news.fullyAttributed}/${r.news.events}; reports listed ${r.news.listed}/${r.news.reports} (${((r.news.listed / Math.max(r.news.reports, 1)) * 100).toFixed(1)}%)`,
    `re-ingesting every article again: articles/events/sources/participants ${r.reingest.first.join("/")} -> ${r.reingest.second.join("/")} (${r.reingest.first.join() === r.reingest.second.join() ? "unchanged" : "CHANGED"})`,
    `(${r.seconds.toFixed(1)} s)`,
  ].join("\n");
}

/** Each reporting article missing from its matched event, with the reason. */
export function formatAttributionGaps(r: DedupReport): string {
  const lines: string[] = [];
  let last = "";
  for (const gap of r.gaps) {
    if (gap.ref.id !== last) lines.push(`-- ${gap.ref.id} ${gap.ref.type} ${gap.ref.date}/${gap.ref.datePrecision} [${gap.ref.participants.join(", ")}] reported by ${gap.ref.reportedBy.length}`);
    last = gap.ref.id;
    lines.push(`   ${gap.articleId}${gap.news ? " (its own news)" : ""}: ${gap.reason}`);
  }
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await evaluateDeduplication()) {
    console.log(formatDedupReport(result));
    if (process.argv.includes("--misses")) console.log(`${formatMisses(result.report)}\n${formatAttributionGaps(result)}`);
  }
}
