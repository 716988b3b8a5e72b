/** The progress line of a bulk import on stderr: a bar, done/total, failures, rate and time left. Pure. */
import type { ImportBatchView } from "../imports/types";

export interface ProgressSample {
  batch: Pick<ImportBatchView, "id" | "total" | "done" | "failed" | "state">;
  /** Items processed per second since the watch began (null until there is a measurement). */
  rate: number | null;
}

const count = (n: number) => n.toLocaleString("en");

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

export function formatProgress({ batch, rate }: ProgressSample, width = 24): string {
  const processed = batch.done + batch.failed;
  const share = batch.total ? Math.min(1, processed / batch.total) : 0;
  const filled = Math.round(share * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const parts = [`import ${batch.id} ${bar} ${count(processed)}/${count(batch.total)}${batch.state === "adding" ? "+" : ""}`, `${count(batch.failed)} failed`];
  if (rate !== null) parts.push(`${rate.toFixed(1)}/s`);
  if (batch.state === "finished") parts.push("done");
  else if (batch.state === "adding") parts.push("reading files");
  else if (rate) parts.push(`ETA ${formatDuration((batch.total - processed) / rate)}`);
  else if (processed === 0) parts.push("waiting for a worker");
  return parts.join("  ");
}

/** Measures the rate over the watch: items processed since the first sample, per second. */
export function createRateMeter(now: () => number = Date.now) {
  let first: { at: number; processed: number } | null = null;
  return (processed: number): number | null => {
    const at = now();
    first ??= { at, processed };
    const seconds = (at - first.at) / 1000;
    return seconds >= 1 ? (processed - first.processed) / seconds : null;
  };
}
