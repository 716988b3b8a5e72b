/**
 * Scores extraction against reference events, with the matching rule the product is judged by:
 * core types only; one-to-one; equal type; equal date at the reference's precision; at least one shared
 * canonical participant (the institutional actor counts as a participant, so "State Duma" ratifications match).
 *
 *   npx tsx scripts/eval-extract.ts [fixtures-dir] [seeds-dir-with-gold.json]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildExtractContext, extractEvents } from "../lib/extract/index";
import { CORE_EVENT_TYPES, type DatePrecision, type ExtractContext } from "../lib/extract/types";
import { toAliasKey } from "../lib/people/normalize";
import { COUNTRIES, REGISTRY_PEOPLE } from "../lib/people/registry-data";

export interface EvalEvent {
  type: string;
  date: string;
  datePrecision: DatePrecision;
  participants: string[];
  actor?: string | null;
  /** Optional, for printing misses. */
  title?: string;
  evidence?: string;
}

export interface EvalCase {
  id: string;
  predicted: EvalEvent[];
  expected: EvalEvent[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseResult {
  id: string;
  tp: number;
  falsePositives: EvalEvent[];
  falseNegatives: EvalEvent[];
}

export interface EvalReport {
  perType: Record<string, Score>;
  micro: Score;
  cases: CaseResult[];
}

const CORE = new Set<string>(CORE_EVENT_TYPES);

function toScore(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function sameDate(predicted: EvalEvent, expected: EvalEvent): boolean {
  const n = expected.datePrecision === "day" ? 10 : expected.datePrecision === "month" ? 7 : 4;
  return predicted.date.slice(0, n) === expected.date.slice(0, n);
}

function partyKeys(e: EvalEvent): Set<string> {
  const keys = new Set(e.participants.map(toAliasKey));
  if (e.actor) keys.add(toAliasKey(e.actor));
  return keys;
}

export function isMatch(predicted: EvalEvent, expected: EvalEvent): boolean {
  if (predicted.type !== expected.type || !sameDate(predicted, expected)) return false;
  const want = partyKeys(expected);
  if (want.size === 0) return true;
  for (const k of partyKeys(predicted)) if (want.has(k)) return true;
  return false;
}

/** Maximum one-to-one matching (augmenting paths; articles hold a handful of events). */
function matchOneToOne(predicted: EvalEvent[], expected: EvalEvent[]): number[] {
  const matchOfExpected = new Array<number>(expected.length).fill(-1);
  const tryAssign = (p: number, seen: boolean[]): boolean => {
    for (let e = 0; e < expected.length; e++) {
      if (seen[e] || !isMatch(predicted[p], expected[e])) continue;
      seen[e] = true;
      if (matchOfExpected[e] === -1 || tryAssign(matchOfExpected[e], seen)) {
        matchOfExpected[e] = p;
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < predicted.length; p++) tryAssign(p, new Array<boolean>(expected.length).fill(false));
  return matchOfExpected;
}

export function evaluateExtraction(cases: EvalCase[]): EvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  const results: CaseResult[] = [];
  for (const c of cases) {
    const predicted = c.predicted.filter((e) => CORE.has(e.type));
    const expected = c.expected.filter((e) => CORE.has(e.type));
    const matchOfExpected = matchOneToOne(predicted, expected);
    const matchedPredicted = new Set(matchOfExpected.filter((p) => p >= 0));
    const result: CaseResult = { id: c.id, tp: 0, falsePositives: [], falseNegatives: [] };
    expected.forEach((e, i) => {
      if (matchOfExpected[i] >= 0) {
        bump(e.type, "tp");
        result.tp++;
      } else {
        bump(e.type, "fn");
        result.falseNegatives.push(e);
      }
    });
    predicted.forEach((p, i) => {
      if (!matchedPredicted.has(i)) {
        bump(p.type, "fp");
        result.falsePositives.push(p);
      }
    });
    results.push(result);
  }
  const perType: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of CORE_EVENT_TYPES) {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    perType[type] = toScore(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { perType, micro: toScore(tp, fp, fn), cases: results };
}

// ---------------------------------------------------------------- loading cases

interface FixtureFile {
  id: string;
  article: { title: string; publishedAt: string; url?: string | null; text: string };
  expected: { events: Array<EvalEvent & { endDate?: string | null; location?: string | null }> };
}

export function createRegistryContext(): ExtractContext {
  return buildExtractContext(REGISTRY_PEOPLE, COUNTRIES);
}

function toEvalEvents(result: ReturnType<typeof extractEvents>): EvalEvent[] {
  return result.events.map((e) => ({
    type: e.type,
    date: e.date,
    datePrecision: e.datePrecision,
    participants: e.participants.map((p) => p.name),
    actor: e.actor,
    title: e.title,
    evidence: e.evidence,
  }));
}

/** Every `*.json` fixture in a folder, run through extractEvents. */
export function runFixtureCases(dir: string, context = createRegistryContext()): EvalCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const fixture = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as FixtureFile;
      const result = extractEvents(fixture.article, context);
      return { id: fixture.id ?? f, predicted: toEvalEvents(result), expected: fixture.expected.events };
    });
}

interface GoldFile {
  articles: Array<{ file: string; publishedAt: string; events: EvalEvent[] }>;
}

/** Seed articles described by a gold.json next to them (optional: absent folder -> no cases). */
export function runGoldCases(dir: string, context = createRegistryContext()): EvalCase[] {
  const goldPath = path.join(dir, "gold.json");
  if (!existsSync(goldPath)) return [];
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
  return gold.articles.map((a) => {
    const text = readFileSync(path.join(dir, a.file), "utf8");
    const title = text.split("\n").find((l) => l.trim() !== "") ?? a.file;
    const result = extractEvents({ title, text, publishedAt: a.publishedAt }, context);
    return { id: a.file, predicted: toEvalEvents(result), expected: a.events };
  });
}

// ---------------------------------------------------------------- printing

function pct(n: number): string {
  return (n * 100).toFixed(1).padStart(6);
}

export function formatReport(name: string, report: EvalReport): string {
  const lines = [`== ${name}`, `${"type".padEnd(14)}${"tp".padStart(5)}${"fp".padStart(5)}${"fn".padStart(5)}     P      R      F1`];
  for (const [type, s] of Object.entries(report.perType)) {
    lines.push(`${type.padEnd(14)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  }
  const m = report.micro;
  lines.push(`${"micro".padEnd(14)}${String(m.tp).padStart(5)}${String(m.fp).padStart(5)}${String(m.fn).padStart(5)}${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`);
  return lines.join("\n");
}

function describe(e: EvalEvent): string {
  return `${e.type} ${e.date}/${e.datePrecision} [${e.participants.join(", ")}${e.actor ? `; ${e.actor}` : ""}]${e.title ? ` "${e.title}"` : ""}`;
}

export function formatMisses(report: EvalReport): string {
  const lines: string[] = [];
  for (const c of report.cases) {
    if (c.falseNegatives.length === 0 && c.falsePositives.length === 0) continue;
    lines.push(`-- ${c.id}`);
    for (const e of c.falseNegatives) lines.push(`   missed  ${describe(e)}`);
    for (const e of c.falsePositives) lines.push(`   extra   ${describe(e)}${e.evidence ? `\n           <- ${e.evidence.slice(0, 200)}` : ""}`);
  }
  return lines.join("\n");
}

function main(argv: string[]): void {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const positional = argv.filter((a) => !a.startsWith("--"));
  const fixturesDir = positional[0] ?? path.join(here, "..", "lib", "extract", "fixtures");
  const seedsDir = positional[1] ?? path.join(here, "..", "..", "shared", "seeds");
  const verbose = argv.includes("--misses");
  const context = createRegistryContext();
  for (const [name, cases] of [
    [`fixtures (${fixturesDir})`, runFixtureCases(fixturesDir, context)],
    [`seeds (${seedsDir})`, runGoldCases(seedsDir, context)],
  ] as const) {
    if (cases.length === 0) {
      console.log(`== ${name}: no cases`);
      continue;
    }
    const report = evaluateExtraction(cases);
    console.log(`${formatReport(`${name}: ${cases.length} articles`, report)}\n`);
    if (verbose) console.log(`${formatMisses(report)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
