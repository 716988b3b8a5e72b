/** Small helpers shared by the benchmarks: percentiles, JSON-line output, cleanup on interrupt. */
import os from "node:os";

/**
 * One JSON line. Every figure carries the 1-minute load average at the time it was printed: the machine is shared,
 * and a figure means little without the load it was measured under.
 */
export const print = (record: Record<string, unknown>) => console.log(JSON.stringify({ ...record, load_avg_1m: round(os.loadavg()[0], 2) }));

/** Progress and notes go to stderr, so stdout stays pure JSON lines. */
export const note = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export interface Timing {
  median_ms: number;
  p95_ms: number;
  runs: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median_ms: round(percentile(sorted, 50), 2), p95_ms: round(percentile(sorted, 95), 2), runs: sorted.length };
}

export interface LoopOptions {
  /** Untimed runs first (JIT, plan cache, PostgreSQL buffers). */
  warmup: number;
  /** At most this many timed runs... */
  runs: number;
  /** ...and no more once this much time is spent (at least `minRuns` still run). Keeps a slow query from eating the budget. */
  budgetMs: number;
  minRuns: number;
}

export function formatDuration(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const cleanups: (() => Promise<void>)[] = [];

/**
 * Work to undo if the run is interrupted (Ctrl-C, a timeout's SIGTERM): the throwaway database and the Next
 * server must not outlive the benchmark. Returns a function that unregisters it (after a normal cleanup).
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  if (!cleanups.length) {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, async () => {
        note(`${signal}: cleaning up`);
        for (const fn of [...cleanups].reverse()) await fn().catch(() => {});
        process.exit(130);
      });
    }
  }
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}
