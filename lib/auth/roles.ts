/**
 * Roles, ordered: a viewer reads; an editor also uploads, reviews and edits people; an admin also manages users.
 * Pure: no database, no request.
 */
import { z } from "zod";

export const ROLES = ["viewer", "editor", "admin"] as const;
export const roleSchema = z.enum(ROLES, { error: "role must be viewer, editor or admin" });
export type Role = z.infer<typeof roleSchema>;

/** Whether someone with `role` may do what needs `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Who is making a request: a signed-in user, or an API token's user. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** "session" for a browser's cookie, "token" for an `Authorization: Bearer` API token. */
  via: "session" | "token";
}

/** The setting DYAD_PUBLIC_READ=true: anyone may read (but not write) without signing in. */
export function isPublicRead(env: Record<string, string | undefined>): boolean {
  return /^(1|true|yes)$/i.test(env.DYAD_PUBLIC_READ?.trim() ?? "");
}

/**
 * Where to go after signing in: a path on this site only (never another host; printable ASCII, since it becomes a
 * Location header), and never the sign-in page itself; else the timeline.
 */
export function toLocalPath(raw: string | null | undefined): string {
  const value = raw?.trim() ?? "";
  const isLocal = /^\/(?![/\\])[\x21-\x7e]*$/.test(value) && value.length <= 2000;
  return isLocal && !/^\/sign-in(?:[/?#]|$)/.test(value) ? value : "/";
}
