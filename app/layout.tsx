import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { connection } from "next/server";
import { NavLink } from "@/components/ui/nav-link";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/auth/sign-in-form";
import { getCurrentViewer } from "./actor";
import { signOutAction } from "./sign-in/actions";
import { RelationshipSwitcher } from "./relationship-switcher";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dyad", template: "%s · Dyad" },
  description: "A sourced, filterable timeline of DPRK–Russia relations built from news articles.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts must carry this request's CSP nonce (see proxy.ts).
  await connection();
  // The header still renders when the database is down (the page then says so).
  const viewer = await getCurrentViewer().catch(() => null);
  const isEditor = viewer ? hasRole(viewer.role, "editor") : false;
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Dyad
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <NavLink href="/">Timeline</NavLink>
              </li>
              {isEditor && (
                <li>
                  <NavLink href="/upload">Upload</NavLink>
                </li>
              )}
              {isEditor && (
                <li>
                  <NavLink href="/review">Review</NavLink>
                </li>
              )}
              <li>
                <NavLink href="/people">People</NavLink>
              </li>
              {viewer?.role === "admin" && (
                <li>
                  <NavLink href="/admin/users">Users</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <RelationshipSwitcher />
          <div className="account">
            {viewer ? (
              <div className="account-form">
                <span className="account-name">
                  {viewer.email} <span className="muted">({viewer.role})</span>
                </span>
                <SignOutButton action={signOutAction} />
              </div>
            ) : (
              <Link href="/sign-in" className="nav-link">
                Sign in
              </Link>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
