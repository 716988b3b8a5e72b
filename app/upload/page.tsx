import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listRelationships } from "@/lib/relationships/repo";
import { UploadForm } from "@/components/upload/upload-form";
import { publishExtractedEvents, uploadArticle } from "./actions";

export const metadata: Metadata = { title: "Upload an article" };
export const dynamic = "force-dynamic";

export default async function UploadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { pair } = await searchParams;
  // Without the database the form still shows; submitting then reports the database as unavailable.
  const pairs = await listRelationships(getDb()).catch(() => []);
  // The pair being browsed (pair= in the URL, as the header's selector keeps it), else the default pair.
  const currentPair = pairs.find((p) => p.slug === pair)?.slug ?? pairs[0]?.slug ?? "";
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Upload an article</h1>
        <p>Dyad reads the article, extracts dated events with their participants, and keeps the article as their source.</p>
      </header>
      <UploadForm uploadAction={uploadArticle} publishAction={publishExtractedEvents} pairs={pairs} currentPair={currentPair} />
    </div>
  );
}
