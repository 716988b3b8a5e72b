"use client";

import { ROLES, type Role } from "@/lib/auth/roles";
import type { FormAction } from "@/components/review/action-state";
import { FormMessage } from "@/components/review/form-message";
import { useFormAction } from "@/components/review/use-form-action";

/** One user's role: a select and a save button, in that user's row. */
export function RoleForm({ action, email, role }: { action: FormAction; email: string; role: Role }) {
  const { state, onSubmit, isPending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="inline-fields" noValidate>
      <input type="hidden" name="email" value={email} />
      <select name="role" defaultValue={role} aria-label={`Role of ${email}`}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary button-small" disabled={isPending}>
        Save role
      </button>
      <FormMessage state={state} fields={[]} />
      {state.status === "done" && (
        <span role="status" className="muted">
          {state.message}
        </span>
      )}
    </form>
  );
}
