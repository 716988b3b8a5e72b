"use server";

/** User management for admins: add a user, change a role. Read -> authorize (admin) -> one service call. */
import { createUser, setUserRole } from "@/lib/auth/accounts";
import { getDb } from "@/lib/db/client";
import type { ActionState } from "@/components/review/action-state";
import { readText, respond } from "../../action-helpers";
import { getActor } from "../../actor";

export async function addUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor("admin");
    const input = { email: readText(formData, "email"), name: readText(formData, "name"), role: readText(formData, "role"), password: readText(formData, "password") || undefined };
    const { user, password, generated } = await createUser(getDb(), input, actor);
    const secret = generated ? ` Their generated password is ${password} (shown once: pass it on privately).` : "";
    return { status: "done", message: `Added ${user.email} as ${user.role}.${secret}` };
  });
}

export async function setRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return respond(async () => {
    const actor = await getActor("admin");
    const email = readText(formData, "email");
    if (email.trim().toLowerCase() === actor) return { status: "invalid", message: "You cannot change your own role.", errors: { role: "You cannot change your own role." } };
    const result = await setUserRole(getDb(), email, readText(formData, "role"), actor);
    return { status: "done", message: result.changed ? `${result.email} is now ${result.role}.` : `${result.email} was already ${result.role}.` };
  });
}
