import Link from "next/link";
import { formatConfidence, formatEventDate, formatEventType } from "@/lib/events/format";
import type { ReviewQueueItem } from "@/lib/events/review";
import { ExternalLink } from "@/components/ui/external-link";
import { EvidenceInText } from "./evidence-in-text";
import { ReviewActions, type ReviewActionSet } from "./review-actions";

interface Props {
  event: ReviewQueueItem;
  actions: ReviewActionSet;
}

/** One draft in the queue: what was extracted, the evidence in its article, and the editor's choices. */
export function ReviewCard({ event, actions }: Props) {
  const headingId = `review-event-${event.id}`;
  const hidden = event.sourceCount - event.sources.length;
  return (
    <article className="panel review-card" aria-labelledby={headingId}>
      <header className="review-card-header">
        <h3 id={headingId} className="review-card-title">
          <Link href={`/events/${event.id}`}>{event.title}</Link>
        </h3>
        <p className="review-meta">
          <span>Event #{event.id}</span>
          <span>{formatEventType(event.type)}</span>
          <span>
            <time dateTime={event.date}>{formatEventDate(event.date, event.datePrecision, event.endDate)}</time>{" "}
            <span className="muted">({event.datePrecision})</span>
          </span>
          <span>{event.location ?? <span className="muted">No location</span>}</span>
          <span>Confidence {formatConfidence(event.confidence)}</span>
          <span>
            {event.sourceCount} source{event.sourceCount === 1 ? "" : "s"}
          </span>
          {event.sourcesDisagree ? (
            <span className="flag">
              <span aria-hidden="true">⚠ </span>Sources disagree
            </span>
          ) : null}
        </p>
        <p className="review-people">
          {event.participants.length ? (
            event.participants.map((p, i) => (
              <span key={p.slug}>
                {i > 0 ? ", " : null}
                <Link href={`/people/${encodeURIComponent(p.slug)}`}>{p.name}</Link>
                {p.country ? <span className="muted"> ({p.country})</span> : null}
              </span>
            ))
          ) : (
            <span className="muted">No participants identified</span>
          )}
        </p>
      </header>

      <ol className="plain-list review-sources" aria-label={`Sources of “${event.title}”`}>
        {event.sources.map((source) => (
          <li key={source.id}>
            <p className="source-meta">
              <ExternalLink href={source.url}>{source.title}</ExternalLink> · {source.outlet ?? "Unknown outlet"} · published{" "}
              <time dateTime={source.publishedAt}>{formatEventDate(source.publishedAt, "day")}</time>
            </p>
            <EvidenceInText text={source.articleText} start={source.evidenceStart} end={source.evidenceEnd} evidence={source.evidence} />
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="muted">
          And {hidden} more source{hidden === 1 ? "" : "s"}: <Link href={`/review/${event.id}`}>see all in the editor</Link>
        </p>
      ) : null}

      <ReviewActions eventId={event.id} title={event.title} actions={actions} />
    </article>
  );
}
