import { describe, expect, it } from "vitest";
import { createRateMeter, formatDuration, formatProgress } from "./progress";

describe("import progress line", () => {
  it("shows the bar, processed/total, failures, rate and time left", () => {
    const line = formatProgress({ batch: { id: 7, total: 2000, done: 450, failed: 50, state: "running" }, rate: 12.5 }, 20);
    expect(line).toBe("import 7 [#####---------------] 500/2,000  50 failed  12.5/s  ETA 2:00");
  });

  it("says when nothing is processing yet, when files are still being read, and when it is done", () => {
    expect(formatProgress({ batch: { id: 1, total: 10, done: 0, failed: 0, state: "queued" }, rate: null }, 10)).toContain("waiting for a worker");
    expect(formatProgress({ batch: { id: 1, total: 500, done: 20, failed: 0, state: "adding" }, rate: 4 }, 10)).toContain("20/500+");
    expect(formatProgress({ batch: { id: 1, total: 3, done: 2, failed: 1, state: "finished" }, rate: 3 }, 10)).toBe("import 1 [##########] 3/3  1 failed  3.0/s  done");
  });

  it("measures the rate from the first sample on", () => {
    let now = 0;
    const meter = createRateMeter(() => now);
    expect(meter(100)).toBeNull();
    now = 4000;
    expect(meter(160)).toBe(15);
    expect(formatDuration(3725)).toBe("1:02:05");
  });
});
