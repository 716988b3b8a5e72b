import type { Metadata } from "next";
import { Suspense } from "react";
import { canSeeDrafts, checkNeed } from "@/lib/auth/session";
import { getCurrentViewer } from "../actor";
import { getPair } from "../pairs";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/http";
import { needFor, parseEventFilters, toSearchParams, withoutPaging, type EventFilters } from "@/lib/events/filters";
import { countEventsByMonthAndType, countMeetings, countMeetingsByLevel, listEvents, listLocations } from "@/lib/events/repo";
import { listPeopleBySlugs } from "@/lib/people/repo";
import { MeetingChart } from "@/components/chart/meeting-chart";
import { EventTable } from "@/components/timeline/event-table";
import { EventTimeline } from "@/components/timeline/event-timeline";
import { FilterBar } from "@/components/timeline/filter-bar";
import { ResultsSkeleton } from "@/components/timeline/results-skeleton";
import { CHUNK_SIZE } from "@/components/timeline/timeline-layout";
import { parseTimelineDisplay, toTimelineHref, type TimelineDisplay } from "@/components/timeline/timeline-href";
import { ViewToolbar } from "@/components/timeline/view-toolbar";
import { ErrorNotice } from "@/components/ui/error-notice";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const slug = pairParam((await searchParams).pair);
  try {
    return { title: `${(await getPair(slug)).name} timeline` };
  } catch {
    return { title: "Timeline" };
  }
}

function pairParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const display = parseTimelineDisplay(params);

  try {
    const filters = parseEventFilters(params);
    const viewer = checkNeed(await getCurrentViewer(), needFor(filters));
    const db = getDb();
    // The people and places offered are those of the events the status filter admits (readers: published only).
    const [pair, selectedPeople, locations] = await Promise.all([getPair(filters.pair), listPeopleBySlugs(db, filters.participant, filters.status), listLocations(db, filters.status)]);

    return (
      <div className="stack">
        <header className="page-header">
          <h1>{pair.name} timeline</h1>
          <p>Events extracted from news articles, each with its sources. Filter, then cite.</p>
        </header>
        <section className="panel filter-panel" aria-label="Filters">
          {/* Re-keyed on the URL filters so back/forward and chart clicks refresh the inputs. */}
          <FilterBar key={toSearchParams(withoutPaging(filters)).toString()} filters={filters} display={display} selectedPeople={selectedPeople} locations={locations} countries={pair.countries} canSeeDrafts={canSeeDrafts(viewer)} />
        </section>
        <ViewToolbar filters={filters} display={display} />
        {/* A new key per view shows the skeleton while the next results load; chart-only changes keep the old view. */}
        <Suspense key={toTimelineHref(filters, { view: display.view })} fallback={<ResultsSkeleton />}>
          <Results filters={filters} display={display} />
        </Suspense>
      </div>
    );
  } catch (error) {
    return (
      <div className="stack">
        <h1>Timeline</h1>
        <TimelineError error={error} />
      </div>
    );
  }
}

async function Results({ filters, display }: { filters: EventFilters; display: TimelineDisplay }) {
  try {
    const db = getDb();
    const chartFilters = withoutPaging(filters);
    const points = display.stack === "level" ? countMeetingsByLevel(db, chartFilters, display.interval) : countMeetings(db, chartFilters, display.interval);
    if (display.view === "timeline") {
      const [chart, counts, first] = await Promise.all([
        points,
        countEventsByMonthAndType(db, filters),
        listEvents(db, { ...filters, sort: "-date", page: 1, pageSize: CHUNK_SIZE }),
      ]);
      return (
        <>
          <MeetingChart points={chart} filters={filters} display={display} />
          <EventTimeline key={toSearchParams(chartFilters).toString()} counts={counts} filters={filters} display={display} initial={first.events} />
        </>
      );
    }
    const [chart, page] = await Promise.all([points, listEvents(db, filters, { fold: display.fold })]);
    return (
      <>
        <MeetingChart points={chart} filters={filters} display={display} />
        <EventTable page={page} filters={filters} display={display} />
      </>
    );
  } catch (error) {
    return <TimelineError error={error} />;
  }
}

function TimelineError({ error: thrown }: { error: unknown }) {
  // AppError messages are written for users (a bad filter, the database not running); anything else is a bug.
  const error = toUserError(thrown);
  if (!error) throw thrown;
  const isBadFilter = error.code === "bad_request";
  return (
    <ErrorNotice
      title={isBadFilter ? "These filters cannot be applied" : "The timeline is unavailable"}
      message={error.message}
      href="/"
      linkText={isBadFilter ? "Clear filters" : "Try again"}
    />
  );
}
