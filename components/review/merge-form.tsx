"use client";

import { useId } from "react";
import type { FormAction } from "./action-state";
import { FieldMessage, fieldProps, FormMessage } from "./form-message";
import { useAnnounce } from "./review-announcer";
import { useFormAction } from "./use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

interface Props {
  action: FormAction;
  /** The event to merge away (its sources and people go into the event typed here). */
  sourceEventId: number;
  title: string;
}

/** "Merge into…": the number of the event this one is a duplicate of. */
export function MergeForm({ action, sourceEventId, title }: Props) {
  const id = useId();
  const announce = useAnnounce();
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  return (
    <form onSubmit={onSubmit} className="merge-form" noValidate>
      <input type="hidden" name="sourceEventId" value={sourceEventId} />
      <div className="field">
        <label htmlFor={`${id}-target`}>Merge into event</label>
        <input
          id={`${id}-target`}
          name="targetId"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          placeholder="#"
          required
          {...fieldProps(`${id}-error`, state, "targetId")}
        />
      </div>
      <SubmitButton pending={isPending} className="button button-secondary">
        Merge<span className="sr-only"> “{title}” into that event</span>
      </SubmitButton>
      <FieldMessage id={`${id}-error`} state={state} field="targetId" alert />
      <FormMessage state={state} fields={["targetId"]} />
    </form>
  );
}
