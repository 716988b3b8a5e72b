"use client";

import { useId, useState } from "react";
import type { FormAction } from "./action-state";
import { FieldMessage, fieldProps, FormMessage } from "./form-message";
import { useAnnounce } from "./review-announcer";
import { useFormAction } from "./use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

export const DEFAULT_MIN_CONFIDENCE = "0.8";

interface Props {
  action: FormAction;
  /** Drafts at or above the default threshold, across the whole queue of the pair. */
  confidentCount: number;
  /** The country pair (relationship slug) whose drafts are published. */
  pair: string;
}

/** Publishes every draft at or above a confidence: the bulk path for what the extractor is sure of. */
export function PublishConfidentForm({ action, confidentCount, pair }: Props) {
  const id = useId();
  const announce = useAnnounce();
  const [value, setValue] = useState(DEFAULT_MIN_CONFIDENCE);
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  const shown = value.trim() || "…";
  return (
    <form onSubmit={onSubmit} className="publish-confident" noValidate aria-describedby={`${id}-hint`}>
      <input type="hidden" name="pair" value={pair} />
      <div className="field">
        <label htmlFor={`${id}-min`}>Minimum confidence</label>
        <input
          id={`${id}-min`}
          name="minConfidence"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          {...fieldProps(`${id}-error`, state, "minConfidence")}
        />
      </div>
      <SubmitButton pending={isPending}>
        Publish all with confidence ≥ {shown}
      </SubmitButton>
      <p id={`${id}-hint`} className="field-hint span-all">
        A number from 0 to 1 (0.8 is 80%). Applies to every draft in the queue, not only this page:{" "}
        {confidentCount} draft{confidentCount === 1 ? "" : "s"} at {DEFAULT_MIN_CONFIDENCE} or above.
      </p>
      <FieldMessage id={`${id}-error`} state={state} field="minConfidence" alert />
      <FormMessage state={state} fields={["minConfidence"]} />
    </form>
  );
}
