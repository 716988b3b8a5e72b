/** Accounts on a real database: users, passwords, sessions and API tokens through better-auth. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { createApiToken, createUser, listApiTokens, listUsers, revokeApiToken, setUserPassword, setUserRole } from "./accounts";
import { getAuthFor } from "./auth";
import { checkNeed, findViewer } from "./session";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

async function signIn(email: string, password: string): Promise<Headers | null> {
  const auth = await getAuthFor(t.db);
  try {
    const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
    const cookie = headers.get("set-cookie")?.split(";")[0];
    return cookie ? new Headers({ cookie }) : null;
  } catch {
    return null;
  }
}

describe("accounts", () => {
  it("adds a user with a generated password that signs in, and stores only a scrypt hash", async () => {
    const { user, password, generated } = await createUser(t.db, { email: " Editor@Example.org ", role: "editor" }, "cli:test");
    expect(generated).toBe(true);
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(user.email).toBe("editor@example.org");
    const account = await t.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain(password);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:key, better-auth's scrypt format

    const headers = await signIn("editor@example.org", password);
    expect(headers).not.toBeNull();
    const viewer = await findViewer(t.db, headers!);
    expect(viewer).toMatchObject({ email: "editor@example.org", role: "editor", via: "session" });
    expect(await signIn("editor@example.org", "not the password")).toBeNull();
    const audit = await t.db.auditLog.findMany({ where: { entityType: "user", entityId: user.id } });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([["user.create", "cli:test"]]);
  });

  it("refuses the same user added twice at the same instant with the duplicate's field error, and stores one", async () => {
    const add = () => createUser(t.db, { email: "twice@example.org", role: "viewer", password: "long enough password" }, "admin@example.org");
    const outcomes = await Promise.allSettled([add(), add()]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "conflict", message: "A user with the email twice@example.org already exists", details: { email: ["Already taken."] } });
    const users = await t.db.user.findMany({ where: { email: "twice@example.org" }, include: { accounts: true } });
    expect(users).toHaveLength(1);
    expect(users[0].accounts).toHaveLength(1);
    expect(await t.db.auditLog.count({ where: { action: "user.create", entityId: users[0].id } })).toBe(1);
  });

  it("refuses a duplicate email, an unknown role and a short password with field errors", async () => {
    await createUser(t.db, { email: "dup@example.org", role: "viewer", password: "long enough password" }, "cli:test");
    await expect(createUser(t.db, { email: "DUP@example.org", role: "viewer" }, "cli:test")).rejects.toMatchObject({ code: "conflict" });
    await expect(createUser(t.db, { email: "x@example.org", role: "owner" }, "cli:test")).rejects.toMatchObject({ code: "bad_request", details: { role: expect.any(Array) } });
    await expect(createUser(t.db, { email: "y@example.org", role: "viewer", password: "short" }, "cli:test")).rejects.toMatchObject({ details: { password: expect.any(Array) } });
    await expect(createUser(t.db, { email: "not-an-email", role: "viewer" }, "cli:test")).rejects.toMatchObject({ details: { email: expect.any(Array) } });
    expect((await listUsers(t.db)).map((u) => u.email)).not.toContain("x@example.org");
  });

  it("changes a role, and the next request sees it", async () => {
    const { password } = await createUser(t.db, { email: "promote@example.org", role: "viewer" }, "admin@example.org");
    const headers = (await signIn("promote@example.org", password))!;
    expect((await findViewer(t.db, headers))?.role).toBe("viewer");
    expect(await setUserRole(t.db, "promote@example.org", "editor", "admin@example.org")).toMatchObject({ changed: true });
    expect((await findViewer(t.db, headers))?.role).toBe("editor");
    expect(await setUserRole(t.db, "promote@example.org", "editor", "admin@example.org")).toMatchObject({ changed: false });
  });

  it("a new password signs the browsers out and the old password stops working", async () => {
    const { password } = await createUser(t.db, { email: "reset@example.org", role: "editor" }, "cli:test");
    const headers = (await signIn("reset@example.org", password))!;
    const { password: next } = await setUserPassword(t.db, "reset@example.org", undefined, "cli:test");
    expect(await findViewer(t.db, headers)).toBeNull();
    expect(await signIn("reset@example.org", password)).toBeNull();
    expect(await signIn("reset@example.org", next)).not.toBeNull();
  });

  it("an API token authenticates as Bearer until it is revoked", async () => {
    await createUser(t.db, { email: "script@example.org", role: "editor" }, "cli:test");
    const { token, summary } = await createApiToken(t.db, { email: "script@example.org", name: "nightly import", days: 30 }, "cli:test");
    expect(summary.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    const bearer = new Headers({ authorization: `Bearer ${token}` });
    expect(await findViewer(t.db, bearer)).toMatchObject({ email: "script@example.org", role: "editor", via: "token" });
    expect((await listApiTokens(t.db, "script@example.org")).map((s) => s.name)).toEqual(["nightly import"]);
    expect(await findViewer(t.db, new Headers({ authorization: `Bearer ${token}x` }))).toBeNull();
    // Using a token does not stretch it: it ends on the day it was made for.
    const stored = await t.db.session.findUniqueOrThrow({ where: { id: summary.id } });
    await t.db.session.update({ where: { id: summary.id }, data: { expiresAt: new Date(Date.now() + 2 * 24 * 3600 * 1000) } });
    expect(await findViewer(t.db, bearer)).not.toBeNull();
    const after = await t.db.session.findUniqueOrThrow({ where: { id: summary.id } });
    expect(after.expiresAt.getTime()).toBeLessThan(Date.now() + 3 * 24 * 3600 * 1000);
    expect(stored.tokenName).toBe("nightly import");
    await revokeApiToken(t.db, summary.id, "cli:test");
    expect(await findViewer(t.db, bearer)).toBeNull();
    await expect(revokeApiToken(t.db, summary.id, "cli:test")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("checkNeed", () => {
  const viewer = (role: "viewer" | "editor" | "admin") => ({ id: "u", email: "u@example.org", name: "u", role, via: "session" as const });
  it("answers 401 to nobody and 403 to a role too low", () => {
    expect(() => checkNeed(null, "read", {})).toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(checkNeed(null, "read", { DYAD_PUBLIC_READ: "true" })).toBeNull();
    expect(() => checkNeed(null, "editor", { DYAD_PUBLIC_READ: "true" })).toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(() => checkNeed(viewer("viewer"), "editor", {})).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => checkNeed(viewer("editor"), "admin", {})).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(checkNeed(viewer("admin"), "editor", {})?.role).toBe("admin");
  });
});
