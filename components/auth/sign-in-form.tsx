"use client";

import { useActionState } from "react";
import { INITIAL_SIGN_IN_STATE, type SignInState } from "./sign-in-state";

export function SignInForm({ action, next }: { action: (state: SignInState, data: FormData) => Promise<SignInState>; next: string }) {
  const [state, formAction, isPending] = useActionState(action, INITIAL_SIGN_IN_STATE);
  const invalid = state.status === "invalid";
  return (
    <form action={formAction} className="stack sign-in-form">
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="sign-in-email">Email</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={invalid ? state.email : ""} aria-describedby={invalid ? "sign-in-error" : undefined} />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">Password</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required maxLength={256} aria-describedby={invalid ? "sign-in-error" : undefined} />
      </div>
      {invalid && (
        <p id="sign-in-error" className="field-error" role="alert">
          {state.message}
        </p>
      )}
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {isPending && <span className="spinner" aria-hidden="true" />}
          Sign in
        </button>
      </div>
    </form>
  );
}
