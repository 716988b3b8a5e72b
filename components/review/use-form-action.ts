"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type KeyboardEvent } from "react";
import { INITIAL_ACTION_STATE, type ActionState, type FormAction } from "./action-state";

type Done = Extract<ActionState, { status: "done" }>;

/**
 * A server action behind a form, submitted from onSubmit rather than the form's `action` prop: React resets a
 * form after an action prop runs, which would throw away what the editor typed when the answer is a field error.
 * The submit button's name/value (e.g. intent=publish) is sent too. `onDone` runs with each successful answer,
 * from the action itself: the form may be gone by the time it renders again (its event left the queue, or the
 * page re-keyed it on the new values).
 */
export function useFormAction(action: FormAction, onDone?: (state: Done) => void) {
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  });
  return useSubmittedAction(async (previous: ActionState, data: FormData) => {
    const next = await action(previous, data);
    if (next.status === "done") onDoneRef.current?.(next);
    return next;
  }, INITIAL_ACTION_STATE);
}

/** Any server action with its own state, submitted from onSubmit as above (the sign-in form's, say). */
export function useSubmittedAction<S>(action: (state: Awaited<S>, data: FormData) => S | Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, isPending] = useActionState(action, initial);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }
  return { state, onSubmit, isPending };
}

/**
 * Enter in the people search picks a highlighted suggestion; with none highlighted it would submit the whole
 * form (saving an event half-edited). Put on an element around the search to keep Enter there.
 */
export function keepEnterInCombobox(event: KeyboardEvent<HTMLElement>) {
  if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.getAttribute("role") === "combobox") event.preventDefault();
}
