/**
 * The better-auth instance: email and password sign-in (no self sign-up: users are added by an admin or
 * `dyad user add`), sessions in PostgreSQL through Prisma, passwords hashed with better-auth's scrypt (memory-hard),
 * and bearer tokens for scripts (an API token is a long-lived session; see lib/auth/accounts.ts).
 *
 * The cookie-signing secret is DYAD_AUTH_SECRET, or one generated on first use and kept in `app_setting`, so every
 * process on the same database agrees without configuration.
 */
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { bearer } from "better-auth/plugins/bearer";
import type { DbClient } from "../db/client";

export const SESSION_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 10;

export function createAuth(db: DbClient, secret: string, options: { baseUrl?: string } = {}) {
  const baseURL = options.baseUrl ?? "http://localhost";
  return betterAuth({
    appName: "Dyad",
    secret,
    baseURL,
    logger: { level: "error" },
    database: prismaAdapter(db as never, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 256 },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } } },
    session: {
      expiresIn: SESSION_DAYS * 24 * 3600,
      updateAge: 24 * 3600,
      additionalFields: { tokenName: { type: "string", required: false, input: false } },
    },
    // Our own limiter guards sign-in (lib/auth/sign-in.ts); better-auth's HTTP routes are not mounted.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { useSecureCookies: baseURL.startsWith("https://"), cookiePrefix: "dyad" },
    plugins: [bearer()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** DYAD_AUTH_SECRET, else the secret kept in the database (created once, by whichever process comes first). */
export async function findOrCreateAuthSecret(db: DbClient, env: Record<string, string | undefined>): Promise<string> {
  const fromEnv = env.DYAD_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("DYAD_AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  await db.appSetting.createMany({ data: [{ key: "auth_secret", value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  return (await db.appSetting.findUniqueOrThrow({ where: { key: "auth_secret" } })).value;
}

const cache = new WeakMap<object, Promise<Auth>>();

/** One auth instance per database client (the web server's, a CLI run's, a test's). */
export function getAuthFor(db: DbClient, env: Record<string, string | undefined> = process.env): Promise<Auth> {
  let auth = cache.get(db);
  if (!auth) {
    auth = findOrCreateAuthSecret(db, env).then((secret) => createAuth(db, secret, { baseUrl: env.DYAD_BASE_URL?.trim() || undefined }));
    auth.catch(() => cache.delete(db));
    cache.set(db, auth);
  }
  return auth;
}
