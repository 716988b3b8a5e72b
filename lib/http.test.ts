import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, RateLimitedError } from "./errors";
import { clientAddress, isDatabaseUnavailable, isRejectedValue, isUniqueViolation, parseQuery, readBody, readJsonObject, readMultipart, toErrorResponse } from "./http";

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/api/articles", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body that arrives in chunks with no Content-Length, as a chunked upload does. */
function chunked(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("request bodies", () => {
  it("refuses a body whose Content-Length is over the limit before reading it", async () => {
    const error = await failure(readBody(post("x".repeat(2000), { "content-length": "2000" }), 1000));
    expect(error.status).toBe(413);
    expect(error.message).toBe("The request body is larger than 1 KB");
  });

  it("refuses a chunked body that grows past the limit while streaming", async () => {
    const error = await failure(readBody(post(chunked(10, 300)), 1000));
    expect(error.status).toBe(413);
    expect(await readBody(post(chunked(3, 300)), 1000)).toHaveLength(900);
  });

  it("answers bad JSON, non-objects and non-UTF-8 with a 400 that says so", async () => {
    for (const body of ["{nope", "[]", "null", "42", '"text"']) {
      const error = await failure(readJsonObject(post(body), 1000));
      expect(error.status, body).toBe(400);
    }
    expect((await failure(readJsonObject(post(new Uint8Array([0x7b, 0xff, 0x7d])), 1000))).message).toMatch(/UTF-8/);
    expect(await readJsonObject(post('{"title":"a"}'), 1000)).toEqual({ title: "a" });
  });

  it("answers a broken multipart body with a 400", async () => {
    const error = await failure(readMultipart(post("--x\r\nnonsense", { "content-type": "multipart/form-data; boundary=y" }), 1000));
    expect(error.status).toBe(400);
  });
});

describe("query parameters", () => {
  const schema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

  it("takes each parameter once and names the one that is wrong", () => {
    expect(parseQuery(schema, new URLSearchParams("limit=5&other=1"), ["limit"])).toEqual({ limit: 5 });
    expect(() => parseQuery(schema, new URLSearchParams("limit=5&limit=6"), ["limit"])).toThrow("Invalid parameter limit: give it once");
    expect(() => parseQuery(schema, new URLSearchParams("limit=500"), ["limit"])).toThrow(/^Invalid parameter limit/);
  });
});

describe("client address", () => {
  it("is the last X-Forwarded-For entry: the one the nearest proxy wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

// The shapes Prisma 7 with the pg adapter throws (see lib/db/client.ts).
const prismaError = (code: string, cause: object) => Object.assign(new Error("query failed"), { code, meta: { driverAdapterError: { cause } } });

describe("errors to responses", () => {
  it("maps a database that is down or restarting to 503 with Retry-After", async () => {
    for (const error of [
      prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }),
      prismaError("P2010", { kind: "postgres", originalCode: "57P01", message: "terminating connection due to administrator command" }),
      prismaError("P2010", { kind: "ConnectionClosed" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const response = toErrorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect((await response.json()).error.code).toBe("unavailable");
    }
  });

  it("maps a value PostgreSQL refuses (a data exception) to 400, without the SQL message", async () => {
    const error = prismaError("P2039", { kind: "postgres", originalCode: "22021", message: 'invalid byte sequence for encoding "UTF8": 0x00' });
    expect(isRejectedValue(error)).toBe(true);
    const response = toErrorResponse(error);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toMatch(/UTF8|0x00|byte sequence/);
  });

  it("recognises a unique violation from Prisma or from the driver inside another error", () => {
    expect(isUniqueViolation(prismaError("P2002", { modelName: "User", target: ["email"] }))).toBe(true);
    expect(isUniqueViolation(new Error("wrapped", { cause: Object.assign(new Error("duplicate key value"), { code: "23505" }) }))).toBe(true);
    expect(isUniqueViolation(prismaError("P2003", {}))).toBe(false);
  });

  it("maps a rate limit to 429 with Retry-After", async () => {
    const response = toErrorResponse(new RateLimitedError("Too many uploads", 42));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: "Too many uploads" } });
  });

  it("says nothing about an unexpected error", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const response = toErrorResponse(new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app/lib/secret.ts:12"));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: { code: "internal", message: "Something went wrong on our side." } });
    } finally {
      console.error = original;
    }
  });
});
