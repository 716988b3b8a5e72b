/**
 * A Dyad production server of a spec's own, on its own embedded PostgreSQL, for tests that must not share the
 * Playwright web server: stopping and restarting the database under traffic, and rate limits set low. Started
 * the real way (`dyad serve` with DATABASE_URL), on free ports, in a temp folder that close() removes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApiToken, createUser } from "../../lib/auth/accounts";
import { createDb } from "../../lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { E2E_PASSWORD } from "./auth";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class OwnServer {
  private constructor(
    readonly baseURL: string,
    readonly databaseUrl: string,
    private readonly dir: string,
    private readonly databasePort: number,
    private database: EmbeddedDatabase | null,
    private readonly child: ChildProcess,
    readonly output: string[],
  ) {}

  /** An editor of this server's own database: an API token for scripts and the sign-in form's credentials. */
  token = "";
  readonly editor = { email: "editor@own.test", password: E2E_PASSWORD };

  static async start(env: Record<string, string> = {}): Promise<OwnServer> {
    const dir = mkdtempSync(path.join(tmpdir(), "dyad-own-"));
    // As root, PostgreSQL runs as `postgres`, which must be able to reach the data folder inside this one.
    chmodSync(dir, 0o755);
    const databasePort = await freePort();
    const database = await startEmbeddedDatabase({ dir: path.join(dir, "data"), port: databasePort });
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(process.execPath, ["bin/dyad.mjs", "serve", "--port", String(port)], {
      env: { ...process.env, ...env, DATABASE_URL: database.url, DYAD_DATA_DIR: path.join(dir, "serve"), PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
    const server = new OwnServer(`http://127.0.0.1:${port}`, database.url, dir, databasePort, database, child, output);
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`dyad serve exited with ${child.exitCode}:\n${output.slice(-20).join("\n")}`);
      const ok = await fetch(`${server.baseURL}/api/health`).then((r) => r.ok, () => false);
      if (ok) {
        await server.addEditor();
        return server;
      }
      if (Date.now() > deadline) throw new Error(`dyad serve did not answer in time:\n${output.slice(-20).join("\n")}`);
      await sleep(500);
    }
  }

  private async addEditor(): Promise<void> {
    const db = createDb(this.databaseUrl);
    try {
      await createUser(db, { ...this.editor, role: "editor" }, "e2e own server");
      this.token = (await createApiToken(db, { email: this.editor.email, name: "e2e own server" }, "e2e own server")).token;
    } finally {
      await db.$disconnect();
    }
  }

  /** True while the web server process runs (a crash would end it). */
  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Stops PostgreSQL (pg_ctl stop -m fast: open connections are cut). */
  async stopDatabase(): Promise<void> {
    await this.database?.stop();
    this.database = null;
  }

  /** Starts PostgreSQL again on the same data folder and port; resolves when it accepts connections. */
  async startDatabase(): Promise<void> {
    this.database = await startEmbeddedDatabase({ dir: path.join(this.dir, "data"), port: this.databasePort });
    if (this.database.url !== this.databaseUrl) throw new Error(`the database came back at another address: ${this.database.url}`);
  }

  async close(): Promise<void> {
    if (this.isRunning) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      await Promise.race([exited, sleep(20_000)]);
    }
    await this.database?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
