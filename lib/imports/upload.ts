/**
 * A bulk import as it arrives over HTTP (POST /api/imports, used by the upload page): multipart files with an
 * optional publication date and outlet for documents, or a JSON body `{ "articles": [...] }`.
 */
import { z } from "zod";
import { fromJsonValue } from "../articles/json-articles";
import { AppError } from "../errors";
import { isIsoDay } from "../events/filters";
import { expandUploadedFiles, type ImportEntry } from "./entries";

/** The whole request: many files at once, each at most the single-upload limit. Bigger imports: `dyad ingest`. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_JSON_ARTICLES = 10_000;

export interface ImportUpload {
  source: "upload" | "api";
  sourceNames: string[];
  entries: ImportEntry[];
}

const fieldsSchema = z.object({
  publishedAt: z
    .string()
    .trim()
    .refine((v) => !v || isIsoDay(v), "Publication date must be a real date as YYYY-MM-DD")
    .transform((v) => v || null),
  outlet: z.string().trim().max(200, "Outlet is longer than 200 characters").transform((v) => v || null),
});

const jsonBodySchema = z.object({
  articles: z.array(z.unknown()).min(1, "articles is empty").max(MAX_JSON_ARTICLES, `at most ${MAX_JSON_ARTICLES.toLocaleString("en")} articles per request`),
});

function toBadRequest(error: z.ZodError): AppError {
  const details: Record<string, string[]> = {};
  for (const issue of error.issues) (details[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return new AppError("bad_request", error.issues[0].message, details);
}

export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_IMPORT_BYTES) throw new AppError("payload_too_large", `An upload may hold ${MAX_IMPORT_BYTES / 1024 / 1024} MB; use dyad ingest for more`);
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/json")) {
    const body: unknown = await request.json().catch(() => {
      throw new AppError("bad_request", "Body is not valid JSON");
    });
    const parsed = jsonBodySchema.safeParse(body);
    if (!parsed.success) throw toBadRequest(parsed.error);
    const entries = parsed.data.articles.map((value, i) => {
      const entry = fromJsonValue(value, `articles#${i + 1}`);
      return "error" in entry ? entry : { label: entry.label, article: entry.submission };
    });
    return { source: "api", sourceNames: ["JSON request"], entries };
  }
  if (!type.startsWith("multipart/form-data")) throw new AppError("unsupported_media_type", "Send multipart/form-data with files, or application/json with articles");
  const form = await request.formData().catch(() => {
    throw new AppError("bad_request", "Malformed multipart body");
  });
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const fields = fieldsSchema.safeParse({ publishedAt: text("publishedAt"), outlet: text("outlet") });
  if (!fields.success) throw toBadRequest(fields.error);
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.name !== "");
  if (!files.length) throw new AppError("bad_request", "Choose one or more files", { files: ["Choose one or more files."] });
  const uploaded = await Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) })));
  return { source: "upload", sourceNames: uploaded.map((f) => f.name), entries: expandUploadedFiles(uploaded, fields.data) };
}
