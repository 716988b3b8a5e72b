import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { INTERVALS, parseEventFilters } from "@/lib/events/filters";
import { countMeetings } from "@/lib/events/repo";
import { getRelationship } from "@/lib/relationships/repo";
import { AppError, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

const intervalSchema = z.enum(INTERVALS).default("month");

export const GET = withErrors(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const interval = intervalSchema.safeParse(params.get("interval") ?? undefined);
  if (!interval.success) throw new AppError("bad_request", `interval must be one of ${INTERVALS.join(", ")}`);
  const filters = parseEventFilters(params);
  if (filters.pair) await getRelationship(getDb(), filters.pair); // an unknown pair is a 400, not zeros
  const points = await countMeetings(getDb(), filters, interval.data);
  return Response.json({ interval: interval.data, points, total: points.reduce((sum, p) => sum + p.count, 0) });
});
