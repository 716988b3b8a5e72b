/**
 * Who is asking, and may they: the one check every page, route and action goes through. A request carries a
 * browser session (cookie) or an API token (`Authorization: Bearer`); better-auth resolves either against the
 * sessions table.
 */
import type { DbClient } from "../db/client";
import type { EventFilters } from "../events/filters";
import type { PeopleScope } from "../people/repo";
import { AppError } from "../errors";
import { isDatabaseUnavailable } from "../http";
import { getAuthFor } from "./auth";
import { hasRole, isPublicRead, ROLES, type Role, type Viewer } from "./roles";

/** What a request needs: reading (any signed-in user, or anyone when DYAD_PUBLIC_READ=true) or a role. */
export type Need = "read" | Role;

export async function findViewer(db: DbClient, headers: Headers): Promise<Viewer | null> {
  if (!headers.get("cookie") && !headers.get("authorization")) return null;
  const bearer = /^bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (bearer && !headers.get("cookie")) {
    const viewer = await findTokenViewer(db, bearer[1]);
    if (viewer) return viewer;
  }
  const auth = await getAuthFor(db);
  let result;
  try {
    // An API token lasts the days it was made for: using it must not slide its expiry as a browser session's does.
    result = await auth.api.getSession({ headers, query: { disableRefresh: /^bearer /i.test(headers.get("authorization") ?? "") } });
  } catch (error) {
    // A database that is down is the caller's 503; anything else better-auth refuses (a session deleted while it
    // was being refreshed, a cookie it cannot read) means nobody is signed in.
    if (isDatabaseUnavailable(error)) throw error;
    return null;
  }
  if (!result) return null;
  const via = (result.session as { tokenName?: string | null }).tokenName ? "token" : "session";
  return { id: result.user.id, email: result.user.email, name: result.user.name, role: toRole(result.user.role), via };
}

/**
 * An API token (a named session, see createApiToken) that has not expired, with its user: one query. Scripts send
 * one with every request, and better-auth's own lookup of the same row costs several times more. Anything else
 * (a browser session sent as a bearer token) is left to better-auth.
 */
async function findTokenViewer(db: DbClient, token: string): Promise<Viewer | null> {
  const [user] = await db.$queryRaw<{ id: string; email: string; name: string; role: string }[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role
    FROM auth_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.token = ${token} AND s.token_name IS NOT NULL AND s.expires_at > now()`;
  return user ? { id: user.id, email: user.email, name: user.name, role: toRole(user.role), via: "token" } : null;
}

function toRole(value: unknown): Role {
  return (ROLES as readonly string[]).includes(String(value)) ? (value as Role) : "viewer";
}

/** Drafts are editors' working material: for anyone else a draft event does not exist. */
export function canSeeDrafts(viewer: Viewer | null): boolean {
  return viewer !== null && hasRole(viewer.role, "editor");
}

/**
 * Which people a list may offer this viewer: with a status filter, the people of those events (the caller has
 * checked that the viewer may ask for that status); without one, everyone for editors and the people of published
 * events for anyone else.
 */
export function toPeopleScope(viewer: Viewer | null, status?: EventFilters["status"]): PeopleScope {
  if (status) return status;
  return canSeeDrafts(viewer) ? null : "published";
}

const ACTIONS: Record<Role, string> = { viewer: "read Dyad", editor: "add or change the record", admin: "manage users" };

/** The viewer, or an AppError: 401 when nobody is signed in, 403 when the role is too low. */
export function checkNeed(viewer: Viewer | null, need: Need, env: Record<string, string | undefined> = process.env): Viewer | null {
  if (need === "read") {
    if (viewer || isPublicRead(env)) return viewer;
    throw new AppError("unauthorized", "Sign in (or send an API token) to read Dyad.");
  }
  if (!viewer) throw new AppError("unauthorized", `Sign in (or send an API token) to ${ACTIONS[need]}.`);
  if (!hasRole(viewer.role, need)) throw new AppError("forbidden", `Your role (${viewer.role}) may not ${ACTIONS[need]}: that needs ${need}.`);
  return viewer;
}

/**
 * A write made with a browser's cookie must come from one of our own pages: a cross-site request (by Origin, or
 * by Sec-Fetch-Site) is refused. Scripts with an API token send neither header, and a token is not sent by a
 * browser on its own, so they pass.
 */
export function checkSameOrigin(viewer: Viewer | null, headers: Headers, requestUrl: string): void {
  if (!viewer || viewer.via !== "session") return;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("forbidden", "Cross-site writes are refused.");
  const origin = headers.get("origin");
  if (!origin) return;
  const host = headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host") || new URL(requestUrl).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", "Cross-site writes are refused.");
  }
  if (originHost !== host) throw new AppError("forbidden", "Cross-site writes are refused.");
}
