"use client";

import { startTransition } from "react";
import { useSubmittedAction } from "@/components/review/use-form-action";
import { INITIAL_SIGN_IN_STATE, type SignInState } from "./sign-in-state";
import { SubmitButton } from "@/components/ui/submit-button";

type SignIn = (state: SignInState, data: FormData) => Promise<SignInState>;

/**
 * Submitted from onSubmit, not a form `action` prop: React renders an action prop with an inline replay script
 * that carries no CSP nonce, and would reset the fields after each answer.
 */
export function SignInForm({ action, next }: { action: SignIn; next: string }) {
  const { state, onSubmit, isPending } = useSubmittedAction(action, INITIAL_SIGN_IN_STATE);
  const invalid = state.status === "invalid";
  return (
    <form onSubmit={onSubmit} className="stack sign-in-form">
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="sign-in-email">Email</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required maxLength={254} aria-describedby={invalid ? "sign-in-error" : undefined} />
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
        <SubmitButton pending={isPending}>
          Sign in
        </SubmitButton>
      </div>
    </form>
  );
}

/** The header's sign-out button (a client form for the same reason as above). */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form
      className="account-form"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(() => action());
      }}
    >
      <button type="submit" className="button button-secondary button-small">
        Sign out
      </button>
    </form>
  );
}
