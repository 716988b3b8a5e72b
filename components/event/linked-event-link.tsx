import Link from "next/link";
import { formatEventDate, formatEventType } from "@/lib/events/format";
import type { LinkedEventView } from "@/lib/events/types";

export function LinkedEventLink({ event }: { event: LinkedEventView }) {
  return (
    <>
      <Link href={`/events/${event.id}`}>{event.title}</Link>{" "}
      <span className="muted">
        ({formatEventType(event.type)}, {formatEventDate(event.date, event.datePrecision, event.endDate)})
      </span>
    </>
  );
}
