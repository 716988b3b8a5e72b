/** Bulk imports are background work: their PostgreSQL server process gives way to readers' too. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { yieldDatabaseCpuToReaders } from "./worker";

/** A process's nice value, from /proc (field 19 of stat, counted after the command name). */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

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
    expect(niceOf(pid)).toBeGreaterThanOrEqual(10);
    expect(niceOf(readerPid)).toBeLessThan(10);
    await worker.$disconnect();
  });

  it("leaves a database on another machine alone", () => {
    expect(yieldDatabaseCpuToReaders("postgresql://dyad@db.example.org:5432/dyad")).toBeUndefined();
  });
});
