import { z } from "zod";
import { AppError } from "../errors";
import { isIsoDay } from "../events/filters";
import { relationshipSlugSchema } from "../relationships/schema";

/** 2 MB of article text, 20 MB per uploaded file: limits an editor never meets with a real article. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const articleInputSchema = z.object({
  title: z.string().trim().min(1, "Title is required").max(500, "Title is longer than 500 characters"),
  text: z.string().refine((t) => t.trim().length > 0, "Article text is empty"),
  publishedAt: z.string().trim().refine(isIsoDay, "Publication date must be a real date as YYYY-MM-DD"),
  url: z
    .string()
    .trim()
    .max(2048)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u), "Source URL must be an http(s) URL")
    .nullish()
    .or(z.literal("").transform(() => null)),
  outlet: z.string().trim().max(200).nullish(),
  sourceFormat: z.string().max(20).optional(),
  // The country pair every event of the article belongs to; absent: each event's own countries decide.
  relationship: relationshipSlugSchema.nullish().or(z.literal("").transform(() => null)),
});

export type ArticleIngestInput = z.output<typeof articleInputSchema>;

export function parseArticleInput(input: unknown): ArticleIngestInput {
  if (input && typeof input === "object" && typeof (input as { text?: unknown }).text === "string") {
    if (Buffer.byteLength((input as { text: string }).text, "utf8") > MAX_TEXT_BYTES) {
      throw new AppError("payload_too_large", `Article text is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB`);
    }
  }
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) {
    const details: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (details[issue.path.join(".") || "article"] ??= []).push(issue.message);
    const first = parsed.error.issues[0];
    throw new AppError("bad_request", `${first.path.join(".") || "article"}: ${first.message}`, details);
  }
  return parsed.data;
}
