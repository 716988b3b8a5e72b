import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/http";
import { parseEventFilters } from "@/lib/events/filters";
import { countConfidentDrafts, listReviewQueue } from "@/lib/events/review";
import { listPeopleBySlugs } from "@/lib/people/repo";
import { getPair } from "../pairs";
import { PublishConfidentForm, DEFAULT_MIN_CONFIDENCE } from "@/components/review/publish-confident-form";
import { ReviewAnnouncer } from "@/components/review/review-announcer";
import { ReviewCard } from "@/components/review/review-card";
import { ReviewFilters } from "@/components/review/review-filters";
import { REVIEW_PAGE_SIZE, toReviewHref } from "@/components/review/review-href";
import { ReviewPagination } from "@/components/review/review-pagination";
import { ErrorNotice } from "@/components/ui/error-notice";
import { checkPageAccess } from "../page-auth";
import { acceptEventAction, mergeEventAction, publishConfidentAction, rejectEventAction } from "./actions";

export const metadata: Metadata = { title: "Review queue" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const actions = { accept: acceptEventAction, reject: rejectEventAction, merge: mergeEventAction };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const access = await checkPageAccess("editor", "/review");
  if (access.denied) return access.denied;
  const params = await searchParams;
  try {
    const parsed = parseEventFilters(params);
    const filters = { ...parsed, status: "draft" as const, pageSize: params.pageSize ? parsed.pageSize : REVIEW_PAGE_SIZE };
    const db = getDb();
    const pair = await getPair(filters.pair);
    const [queue, selectedPeople, confidentCount] = await Promise.all([
      listReviewQueue(db, filters),
      listPeopleBySlugs(db, filters.participant),
      countConfidentDrafts(db, Number(DEFAULT_MIN_CONFIDENCE), pair.slug),
    ]);

    return (
      <ReviewAnnouncer>
        <div className="stack">
          <header className="page-header">
            <h1>Review queue: {pair.name}</h1>
            <p>Draft events, the most recently added articles first. Check each against its evidence, then accept, correct, merge or reject it.</p>
          </header>
          <section className="panel filter-panel" aria-label="Filters">
            <ReviewFilters key={toReviewHref({ ...filters, page: 1 })} filters={filters} selectedPeople={selectedPeople} />
          </section>
          <section className="panel" aria-labelledby="bulk-heading">
            <h2 id="bulk-heading">Publish the confident drafts</h2>
            <PublishConfidentForm action={publishConfidentAction} confidentCount={confidentCount} pair={pair.slug} />
          </section>
          <section aria-labelledby="queue-heading" className="stack-tight">
            <div className="table-toolbar">
              <h2 id="queue-heading">Drafts</h2>
              <p className="muted">
                {queue.total} draft{queue.total === 1 ? "" : "s"}
              </p>
            </div>
            {queue.events.length ? (
              <ol className="plain-list review-list">
                {queue.events.map((event) => (
                  <li key={event.id}>
                    <ReviewCard event={event} actions={actions} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="panel empty">
                No drafts to review{queue.total ? " on this page" : ""}. <Link href="/upload">Upload an article</Link>
              </p>
            )}
            <ReviewPagination filters={filters} total={queue.total} />
          </section>
        </div>
      </ReviewAnnouncer>
    );
  } catch (thrown) {
    const error = toUserError(thrown);
    if (!error) throw thrown;
    const isBadFilter = error.code === "bad_request";
    return (
      <div className="stack">
        <h1>Review queue</h1>
        <ErrorNotice
          title={isBadFilter ? "These filters cannot be applied" : "The review queue is unavailable"}
          message={error.message}
          href="/review"
          linkText={isBadFilter ? "Clear filters" : "Try again"}
        />
      </div>
    );
  }
}
