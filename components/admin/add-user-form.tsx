"use client";

import { useId } from "react";
import { ROLES } from "@/lib/auth/roles";
import type { FormAction } from "@/components/review/action-state";
import { FieldMessage, fieldProps, FormMessage } from "@/components/review/form-message";
import { useFormAction } from "@/components/review/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Adds a user; with no password given, the answer shows a generated one once. */
export function AddUserForm({ action }: { action: FormAction }) {
  const id = useId();
  const { state, onSubmit, isPending } = useFormAction(action);
  const field = (name: "email" | "name" | "password", label: string, type: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} name={name} type={type} autoComplete="off" placeholder={hint} required={name === "email"} {...fieldProps(`${id}-${name}-error`, state, name)} />
      <FieldMessage id={`${id}-${name}-error`} state={state} field={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="stack" noValidate aria-label="Add a user">
      <div className="filter-bar">
        {field("email", "Email", "email")}
        {field("name", "Name", "text", "optional")}
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} name="role" defaultValue="viewer" {...fieldProps(`${id}-role-error`, state, "role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-role-error`} state={state} field="role" />
        </div>
        {field("password", "Password", "password", "empty: generate one")}
      </div>
      <div>
        <SubmitButton pending={isPending}>
          Add user
        </SubmitButton>
      </div>
      <FormMessage state={state} fields={["email", "name", "role", "password"]} />
      {state.status === "done" && (
        <p role="status" className="notice">
          {state.message}
        </p>
      )}
    </form>
  );
}
