/** The one place that turns errors into HTTP responses: `{ error: { code, message } }`, never a stack trace. */
import type { z } from "zod";
import { AppError, isAppError, isRateLimitedError } from "./errors";

const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "53300"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE = /ECONNREFUSED|Connection terminated|connection timeout|Can't reach database|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|Connection closed/i;

interface ErrorFields {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
}

/** The error, its causes, and the driver's error inside a Prisma error (meta.driverAdapterError.cause). */
function errorChain(error: unknown): ErrorFields[] {
  const chain: ErrorFields[] = [];
  const queue: unknown[] = [error];
  while (queue.length && chain.length < 10) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const record = e as ErrorFields;
    chain.push(record);
    queue.push(record.cause, record.meta?.driverAdapterError?.cause);
  }
  return chain;
}

/** A database that is down or restarting: the client should retry, so 503 rather than 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return errorChain(error).some(
    (e) =>
      (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) ||
      (typeof e.originalCode === "string" && UNAVAILABLE_CODES.has(e.originalCode)) ||
      (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) ||
      (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)),
  );
}

/**
 * PostgreSQL refused a value (class 22, "data exception": a NUL character, a number out of range, a bad date)
 * that validation let through. It is the caller's input, so 400, not 500.
 */
export function isRejectedValue(error: unknown): boolean {
  return errorChain(error).some((e) => [e.code, e.originalCode].some((c) => typeof c === "string" && /^22[0-9A-Z]{3}$/.test(c)));
}

/** A unique index refused a second copy of a row (Prisma's P2002, PostgreSQL's 23505): someone else was first. */
export function isUniqueViolation(error: unknown): boolean {
  return errorChain(error).some((e) => [e.code, e.originalCode].some((c) => c === "P2002" || c === "23505"));
}

export const REJECTED_VALUE_MESSAGE = "The request holds a value that cannot be stored (a control character, or a number or date out of range).";

/**
 * An error a person can be told about, as an AppError: the AppError itself, a database that is down, or a value the
 * database refused. Null for anything else (a bug: the caller rethrows it to the error page).
 */
export function toUserError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (isDatabaseUnavailable(error)) return new AppError("unavailable", "The database is unavailable; try again shortly.");
  if (isRejectedValue(error)) return new AppError("bad_request", REJECTED_VALUE_MESSAGE);
  return null;
}

export function jsonError(status: number, code: string, message: string, details?: Record<string, string[]>, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(details ? { details } : {}) } }, { status, headers });
}

export function toErrorResponse(error: unknown): Response {
  if (isRateLimitedError(error)) return jsonError(429, error.code, error.message, undefined, { "retry-after": String(error.retryAfterSeconds) });
  if (isAppError(error)) return jsonError(error.status, error.code, error.message, error.details);
  if (isDatabaseUnavailable(error)) return jsonError(503, "unavailable", "The database is unavailable; try again shortly.", undefined, { "retry-after": "5" });
  if (isRejectedValue(error)) return jsonError(400, "bad_request", REJECTED_VALUE_MESSAGE);
  console.error("internal error:", error);
  return jsonError(500, "internal", "Something went wrong on our side.");
}

/** Wraps a route handler so every thrown error becomes a JSON error response. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export function parseId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new AppError("bad_request", "id must be a positive integer");
  return Number(raw);
}


const MB = 1024 * 1024;
const formatSize = (bytes: number) => (bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/**
 * The request body, refused with 413 past `maxBytes`: first by its Content-Length, then while it streams in (a
 * chunked body has none, and a client may understate it). Never holds more than maxBytes in memory.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${formatSize(maxBytes)}`);
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) throw new AppError("bad_request", "Content-Length must be a number of bytes");
    if (Number(declared) > maxBytes) throw tooLarge();
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError("bad_request", "The request body could not be read");
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A JSON object body of at most `maxBytes` (UTF-8), or a 400/413 that says what is wrong with it. */
export async function readJsonObject(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const bytes = await readBody(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON (UTF-8)");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("bad_request", "The body must be a JSON object");
  return body as Record<string, unknown>;
}

/** A multipart body of at most `maxBytes`, parsed; a malformed one is a 400. */
export async function readMultipart(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBody(request, maxBytes);
  try {
    return await new Response(bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart/form-data body is malformed");
  }
}

/** The media type of a request, lower case, without parameters ("application/json"). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * The client's address, for rate limits: the last X-Forwarded-For entry (the one the nearest proxy, or Next.js
 * itself, wrote). Without a reverse proxy in front a client can forge it; the limits account for that.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1)?.slice(0, 100) || headers.get("x-real-ip")?.slice(0, 100) || "unknown";
}

/**
 * Query parameters through a zod object schema: each parameter at most once, unknown ones ignored, and a 400
 * naming the parameter when a value is wrong.
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams, keys: readonly string[]): z.output<S> {
  const record: Record<string, string> = {};
  for (const key of keys) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length > 1) throw new AppError("bad_request", `Invalid parameter ${key}: give it once`);
    if (values.length) record[key] = values[0];
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", `Invalid parameter ${issue.path.join(".") || "query"}: ${issue.message}`);
  }
  return parsed.data;
}

export { AppError };
