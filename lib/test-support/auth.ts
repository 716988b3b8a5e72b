/** Test helper: a user of the given role on a test database, and Requests that carry its API token. */
import { createApiToken, createUser } from "../auth/accounts";
import type { Role } from "../auth/roles";
import type { Db } from "../db/client";

export async function createTestToken(db: Db, role: Role = "editor"): Promise<string> {
  const email = `${role}-${Math.random().toString(36).slice(2, 10)}@test.example`;
  await createUser(db, { email, role, password: "test-password-123" }, "test");
  return (await createApiToken(db, { email, name: `${role} test token` }, "test")).token;
}

/** `new Request(url, init)` with `Authorization: Bearer <token>` added. */
export function requestWithToken(token: string): (url: string, init?: RequestInit) => Request {
  return (url, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${token}`);
    return new Request(url, { ...init, headers });
  };
}
