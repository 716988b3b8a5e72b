"use client";

import Link from "next/link";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

export interface Notice {
  message: string;
  href?: string;
  linkText?: string;
}

const AnnounceContext = createContext<(notice: Notice) => void>(() => {});

/**
 * One status line for the page. Accept, reject and merge take an event out of the queue, and its card (with
 * the button that had focus) goes with it: the result is shown here and focus moves here, so keyboard and
 * screen-reader users are not left on nothing.
 */
export function ReviewAnnouncer({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<(Notice & { seq: number }) | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const announce = useCallback((next: Notice) => setNotice((prev) => ({ ...next, seq: (prev?.seq ?? 0) + 1 })), []);
  useEffect(() => {
    if (notice) ref.current?.focus({ preventScroll: true });
  }, [notice]);

  return (
    <AnnounceContext value={announce}>
      <div ref={ref} tabIndex={-1} role="status" className={notice ? "notice notice-ok review-notice" : "review-notice-empty"}>
        {notice ? (
          <>
            {notice.message}
            {notice.href ? (
              <>
                {" "}
                <Link href={notice.href}>{notice.linkText ?? "Open"}</Link>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      {children}
    </AnnounceContext>
  );
}

export function useAnnounce(): (notice: Notice) => void {
  return useContext(AnnounceContext);
}
