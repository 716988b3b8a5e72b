import type { ActionState } from "./action-state";

/**
 * The error for one field, tied to its input through `id` (use fieldProps for the input side). `alert` for a
 * one-field form, whose error would otherwise appear unannounced while focus stays on the button.
 */
export function FieldMessage({ id, state, field, alert = false }: { id: string; state: ActionState; field: string; alert?: boolean }) {
  const message = state.status === "invalid" ? state.errors[field] : undefined;
  return message ? (
    <p id={id} className="field-error" role={alert ? "alert" : undefined}>
      {message}
    </p>
  ) : null;
}

/** aria props that make a screen reader read the field's error with the field. */
export function fieldProps(id: string, state: ActionState, field: string) {
  return state.status === "invalid" && state.errors[field] ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}

/** Errors that belong to no field shown here (e.g. "Event #9 is already rejected"), as an alert. */
export function FormMessage({ state, fields }: { state: ActionState; fields: string[] }) {
  if (state.status !== "invalid") return null;
  const other = Object.entries(state.errors).filter(([field]) => !fields.includes(field));
  if (!other.length) return null;
  return (
    <p className="field-error" role="alert">
      {other.map(([, message]) => message).join(" ")}
    </p>
  );
}
