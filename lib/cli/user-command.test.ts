/** `dyad user` and `dyad token` as an operator runs them: real processes on a real database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDyad as dyad } from "../test-support/cli";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { findViewer } from "../auth/session";

describe("dyad user and dyad token", () => {
  let t: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await createTestDatabase();
    env = { DATABASE_URL: t.url };
  });
  afterAll(async () => t?.drop());

  it("adds a user with a generated password, lists and promotes them, and refuses bad input with status 2", { timeout: 180_000 }, async () => {
    const added = await dyad(["user", "add", "--email", "Desk@Example.org", "--role", "viewer"], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^added desk@example\.org \(viewer\)\npassword: \S{20}\n/);

    const listed = await dyad(["user", "list"], env);
    expect(listed.stdout).toMatch(/desk@example\.org\s+viewer/);
    expect((await dyad(["user", "set-role", "--email", "desk@example.org", "--role", "editor"], env)).stdout).toContain("desk@example.org is now editor");
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "desk@example.org" } })).role).toBe("editor");
    const audit = await t.db.auditLog.findMany({ where: { entityType: "user" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.set_role"]);
    expect(audit[0].actor).toMatch(/^cli:/);

    const bad = await dyad(["user", "add", "--email", "x@example.org", "--role", "owner"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("role must be viewer, editor or admin");
    expect((await dyad(["user", "add", "--email", "desk@example.org", "--role", "viewer"], env)).code).toBe(1);
  });

  it("creates a token that authenticates as its user, lists it, and revokes it", { timeout: 180_000 }, async () => {
    await dyad(["user", "add", "--email", "bot@example.org", "--role", "editor", "--password", "a long password"], env);
    const created = await dyad(["token", "create", "--email", "bot@example.org", "--name", "nightly"], env);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(created.stderr).toMatch(/"nightly" for bot@example\.org \(editor\)/);
    expect(await findViewer(t.db, new Headers({ authorization: `Bearer ${token}` }))).toMatchObject({ email: "bot@example.org", via: "token" });

    const listed = await dyad(["token", "list", "--format", "json"], env);
    const tokens = JSON.parse(listed.stdout) as { id: string; name: string }[];
    expect(tokens.map((x) => x.name)).toEqual(["nightly"]);
    expect(listed.stdout).not.toContain(token);
    expect((await dyad(["token", "revoke", "--id", tokens[0].id], env)).code).toBe(0);
    expect(await findViewer(t.db, new Headers({ authorization: `Bearer ${token}` }))).toBeNull();
  });
});
