/**
 * The one place where specs authenticate. The setup project (e2e/auth.setup.ts) makes a viewer and an admin
 * beside the demo editor that `dyad serve` creates, signs each in once and keeps their cookies in e2e/.auth/;
 * specs run as the editor unless they ask for another role. Scripts' API writes use an editor's API token.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const E2E_PASSWORD = "e2e-password-do-not-use";
export const ROLE_EMAILS = { viewer: "viewer@e2e.test", editor: "editor@dyad.local", admin: "admin@e2e.test" } as const;
export type E2eRole = keyof typeof ROLE_EMAILS;

const AUTH_DIR = path.join(import.meta.dirname, "..", ".auth");
export const storageStateOf = (role: E2eRole) => path.join(AUTH_DIR, `${role}.json`);
export const TOKEN_FILE = path.join(AUTH_DIR, "editor-token.txt");

/** Headers for API writes made as an editor: the setup's API token, or the one given (another server's). */
export function authHeaders(token?: string): Record<string, string> {
  return { authorization: `Bearer ${token ?? readFileSync(TOKEN_FILE, "utf8").trim()}` };
}

/** Signs the page in through the sign-in form (as the demo editor unless told otherwise); no-op when already in. */
export async function signIn(page: Page, credentials: { email: string; password: string } = { email: ROLE_EMAILS.editor, password: E2E_PASSWORD }): Promise<void> {
  await page.goto("/sign-in");
  // Signed in already: the page sends the browser on (a redirect that may come after the header has streamed).
  const email = page.getByLabel("Email");
  await expect(email.or(page.getByRole("button", { name: "Sign out" }))).toBeVisible();
  if (!(await email.isVisible())) {
    await expect(page).not.toHaveURL(/\/sign-in/);
    return;
  }
  await email.fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Statuses of a write that was refused for want of rights: a refused write is not a failure of validation. */
export const REFUSED_FOR_AUTH = [401, 403];
