"use client";

import type { ReactNode } from "react";
import type { FormAction } from "./action-state";
import { FormMessage } from "./form-message";
import { useAnnounce } from "./review-announcer";
import { useFormAction } from "./use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

interface Props {
  action: FormAction;
  /** Hidden fields sent with the click, e.g. { id: "12" }. */
  fields: Record<string, string>;
  children: ReactNode;
  className?: string;
}

/** One button that runs one action (accept, reject, merge into a suggested event) and reports through the page. */
export function ActionButton({ action, fields, children, className = "button" }: Props) {
  const announce = useAnnounce();
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={isPending} className={className}>
        {children}
      </SubmitButton>
      <FormMessage state={state} fields={[]} />
    </form>
  );
}
