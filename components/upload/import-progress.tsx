"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportBatchDetail } from "@/lib/imports/types";
import styles from "./import.module.css";

const POLL_MS = 1000;

const STATE_TEXT: Record<ImportBatchDetail["state"], string> = {
  adding: "Receiving files",
  queued: "Waiting for the import worker",
  running: "Importing",
  finished: "Finished",
};

/** A batch's progress, polled from GET /api/imports/{id} until it is finished. */
export function ImportProgress({ batchId }: { batchId: number }) {
  const router = useRouter();
  const [batch, setBatch] = useState<ImportBatchDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${batchId}`, { cache: "no-store" });
        const body = await response.json();
        if (cancelled) return;
        if (!response.ok) {
          setProblem(body?.error?.message ?? "The import's progress could not be read.");
          if (response.status !== 404) timer = setTimeout(poll, POLL_MS * 3);
          return;
        }
        setProblem(null);
        setBatch(body as ImportBatchDetail);
        if (body.state === "finished") router.refresh();
        else timer = setTimeout(poll, POLL_MS);
      } catch {
        if (cancelled) return;
        setProblem("Lost contact with Dyad; trying again.");
        timer = setTimeout(poll, POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [batchId, router]);

  const processed = batch ? batch.done + batch.failed : 0;
  const headingId = `import-${batchId}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Import {batchId}</h3>
      {batch && <p className={`muted ${styles.sources}`}>{batch.sourceNames.join(", ")}</p>}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <progress
        className={styles.progress}
        aria-label={`Import ${batchId} progress`}
        max={batch?.total || 1}
        value={batch ? processed : undefined}
        aria-valuetext={batch ? `${processed} of ${batch.total} processed` : "Starting"}
      />
      <p className={styles.counts} role="status">
        {batch
          ? `${STATE_TEXT[batch.state]}: ${processed} of ${batch.total} processed, ${batch.done} stored, ${batch.failed} failed.`
          : "Starting the import…"}
      </p>
      {batch && batch.state === "finished" && batch.done > 0 && (
        <p>
          {batch.outcomes.added} added, {batch.outcomes.newVersion} new versions, {batch.outcomes.duplicate} already in Dyad.{" "}
          <Link href="/review">Review the new drafts</Link>
        </p>
      )}
      {batch && batch.failures.length > 0 && (
        <>
          <h4>Not imported</h4>
          <ul className={styles.failures}>
            {batch.failures.map((f, i) => (
              <li key={`${f.label}-${i}`}>
                <strong>{f.label}</strong>: {f.reason}
              </li>
            ))}
          </ul>
          {batch.failed > batch.failures.length && <p className="muted">…and {batch.failed - batch.failures.length} more (see dyad import status {batchId}).</p>}
        </>
      )}
    </section>
  );
}
