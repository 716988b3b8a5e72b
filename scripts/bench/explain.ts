/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the app really sent (captured by capture.ts), slowest first: the
 * full plans go to a file, a one-line summary of the slowest to stdout.
 */
import { writeFileSync } from "node:fs";
import pg from "pg";
import type { Statement } from "./capture";
import { toShortSql } from "./capture";
import { print, round } from "./stats";

export interface ExplainInput {
  scenario: string;
  statement: Statement;
}

export interface ExplainResult {
  scenario: string;
  sql: string;
  values: unknown[];
  executionMs: number;
  planningMs: number;
  plan: string;
}

/** The plan's first nodes, trimmed, for a one-line summary: where the time goes at a glance. */
function toPlanDigest(plan: string, lines = 6): string {
  return plan
    .split("\n")
    .filter((l) => /->|^\S/.test(l) && !/^(Planning|Execution) Time/.test(l.trim()))
    .slice(0, lines)
    .map((l) => l.replace(/\s+/g, " ").replace(/\(cost=[^)]*\)\s*/, "").trim())
    .join(" | ");
}

export async function explainStatements(url: string, inputs: ExplainInput[], outFile: string, top = 10): Promise<ExplainResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seen = new Set<string>();
  const results: ExplainResult[] = [];
  try {
    for (const { scenario, statement } of inputs) {
      // The app's own EXPLAIN (the list's estimated total) only plans: there is nothing more to explain, and
      // EXPLAIN ANALYZE of the query inside would run what the app never runs.
      if (/^\s*EXPLAIN\b/i.test(statement.text)) continue;
      const key = JSON.stringify([statement.text, statement.values]);
      if (seen.has(key)) continue;
      seen.add(key);
      const { rows } = await client.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, values: statement.values as unknown[] });
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      const planningMs = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      results.push({ scenario, sql: statement.text, values: statement.values, executionMs, planningMs, plan });
    }
  } finally {
    await client.end();
  }
  results.sort((a, b) => b.executionMs - a.executionMs);
  writeFileSync(
    outFile,
    results
      .map((r) => `==== ${r.scenario}: ${round(r.executionMs, 1)} ms\n${r.sql.trim()}\n-- values: ${JSON.stringify(r.values)}\n\n${r.plan}\n`)
      .join("\n"),
  );
  for (const r of results.slice(0, top)) {
    print({ metric: "explain", scenario: r.scenario, execution_ms: round(r.executionMs, 1), planning_ms: round(r.planningMs, 1), sql: toShortSql(r.sql), plan: toPlanDigest(r.plan) });
  }
  return results;
}
