/** The embedded default with several users at once: one server, shared, stopped by the last user. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, stopAbandonedServer } from "./embedded";

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dyad-embedded-test-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function query(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 AS one")).rows[0].one;
  } finally {
    await client.end();
  }
}

function serverPid(dir: string): number | null {
  const file = path.join(dir, "pg", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

describe("embedded PostgreSQL", () => {
  it("starts one server for two users and keeps it until the last one leaves", async () => {
    const dir = newDir();
    const [a, b] = await Promise.all([startEmbeddedDatabase({ dir, port: 0 }), startEmbeddedDatabase({ dir, port: 0 })]);
    expect([a.started, b.started].sort()).toEqual([false, true]);
    expect(a.url).toBe(b.url);
    expect(serverPid(dir)).toBeGreaterThan(0);
    await a.stop();
    expect(await query(b.url)).toBe(1);
    await b.stop();
    expect(existsSync(path.join(dir, "server.json"))).toBe(false);
    expect(serverPid(dir)).toBeNull();
    await expect(query(b.url)).rejects.toThrow();
  });

  it("lets two dyad processes that start at once share one data folder", async () => {
    const dir = newDir();
    const runMigrate = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ["bin/dyad.mjs", "migrate"], { env: { ...process.env, DYAD_DATA_DIR: dir, DATABASE_URL: "" } });
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.on("exit", (code) => resolve({ code, output }));
      });
    const results = await Promise.all([runMigrate(), runMigrate()]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const all = results.map((r) => r.output).join("\n");
    // The folder is initialised once, and neither run fails to start or to migrate. How many servers start depends on
    // timing: a run that reaches the start lock only after the other has migrated and stopped starts its own on the
    // same data, as it should (under load, one run printed "initialising", "started" and the migrations, the other
    // only "started"). Two users that overlap share one server: the test above.
    expect(all.match(/initialising an embedded PostgreSQL/g) ?? [], all).toHaveLength(1);
    expect(all.match(/started an embedded PostgreSQL/g)?.length ?? 0, all).toBeGreaterThanOrEqual(1);
    expect(serverPid(dir)).toBeNull();
  });

  it("restarts on the same data after the server was stopped", async () => {
    const dir = newDir();
    const first = await startEmbeddedDatabase({ dir, port: 0 });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    await client.end();
    await first.stop();
    const second = await startEmbeddedDatabase({ dir, port: 0 });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query("SELECT v FROM kept")).rows[0].v).toBe(42);
    await again.end();
    await second.stop();
  });

  it("stops a server whose users are all gone, and leaves one still in use", async () => {
    const dir = newDir();
    const server = await startEmbeddedDatabase({ dir, port: 0 });
    // Still in use: this process holds its lease.
    expect(await stopAbandonedServer(dir)).toBe(false);
    expect(await query(server.url)).toBe(1);
    // Its user killed: the lease now names a process that has exited.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const leases = path.join(dir, "leases");
    for (const name of readdirSync(leases)) renameSync(path.join(leases, name), path.join(leases, name.replace(/^\d+/, String(gone))));
    expect(await stopAbandonedServer(dir)).toBe(true);
    expect(serverPid(dir)).toBeNull();
    await expect(query(server.url)).rejects.toThrow();
    // Nothing left to stop.
    expect(await stopAbandonedServer(dir)).toBe(false);
  });
});
