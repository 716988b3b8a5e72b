import { describe, it, expect } from "vitest";
import articlesData from "./articles.json";
import expectedData from "./expected.json";

interface DemoArticle {
  id: string;
  outlet: string;
  url: string;
  title: string;
  publishedAt: string;
  text: string;
}

interface ExpectedEvent {
  id: string;
  type: string;
  title: string;
  date: string;
  datePrecision: string;
  endDate: string | null;
  participants: string[];
  actor: string | null;
  location: string | null;
  reportedBy: string[];
  dateAsReported: Record<string, string>;
  notes?: string;
}

interface Expected {
  events: ExpectedEvent[];
  commentaryOnly: string[];
  dateVariants: { article: string; event: string; stated: string; actual: string; note: string }[];
  plannedMentions: { article: string; text: string }[];
}

const articles = articlesData as unknown as DemoArticle[];
const expected = expectedData as unknown as Expected;
const events = expected.events;

const EVENT_TYPES = ["meeting", "visit", "call", "agreement", "ratification", "entry-into-force", "exercise", "delegation"];
const PRECISIONS = ["day", "month", "year"];
const DATE_KINDS = ["exact", "weekday", "relative", "month", "year", "offByOne"];

/** Canonical names shared with the people registry, plus two foreign officials the data legitimately needs. */
const CANONICAL_NAMES = new Set([
  "Vladimir Putin", "Kim Jong Un", "Sergey Lavrov", "Choe Son Hui", "Andrei Belousov", "Sergei Shoigu", "Kim Yo Jong",
  "Mikhail Mishustin", "Alexander Kozlov", "Ri Son Gwon", "Kim Tok Hun", "Pak Thae Song", "No Kwang Chol", "Kang Sun Nam",
  "Choe Ryong Hae", "Vyacheslav Volodin", "Valentina Matviyenko", "Alexander Matsegora", "Sin Hong Chol", "Ri Yong Ho",
  "Andrei Rudenko", "Im Chon Il", "Nikolai Patrushev", "Sergei Naryshkin", "Alexander Bortnikov", "Valery Gerasimov",
  "Olga Lyubimova", "Oleg Kozhemyako", "Dmitry Peskov", "Maria Zakharova", "Kim Song Nam", "Pak Jong Chon", "Jo Yong Won",
  "Kim Yong Chol", "Ri Pyong Chol", "Yun Jong Ho", "Igor Morgulov", "Dmitry Medvedev", "Yuri Trutnev", "Alexander Novak",
  "Kim Jae Ryong",
  // Not on the shared list: China's envoy at the 2018 trilateral talks, and North Korea's state security minister (2024).
  "Kong Xuanyou", "Ri Chang Dae",
]);

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function year(s: string): number {
  return Number(s.slice(0, 4));
}

const articleById = new Map(articles.map((a) => [a.id, a]));

