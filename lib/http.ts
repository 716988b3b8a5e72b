/** The one place that turns errors into HTTP responses: `{ error: { code, message } }`, never a stack trace. */
import { AppError, isAppError } from "./errors";

const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);

/** A database that is down or restarting: the client should retry, so 503 rather than 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const record = e as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof record.code === "string" && UNAVAILABLE_CODES.has(record.code)) return true;
    if (typeof record.originalCode === "string" && UNAVAILABLE_CODES.has(record.originalCode)) return true;
    if (typeof record.message === "string" && /ECONNREFUSED|Connection terminated|connection timeout|Can't reach database|terminating connection|the database system is (starting up|shutting down)/i.test(record.message)) return true;
    e = record.cause;
  }
  return false;
}

export function jsonError(status: number, code: string, message: string, details?: Record<string, string[]>): Response {
  return Response.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

export function toErrorResponse(error: unknown): Response {
  if (isAppError(error)) return jsonError(error.status, error.code, error.message, error.details);
  if (isDatabaseUnavailable(error)) return jsonError(503, "unavailable", "The database is unavailable; try again shortly.");
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

export { AppError };
