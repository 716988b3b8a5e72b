/**
 * `npm run eval`: the quality figures the product is judged by, on our own fixture sets.
 * 1. Extraction: each golden fixture (lib/extract/fixtures) through extractEvents, P/R/F1 per core type.
 *    The seed articles in ../shared/seeds are scored too when that folder exists (the project never needs it).
 * 2. Distinct events: the demo's multi-report set ingested into an empty database, then exported and matched.
 * Add --misses to list what was missed and what was extra.
 */
import path from "node:path";
import { evaluateDeduplication, formatDedupReport } from "./eval-dedup";
import { createRegistryContext, evaluateExtraction, formatMisses, formatReport, runFixtureCases, runGoldCases } from "./eval-extract";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const misses = process.argv.includes("--misses");
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

const dedup = await evaluateDeduplication();
console.log(formatDedupReport(dedup));
if (misses) console.log(formatMisses(dedup.report));
