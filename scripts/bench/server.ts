/**
 * The production Next server for the benchmarks: `next start` on a free loopback port against a given database,
 * with its memory (RSS of the server process and any children) sampled while it runs.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createApiToken, createUser } from "../../lib/auth/accounts";
import { createDb } from "../../lib/db/client";
import { note, onInterrupt } from "./stats";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Builds the app when there is no production build (BENCH_REBUILD=1 forces it). One build at a time on the machine. */
export function ensureBuild(root: string): { built: boolean; seconds: number } {
  if (existsSync(path.join(root, ".next", "BUILD_ID")) && process.env.BENCH_REBUILD !== "1") return { built: false, seconds: 0 };
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const hasFlock = spawnSync("sh", ["-c", "command -v flock"], { encoding: "utf8" }).status === 0;
  const [command, args] = hasFlock ? ["flock", ["/tmp/dyad-build.lock", process.execPath, next, "build"]] : [process.execPath, [next, "build"]];
  note("building the app (next build)");
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ["ignore", process.stderr, process.stderr], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
  return { built: true, seconds: (performance.now() - t0) / 1000 };
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) out.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    // gone meanwhile
  }
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
  return all;
}

export interface NextServer {
  baseUrl: string;
  /** An editor's API token for the requests (reading needs an account, as for any reader). */
  authHeaders: Record<string, string>;
  pid: number;
  /** Largest RSS of the server's process tree seen so far (sampled every 100 ms, and the kernel's high-water mark). */
  peakRssMb(): number;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startNextServer(options: { root: string; databaseUrl: string; port?: number }): Promise<NextServer> {
  const port = options.port ?? (await findFreePort());
  const next = path.join(options.root, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: options.root,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  const pid = child.pid!;
  let peakKb = 0;
  const sample = () => {
    const tree = processTree(pid);
    const rss = tree.reduce((sum, p) => sum + statusKb(p, "VmRSS"), 0);
    const hwm = tree.reduce((sum, p) => sum + statusKb(p, "VmHWM"), 0);
    peakKb = Math.max(peakKb, rss, hwm);
    return rss;
  };
  const sampler = setInterval(sample, 100);
  sampler.unref();
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`next start did not answer within 90 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    clearInterval(sampler);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const unregister = onInterrupt(stop);
  return {
    baseUrl,
    authHeaders: await createBenchToken(options.databaseUrl, port),
    pid,
    peakRssMb: () => Math.round(Math.max(peakKb, (sample(), peakKb)) / 1024),
    rssMb: () => Math.round(sample() / 1024),
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

/** A user and API token of the bench's own (one per server start: several servers may share an archive). */
async function createBenchToken(databaseUrl: string, port: number): Promise<Record<string, string>> {
  const db = createDb(databaseUrl);
  try {
    const email = `bench-${port}-${Date.now()}@bench.local`;
    await createUser(db, { email, role: "editor", password: "bench-password-not-secret" }, "bench");
    const { token } = await createApiToken(db, { email, name: "bench" }, "bench");
    return { authorization: `Bearer ${token}` };
  } finally {
    await db.$disconnect();
  }
}
