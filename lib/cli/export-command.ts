import { writeFileSync } from "node:fs";
import { createDb } from "../db/client";
import { AppError } from "../errors";
import { toCsv } from "../events/export";
import { parseEventFilters } from "../events/filters";
import { listEventsForExport } from "../events/repo";
import { getRelationship } from "../relationships/repo";
import { openDatabase } from "./database";

export async function exportCommand(flags: Record<string, string | string[] | undefined>): Promise<number> {
  const format = flags.format ?? "json";
  if (format !== "json" && format !== "csv") throw new AppError("bad_request", "--format must be json or csv");
  const { format: _f, out, ...filterFlags } = flags;
  // The CLI is an editor's tool: it exports drafts too unless told otherwise.
  const filters = parseEventFilters({ status: "all", ...filterFlags, pageSize: "500" });
  const db = await openDatabase((line) => process.stderr.write(`${line}\n`));
  const prisma = createDb(db.url);
  try {
    // The pair is always explicit in an export, so a file says which relationship it covers.
    const pair = await getRelationship(prisma, filters.pair);
    const records = await listEventsForExport(prisma, { ...filters, pair: pair.slug });
    const body = format === "csv" ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`;
    if (typeof out === "string") {
      writeFileSync(out, body);
      process.stderr.write(`wrote ${records.length} events to ${out}\n`);
    } else {
      process.stdout.write(body);
    }
    return 0;
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}
