import { z } from "zod";
import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { INTERVALS, needFor, parseEventFilters } from "@/lib/events/filters";
import { countMeetings } from "@/lib/events/repo";
import { getRelationship } from "@/lib/relationships/repo";
import { parseQuery, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

const querySchema = z.object({ interval: z.enum(INTERVALS, `must be one of ${INTERVALS.join(", ")}`).default("month") });

export const GET = withErrors(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const { interval } = parseQuery(querySchema, params, ["interval"]);
  const filters = parseEventFilters(params);
  await authorizeRequest(request, needFor(filters));
  if (filters.pair) await getRelationship(getDb(), filters.pair); // an unknown pair is a 400, not zeros
  const points = await countMeetings(getDb(), filters, interval);
  return Response.json({ interval, points, total: points.reduce((sum, p) => sum + p.count, 0) });
});
