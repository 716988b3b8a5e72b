/**
 * Next.js proxy (Next 16's name for middleware): a fresh CSP nonce for every page request. Next.js reads the
 * nonce from the request's Content-Security-Policy header and puts it on its own scripts; the browser gets the
 * same policy on the response. Pages are therefore rendered per request (app/layout.tsx opts them in).
 *
 * It also keeps readers out until they sign in (unless DYAD_PUBLIC_READ=true): a page request without a valid
 * session goes to /sign-in and comes back afterwards. Pages that need more than reading check the role themselves
 * (app/page-auth.tsx); route handlers and actions check their own requests.
 *
 * Not matched: the JSON API and /export (never pages; next.config.js gives them a policy that allows nothing),
 * static assets, and server-action calls from the app's own forms (their answer is data for React, not a page).
 */
import { NextResponse, type NextRequest } from "next/server";
import { isPublicRead } from "@/lib/auth/roles";
import { findViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/http";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";

/** Pages open to everyone: signing in itself. */
const OPEN_PATHS = new Set(["/sign-in"]);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!OPEN_PATHS.has(pathname) && !isPublicRead(process.env) && !(await hasReader(request))) {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** A signed-in reader; a database that does not answer lets the page through to show its own "unavailable" notice. */
async function hasReader(request: NextRequest): Promise<boolean> {
  if (!request.cookies.size && !request.headers.has("authorization")) return false;
  try {
    return (await findViewer(getDb(), request.headers)) !== null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static/|_next/image|favicon\\.ico|export$).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
