/**
 * An article as people submit it: fields plus, optionally, a file instead of pasted text. Shared by the upload
 * form and POST /api/articles so that both accept exactly the same things.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { AppError } from "../errors";
import { ingestArticle, type IngestOptions, type IngestResult } from "./ingest";
import { parseUpload, type UploadedFile } from "./parse-upload";

export interface Submission {
  title?: string | null;
  text?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** A relationship's slug: the country pair of every event in the article. */
  relationship?: string | null;
  file?: UploadedFile | null;
}

export async function submitArticle(db: PrismaClient, submission: Submission, options: IngestOptions): Promise<IngestResult> {
  const hasText = Boolean(submission.text?.trim());
  if (submission.file && hasText) throw new AppError("bad_request", "Give either the article text or a file, not both");
  if (!submission.file && !hasText) throw new AppError("bad_request", "Paste the article text or choose a file");
  let text = submission.text ?? "";
  let title = submission.title?.trim() || null;
  let sourceFormat = "text";
  if (submission.file) {
    // The file has its own title when the form left it empty; a file without one still needs a title.
    const parsed = await parseUpload(submission.file);
    text = parsed.text;
    title ??= parsed.title?.trim() || null;
    sourceFormat = parsed.sourceFormat;
    if (!title) throw new AppError("bad_request", "Title is required (the file has none)", { title: ["Title is required (the file has none)."] });
  }
  return ingestArticle(db, { title: title ?? "", text, publishedAt: submission.publishedAt ?? "", url: submission.url || null, outlet: submission.outlet || null, relationship: submission.relationship || null, sourceFormat }, options);
}

/** Reads a multipart form into a Submission (used by the API; the form action gets FormData directly). */
export async function toSubmission(form: FormData): Promise<Submission> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : null;
  };
  const file = form.get("file");
  const hasFile = file instanceof Blob && file.size > 0;
  return {
    title: field("title"),
    text: field("text"),
    publishedAt: field("publishedAt"),
    url: field("url"),
    outlet: field("outlet"),
    relationship: field("relationship"),
    file: hasFile ? { name: (file as File).name || "upload", type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
  };
}
