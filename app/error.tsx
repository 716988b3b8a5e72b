"use client";

import Link from "next/link";
import { useEffect } from "react";

/** Route error boundary. Never shows the error itself: messages and stacks can hold internals. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="stack">
      <div className="notice notice-error" role="alert">
        <h1>Something went wrong</h1>
        <p>Dyad could not show this page. Try again; if it keeps happening, tell the team what you were doing.</p>
        {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="button button-secondary">
          Go to the timeline
        </Link>
      </div>
    </div>
  );
}
