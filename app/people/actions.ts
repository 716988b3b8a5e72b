"use server";

/**
 * The people registry's actions: read the form -> the acting user (getActor, the one place the roles work will
 * gate) -> one service call -> the answer, with bad input as field errors.
 */
import { getDb } from "@/lib/db/client";
import { addAlias, mergePeople, updateOffice } from "@/lib/people/edit";
import type { ActionState } from "@/components/review/action-state";
import { readText, respond } from "../action-helpers";
import { getActor } from "../actor";



export async function addAliasAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const added = await addAlias(getDb(), readText(formData, "slug"), readText(formData, "alias"), actor);
    return { status: "done", message: `Added the alias “${added.alias}”.` };
  });
}

export async function updateOfficeAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const patch = { title: readText(formData, "title"), fromDate: readText(formData, "fromDate"), toDate: readText(formData, "toDate") };
    const result = await updateOffice(getDb(), readText(formData, "officeId"), patch, actor);
    return { status: "done", message: result.changed ? `Saved the office “${patch.title.trim()}”.` : "Nothing changed." };
  });
}

export async function mergePersonAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor();
    const sources = formData.getAll("sourceSlug").filter((v): v is string => typeof v === "string");
    // One duplicate at a time; the form allows no more, but a hand-made request might.
    const result = await mergePeople(getDb(), readText(formData, "targetSlug"), sources.length === 1 ? sources[0] : "", actor);
    return {
      status: "done",
      message: `Merged “${result.merged}” into this person: ${result.events} event${result.events === 1 ? "" : "s"} and ${result.aliases} alias${result.aliases === 1 ? "" : "es"} moved.`,
    };
  });
}
