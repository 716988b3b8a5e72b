/**
 * Golden fixtures: every case in fixtures/ (and our own dev-cases/) runs through extractEvents with the shipped
 * registry; micro F1 over the core event types must not fall below the floors, set just under what the rules
 * achieve today. Raise them as the rules improve; a drop means a regression (misses are printed).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { createRegistryContext, evaluateExtraction, formatMisses, formatReport, runFixtureCases } from "../../scripts/eval-extract";
import { extractEvents } from "./index";
import { EVENT_TYPES, type ArticleInput } from "./types";

const FLOORS = { fixtures: 0.9, devCases: 0.95 };

function check(name: string, dir: string, floor: number) {
  const cases = runFixtureCases(dir);
  if (cases.length === 0) return;
  const report = evaluateExtraction(cases);
  if (report.micro.f1 < floor) console.log(`${formatReport(name, report)}\n${formatMisses(report)}`);
  expect(report.micro.f1).toBeGreaterThanOrEqual(floor);
}

describe("golden fixtures", () => {
  it("keeps micro F1 over core types above the floor", () => {
    check("fixtures", path.join(import.meta.dirname, "fixtures"), FLOORS.fixtures);
  });
  it("keeps micro F1 on the extractor's own dev cases above the floor", () => {
    check("dev-cases", path.join(import.meta.dirname, "dev-cases"), FLOORS.devCases);
  });
});

describe("extracted events on every fixture article", () => {
  const dirs = ["fixtures", "dev-cases"].map((d) => path.join(import.meta.dirname, d)).filter((d) => existsSync(d));
  const articles = dirs.flatMap((d) =>
    readdirSync(d).filter((f) => f.endsWith(".json")).map((f) => (JSON.parse(readFileSync(path.join(d, f), "utf8")) as { article: ArticleInput }).article),
  );
  const context = createRegistryContext();

  it("cite their evidence exactly, link only to existing events and keep the contract's value ranges", () => {
    for (const article of articles) {
      const { text, events } = extractEvents(article, context);
      const keys = new Set(events.map((e) => e.key));
      for (const e of events) {
        expect(text.slice(e.evidenceStart, e.evidenceEnd)).toBe(e.evidence);
        expect(EVENT_TYPES).toContain(e.type);
        expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (e.datePrecision !== "day") expect(e.date.endsWith(e.datePrecision === "month" ? "-01" : "-01-01")).toBe(true);
        if (e.endDate) expect(e.endDate > e.date).toBe(true);
        expect(e.confidence).toBeGreaterThanOrEqual(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
        if (e.parentKey) expect(keys.has(e.parentKey)).toBe(true);
        expect(e.title.length).toBeGreaterThan(0);
      }
    }
  });
});
