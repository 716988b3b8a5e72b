/**
 * `dyad user add|list|set-role|set-password` and `dyad token create|list|revoke`: accounts from the shell, for
 * the first admin of a new install and for scripts. The acting user in the audit log is `cli:<os user>`.
 */
import os from "node:os";
import { createApiToken, createUser, listApiTokens, listUsers, revokeApiToken, setUserPassword, setUserRole } from "../auth/accounts";
import { createDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { openDatabase } from "./database";

export interface AccountFlags {
  email?: string;
  role?: string;
  name?: string;
  password?: string;
  days?: string;
  id?: string;
  format?: string;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function withDb(work: (db: Db, actor: string) => Promise<number>): Promise<number> {
  const database = await openDatabase((line) => process.stderr.write(`${line}\n`));
  const db = createDb(database.url);
  try {
    return await work(db, `cli:${os.userInfo().username}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new AppError("bad_request", `${flag} is required`);
  return value;
}

function checkAction(action: string | undefined, extra: string[], allowed: string[], command: string): string {
  if (!action || !allowed.includes(action)) throw new AppError("bad_request", `say ${allowed.join(", ")} (see dyad ${command} --help)`);
  if (extra.length) throw new AppError("bad_request", `unexpected argument "${extra[0]}"`);
  return action;
}

function checkFormat(flags: AccountFlags): "text" | "json" {
  const format = flags.format ?? "text";
  if (format !== "text" && format !== "json") throw new AppError("bad_request", "--format must be text or json");
  return format;
}

export async function userCommand(positionals: string[], flags: AccountFlags): Promise<number> {
  const [first, ...extra] = positionals;
  const action = checkAction(first, extra, ["add", "list", "set-role", "set-password"], "user");
  const format = checkFormat(flags);
  return withDb(async (db, actor) => {
    if (action === "add") {
      const { user, password, generated } = await createUser(db, { email: need(flags.email, "--email"), role: need(flags.role, "--role"), name: flags.name, password: flags.password }, actor);
      if (format === "json") out(JSON.stringify({ ...user, ...(generated ? { password } : {}) }, null, 2));
      else out(`added ${user.email} (${user.role})${generated ? `\npassword: ${password}\n(generated; shown only now)` : ""}`);
      return 0;
    }
    if (action === "set-role") {
      const result = await setUserRole(db, need(flags.email, "--email"), need(flags.role, "--role"), actor);
      out(result.changed ? `${result.email} is now ${result.role}` : `${result.email} was already ${result.role}`);
      return 0;
    }
    if (action === "set-password") {
      const email = need(flags.email, "--email");
      const { password, generated } = await setUserPassword(db, email, flags.password, actor);
      out(`password of ${email.trim().toLowerCase()} changed; their browsers are signed out${generated ? `\npassword: ${password}\n(generated; shown only now)` : ""}`);
      return 0;
    }
    const users = await listUsers(db);
    if (format === "json") out(JSON.stringify(users, null, 2));
    else if (!users.length) out("no users yet: dyad user add --email E --role admin");
    else out(users.map((u) => `${u.email.padEnd(32)} ${u.role.padEnd(7)} ${String(u.tokens).padStart(2)} token${u.tokens === 1 ? " " : "s"}  ${u.name}`).join("\n"));
    return 0;
  });
}

export async function tokenCommand(positionals: string[], flags: AccountFlags): Promise<number> {
  const [first, ...extra] = positionals;
  const action = checkAction(first, extra, ["create", "list", "revoke"], "token");
  const format = checkFormat(flags);
  const days = flags.days === undefined ? undefined : Number(flags.days);
  if (days !== undefined && !Number.isInteger(days)) throw new AppError("bad_request", "--days must be a whole number");
  return withDb(async (db, actor) => {
    if (action === "create") {
      const { token, summary } = await createApiToken(db, { email: need(flags.email, "--email"), name: flags.name, days }, actor);
      if (format === "json") out(JSON.stringify({ token, ...summary }, null, 2));
      else {
        out(token);
        process.stderr.write(`token ${summary.id} "${summary.name}" for ${summary.email} (${summary.role}), valid until ${summary.expiresAt.toISOString().slice(0, 10)}; shown only now.\nUse it as: Authorization: Bearer <token>\n`);
      }
      return 0;
    }
    if (action === "revoke") {
      const revoked = await revokeApiToken(db, need(flags.id, "--id"), actor);
      out(`revoked token ${revoked.id} "${revoked.name}" of ${revoked.email}`);
      return 0;
    }
    const tokens = await listApiTokens(db, flags.email);
    if (format === "json") out(JSON.stringify(tokens, null, 2));
    else if (!tokens.length) out("no API tokens");
    else out(tokens.map((t) => `${t.id}  ${t.email.padEnd(28)} ${t.role.padEnd(7)} until ${t.expiresAt.toISOString().slice(0, 10)}  ${t.name}`).join("\n"));
    return 0;
  });
}
