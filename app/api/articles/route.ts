import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { MAX_JSON_BODY_BYTES, MAX_MULTIPART_BODY_BYTES } from "@/lib/articles/schema";
import { submitArticle, toSubmission, type Submission } from "@/lib/articles/submit";
import { AppError, clientAddress, mediaType, readJsonObject, readMultipart, withErrors } from "@/lib/http";
import { getUploadLimiter } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

export const POST = withErrors(async (request: Request) => {
  const actor = (await authorizeRequest(request, "editor"))!.email;
  // Counted before the body is read: reading and parsing it is the cost the limit protects.
  await getUploadLimiter().consume(clientAddress(request.headers));
  const submission = await readSubmission(request);
  const result = await submitArticle(getDb(), submission, { actor });
  const status = result.status === "duplicate" ? 200 : 201;
  return Response.json({ ...result, duplicate: result.status === "duplicate" }, { status });
});

async function readSubmission(request: Request): Promise<Submission> {
  const type = mediaType(request);
  if (type === "multipart/form-data") return toSubmission(await readMultipart(request, MAX_MULTIPART_BODY_BYTES));
  if (type !== "application/json") throw new AppError("unsupported_media_type", "Send application/json or multipart/form-data");
  const record = await readJsonObject(request, MAX_JSON_BODY_BYTES);
  return { title: str(record, "title"), text: str(record, "text"), publishedAt: str(record, "publishedAt"), url: str(record, "url"), outlet: str(record, "outlet"), relationship: str(record, "relationship") };
}

function str(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new AppError("bad_request", `${field} must be a string`, { [field]: ["Must be a string."] });
  return value;
}
