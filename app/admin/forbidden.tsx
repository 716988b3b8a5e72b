import type { Metadata } from "next";
import { RoleNotice } from "@/components/auth/role-notice";
import { getCurrentViewer } from "../actor";

export const metadata: Metadata = { title: "Not available to your role" };

/** The 403 page of user management opened by someone who is not an admin. */
export default async function Forbidden() {
  const viewer = await getCurrentViewer().catch(() => null);
  return <RoleNotice email={viewer?.email ?? null} role={viewer?.role ?? null} need="admin" />;
}
