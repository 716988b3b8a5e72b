import { z } from "zod";
import { authorizeRequest } from "@/lib/auth/request";
import { checkNeed, toPeopleScope } from "@/lib/auth/session";
import { needFor, STATUS_FILTERS } from "@/lib/events/filters";
import { getDb } from "@/lib/db/client";
import { parseQuery, withErrors } from "@/lib/http";
import { searchPeople } from "@/lib/people/repo";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().trim().max(100, "must be at most 100 characters").refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "must not contain control characters").default(""),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  // Only people who take part in events of this status (as in /api/events: drafts need an editor).
  status: z.enum(STATUS_FILTERS).optional(),
});

export const GET = withErrors(async (request: Request) => {
  const viewer = await authorizeRequest(request, "read");
  const query = parseQuery(querySchema, new URL(request.url).searchParams, ["q", "limit", "status"]);
  if (query.status) checkNeed(viewer, needFor({ status: query.status }));
  return Response.json({ people: await searchPeople(getDb(), query.q, { limit: query.limit, scope: toPeopleScope(viewer, query.status) }) });
});
