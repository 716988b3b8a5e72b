import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { AppError } from "../errors";

export type Db = PrismaClient;
/** A transaction client: every repo function takes `db` first and accepts either. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(url: string): PrismaClient {
  // A short connect timeout turns a stopped database into a quick 503 instead of a hanging request.
  const adapter = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { dyadDb?: PrismaClient };

/**
 * The process-wide client for DATABASE_URL. `dyad serve` starts (or reuses) the embedded database and sets
 * DATABASE_URL before Next starts, so the web app always has one.
 */
export function getDb(): PrismaClient {
  if (!globalForDb.dyadDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new AppError("unavailable", "No database configured: start Dyad with `npm start` or `npm run dev`, or set DATABASE_URL.");
    }
    globalForDb.dyadDb = createDb(url);
  }
  return globalForDb.dyadDb;
}
