/**
 * Rate limits: uploads, and sign-in attempts (getSignInLimiter, below).
 *
 * The upload rate limit, shared by POST /api/articles and the upload form: every attempt counts, valid or not,
 * since parsing a 20 MB file is the cost being limited. Two budgets per window: one per client, and ten times
 * that for everyone together, so a client that forges its address (see clientAddress in lib/http.ts) still
 * cannot push unbounded work onto the server. Counters live in this process's memory (one Dyad server).
 *
 * DYAD_UPLOAD_LIMIT uploads per client per DYAD_UPLOAD_LIMIT_WINDOW seconds (30 per 60 by default); 0 turns the
 * limit off.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { RateLimitedError } from "./errors";

export interface RateLimitConfig {
  /** Attempts per client per window; 0 = no limit. */
  points: number;
  windowSeconds: number;
}

const GLOBAL_FACTOR = 10;

const count = (max: number) => z.coerce.number().int().min(0).max(max);

/**
 * Reads a limit from the environment (`NAME` attempts per `NAME_WINDOW` seconds); a bad value stops the server
 * with a clear message rather than guessing.
 */
export function parseRateLimitConfig(
  env: Record<string, string | undefined>,
  name = "DYAD_UPLOAD_LIMIT",
  defaults: RateLimitConfig = { points: 30, windowSeconds: 60 },
): RateLimitConfig {
  const windowName = `${name}_WINDOW`;
  const schema = z.object({ [name]: count(1_000_000).default(defaults.points), [windowName]: count(86_400).min(1).default(defaults.windowSeconds) });
  const parsed = schema.safeParse({ [name]: env[name] || undefined, [windowName]: env[windowName] || undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue.path.join(".")}: ${issue.message} (a whole number: attempts per client, or the window in seconds)`);
  }
  return { points: parsed.data[name], windowSeconds: parsed.data[windowName] };
}

export interface RateLimiter {
  /** Counts one attempt for `key`; throws RateLimitedError (429 + Retry-After) when its budget is spent. */
  consume(key: string): Promise<void>;
}

/**
 * `overall: false` leaves out the budget of all clients together: right where the cost is small and a shared
 * budget would let one client lock everyone else out (sign-in).
 */
export function createRateLimiter(config: RateLimitConfig, what = "uploads", options: { overall?: boolean } = {}): RateLimiter {
  if (config.points === 0) return { consume: async () => {} };
  const perClient = new RateLimiterMemory({ keyPrefix: `${what}:client`, points: config.points, duration: config.windowSeconds });
  const overall = options.overall === false ? null : new RateLimiterMemory({ keyPrefix: `${what}:all`, points: config.points * GLOBAL_FACTOR, duration: config.windowSeconds });
  const refuse = (res: RateLimiterRes, limit: string) => {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    return new RateLimitedError(`Too many ${what}: ${limit} per ${config.windowSeconds} s. Try again in ${seconds} s.`, seconds);
  };
  return {
    async consume(key) {
      try {
        await perClient.consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(error, `at most ${config.points} from one client`);
        throw error;
      }
      if (!overall) return;
      try {
        await overall.consume("all");
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(error, `at most ${config.points * GLOBAL_FACTOR} from all clients together`);
        throw error;
      }
    },
  };
}

const globalForLimits = globalThis as unknown as { dyadUploadLimiter?: RateLimiter; dyadSignInLimiter?: RateLimiter };

/** The process-wide upload limiter, configured from the environment on first use. */
export function getUploadLimiter(): RateLimiter {
  globalForLimits.dyadUploadLimiter ??= createRateLimiter(parseRateLimitConfig(process.env));
  return globalForLimits.dyadUploadLimiter;
}

/**
 * The sign-in limit: DYAD_SIGNIN_LIMIT attempts per client and email per DYAD_SIGNIN_LIMIT_WINDOW seconds (10 per
 * 300 by default), so guessing a password is slow. No budget is shared by all clients: a flood of attempts from
 * one client must not lock everyone else out.
 */
export function getSignInLimiter(): RateLimiter {
  globalForLimits.dyadSignInLimiter ??= createRateLimiter(parseRateLimitConfig(process.env, "DYAD_SIGNIN_LIMIT", { points: 10, windowSeconds: 300 }), "sign-in attempts", { overall: false });
  return globalForLimits.dyadSignInLimiter;
}
