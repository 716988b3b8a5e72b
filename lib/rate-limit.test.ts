import { describe, expect, it } from "vitest";
import { RateLimitedError } from "./errors";
import { createRateLimiter, parseRateLimitConfig } from "./rate-limit";

async function attempts(limiter: ReturnType<typeof createRateLimiter>, key: string, count: number): Promise<(RateLimitedError | null)[]> {
  const results: (RateLimitedError | null)[] = [];
  for (let i = 0; i < count; i++) {
    results.push(await limiter.consume(key).then(() => null, (error: unknown) => error as RateLimitedError));
  }
  return results;
}

describe("upload rate limit", () => {
  it("reads its settings from the environment, with defaults, and refuses nonsense", () => {
    expect(parseRateLimitConfig({})).toEqual({ points: 30, windowSeconds: 60 });
    expect(parseRateLimitConfig({ DYAD_UPLOAD_LIMIT: "5", DYAD_UPLOAD_LIMIT_WINDOW: "10" })).toEqual({ points: 5, windowSeconds: 10 });
    expect(() => parseRateLimitConfig({ DYAD_UPLOAD_LIMIT: "lots" })).toThrow(/DYAD_UPLOAD_LIMIT/);
    expect(() => parseRateLimitConfig({ DYAD_UPLOAD_LIMIT_WINDOW: "0" })).toThrow(/DYAD_UPLOAD_LIMIT_WINDOW/);
  });

  it("refuses a client past its budget with the seconds to wait, and other clients go on", async () => {
    const limiter = createRateLimiter({ points: 3, windowSeconds: 60 });
    const results = await attempts(limiter, "203.0.113.1", 4);
    expect(results.slice(0, 3)).toEqual([null, null, null]);
    const refused = results[3]!;
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.message).toMatch(/Too many uploads: at most 3 from one client per 60 s\. Try again in \d+ s\./);
    expect(await attempts(limiter, "203.0.113.2", 1)).toEqual([null]);
  });

  it("caps all clients together at ten times one client's budget, so forged addresses do not escape it", async () => {
    const limiter = createRateLimiter({ points: 2, windowSeconds: 60 });
    const results: (RateLimitedError | null)[] = [];
    for (let i = 0; i < 21; i++) results.push(...(await attempts(limiter, `forged-${i}`, 1)));
    expect(results.filter((r) => r === null)).toHaveLength(20);
    expect(results[20]?.message).toMatch(/from all clients together/);
  });

  it("is off when the limit is 0", async () => {
    const limiter = createRateLimiter({ points: 0, windowSeconds: 60 });
    expect((await attempts(limiter, "x", 100)).every((r) => r === null)).toBe(true);
  });
});
