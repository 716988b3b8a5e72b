/**
 * Distinct-event quality after ingesting many reports: every demo article goes through the ingest service into an
 * empty throwaway database, the events are exported as `dyad export` would, and the exported core-type events
 * are matched one-to-one against the distinct reference events (type, date at the reference precision, a shared
 * participant). A duplicate of a matched event is a false positive. Also measured: for each matched event, the
 * share of the articles reporting it that are listed among its sources.
 *
 *   node bin/run-ts.mjs scripts/eval-dedup.ts [--misses]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ingestArticle } from "../lib/articles/ingest";
import { createDb } from "../lib/db/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrateDatabase } from "../lib/db/migrate";
import expected from "../lib/demo/expected.json" with { type: "json" };
import { listDemoArticles } from "../lib/demo/seed";
import { parseEventFilters } from "../lib/events/filters";
import { listEventsForExport } from "../lib/events/repo";
import type { ExportRecord } from "../lib/events/export";
import { evaluateExtraction, formatMisses, formatReport, isMatch, type EvalEvent, type EvalReport } from "./eval-extract";

interface ExpectedEvent extends EvalEvent {
  id: string;
  reportedBy: string[];
}

export interface DedupReport {
  report: EvalReport;
  articles: number;
  exported: number;
  /** Matched reference events whose every reporting article is among the event's sources. */
  fullyAttributed: number;
  matched: number;
  /** Sum over matched events of (reporting articles listed) / (reporting articles). */
  sourceRecall: number;
  /** Row counts after ingesting everything once, and again after ingesting everything a second time. */
  reingest: { first: number[]; second: number[] };
  seconds: number;
}

async function withThrowawayDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.TEST_DATABASE_URL) {
    const name = `dyad_eval_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), "dyad-eval-"));
  const server = await startEmbeddedDatabase({ dir, port: 0 });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function toEvalEvent(r: ExportRecord): EvalEvent {
  return { type: r.type, date: r.date, datePrecision: r.datePrecision, participants: r.participants.map((p) => p.name), actor: r.actor, title: r.title, evidence: r.evidence };
}

export async function evaluateDeduplication(): Promise<DedupReport> {
  const started = Date.now();
  const articles = listDemoArticles();
  const urlOf = new Map(articles.map((a) => [a.id, a.url]));
  return withThrowawayDatabase(async (url) => {
    await migrateDatabase(url);
    const db = createDb(url);
    try {
      const counts = async () => Promise.all([db.article.count(), db.event.count(), db.eventSource.count(), db.eventParticipant.count()]);
      for (const article of articles) await ingestArticle(db, article, { actor: "eval" });
      const first = await counts();
      // Re-ingesting everything must change nothing.
      for (const article of articles) await ingestArticle(db, article, { actor: "eval" });
      const second = await counts();
      const records = await listEventsForExport(db, parseEventFilters({ status: "all", sort: "date" }));
      const reference = (expected.events as ExpectedEvent[]).map((e) => ({ ...e, participants: e.participants ?? [] }));
      const report = evaluateExtraction([{ id: "demo", predicted: records.map(toEvalEvent), expected: reference }]);
      let matched = 0;
      let fullyAttributed = 0;
      let sourceRecall = 0;
      for (const ref of reference) {
        const candidates = records.filter((r) => isMatch(toEvalEvent(r), ref));
        if (!candidates.length) continue;
        matched++;
        const best = candidates
          .map((r) => ({ r, listed: ref.reportedBy.filter((id) => r.sources.some((s) => s.url === urlOf.get(id))).length }))
          .sort((a, b) => b.listed - a.listed)[0];
        sourceRecall += best.listed / ref.reportedBy.length;
        if (best.listed === ref.reportedBy.length) fullyAttributed++;
      }
      return {
        report, articles: articles.length, exported: records.length, matched, fullyAttributed, sourceRecall: matched ? sourceRecall / matched : 0,
        reingest: { first, second }, seconds: (Date.now() - started) / 1000,
      };
    } finally {
      await db.$disconnect();
    }
  });
}

export function formatDedupReport(r: DedupReport): string {
  return [
    formatReport(`distinct events after ingesting ${r.articles} demo articles (${r.exported} events exported)`, r.report),
    `matched reference events listing every reporting article: ${r.fullyAttributed}/${r.matched}; mean share of reporting articles listed: ${(r.sourceRecall * 100).toFixed(1)}%`,
    `re-ingesting every article again: articles/events/sources/participants ${r.reingest.first.join("/")} -> ${r.reingest.second.join("/")} (${r.reingest.first.join() === r.reingest.second.join() ? "unchanged" : "CHANGED"})`,
    `(${r.seconds.toFixed(1)} s)`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await evaluateDeduplication();
  console.log(formatDedupReport(result));
  if (process.argv.includes("--misses")) console.log(formatMisses(result.report));
}
