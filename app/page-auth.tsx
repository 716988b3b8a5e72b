/**
 * The role check of a page: anonymous visitors go to sign-in (and come back after), a role too low sees why the
 * page is closed to them. Reading in general is checked in proxy.ts; these pages need more than reading.
 */
import type { ReactElement } from "react";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasRole, type Role, type Viewer } from "@/lib/auth/roles";
import { findViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

type PageAccess = { viewer: Viewer; denied?: undefined } | { viewer?: undefined; denied: ReactElement };

export async function checkPageRole(need: Role, path: string): Promise<PageAccess> {
  const viewer = await findViewer(getDb(), await headers());
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (hasRole(viewer.role, need)) return { viewer };
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
