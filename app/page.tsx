import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { parseEventFilters, toSearchParams, withoutPaging } from "@/lib/events/filters";
import { countMeetings, listEvents, listLocations } from "@/lib/events/repo";
import { listPeopleBySlugs } from "@/lib/people/repo";
import { MeetingChart } from "@/components/chart/meeting-chart";
import { EventTable } from "@/components/timeline/event-table";
import { FilterBar } from "@/components/timeline/filter-bar";
import { parseInterval } from "@/components/timeline/timeline-href";
import { ErrorNotice } from "@/components/ui/error-notice";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const interval = parseInterval(params.interval);

  try {
    const filters = parseEventFilters(params);
    const db = getDb();
    const [page, points, selectedPeople, locations] = await Promise.all([
      listEvents(db, filters),
      countMeetings(db, withoutPaging(filters), interval),
      listPeopleBySlugs(db, filters.participant),
      listLocations(db),
    ]);

    return (
      <div className="stack">
        <header className="page-header">
          <h1>DPRK–Russia timeline</h1>
          <p>Events extracted from news articles, each with its sources. Filter, then cite.</p>
        </header>
        <section className="panel filter-panel" aria-label="Filters">
          {/* Re-keyed on the URL filters so back/forward and chart clicks refresh the inputs. */}
          <FilterBar
            key={toSearchParams(withoutPaging(filters)).toString()}
            filters={filters}
            interval={interval}
            selectedPeople={selectedPeople}
            locations={locations}
          />
        </section>
        <MeetingChart points={points} interval={interval} filters={filters} />
        <EventTable page={page} filters={filters} interval={interval} />
      </div>
    );
  } catch (error) {
    // AppError messages are written for users (a bad filter, the database not running); anything else is a bug.
    if (!isAppError(error)) throw error;
    const isBadFilter = error.code === "bad_request";
    return (
      <div className="stack">
        <h1>DPRK–Russia timeline</h1>
        <ErrorNotice
          title={isBadFilter ? "These filters cannot be applied" : "The timeline is unavailable"}
          message={error.message}
          href="/"
          linkText={isBadFilter ? "Clear filters" : "Try again"}
        />
      </div>
    );
  }
}
