/**
 * Users and API tokens: the service behind `dyad user`, `dyad token`, the admin page and the demo start.
 * Password hashing and session records go through better-auth's own context (no hand-made crypto here); every
 * change is written to the audit log with the acting user.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { isUniqueViolation } from "../http";
import { getAuthFor, MIN_PASSWORD_LENGTH } from "./auth";
import { roleSchema, type Role } from "./roles";

const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "email must be an email address" }).max(254));
const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(256, { error: "password must be at most 256 characters" });

function parse<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? `${field} is not valid`;
    throw new AppError("bad_request", message, { [field]: [message] });
  }
  return result.data;
}

/** A password for a user who was given none: 20 characters from 120 random bits. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  tokens: number;
}

async function findUserByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: parse(emailSchema, email, "email") } });
  if (!user) throw new AppError("not_found", `No user with the email ${email.trim()}`);
  return user;
}

export async function createUser(
  db: Db,
  input: { email: string; role: string; name?: string; password?: string },
  actor: string,
): Promise<{ user: UserSummary; password: string; generated: boolean }> {
  const email = parse(emailSchema, input.email, "email");
  const role = parse(roleSchema, input.role, "role");
  const generated = !input.password;
  const password = generated ? generatePassword() : parse(passwordSchema, input.password, "password");
  const name = input.name?.trim() || email.split("@")[0];
  const taken = () => new AppError("conflict", `A user with the email ${email} already exists`, { email: ["Already taken."] });
  if (await db.user.findUnique({ where: { email } })) throw taken();
  const ctx = await (await getAuthFor(db)).$context;
  const hash = await ctx.password.hash(password);
  // The same user added twice at once: both pass the check above while the password hashes; the unique index on
  // the email stops the second, which gets the same answer as a later duplicate.
  const created = await ctx.internalAdapter.createUser({ email, name, emailVerified: true, role }, { method: "admin" }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? taken() : error;
  });
  await ctx.internalAdapter.linkAccount({ userId: created.id, providerId: "credential", accountId: created.id, password: hash });
  await db.auditLog.create({ data: { actor, action: "user.create", entityType: "user", entityId: created.id, after: { email, name, role } } });
  return { user: { id: created.id, email, name, role, createdAt: created.createdAt, tokens: 0 }, password, generated };
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    include: { _count: { select: { sessions: { where: { tokenName: { not: null }, expiresAt: { gt: new Date() } } } } } },
  });
  return users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, createdAt: u.createdAt, tokens: u._count.sessions }));
}

export async function setUserRole(db: Db, emailInput: string, roleInput: string, actor: string): Promise<{ changed: boolean; email: string; role: Role }> {
  const user = await findUserByEmail(db, emailInput);
  const role = parse(roleSchema, roleInput, "role");
  if (user.role === role) return { changed: false, email: user.email, role };
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { role } }),
    db.auditLog.create({ data: { actor, action: "user.set_role", entityType: "user", entityId: user.id, before: { role: user.role }, after: { role } } }),
  ]);
  return { changed: true, email: user.email, role };
}

/** Sets a new password (generated when none is given) and signs the user's browsers out; API tokens stay. */
export async function setUserPassword(db: Db, emailInput: string, passwordInput: string | undefined, actor: string): Promise<{ password: string; generated: boolean }> {
  const user = await findUserByEmail(db, emailInput);
  const generated = !passwordInput;
  const password = generated ? generatePassword() : parse(passwordSchema, passwordInput, "password");
  const ctx = await (await getAuthFor(db)).$context;
  await ctx.internalAdapter.updatePassword(user.id, await ctx.password.hash(password));
  await db.session.deleteMany({ where: { userId: user.id, tokenName: null } });
  await db.auditLog.create({ data: { actor, action: "user.set_password", entityType: "user", entityId: user.id } });
  return { password, generated };
}

export interface TokenSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
}

const tokenNameSchema = z.string().trim().min(1).max(80, { error: "token name must be at most 80 characters" });
const tokenDaysSchema = z.number().int().min(1, { error: "days must be from 1 to 3650" }).max(3650, { error: "days must be from 1 to 3650" });

/**
 * An API token for scripts (`Authorization: Bearer <token>`): a session of the user that lasts `days` (365 by
 * default) and carries a name. The token is shown once; revoking deletes it.
 */
export async function createApiToken(
  db: Db,
  input: { email: string; name?: string; days?: number },
  actor: string,
): Promise<{ token: string; summary: TokenSummary }> {
  const user = await findUserByEmail(db, input.email);
  const name = parse(tokenNameSchema, input.name ?? `token for ${user.email}`, "name");
  const days = parse(tokenDaysSchema, input.days ?? 365, "days");
  const ctx = await (await getAuthFor(db)).$context;
  const expiresAt = new Date(Date.now() + days * 24 * 3600 * 1000);
  const session = await ctx.internalAdapter.createSession(user.id, false, { tokenName: name, expiresAt, userAgent: "dyad api token" }, true);
  await db.auditLog.create({ data: { actor, action: "token.create", entityType: "user", entityId: user.id, after: { token: session.id, name, expiresAt: expiresAt.toISOString() } } });
  return { token: session.token, summary: { id: session.id, name, email: user.email, role: user.role, createdAt: session.createdAt, expiresAt } };
}

export async function listApiTokens(db: Db, email?: string): Promise<TokenSummary[]> {
  const where = { tokenName: { not: null }, expiresAt: { gt: new Date() }, ...(email ? { user: { email: parse(emailSchema, email, "email") } } : {}) };
  const sessions = await db.session.findMany({ where, include: { user: true }, orderBy: { createdAt: "asc" } });
  return sessions.map((s) => ({ id: s.id, name: s.tokenName ?? "", email: s.user.email, role: s.user.role, createdAt: s.createdAt, expiresAt: s.expiresAt }));
}

/** Revokes a token by its id (as `dyad token list` shows it). */
export async function revokeApiToken(db: Db, id: string, actor: string): Promise<TokenSummary> {
  const session = await db.session.findFirst({ where: { id: id.trim(), tokenName: { not: null } }, include: { user: true } });
  if (!session) throw new AppError("not_found", `No API token with the id ${id.trim()}`);
  await db.$transaction([
    db.session.delete({ where: { id: session.id } }),
    db.auditLog.create({ data: { actor, action: "token.revoke", entityType: "user", entityId: session.userId, before: { token: session.id, name: session.tokenName } } }),
  ]);
  return { id: session.id, name: session.tokenName ?? "", email: session.user.email, role: session.user.role, createdAt: session.createdAt, expiresAt: session.expiresAt };
}
