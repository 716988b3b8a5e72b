"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ImportBatchView } from "@/lib/imports/types";
import { ImportProgress } from "./import-progress";
import { SubmitButton } from "@/components/ui/submit-button";

const ACCEPT = ".txt,.md,.html,.htm,.pdf,.docx,.json,.jsonl,.ndjson,.zip";

type Errors = Partial<Record<"files" | "publishedAt" | "outlet" | "form", string>>;

/**
 * Many files at once (or a .zip, or a JSON-lines feed) become a background import: the page shows its progress
 * and the editor can leave and come back (the batch is in the URL).
 */
export function BulkImportForm({ batchId }: { batchId: number | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setErrors({});
    try {
      const response = await fetch("/api/imports", { method: "POST", body: new FormData(form) });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        const message: string = body?.error?.message ?? "The import could not be started.";
        const details: Record<string, string[]> = body?.error?.details ?? {};
        const fieldErrors: Errors = {};
        for (const key of ["files", "publishedAt", "outlet"] as const) if (details[key]?.[0]) fieldErrors[key] = details[key][0];
        setErrors(Object.keys(fieldErrors).length ? fieldErrors : { form: message });
        return;
      }
      form.reset();
      router.replace(`${pathname}?batch=${(body as ImportBatchView).id}#import`, { scroll: false });
      router.refresh();
    } catch {
      setErrors({ form: "Could not reach Dyad; check the connection and try again." });
    } finally {
      setPending(false);
    }
  }

  const errorProps = (field: keyof Errors) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `import-${field}-error` } : {});
  const errorText = (field: keyof Errors) =>
    errors[field] ? (
      <p id={`import-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <div className="stack">
      <form onSubmit={submit} className="upload-form panel" aria-describedby="import-help" noValidate>
        <p id="import-help" className="field-hint span-all">
          Choose several files, a .zip of them, or a JSON-lines feed. Dyad imports them in the background; you can leave this page and come back.
        </p>
        {errors.form && (
          <p className="notice notice-error span-all" role="alert">
            {errors.form}
          </p>
        )}
        <div className="field span-all">
          <label htmlFor="import-files">Files to import</label>
          <input id="import-files" name="files" type="file" multiple accept={ACCEPT} required {...errorProps("files")} />
          <p className="field-hint">.txt, .md, .html, .pdf, .docx (20 MB each), .json or .jsonl articles, or a .zip of them; up to 200 MB in all.</p>
          {errorText("files")}
        </div>
        <div className="field">
          <label htmlFor="import-publishedAt">Documents published on</label>
          <input id="import-publishedAt" name="publishedAt" type="date" {...errorProps("publishedAt")} />
          <p className="field-hint">Needed for documents; JSON articles carry their own date.</p>
          {errorText("publishedAt")}
        </div>
        <div className="field">
          <label htmlFor="import-outlet">Documents&apos; outlet</label>
          <input id="import-outlet" name="outlet" type="text" maxLength={200} placeholder="e.g. KCNA, TASS" {...errorProps("outlet")} />
          {errorText("outlet")}
        </div>
        <div className="actions span-all">
          <SubmitButton pending={pending}>
            Start import
          </SubmitButton>
          <span role="status" className="muted">
            {pending ? "Uploading…" : ""}
          </span>
        </div>
      </form>
      {batchId !== null && <ImportProgress key={batchId} batchId={batchId} />}
    </div>
  );
}
