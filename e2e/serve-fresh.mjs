#!/usr/bin/env node
// Starts `dyad serve` on an empty embedded database in a temp folder, as a new user's first start would.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3107";
const dir = mkdtempSync(path.join(tmpdir(), "dyad-e2e-"));
// Specs that check the database itself (row counts around rejected writes) find its data folder here.
const pointer = path.join(tmpdir(), `dyad-e2e-${port}.json`);
writeFileSync(pointer, JSON.stringify({ dataDir: dir }));
const env = { ...process.env, DYAD_DATA_DIR: dir, PORT: port };
delete env.DATABASE_URL;
const child = spawn(process.execPath, ["bin/dyad.mjs", "serve", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(pointer, { force: true });
  process.exit(code ?? 0);
});
