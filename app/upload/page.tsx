import type { Metadata } from "next";
import { UploadForm } from "@/components/upload/upload-form";
import { publishExtractedEvents, uploadArticle } from "./actions";

export const metadata: Metadata = { title: "Upload an article" };

export default function UploadPage() {
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Upload an article</h1>
        <p>Dyad reads the article, extracts dated events with their participants, and keeps the article as their source.</p>
      </header>
      <UploadForm uploadAction={uploadArticle} publishAction={publishExtractedEvents} />
    </div>
  );
}
