import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { formatConfidence, formatEventDate, formatEventType } from "@/lib/events/format";
import { findReviewEvent, type ReviewEventDetail, type ReviewSourceView } from "@/lib/events/review";
import { ActionButton } from "@/components/review/action-button";
import { EventEditForm, type EditableEvent } from "@/components/review/event-edit-form";
import { EvidenceInText } from "@/components/review/evidence-in-text";
import { MergeForm } from "@/components/review/merge-form";
import { ReviewAnnouncer } from "@/components/review/review-announcer";
import { SplitForm } from "@/components/review/split-form";
import { ExternalLink } from "@/components/ui/external-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { acceptEventAction, mergeEventAction, rejectEventAction, splitEventAction, updateEventAction } from "../actions";
import { checkPageAccess } from "../../page-auth";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

const loadEvent = cache(async (value: string): Promise<ReviewEventDetail> => {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) notFound();
  return (await findReviewEvent(getDb(), Number(value))) ?? notFound();
});

// The role check is cached per request: the title would otherwise tell a viewer a draft's title.
const checkEditor = cache((id: string) => checkPageAccess("editor", `/review/${id}`));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  // A role too low or nobody signed in: the page itself answers (403, or the way to sign in).
  const access = await checkEditor(id).catch(() => null);
  if (!access || access.denied) return { title: "Review" };
  const event = await loadEvent(id);
  return { title: `Edit: ${event.title}` };
}

function toEditable(event: ReviewEventDetail): EditableEvent {
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    date: event.date,
    datePrecision: event.datePrecision,
    endDate: event.endDate,
    location: event.location,
    summary: event.summary,
    status: event.status,
    participants: event.participants.map((p) => ({ slug: p.slug, name: p.name, country: p.country })),
  };
}

function SourceDetails({ source }: { source: ReviewSourceView }) {
  return (
    <>
      <h3>
        <ExternalLink href={source.url}>{source.title}</ExternalLink>
      </h3>
      <p className="source-meta">
        {source.outlet ?? "Unknown outlet"} · published <time dateTime={source.publishedAt}>{formatEventDate(source.publishedAt, "day")}</time> · dates
        the event <time dateTime={source.claimedDate}>{formatEventDate(source.claimedDate, source.claimedPrecision, source.claimedEndDate)}</time> ·
        confidence {formatConfidence(source.confidence)}
      </p>
      <EvidenceInText text={source.articleText} start={source.evidenceStart} end={source.evidenceEnd} evidence={source.evidence} />
      <details>
        <summary>The whole article</summary>
        <EvidenceInText text={source.articleText} start={source.evidenceStart} end={source.evidenceEnd} evidence={source.evidence} radius={Infinity} />
      </details>
    </>
  );
}

export default async function ReviewEventPage({ params }: { params: Params }) {
  const { id } = await params;
  const access = await checkEditor(id);
  if (access.denied) return access.denied;
  const event = await loadEvent(id);
  const canSplit = event.status !== "rejected" && event.sources.length > 1;
  const editable = toEditable(event);

  return (
    <ReviewAnnouncer>
      <div className="stack">
        <header className="page-header">
          <p>
            <Link href="/review">← Review queue</Link> · <Link href={`/events/${event.id}`}>Event page and history</Link>
          </p>
          <h1>Edit event #{event.id}</h1>
          <p className="cell-stack">
            <span>
              {event.title} · {formatEventType(event.type)} · {formatEventDate(event.date, event.datePrecision, event.endDate)} · confidence{" "}
              {formatConfidence(event.confidence)}
            </span>
            <StatusBadge status={event.status} />
          </p>
        </header>

        {event.mergedInto ? (
          <p className="notice">
            This event was merged into <Link href={`/review/${event.mergedInto}`}>event #{event.mergedInto}</Link>: its sources and people are there now.
          </p>
        ) : null}

        <EventEditForm key={JSON.stringify(editable)} event={editable} action={updateEventAction} />

        <section aria-labelledby="sources-heading" className="stack-tight">
          <h2 id="sources-heading">Sources ({event.sources.length})</h2>
          {event.sources.length === 0 ? <p className="muted">No sources.</p> : null}
          {canSplit ? (
            <SplitForm action={splitEventAction} eventId={event.id}>
              <p className="field-hint">To undo a wrong merge, choose the sources that report another event and move them to a new one.</p>
              <ol className="plain-list">
                {event.sources.map((source) => (
                  <li key={source.id} className="panel source-card">
                    <p className="split-choice">
                      <input type="checkbox" id={`split-${source.id}`} name="sourceId" value={source.id} />
                      <label htmlFor={`split-${source.id}`}>
                        Move to a new event<span className="sr-only">: “{source.title}”</span>
                      </label>
                    </p>
                    <SourceDetails source={source} />
                  </li>
                ))}
              </ol>
            </SplitForm>
          ) : (
            <ol className="plain-list">
              {event.sources.map((source) => (
                <li key={source.id} className="panel source-card">
                  <SourceDetails source={source} />
                </li>
              ))}
            </ol>
          )}
        </section>

        {event.status !== "rejected" ? (
          <section aria-labelledby="merge-heading" className="panel stack-tight">
            <h2 id="merge-heading">Merge into another event</h2>
            <p className="field-hint">
              When this event is a duplicate: its sources and people move into the event you keep, which takes the date its sources support. This one
              stays on record as rejected.
            </p>
            <MergeForm action={mergeEventAction} sourceEventId={event.id} title={event.title} />
            {event.candidates.length ? (
              <>
                <h3>Possible duplicates</h3>
                <ul className="plain-list candidate-list">
                  {event.candidates.map((c) => (
                    <li key={c.id} className="candidate">
                      <span>
                        <Link href={`/review/${c.id}`}>
                          #{c.id} {c.title}
                        </Link>{" "}
                        <span className="muted">
                          ({formatEventType(c.type)}, {formatEventDate(c.date, c.datePrecision, c.endDate)}
                          {c.sharedPeople ? `, ${c.sharedPeople} shared ${c.sharedPeople === 1 ? "person" : "people"}` : ""})
                        </span>{" "}
                        <StatusBadge status={c.status} />
                      </span>
                      <ActionButton action={mergeEventAction} fields={{ sourceEventId: String(event.id), targetId: String(c.id) }} className="button button-secondary">
                        Merge into #{c.id}
                      </ActionButton>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}

        <section aria-labelledby="decide-heading" className="panel">
          <h2 id="decide-heading">Decide</h2>
          <div className="actions">
            {event.status === "draft" ? (
              <ActionButton action={acceptEventAction} fields={{ id: String(event.id) }}>
                Accept (publish)
              </ActionButton>
            ) : null}
            {event.status !== "rejected" ? (
              <ActionButton action={rejectEventAction} fields={{ id: String(event.id) }} className="button button-danger">
                Reject this event
              </ActionButton>
            ) : (
              <p className="muted">Rejected events stay out of the timeline and the queue. “Save and publish” above restores one.</p>
            )}
          </div>
        </section>
      </div>
    </ReviewAnnouncer>
  );
}
