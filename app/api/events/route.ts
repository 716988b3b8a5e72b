import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { needFor, parseEventFilters } from "@/lib/events/filters";
import { listEvents } from "@/lib/events/repo";
import { getRelationship } from "@/lib/relationships/repo";
import { withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const filters = parseEventFilters(new URL(request.url).searchParams);
  await authorizeRequest(request, needFor(filters));
  if (filters.pair) await getRelationship(getDb(), filters.pair); // an unknown pair is a 400, not an empty list
  return Response.json(await listEvents(getDb(), filters));
});
