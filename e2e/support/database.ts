/**
 * Direct access to the database behind the Playwright web server (e2e/serve-fresh.mjs writes where its data
 * folder is), for checks no page shows: the row count of every table around rejected writes.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export function e2eDatabaseUrl(): string {
  const port = process.env.E2E_PORT ?? "3107";
  const { dataDir } = JSON.parse(readFileSync(path.join(tmpdir(), `dyad-e2e-${port}.json`), "utf8")) as { dataDir: string };
  const state = JSON.parse(readFileSync(path.join(dataDir, "server.json"), "utf8")) as { port: number; password: string };
  return `postgresql://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/dyad`;
}

export async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Exact row counts of every table of the app (the migrations table aside), by table name. */
export async function countRows(url: string): Promise<Record<string, number>> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name",
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name.replace(/"/g, '""')}"`);
      counts[table_name] = Number(result.rows[0].n);
    }
    return counts;
  });
}
