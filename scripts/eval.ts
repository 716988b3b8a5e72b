/**
 * `npm run eval`: the quality figures the product is judged by, on our own fixture sets.
 * 1. Extraction: each golden fixture (lib/extract/fixtures) through extractEvents, P/R/F1 per core type.
 *    The seed articles in ../shared/seeds are scored too when that folder exists (the project never needs it).
 * 2. Distinct events: each multi-report set (the demo, and lib/events/fixtures/multi-report) ingested into an
 *    empty database, then exported and matched; with attribution (does each matched event list every report?).
 * Add --misses to list what was missed and what was extra, and why each missing report is missing. Add --orders N to
 * ingest the multi-report set in N orders in all (as given, reversed, then shuffled) and print the spread.
 */
import path from "node:path";
import { evaluateDeduplication, formatAttributionGaps, formatDedupReport, formatOrderSpread, loadDedupSet, loadDemoSet, reorderSet } from "./eval-dedup";
import { createRegistryContext, evaluateExtraction, formatMisses, formatReport, runFixtureCases, runGoldCases } from "./eval-extract";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const misses = process.argv.includes("--misses");
const ordersAt = process.argv.indexOf("--orders");
const orders = ordersAt > 0 ? Math.max(1, Number(process.argv[ordersAt + 1]) || 1) : 1;
const context = createRegistryContext();

for (const [name, cases] of [
  ["extraction: golden fixtures (lib/extract/fixtures)", runFixtureCases(path.join(root, "lib", "extract", "fixtures"), context)],
  ["extraction: seed articles (../shared/seeds)", runGoldCases(path.join(root, "..", "shared", "seeds"), context)],
] as const) {
  if (!cases.length) {
    console.log(`== ${name}: no cases found\n`);
    continue;
  }
  const report = evaluateExtraction(cases);
  console.log(`${formatReport(`${name}: ${cases.length} articles`, report)}\n`);
  if (misses) console.log(`${formatMisses(report)}\n`);
}

const multiReport = loadDedupSet(path.join(root, "lib", "events", "fixtures", "multi-report"), "multi-report fixtures (lib/events/fixtures/multi-report)");
const reordered = Array.from({ length: orders - 1 }, (_, i) => reorderSet(multiReport, i));
const [demo, multi, ...runs] = await evaluateDeduplication([loadDemoSet(), multiReport, ...reordered]);
for (const dedup of [demo, multi]) {
  console.log(`${formatDedupReport(dedup)}\n`);
  if (misses) console.log(`${formatMisses(dedup.report)}\n${formatAttributionGaps(dedup)}\n`);
}
if (runs.length) console.log(`${formatOrderSpread(multi, runs)}\n`);
