import { z } from "zod";
import { AppError } from "../errors";
import { isIsoDay } from "../events/filters";
import { relationshipSlugSchema } from "../relationships/schema";

/** 2 MB of article text, 20 MB per uploaded file: limits an editor never meets with a real article. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Request bodies: a JSON article (text escaped, plus the other fields), a multipart upload (a file plus fields). */
export const MAX_JSON_BODY_BYTES = 2 * MAX_TEXT_BYTES + 64 * 1024;
export const MAX_MULTIPART_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024;

// PostgreSQL cannot store NUL in text, and no other control character belongs in an article: pasted text and
// text read from files lose them (tabs and line breaks stay); one-line fields get a space instead.
const TEXT_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const LINE_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
const oneLine = (max: number, label: string) =>
  z
    .string()
    .transform((v) => v.replace(LINE_CONTROLS, " ").trim())
    .pipe(z.string().max(max, `${label} is longer than ${max} characters`));

export const articleInputSchema = z.object({
  title: oneLine(500, "Title").pipe(z.string().min(1, "Title is required")),
  text: z
    .string()
    .transform((t) => t.replace(TEXT_CONTROLS, ""))
    .refine((t) => t.trim().length > 0, "Article text is empty"),
  publishedAt: z.string().trim().refine(isIsoDay, "Publication date must be a real date as YYYY-MM-DD"),
  // Only http(s): a javascript: or data: address must never become a link on a page.
  url: z
    .string()
    .trim()
    .max(2048, "Source URL is longer than 2048 characters")
    .refine((u) => /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(u) && URL.canParse(u), "Source URL must be an http(s) URL")
    .nullish()
    .or(z.literal("").transform(() => null)),
  outlet: oneLine(200, "Outlet").nullish(),
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
