import type { AppError } from "@/lib/errors";

/** Field name -> the first message for it; `form` is for errors that belong to no single field. */
export type FieldErrors = Record<string, string>;

/** What a review or people action answers: nothing yet, done (with an optional link), or bad input by field. */
export type ActionState =
  | { status: "idle" }
  | { status: "done"; message: string; href?: string; linkText?: string }
  | { status: "invalid"; message: string; errors: FieldErrors };

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export const INITIAL_ACTION_STATE: ActionState = { status: "idle" };

/** An AppError (bad input, not found, conflict) as field errors for the form that sent it. */
export function toInvalidState(error: AppError): ActionState {
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(error.details ?? {})) if (messages[0]) errors[field] = messages[0];
  if (!Object.keys(errors).length) errors.form = error.message;
  return { status: "invalid", message: error.message, errors };
}

/** The error for one field, when the state has one. */
export function toFieldError(state: ActionState, field: string): string | undefined {
  return state.status === "invalid" ? state.errors[field] : undefined;
}
