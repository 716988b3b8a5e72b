import type { Metadata } from "next";
import { RoleNotice } from "@/components/auth/role-notice";
import { getCurrentViewer } from "./actor";

export const metadata: Metadata = { title: "Not available to your role" };

/** The 403 page of an editor's page (upload, review) opened with a lower role; admin pages have their own. */
export default async function Forbidden() {
  const viewer = await getCurrentViewer().catch(() => null);
  return <RoleNotice email={viewer?.email ?? null} role={viewer?.role ?? null} need="editor" />;
}
