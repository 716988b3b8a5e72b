/**
 * Readers first: before each batch, the import worker waits while the machine is busy with work other than its
 * own (readers' requests in Next and their PostgreSQL processes), up to a limit so that an import still moves on a
 * machine that is never idle. The idle scheduling class (worker.ts) gives way inside a batch; this keeps a batch
 * from starting in the middle of a reader's request at all.
 *
 * "Other work" is the machine's busy CPU time (/proc/stat) less this process's and its own PostgreSQL processes'
 * (/proc/<pid>/stat), in cores, over the last step. Linux only: elsewhere the worker does not wait.
 */
import { readFileSync } from "node:fs";

/** CPU time in clock ticks: the machine's busy time, or one process's user + system time (all its threads). */
export interface CpuClock {
  machineBusyTicks(): number | null;
  processTicks(pid: number): number | null;
  /** Clock ticks per second (USER_HZ). */
  ticksPerSecond: number;
}

export const procCpuClock: CpuClock = {
  machineBusyTicks() {
    try {
      // cpu  user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
      const fields = readFileSync("/proc/stat", "utf8").split("\n", 1)[0].trim().split(/\s+/).slice(1).map(Number);
      return fields.slice(0, 8).reduce((sum, n) => sum + n, 0) - fields[3] - fields[4];
    } catch {
      return null;
    }
  },
  processTicks(pid) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  },
  ticksPerSecond: 100,
};

/**
 * A probe of other work: each call returns the cores others used since the previous call (null on the first call,
 * or where /proc cannot be read). An own process that began since the previous call (a new database connection's)
 * counts with all its time; one that ended leaves its last step's time to others.
 */
export function createOthersProbe(ownPids: () => Iterable<number>, clock: CpuClock = procCpuClock, now: () => number = () => performance.now()): () => number | null {
  let last: { at: number; busy: number; own: Map<number, number> } | null = null;
  return () => {
    const busy = clock.machineBusyTicks();
    if (busy === null) return null;
    const own = new Map<number, number>();
    for (const pid of new Set([process.pid, ...ownPids()])) {
      const ticks = clock.processTicks(pid);
      if (ticks !== null) own.set(pid, ticks);
    }
    const at = now();
    const previous = last;
    last = { at, busy, own };
    if (!previous || at <= previous.at) return null;
    let ownTicks = 0;
    for (const [pid, ticks] of own) ownTicks += ticks - (previous.own.get(pid) ?? 0);
    const otherTicks = Math.max(0, busy - previous.busy - ownTicks);
    return otherTicks / clock.ticksPerSecond / ((at - previous.at) / 1000);
  };
}

export interface ReadersFirstOptions {
  /**
   * Cores of other work above which the machine counts as busy: readers asking one request after another keep
   * about one core busy (Next and PostgreSQL); half a core leaves room for a workstation's own background work.
   */
  busyCores?: number;
  stepMs?: number;
  /** The longest wait before a batch: an import on a machine that is never idle still moves. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Before a batch: when others were busy since the previous call (during the last batch, say), waits step by step
 * until a step passes with little other work, or maxWaitMs. An idle machine costs no wait at all.
 */
export async function waitWhileOthersBusy(probe: () => number | null, options: ReadersFirstOptions = {}): Promise<{ waitedMs: number; busy: boolean }> {
  const { busyCores = 0.5, stepMs = 100, maxWaitMs = 2_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let others = probe();
  let waitedMs = 0;
  while (others !== null && others >= busyCores) {
    if (waitedMs >= maxWaitMs) return { waitedMs, busy: true };
    await sleep(stepMs);
    waitedMs += stepMs;
    others = probe();
  }
  return { waitedMs, busy: false };
}
