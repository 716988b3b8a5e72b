import { getDb } from "@/lib/db/client";
import { getImportBatch } from "@/lib/imports/repo";
import { parseId, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  return Response.json(await getImportBatch(getDb(), parseId(id)), { headers: { "Cache-Control": "no-store" } });
});
