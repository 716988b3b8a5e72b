"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { SORTS, type EventFilters } from "@/lib/events/filters";
import { formatEventCount, formatEventDate, formatEventType } from "@/lib/events/format";
import type { EventListItem, EventPage, LinkedEventView } from "@/lib/events/types";
import { StatusBadge } from "@/components/ui/status-badge";
import { TablePagination } from "./table-pagination";
import { toTimelineHref, type TimelineDisplay } from "./timeline-href";

type Sort = EventFilters["sort"];

// Sorting and paging happen in the database; the table only renders one page and reports intent via the URL.
const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const column = createColumnHelper<typeof features, EventListItem>();

const columns = column.columns([
  column.accessor("date", {
    id: "date",
    header: "Date",
    sortDescFirst: true,
    cell: ({ row }) => {
      const e = row.original;
      return (
        <span className="cell-stack">
          <time dateTime={e.date}>{formatEventDate(e.date, e.datePrecision, e.endDate)}</time>
          {e.sourcesDisagree && (
            <span className="flag" title="The sources give different dates for this event">
              <span aria-hidden="true">⚠ </span>Sources disagree
            </span>
          )}
        </span>
      );
    },
  }),
  column.accessor("type", {
    id: "type",
    header: "Type",
    cell: ({ row }) => formatEventType(row.original.type),
  }),
  column.accessor("title", {
    id: "event",
    header: "Event",
    enableSorting: false,
    cell: ({ row }) => {
      const e = row.original;
      return (
        <span className="cell-stack">
          <Link href={`/events/${e.id}`}>{e.title}</Link>
          {e.status !== "published" && <StatusBadge status={e.status} />}
          {e.parts?.length ? <EventParts parts={e.parts} /> : null}
        </span>
      );
    },
  }),
  column.display({
    id: "participants",
    header: "Participants",
    cell: ({ row }) => {
      const people = row.original.participants;
      if (!people.length) return <span className="muted">—</span>;
      return (
        <ul className="participant-list">
          {people.map((p) => (
            <li key={p.slug}>
              {p.name}
              {p.country ? <span className="muted"> ({p.country})</span> : null}
            </li>
          ))}
        </ul>
      );
    },
  }),
  column.accessor("location", {
    id: "location",
    header: "Location",
    enableSorting: false,
    cell: ({ row }) => row.original.location ?? <span className="muted">—</span>,
  }),
  column.accessor("sourceCount", {
    id: "sources",
    header: "Sources",
    sortDescFirst: true,
    cell: ({ row }) => row.original.sourceCount,
  }),
]);

const COLUMN_CLASS: Record<string, string> = { date: "col-date", event: "col-event", sources: "num" };

function toSorting(sort: Sort): SortingState {
  return [{ id: sort.replace(/^-/, ""), desc: sort.startsWith("-") }];
}

function toSort(sorting: SortingState, fallback: Sort): Sort {
  const first = sorting[0];
  if (!first) return fallback;
  const candidate = `${first.desc ? "-" : ""}${first.id}`;
  return (SORTS as readonly string[]).includes(candidate) ? (candidate as Sort) : fallback;
}

interface Props {
  page: EventPage;
  filters: EventFilters;
  display: TimelineDisplay;
}

export function EventTable({ page, filters, display }: Props) {
  const router = useRouter();
  const sorting = useMemo(() => toSorting(filters.sort), [filters.sort]);
  const pagination = useMemo(() => ({ pageIndex: page.page - 1, pageSize: page.pageSize }), [page.page, page.pageSize]);

  const table = useTable({
    features,
    columns,
    data: page.events,
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    rowCount: page.total,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getRowId: (row) => String(row.id),
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      router.push(toTimelineHref({ ...filters, sort: toSort(next, filters.sort), page: 1 }, display));
    },
  });

  const pageCount = Math.max(1, table.getPageCount());

  return (
    <section aria-labelledby="events-heading">
      <div className="table-toolbar">
        <h2 id="events-heading">Events</h2>
        <p className="muted" aria-live="polite">
          {formatEventCount(page)}
        </p>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">
            Events matching the filters, page {page.page} of {pageCount}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={COLUMN_CLASS[header.column.id]}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {canSort ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span className="sort-icon" aria-hidden="true">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={COLUMN_CLASS[cell.column.id]}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {page.events.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="empty">
                  No events match these filters
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <TablePagination page={page} pageCount={pageCount} filters={filters} display={display} />
    </section>
  );
}

/** The events inside a folded row (a visit's meetings), each linked, under a disclosure. */
function EventParts({ parts }: { parts: LinkedEventView[] }) {
  return (
    <details className="event-parts">
      <summary>
        Includes {parts.length} event{parts.length === 1 ? "" : "s"}
      </summary>
      <ul>
        {parts.map((p) => (
          <li key={p.id}>
            <time dateTime={p.date}>{formatEventDate(p.date, p.datePrecision, p.endDate)}</time> · {formatEventType(p.type)}: <Link href={`/events/${p.id}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
