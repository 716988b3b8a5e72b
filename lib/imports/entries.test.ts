/** Expanding uploads into import entries: archives, JSON lines, and files that are not articles. */
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { expandUploadedFiles } from "./entries";

const file = (name: string, content: string | Uint8Array) => ({ name, type: "", bytes: typeof content === "string" ? strToU8(content) : content });
const article = { title: "Shoigu in Pyongyang", text: "Shoigu met Kim Jong Un in Pyongyang on July 26.", publishedAt: "2023-07-27" };

describe("expandUploadedFiles", () => {
  it("makes one entry per article of JSON and JSON-lines files, and passes documents on with the form's date", () => {
    const entries = expandUploadedFiles(
      [file("feed.jsonl", `${JSON.stringify(article)}\n{"title": broken\n\n${JSON.stringify({ ...article, publishedAt: undefined })}\n`), file("note.md", "# Talks\n\nText.")],
      { publishedAt: "2024-05-01", outlet: "Desk" },
    );
    expect(entries.map((e) => e.label)).toEqual(["feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:4", "note.md"]);
    expect(entries[0]).toMatchObject({ article: { title: article.title, publishedAt: "2023-07-27", outlet: "Desk" } });
    expect(entries[1]).toEqual({ label: "feed.jsonl:2", error: "invalid JSON" });
    // A JSON article without a date takes the form's.
    expect(entries[2]).toMatchObject({ article: { publishedAt: "2024-05-01" } });
    expect(entries[3]).toMatchObject({ file: { name: "note.md" }, fields: { publishedAt: "2024-05-01", outlet: "Desk" } });
  });

  it("unpacks a .zip archive, names what is not an article, and skips folders and hidden files", () => {
    const archive = zipSync({
      "a.txt": strToU8("Lavrov met Choe in Moscow on January 16."),
      "more/b.json": strToU8(JSON.stringify([article, article])),
      "more/photo.jpg": new Uint8Array([255, 216, 255]),
      "more/.DS_Store": new Uint8Array([0]),
      "__MACOSX/more/._b.json": new Uint8Array([0]),
      "empty.html": new Uint8Array(0),
    });
    const entries = expandUploadedFiles([file("wire.zip", archive)], { publishedAt: "2024-01-17" });
    expect(entries.map((e) => [e.label, "error" in e ? e.error : "ok"])).toEqual([
      ["wire.zip/a.txt", "ok"],
      ["wire.zip/more/b.json#1", "ok"],
      ["wire.zip/more/b.json#2", "ok"],
      ["wire.zip/more/photo.jpg", expect.stringContaining("not an article file")],
      ["wire.zip/empty.html", "empty.html is empty"],
    ]);
  });

  it("reports a broken archive and an empty upload by name", () => {
    const entries = expandUploadedFiles([file("broken.zip", "PK\u0003\u0004 not really"), file("blank.txt", "")], {});
    expect(entries).toEqual([
      { label: "broken.zip", error: expect.stringContaining("broken.zip") },
      { label: "blank.txt", error: "blank.txt is empty" },
    ]);
  });

  it("stops a file and an archive that inflate past the limits while unpacking", () => {
    const limits = { fileBytes: 10_000, archiveBytes: 25_000, archiveEntries: 100 };
    const big = new Uint8Array(12_000).fill(65);
    const fits = new Uint8Array(9_000).fill(66);
    const oneTooBig = zipSync({ "a.txt": big, "b.txt": fits }, { level: 9 });
    expect(expandUploadedFiles([file("one.zip", oneTooBig)], { publishedAt: "2024-01-01" }, limits).map((e) => ("error" in e ? e.error : "ok"))).toEqual([
      "a.txt is larger than 0.01 MB",
      "ok",
    ]);
    // Packed to a few hundred bytes, 36 kB unpacked: refused as a whole.
    const bomb = zipSync({ "a.txt": fits, "b.txt": fits, "c.txt": fits, "d.txt": fits }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1000);
    expect(() => expandUploadedFiles([file("bomb.zip", bomb)], { publishedAt: "2024-01-01" }, limits)).toThrow(AppError);
    expect(() => expandUploadedFiles([file("many.zip", bomb)], {}, { ...limits, archiveBytes: 1e9, archiveEntries: 3 })).toThrow(/more than 3 files/);
  });
});
