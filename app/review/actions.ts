"use server";

/**
 * The review desk's actions. Each: read the form -> the acting user (getActor, the one place the roles work
 * will gate) -> one service call -> the answer. Bad input comes back as field errors (the services validate
 * with zod and throw AppError with details); anything else is a bug and throws.
 */
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mergeEvents, parseInput, publishConfident, rejectEvents, splitEvent, updateEvent } from "@/lib/events/edit";
import { publishEvents } from "@/lib/events/review";
import type { ActionState } from "@/components/review/action-state";
import { readText, respond } from "../action-helpers";
import { getActor } from "../actor";

const readAll = (data: FormData, name: string) => data.getAll(name).filter((v): v is string => typeof v === "string");


const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function acceptEventAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const id = parseInput(z.coerce.number().int().positive(), readText(formData, "id"));
    const count = await publishEvents(getDb(), [id], actor);
    if (!count) throw new AppError("conflict", `Event #${id} is not a draft any more.`);
    return { status: "done", message: `Published event #${id}.`, href: `/events/${id}`, linkText: "See the event" };
  });
}

export async function rejectEventAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const ids = readAll(formData, "id");
    const count = await rejectEvents(getDb(), ids, actor);
    return { status: "done", message: count ? `Rejected event #${ids.join(", #")}.` : "Nothing to reject: already rejected." };
  });
}

export async function mergeEventAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const targetId = readText(formData, "targetId").trim().replace(/^#/, "");
    const result = await mergeEvents(getDb(), targetId, readText(formData, "sourceEventId"), actor);
    return {
      status: "done",
      message: `Merged event #${result.mergedId} into #${result.targetId} (${plural(result.movedSources, "source")} moved).`,
      href: `/review/${result.targetId}`,
      linkText: `Edit #${result.targetId}`,
    };
  });
}

export async function splitEventAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const sourceIds = readAll(formData, "sourceId");
    const result = await splitEvent(getDb(), readText(formData, "id"), sourceIds, actor);
    return {
      status: "done",
      message: `Moved ${plural(sourceIds.length, "source")} to new event #${result.newEventId}.`,
      href: `/review/${result.newEventId}`,
      linkText: `Edit #${result.newEventId}`,
    };
  });
}

export async function updateEventAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const publish = readText(formData, "intent") === "publish";
    const patch = {
      type: readText(formData, "type"),
      title: readText(formData, "title"),
      date: readText(formData, "date"),
      datePrecision: readText(formData, "datePrecision"),
      endDate: readText(formData, "endDate"),
      location: readText(formData, "location"),
      summary: readText(formData, "summary"),
      participants: readAll(formData, "participant"),
      ...(publish ? { status: "published" as const } : {}),
    };
    const result = await updateEvent(getDb(), readText(formData, "id"), patch, actor);
    const message = !result.changed ? "Nothing changed." : publish ? "Saved and published." : "Saved.";
    return { status: "done", message, href: `/events/${result.id}`, linkText: "See the event page and its history" };
  });
}

export async function publishConfidentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const raw = readText(formData, "minConfidence").trim();
    const published = await publishConfident(getDb(), raw === "" ? Number.NaN : raw, actor, readText(formData, "pair") || undefined);
    return { status: "done", message: published.length ? `Published ${plural(published.length, "draft")} with confidence ≥ ${raw}.` : `No draft has confidence ≥ ${raw}.` };
  });
}
