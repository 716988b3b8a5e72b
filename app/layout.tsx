import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { connection } from "next/server";
import { NavLink } from "@/components/ui/nav-link";
import { RelationshipSwitcher } from "./relationship-switcher";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dyad", template: "%s · Dyad" },
  description: "A sourced, filterable timeline of DPRK–Russia relations built from news articles.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts must carry this request's CSP nonce (see proxy.ts).
  await connection();
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
              <li>
                <NavLink href="/upload">Upload</NavLink>
              </li>
              <li>
                <NavLink href="/review">Review</NavLink>
              </li>
              <li>
                <NavLink href="/people">People</NavLink>
              </li>
            </ul>
          </nav>
          <RelationshipSwitcher />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
