"use client";

import { useActionState } from "react";
import type { RelationshipView } from "@/lib/relationships/types";
import { ExtractedEvents } from "./extracted-events";
import { INITIAL_UPLOAD_STATE, type PublishAction, type UploadAction, type UploadField } from "./upload-state";
import { SubmitButton } from "@/components/ui/submit-button";

const ACCEPT = ".txt,.md,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface Props {
  uploadAction: UploadAction;
  publishAction: PublishAction;
  /** The country pairs an article can belong to, and the one selected at first (the pair being browsed). */
  pairs: RelationshipView[];
  currentPair: string;
}

export function UploadForm({ uploadAction, publishAction, pairs, currentPair }: Props) {
  const [state, formAction, isPending] = useActionState(uploadAction, INITIAL_UPLOAD_STATE);
  const errors = state.status === "invalid" ? state.errors : {};
  const values = state.status === "invalid" ? state.values : undefined;

  // Props that tie an input to its error message, so screen readers announce it with the field.
  const errorProps = (field: UploadField) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": `upload-${field}-error` } : {};
  const errorText = (field: UploadField) =>
    errors[field] ? (
      <p id={`upload-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <div className="stack">
      <form action={formAction} className="upload-form panel" aria-describedby="upload-help">
        <p id="upload-help" className="field-hint span-all">
          Paste the article text or choose a file. Extracted events are saved as drafts for you to review and publish.
        </p>
        {errors.form && (
          <p className="notice notice-error span-all" role="alert">
            {errors.form}
          </p>
        )}
        {state.status === "invalid" && !errors.form && (
          <p className="notice notice-error span-all" role="alert">
            Please correct the fields marked below.
          </p>
        )}

        <div className="field span-all">
          <label htmlFor="upload-title">Title</label>
          <input id="upload-title" name="title" type="text" maxLength={500} defaultValue={values?.title} {...errorProps("title")} />
          <p className="field-hint">Optional when the file has its own title.</p>
          {errorText("title")}
        </div>
        <div className="field">
          <label htmlFor="upload-publishedAt">Publication date</label>
          <input id="upload-publishedAt" name="publishedAt" type="date" required defaultValue={values?.publishedAt} {...errorProps("publishedAt")} />
          {errorText("publishedAt")}
        </div>
        <div className="field">
          <label htmlFor="upload-outlet">Outlet</label>
          <input id="upload-outlet" name="outlet" type="text" maxLength={200} defaultValue={values?.outlet} placeholder="e.g. KCNA, TASS" {...errorProps("outlet")} />
          {errorText("outlet")}
        </div>
        <div className="field">
          <label htmlFor="upload-relationship">Relationship of the article</label>
          <select id="upload-relationship" name="relationship" defaultValue={values?.relationship ?? currentPair} aria-describedby="upload-relationship-hint" {...errorProps("relationship")}>
            {pairs.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
            <option value="">Each event by its countries</option>
          </select>
          <p id="upload-relationship-hint" className="field-hint">
            The country pair whose timeline gets the events.
          </p>
          {errorText("relationship")}
        </div>
        <div className="field span-all">
          <label htmlFor="upload-url">Source URL</label>
          <input id="upload-url" name="url" type="url" inputMode="url" defaultValue={values?.url} placeholder="https://" {...errorProps("url")} />
          {errorText("url")}
        </div>
        <div className="field span-all">
          <label htmlFor="upload-text">Article text</label>
          <textarea id="upload-text" name="text" defaultValue={values?.text} {...errorProps("text")} />
          <p className="field-hint">Plain text or HTML, up to 2 MB.</p>
          {errorText("text")}
        </div>
        <p className="or-divider span-all" aria-hidden="true">
          or
        </p>
        <div className="field span-all">
          <label htmlFor="upload-file">File</label>
          <input id="upload-file" name="file" type="file" accept={ACCEPT} {...errorProps("file")} />
          <p className="field-hint">.txt, .md, .html, .pdf or .docx, up to 20 MB.</p>
          {errorText("file")}
        </div>

        <div className="actions span-all">
          <SubmitButton pending={isPending}>
            Extract events
          </SubmitButton>
          <span role="status" className="muted">
            {isPending ? "Extracting events…" : ""}
          </span>
        </div>
      </form>

      {state.status !== "idle" && state.status !== "invalid" && <ExtractedEvents result={state} publishAction={publishAction} />}
    </div>
  );
}
