import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { needFor, parseEventFilters } from "@/lib/events/filters";
import { findFilterIds, listEvents } from "@/lib/events/repo";
import { getRelationship } from "@/lib/relationships/repo";
import { withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const filters = parseEventFilters(new URL(request.url).searchParams);
  const db = getDb();
  // The filter's ids (pair, people) are looked up while the token is checked: one round trip less before the list.
  // They are small, indexed lookups, and nothing of them is answered until the reader is authorized.
  const [, ids] = await Promise.all([authorizeRequest(request, needFor(filters)), findFilterIds(db, filters)]);
  if (filters.pair && ids.relationshipId === null) await getRelationship(db, filters.pair); // unknown: a 400, not an empty list
  return Response.json(await listEvents(db, filters, { ids }));
});
