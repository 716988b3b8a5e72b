/**
 * Runs before the specs: a viewer and an admin beside the demo editor (which `dyad serve` made with
 * DYAD_DEMO_PASSWORD), an API token for the editor, and each role signed in once through the sign-in form.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { createApiToken, createUser } from "../lib/auth/accounts";
import { createDb } from "../lib/db/client";
import { e2eDatabaseUrl } from "./support/database";
import { E2E_PASSWORD, ROLE_EMAILS, signIn, storageStateOf, TOKEN_FILE, type E2eRole } from "./support/auth";

setup("accounts for the three roles", async ({ browser }) => {
  const db = createDb(e2eDatabaseUrl());
  try {
    for (const role of ["viewer", "admin"] as const) await createUser(db, { email: ROLE_EMAILS[role], role, password: E2E_PASSWORD }, "e2e setup");
    const { token } = await createApiToken(db, { email: ROLE_EMAILS.editor, name: "e2e specs" }, "e2e setup");
    mkdirSync(path.dirname(TOKEN_FILE), { recursive: true });
    writeFileSync(TOKEN_FILE, token);
  } finally {
    await db.$disconnect();
  }
  for (const role of Object.keys(ROLE_EMAILS) as E2eRole[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, { email: ROLE_EMAILS[role], password: E2E_PASSWORD });
    await context.storageState({ path: storageStateOf(role) });
    await context.close();
  }
});
