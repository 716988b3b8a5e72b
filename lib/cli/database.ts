/**
 * How every `dyad` command gets its database: DATABASE_URL when set (nothing is started), otherwise the
 * embedded PostgreSQL in .dyad/ (started or reused). Migrations are applied either way.
 */
import { startEmbeddedDatabase } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";

export interface CliDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(log: (line: string) => void): Promise<CliDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await migrateDatabase(configured, { log });
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedDatabase({ log });
  try {
    await migrateDatabase(server.url, { log });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, embedded: true, stop: () => server.stop() };
}
