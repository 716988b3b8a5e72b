"use client";

import Link from "next/link";
import { useActionState } from "react";
import { INITIAL_PUBLISH_STATE, type PublishAction } from "./upload-state";
import { SubmitButton } from "@/components/ui/submit-button";

interface Props {
  action: PublishAction;
  /** Ids of the draft events to publish. */
  eventIds: number[];
}

/** Extracted events stay drafts, out of the default timeline, until an editor publishes them here. */
export function PublishForm({ action, eventIds }: Props) {
  const [state, formAction, isPending] = useActionState(action, INITIAL_PUBLISH_STATE);
  const count = eventIds.length;

  if (state.status === "published") {
    return (
      <p className="notice notice-ok" role="status">
        Published {state.count} event{state.count === 1 ? "" : "s"}. <Link href="/">See the timeline</Link>
      </p>
    );
  }

  return (
    <form action={formAction} className="actions">
      {eventIds.map((id) => (
        <input key={id} type="hidden" name="id" value={id} />
      ))}
      <SubmitButton pending={isPending}>
        Publish {count} event{count === 1 ? "" : "s"}
      </SubmitButton>
      <span className="muted">Until then they are drafts, shown only with Status “Draft” or “All”.</span>
      {state.status === "failed" && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
