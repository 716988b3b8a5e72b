/**
 * The one error type of the project. Services and repos throw it; transport layers map it to a response
 * (HTTP: toErrorResponse in lib/http.ts; CLI: a message and exit status). Anything else is an internal error
 * and is reported without details.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

// A brand rather than `instanceof`: Next.js may load this module once per server layer (route handlers, server
// actions, pages), and an error made in one layer must still be recognised in another.
const APP_ERROR = Symbol.for("dyad.AppError");

export class AppError extends Error {
  readonly [APP_ERROR] = true;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return typeof error === "object" && error !== null && (error as { [APP_ERROR]?: unknown })[APP_ERROR] === true;
}

/** Too many requests from one client: the response says when to try again (HTTP: 429 with Retry-After). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("rate_limited", message);
    this.name = "RateLimitedError";
  }
}

export function isRateLimitedError(error: unknown): error is RateLimitedError {
  return isAppError(error) && error.code === "rate_limited" && typeof (error as { retryAfterSeconds?: unknown }).retryAfterSeconds === "number";
}
