/**
 * The classifier skips rules by cheap prechecks (TRIGGER_HINT, a stem every trigger holds, and each rule's own hint)
 * for speed, and so does the date reader (DATE_HINT, and each pattern's hint). A precheck that misses a stem drops
 * triggers silently: "was taken to see Kim" and "is leading a delegation to" were lost that way until the stems were
 * added. These tests read every sentence of our fixture articles with and without the prechecks and want the same
 * triggers and the same dates.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify";
import { findDateMentions, type FindDatesOptions } from "./dates";
import { splitSentences } from "./segment";

const root = path.join(import.meta.dirname, "..");

function fixtureSentences(): string[] {
  const texts: string[] = [];
  const golden = path.join(root, "extract", "fixtures");
  for (const f of readdirSync(golden).filter((f) => f.endsWith(".json"))) texts.push((JSON.parse(readFileSync(path.join(golden, f), "utf8")) as { article: { text: string } }).article.text);
  for (const set of [path.join(root, "events", "fixtures", "multi-report", "articles.json"), path.join(root, "demo", "articles.json")]) {
    for (const a of JSON.parse(readFileSync(set, "utf8")) as { text: string }[]) texts.push(a.text);
  }
  return [...new Set(texts.flatMap((t) => splitSentences(t).map((s) => s.text)))];
}

const describeTriggers = (sentence: string, historicalPresent: boolean, prechecks: boolean) =>
  classifySentence(sentence, { historicalPresent, prechecks }).map((t) => `${t.type} ${t.start} ${t.text}`);

describe("the classifier's prechecks", () => {
  it("skip no trigger: every fixture sentence gives the same triggers with and without them", () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(10_000);
    const differing: string[] = [];
    for (const s of sentences) {
      for (const historicalPresent of [false, true]) {
        const fast = describeTriggers(s, historicalPresent, true);
        const full = describeTriggers(s, historicalPresent, false);
        if (JSON.stringify(fast) !== JSON.stringify(full)) differing.push(`${JSON.stringify(full)} missed in: ${s}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it.each([
    ["Lavrov was taken to see Kim Jong Un after the talks.", "meeting"],
    ["The minister was driven to see Kim Jong Un at his residence.", "meeting"],
    ["Volodin is leading a parliamentary delegation to Pyongyang this week.", "visit"],
    ["Photo 2: the leader waves as his train pulls into Khabarovsk railway station.", "visit"],
    ["Belousov goes to Pyongyang", "visit"],
  ])("admit a sentence whose only stem is the rule's own: %s", (sentence, type) => {
    expect(classifySentence(sentence, { historicalPresent: true }).map((t) => t.type)).toContain(type);
  });
});

describe("the date reader's prechecks", () => {
  // With the context a sentence can have (a day, month and year named before it, an arrival), so that the patterns
  // which resolve only against an earlier date resolve too; and once with none.
  const contexts: FindDatesOptions[] = [
    {},
    { previousDay: "2024-06-19", previousDayInParagraph: true, previousMonth: "2024-06-01", writtenMonth: "2024-06-01", previousYear: "2024-06-19", arrivalDay: "2024-06-18", subjectDay: "2024-06-19" },
    { future: true, previousDay: "2024-06-19", previousMonth: "2024-06-01", previousMonthLoose: true },
  ];
  const anchor = { publishedAt: "2024-06-21", reference: "2024-06-20" };

  it("skip no date: every fixture sentence gives the same dates with and without them", () => {
    const differing: string[] = [];
    for (const s of fixtureSentences()) {
      for (const context of contexts) {
        const fast = JSON.stringify(findDateMentions(s, anchor, context));
        const full = JSON.stringify(findDateMentions(s, anchor, { ...context, prechecks: false }));
        if (fast !== full) differing.push(`${full} missed in: ${s}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
