import Link from "next/link";
import type { CSSProperties } from "react";
import { formatEventDate, formatEventType, formatPeriod } from "@/lib/events/format";
import type { EventListItem } from "@/lib/events/types";
import type { TimelineMonth } from "./timeline-layout";
import styles from "./timeline.module.css";

export function YearRow({ year, style }: { year: string; style: CSSProperties }) {
  return (
    <div className={styles.yearRow} style={style}>
      <h3 className={styles.sticky}>{year}</h3>
    </div>
  );
}

export function MonthRow({ month, tableHref, style }: { month: TimelineMonth; tableHref: string; style: CSSProperties }) {
  const label = formatPeriod(month.month);
  return (
    <div className={styles.monthRow} style={style}>
      <h4 className={styles.sticky}>
        {label}
        <span className={styles.monthCount}>
          {" "}
          · {month.total} event{month.total === 1 ? "" : "s"}
        </span>
      </h4>
      <Link href={tableHref} prefetch={false} className={styles.monthLink}>
        Show in table<span className="sr-only">: {label}</span>
      </Link>
    </div>
  );
}

export type LaneCell = { kind: "event"; event: EventListItem } | { kind: "pending" } | { kind: "failed" } | { kind: "empty" };

export function EventsRow({ cells, lanes, style }: { cells: LaneCell[]; lanes: string[]; style: CSSProperties }) {
  return (
    <div className={styles.eventsRow} style={style}>
      {cells.map((cell, i) => (
        <div key={lanes[i]} className={styles.cell}>
          {cell.kind === "event" ? (
            <EventCard event={cell.event} />
          ) : cell.kind === "pending" ? (
            <div className={styles.placeholder} aria-hidden="true" />
          ) : cell.kind === "failed" ? (
            <span className={styles.failed}>Not loaded</span>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function EventCard({ event }: { event: EventListItem }) {
  return (
    <div className={styles.card} data-type={event.type}>
      <span className={styles.cardMeta}>
        <time dateTime={event.date}>{formatEventDate(event.date, event.datePrecision, event.endDate)}</time>
        {event.sourcesDisagree && (
          <span className="flag" title="The sources give different dates for this event">
            <span aria-hidden="true">⚠ </span>Sources disagree
          </span>
        )}
      </span>
      <Link href={`/events/${event.id}`} prefetch={false} className={styles.cardTitle}>
        <span className="sr-only">{formatEventType(event.type)}: </span>
        {event.title}
      </Link>
    </div>
  );
}
