/**
 * The access check of a page. Reading is also checked in proxy.ts, but the proxy does not see every request (a
 * GET with a Next-Action header passes it by), so pages check for themselves. Anonymous visitors go to sign-in and
 * come back after; a role too low sees why the page is closed to them; a database that is down gets a notice.
 */
import type { ReactElement } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
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
  return {
    denied: (
      <section className="forbidden stack">
        <h1>Not available to your role</h1>
        <p>
          You are signed in as {viewer.email} with the role <strong>{viewer.role}</strong>. This page needs the role{" "}
          <strong>{need}</strong>; an administrator can change your role.
        </p>
        <p>
          <Link href="/">Back to the timeline</Link>
        </p>
      </section>
    ),
  };
}
