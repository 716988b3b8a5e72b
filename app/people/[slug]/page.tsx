import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { formatEventDate, formatEventType } from "@/lib/events/format";
import { findMergedPersonSlug, findPersonProfile, type PersonOfficeView, type PersonProfile } from "@/lib/people/repo";
import { HistoryList } from "@/components/event/history-list";
import type { Viewer } from "@/lib/auth/roles";
import { toHistoryFor } from "@/lib/auth/history";
import { canSeeDrafts } from "@/lib/auth/session";
import { checkPageAccess } from "../../page-auth";
import { AliasForm } from "@/components/people/alias-form";
import { OfficeForm } from "@/components/people/office-form";
import { PersonMergeForm } from "@/components/people/person-merge-form";
import { ReviewAnnouncer } from "@/components/review/review-announcer";
import { StatusBadge } from "@/components/ui/status-badge";
import { addAliasAction, mergePersonAction, updateOfficeAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

/**
 * One lookup per request. A slug merged into another person forwards to that person's page. For readers a person
 * seen only in drafts (or rejected events) does not exist, as a draft event does not: their page is a 404.
 */
const loadPerson = cache(async (raw: string, viewer: Viewer | null): Promise<PersonProfile> => {
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    notFound();
  }
  if (!/^[a-z0-9\u0400-\u04ff\uac00-\ud7af-]{1,120}$/.test(slug)) notFound();
  const db = getDb();
  const includeDrafts = canSeeDrafts(viewer);
  const person = await findPersonProfile(db, slug, includeDrafts ? "all" : "published");
  if (person && (includeDrafts || person.eventTotal > 0)) return { ...person, history: await toHistoryFor(db, viewer, person.history) };
  if (person) notFound();
  const target = await findMergedPersonSlug(db, slug);
  if (target) redirect(`/people/${encodeURIComponent(target)}`);
  notFound();
});

const checkReader = cache((slug: string) => checkPageAccess("read", `/people/${encodeURIComponent(slug)}`));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const access = await checkReader(slug);
  if (access.denied) return { title: "Person" };
  return { title: (await loadPerson(slug, access.viewer)).name };
}

function formatSpan(office: PersonOfficeView): string {
  if (!office.fromDate && !office.toDate) return "dates unknown";
  return `${office.fromDate ?? "?"} – ${office.toDate ?? "open"}`;
}

export default async function PersonPage({ params }: { params: Params }) {
  const { slug } = await params;
  const access = await checkReader(slug);
  if (access.denied) return access.denied;
  // Readers see the person and published events; editors also the forms and the drafts.
  const isEditor = canSeeDrafts(access.viewer);
  const person = await loadPerson(slug, access.viewer);
  const events = person.events;

  return (
    <ReviewAnnouncer>
      <article className="stack">
        <header className="page-header">
          <p>
            <Link href="/people">← People</Link>
          </p>
          <h1>{person.name}</h1>
          <p>
            {person.countryName ? `${person.countryName} (${person.country})` : (person.country ?? "Country unknown")} · <code>{person.slug}</code>
            {person.needsReview ? (
              <>
                {" "}
                <span className="badge badge-draft">Needs review</span>
              </>
            ) : null}
          </p>
        </header>

        <section aria-labelledby="offices-heading" className="panel">
          <h2 id="offices-heading">Offices over time</h2>
          {person.offices.length ? (
            <ol className="plain-list office-list">
              {person.offices.map((office) => (
                <li key={office.id}>
                  <p>
                    <strong>{office.title}</strong> <span className="muted">({formatSpan(office)})</span>
                  </p>
                  {isEditor && (
                    <details>
                      <summary>
                        Correct<span className="sr-only"> “{office.title}”</span>
                      </summary>
                      <OfficeForm key={`${office.title}|${office.fromDate}|${office.toDate}`} action={updateOfficeAction} office={office} />
                    </details>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No offices recorded.</p>
          )}
        </section>

        <section aria-labelledby="aliases-heading" className="panel stack-tight">
          <h2 id="aliases-heading">Aliases</h2>
          <ul className="alias-list">
            {person.aliases.map((a) => (
              <li key={a.id}>{a.alias}</li>
            ))}
          </ul>
          {isEditor && <AliasForm action={addAliasAction} slug={person.slug} />}
        </section>

        <section aria-labelledby="events-heading">
          <h2 id="events-heading">Events ({person.eventTotal.toLocaleString("en")})</h2>
          {person.eventTotal > events.length && (
            <p className="muted">
              The newest {events.length.toLocaleString("en")}.{" "}
              <Link href={`/?participant=${encodeURIComponent(person.slug)}${isEditor ? "&status=all" : ""}`}>All of them on the timeline</Link>
            </p>
          )}
          {events.length ? (
            <ul className="plain-list person-events">
              {events.map((e) => (
                <li key={e.id}>
                  <Link href={`/events/${e.id}`}>{e.title}</Link>{" "}
                  <span className="muted">
                    ({formatEventType(e.type)}, <time dateTime={e.date}>{formatEventDate(e.date, e.datePrecision, e.endDate)}</time>
                    {e.role ? `, as ${e.role}` : ""})
                  </span>
                  {e.status !== "published" ? (
                    <>
                      {" "}
                      <StatusBadge status={e.status} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No events.</p>
          )}
        </section>

        {isEditor && (
          <section aria-labelledby="merge-heading" className="panel stack-tight">
            <h2 id="merge-heading">Merge a duplicate into {person.name}</h2>
            <p className="field-hint">The duplicate’s events and aliases come here, and its address forwards to this page.</p>
            <PersonMergeForm action={mergePersonAction} targetSlug={person.slug} targetName={person.name} />
          </section>
        )}

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <HistoryList history={person.history} />
        </section>
      </article>
    </ReviewAnnouncer>
  );
}
