"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { formatConfidence, formatEventDate, formatEventType } from "@/lib/events/format";
import { ExternalLink } from "@/components/ui/external-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { PublishForm } from "./publish-form";
import type { PublishAction, UploadState } from "./upload-state";

type Result = Exclude<UploadState, { status: "idle" } | { status: "invalid" }>;

const HEADINGS: Record<Result["status"], string> = {
  added: "Added",
  duplicate: "Already in Dyad (duplicate)",
  "new-version": "Added as a new version",
};

/** What the upload produced: the article and every event read from it, with a one-click publish for drafts. */
export function ExtractedEvents({ result, publishAction }: { result: Result; publishAction: PublishAction }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [result]);

  const drafts = result.events.filter((e) => e.status === "draft").map((e) => e.id);
  const { article, events } = result;

  return (
    <section className="panel stack" aria-labelledby="upload-result-heading">
      <div>
        <h2 id="upload-result-heading" ref={headingRef} tabIndex={-1}>
          {HEADINGS[result.status]}
        </h2>
        <p>
          <ExternalLink href={article.url}>{article.title}</ExternalLink>{" "}
          <span className="muted">· published {formatEventDate(article.publishedAt, "day")}</span>
        </p>
        <p>
          {events.length
            ? `${events.length} event${events.length === 1 ? "" : "s"} extracted.`
            : "No events were found in this article."}
        </p>
      </div>

      {events.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">Events extracted from {article.title}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col">Event</th>
                <th scope="col">Participants</th>
                <th scope="col" className="num">
                  Confidence
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="col-date">{formatEventDate(e.date, e.datePrecision, e.endDate)}</td>
                  <td>{formatEventType(e.type)}</td>
                  <td className="col-event">
                    <span className="cell-stack">
                      <Link href={`/events/${e.id}`}>{e.title}</Link>
                      <StatusBadge status={e.status} />
                    </span>
                  </td>
                  <td>{e.participants.map((p) => p.name).join(", ") || <span className="muted">—</span>}</td>
                  <td className="num">{formatConfidence(e.confidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {drafts.length > 0 ? (
        <PublishForm key={drafts.join(",")} action={publishAction} eventIds={drafts} />
      ) : events.length > 0 ? (
        <p className="muted">All extracted events are already published.</p>
      ) : null}
    </section>
  );
}
