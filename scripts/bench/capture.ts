/**
 * The SQL floor of a request: run the app's own repo functions once through a Prisma client whose pg pool records
 * every statement (text, parameters, start and end), then replay exactly those statements with plain `pg`, with
 * the same concurrency (statements that overlapped in the app, like listEvents' page and count queries, overlap in
 * the replay too). The replay is what PostgreSQL and the wire cost at the least; the API's time over it is Next,
 * Prisma and JSON.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export interface Statement {
  text: string;
  values: unknown[];
  start: number;
  end: number;
}

export interface Capture {
  db: PrismaClient;
  record<T>(work: (db: PrismaClient) => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
  close(): Promise<void>;
}

type QueryConfig = { text: string; values?: unknown[] };

export function createCapture(url: string): Capture {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  let log: Statement[] | null = null;
  // Every statement goes through a pooled client's query(), also those of transactions: record them there.
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const config = args[0] as QueryConfig;
      if (!log || typeof config !== "object" || typeof config.text !== "string") return original(...args);
      const entry: Statement = { text: config.text, values: config.values ?? (Array.isArray(args[1]) ? (args[1] as unknown[]) : []), start: performance.now(), end: 0 };
      log.push(entry);
      const done = () => (entry.end = performance.now());
      const callbackAt = args.findIndex((a) => typeof a === "function");
      if (callbackAt >= 0) {
        const callback = args[callbackAt] as (...r: unknown[]) => unknown;
        args[callbackAt] = (...result: unknown[]) => {
          done();
          return callback(...result);
        };
        return original(...args);
      }
      const promise = original(...args) as Promise<unknown>;
      promise.then(done, done);
      return promise;
    };
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    async record(work) {
      log = [];
      try {
        const result = await work(db);
        return { result, statements: log };
      } finally {
        log = null;
      }
    },
    async close() {
      await db.$disconnect();
      await pool.end();
    },
  };
}

/** Statements that ran at the same time form a group; groups ran one after another. */
export function toGroups(statements: Statement[]): Statement[][] {
  const sorted = [...statements].sort((a, b) => a.start - b.start);
  const groups: Statement[][] = [];
  let groupEnd = -Infinity;
  for (const s of sorted) {
    if (groups.length && s.start < groupEnd) groups[groups.length - 1].push(s);
    else groups.push([s]);
    groupEnd = Math.max(groupEnd, s.end);
  }
  return groups;
}

export async function replay(pool: pg.Pool, groups: Statement[][]): Promise<void> {
  for (const group of groups) {
    await Promise.all(group.map((s) => pool.query({ text: s.text, values: s.values as unknown[], rowMode: "array" })));
  }
}

/** A short one-line form of a statement for reports. */
export function toShortSql(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
