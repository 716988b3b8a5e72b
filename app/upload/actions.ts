"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { submitArticle } from "@/lib/articles/submit";
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from "@/lib/articles/schema";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { isIsoDay } from "@/lib/events/filters";
import { clientAddress, isDatabaseUnavailable, toUserError } from "@/lib/http";
import { getUploadLimiter } from "@/lib/rate-limit";
import { publishEvents } from "@/lib/events/review";
import type { PublishState, UploadField, UploadFieldErrors, UploadState, UploadValues } from "@/components/upload/upload-state";
import { getActor } from "../actor";

const FIELDS = new Set<string>(["title", "publishedAt", "url", "outlet", "relationship", "text", "file"]);
const MB = 1024 * 1024;

const readText = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

/** Maps an AppError's details (zod paths) onto form fields; the message goes to the form when none match. */
function toFieldErrors(message: string, details?: Record<string, string[]>): UploadFieldErrors {
  const errors: UploadFieldErrors = {};
  for (const [key, messages] of Object.entries(details ?? {})) {
    if (FIELDS.has(key) && messages[0]) errors[key as UploadField] = messages[0];
  }
  return Object.keys(errors).length ? errors : { form: message };
}

function readValues(formData: FormData): UploadValues {
  return {
    title: readText(formData, "title").trim(),
    publishedAt: readText(formData, "publishedAt").trim(),
    url: readText(formData, "url").trim(),
    outlet: readText(formData, "outlet").trim(),
    relationship: readText(formData, "relationship").trim(),
    text: readText(formData, "text"),
  };
}

/** The checks the form can answer before any parsing; ingestArticle validates the rest. */
function checkUpload(values: UploadValues, file: File | null): UploadFieldErrors {
  const errors: UploadFieldErrors = {};
  const hasText = values.text.trim().length > 0;
  if (!values.publishedAt) errors.publishedAt = "Publication date is required.";
  else if (!isIsoDay(values.publishedAt)) errors.publishedAt = "Publication date must be a real date.";
  if (values.url && !URL.canParse(values.url)) errors.url = "Source URL must be a full address, starting with https://.";
  if (!hasText && !file) errors.text = "Paste the article text or choose a file.";
  if (hasText && file) errors.file = "Choose either pasted text or a file, not both.";
  if (hasText && Buffer.byteLength(values.text, "utf8") > MAX_TEXT_BYTES) errors.text = `Article text is larger than ${MAX_TEXT_BYTES / MB} MB.`;
  if (file && file.size > MAX_FILE_BYTES) errors.file = `The file is larger than ${MAX_FILE_BYTES / MB} MB.`;
  return errors;
}

export async function uploadArticle(_state: UploadState, formData: FormData): Promise<UploadState> {
  const values = readValues(formData);
  let actor: string;
  try {
    actor = await getActor();
    // The same budget as POST /api/articles: every attempt counts.
    await getUploadLimiter().consume(clientAddress(await headers()));
  } catch (error) {
    // Not signed in or not an editor, over the limit, or the database is down (the sign-in check reads it).
    const known = toUserError(error);
    if (known) return { status: "invalid", errors: { form: known.message }, values };
    throw error;
  }
  const fileEntry = formData.get("file");
  const file = fileEntry instanceof File && fileEntry.size > 0 ? fileEntry : null;
  const errors = checkUpload(values, file);
  if (Object.keys(errors).length) return { status: "invalid", errors, values };

  try {
    const result = await submitArticle(
      getDb(),
      {
        ...values,
        text: file ? null : values.text,
        file: file ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
      },
      { actor },
    );
    revalidatePath("/");
    return { status: result.status, article: result.article, events: result.events };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "invalid", errors: { form: "The database is unavailable; nothing was saved. Try again shortly." }, values };
    if (!isAppError(error)) throw error;
    const errors = toFieldErrors(error.message, error.details);
    // Problems with text read from a file are reported against the file input, where the editor can act on them.
    if (file && (errors.text || errors.form)) {
      errors.file = errors.text ?? errors.form;
      delete errors.text;
      delete errors.form;
    }
    return { status: "invalid", errors, values };
  }
}

export async function publishExtractedEvents(_state: PublishState, formData: FormData): Promise<PublishState> {
  const ids = formData
    .getAll("id")
    .map((v) => Number(v))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
  if (!ids.length) return { status: "failed", message: "There are no events to publish." };
  try {
    const count = await publishEvents(getDb(), ids, await getActor());
    revalidatePath("/");
    return { status: "published", count };
  } catch (error) {
    const known = toUserError(error);
    if (!known) throw error;
    return { status: "failed", message: known.message };
  }
}
