/**
 * `dyad serve`: database first (embedded or DATABASE_URL), migrations, registry and demo data, then Next.js as
 * a child process with DATABASE_URL set. The bulk-import worker runs in this process, beside Next rather than
 * inside it, so readers' requests never queue behind extraction. Stopping it stops Next, lets the worker finish
 * the article in hand, and stops the database it started.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createUser } from "../auth/accounts";
import { createDb, type Db } from "../db/client";
import { dataDir } from "../db/embedded";
import { seedDemo } from "../demo/seed";
import { syncRegistry } from "../people/repo";
import { COUNTRIES, REGISTRY_PEOPLE } from "../people/registry-data";
import { RELATIONSHIPS } from "../people/relationship-data";
import { syncRelationships } from "../relationships/repo";
import { isReadersFirst, startImportWorker, yieldCpuToReaders, type ImportWorker } from "../imports/worker";
import { openDatabase } from "./database";

const log = (line: string) => process.stderr.write(`[dyad] ${line}\n`);

export async function serve(options: { dev: boolean; port: number }): Promise<number> {
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    log(`invalid port ${options.port}`);
    return 2;
  }
  const started = Date.now();
  const db = await openDatabase(log);
  const prisma = createDb(db.url);
  try {
    if ((await prisma.person.count()) === 0) await syncRegistry(prisma, REGISTRY_PEOPLE, COUNTRIES);
    await syncRelationships(prisma, RELATIONSHIPS);
    // Demo data only ever goes into the embedded database, once; `dyad seed` reloads it on purpose.
    const marker = path.join(dataDir(), "demo-seeded");
    if (db.embedded && !existsSync(marker) && (await prisma.article.count()) === 0) {
      log("loading the demo articles (first start)...");
      const result = await seedDemo(prisma, log);
      writeFileSync(marker, new Date().toISOString());
      for (const f of result.failed) log(`demo article ${f.id} failed: ${f.error}`);
    }
    if (db.embedded) await ensureDemoEditor(prisma);
    else if ((await prisma.user.count()) === 0) log("no users yet: add the first with `dyad user add --email E --role admin`");
  } finally {
    await prisma.$disconnect();
  }

  const require = createRequire(import.meta.url);
  const nextBin = require.resolve("next/dist/bin/next");
  const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1", PORT: String(options.port) };
  if (!options.dev && !existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    log("no production build yet: running next build (once)...");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) {
      await db.stop();
      return build.status ?? 1;
    }
  }
  // DYAD_IMPORT_WORKER=0 leaves bulk imports to a `dyad worker` elsewhere.
  // A worker that cannot start must not keep readers out: imports then wait for `dyad worker`.
  const worker: ImportWorker | null =
    process.env.DYAD_IMPORT_WORKER === "0"
      ? null
      : await startImportWorker({ url: db.url, log, readersFirst: isReadersFirst() }).catch((error) => {
          log(`the bulk-import worker did not start (${(error as Error).message}); run dyad worker for imports`);
          return null;
        });
  log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${db.embedded ? "embedded" : "DATABASE_URL"}); starting the web server on http://localhost:${options.port}`);
  // The request guard (bin/http-guard.mjs) goes into the server process and any worker it forks.
  const guard = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../bin/http-guard.mjs")).href;
  const serverEnv = { ...env, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${guard}`].filter(Boolean).join(" ") };
  const child = spawn(process.execPath, [nextBin, options.dev ? "dev" : "start", "--port", String(options.port)], { stdio: "inherit", env: serverEnv });
  // This process's own work from now on is the import worker: it gives way to Next (spawned above, so unaffected).
  if (worker) yieldCpuToReaders();
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  const code = await new Promise<number>((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 0 : 1))));
  await worker?.stop();
  await db.stop();
  return code;
}

export const DEMO_EDITOR_EMAIL = "editor@dyad.local";

/**
 * The embedded (demo) database gets an editor on its first start, so the review desk can be tried at once. Its
 * password is DYAD_DEMO_PASSWORD or generated, kept in the data folder (readable by this user only) and printed
 * at every start. A database with DATABASE_URL never gets it.
 */
async function ensureDemoEditor(prisma: Db): Promise<void> {
  const file = path.join(dataDir(), "demo-editor.txt");
  if (!(await prisma.user.findUnique({ where: { email: DEMO_EDITOR_EMAIL } }))) {
    const { password } = await createUser(prisma, { email: DEMO_EDITOR_EMAIL, name: "Demo editor", role: "editor", password: process.env.DYAD_DEMO_PASSWORD || undefined }, "dyad serve");
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
  }
  const password = existsSync(file) ? readFileSync(file, "utf8").trim() : "(see the demo-editor.txt of the data folder)";
  log(`demo editor: sign in as ${DEMO_EDITOR_EMAIL} with the password ${password}`);
}
