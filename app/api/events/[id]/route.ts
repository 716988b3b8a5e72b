import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { getEvent } from "@/lib/events/repo";
import { AppError, parseId, withErrors } from "@/lib/http";
import { toHistoryFor } from "@/lib/auth/history";
import { canSeeDrafts } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const viewer = await authorizeRequest(request, "read");
  const { id } = await context.params;
  const db = getDb();
  const event = await getEvent(db, parseId(id), { includeDrafts: canSeeDrafts(viewer) });
  if (event.status === "draft" && !canSeeDrafts(viewer)) throw new AppError("not_found", `Event ${id} not found`);
  return Response.json({ ...event, history: await toHistoryFor(db, viewer, event.history) });
});
