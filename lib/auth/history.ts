/**
 * Who made a change, as each reader may see it. Editors and admins see the audit log's own "who" (an email, an
 * API token's user, `cli:<os user>`); anyone else sees the user's display name, or "an editor", never an email.
 */
import type { DbClient } from "../db/client";
import { canSeeDrafts } from "./session";
import type { Viewer } from "./roles";

/** The audit log's actor as a reader sees it: a user's name (looked up by email), never an email or an OS user. */
export function toPublicActor(actor: string, names: ReadonlyMap<string, string>): string {
  if (actor.startsWith("cli:")) return "the command line";
  if (!actor.includes("@")) return actor;
  const name = names.get(actor.trim().toLowerCase())?.trim();
  return name && !name.includes("@") ? name : "an editor";
}

/** Editors and admins may see exactly who changed what. */
export function canSeeActors(viewer: Viewer | null): boolean {
  return canSeeDrafts(viewer);
}

/** The users' display names by email (one query). */
async function listUserNames(db: DbClient, emails: string[]): Promise<Map<string, string>> {
  if (!emails.length) return new Map();
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } });
  return new Map(users.map((u) => [u.email, u.name]));
}

/** A history (an event's or a person's) for this viewer: as stored for editors, with names for anyone else. */
export async function toHistoryFor<T extends { actor: string }>(db: DbClient, viewer: Viewer | null, history: T[]): Promise<T[]> {
  if (canSeeActors(viewer)) return history;
  const emails = [...new Set(history.filter((h) => h.actor.includes("@")).map((h) => h.actor.trim().toLowerCase()))];
  const names = await listUserNames(db, emails);
  return history.map((entry) => ({ ...entry, actor: toPublicActor(entry.actor, names) }));
}
