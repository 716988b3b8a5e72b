import type { ReactNode } from "react";

const isHttpUrl = (value: string) => /^https?:\/\//i.test(value) && URL.canParse(value);

/** A link to an article's own site. URLs are data: anything but http(s) is shown as plain text, never linked. */
export function ExternalLink({ href, children }: { href: string | null; children: ReactNode }) {
  if (!href || !isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