describe("demo articles", () => {
  it("has at least 60 articles with unique ids", () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it("has well-formed fields", () => {
    for (const a of articles) {
      expect(a.id, a.id).toMatch(/^demo-\d{3}$/);
      expect(a.url, a.id).toBe(`https://example.org/dyad-demo/${a.id}`);
      expect(a.title.trim().length, a.id).toBeGreaterThan(0);
      expect(a.outlet.trim().length, a.id).toBeGreaterThan(0);
    }
    expect(new Set(articles.map((a) => a.url)).size).toBe(articles.length);
  });

  it("uses 4–5 outlets", () => {
    const outlets = new Set(articles.map((a) => a.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(4);
    expect(outlets.size).toBeLessThanOrEqual(5);
  });

  it("has valid publication dates within 2018–2025", () => {
    for (const a of articles) {
      expect(isValidDate(a.publishedAt), `${a.id} ${a.publishedAt}`).toBe(true);
      expect(year(a.publishedAt), a.id).toBeGreaterThanOrEqual(2018);
      expect(year(a.publishedAt), a.id).toBeLessThanOrEqual(2025);
    }
  });

  it("keeps every article between 80 and 300 words", () => {
    for (const a of articles) {
      const words = a.text.split(/\s+/).filter(Boolean).length;
      expect(words, a.id).toBeGreaterThanOrEqual(80);
      expect(words, a.id).toBeLessThanOrEqual(300);
    }
  });
});

describe("expected events", () => {
  it("has at least 45 distinct events with unique ids", () => {
    expect(events.length).toBeGreaterThanOrEqual(45);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it("has no duplicate event (same type, date, location and participants)", () => {
    const keys = events.map((e) => [e.type, e.date, e.location, [...e.participants].sort().join("|"), e.actor].join("#"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("uses known types, valid dates and precisions, years 2018–2025", () => {
    for (const e of events) {
      expect(EVENT_TYPES, e.id).toContain(e.type);
      expect(PRECISIONS, e.id).toContain(e.datePrecision);
      expect(isValidDate(e.date), `${e.id} ${e.date}`).toBe(true);
      expect(year(e.date), e.id).toBeGreaterThanOrEqual(2018);
      expect(year(e.date), e.id).toBeLessThanOrEqual(2025);
      if (e.datePrecision === "month") expect(e.date.endsWith("-01"), e.id).toBe(true);
      if (e.datePrecision === "year") expect(e.date.endsWith("-01-01"), e.id).toBe(true);
      if (e.endDate !== null) {
        expect(isValidDate(e.endDate), `${e.id} ${e.endDate}`).toBe(true);
        expect(e.endDate >= e.date, e.id).toBe(true);
        expect(year(e.endDate), e.id).toBeLessThanOrEqual(2025);
      }
    }
  });

  it("names participants with canonical spellings, or gives an institutional actor", () => {
    for (const e of events) {
      for (const p of e.participants) expect(CANONICAL_NAMES.has(p), `${e.id}: ${p}`).toBe(true);
      expect(new Set(e.participants).size, e.id).toBe(e.participants.length);
      if (e.participants.length === 0) expect(e.actor, e.id).toBeTruthy();
    }
  });

  it("only lists reporting articles that exist, once each", () => {
    for (const e of events) {
      expect(e.reportedBy.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.reportedBy).size, e.id).toBe(e.reportedBy.length);
      for (const id of e.reportedBy) expect(articleById.has(id), `${e.id} -> ${id}`).toBe(true);
    }
  });

  it("never counts a report published before the event period began (planned events are not events)", () => {
    for (const e of events) {
      for (const id of e.reportedBy) {
        const a = articleById.get(id)!;
        expect(a.publishedAt >= e.date, `${e.id} reported by ${id} on ${a.publishedAt}`).toBe(true);
      }
    }
  });

  it("says how each report gives the date", () => {
    for (const e of events) {
      expect(Object.keys(e.dateAsReported).sort(), e.id).toEqual([...e.reportedBy].sort());
      for (const kind of Object.values(e.dateAsReported)) expect(DATE_KINDS, e.id).toContain(kind);
    }
  });

  it("accounts for every article: it reports an event or is commentary only", () => {
    const reporting = new Set(events.flatMap((e) => e.reportedBy));
    const commentary = new Set(expected.commentaryOnly);
    for (const id of commentary) expect(articleById.has(id), id).toBe(true);
    for (const a of articles) {
      const reports = reporting.has(a.id);
      const isCommentary = commentary.has(a.id);
      expect(reports || isCommentary, `${a.id} neither reports an event nor is commentary`).toBe(true);
      expect(reports && isCommentary, `${a.id} is commentary yet reports an event`).toBe(false);
    }
  });

  it("is a multi-report evaluation set: at least 12 events have 2+ reports", () => {
    const multi = events.filter((e) => e.reportedBy.length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(12);
  });

  it("documents the off-by-one report and the planned mentions", () => {
    expect(expected.dateVariants.length).toBeGreaterThanOrEqual(1);
    for (const v of expected.dateVariants) {
      const e = events.find((x) => x.id === v.event);
      expect(e, v.event).toBeDefined();
      expect(e!.reportedBy, v.article).toContain(v.article);
      expect(e!.dateAsReported[v.article]).toBe("offByOne");
      expect(isValidDate(v.stated) && isValidDate(v.actual)).toBe(true);
      expect(Math.abs(Date.parse(v.stated) - Date.parse(v.actual))).toBe(86_400_000);
    }
    for (const p of expected.plannedMentions) expect(articleById.has(p.article), p.article).toBe(true);
  });
});
