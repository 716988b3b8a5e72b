/**
 * The transport side of authorization: route handlers, server actions and pages call these with the request's
 * headers; they answer with the viewer or throw AppError (401/403), which lib/http.ts maps to JSON.
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

/** For server actions and pages, with `await headers()` from next/headers. */
export async function authorizeHeaders(headers: Headers, need: Need): Promise<Viewer | null> {
  return checkNeed(await findViewer(getDb(), headers), need);
}
