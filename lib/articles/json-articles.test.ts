/** JSON articles from feeds and exports: the field names and date formats other tools write. */
import { describe, expect, it } from "vitest";
import { parseJsonArticles, toPublicationDay } from "./json-articles";

const submissionOf = (json: unknown) => {
  const [entry] = parseJsonArticles(JSON.stringify(json), "feed.json");
  if (!("submission" in entry)) throw new Error(entry.error);
  return entry.submission;
};

describe("JSON articles", () => {
  it("reads the publication day from the formats feeds write", () => {
    expect(toPublicationDay("2024-01-16")).toBe("2024-01-16");
    // The outlet's own day, not the day in UTC.
    expect(toPublicationDay("2024-01-16T23:30:00-05:00")).toBe("2024-01-16");
    expect(toPublicationDay("2024-01-16 08:00:00")).toBe("2024-01-16");
    expect(toPublicationDay("2024/1/6")).toBe("2024-01-06");
    expect(toPublicationDay("Tue, 16 Jan 2024 10:00:00 +0000")).toBe("2024-01-16");
    expect(toPublicationDay("January 16, 2024")).toBe("2024-01-16");
    expect(toPublicationDay("Sept. 3, 2025")).toBe("2025-09-03");
    expect(toPublicationDay("3 September 2025")).toBe("2025-09-03");
  });

  it("leaves what it cannot read as written, so validation names it", () => {
    expect(toPublicationDay("last Tuesday")).toBe("last Tuesday");
    expect(toPublicationDay("Mayday 3, 2024")).toBe("Mayday 3, 2024");
    expect(toPublicationDay("16/01/2024")).toBe("16/01/2024");
  });

  it("takes the fields under the names other tools give them", () => {
    const s = submissionOf({ headline: "Talks in Moscow", body: "Lavrov met Choe.", pubDate: "Wed, 17 Jan 2024 06:00:00 GMT", link: "https://example.org/a", source: { name: "Example Wire" } });
    expect(s).toMatchObject({ title: "Talks in Moscow", text: "Lavrov met Choe.", publishedAt: "2024-01-17", url: "https://example.org/a", outlet: "Example Wire" });
    const t = submissionOf({ title: "T", full_text: "Text.", publication_date: "2024-06-19T03:00:00+09:00", source_url: "https://example.org/b", publisher: "P" });
    expect(t).toMatchObject({ text: "Text.", publishedAt: "2024-06-19", url: "https://example.org/b", outlet: "P" });
  });

  it("prefers the first named field that has a value", () => {
    const s = submissionOf({ title: "T", text: "", content: "The content.", publishedAt: "2024-01-17", date: "2020-01-01" });
    expect(s.text).toBe("The content.");
    expect(s.publishedAt).toBe("2024-01-17");
  });
});
