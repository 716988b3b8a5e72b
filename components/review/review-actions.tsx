"use client";

import Link from "next/link";
import type { FormAction } from "./action-state";
import { ActionButton } from "./action-button";
import { MergeForm } from "./merge-form";

export interface ReviewActionSet {
  accept: FormAction;
  reject: FormAction;
  merge: FormAction;
}

interface Props {
  eventId: number;
  title: string;
  actions: ReviewActionSet;
}

/** What an editor can do with a draft in the queue. Button names carry the event title for screen readers. */
export function ReviewActions({ eventId, title, actions }: Props) {
  const id = String(eventId);
  const name = <span className="sr-only"> “{title}”</span>;
  return (
    <div className="review-actions">
      <div className="actions">
        <ActionButton action={actions.accept} fields={{ id }}>
          Accept{name}
        </ActionButton>
        <Link href={`/review/${eventId}`} className="button button-secondary">
          Edit{name}
        </Link>
        <ActionButton action={actions.reject} fields={{ id }} className="button button-danger">
          Reject{name}
        </ActionButton>
      </div>
      <MergeForm action={actions.merge} sourceEventId={eventId} title={title} />
    </div>
  );
}
