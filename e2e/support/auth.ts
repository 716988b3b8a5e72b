/**
 * The one place where specs authenticate. Writes need no sign-in yet; when accounts arrive, these helpers sign
 * in (an API token header, a signed-in browser context) and every hostile-input spec follows with no other change.
 */
import type { Page } from "@playwright/test";

/** Headers for API writes made as an editor. */
export function authHeaders(): Record<string, string> {
  return {};
}

/** Signs the browser page in as an editor before it uses the upload form or the review desk. */
export async function signIn(_page: Page): Promise<void> {}

/** Statuses of a write that was refused for want of rights: a refused write is not a failure of validation. */
export const REFUSED_FOR_AUTH = [401, 403];
