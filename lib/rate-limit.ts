/**
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

const configSchema = z.object({
  DYAD_UPLOAD_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(30),
  DYAD_UPLOAD_LIMIT_WINDOW: z.coerce.number().int().min(1).max(86_400).default(60),
});

/** Reads the limit from the environment; a bad value stops the server with a clear message rather than guessing. */
export function parseRateLimitConfig(env: Record<string, string | undefined>): RateLimitConfig {
  const parsed = configSchema.safeParse({
    DYAD_UPLOAD_LIMIT: env.DYAD_UPLOAD_LIMIT || undefined,
    DYAD_UPLOAD_LIMIT_WINDOW: env.DYAD_UPLOAD_LIMIT_WINDOW || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue.path.join(".")}: ${issue.message} (a whole number: uploads per client, or the window in seconds)`);
  }
  return { points: parsed.data.DYAD_UPLOAD_LIMIT, windowSeconds: parsed.data.DYAD_UPLOAD_LIMIT_WINDOW };
}

export interface RateLimiter {
  /** Counts one attempt for `key`; throws RateLimitedError (429 + Retry-After) when its budget is spent. */
  consume(key: string): Promise<void>;
}

export function createRateLimiter(config: RateLimitConfig, what = "uploads"): RateLimiter {
  if (config.points === 0) return { consume: async () => {} };
  const perClient = new RateLimiterMemory({ keyPrefix: `${what}:client`, points: config.points, duration: config.windowSeconds });
  const overall = new RateLimiterMemory({ keyPrefix: `${what}:all`, points: config.points * GLOBAL_FACTOR, duration: config.windowSeconds });
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
      try {
        await overall.consume("all");
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(error, `at most ${config.points * GLOBAL_FACTOR} from all clients together`);
        throw error;
      }
    },
  };
}

const globalForLimits = globalThis as unknown as { dyadUploadLimiter?: RateLimiter };

/** The process-wide upload limiter, configured from the environment on first use. */
export function getUploadLimiter(): RateLimiter {
  globalForLimits.dyadUploadLimiter ??= createRateLimiter(parseRateLimitConfig(process.env));
  return globalForLimits.dyadUploadLimiter;
}
