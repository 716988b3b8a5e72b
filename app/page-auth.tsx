/**
 * The access check of a page. Reading is also checked in proxy.ts, but the proxy does not see every request (a
 * GET with a Next-Action header passes it by), so pages check for themselves. Anonymous visitors go to sign-in and
 * come back after; a role too low gets a 403 with a page saying why (`forbidden()`, shown by app/forbidden.tsx or
 * the nearest segment's forbidden.tsx); a database that is down gets a notice.
 *
 * The status codes hold because no loading.tsx wraps these pages: a Suspense fallback would send the response's
 * head (200) before the check ran (the timeline's skeleton lives in the (timeline) group for that reason).
 */
import type { ReactElement } from "react";
import { forbidden, redirect } from "next/navigation";
import { hasRole, isPublicRead, type Viewer } from "@/lib/auth/roles";
import type { Need } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/http";
import { ErrorNotice } from "@/components/ui/error-notice";
import { getCurrentViewer } from "./actor";

type PageAccess = { viewer: Viewer | null; denied?: undefined } | { viewer?: undefined; denied: ReactElement };

export async function checkPageAccess(need: Need, path: string): Promise<PageAccess> {
  let viewer: Viewer | null;
  try {
    viewer = await getCurrentViewer();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { denied: <ErrorNotice title="Dyad is unavailable" message="The database is unavailable; try again shortly." href={path} linkText="Try again" /> };
  }
  if (need === "read" && (viewer || isPublicRead(process.env))) return { viewer };
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (need === "read" || hasRole(viewer.role, need)) return { viewer };
  forbidden();
}
