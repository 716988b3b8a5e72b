import type { EventStatus } from "@/lib/events/types";

const LABELS: Record<EventStatus, string> = { draft: "Draft", published: "Published", rejected: "Rejected" };

/** A text badge (never colour alone) for an event's review status. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return <span className={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}
