"use client";

import { useState } from "react";
import styles from "./view-toolbar.module.css";

type CopyState = { status: "idle" } | { status: "copied" } | { status: "failed"; url: string };

/** Copies the permalink of the current view. Where the clipboard is not available, shows the link to copy by hand. */
export function CopyLinkButton({ href }: { href: string }) {
  const [state, setState] = useState<CopyState>({ status: "idle" });

  async function copy() {
    const url = new URL(href, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState({ status: "copied" });
    } catch {
      setState({ status: "failed", url });
    }
  }

  return (
    <span className={styles.copy}>
      <button type="button" className="button button-secondary" onClick={copy}>
        Copy link
      </button>
      <span role="status" className={styles.copyStatus}>
        {state.status === "copied" ? "Link copied" : ""}
      </span>
      {state.status === "failed" && (
        <label className={styles.copyFallback}>
          Link to this view
          <input type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </span>
  );
}
