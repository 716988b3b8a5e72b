"use client";

import type { ReactNode } from "react";
import type { FormAction } from "./action-state";
import { FormMessage } from "./form-message";
import { useAnnounce } from "./review-announcer";
import { useFormAction } from "./use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

interface Props {
  action: FormAction;
  eventId: number;
  /** The sources, each with a checkbox named "sourceId" (rendered on the server with their evidence). */
  children: ReactNode;
}

/** Split: the chosen sources become a new draft event (the undo of a wrong merge). */
export function SplitForm({ action, eventId, children }: Props) {
  const announce = useAnnounce();
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  return (
    <form onSubmit={onSubmit} className="stack-tight" noValidate>
      <input type="hidden" name="id" value={eventId} />
      {children}
      <div className="actions">
        <SubmitButton pending={isPending} className="button button-secondary" aria-describedby="split-hint">
          Move the chosen sources to a new event
        </SubmitButton>
        <span id="split-hint" className="muted">
          The new event starts as a draft with the people its evidence names.
        </span>
      </div>
      <FormMessage state={state} fields={[]} />
    </form>
  );
}
