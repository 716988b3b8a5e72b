"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { EventFilters } from "@/lib/events/filters";
import { formatEventCount } from "@/lib/events/format";
import type { EventPage } from "@/lib/events/types";
import { toTimelineHref, type TimelineDisplay } from "./timeline-href";

const PAGE_SIZES = [25, 50, 100, 200];

interface Props {
  page: EventPage;
  pageCount: number;
  filters: EventFilters;
  display: TimelineDisplay;
}

/** Previous/Next are links, so paging works without JavaScript and every page has a citable URL. */
export function TablePagination({ page, pageCount, filters, display }: Props) {
  const router = useRouter();
  const hrefFor = (n: number) => toTimelineHref({ ...filters, page: n }, display);
  const sizes = PAGE_SIZES.includes(page.pageSize) ? PAGE_SIZES : [...PAGE_SIZES, page.pageSize].sort((a, b) => a - b);
  // An estimated total gives an estimated page count; a full page always has a next one to try.
  const hasNext = page.page < pageCount || (page.totalKind !== "exact" && page.events.length === page.pageSize);
  const ofPages = page.totalKind === "exact" ? `${pageCount}` : `${page.totalKind === "estimate" ? "about" : "more than"} ${pageCount}`;

  return (
    <nav className="pagination" aria-label="Pagination">
      <div className="pagination-links">
        {page.page > 1 ? (
          <Link href={hrefFor(page.page - 1)} rel="prev">
            Previous
          </Link>
        ) : (
          <span className="muted" aria-disabled="true">
            Previous
          </span>
        )}
        <span>
          Page {page.totalKind === "exact" ? Math.min(page.page, pageCount) : page.page} of {ofPages}
        </span>
        {hasNext ? (
          <Link href={hrefFor(page.page + 1)} rel="next">
            Next
          </Link>
        ) : (
          <span className="muted" aria-disabled="true">
            Next
          </span>
        )}
      </div>
      <span className="muted">
        {formatEventCount(page)} in total
      </span>
      <div className="page-size">
        <label htmlFor="page-size">Rows per page</label>
        <select
          id="page-size"
          value={page.pageSize}
          onChange={(e) => router.push(toTimelineHref({ ...filters, pageSize: Number(e.target.value), page: 1 }, display))}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
