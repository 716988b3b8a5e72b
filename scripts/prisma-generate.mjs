#!/usr/bin/env node
// Generates the Prisma client without network access. `prisma generate` itself needs no engine, but the CLI
// checks for a schema-engine binary first and would try to download one; any executable placeholder satisfies it.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = path.join(tmpdir(), "dyad-prisma");
  const placeholder = path.join(dir, "schema-engine-placeholder");
  if (!existsSync(placeholder)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(placeholder, "#!/bin/sh\necho 'schema-engine is not available offline' >&2\nexit 1\n");
    chmodSync(placeholder, 0o755);
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
