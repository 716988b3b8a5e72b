import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { createImport } from "@/lib/imports/create-import";
import { getImportQueue } from "@/lib/imports/queue";
import { listImportBatches } from "@/lib/imports/repo";
import { readImportUpload } from "@/lib/imports/upload";
import { AppError, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Starts a bulk import: 201 with the batch; its progress is at GET /api/imports/{id}. */
export const POST = withErrors(async (request: Request) => {
  const actor = (await authorizeRequest(request, "editor"))!.email;
  const upload = await readImportUpload(request);
  const batch = await createImport(getDb(), await getImportQueue(), { createdBy: actor, source: upload.source, sourceNames: upload.sourceNames, publish: false, entries: upload.entries });
  return Response.json(batch, { status: 201, headers: { Location: `/api/imports/${batch.id}` } });
});

export const GET = withErrors(async (request: Request) => {
  await authorizeRequest(request, "editor");
  const raw = new URL(request.url).searchParams.get("limit") ?? "20";
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 100) throw new AppError("bad_request", "limit must be a number from 1 to 100");
  return Response.json({ imports: await listImportBatches(getDb(), { limit: Number(raw) }) });
});
