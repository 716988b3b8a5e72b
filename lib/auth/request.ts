/**
 * The transport side of authorization for route handlers: the viewer, or AppError (401/403), which lib/http.ts
 * maps to JSON. (Pages and server actions use app/actor.ts, which looks the viewer up once per render.)
 */
import { getDb } from "../db/client";
import { checkNeed, checkSameOrigin, findViewer, type Need } from "./session";
import type { Viewer } from "./roles";

/** For route handlers: reads need "read"; writes need a role and, with a cookie, a same-origin request. */
export async function authorizeRequest(request: Request, need: Need): Promise<Viewer | null> {
  const viewer = checkNeed(await findViewer(getDb(), request.headers), need);
  if (need !== "read" && request.method !== "GET" && request.method !== "HEAD") checkSameOrigin(viewer, request.headers, request.url);
  return viewer;
}
