import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { AppError, withErrors } from "@/lib/http";
import { searchPeople } from "@/lib/people/repo";

export const dynamic = "force-dynamic";

const querySchema = z.object({ q: z.string().trim().max(100).default(""), limit: z.coerce.number().int().min(1).max(50).default(10) });

export const GET = withErrors(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = querySchema.safeParse({ q: params.get("q") ?? undefined, limit: params.get("limit") ?? undefined });
  if (!query.success) throw new AppError("bad_request", query.error.issues[0].message);
  return Response.json({ people: await searchPeople(getDb(), query.data.q, query.data.limit) });
});
