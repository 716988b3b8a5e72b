import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listRelationships } from "@/lib/relationships/repo";
import { BulkImportForm } from "@/components/upload/bulk-import-form";
import { ImportList } from "@/components/upload/import-list";
import { UploadForm } from "@/components/upload/upload-form";
import { listImportBatches } from "@/lib/imports/repo";
import { checkPageAccess } from "../page-auth";
import { publishExtractedEvents, uploadArticle } from "./actions";

export const metadata: Metadata = { title: "Upload an article" };
export const dynamic = "force-dynamic";

export default async function UploadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await checkPageAccess("editor", "/upload");
  if (access.denied) return access.denied;
  const { pair, batch } = await searchParams;
  // Without the database the form still shows; submitting then reports the database as unavailable.
  const pairs = await listRelationships(getDb()).catch(() => []);
  // The pair being browsed (pair= in the URL, as the header's selector keeps it), else the default pair.
  const currentPair = pairs.find((p) => p.slug === pair)?.slug ?? pairs[0]?.slug ?? "";
  const batchId = typeof batch === "string" && /^\d{1,9}$/.test(batch) ? Number(batch) : null;
  const recent = await listImportBatches(getDb(), { limit: 10 });
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Upload an article</h1>
        <p>Dyad reads the article, extracts dated events with their participants, and keeps the article as their source.</p>
      </header>
      <UploadForm uploadAction={uploadArticle} publishAction={publishExtractedEvents} pairs={pairs} currentPair={currentPair} />

      <section id="import" className="stack" aria-labelledby="import-heading">
        <h2 id="import-heading">Import many articles</h2>
        <BulkImportForm batchId={batchId} />
        <div>
          <h3>Recent imports</h3>
          <ImportList batches={recent} />
        </div>
      </section>
    </div>
  );
}
