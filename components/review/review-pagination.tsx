import Link from "next/link";
import type { EventFilters } from "@/lib/events/filters";
import { toReviewHref } from "./review-href";

interface Props {
  filters: EventFilters;
  total: number;
}

/** Previous/Next as links: every page of the queue has a URL and works without JavaScript. */
export function ReviewPagination({ filters, total }: Props) {
  const pageCount = Math.max(1, Math.ceil(total / filters.pageSize));
  const page = Math.min(filters.page, pageCount);
  return (
    <nav className="pagination" aria-label="Pagination">
      <div className="pagination-links">
        {page > 1 ? (
          <Link href={toReviewHref({ ...filters, page: page - 1 })} rel="prev">
            Previous
          </Link>
        ) : (
          <span className="muted" aria-disabled="true">
            Previous
          </span>
        )}
        <span>
          Page {page} of {pageCount}
        </span>
        {filters.page < pageCount ? (
          <Link href={toReviewHref({ ...filters, page: page + 1 })} rel="next">
            Next
          </Link>
        ) : (
          <span className="muted" aria-disabled="true">
            Next
          </span>
        )}
      </div>
      <span className="muted">
        {total} draft{total === 1 ? "" : "s"} in total
      </span>
    </nav>
  );
}
