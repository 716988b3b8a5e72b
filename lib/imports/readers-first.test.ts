import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createOthersProbe, procCpuClock, waitWhileOthersBusy, type CpuClock } from "./readers-first";

/** A machine whose CPU counters the test moves by hand (100 ticks a second). */
function fakeMachine() {
  const state = { now: 0, busy: 0, processes: new Map<number, number>() };
  const clock: CpuClock = {
    machineBusyTicks: () => state.busy,
    processTicks: (pid) => state.processes.get(pid) ?? null,
    ticksPerSecond: 100,
  };
  /** `ms` pass; the worker (this process) uses `own` ticks, its database process `db` ticks, everyone else `others`. */
  const advance = (ms: number, ticks: { own?: number; db?: number; others?: number }) => {
    state.now += ms;
    state.processes.set(process.pid, (state.processes.get(process.pid) ?? 0) + (ticks.own ?? 0));
    state.processes.set(4242, (state.processes.get(4242) ?? 0) + (ticks.db ?? 0));
    state.busy += (ticks.own ?? 0) + (ticks.db ?? 0) + (ticks.others ?? 0);
  };
  return { clock, advance, now: () => state.now };
}

describe("createOthersProbe", () => {
  it("counts the cores other processes used, not the worker's nor its database processes'", () => {
    const machine = fakeMachine();
    const probe = createOthersProbe(() => [4242], machine.clock, machine.now);
    expect(probe()).toBeNull();
    machine.advance(1000, { own: 60, db: 40 });
    expect(probe()).toBe(0);
    machine.advance(500, { own: 50, others: 40 });
    expect(probe()).toBeCloseTo(0.8);
  });
});

describe("waitWhileOthersBusy", () => {
  it("does not wait at all when nothing else ran since the last batch", async () => {
    const machine = fakeMachine();
    const probe = createOthersProbe(() => [], machine.clock, machine.now);
    probe();
    machine.advance(400, { own: 80 });
    const sleeps: number[] = [];
    expect(await waitWhileOthersBusy(probe, { sleep: async (ms) => void sleeps.push(ms) })).toEqual({ waitedMs: 0, busy: false });
    expect(sleeps).toEqual([]);
  });

  it("waits while readers keep the machine busy and starts the batch once a step is quiet", async () => {
    const machine = fakeMachine();
    const probe = createOthersProbe(() => [], machine.clock, machine.now);
    probe();
    machine.advance(400, { own: 30, others: 30 });
    // Readers for two more steps, then quiet.
    const busySteps = [true, true, false];
    const result = await waitWhileOthersBusy(probe, { stepMs: 100, sleep: async (ms) => machine.advance(ms, { others: busySteps.shift() ? 8 : 0 }) });
    expect(result).toEqual({ waitedMs: 300, busy: false });
  });

  it("gives up after maxWaitMs on a machine that is never idle, so the import still moves", async () => {
    const machine = fakeMachine();
    const probe = createOthersProbe(() => [], machine.clock, machine.now);
    probe();
    machine.advance(100, { others: 10 });
    const result = await waitWhileOthersBusy(probe, { stepMs: 100, maxWaitMs: 1_000, sleep: async (ms) => machine.advance(ms, { others: 10 }) });
    expect(result).toEqual({ waitedMs: 1_000, busy: true });
  });
});

describe.runIf(process.platform === "linux")("procCpuClock", () => {
  it("sees another process burning a core as other work", async () => {
    const probe = createOthersProbe(() => []);
    const burner = spawn(process.execPath, ["-e", "const end = Date.now() + 1500; while (Date.now() < end) {}"], { stdio: "ignore" });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      probe();
      await new Promise((resolve) => setTimeout(resolve, 600));
      // The burner alone takes most of a core (the machine may have other work too, never less).
      expect(probe()).toBeGreaterThan(0.5);
    } finally {
      burner.kill();
    }
    expect(procCpuClock.processTicks(process.pid)).toBeGreaterThan(0);
  });
});
