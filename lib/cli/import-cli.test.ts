/** Bulk imports from the command line, as a user runs them: real processes, files and database. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";

function run(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
const dyadProcess = (args: string[], env: Record<string, string>) => spawn(process.execPath, ["bin/dyad.mjs", ...args], { env: { ...process.env, ...env } });
const dyad = (args: string[], env: Record<string, string>) => run(dyadProcess(args, env));

const article = (i: number) => ({
  title: `Shoigu and Kim review the parade (${i})`,
  publishedAt: "2023-07-28",
  url: `https://example.org/cli-import/${i}`,
  text: `Russian Defence Minister Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang on July 26, state media said. Copy ${i}.`,
});

describe("dyad ingest as a bulk import", () => {
  let t: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await createTestDatabase();
    env = { DATABASE_URL: t.url };
    dir = mkdtempSync(path.join(tmpdir(), "dyad-import-cli-"));
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("--queue imports a folder in the background with a progress bar, then lists each failure and a summary", async () => {
    const folder = path.join(dir, "wire");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.jsonl"), `${JSON.stringify(article(1))}\n${JSON.stringify(article(2))}\n{"title": "cut off\n`);
    writeFileSync(path.join(folder, "b.txt"), "Lavrov receives Choe\n\nSergey Lavrov received Choe Son Hui in Moscow on January 16.");
    const { code, stdout, stderr } = await dyad(["ingest", "--queue", folder, "--published", "2024-01-17"], env);
    expect(stderr).toMatch(/import 1 \[#+\] 4\/4 {2}1 failed/);
    expect(stdout).toContain(`failed     ${path.join(folder, "a.jsonl")}:3: invalid JSON`);
    expect(stdout).toContain("3 added, 0 new versions, 0 duplicates, 1 failed");
    expect(code).toBe(1);
    expect(await t.db.article.count({ where: { ingestedBy: { startsWith: "cli:" } } })).toBe(3);
  });

  it("queues by itself above 50 articles", async () => {
    const feed = path.join(dir, "feed.jsonl");
    writeFileSync(feed, [JSON.stringify(article(3)), ...Array.from({ length: 50 }, () => "not json")].join("\n"));
    const { code, stdout, stderr } = await dyad(["ingest", feed], env);
    expect(stderr).toMatch(/import 2 \[#+\] 51\/51/);
    expect(stdout).toContain("1 added, 0 new versions, 0 duplicates, 50 failed");
    expect(code).toBe(1);
  });

  it("--detach only queues; dyad worker imports it and stops on Ctrl-C; dyad import status and list report it", { timeout: 180_000 }, async () => {
    const feed = path.join(dir, "later.jsonl");
    writeFileSync(feed, [article(4), article(5)].map((a) => JSON.stringify(a)).join("\n"));
    const queued = await dyad(["ingest", "--detach", feed], env);
    expect(queued.code).toBe(0);
    const id = queued.stdout.trim();
    expect(id).toMatch(/^\d+$/);
    expect(queued.stderr).toContain("no worker is running");
    expect((await dyad(["import", "status", id], env)).stdout).toContain(`import ${id}: queued, 0/2 processed`);

    const worker = dyadProcess(["worker"], env);
    const workerDone = run(worker);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !(await t.db.importBatch.findUniqueOrThrow({ where: { id: Number(id) } })).finishedAt) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(JSON.parse((await dyad(["import", "status", id, "--format", "json"], env)).stdout)).toMatchObject({ state: "finished", done: 2, failed: 0 });
    worker.kill("SIGINT");
    const stopped = await workerDone;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toContain("[dyad worker] stopped");

    const list = await dyad(["import", "list"], env);
    expect(list.stdout).toContain(`import ${id}: finished, 2/2 processed (2 stored, 0 failed)`);
    const missing = await dyad(["import", "status", "999"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("There is no import 999");
  });
});
