/**
 * `npm run eval` starts a throwaway PostgreSQL of its own, outside the caller's process group. Stopping the run with
 * Ctrl-C (SIGINT to the group, as a terminal sends it) must stop that server and remove its folder too, and say so
 * without a stack trace; until this test, an interrupted run left the server running.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "dyad-eval-interrupt-"));
// (The server runs as the postgres user when we are root: it must be able to reach its folder in here.)
chmodSync(scratch, 0o755);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const evalFolders = () => readdirSync(scratch).filter((f) => f.startsWith("dyad-eval-"));

/** Processes whose command line names `folder` (Linux: read from /proc). */
function countProcessesUsing(folder: string): number {
  return readdirSync("/proc").filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder);
    } catch {
      return false;
    }
  }).length;
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (check()) return true;
  return check();
}

describe("an interrupted npm run eval", () => {
  it("stops its database server and removes its folder", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: scratch, NEXT_TELEMETRY_DISABLED: "1" };
    delete env.TEST_DATABASE_URL;
    const child = spawn(process.execPath, ["bin/run-ts.mjs", "scripts/eval.ts"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    const started = await waitFor(() => evalFolders().some((f) => existsSync(path.join(scratch, f, "server.json"))), 90_000);
    expect(started).toBe(true);
    const folder = path.join(scratch, evalFolders()[0]);
    expect(await waitFor(() => countProcessesUsing(folder) > 0, 10_000)).toBe(true);
    process.kill(-child.pid!, "SIGINT");
    const code = await exited;

    // (130: stopped by SIGINT, after the cleanup; a crash on the dropped connections would exit 1.)
    expect(code).toBe(130);
    expect(await waitFor(() => countProcessesUsing(folder) === 0, 10_000)).toBe(true);
    expect(existsSync(folder)).toBe(false);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 150_000);
});
