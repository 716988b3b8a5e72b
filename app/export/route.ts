/**
 * GET /export?<filters>&format=csv|json|ics: every event of the current view (the timeline's filters and sort,
 * without paging), streamed a chunk at a time. Each file states its filters and the time of export (see
 * lib/events/export.ts for how each format does it).
 */
import { z } from "zod";
import { authorizeRequest } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, toExportFileName, toExportFilters, toExportStream } from "@/lib/events/export";
import { needFor, parseEventFilters } from "@/lib/events/filters";
import { iterateEventsForExport } from "@/lib/events/repo";
import { getRelationship } from "@/lib/relationships/repo";
import { parseQuery, withErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

const querySchema = z.object({ format: z.enum(EXPORT_FORMATS, `must be one of ${EXPORT_FORMATS.join(", ")}`).default("csv") });

export const GET = withErrors(async (request: Request) => {
  const url = new URL(request.url);
  const { format } = parseQuery(querySchema, url.searchParams, ["format"]);
  const parsed = parseEventFilters(url.searchParams);
  await authorizeRequest(request, needFor(parsed));
  // The pair is written out even when the URL left it to the default, so the file says which relationship it covers.
  const filters = toExportFilters({ ...parsed, pair: (await getRelationship(getDb(), parsed.pair)).slug });
  const meta = { filters, exportedAt: new Date().toISOString(), baseUrl: url.origin };
  // The first chunk is read before the response starts, so a database error is still a JSON error, not a cut file.
  const records = await startEarly(iterateEventsForExport(getDb(), filters));
  const pieces = toExportStream(format, records, meta);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": EXPORT_CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${toExportFileName(format, meta.exportedAt)}"`,
      "cache-control": "no-store",
      // A download, never a page: nothing in it may run even if a browser is told to render it.
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});

async function startEarly<T>(source: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await source.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* source;
  })();
}
