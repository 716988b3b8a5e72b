/**
 * Who is acting, for the audit trail, and whether they may: every server action that writes calls this first.
 * Nobody signed in -> AppError 401, a role too low -> 403; the actions turn both into a message on the form.
 */
import { headers } from "next/headers";
import { authorizeHeaders } from "@/lib/auth/request";
import type { Role, Viewer } from "@/lib/auth/roles";

export async function getActingUser(need: Role = "editor"): Promise<Viewer> {
  // checkNeed returns a viewer for every role (only "read" may pass anonymously).
  return (await authorizeHeaders(await headers(), need)) as Viewer;
}

/** The acting user's email: the audit log's "who". */
export async function getActor(need: Role = "editor"): Promise<string> {
  return (await getActingUser(need)).email;
}
