/**
 * Who is acting, for the audit trail, and whether they may: every server action that writes calls getActor
 * first. Nobody signed in -> AppError 401, a role too low -> 403; the actions turn both into a message on the form.
 */
import { headers } from "next/headers";
import { cache } from "react";
import type { Role, Viewer } from "@/lib/auth/roles";
import { checkNeed, findViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

/** The signed-in user of this request, looked up once however many parts of the render ask (layout, page). */
export const getCurrentViewer = cache(async (): Promise<Viewer | null> => findViewer(getDb(), await headers()));

export async function getActingUser(need: Role = "editor"): Promise<Viewer> {
  // checkNeed returns a viewer for every role (only "read" may pass anonymously).
  return checkNeed(await getCurrentViewer(), need) as Viewer;
}

/** The acting user's email: the audit log's "who". */
export async function getActor(need: Role = "editor"): Promise<string> {
  return (await getActingUser(need)).email;
}
