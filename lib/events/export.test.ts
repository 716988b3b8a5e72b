import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "./filters";
import {
  escapeIcsText, foldIcsLine, toCsv, toExportFileName, toExportQuery, toExportStream, toIcs, toSafeJson, type ExportMeta, type ExportRecord,
} from "./export";

const record: ExportRecord = {
  id: 7, status: "published", type: "meeting", title: 'Talks on "cooperation", part 2', date: "2024-01-16", datePrecision: "day", endDate: null,
  participants: [{ name: "Sergey Lavrov", country: "RU", role: "Foreign Minister" }, { name: "Choe Son Hui", country: "KP", role: "Foreign Minister" }],
  location: "Moscow", actor: null, evidence: "=HYPERLINK(\"http://evil\")", confidence: 0.9, sourcesDisagree: false,
  sources: [{ url: "https://example.org/a", title: "A", outlet: null, publishedAt: "2024-01-17", evidence: "x" }],
};

const hostile: ExportRecord = {
  ...record, id: 8, title: "<script>alert(1)</script>; a, b \\ c", location: "+Moscow", datePrecision: "month", date: "2024-06-01",
  evidence: "@SUM(A1)", sources: [{ url: null, title: "</script><img src=x onerror=alert(1)>", outlet: "-Wire", publishedAt: "2024-06-20", evidence: "Line one\nline two" }],
};

const meta: ExportMeta = {
  filters: { ...DEFAULT_FILTERS, type: ["meeting", "visit"], level: ["minister"], q: "a, b", page: 3, pageSize: 25 },
  exportedAt: "2025-11-24T21:05:09.123Z",
  baseUrl: "https://dyad.example.org",
};

async function collect(format: "csv" | "json" | "ics", chunks: ExportRecord[][]): Promise<string> {
  async function* source() {
    for (const chunk of chunks) yield chunk;
  }
  let out = "";
  for await (const piece of toExportStream(format, source(), meta)) out += piece;
  return out;
}

describe("toCsv", () => {
  it("quotes commas and quotes, and lists people with their country", () => {
    const [header, row] = toCsv([record]).trim().split("\r\n");
    expect(header.split(",")[0]).toBe("id");
    expect(row).toContain('"Talks on ""cooperation"", part 2"');
    expect(row).toContain("Sergey Lavrov (RU); Choe Son Hui (KP)");
  });
  it("defuses spreadsheet formulas in text cells", () => {
    expect(toCsv([record])).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const row = toCsv([hostile]).split("\r\n")[1];
    expect(row).toContain(",'+Moscow,");
    expect(row).toContain(",'@SUM(A1)");
    expect(toCsv([{ ...hostile, title: "\uFF1D1+1" }])).toContain("'\uFF1D1+1");
  });
});

describe("the streamed web export", () => {
  it("CSV starts with a comment line stating the filters and the time, then the header", async () => {
    const csv = await collect("csv", [[record], [hostile]]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("# Dyad export; exported at 2025-11-24T21:05:09.123Z; filters: type=meeting%2Cvisit&level=minister&q=a%2C+b&status=published");
    expect(lines[0]).not.toMatch(/[,"]/);
    expect(lines[1]).toMatch(/^id,status,type,title,date/);
    expect(lines.slice(2).filter(Boolean)).toHaveLength(2);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("JSON is an envelope with the time, the filters (no paging) and the events, and cannot close a script", async () => {
    const json = await collect("json", [[record], [hostile]]);
    expect(json).not.toMatch(/[<>]/);
    const body = JSON.parse(json) as { exportedAt: string; filters: Record<string, unknown>; query: string; events: ExportRecord[] };
    expect(body.exportedAt).toBe(meta.exportedAt);
    expect(body.filters).toMatchObject({ type: ["meeting", "visit"], level: ["minister"], q: "a, b", status: "published", sort: "-date" });
    expect(body.filters).not.toHaveProperty("page");
    expect(body.events.map((e) => e.id)).toEqual([7, 8]);
    expect(body.events[1].title).toBe(hostile.title);
    expect(JSON.parse(await collect("json", []))).toMatchObject({ events: [] });
  });

  it("the query reproduces the view without paging", () => {
    expect(toExportQuery(meta.filters)).not.toContain("page");
    expect(toExportQuery(DEFAULT_FILTERS)).toBe("status=published");
    expect(toSafeJson({ a: "</script>" })).toBe('{"a":"\\u003c/script\\u003e"}');
  });

  it("names files by format and time", () => {
    expect(toExportFileName("ics", meta.exportedAt)).toBe("dyad-events-20251124-2105.ics");
  });
});

describe("iCalendar", () => {
  const unfold = (text: string) => text.replace(/\r\n /g, "");

  it("writes whole-day events with DATE values, an exclusive end and the precision noted", () => {
    const ics = toIcs([record, hostile, { ...record, id: 9, endDate: "2024-01-18" }], meta);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const text = unfold(ics);
    expect(text).toContain("UID:dyad-event-7@dyad.example.org\r\nDTSTAMP:20251124T210509Z\r\nDTSTART;VALUE=DATE:20240116\r\nDTEND;VALUE=DATE:20240117\r\n");
    expect(text).toContain("DTSTART;VALUE=DATE:20240601\r\nDTEND;VALUE=DATE:20240602");
    expect(text).toContain("month precision: the day is not known");
    expect(text).toContain("DTSTART;VALUE=DATE:20240116\r\nDTEND;VALUE=DATE:20240119");
    expect(text).toContain("URL;VALUE=URI:https://dyad.example.org/events/7");
    expect(text).toContain("\r\nDESCRIPTION:Dyad export at 2025-11-24T21:05:09.123Z\\; filters: status=published\\; type=meeting\\,visit\\; level=minister");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it("escapes text and never lets markup through", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const text = unfold(toIcs([hostile], meta));
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain("SUMMARY:\u2039script\u203Aalert(1)\u2039/script\u203A\\; a\\, b \\\\ c");
    expect(text).toContain("Line one\\nline two");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"최선희 ".repeat(40)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    const ics = toIcs([{ ...record, title: "x".repeat(300) }], meta);
    for (const physical of ics.split("\r\n")) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
  });
});
