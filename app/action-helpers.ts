/** Shared by the review and people server actions: reading form fields and turning AppErrors into form state. */
import { revalidatePath } from "next/cache";
import { toUserError } from "@/lib/http";
import { toInvalidState, type ActionState } from "@/components/review/action-state";

export const readText = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

/** Runs an editor's change; bad input comes back as form state, and every page showing the change is refreshed. */
export async function respond(run: () => Promise<ActionState>): Promise<ActionState> {
  try {
    const state = await run();
    // The queue, the timeline, the chart, the event and people pages all show what changed.
    revalidatePath("/", "layout");
    return state;
  } catch (error) {
    // Bad input, input the database refused, or a database that is restarting: a message on the form.
    const known = toUserError(error);
    if (known) return toInvalidState(known);
    throw error;
  }
}
