"use client";

import { useState } from "react";
import { formatEventType } from "@/lib/events/format";
import type { EventStatus, LinkedEventView, PersonOption } from "@/lib/events/types";
import { EVENT_TYPES, type DatePrecision } from "@/lib/extract/types";
import { ParticipantCombobox } from "@/components/timeline/participant-combobox";
import type { FormAction } from "./action-state";
import { FieldMessage, fieldProps, FormMessage } from "./form-message";
import { useAnnounce } from "./review-announcer";
import { keepEnterInCombobox, useFormAction } from "./use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

export interface EditableEvent extends LinkedEventView {
  location: string | null;
  summary: string | null;
  status: EventStatus;
  participants: PersonOption[];
}

const PRECISIONS: { value: DatePrecision; label: string }[] = [
  { value: "day", label: "Day" },
  { value: "month", label: "Month" },
  { value: "year", label: "Year" },
];
const FIELDS = ["type", "title", "date", "datePrecision", "endDate", "location", "participants", "summary"];

/**
 * Every field of an event. "Save" keeps its status (a draft stays a draft); "Save and publish" publishes it.
 * The page re-keys this form on the stored values, so after a save it shows what was stored.
 */
export function EventEditForm({ event, action }: { event: EditableEvent; action: FormAction }) {
  const announce = useAnnounce();
  const { state, onSubmit, isPending } = useFormAction(action, announce);
  const [people, setPeople] = useState<PersonOption[]>(event.participants);
  const err = (field: string) => fieldProps(`edit-${field}-error`, state, field);
  const msg = (field: string) => <FieldMessage id={`edit-${field}-error`} state={state} field={field} />;
  const types: readonly string[] = EVENT_TYPES.includes(event.type as (typeof EVENT_TYPES)[number]) ? EVENT_TYPES : [...EVENT_TYPES, event.type];

  return (
    <form onSubmit={onSubmit} className="panel edit-form" noValidate aria-labelledby="edit-heading">
      <h2 id="edit-heading" className="span-all">
        Fields
      </h2>
      <input type="hidden" name="id" value={event.id} />
      {state.status === "invalid" ? (
        <p className="notice notice-error span-all" role="alert">
          Nothing was saved. Please correct the fields marked below.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="edit-type">Type</label>
        <select id="edit-type" name="type" defaultValue={event.type} {...err("type")}>
          {types.map((type) => (
            <option key={type} value={type}>
              {formatEventType(type)}
            </option>
          ))}
        </select>
        {msg("type")}
      </div>
      <div className="field span-all">
        <label htmlFor="edit-title">Title</label>
        <input id="edit-title" name="title" type="text" maxLength={300} defaultValue={event.title} required {...err("title")} />
        {msg("title")}
      </div>
      <div className="field">
        <label htmlFor="edit-date">Date</label>
        <input id="edit-date" name="date" type="date" defaultValue={event.date} required aria-describedby="edit-date-hint" {...err("date")} />
        <p id="edit-date-hint" className="field-hint">
          For a month or a year, any day in it: the first day of the period is stored.
        </p>
        {msg("date")}
      </div>
      <div className="field">
        <label htmlFor="edit-datePrecision">Date precision</label>
        <select id="edit-datePrecision" name="datePrecision" defaultValue={event.datePrecision} {...err("datePrecision")}>
          {PRECISIONS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        {msg("datePrecision")}
      </div>
      <div className="field">
        <label htmlFor="edit-endDate">End date (optional)</label>
        <input id="edit-endDate" name="endDate" type="date" defaultValue={event.endDate ?? ""} {...err("endDate")} />
        {msg("endDate")}
      </div>
      <div className="field">
        <label htmlFor="edit-location">Location</label>
        <input id="edit-location" name="location" type="text" maxLength={200} defaultValue={event.location ?? ""} {...err("location")} />
        {msg("location")}
      </div>
      <div className="span-all" onKeyDown={keepEnterInCombobox}>
        <ParticipantCombobox
          label="Participant"
          selected={people}
          onAdd={(person) => setPeople((current) => [...current, person])}
          onRemove={(slug) => setPeople((current) => current.filter((p) => p.slug !== slug))}
        />
        {people.map((p) => (
          <input key={p.slug} type="hidden" name="participant" value={p.slug} />
        ))}
        {msg("participants")}
      </div>
      <div className="field span-all">
        <label htmlFor="edit-summary">Summary</label>
        <textarea id="edit-summary" name="summary" className="short-textarea" maxLength={4000} defaultValue={event.summary ?? ""} {...err("summary")} />
        {msg("summary")}
      </div>
      <FormMessage state={state} fields={FIELDS} />
      <div className="actions span-all">
        <SubmitButton pending={isPending} name="intent" value="save" className={event.status === "published" ? "button" : "button button-secondary"}>
          Save
        </SubmitButton>
        {event.status !== "published" ? (
          <button type="submit" name="intent" value="publish" className="button" disabled={isPending}>
            Save and publish
          </button>
        ) : null}
        <span className="muted">{event.status === "draft" ? "“Save” keeps it a draft." : null}</span>
      </div>
    </form>
  );
}
