/**
 * Uploaded files -> article text. The format is decided by the bytes, not the file name: a PDF starts with
 * %PDF-, a .docx is a zip holding word/document.xml, HTML has markup, anything else must be UTF-8 text.
 */
import { AppError } from "../errors";
import { MAX_FILE_BYTES } from "./schema";

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface ParsedUpload {
  text: string;
  title: string | null;
  sourceFormat: "text" | "markdown" | "html" | "pdf" | "docx";
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function parseUpload(file: UploadedFile): Promise<ParsedUpload> {
  if (file.bytes.byteLength === 0) throw new AppError("bad_request", `${file.name} is empty`);
  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    throw new AppError("payload_too_large", `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  }
  if (startsWith(file.bytes, PDF_MAGIC)) return parsePdf(file);
  if (startsWith(file.bytes, ZIP_MAGIC)) return parseDocx(file);
  const text = decodeUtf8(file);
  if (/<(html|body|article|p|div|h1)[\s>]/i.test(text.slice(0, 20_000))) {
    const title = /<title[^>]*>([^<]{1,500})<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]{1,500})<\/h1>/i.exec(text)?.[1] ?? null;
    return { text, title: title ? decodeEntities(title).trim() : null, sourceFormat: "html" };
  }
  const isMarkdown = /\.(md|markdown)$/i.test(file.name) || /^#{1,6} \S/m.test(text.slice(0, 2000));
  if (isMarkdown) {
    const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? null;
    return { text: stripMarkdown(text), title: heading, sourceFormat: "markdown" };
  }
  return { text, title: firstLineTitle(text), sourceFormat: "text" };
}

function decodeUtf8(file: UploadedFile): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new AppError("unsupported_media_type", `${file.name} is not a UTF-8 text, HTML, PDF or DOCX file`);
  }
  // Control characters other than whitespace mean a binary file with a text-like name.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 100_000))) {
    throw new AppError("unsupported_media_type", `${file.name} looks like a binary file, not text`);
  }
  return text.replace(/^\uFEFF/, "");
}

function firstLineTitle(text: string): string | null {
  const line = text.split(/\r?\n/).find((l) => l.trim())?.trim();
  return line && line.length <= 200 ? line : null;
}

function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2")
    .replace(/^>\s?/gm, "");
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

async function parsePdf(file: UploadedFile): Promise<ParsedUpload> {
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: new Uint8Array(file.bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      let page = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        page += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(page);
    }
    await doc.destroy();
    const text = pages.join("\n\n").replace(/[ \t]+\n/g, "\n").trim();
    if (!text) throw new AppError("bad_request", `${file.name} has no text layer (a scanned PDF?)`);
    return { text, title: firstLineTitle(text), sourceFormat: "pdf" };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", `${file.name} could not be read as a PDF`);
  }
}

async function parseDocx(file: UploadedFile): Promise<ParsedUpload> {
  try {
    const mammoth = await import("mammoth");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    const text = value.replace(/\n{3,}/g, "\n\n").trim();
    if (!text) throw new AppError("bad_request", `${file.name} has no text`);
    return { text, title: firstLineTitle(text), sourceFormat: "docx" };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("unsupported_media_type", `${file.name} is a zip file but not a readable .docx document`);
  }
}
