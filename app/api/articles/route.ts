import { getDb } from "@/lib/db/client";
import { MAX_FILE_BYTES } from "@/lib/articles/schema";
import { submitArticle, toSubmission } from "@/lib/articles/submit";
import { AppError, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

// Multipart overhead on top of the largest file we accept.
const MAX_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024;

export const POST = withErrors(async (request: Request) => {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw new AppError("payload_too_large", `Request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  const type = request.headers.get("content-type") ?? "";
  let submission;
  if (type.startsWith("multipart/form-data")) {
    submission = await toSubmission(await request.formData().catch(() => { throw new AppError("bad_request", "Malformed multipart body"); }));
  } else if (type.startsWith("application/json")) {
    const body: unknown = await request.json().catch(() => { throw new AppError("bad_request", "Body is not valid JSON"); });
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("bad_request", "Body must be a JSON object");
    const record = body as Record<string, unknown>;
    submission = { title: str(record.title), text: str(record.text), publishedAt: str(record.publishedAt), url: str(record.url), outlet: str(record.outlet), relationship: str(record.relationship) };
  } else {
    throw new AppError("unsupported_media_type", "Send application/json or multipart/form-data");
  }
  const result = await submitArticle(getDb(), submission, { actor: "api" });
  const status = result.status === "duplicate" ? 200 : 201;
  return Response.json({ ...result, duplicate: result.status === "duplicate" }, { status });
});

function str(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new AppError("bad_request", "Article fields must be strings");
  return value;
}
