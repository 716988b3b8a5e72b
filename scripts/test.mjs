#!/usr/bin/env node
/**
 * `npm test`: every test. Type check, unit + integration tests (vitest, real PostgreSQL), a production build,
 * then the browser tests (Playwright in Debian's Chromium). Ends with one line "N passed, N failed".
 * Set SKIP_E2E=1 to stop after the vitest suites.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args) {
  process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(" ")}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  process.stdout.write(`=== ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result.status === 0;
}

// Old reports must not be counted again.
rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });

if (run("typecheck", "npx", ["tsc", "--noEmit"])) passed++;
else failed++;

run("unit and integration tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
if (existsSync("test-results/vitest.json")) {
  const report = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTestSuites && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  skipped += report.numPendingTests + report.numTodoTests;
} else {
  failed++;
}

if (process.env.SKIP_E2E === "1") {
  process.stdout.write("\nSKIP_E2E=1: browser tests skipped\n");
} else if (!run("production build", "npx", ["next", "build"])) {
  failed++;
} else {
  run("browser tests", "npx", ["playwright", "test"]);
  if (existsSync("test-results/e2e.json")) {
    const stats = JSON.parse(readFileSync("test-results/e2e.json", "utf8")).stats;
    passed += stats.expected + (stats.flaky ?? 0);
    failed += stats.unexpected;
    skipped += stats.skipped;
  } else {
    failed++;
  }
}

process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
process.exit(failed ? 1 : 0);
