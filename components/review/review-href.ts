import { DEFAULT_FILTERS, toSearchParams, type EventFilters } from "@/lib/events/filters";

/** The queue shows fewer events per page than the timeline: each one carries its evidence in context. */
export const REVIEW_PAGE_SIZE = 20;

/**
 * The review queue URL for a set of filters: the timeline's URL contract (toSearchParams), without the status
 * (the queue is drafts only) and with the queue's own default page size left out.
 */
export function toReviewHref(filters: Partial<EventFilters>): string {
  const params = toSearchParams({ ...DEFAULT_FILTERS, pageSize: REVIEW_PAGE_SIZE, ...filters, status: DEFAULT_FILTERS.status });
  if (params.get("pageSize") === String(REVIEW_PAGE_SIZE)) params.delete("pageSize");
  else if (!params.has("pageSize") && (filters.pageSize ?? REVIEW_PAGE_SIZE) !== REVIEW_PAGE_SIZE) params.set("pageSize", String(filters.pageSize));
  const query = params.toString();
  return query ? `/review?${query}` : "/review";
}
