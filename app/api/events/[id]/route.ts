import { getDb } from "@/lib/db/client";
import { getEvent } from "@/lib/events/repo";
import { parseId, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  return Response.json(await getEvent(getDb(), parseId(id)));
});
