import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildDocx, buildPdf } from "../test-support/documents";
import { parseUpload } from "./parse-upload";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("parseUpload", () => {
  it("reads the text layer of a PDF", async () => {
    const bytes = buildPdf(["Lavrov meets Choe in Moscow", "The ministers held talks on 16 January 2024."]);
    const parsed = await parseUpload({ name: "report.pdf", type: "application/pdf", bytes });
    expect(parsed.sourceFormat).toBe("pdf");
    expect(parsed.text).toContain("held talks on 16 January 2024");
    expect(parsed.title).toBe("Lavrov meets Choe in Moscow");
  });

  it("reads the paragraphs of a Word document", async () => {
    const bytes = await buildDocx(["Belousov in Pyongyang", "The defence minister arrived on 29 November 2024."]);
    const parsed = await parseUpload({ name: "note.docx", type: "", bytes });
    expect(parsed.sourceFormat).toBe("docx");
    expect(parsed.text).toContain("arrived on 29 November 2024");
  });

  it("takes HTML's title and keeps the markup for the cleaner", async () => {
    const parsed = await parseUpload({ name: "page.html", type: "text/html", bytes: utf8("<html><head><title>Summit &amp; treaty</title></head><body><p>Text.</p></body></html>") });
    expect(parsed).toMatchObject({ sourceFormat: "html", title: "Summit & treaty" });
  });

  it("strips Markdown syntax and takes the first heading as the title", async () => {
    const parsed = await parseUpload({ name: "a.md", type: "", bytes: utf8("# Kim visits Vladivostok\n\nThe **summit** was [reported](https://example.org).") });
    expect(parsed.title).toBe("Kim visits Vladivostok");
    expect(parsed.text).toContain("The summit was reported.");
  });

  it("judges by content, not by name: a binary file named .txt is refused", async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
    await expect(parseUpload({ name: "article.txt", type: "text/plain", bytes })).rejects.toMatchObject({ code: "unsupported_media_type" });
  });

  it("refuses a damaged PDF and a zip that is not a .docx with a clear message", async () => {
    await expect(parseUpload({ name: "broken.pdf", type: "", bytes: utf8("%PDF-1.4 this is not really a pdf") })).rejects.toBeInstanceOf(AppError);
    const zipOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    await expect(parseUpload({ name: "x.docx", type: "", bytes: zipOnly })).rejects.toMatchObject({ code: "unsupported_media_type" });
  });

  it("refuses empty files", async () => {
    await expect(parseUpload({ name: "empty.txt", type: "", bytes: new Uint8Array() })).rejects.toMatchObject({ code: "bad_request" });
  });
});
