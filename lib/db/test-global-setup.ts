/**
 * Vitest global setup: one throwaway real PostgreSQL for the whole run (the embedded server in a temp folder,
 * or TEST_DATABASE_URL's server when set). Each test file then creates its own database through test-db.ts.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase, stopAbandonedServer } from "./embedded";

const PREFIX = "dyad-test-pg-";

/**
 * A run that was killed (a terminal's Ctrl-C reaches vitest, not the server, which runs in a process group of its
 * own) cannot stop its server; the next run stops each one whose run is gone and removes its folder.
 */
async function stopAbandonedTestServers(): Promise<void> {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = path.join(tmpdir(), name);
    if (await stopAbandonedServer(dir).catch(() => false)) rmSync(dir, { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("adminDatabaseUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  await stopAbandonedTestServers();
  const dir = mkdtempSync(path.join(tmpdir(), PREFIX));
  const server = await startEmbeddedDatabase({ dir, port: 0 });
  project.provide("adminDatabaseUrl", server.url.replace(/\/dyad$/, "/postgres"));
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
