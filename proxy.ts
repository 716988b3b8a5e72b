/**
 * Next.js proxy (Next 16's name for middleware): a fresh CSP nonce for every page request. Next.js reads the
 * nonce from the request's Content-Security-Policy header and puts it on its own scripts; the browser gets the
 * same policy on the response. Pages are therefore rendered per request (app/layout.tsx opts them in).
 *
 * Not matched: the JSON API and /export (never pages; next.config.js gives them a policy that allows nothing),
 * static assets, and server-action calls from the app's own forms (their answer is data for React, not a page).
 */
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
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
