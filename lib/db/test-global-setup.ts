/**
 * Vitest global setup: one throwaway real PostgreSQL for the whole run (the embedded server in a temp folder,
 * or TEST_DATABASE_URL's server when set). Each test file then creates its own database through test-db.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "./embedded";

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("adminDatabaseUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "dyad-test-pg-"));
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
