/** Bulk imports are background work: their PostgreSQL server process gives way to readers' too. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { yieldDatabaseCpuToReaders } from "./worker";

/** Fields of a process's /proc stat line, counted from 3 (the state) since the command name may hold spaces. */
function statOf(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}
const SCHED_IDLE = 5;
/** Background priority: Linux's idle scheduling class (field 41 of stat), or else at least nice 10 (field 19). */
const isBackground = (pid: number) => Number(statOf(pid)[38]) === SCHED_IDLE || Number(statOf(pid)[16]) >= 10;

describe("yieldDatabaseCpuToReaders", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("lowers the priority of the local server process behind each of the worker's connections, and of no other", async () => {
    const worker = createDb(t.url, { onConnect: yieldDatabaseCpuToReaders(t.url) });
    const [{ pid }] = await worker.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const [{ pid: readerPid }] = await t.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    expect(isBackground(pid)).toBe(true);
    expect(isBackground(readerPid)).toBe(false);
    await worker.$disconnect();
  });

  it("keeps to nice 10 for a worker nobody reads beside (dyad ingest's own)", async () => {
    const worker = createDb(t.url, { onConnect: yieldDatabaseCpuToReaders(t.url, { idleClass: false }) });
    const [{ pid }] = await worker.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    expect(Number(statOf(pid)[38])).not.toBe(SCHED_IDLE);
    expect(Number(statOf(pid)[16])).toBeGreaterThanOrEqual(10);
    await worker.$disconnect();
  });

  it("leaves a database on another machine alone", () => {
    expect(yieldDatabaseCpuToReaders("postgresql://dyad@db.example.org:5432/dyad")).toBeUndefined();
  });
});
