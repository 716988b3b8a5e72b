import { readFileSync } from "node:fs";
import path from "node:path";
import { getExtractContext } from "../articles/extract-context";
import { parseArticleInput } from "../articles/schema";
import { AppError } from "../errors";
import { extractEvents } from "../extract";
import type { ExtractedEvent } from "../extract/types";
import { parseJsonArticles, readArticles } from "./read-articles";

/** The `dyad extract` output contract (see the README): stable field names, canonical people. */
export function toExtractOutput(events: ExtractedEvent[]) {
  return {
    events: events.map((e) => ({
      type: e.type,
      title: e.title,
      date: e.date,
      datePrecision: e.datePrecision,
      endDate: e.endDate,
      participants: e.participants.map((p) => ({ name: p.name, country: p.country, role: p.role })),
      location: e.location,
      actor: e.actor,
      evidence: e.evidence,
      confidence: e.confidence,
    })),
  };
}

export async function extractCommand(positionals: string[], flags: Record<string, string | undefined>): Promise<number> {
  if (positionals.length !== 1) throw new AppError("bad_request", "give exactly one FILE (see dyad extract --help)");
  if (!["json", "text"].includes(flags.format ?? "json")) throw new AppError("bad_request", "--format must be json or text");
  const file = positionals[0];
  const entries = path.extname(file).toLowerCase() === ".json"
    ? parseJsonArticles(readFileSync(file, "utf8"), file)
    : await readArticles([file], { published: flags.published, title: flags.title, url: flags.url });
  if (entries.length !== 1) throw new AppError("bad_request", `${file} holds ${entries.length} articles; extract takes one`);
  const entry = entries[0];
  if ("error" in entry) throw new AppError("bad_request", `${entry.label}: ${entry.error}`);
  const s = entry.submission;
  const article = parseArticleInput({ title: s.title ?? flags.title ?? path.basename(file), text: s.text ?? "", publishedAt: s.publishedAt ?? flags.published ?? "", url: s.url ?? flags.url ?? null });
  const result = extractEvents({ title: article.title, text: article.text, publishedAt: article.publishedAt, url: article.url ?? null }, getExtractContext());
  const output = toExtractOutput(result.events);
  if (flags.format === "text") {
    for (const e of output.events) {
      const people = e.participants.map((p) => `${p.name}${p.country ? ` (${p.country})` : ""}`).join(", ");
      process.stdout.write(`${e.date} ${e.datePrecision.padEnd(5)} ${e.type.padEnd(12)} ${e.title}\n    ${people}${e.location ? ` @ ${e.location}` : ""}  conf ${e.confidence.toFixed(2)}\n    "${e.evidence}"\n`);
    }
    if (!output.events.length) process.stdout.write("no events found\n");
  } else {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  return 0;
}
