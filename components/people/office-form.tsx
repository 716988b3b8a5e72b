"use client";

import { useId } from "react";
import type { PersonOfficeView } from "@/lib/people/repo";
import type { FormAction } from "@/components/review/action-state";
import { FieldMessage, fieldProps } from "@/components/review/form-message";
import { useAnnounce } from "@/components/review/review-announcer";
import { useFormAction } from "@/components/review/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Corrects one office: its title and when it was held (YYYY, YYYY-MM or YYYY-MM-DD; empty = unknown or open). */
export function OfficeForm({ action, office }: { action: FormAction; office: PersonOfficeView }) {
  const id = useId();
  const announce = useAnnounce();
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  const field = (name: "title" | "fromDate" | "toDate", label: string, value: string | null, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="text"
        defaultValue={value ?? ""}
        autoComplete="off"
        placeholder={hint}
        {...fieldProps(`${id}-${name}-error`, state, name)}
      />
      <FieldMessage id={`${id}-${name}-error`} state={state} field={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="office-form" noValidate aria-label={`Correct the office “${office.title}”`}>
      <input type="hidden" name="officeId" value={office.id} />
      {field("title", "Office title", office.title)}
      {field("fromDate", "From", office.fromDate, "YYYY-MM")}
      {field("toDate", "To", office.toDate, "empty if still in office")}
      <div className="actions">
        <SubmitButton pending={isPending} className="button button-secondary">
          Save office
        </SubmitButton>
      </div>
      {state.status === "invalid" ? (
        <p className="field-error" role="alert">
          Not saved: {state.message}
        </p>
      ) : null}
    </form>
  );
}
