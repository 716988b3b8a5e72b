"use client";

import { useId } from "react";
import type { FormAction } from "@/components/review/action-state";
import { FieldMessage, fieldProps, FormMessage } from "@/components/review/form-message";
import { useAnnounce } from "@/components/review/review-announcer";
import { useFormAction } from "@/components/review/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Adds a spelling of the person's name (a romanisation, a transliteration, a common misspelling). */
export function AliasForm({ action, slug }: { action: FormAction; slug: string }) {
  const id = useId();
  const announce = useAnnounce();
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  return (
    <form onSubmit={onSubmit} className="inline-fields" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <div className="field">
        <label htmlFor={`${id}-alias`}>New alias</label>
        <input id={`${id}-alias`} name="alias" type="text" maxLength={200} autoComplete="off" required {...fieldProps(`${id}-error`, state, "alias")} />
      </div>
      <SubmitButton pending={isPending} className="button button-secondary">
        Add alias
      </SubmitButton>
      <FieldMessage id={`${id}-error`} state={state} field="alias" alert />
      <FormMessage state={state} fields={["alias"]} />
    </form>
  );
}
