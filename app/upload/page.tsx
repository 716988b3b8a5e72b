import type { Metadata } from "next";
import { BulkImportForm } from "@/components/upload/bulk-import-form";
import { ImportList } from "@/components/upload/import-list";
import { UploadForm } from "@/components/upload/upload-form";
import { getDb } from "@/lib/db/client";
import { listImportBatches } from "@/lib/imports/repo";
import { publishExtractedEvents, uploadArticle } from "./actions";

export const metadata: Metadata = { title: "Upload an article" };

export default async function UploadPage({ searchParams }: { searchParams: Promise<{ batch?: string | string[] }> }) {
  const { batch } = await searchParams;
  const batchId = typeof batch === "string" && /^\d{1,9}$/.test(batch) ? Number(batch) : null;
  const recent = await listImportBatches(getDb(), { limit: 10 });
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Upload an article</h1>
        <p>Dyad reads the article, extracts dated events with their participants, and keeps the article as their source.</p>
      </header>
      <UploadForm uploadAction={uploadArticle} publishAction={publishExtractedEvents} />

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
