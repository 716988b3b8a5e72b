import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { AppError } from "../errors";

export type Db = PrismaClient;
/** A transaction client: every repo function takes `db` first and accepts either. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** A json_agg column read by $queryRaw: parsed already, or text when the driver cannot tell; null (no rows) stays null. */
export function readJsonColumn<T>(value: T | string | null): T | null {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

export interface DbOptions {
  /** Called with each new connection (its server process id in `processID`). */
  onConnect?: (client: pg.PoolClient) => void;
}

export function createDb(url: string, options: DbOptions = {}): PrismaClient {
  // A short connect timeout turns a stopped database into a quick 503 instead of a hanging request.
  const config = { connectionString: url, connectionTimeoutMillis: 5_000, max: 10 };
  const adapter = new PrismaPg(options.onConnect ? poolWithHook(config, options.onConnect) : config, {
    // When the database restarts, pooled connections die with an 'error' event. Unheard, such an event would
    // end the Node process; heard, the pool drops the dead connection and the next request opens a new one.
    onPoolError: (error) => reportConnectionLoss("an idle database connection", error),
    onConnectionError: (error) => reportConnectionLoss("a database connection in use", error),
    // Our own pool ends with the client ($disconnect), as the adapter's own would.
    disposeExternalPool: true,
  });
  return new PrismaClient({ adapter });
}

function poolWithHook(config: pg.PoolConfig, onConnect: NonNullable<DbOptions["onConnect"]>): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("connect", onConnect);
  // Heard for the pool's whole life (the adapter stops listening at $disconnect).
  pool.on("error", (error) => reportConnectionLoss("an idle database connection", error));
  return pool;
}

let lastReport = 0;
/** One line per burst (a restart drops every connection at once), without the stack. */
function reportConnectionLoss(what: string, error: Error): void {
  if (Date.now() - lastReport < 5_000) return;
  lastReport = Date.now();
  console.warn(`[dyad] lost ${what}: ${error.message}`);
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
