/** `dyad relationship list|add`: the country pairs the dashboard can show. */
import { createDb } from "../db/client";
import { AppError } from "../errors";
import { RELATIONSHIPS } from "../people/relationship-data";
import { createRelationship, listRelationships, syncRelationships } from "../relationships/repo";
import type { RelationshipView } from "../relationships/types";
import { openDatabase } from "./database";

export interface RelationshipFlags {
  countries?: string;
  name?: string;
  slug?: string;
  order?: string;
  format?: string;
}

function toLine(r: RelationshipView, isDefault: boolean): string {
  const countries = `${r.countries[0].code},${r.countries[1].code}`;
  return `${r.slug.padEnd(12)} ${countries.padEnd(6)} ${String(r.sortOrder).padStart(5)}  ${r.name}${isDefault ? "  (default)" : ""}`;
}

export async function relationshipCommand(positionals: string[], flags: RelationshipFlags): Promise<number> {
  const [action, ...extra] = positionals;
  if (action !== "list" && action !== "add") throw new AppError("bad_request", "say list or add (see dyad relationship --help)");
  if (extra.length) throw new AppError("bad_request", `unexpected argument "${extra[0]}"`);
  if (action === "add" && (!flags.countries || !flags.name)) throw new AppError("bad_request", "add needs --countries CC,CC and --name NAME");
  const format = flags.format ?? "text";
  if (format !== "text" && format !== "json") throw new AppError("bad_request", "--format must be text or json");
  const db = await openDatabase((line) => process.stderr.write(`${line}\n`));
  const prisma = createDb(db.url);
  try {
    await syncRelationships(prisma, RELATIONSHIPS);
    if (action === "add") {
      const created = await createRelationship(prisma, {
        countries: flags.countries!.split(","),
        name: flags.name,
        slug: flags.slug,
        sortOrder: flags.order,
      });
      process.stdout.write(format === "json" ? `${JSON.stringify(created, null, 2)}\n` : `added ${toLine(created, false).trim()}\n`);
      return 0;
    }
    const all = await listRelationships(prisma);
    if (format === "json") process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    else process.stdout.write(`${"slug".padEnd(12)} ${"pair".padEnd(6)} ${"order".padStart(5)}  name\n${all.map((r, i) => toLine(r, i === 0)).join("\n")}\n`);
    return 0;
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}
