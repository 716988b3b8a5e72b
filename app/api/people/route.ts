import { z } from "zod";
import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { parseQuery, withErrors } from "@/lib/http";
import { searchPeople } from "@/lib/people/repo";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().trim().max(100, "must be at most 100 characters").refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "must not contain control characters").default(""),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const GET = withErrors(async (request: Request) => {
  await authorizeRequest(request, "read");
  const query = parseQuery(querySchema, new URL(request.url).searchParams, ["q", "limit"]);
  return Response.json({ people: await searchPeople(getDb(), query.q, query.limit) });
});
