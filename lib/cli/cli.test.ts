/** The `dyad` command as a user runs it: real processes, real files, a real database. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDyad as dyad } from "../test-support/cli";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { buildDocx } from "../test-support/documents";

const lavrov = {
  title: "Lavrov hosts Choe in Moscow",
  publishedAt: "2024-01-18",
  url: "https://example.org/cli/1",
  text: "Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart Choe Son Hui in Moscow on January 16, the ministry said.",
};
const belousov = {
  title: "Belousov received by Kim",
  publishedAt: "2024-11-30",
  url: "https://example.org/cli/2",
  text: "North Korean leader Kim Jong Un received Russian Defence Minister Andrei Belousov in Pyongyang on November 29.",
};

describe("dyad CLI", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "dyad-cli-"));
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("extract prints the contract shape without a database", async () => {
    const file = path.join(dir, "one.json");
    writeFileSync(file, JSON.stringify(lavrov));
    const { code, stdout } = await dyad(["extract", "--format", "json", file], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(code).toBe(0);
    const { events } = JSON.parse(stdout);
    const meeting = events.find((e: { type: string }) => e.type === "meeting");
    expect(meeting).toMatchObject({ date: "2024-01-16", datePrecision: "day", location: "Moscow" });
    expect(meeting.participants).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "Sergey Lavrov", country: "RU" }), expect.objectContaining({ name: "Choe Son Hui", country: "KP" })]),
    );
    expect(Object.keys(meeting)).toEqual(expect.arrayContaining(["type", "title", "date", "datePrecision", "endDate", "participants", "location", "evidence", "confidence"]));
  });

  it("extract reads a .docx with --published and explains a missing date", async () => {
    const file = path.join(dir, "note.docx");
    writeFileSync(file, await buildDocx([belousov.title, belousov.text]));
    const ok = await dyad(["extract", file, "--published", "2024-11-30"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).events.some((e: { date: string }) => e.date === "2024-11-29")).toBe(true);
    const missing = await dyad(["extract", file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--published");
  });

  it("ingest reports added, duplicate and failed files, and exits 1 when anything failed", async () => {
    const folder = path.join(dir, "batch");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.json"), JSON.stringify([lavrov, belousov]));
    writeFileSync(path.join(folder, "b.jsonl"), `${JSON.stringify(lavrov)}\n{"title":"broken"\n`);
    writeFileSync(path.join(folder, "c.json"), JSON.stringify({ ...belousov, url: "https://example.org/cli/3", publishedAt: "yesterday" }));
    const { code, stdout } = await dyad(["ingest", folder], { DATABASE_URL: t.url });
    expect(code).toBe(1);
    expect(stdout).toMatch(/added .*a\.json#1/);
    expect(stdout).toMatch(/duplicate .*b\.jsonl:1/);
    expect(stdout).toMatch(/failed .*b\.jsonl:2: invalid JSON/);
    expect(stdout).toMatch(/failed .*c\.json: publishedAt/);
    expect(stdout).toContain("2 added, 0 new versions, 1 duplicates, 2 failed");
  });

  it("export lists events with every source, as JSON and CSV, honouring filters", { timeout: 180_000 }, async () => {
    const second = path.join(dir, "second.json");
    writeFileSync(second, JSON.stringify({ ...lavrov, url: "https://example.org/cli/4", title: "Choe and Lavrov meet", text: "North Korea's Choi Son Hui met Russia's Sergey Lavrov in Moscow on Tuesday, January 16." }));
    expect((await dyad(["ingest", second], { DATABASE_URL: t.url })).code).toBe(0);
    const json = await dyad(["export", "--format", "json", "--type", "meeting", "--participant", "choe-son-hui"], { DATABASE_URL: t.url });
    expect(json.code).toBe(0);
    const events = JSON.parse(json.stdout);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: "draft", type: "meeting", date: "2024-01-16" });
    expect(events[0].sources.map((s: { url: string }) => s.url).sort()).toEqual(["https://example.org/cli/1", "https://example.org/cli/4"]);
    const published = await dyad(["export", "--status", "published"], { DATABASE_URL: t.url });
    expect(JSON.parse(published.stdout)).toEqual([]);
    const csv = await dyad(["export", "--format", "csv", "--from", "2024-11"], { DATABASE_URL: t.url });
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^id,status,type,title,date/);
    expect(csv.stdout).toContain("Andrei Belousov (RU)");
    expect(csv.stdout).not.toContain("Choe Son Hui");
  });

  // Each test starts several `dyad` processes (a few seconds each on a busy machine): a longer budget than the default.
  it("relationship lists the pairs, adds one and explains what it refuses", { timeout: 180_000 }, async () => {
    const env = { DATABASE_URL: t.url };
    const added = await dyad(["relationship", "add", "--countries", "RU,BY", "--name", "Russia–Belarus"], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("ru-by");
    const list = await dyad(["relationship", "list"], env);
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split("\n");
    expect(lines[1]).toMatch(/^kp-ru\s+KP,RU\s+0\s+North Korea–Russia\s+\(default\)$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(["kp-ru", "kp-cn", "ru-cn", "ru-by"]);
    const twice = await dyad(["relationship", "add", "--countries", "BY,RU", "--name", "again"], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("already the relationship \"ru-by\"");
    const missing = await dyad(["relationship", "add", "--countries", "KP,RU"], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--name");
  });

  it("ingest --relationship and export --pair keep pairs apart", { timeout: 180_000 }, async () => {
    const env = { DATABASE_URL: t.url };
    const file = path.join(dir, "pairs.jsonl");
    const talks = { ...belousov, url: "https://example.org/cli/pairs-1", title: "Belousov and Kim, filed under Russia–Belarus" };
    const own = { ...lavrov, url: "https://example.org/cli/pairs-2", title: "Filed under its own pair", relationship: "ru-cn" };
    writeFileSync(file, `${JSON.stringify(talks)}\n${JSON.stringify(own)}\n`);
    const ingest = await dyad(["ingest", "--relationship", "ru-by", file], env);
    expect(ingest.code).toBe(0);
    const sourceUrls = async (pair: string) => {
      const out = await dyad(["export", "--pair", pair], env);
      expect(out.code).toBe(0);
      // Each article once, however many events it reports (talks abroad also imply the guest's visit).
      return [...new Set((JSON.parse(out.stdout) as { sources: { url: string }[] }[]).flatMap((e) => e.sources.map((s) => s.url)))];
    };
    expect(await sourceUrls("ru-by")).toEqual(["https://example.org/cli/pairs-1"]);
    expect(await sourceUrls("ru-cn")).toEqual(["https://example.org/cli/pairs-2"]);
    const unknown = await dyad(["export", "--pair", "nowhere"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown relationship");
  });

  it("answers bad flags with usage and status 2", async () => {
    const result = await dyad(["export", "--from", "someday"], { DATABASE_URL: t.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("from");
    const unknown = await dyad(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Commands:");
  });
});
