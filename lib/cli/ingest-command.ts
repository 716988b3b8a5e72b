import { statSync } from "node:fs";
import os from "node:os";
import { createDb } from "../db/client";
import { submitArticle } from "../articles/submit";
import { AppError } from "../errors";
import { RELATIONSHIPS } from "../people/relationship-data";
import { syncRelationships } from "../relationships/repo";
import { openDatabase } from "./database";
import { queuedIngest } from "./import-command";
import { listInputFiles, readArticles } from "./read-articles";

/** Above this many articles (or this much input) `dyad ingest` queues a background import instead of working inline. */
export const QUEUE_THRESHOLD = 50;
const QUEUE_THRESHOLD_BYTES = 20 * 1024 * 1024;

export async function ingestCommand(positionals: string[], flags: Record<string, string | boolean | undefined>): Promise<number> {
  if (!positionals.length) throw new AppError("bad_request", "give at least one FILE or folder (see dyad ingest --help)");
  const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  const documentFlags = { published: str("published"), title: str("title"), url: str("url"), outlet: str("outlet") };
  const queued = () => queuedIngest(positionals, { ...documentFlags, publish: Boolean(flags.publish), detach: Boolean(flags.detach) });
  if (flags.queue || flags.detach) return queued();
  const { files } = listInputFiles(positionals);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  if (files.length > QUEUE_THRESHOLD || bytes > QUEUE_THRESHOLD_BYTES) return queued();
  const entries = await readArticles(positionals, documentFlags);
  if (entries.length > QUEUE_THRESHOLD) return queued();
  const db = await openDatabase((line) => process.stderr.write(`${line}\n`));
  const prisma = createDb(db.url);
  const counts = { added: 0, "new-version": 0, duplicate: 0, failed: 0 };
  const actor = `cli:${os.userInfo().username}`;
  try {
    await syncRelationships(prisma, RELATIONSHIPS);
    for (const [i, entry] of entries.entries()) {
      const progress = `[${i + 1}/${entries.length}]`;
      if ("error" in entry) {
        counts.failed++;
        process.stdout.write(`${progress} failed     ${entry.label}: ${entry.error}\n`);
        continue;
      }
      try {
        // An article's own "relationship" field wins over --relationship.
        const submission = { ...entry.submission, relationship: entry.submission.relationship || str("relationship") };
        const result = await submitArticle(prisma, submission, { actor, publish: Boolean(flags.publish) });
        counts[result.status]++;
        const merged = result.mergedEventIds.length ? `, ${result.mergedEventIds.length} merged with earlier reports` : "";
        process.stdout.write(`${progress} ${result.status.padEnd(10)} ${entry.label}: article ${result.article.id}, ${result.events.length} events${merged}\n`);
      } catch (error) {
        counts.failed++;
        const message = error instanceof AppError ? error.message : `internal error: ${(error as Error).message}`;
        process.stdout.write(`${progress} failed     ${entry.label}: ${message}\n`);
      }
    }
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
  process.stdout.write(`${counts.added} added, ${counts["new-version"]} new versions, ${counts.duplicate} duplicates, ${counts.failed} failed\n`);
  return counts.failed ? 1 : 0;
}
