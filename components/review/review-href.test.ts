import { describe, expect, it } from "vitest";
import { parseEventFilters } from "@/lib/events/filters";
import { REVIEW_PAGE_SIZE, toReviewHref } from "./review-href";

describe("toReviewHref", () => {
  it("is /review without filters, and leaves out the status and the queue's page size", () => {
    expect(toReviewHref({})).toBe("/review");
    expect(toReviewHref({ status: "draft", pageSize: REVIEW_PAGE_SIZE })).toBe("/review");
  });

  it("writes the timeline's filter params, which parse back to the same filters", () => {
    const href = toReviewHref({ type: ["meeting"], from: "2019-01-01", participant: ["igor-morgulov"], page: 2 });
    expect(href).toBe("/review?from=2019-01-01&type=meeting&participant=igor-morgulov&page=2");
    const parsed = parseEventFilters(new URLSearchParams(href.split("?")[1]));
    expect(parsed).toMatchObject({ type: ["meeting"], from: "2019-01-01", participant: ["igor-morgulov"], page: 2 });
  });

  it("keeps a page size other than the queue's, including the timeline's default", () => {
    expect(toReviewHref({ pageSize: 100 })).toBe("/review?pageSize=100");
    expect(toReviewHref({ pageSize: 50 })).toBe("/review?pageSize=50");
  });
});
