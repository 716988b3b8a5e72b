import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { getImportBatch } from "@/lib/imports/repo";
import { parseId, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  await authorizeRequest(request, "editor");
  const { id } = await context.params;
  return Response.json(await getImportBatch(getDb(), parseId(id)), { headers: { "Cache-Control": "no-store" } });
});
