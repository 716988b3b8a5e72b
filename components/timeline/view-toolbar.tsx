import Link from "next/link";
import { describeFilters, toExportQuery } from "@/lib/events/export";
import { usesOnlyPairStatusTypeAndDates, type EventFilters } from "@/lib/events/filters";
import { CopyLinkButton } from "./copy-link-button";
import { toTimelineHref, type TimelineDisplay, type View } from "./timeline-href";
import styles from "./view-toolbar.module.css";

const VIEW_LABELS: Record<View, string> = { table: "Table", timeline: "Timeline" };
const EXPORTS = [
  ["csv", "Export CSV"],
  ["json", "Export JSON"],
  ["ics", "Export iCalendar"],
] as const;

/** Table or timeline, exports of the current view, and its permalink: all built from the URL's filters. */
export function ViewToolbar({ filters, display }: { filters: EventFilters; display: TimelineDisplay }) {
  const exportQuery = toExportQuery(filters);
  return (
    <div className={styles.toolbar}>
      <div role="group" aria-label="View" className={styles.views}>
        {(Object.keys(VIEW_LABELS) as View[]).map((view) => (
          <Link
            key={view}
            href={toTimelineHref({ ...filters, page: view === display.view ? filters.page : 1 }, { ...display, view })}
            aria-current={view === display.view ? "true" : undefined}
            className={styles.view}
            scroll={false}
          >
            {VIEW_LABELS[view]}
          </Link>
        ))}
        {display.view === "table" && usesOnlyPairStatusTypeAndDates(filters) && (
          <Link href={toTimelineHref({ ...filters, page: 1 }, { ...display, fold: !display.fold })} className={styles.view} scroll={false}>
            {display.fold ? "Show meetings as rows" : "Fold meetings into visits"}
          </Link>
        )}
      </div>
      <div className={styles.actions}>
        {EXPORTS.map(([format, label]) => (
          <a key={format} href={`/export?${exportQuery}&format=${format}`} download className={styles.exportLink}>
            {label}
          </a>
        ))}
        <CopyLinkButton href={toTimelineHref(filters, display)} />
      </div>
      <p className={styles.printOnly}>Filters: {describeFilters(filters)}</p>
    </div>
  );
}
