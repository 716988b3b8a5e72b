import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { formatConfidence, formatEventDate, formatEventType, formatPrecision } from "@/lib/events/format";
import { getEvent } from "@/lib/events/repo";
import type { EventDetail } from "@/lib/events/types";
import { DateClaims } from "@/components/event/date-claims";
import { HistoryList } from "@/components/event/history-list";
import { LinkedEventLink } from "@/components/event/linked-event-link";
import { SourceList } from "@/components/event/source-list";
import { toTimelineHref } from "@/components/timeline/timeline-href";
import type { Viewer } from "@/lib/auth/roles";
import { toHistoryFor } from "@/lib/auth/history";
import { canSeeDrafts } from "@/lib/auth/session";
import { checkPageAccess } from "../../page-auth";
import { StatusBadge } from "@/components/ui/status-badge";

type Params = Promise<{ id: string }>;

function parseEventId(value: string): number | null {
  if (!/^\d{1,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The reader check and the lookup, once per request, shared by the metadata and the page. */
const checkReader = cache((value: string) => checkPageAccess("read", `/events/${value}`));
const loadEvent = cache(async (value: string, viewer: Viewer | null): Promise<EventDetail> => {
  const id = parseEventId(value);
  if (id === null) notFound();
  try {
    // For readers a draft does not exist, nor do draft events linked to this one.
    const db = getDb();
    const event = await getEvent(db, id, { includeDrafts: canSeeDrafts(viewer) });
    if (event.status === "draft" && !canSeeDrafts(viewer)) notFound();
    // Readers see who changed the event by name, never by email.
    return { ...event, history: await toHistoryFor(db, viewer, event.history) };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const access = await checkReader(id);
  if (access.denied) return { title: "Event" };
  return { title: (await loadEvent(id, access.viewer)).title };
}

export default async function EventPage({ params }: { params: Params }) {
  const { id } = await params;
  const access = await checkReader(id);
  if (access.denied) return access.denied;
  const event = await loadEvent(id, access.viewer);
  const date = formatEventDate(event.date, event.datePrecision, event.endDate);

  return (
    <article className="stack">
      <header className="page-header">
        <p>
          <Link href="/">← Timeline</Link>
        </p>
        <h1>{event.title}</h1>
        {event.summary ? <p>{event.summary}</p> : null}
      </header>

      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="sr-only">
          Facts
        </h2>
        <dl className="facts">
          <dt>Type</dt>
          <dd>{formatEventType(event.type)}</dd>
          <dt>Date</dt>
          <dd>
            <time dateTime={event.date}>{date}</time> <span className="muted">({formatPrecision(event.datePrecision)})</span>
            {event.sourcesDisagree && <DateClaims sources={event.sources} />}
          </dd>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={event.status} />
          </dd>
          <dt>Confidence</dt>
          <dd>{formatConfidence(event.confidence)}</dd>
          <dt>Location</dt>
          <dd>{event.location ?? <span className="muted">Not stated</span>}</dd>
          {event.actor ? (
            <>
              <dt>Actor</dt>
              <dd>{event.actor}</dd>
            </>
          ) : null}
          <dt>Participants</dt>
          <dd>
            {event.participants.length ? (
              <ul className="participant-list">
                {event.participants.map((p) => (
                  <li key={p.slug}>
                    <Link href={toTimelineHref({ participant: [p.slug] })}>{p.name}</Link>
                    {[p.country, p.role].some(Boolean) ? (
                      <span className="muted"> — {[p.role, p.country].filter(Boolean).join(", ")}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">None identified</span>
            )}
          </dd>
          {event.parent ? (
            <>
              <dt>Part of</dt>
              <dd>
                <LinkedEventLink event={event.parent} />
              </dd>
            </>
          ) : null}
          {event.children.length ? (
            <>
              <dt>Includes</dt>
              <dd>
                <ul className="participant-list">
                  {event.children.map((child) => (
                    <li key={child.id}>
                      <LinkedEventLink event={child} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>Extractor</dt>
          <dd className="muted">{event.extractorVersion}</dd>
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources ({event.sources.length})</h2>
        <SourceList sources={event.sources} sourcesDisagree={event.sourcesDisagree} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <HistoryList history={event.history} />
      </section>
    </article>
  );
}
