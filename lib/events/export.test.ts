import { describe, expect, it } from "vitest";
import { toCsv, type ExportRecord } from "./export";

const record: ExportRecord = {
  id: 7, status: "published", type: "meeting", title: 'Talks on "cooperation", part 2', date: "2024-01-16", datePrecision: "day", endDate: null,
  participants: [{ name: "Sergey Lavrov", country: "RU", role: "Foreign Minister" }, { name: "Choe Son Hui", country: "KP", role: "Foreign Minister" }],
  location: "Moscow", actor: null, evidence: "=HYPERLINK(\"http://evil\")", confidence: 0.9, sourcesDisagree: false,
  sources: [{ url: "https://example.org/a", title: "A", outlet: null, publishedAt: "2024-01-17", evidence: "x" }],
};

describe("toCsv", () => {
  it("quotes commas and quotes, and lists people with their country", () => {
    const [header, row] = toCsv([record]).trim().split("\r\n");
    expect(header.split(",")[0]).toBe("id");
    expect(row).toContain('"Talks on ""cooperation"", part 2"');
    expect(row).toContain("Sergey Lavrov (RU); Choe Son Hui (KP)");
  });
  it("defuses spreadsheet formulas in text cells", () => {
    expect(toCsv([record])).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
