import type { EventListItem } from "@/lib/events/types";

/** The fields of the upload form, by input name. `form` is for errors that belong to no single field. */
export type UploadField = "title" | "publishedAt" | "url" | "outlet" | "relationship" | "text" | "file" | "form";
export type UploadFieldErrors = Partial<Record<UploadField, string>>;

/** What the editor typed, sent back on error so the form keeps it (a file input cannot be refilled). */
export interface UploadValues {
  title: string;
  publishedAt: string;
  url: string;
  outlet: string;
  /** A relationship's slug, or "" to let each event's countries decide. */
  relationship: string;
  text: string;
}

export type UploadState =
  | { status: "idle" }
  | { status: "invalid"; errors: UploadFieldErrors; values: UploadValues }
  | {
      status: "added" | "duplicate" | "new-version";
      article: { id: number; title: string; publishedAt: string; url: string | null };
      events: EventListItem[];
    };

export type PublishState = { status: "idle" } | { status: "published"; count: number } | { status: "failed"; message: string };

export const INITIAL_UPLOAD_STATE: UploadState = { status: "idle" };
export const INITIAL_PUBLISH_STATE: PublishState = { status: "idle" };

export type UploadAction = (state: UploadState, formData: FormData) => Promise<UploadState>;
export type PublishAction = (state: PublishState, formData: FormData) => Promise<PublishState>;
