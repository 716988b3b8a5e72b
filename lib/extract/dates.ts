/**
 * Step 3: date expressions in a sentence, resolved against the publication day (or the dateline day).
 * The year is only ever taken from the text itself or from that anchor; precision is never overstated.
 */
import type { DatePrecision } from "./types";

export interface DateValue {
  /** YYYY-MM-DD; first day of the month/year for coarser precision. */
  date: string;
  precision: DatePrecision;
  endDate: string | null;
}

export interface DateMention extends DateValue {
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
  /** The year was not written and was inferred from the anchor. */
  yearInferred: boolean;
  /** Resolved relative to the anchor ("on Tuesday", "yesterday"). */
  relative: boolean;
  /** Coarse by nature ("earlier this month", "last year"). */
  vague: boolean;
  /** Resolved forward because its clause speaks of the future. */
  future?: boolean;
}

export interface DateAnchor {
  /** YYYY-MM-DD publication day. */
  publishedAt: string;
  /** The day relative expressions count from: the dateline day when there is one, else publishedAt. */
  reference?: string | null;
}

export interface FindDatesOptions {
  /** The sentence talks about the future: year-less dates resolve forward. */
  future?: boolean;
  /** The last explicit day mentioned before this sentence, for "the next day" / "the previous day". */
  previousDay?: string | null;
  /** The previous day was named in this sentence's paragraph ("Jan. 16, 2024 — ... talks. Later that day ..."). */
  previousDayInParagraph?: boolean;
  /** The month (YYYY-MM-DD, day 01) the text last named, for "the 13th" and "the end of the month". */
  previousMonth?: string | null;
  /** The month the text last named is far from here or vague: named in an earlier paragraph, or as "the end of last
   * month", so a bare "on the 9th" a few days before the report need not be of it. */
  previousMonthLoose?: boolean;
  /** The last month (YYYY-MM-01) this paragraph wrote out with its year ("in October 2023", "on 3 May 2024"). */
  writtenMonth?: string | null;
  /** The last date of any precision the text named, for "the following year". */
  previousYear?: string | null;
  /** The day the text last told an arrival on ("arriving on Sunday, January 14"), for "two days after her arrival". */
  arrivalDay?: string | null;
  /** The day the text last told a phone call on ("Tuesday's conversation between Putin and Kim"), for "two days after the call". */
  callDay?: string | null;
  /** The day told earlier of the act this sentence's subject retells ("spent Saturday inspecting" for "The inspection"). */
  subjectDay?: string | null;
  /** False reads every pattern, skipping none by its cheap precheck (tests: the prechecks must skip no date). */
  prechecks?: boolean;
}

// ---- calendar helpers (UTC arithmetic on plain numbers; no clock) ----

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const WEEKDAY_TEXT = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/i;
const DAYS_AFTER = /^(a|one|two|three|four|five|six)\s+days?\s+after$/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, several: -1, few: -1,
  // (Anniversaries count in tens: "twenty years ago today".)
  twenty: 20, "twenty-five": 25, thirty: 30, forty: 40, fifty: 50,
};
// "met Putin seventeen years ago", "sixty-three years ago": every count up to 99 written out, for the years-ago patterns.
const UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TEN_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
TEEN_WORDS.forEach((w, i) => (NUMBER_WORDS[w] = 10 + i));
TEN_WORDS.forEach((t, i) => {
  NUMBER_WORDS[t] = 20 + 10 * i;
  UNIT_WORDS.forEach((u, j) => (NUMBER_WORDS[`${t}-${u}`] = 20 + 10 * i + j + 1));
});
/** A count written out in words, one to ninety-nine ("seventeen", "twenty-one"); compounds first, so they match whole. */
const CARDINAL = `(?:${TEN_WORDS.join("|")})(?:-(?:${UNIT_WORDS.join("|")}))?|${TEEN_WORDS.join("|")}|${UNIT_WORDS.join("|")}`;

/** "marks the first anniversary of": the count of years an anniversary named right after a day stands for. */
export const ANNIVERSARY_MARKED = /^\s*(?:,\s*)?(?:marks|marked|will\s+mark|mark)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of\b/i;
const ORDINAL_YEARS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twentieth: 20,
  "twenty-fifth": 25, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

// Counts of days the relative patterns read in words ("thirteen days later"), with NUMBER_WORDS' values.
/** What follows "before" used as an adverb, not opening a clause: a comma, or "he had a" (the sentence's own verb). */
export const BEFORE_AS_ADVERB = /^(?:\s*,|\s+(?:he|she|they)\s+had\s+an?\s)/i;
const DAY_COUNT = "\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen";
const DAYS_COUNTED = new RegExp(`(${DAY_COUNT})\\s+days`, "i");
/** "a year and nineteen days after that": the day that many days on from a year after the one given. */
const YEAR_AND_DAYS_AFTER = /^a\s+year\s+and\s+(\S+)\s+days?\s+(?:after|later\s+than)\s+that$/i;
function countYearAndDays(from: string, count: string): string {
  const [y, mo, d] = ymd(from);
  // (29 February a year on is 1 March.)
  const yearOn = isValidDay(y + 1, mo, d) ? toIsoDate(y + 1, mo, d) : toIsoDate(y + 1, 3, 1);
  return addDays(yearOn, NUMBER_WORDS[count.toLowerCase()] ?? Number(count));
}
// "the same day", "later that day", "later in the day": the day just named (or the news's own). ("Earlier in the day"
// is left undated: it looks back from a day that may itself be only counted, "a day before his summit".)
const SAME_DAY = /same|that\s+day|in\s+the\s+day|day\s+was\s+(?:out|over)/i;
/** After an opening "Today": a subject of up to four words and a present verb of an office or a state ("Choe heads"). */
const NOWADAYS_AFTER_TODAY = /^,?\s+(?:[\p{L}’'-]+\s+){1,4}?(?:heads|chairs|runs|serves\s+as|holds\s+the\s+post|remains|oversees|looks|needs|is\s+no\s+longer)\b/u;
// "Before the day was out, the two signed a declaration": what came later on the day just told.
const DAY_WAS_OUT = /day\s+was\s+(?:out|over)/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
export function toIsoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

function isFullIsoDay(iso: string): boolean {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return false;
  for (const i of ISO_DIGITS) {
    const c = iso.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

function parseIso(iso: string): { y: number; m: number; d: number } {
  // A full "YYYY-MM-DD", nearly every call (diffDays in loops over dates): read digit by digit, no arrays.
  if (isFullIsoDay(iso)) {
    const m = digitAt(iso, 5) * 10 + digitAt(iso, 6);
    const d = digitAt(iso, 8) * 10 + digitAt(iso, 9);
    return { y: digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3), m: m || 1, d: d || 1 };
  }
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m: m || 1, d: d || 1 };
}
function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
/** The first day of the month `months` away from the month of `iso` (negative: back). */
export function addMonths(iso: string, months: number): string {
  const { y, m } = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, 1);
}
function weekdayOf(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
export function diffDays(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  return Math.round((Date.UTC(pa.y, pa.m - 1, pa.d) - Date.UTC(pb.y, pb.m - 1, pb.d)) / 86_400_000);
}

/** Picks the year for a month/day written without one: the latest on or before the anchor (small slack for time zones). */
export function inferYearForDay(month: number, day: number, anchor: string, future = false): number {
  const { y } = parseIso(anchor);
  if (future) {
    for (const cy of [y, y + 1]) if (isValidDay(cy, month, day) && diffDays(toIsoDate(cy, month, day), anchor) >= -1) return cy;
    return y + 1;
  }
  for (const cy of [y + 1, y, y - 1]) {
    if (isValidDay(cy, month, day) && diffDays(toIsoDate(cy, month, day), anchor) <= 2) return cy;
  }
  return y - 1;
}
function inferYearForMonth(month: number, anchor: string, future = false): number {
  const { y, m } = parseIso(anchor);
  if (future) return month >= m ? y : y + 1;
  return month <= m ? y : y - 1;
}

// ---- patterns ----

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
const YEAR = "((?:19|20)\\d{2})(?![\\d-])";
/** "that year", "that same year", "the same year": the year the text last wrote out. */
const SAME_YEAR = "(?:that\\s+(?:same\\s+)?|the\\s+same\\s+)year";
const SAME_YEAR_END = new RegExp(`\\b${SAME_YEAR}$`, "i");
const DASH = "\\s*(?:-|–|—|to|and|through|till|until|thru)\\s*";
/** A day of the month in figures, one or two of them ("4", "04", "31"). */
const NUMERIC_DAY = "(0?[1-9]|[12]\\d|3[01])";
/** A month in figures ("6", "06", "12"). */
const NUMERIC_MONTH = "(0?[1-9]|1[0-2])";
/** "version 2.10.2025", "section 12.3.2021", "No. 1.2.2024": a word that names what the figures after it number. */
const NUMBERED_THING_BEFORE = /\b(?:version|v|release|build|update|firmware|article|art|section|sec|clause|paragraph|para|chapter|item|point|part|no|nos|number|ref|code|§)\.?\s*$/i;

type Resolver = (m: RegExpExecArray, ctx: ResolveContext) => Omit<DateMention, "start" | "end" | "text"> | null;
interface ResolveContext {
  reference: string;
  future: boolean;
  previousDay: string | null;
  previousDayInParagraph: boolean;
  previousMonth: string | null;
  previousMonthLoose: boolean;
  writtenMonth: string | null;
  previousYear: string | null;
  arrivalDay: string | null;
  callDay: string | null;
  subjectDay: string | null;
}

/** A month's number from its name or abbreviation ("Sept.", "june"), 0 when it is none. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

function dayValue(y: number, m: number, d: number, extra: Partial<DateMention> = {}) {
  if (!isValidDay(y, m, d)) return null;
  return { date: toIsoDate(y, m, d), precision: "day" as const, endDate: null, yearInferred: false, relative: false, vague: false, ...extra };
}

/**
 * "June 18 and 19" is a two-day stay; "June 4 and June 17" are two days, each its own event. So days joined by
 * "and" make a range only when they follow each other.
 */
function rangeValue(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number, yearInferred: boolean, written = "") {
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null;
  const start = toIsoDate(y1, m1, d1);
  let end = toIsoDate(y2, m2, d2);
  if (end < start) end = toIsoDate(y2 + 1, m2, d2);
  if (diffDays(end, start) > 62) return null;
  if (/\band\b/i.test(written) && diffDays(end, start) > 1) return null;
  return { date: start, precision: "day" as const, endDate: end === start ? null : end, yearInferred, relative: false, vague: false };
}

function inferredDay(mo: number, d: number, ctx: ResolveContext) {
  const y = inferYearForDay(mo, d, ctx.reference, ctx.future);
  return dayValue(y, mo, d, { yearInferred: true });
}

interface Pattern {
  re: RegExp;
  /** Something every match holds, read cheaply first: most sentences hold none, and skip the pattern. */
  hint?: RegExp;
  resolve: Resolver;
}

// Hints several patterns share (tested once a sentence): a month's name as MONTH writes it, in either case, and a year.
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const MONTH_HINT_ANY_CASE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/i;
const YEAR_HINT = /(?:19|20)\d{2}/;

function monthValue(y: number, mo: number, extra: Partial<DateMention> = {}) {
  return { date: toIsoDate(y, mo, 1), precision: "month" as const, endDate: null, yearInferred: false, relative: false, vague: false, ...extra };
}
function yearValue(y: number, extra: Partial<DateMention> = {}) {
  return { date: toIsoDate(y, 1, 1), precision: "year" as const, endDate: null, yearInferred: false, relative: false, vague: false, ...extra };
}

function resolveWeekday(name: string, modifier: string | undefined, ctx: ResolveContext) {
  const target = WEEKDAYS[name.toLowerCase()];
  const ref = ctx.reference;
  const today = weekdayOf(ref);
  const mod = (modifier ?? "").toLowerCase();
  if (mod === "next" || (ctx.future && mod !== "last" && mod !== "past")) {
    let delta = (target - today + 7) % 7;
    if (mod === "next" && delta === 0) delta = 7;
    return addDays(ref, delta);
  }
  let back = (today - target + 7) % 7;
  if (mod === "last" && back === 0) back = 7;
  // "landed in Pyongyang last Wednesday", written on a Thursday: news names the past week's days bare ("on Wednesday")
  // and yesterday as "yesterday", so "last" on yesterday's weekday is the one a week before. ("Last Friday" written on a
  // Monday is still three days back.) (So is the day before yesterday, which news also names bare: "stepped off his
  // plane last Wednesday", written on a Friday, is nine days back; "last Wednesday" written on a Saturday is still three.)
  if (mod === "last" && (back === 1 || back === 2)) back += 7;
  return addDays(ref, -back);
}

/**
 * The last day the text named, when a phrase counting from it ("two days earlier", "hours later") may: named in the same
 * paragraph, or the phrase opens the sentence. Else null.
 */
function dayJustTold(m: RegExpExecArray, ctx: ResolveContext): string | null {
  return ctx.previousDay !== null && (ctx.previousDayInParagraph || m.index === 0) ? ctx.previousDay : null;
}

/**
 * Months to move a count of years back by its hedge: "nearly 24 years ago" is a little less than 24 years, so the middle
 * of the half-year after the mark (told in October, the signing "nearly 24 years ago" fell early in the later year);
 * "more than 20 years ago" a little more. "About", "some" or no hedge: the mark itself.
 */
function hedgedYearsShift(m: RegExpExecArray): number {
  const before = m.input.slice(Math.max(0, m.index - 20), m.index);
  if (/\b(?:nearly|almost|not\s+quite|just\s+under|close\s+to)\s+$/i.test(before)) return 3;
  if (/\b(?:more\s+than|over|just\s+over)\s+$/i.test(before)) return -3;
  return 0;
}

/** The first day named `name` after `iso`, for "the following Monday" told after a day. */
function weekdayAfter(iso: string, name: string): string {
  return addDays(iso, ((WEEKDAYS[name.toLowerCase()] - weekdayOf(iso) + 6) % 7) + 1);
}

// (Tens too: "thirty years ago" is that year, not the report's.)
const COUNT = `(\\d+|a|${CARDINAL}|several|few)`;

/** The months of a season ("last summer": June to August), for a year-less day told in it. */
const SEASON_MONTHS: Record<string, number[]> = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], fall: [9, 10, 11] };

/**
 * "Kim's decree came two days after ...": a subject that retells an act by a noun of its own, and its verb. `noun` is
 * the noun's pattern, captured where the reader needs the word. One reading for three readers: analyze.ts finds the
 * noun's day, the pattern below counts back from it, and events.ts keeps the subject's owner out of the act after "after".
 */
export function retoldNounSubject(noun = String.raw`\p{Ll}{4,}`): string {
  return String.raw`^(?:The|\p{Lu}[\p{L}-]*['’]s)\s+${noun}\s+(?:came|took\s+place)\s+`;
}

/** "two days after": the count of days after the retold act (captured). */
export const RETOLD_DAYS_AFTER = String.raw`(a|one|two|three|four|five|six)\s+days?\s+after`;

const PATTERNS: Pattern[] = [
  // 2024-01-16
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => dayValue(+m[1], +m[2], +m[3]),
  },
  // "12.08.2025", "on 04.06.2025": European and Russian copy writes a day in figures, day first, with dots. Only a
  // whole day of a real calendar (no "31.06.2025"), standing alone: not part of a longer run of figures ("1.250.000
  // roubles", "Article 4.1.2"), and not a number that names a version, a section or a clause ("version 2.10.2025").
  {
    re: new RegExp(`(?<![\\d.,/-])${NUMERIC_DAY}\\.${NUMERIC_MONTH}\\.${YEAR}(?!\\.?\\d|,\\d)`, "g"),
    resolve: (m) => (NUMBERED_THING_BEFORE.test(m.input.slice(0, m.index)) ? null : dayValue(+m[3], +m[2], +m[1])),
  },
  // "14/09/2024": slashes are written day first in Europe and month first in America, so only a day the two readings
  // cannot confuse (one of the first two numbers above 12) is read; "04/06/2025" could be either and is left.
  {
    re: new RegExp(`(?<![\\d./-])(\\d{1,2})\\/(\\d{1,2})\\/${YEAR}(?![./]?\\d)`, "g"),
    resolve: (m) => {
      const [a, b, y] = [+m[1], +m[2], +m[3]];
      if (a > 12 && b <= 12) return dayValue(y, b, a);
      if (b > 12 && a <= 12) return dayValue(y, a, b);
      return null;
    },
  },
  // June 30 - July 2, 2024
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${DASH}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const m1 = monthNumber(m[1]);
      const m2 = monthNumber(m[3]);
      const y = m[5] ? +m[5] : inferYearForDay(m1, +m[2], ctx.reference, ctx.future);
      return rangeValue(y, m1, +m[2], m2 < m1 ? y + 1 : y, m2, +m[4], !m[5], m[0]);
    },
  },
  // 30 June - 2 July 2024
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}${DASH}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const m1 = monthNumber(m[2]);
      const m2 = monthNumber(m[4]);
      const y = m[5] ? +m[5] : inferYearForDay(m1, +m[1], ctx.reference, ctx.future);
      return rangeValue(y, m1, +m[1], m2 < m1 ? y + 1 : y, m2, +m[3], !m[5], m[0]);
    },
  },
  // January 15-17, 2024 / June 18 and 19
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${DASH}${DAY}(?:,?\\s+${YEAR})?`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const mo = monthNumber(m[1]);
      const y = m[4] ? +m[4] : inferYearForDay(mo, +m[2], ctx.reference, ctx.future);
      if (+m[3] <= +m[2]) return null;
      return rangeValue(y, mo, +m[2], y, mo, +m[3], !m[4], m[0]);
    },
  },
  // from 17 to 19 June 2024 / 17-19 June
  {
    re: new RegExp(`\\b(?:from\\s+|between\\s+)?${DAY}${DASH}${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const mo = monthNumber(m[3]);
      const y = m[4] ? +m[4] : inferYearForDay(mo, +m[1], ctx.reference, ctx.future);
      if (+m[2] <= +m[1]) return null;
      return rangeValue(y, mo, +m[1], y, mo, +m[2], !m[4], m[0]);
    },
  },
  // "on 4 and 17 June 2025": two days a fortnight apart share one month (no range, see rangeValue); the first, written
  // bare, is a day of that month too. Only the bare day is matched: the second is read with its month below.
  // (Not "4 and 5 June", a two-day stay, read as a range above, nor "4 and 17 per cent of June's exports".)
  {
    re: new RegExp(`\\b${DAY}(?=\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?)`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const mo = monthNumber(m[2]);
      const y = m[3] ? +m[3] : inferYearForDay(mo, +m[1], ctx.reference, ctx.future);
      return dayValue(y, mo, +m[1], { yearInferred: !m[3] });
    },
  },
  // January 16, 2024
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, "g"),
    hint: MONTH_HINT,
    resolve: (m) => dayValue(+m[3], monthNumber(m[1]), +m[2]),
  },
  // 16 January 2024
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, "g"),
    hint: MONTH_HINT,
    resolve: (m) => dayValue(+m[3], monthNumber(m[2]), +m[1]),
  },
  // "on 27 October, Juche 114 (2025)", "4 December Juche 113": the same, with the day written before its month.
  // (A Gregorian year in brackets that does not fit the Juche year, "Juche 114 (2024)", is a slip: the day is left.)
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+Juche\\s+(\\d{1,3})(?!\\d)(?:\\s*\\(\\s*${YEAR}\\s*\\))?`, "g"),
    resolve: (m) => {
      const juche = 1911 + Number(m[3]);
      if (m[4] && +m[4] !== juche) return null;
      return dayValue(juche, monthNumber(m[2]), +m[1]);
    },
  },
  // "held in Pyongyang in June Juche 113 (2024)", "on June 19, Juche 113": Pyongyang's calendar counts its years from
  // 1912 (Juche 1), so the Juche year, or the Gregorian one beside it in brackets, is the year written out.
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:${DAY},?\\s+)?Juche\\s+(\\d{1,3})(?!\\d)(?:\\s*\\(\\s*${YEAR}\\s*\\))?`, "g"),
    hint: MONTH_HINT,
    resolve: (m) => {
      const y = m[4] ? +m[4] : 1911 + Number(m[3]);
      return m[2] ? dayValue(y, monthNumber(m[1]), +m[2]) : monthValue(y, monthNumber(m[1]));
    },
  },
  // September 2023
  {
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}`, "g"),
    hint: MONTH_HINT,
    resolve: (m) => monthValue(+m[2], monthNumber(m[1])),
  },
  // "on 4 August that year": the day in the year the text last wrote out (one earlier in the sentence wins: below).
  {
    re: new RegExp(`\\b(?:on\\s+)?(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY})\\s+(?:of\\s+)?${SAME_YEAR}\\b`, "gi"),
    hint: MONTH_HINT_ANY_CASE,
    resolve: (m, ctx) => {
      const y = parseIso(ctx.previousYear ?? ctx.reference).y;
      return dayValue(y, monthNumber(m[2] ?? m[3]), Number(m[1] ?? m[4]), { yearInferred: !ctx.previousYear });
    },
  },
  // 25 July this year / 19 June last year: the day written before its month
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const y = parseIso(ctx.reference).y + (m[3] === "last" ? -1 : m[3] === "next" ? 1 : 0);
      return dayValue(y, monthNumber(m[2]), +m[1], { yearInferred: true });
    },
  },
  // June this year / March last year
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const y = parseIso(ctx.reference).y + (m[2] === "last" ? -1 : m[2] === "next" ? 1 : 0);
      return monthValue(y, monthNumber(m[1]), { yearInferred: true });
    },
  },
  // June 19 last year / June 19 this year
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const y = parseIso(ctx.reference).y + (m[3] === "last" ? -1 : m[3] === "next" ? 1 : 0);
      return dayValue(y, monthNumber(m[1]), +m[2], { yearInferred: true });
    },
  },
  // January 16 (year inferred)
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?![:.]?\\d)`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => inferredDay(monthNumber(m[1]), +m[2], ctx),
  },
  // 16 January (year inferred)
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => inferredDay(monthNumber(m[2]), +m[1], ctx),
  },
  // "Tuesday's talks fell exactly two years after the leaders opened the bridge": the subject's weekday names the news's
  // day, and what follows "after" happened that many years before it, to the day when the text says so ("exactly",
  // "to the day"), else in its month. The weekday is read as that earlier day: the news is told elsewhere, and the
  // sentence's parties and acts are the ones after "after" (read as the news's day, they made a false meeting).
  {
    re: /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s(?=\s+\p{Ll}{4,}\s+(?:came|fell|took\s+place)\s+(exactly\s+|precisely\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(to\s+the\s+day\s+)?after\b)/gu,
    hint: /years?\s+(?:to\s+the\s+day\s+)?after/u,
    resolve: (m, ctx) => {
      const news = parseIso(resolveWeekday(m[1], "past", { ...ctx, future: false }));
      const y = news.y - (NUMBER_WORDS[m[3].toLowerCase()] ?? 1);
      if (!m[2] && !m[4]) return monthValue(y, news.m, { yearInferred: true, relative: true });
      const day = dayValue(y, news.m, news.d);
      return day ? { ...day, yearInferred: true, relative: true } : null;
    },
  },
  // "held talks on Thursday of last week": that weekday in the calendar week (Monday to Sunday) before the report's,
  // not the last such weekday, which may fall in the report's own week. Likewise "of this week" and "of next week".
  {
    re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+of\s+(last|this|next)\s+week\b/gi,
    hint: /week/i,
    resolve: (m, ctx) => {
      const which = m[2].toLowerCase();
      const shift = which === "last" ? -7 : which === "next" ? 7 : 0;
      const monday = addDays(ctx.reference, -((weekdayOf(ctx.reference) + 6) % 7) + shift);
      return { ...dayValue(...ymd(addDays(monday, (WEEKDAYS[m[1].toLowerCase()] + 6) % 7)))!, yearInferred: true, relative: true };
    },
  },
  // "A week ago Friday, the two leaders lunched together": that weekday a week (or more) before its latest occurrence
  // before the report's day, not the Friday just gone nor the month of a week ago.
  {
    re: /\b(a|one|two|three)\s+weeks?\s+ago\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    hint: /ago/i,
    resolve: (m, ctx) => {
      const weeks = NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      const latest = resolveWeekday(m[2], "past", { ...ctx, future: false });
      const iso = addDays(latest === ctx.reference ? addDays(latest, -7) : latest, -7 * weeks);
      return { ...dayValue(...ymd(iso))!, yearInferred: true, relative: true };
    },
  },
  // "A year ago, on 3 June 2021, the minister came to Pyongyang. ... He landed that Thursday": "that" points back to
  // the day the text last told (in any paragraph), so the weekday is the one of that day's week (Monday to Sunday), not
  // the last one before the report. ("reported on Saturday ... Earlier that Friday" is the day before.) Without a told
  // day, or after a verb of saying ("said that Thursday's talks"), where "that" opens a clause, the plain weekday below.
  {
    re: /(?<!\b(?:said|says|say|announced|added|noted|reported|confirmed|stated|explained|insisted|warned|believed|believes|hoped|hopes|expected|expects|thought|knew|so|now|such)\s+)\bthat\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)/g,
    hint: /that\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    resolve: (m, ctx) => {
      if (!ctx.previousDay) return null;
      const monday = addDays(ctx.previousDay, -((weekdayOf(ctx.previousDay) + 6) % 7));
      const day = addDays(monday, (WEEKDAYS[m[1].toLowerCase()] + 6) % 7);
      return { ...dayValue(...ymd(day))!, yearInferred: true, relative: true };
    },
  },
  // weekdays: on Tuesday, last Friday, Monday night
  {
    // ("Last Friday" opening a sentence is "last Friday": a week back when written on a Friday.)
    re: /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Oo]n|late|early|the\s+following)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    hint: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    resolve: (m, ctx) => {
      // "Putin signed the law three days after that. Kim's decree came the following Monday": the first such weekday
      // after the day just told in the paragraph (or earlier in the sentence, see findDateMentions), else no date.
      if (/following/.test(m[1] ?? "")) return ctx.previousDay && ctx.previousDayInParagraph ? { ...dayValue(...ymd(weekdayAfter(ctx.previousDay, m[2])))!, yearInferred: true, relative: true } : null;
      // "his motorcade left for the island, the site of Thursday's summit", written on a Wednesday: a bare weekday owning
      // an event is within the week either way, and the one six days back would be "last Thursday's"; it is tomorrow,
      // an event still to come, which dates nothing told as done.
      if (!m[1] && !ctx.future && /^['’]s\s/.test(m.input.slice(m.index + m[0].length)) && addDays(ctx.reference, 1) === resolveWeekday(m[2], "next", ctx)) return { ...dayValue(...ymd(addDays(ctx.reference, 1)))!, yearInferred: true, relative: true, future: true };
      return { ...dayValue(...ymd(resolveWeekday(m[2], m[1], ctx)))!, yearInferred: true, relative: true };
    },
  },
  // "exactly one year ago today": an anniversary names the day
  {
    re: new RegExp(`\\b(?:exactly\\s+)?(a|${CARDINAL}|\\d+)\\s+years?\\s+ago\\s+(?:today|this\\s+day)\\b`, "gi"),
    hint: /ago/i,
    resolve: (m, ctx) => {
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      const { y, m: mo, d } = parseIso(ctx.reference);
      return dayValue(y - n, mo, d, { yearInferred: true, relative: true });
    },
  },
  // "Two years ago this month, the minister landed in Pyongyang": this month of that many years back, no finer (not
  // this month, as "this month" alone would read).
  {
    // ("A year ago this week, the envoy flew in": this week of that many years back, told at the month it falls in.)
    // ("Twelve months ago this week": a count of months in whole years is that many years back in the same way.)
    // ("A decade ago this week, the leader's train rolled in": ten years to a decade.)
    re: new RegExp(`\\b(a|${CARDINAL}|\\d+)\\s+(years?|months|decades?)\\s+ago\\s+this\\s+(?:month|week)\\b`, "gi"),
    hint: /ago/i,
    resolve: (m, ctx) => {
      const count = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      if (/^months$/i.test(m[2]) && count % 12 !== 0) return null;
      const n = /^months$/i.test(m[2]) ? count / 12 : /^decades?$/i.test(m[2]) ? count * 10 : count;
      const { y, m: mo } = parseIso(ctx.reference);
      return n > 0 ? monthValue(y - n, mo, { yearInferred: true, relative: true }) : null;
    },
  },
  // "a fortnight ago yesterday", "two weeks ago today": counted back in whole weeks from the day named, so a day too.
  {
    re: /\b(?:exactly\s+)?(?:(a|one|two|three|four|\d+)\s+weeks?|(a)\s+fortnight)\s+ago\s+(today|yesterday)\b/gi,
    hint: /ago/i,
    resolve: (m, ctx) => {
      const weeks = m[2] ? 2 : NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      const { y, m: mo, d } = parseIso(addDays(ctx.reference, (/yesterday/i.test(m[3]) ? -1 : 0) - 7 * weeks));
      return dayValue(y, mo, d, { yearInferred: true, relative: true });
    },
  },
  // "on Wednesday, a day after Shoigu flew into Pyongyang": what follows happened that long before the day just
  // named. Only found here: findDateMentions dates it from that day, or drops it when no day comes right before the
  // comma.
  {
    re: /(?<=,\s{1,3})\b(a|one|two|three|four|five|six)\s+days?\s+after\b/gi,
    hint: /days?\s+after/i,
    resolve: (_m, ctx) => ({ ...dayValue(...ymd(ctx.reference))!, yearInferred: true, relative: true }),
  },
  // "Three days after the summit, Shoigu showed Kim the bombers": a sentence opening by counting on from the meeting or
  // visit just told is that many days after the last day its paragraph named, else no date (which event "the summit" is
  // cannot be told from further back).
  {
    re: /^(a|one|two|three|four|five|six)\s+days?\s+after\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:summit|talks|meeting|visit|trip)(?=\s*,)/giu,
    resolve: (m, ctx) => {
      if (!ctx.previousDay || !ctx.previousDayInParagraph) return null;
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      return { ...dayValue(...ymd(addDays(ctx.previousDay, n)))!, yearInferred: true, relative: true };
    },
  },
  // "Two days after her arrival she sat down with Lavrov": counted on from the day the text told the arrival on, else
  // no date (the last day named may be her departure).
  {
    re: /^(a|one|two|three|four|five|six)\s+days?\s+after\s+(?:his|her|their)\s+arrival\b/gi,
    resolve: (m, ctx) => (ctx.arrivalDay ? { ...dayValue(...ymd(addDays(ctx.arrivalDay, NUMBER_WORDS[m[1].toLowerCase()] ?? 1)))!, yearInferred: true, relative: true } : null),
  },
  // "Two days after the call, the delegation landed": counted on from the day the text told the call on, which may be
  // paragraphs back (a call is told once), else no date (not the report's day, nor the last day named, which may be
  // another event's).
  {
    re: /^(a|one|two|three|four|five|six)\s+days?\s+after\s+(?:the|that|this|their)\s+(?:phone\s+|telephone\s+)?(?:call|conversation)(?=\s*,)/gi,
    resolve: (m, ctx) => (ctx.callDay ? { ...dayValue(...ymd(addDays(ctx.callDay, NUMBER_WORDS[m[1].toLowerCase()] ?? 1)))!, yearInferred: true, relative: true } : null),
  },
  // "Her trip to Moscow last Monday ... She was received by Putin on the day she arrived": the day the text told the
  // arrival (or the trip) on, else no date (the last day named may be another event's).
  {
    re: /(?<=\bon\s+)the\s+day\s+(?:(?:he|she|they)\s+(?:had\s+)?(?:arrived|landed)|of\s+(?:his|her|their)\s+arrival)\b/gi,
    hint: /day\s+(?:he|she|they|of)\b/i,
    resolve: (_m, ctx) => (ctx.arrivalDay ? { ...dayValue(...ymd(ctx.arrivalDay))!, yearInferred: true, relative: true } : null),
  },
  // "On the day after he crossed the border, Ishayev walked him across the dam": the day after the one the text told
  // the arrival on (not after the last day named, which may be his departure), else left to "the day after" below.
  {
    re: /(?<=^(?:On\s+)?)the\s+day\s+after(?=\s+(?:he|she|they)\s+(?:had\s+)?(?:arrived|landed|crossed\s+the\s+border|crossed\s+into)\b)/gi,
    hint: /day\s+after/i,
    resolve: (_m, ctx) => (ctx.arrivalDay ? { ...dayValue(...ymd(addDays(ctx.arrivalDay, 1)))!, yearInferred: true, relative: true } : null),
  },
  // "The inspection of the bombers came the day after Kim visited the plant": the day before the one the text told the
  // inspecting on, when it did; else left to "the day after" below.
  {
    re: /(?<=^The\s+\p{Ll}{4,}ion\s+(?:of\s+[^,;:]*?\s+)?(?:came|took\s+place)\s+)the\s+day\s+after\b/gu,
    hint: /day\s+after/u,
    resolve: (_m, ctx) => (ctx.subjectDay ? { ...dayValue(...ymd(addDays(ctx.subjectDay, -1)))!, yearInferred: true, relative: true } : null),
  },
  // "Kim's decree came two days after Putin signed the law": that many days before the day the text told the decree
  // on (findRetoldNounDay), else no date.
  {
    re: new RegExp(`(?<=${retoldNounSubject()})${RETOLD_DAYS_AFTER}\\b`, "gu"),
    hint: /days?\s+after/u,
    resolve: (m, ctx) => (ctx.subjectDay ? { ...dayValue(...ymd(addDays(ctx.subjectDay, -(NUMBER_WORDS[m[1].toLowerCase()] ?? 1))))!, yearInferred: true, relative: true } : null),
  },
  // "The visit comes two days after Kim and Putin held phone talks": told in the present, the visit is the report's
  // news, so what follows is that many days before the report's day. ("came", in a retelling, names no such day.)
  // ("The current visit comes 13 days after his previous trip": a count up to a month, in words or figures.)
  {
    re: /\bcomes\s+(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[1-9]|[12]\d|3[01])\s+days?\s+after\b/gi,
    resolve: (m, ctx) => ({ ...dayValue(...ymd(addDays(ctx.reference, -(NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])))))!, yearInferred: true, relative: true }),
  },
  // "A year and nineteen days after that, the two met again": a year and a count of days on from the last day the text
  // named; with no day named before, no date. (Not "a year and a half after that", no count of days.)
  {
    re: /\ba\s+year\s+and\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|[1-9]|[1-2]\d)\s+days?\s+(?:after|later\s+than)\s+that\b/gi,
    hint: /year\s+and/i,
    resolve: (m, ctx) => (ctx.previousDay ? { ...dayValue(...ymd(countYearAndDays(ctx.previousDay, m[1])))!, yearInferred: true, relative: true } : null),
  },
  // "Two days after that, in Komsomolsk, ...": counted on from the last day the text named, else no date
  {
    re: /\b(a|one|two|three|four|five|six)\s+days?\s+(?:after|later\s+than)\s+that\b(?!\s+(?:visit|trip|meeting|summit|talks|call|treaty|agreement))/gi,
    hint: /(?:after|later\s+than)\s+that/i,
    // (With no day before the sentence it is kept for now: a day named earlier in the sentence may still anchor it,
    // below; else it is dropped there.)
    resolve: (m, ctx) => {
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      return { ...dayValue(...ymd(addDays(ctx.previousDay ?? ctx.reference, n)))!, yearInferred: true, relative: true };
    },
  },
  // "The trip came a year to the day after Kim met Putin": that many years before the news, whose day the sentence
  // does not give, so at month precision (not the day after the last day named).
  {
    re: /\b(a|one|two|three|four|five|six)\s+years?\s+to\s+the\s+day\s+(?:after|since)\b/gi,
    hint: /to\s+the\s+day/i,
    resolve: (m, ctx) => {
      const ref = parseIso(ctx.reference);
      return monthValue(ref.y - (NUMBER_WORDS[m[1].toLowerCase()] ?? 1), ref.m, { yearInferred: true });
    },
  },
  // relative single days ("the next morning" is the next day, at a time of it; "the same afternoon" is left to the
  // event it follows; "their summit talks that day": an occasion's "that day" is the day just named)
  {
    re: new RegExp(`\\b(yesterday|last\\s+night|today|tonight|tomorrow|this\\s+(?:morning|afternoon|evening)|(?:on\\s+)?the\\s+(?:previous|preceding|following|next|same)\\s+day|the\\s+(?:following|next)\\s+(?:morning|afternoon|evening)|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+day|later\\s+in\\s+the\\s+day|that\\s+same\\s+day|before\\s+the\\s+day\\s+was\\s+(?:out|over)|(?<=\\b(?:talks|summit|meeting|signing|ceremony)\\s+)that\\s+day|the\\s+day\\s+(?:before|after)|a\\s+day\\s+(?:earlier|before|later)|(?:(${DAY_COUNT})\\s+days\\s+(?:ago|earlier|later)))\\b`, "gi"),
    hint: /day|night|tomorrow|morning|afternoon|evening/i,
    resolve: (m, ctx) => {
      const w = m[1].toLowerCase();
      // "On the same day, Putin received her" opening a sentence after a paragraph recalling last year's events: the
      // same day as the news the report is about, not as the last day recalled.
      // (A caption's "Jan. 16, 2024 — Choe and Lavrov at talks. Later that day she was received by Putin": a day named
      // in the same paragraph is the one meant.)
      // ("Lavrov arrived the day before", in a paragraph after one recalling last year's first round: the day before
      // the news, too.)
      const recalled = ctx.previousDay !== null && !ctx.previousDayInParagraph && Math.abs(diffDays(ctx.reference, ctx.previousDay)) > 30;
      // ("Before the day was out, they signed a declaration" ends the day just told, however far back.)
      // (Nor does a timeline's entry headed "2. The same day - A joint declaration": the day of the entry before it.)
      const heading = /^\s*[-–—]\s/.test(m.input.slice(m.index + m[0].length));
      const opening = recalled && ((m.index <= 3 && SAME_DAY.test(w) && !DAY_WAS_OUT.test(w) && !heading) || /^the\s+day\s+before$/.test(w));
      // ("Later in the day, Kim received him" after a paragraph that named other days: the news's own day.)
      const fromNews = opening || (/in\s+the\s+day/.test(w) && !ctx.previousDayInParagraph);
      const base = fromNews ? ctx.reference : ctx.previousDay ?? ctx.reference;
      let iso: string;
      // ("landed at Sunan airport last night", in the morning's report: the night before the report's day.)
      // ("Today Choe heads the Standing Committee": a sentence's opening "Today" before its subject and a verb of
      // holding an office or a state is "nowadays", no day; "Today Choe meets Lavrov" is the news's day.)
      if (w === "today" && m.index <= 3 && NOWADAYS_AFTER_TODAY.test(m.input.slice(m.index + m[0].length))) return null;
      if (w === "yesterday" || /^last\s+night$/.test(w)) iso = addDays(ctx.reference, -1);
      else if (w === "today" || w === "tonight" || w.startsWith("this")) iso = ctx.reference;
      else if (w === "tomorrow") iso = addDays(ctx.reference, 1);
      else if (SAME_DAY.test(w)) iso = base;
      else if (/previous|preceding|before|earlier/.test(w) && !/days/.test(w)) iso = addDays(base, -1);
      else if (/following|next|after|later/.test(w) && !/days/.test(w)) iso = addDays(base, 1);
      else {
        const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
        if (!(n > 0)) return null;
        // ("Then on August 14 Kim received Volodin. Two days earlier, Putin had phoned him": "earlier", unlike "ago",
        // counts back from the day just told, in the paragraph or opening the sentence.)
        const told = dayJustTold(m, ctx);
        iso = w.includes("later") ? addDays(base, n) : w.includes("earlier") && told ? addDays(told, -n) : addDays(ctx.reference, -n);
      }
      return { ...dayValue(...ymd(iso))!, yearInferred: true, relative: true };
    },
  },
  // "... ushered into the Kremlin on January 16th. Hours earlier she had sat across from Lavrov": hours from the day
  // just named are on that day, when it was named in the paragraph or the phrase opens the sentence (else no date).
  {
    re: /\b(?:(?:a\s+few|several|some|two|three|four|five|six)\s+)?hours\s+(?:earlier|later)\b/gi,
    hint: /hours/i,
    resolve: (m, ctx) => {
      const told = dayJustTold(m, ctx);
      return told ? { ...dayValue(...ymd(told))!, yearInferred: true, relative: true } : null;
    },
  },
  // "He recalled that two days before he had a telephone conversation with Putin": "before" with no clause of its own
  // (a comma, or the sentence's own subject and "had a" right after it) counts back from the day just named.
  // ("Two days before he landed, Putin telephoned Kim" is a clause of its own: left alone.)
  {
    re: new RegExp(`\\b(${DAY_COUNT})\\s+days\\s+before(?=${BEFORE_AS_ADVERB.source.slice(1)})`, "gi"),
    hint: /days\s+before/i,
    resolve: (m, ctx) => {
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      if (!(n > 0)) return null;
      return { ...dayValue(...ymd(addDays(ctx.previousDay ?? ctx.reference, -n)))!, yearInferred: true, relative: true };
    },
  },
  // "a few days later": the day is unknown, the month of the day counted from
  {
    re: /\b(?:a\s+few|several|some)\s+days\s+(later|earlier|before|after|ago)\b/gi,
    hint: /(?:few|several|some)\s+days/i,
    resolve: (m, ctx) => {
      const base = /ago/i.test(m[1]) ? ctx.reference : ctx.previousDay ?? ctx.reference;
      const iso = addDays(base, /later|after/i.test(m[1]) ? 3 : -3);
      return monthValue(...(ymd(iso).slice(0, 2) as [number, number]), { yearInferred: true, relative: true, vague: true });
    },
  },
  // ("Putin signed the law on 9 November. Kim ratified it by decree shortly afterwards": soon after the day the
  // paragraph last named, in its month as far as the text says; not the report's day.)
  {
    re: /\b(?:shortly|soon)\s+(?:afterwards?|thereafter|after\s+(?:that|this))\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.previousDay || !ctx.previousDayInParagraph) return null;
      return monthValue(...(ymd(ctx.previousDay).slice(0, 2) as [number, number]), { yearInferred: true, relative: true, vague: true });
    },
  },
  // "earlier in the week", "at the end of the month": the month of the reference day
  {
    re: /\b(?:(?:earlier|later)\s+in\s+the\s+(week|month)|at\s+the\s+(?:start|beginning|end)\s+of\s+the\s+(week|month)|(?:early|late)\s+in\s+the\s+(week|month))\b/gi,
    hint: /week|month/i,
    // "the week" is the report's week; "the month" may be the one the text is walking through.
    resolve: (m, ctx) => {
      const week = /week/i.test(m[0]);
      return monthValue(...(ymd(week ? ctx.reference : ctx.previousMonth ?? ctx.reference).slice(0, 2) as [number, number]), { yearInferred: true, relative: true, vague: true });
    },
  },
  // "crossed the border on the 3rd of last month": that day of the month before the report's (not of the month the
  // text last named, nor a year back).
  {
    re: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(last|this)\s+month\b/gi,
    hint: /month/i,
    resolve: (m, ctx) => {
      const [y, mo] = ymd(addMonths(ctx.reference, /last/i.test(m[2]) ? -1 : 0));
      return dayValue(y, mo, +m[1], { yearInferred: true, relative: true });
    },
  },
  // "on the 13th": a day of the month the text is talking about
  // ("The protocol of the 10th meeting of the committee was signed": an ordinal before a gathering's noun counts
  // gatherings, as "the 10th session" does; it is no day.)
  {
    re: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|time|round|session|congress|plenary|party|floor|day\s+of|meeting|summit|plenum|conference|convocation|birthday))/gi,
    resolve: (m, ctx) => {
      // ("held a summit at the Kremlin on the 4th (local time)", in a report of the 5th: with no month named yet, a day
      // "on the Nth" a few days back is of the report's own month, as Korean papers write it.)
      const [ry, rmo, rd] = ymd(ctx.reference);
      const newsMonth = toIsoDate(ry, rmo, 1);
      const toldOn = !ctx.future && /^on\s/i.test(m[0]);
      const ownMonth = toldOn && +m[1] <= rd && rd - +m[1] <= 11;
      if (!ctx.previousMonth) {
        if (!ownMonth) return null;
        return dayValue(ry, rmo, +m[1], { yearInferred: true, relative: true });
      }
      // ("The treaty signed in June ... ¶ Kim signed the decree on the 11th", in a report of the 12th; "visited at the
      // end of last month and held talks on the 1st": a month named paragraphs back, or only as the end of the one
      // before, does not hold a day "on the Nth" that fits the report's own month; that month does.)
      if (ctx.previousMonthLoose && ownMonth && ctx.previousMonth < newsMonth) return dayValue(ry, rmo, +m[1], { yearInferred: true, relative: true });
      // ("Her visit began on the 30th of last month. On the 2nd, she held talks with Lavrov": a day below the one just
      // told, in the month before the report's, is further on in the story, so in the report's own month.)
      const toldDay = ctx.previousDay && ctx.previousDayInParagraph && ctx.previousDay.slice(0, 7) === ctx.previousMonth.slice(0, 7) ? ctx.previousDay : null;
      if (toldDay && ownMonth && +m[1] < +toldDay.slice(8, 10) && ctx.previousMonth === addMonths(newsMonth, -1)) return dayValue(ry, rmo, +m[1], { yearInferred: true, relative: true });
      // ("Belousov arrived on the 29th. ... the treaty signed in June is about to take effect. Kim signed the decree on
      // the 11th", in a report of the 30th: a month named in passing, three or more months before the report's, after
      // the story had told days of the report's own month, is background; the bare day is the news's, in the report's
      // month, or the month before when it is later than the report's day.)
      const toldRecent = ctx.previousDay !== null && ctx.previousDay >= addMonths(newsMonth, -1) && ctx.previousDay.slice(0, 7) !== ctx.previousMonth.slice(0, 7);
      if (toldOn && toldRecent && ctx.previousMonth <= addMonths(newsMonth, -3)) {
        const [ny, nmo] = ymd(+m[1] <= rd ? newsMonth : addMonths(newsMonth, -1));
        if (isValidDay(ny, nmo, +m[1])) return dayValue(ny, nmo, +m[1], { yearInferred: true, relative: true });
      }
      const [y, mo] = ymd(ctx.previousMonth);
      return dayValue(y, mo, +m[1], { yearInferred: true, relative: true });
    },
  },
  // "Two months after that, Kim went to Russia": counted on from the month the text last named, else no date (the
  // report's day is not what "that" points to).
  {
    re: /\b(a|one|two|three|four|six)\s+(weeks?|months?)\s+(?:after|later\s+than)\s+(?:that|this)\b(?!\s+(?:visit|trip|meeting|summit|talks|call|treaty|agreement))/gi,
    hint: /(?:week|month)s?\s+(?:after|later\s+than)/i,
    resolve: (m, ctx) => {
      if (!ctx.previousMonth) return null;
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      const iso = /week/i.test(m[2]) ? addDays(ctx.previousMonth, 7 * n) : addMonths(ctx.previousMonth, n);
      return monthValue(...(ymd(iso).slice(0, 2) as [number, number]), { yearInferred: true, relative: true, vague: true });
    },
  },
  // "Five months later Putin became the first Russian leader to visit": a sentence that opens by counting on from the
  // month the text last named is that many months after it (never counted from the report), else no date
  // ("About two months later, during the leader's tour, ...": a rough count is counted on the same way.)
  // ("The foreign minister travelled to the capital about a month later.": so is a count that ends the sentence.)
  {
    re: /(?:^|[.;:]\s+|\b(?:and|but|then)\s+)(?:(?:about|some|roughly|around|nearly|almost|barely|just|only)\s+)?(a|one|two|three|four|five|six|seven)\s+(months?)\s+later\b(?!\s+than)|\b(?:(?:about|some|roughly|around|nearly|almost|barely|just|only)\s+)?(a|one|two|three|four|five|six|seven)\s+(months?)\s+later(?=\s*[.!]?\s*$)/gi,
    hint: /months?\s+later/i,
    resolve: (m, ctx) => {
      if (!ctx.previousMonth) return null;
      const n = NUMBER_WORDS[(m[1] ?? m[3]).toLowerCase()] ?? 1;
      const iso = addMonths(ctx.previousMonth, n);
      return monthValue(...(ymd(iso).slice(0, 2) as [number, number]), { yearInferred: true, relative: true, vague: true });
    },
  },
  // "came a month after Choe visited Moscow": the event is that long before the report
  {
    re: /\b(a|one|two|three|four|five|six|seven)\s+(weeks?|months?)\s+after\b(?!\s+(?:that|this)\b(?!\s+(?:visit|trip|meeting|summit|talks|call|treaty|agreement)))/gi,
    hint: /(?:week|month)s?\s+after/i,
    resolve: (m, ctx) => {
      // ("Barely two months after taking office, Lavrov was back in Pyongyang": opening the sentence, it counts on
      // from a time the sentence does not give, not back from the report's; no date.)
      if (/^(?:(?:barely|just|only|some|about|nearly|almost|less\s+than|more\s+than|over)\s+)?$/i.test(m.input.slice(0, m.index))) return null;
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      // ("Shoigu flies in on 13 September 2024 ... it comes less than three months after the two signed the treaty":
      // "it" is what the paragraph just told, so the count goes back from that day, not from the report's.)
      const itComes = /\b(?:it|this)\s+(?:comes|came)\s+(?:(?:barely|just|only|some|about|nearly|almost|less\s+than|more\s+than|over)\s+)?$/i.test(m.input.slice(0, m.index));
      const base = itComes && ctx.previousDay && ctx.previousDayInParagraph ? ctx.previousDay : ctx.reference;
      const iso = /week/i.test(m[2]) ? addDays(base, -7 * n) : addMonths(base, -n);
      return monthValue(...(ymd(iso).slice(0, 2) as [number, number]), { yearInferred: true, relative: true, vague: true });
    },
  },
  // "accompanied the leader on his tour of the Far East later that year": the year the text last named, no month of
  // it. (Not "later that year, in October", whose month is read with the year below.)
  {
    re: /\b(?:later|earlier)\s+(?:that|the\s+same)\s+year\b(?!\s*,\s*(?:in|on)\b)/gi,
    hint: /(?:that|same)\s+year/i,
    resolve: (m, ctx) => {
      // ("led a delegation there in July 2020 and went with the leader to the Far East later that year": a year written
      // earlier in the sentence is the one meant.)
      const own = [...m.input.slice(0, m.index).matchAll(/\b(?:19|20)\d\d\b/g)].pop();
      const base = ctx.previousYear ?? ctx.previousMonth;
      const y = own ? +own[0] : base ? parseIso(base).y : null;
      return y ? yearValue(y, { yearInferred: true, relative: true, vague: true }) : null;
    },
  },
  // "the following year", "a year earlier": counted from the year the text last named
  {
    re: /\b(?:the\s+(following|next|previous|preceding)\s+year|a\s+year\s+(later|earlier|before))\b/gi,
    hint: /year/i,
    resolve: (m, ctx) => {
      const base = ctx.previousYear ?? ctx.previousMonth;
      if (!base) return null;
      const back = /previous|preceding|earlier|before/i.test(m[1] ?? m[2]);
      return yearValue(parseIso(base).y + (back ? -1 : 1), { yearInferred: true, relative: true, vague: true });
    },
  },
  // coarse relative periods
  {
    re: new RegExp(
      `\\b((?:earlier|later|late|early)\\s+(?:this|last)\\s+(?:week|month|year)|this\\s+week\\s+and\\s+(?:last|the\\s+week\\s+before)|(?:this|last|past|next)\\s+(?:week|weekend|month|year)|over\\s+the\\s+weekend|${COUNT}\\s+(?:weeks|months|years)\\s+ago|a\\s+(?:week|month|year)\\s+ago)\\b`,
      "gi",
    ),
    hint: /week|month|year/i,
    resolve: (m, ctx) => {
      // ("spent several days in Russia this week and last": a stay over two weeks began in the earlier one, so it is
      // read as "last week".)
      const w = /^this\s+week\s+and\b/i.test(m[1]) ? "last week" : m[1].toLowerCase();
      const ref = parseIso(ctx.reference);
      const extra = { yearInferred: true, relative: true, vague: true };
      const shiftMonth = (k: number) => monthValue(...(ymd(addMonths(ctx.reference, k)).slice(0, 2) as [number, number]), extra);
      if (/ago/.test(w)) {
        const num = w.match(/^([\w-]+)/)![1];
        const n = w.startsWith("a ") ? 1 : NUMBER_WORDS[num] ?? Number(num);
        if (!(n > 0)) return null;
        if (w.includes("week")) {
          const iso = addDays(ctx.reference, -7 * n);
          return monthValue(...(ymd(iso).slice(0, 2) as [number, number]), extra);
        }
        // ("Twelve months ago, few paid attention when the minister flew in": a count of months in whole years is a round
        // figure, as loose as "a year ago", so the year that many back, no finer.)
        if (w.includes("month") && n % 12 === 0) return yearValue(parseIso(addMonths(ctx.reference, -n)).y, extra);
        if (w.includes("month")) return shiftMonth(-n);
        return yearValue(parseIso(addMonths(ctx.reference, -12 * n + hedgedYearsShift(m))).y, extra);
      }
      if (w.includes("next")) {
        if (w.includes("year")) return yearValue(ref.y + 1, extra);
        if (w.includes("month")) return shiftMonth(1);
        return monthValue(...(ymd(addDays(ctx.reference, 7)).slice(0, 2) as [number, number]), extra);
      }
      const last = /\b(last|past)\b/.test(w) && !/this/.test(w);
      if (w.includes("year")) return yearValue(last ? ref.y - 1 : ref.y, extra);
      if (w.includes("month")) return shiftMonth(last ? -1 : 0);
      // weeks and weekends: the day is not determinable, so the month of that week.
      const iso = addDays(ctx.reference, last ? -7 : w.includes("weekend") ? -((weekdayOf(ctx.reference) + 1) % 7) : 0);
      // ("Choe held talks in Moscow last week", written on Wednesday 6 November: the week before ran from Monday 28
      // October to Sunday 3 November, so the month it began in, reaching to that Sunday; the talks may have been on
      // the 1st.)
      if (w === "last week") {
        const monday = addDays(ctx.reference, -((weekdayOf(ctx.reference) + 6) % 7) - 7);
        const sunday = addDays(monday, 6);
        if (monday.slice(0, 7) !== sunday.slice(0, 7)) return { ...monthValue(...(ymd(monday).slice(0, 2) as [number, number]), extra), endDate: sunday };
      }
      return monthValue(...(ymd(iso).slice(0, 2) as [number, number]), extra);
    },
  },
  // "visited Pyongyang last summer": the year of that season, no finer. "Last summer" in March or July is the previous
  // year's, in October this year's; in the month right after the season it could be either, so no date.
  {
    re: /\b(last|this|past)\s+(spring|summer|autumn|fall)\b/gi,
    hint: /spring|summer|autumn|fall/i,
    resolve: (m, ctx) => {
      const ref = parseIso(ctx.reference);
      const extra = { yearInferred: true, relative: true, vague: true };
      if (/this/i.test(m[1])) return yearValue(ref.y, extra);
      const seasonEnd = SEASON_MONTHS[m[2].toLowerCase()][2];
      if (ref.m <= seasonEnd) return yearValue(ref.y - 1, extra);
      return ref.m >= seasonEnd + 2 ? yearValue(ref.y, extra) : null;
    },
  },
  // "In September that year": the month of the year the text last wrote out (see "that July" below).
  {
    re: new RegExp(`\\b(?:in\\s+)?${MONTH}\\s+(?:of\\s+)?${SAME_YEAR}\\b`, "gi"),
    hint: MONTH_HINT_ANY_CASE,
    resolve: (m, ctx) => (ctx.previousYear ? monthValue(parseIso(ctx.previousYear).y, monthNumber(m[1]), { yearInferred: false }) : null),
  },
  // in June / early June / the June summit (year inferred); "May" and "March" need a preposition.
  // ("Kim was in China as recently as May": "as recently as" is such a preposition, the month a time gone by.)
  {
    // (The word before may open the sentence: "In March the secretary held talks".)
    re: new RegExp(`(?:\\b(${anyCase("as recently as|in|since|during|until|till|by|from|early|late|mid|earlier|later|last|this|next|of|the|through|before|after|between|and|that")})\\s+|\\bmid-|(['’]s)\\s+)?\\b${MONTH}(?![\\w-]|\\s*\\d)`, "g"),
    hint: MONTH_HINT,
    resolve: (m, ctx) => {
      const mo = monthNumber(m[3]);
      // "who visited Pyongyang that July": the month of the year the text last wrote out.
      // (An earlier year in the same sentence wins: see findDateMentions.)
      if ((m[1] ?? "").toLowerCase() === "that") return monthValue(ctx.previousYear ? parseIso(ctx.previousYear).y : parseIso(ctx.reference).y, mo, { yearInferred: true });
      if (!m[1] && !m[2] && /^(May|March|Mar)/.test(m[3]) && !m[0].startsWith("mid-")) return null;
      const mod = (m[1] ?? "").toLowerCase();
      // ("70 years this October since ...", written in June: "this" names the month of the report's own year, whether
      // gone or still ahead.)
      if (mod === "this") return monthValue(parseIso(ctx.reference).y, mo, { yearInferred: true });
      const future = mod === "next" || (ctx.future && mod !== "last");
      const y = inferYearForMonth(mo, ctx.reference, future);
      const ref = parseIso(ctx.reference);
      // "last June" written in June or July is a year back (the month just gone would be "last month"); so is a bare
      // month of the report's own in a review of the year before ("2024 was the year ... It opened with her January
      // trip", written on January 10, 2025).
      const reviewed = !future && !mod && ctx.previousYear !== null && parseIso(ctx.previousYear).y === y - 1 && mo === ref.m;
      // (Nor is "last June" written in August this year's: two months back would be "in June"; a readout's "their talks
      // in Pyongyang last June", written in August 2025, recalls June 2024.)
      const lastYears = mod === "last" && mo <= ref.m && mo >= ref.m - 2;
      // ("Late March - the minister flies to Moscow", told in the past or a timeline's present and written on 9 March:
      // the late part of the report's own month is still to come, so it is that month a year back.)
      const lateToCome = !future && mod === "late" && mo === ref.m && ref.d <= 20;
      return monthValue((lastYears || reviewed || lateToCome) && y === ref.y ? y - 1 : y, mo, { yearInferred: true });
    },
  },
  // in 2019 / since 2018 / the 2000 treaty / his 2019 journey / Kim's 2019 trip / (a history that goes) back to 2011 /
  // (replaced by) a 2000 treaty (a year before the document it names, as "the" is; not "a 2000 tonne cargo") /
  // (visited the plant) during a 2002 trip: the trip's year, not the report's day
  {
    re: new RegExp(
      `\\b(in|since|during|until|till|by|from|early|late|mid|of|the|through|before|after|between|and|year|around|summer|winter|spring|autumn|fall|back\\s+to)\\s+(?:of\\s+)?${YEAR}(?!s)|\\b(his|her|their|its|['’]s|an?)\\s+${YEAR}(?=\\s+(?:(?:state|official|working|first|second|landmark)\\s+)?(?:journey|visit|trip|travels?|tour|stay|summit|talks|meeting|treaty|agreement|deal|declaration)s?\\b)|\\b(?:during|on|in)\\s+an?\\s+${YEAR}(?=\\s+(?:(?:state|official|working|first|second)\\s+)?(?:journey|visit|trip|tour|stay|summit)\\b)|^${YEAR}(?=,)`,
      "gi",
    ),
    hint: YEAR_HINT,
    resolve: (m) => yearValue(+(m[2] ?? m[4] ?? m[5] ?? m[6])),
  },
];

/** "in|since" -> "[iI]n|[sS]ince": words that may be capitalised at the start of a sentence, in a pattern without the i flag. */
function anyCase(words: string): string {
  return words.split("|").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
}

function ymd(iso: string): [number, number, number] {
  const { y, m, d } = parseIso(iso);
  return [y, m, d];
}

const FUTURE_MARKER = /\b(?:will|shall|next|upcoming|is\s+to|are\s+to|scheduled|is\s+due|are\s+due|plans?\s+to|planning\s+to|expected\s+to|set\s+to|later\s+this|would)\b/i;
const PAST_VERB = /\b(?:met|visited|signed|held|arrived|was|were|had|has|ratified|approved|received|spoke|agreed|said|took)\b/i;

function isFutureClause(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 70), start);
  const clauses = before.split(/[,;:]/);
  let clause = clauses.pop() ?? "";
  // ("is expected to travel to Pyongyang, possibly as early as October": a hedge set off by commas has no verb of its
  // own; the clause it hangs on says whether the date is ahead.)
  if (/^\s*(?:possibly|perhaps|probably|maybe|likely)\s+(?:as\s+(?:early|soon|late)\s+as|in|by|around)\s*$/i.test(clause)) clause = clauses.pop() ?? "";
  const marker = FUTURE_MARKER.exec(clause);
  if (!marker) return false;
  // "is expected to be approved ... on Wednesday" is still future: a passive after "be" is not a past verb.
  return !PAST_VERB.test(clause.slice(marker.index + marker[0].length).replace(/\bbe\s+\w+/gi, ""));
}

/** "Kim had travelled there by train, arriving on 24 April": the sentence tells, before the date, something done, and nothing ahead. */
function toldInPast(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  return PAST_VERB.test(before) && !FUTURE_MARKER.test(before) && !/\b(?:is|are|will|to)\s+(?:be\s+)?\p{Ll}+\s*$/u.test(before);
}

/** "Kim's decree came ": a subject that retells an act, and its verb, before "two days after". */
const RETOLD_NOUN_BEFORE = new RegExp(`${retoldNounSubject()}$`, "u");

/** Finds and resolves every date expression in one sentence; earlier patterns win overlapping spans. */
// Every date pattern needs a digit or one of these words; most sentences skip all patterns.
const DATE_HINT = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|morning|afternoon|evening|tomorrow|week|month|year|ago|later|earlier|following|previous|same|spring|summer|autumn|fall|afterward|thereafter|(?:shortly|soon)\s+after/i;

const SEASON_END = /\b(spring|summer|autumn|fall)$/i;

const FOUNDED = /\b(?<!\b(?:was|were|is|are|been|being|be)\s+)(?:founded|established|created|formed|built|born)\s+(?:in\s+)?$/i;

export function findDateMentions(sentence: string, anchor: DateAnchor, options: FindDatesOptions = {}): DateMention[] {
  const prechecks = options.prechecks ?? true;
  if (prechecks && !DATE_HINT.test(sentence)) return [];
  const ctx: ResolveContext = {
    reference: anchor.reference ?? anchor.publishedAt,
    future: options.future ?? false,
    previousDay: options.previousDay ?? null,
    previousDayInParagraph: options.previousDayInParagraph ?? false,
    previousMonth: options.previousMonth ?? null,
    previousMonthLoose: options.previousMonthLoose ?? false,
    writtenMonth: options.writtenMonth ?? null,
    previousYear: options.previousYear ?? null,
    arrivalDay: options.arrivalDay ?? null,
    callDay: options.callDay ?? null,
    subjectDay: options.subjectDay ?? null,
  };
  const taken: Array<[number, number]> = [];
  const found: DateMention[] = [];
  const pastCtx: ResolveContext = { ...ctx, future: false };
  const futureCtx: ResolveContext = { ...ctx, future: true };
  // Each hint's answer for this sentence (several patterns share one).
  const hinted = new Map<RegExp, boolean>();
  for (const pattern of PATTERNS) {
    if (pattern.hint && prechecks) {
      let ok = hinted.get(pattern.hint);
      if (ok === undefined) hinted.set(pattern.hint, (ok = pattern.hint.test(sentence)));
      if (!ok) continue;
    }
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // Only a future verb in the date's own clause makes a year-less date point forward.
      const future = ctx.future && isFutureClause(sentence, start);
      const value = pattern.resolve(m, future ? futureCtx : pastCtx);
      if (!value) continue;
      taken.push([start, end]);
      found.push({ ...value, start, end, text: m[0], ...(future ? { future: true } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "had visited Pyongyang a year earlier, in July 2000": a count from the last year named, set off right before a date
  // written out with its year, is only a gloss of that date, which wins (the year last named may be any other).
  for (let i = found.length - 2; i >= 0; i--) {
    const m = found[i];
    const n = found[i + 1];
    if (!m.relative || !/\b(?:later|earlier|before|after)$/i.test(m.text) || n.relative || n.yearInferred || n.precision === "year") continue;
    if (/^\s*,\s*(?:on|in)\s+$/i.test(sentence.slice(m.end, n.start))) found.splice(i, 1);
  }
  // "He led a delegation there in July 2020, and two months later he hosted the leader": a count of months on from a
  // month or day written out earlier in the same sentence counts from it, not from the month the sentences before
  // last named. (Only a date with its own month, not another count: "a year later, and two months later" keeps its
  // base.)
  for (let i = 1; i < found.length; i++) {
    const count = /\b(a|one|two|three|four|five|six|seven)\s+months?\s+later$/i.exec(found[i].text);
    if (!count || !found[i].relative) continue;
    const base = found.slice(0, i).reverse().find((d) => !d.relative && !d.future && (d.precision === "month" || d.precision === "day"));
    if (!base) continue;
    const [y, mo] = ymd(addMonths(`${base.date.slice(0, 7)}-01`, NUMBER_WORDS[count[1].toLowerCase()] ?? 1));
    found[i] = { ...found[i], ...monthValue(y, mo, { yearInferred: true, relative: true, vague: true }) };
  }
  // "In 2023, when he was still minister, he arrived on July 25": a year that opens the sentence, set off by a comma,
  // is the year of the days and months written without one after it (not the report's).
  const openingYear = found[0] && found[0].start === 0 && found[0].precision === "year" && !found[0].yearInferred && /^In\s+\d{4}$/i.test(found[0].text) && /^\s*,/.test(sentence.slice(found[0].end)) ? found[0] : null;
  for (let i = 1; i < found.length && openingYear; i++) {
    const m = found[i];
    if (!m.yearInferred || m.relative || m.endDate || m.precision === "year" || /\byear\b/i.test(m.text)) continue;
    const [, mo, d] = ymd(m.date);
    const y = +openingYear.date.slice(0, 4);
    if (isValidDay(y, mo, d)) found[i] = { ...m, date: toIsoDate(y, mo, m.precision === "day" ? d : 1) };
  }
  // "She was received on 4 November 2024. By then the treaty signed in June had passed the Duma": a sentence opened by
  // "by then" tells what came before the day just told, so a month written without its year is no later than that day.
  // ("A year ago today the treaty came into force. Kim had already ratified it by decree in November": a past perfect
  // tells a time before the day the paragraph just named, so a year-less month is the last one before that day.)
  // (Only when that day is half a year or more back: "flew in on 2 April ... had received him in May" in June is no
  // year earlier.)
  const pluperfect = ctx.previousDayInParagraph && ctx.previousDay !== null && diffDays(ctx.reference, ctx.previousDay) > 180 && /\bhad\s+(?:already\s+)?\p{L}+(?:ed|en)\b/u.test(sentence);
  if (ctx.previousDay && (/^\s*By\s+(?:then|that\s+time)\b/i.test(sentence) || pluperfect)) {
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      if (m.precision !== "month" || !m.yearInferred || m.relative || m.endDate || m.date <= ctx.previousDay) continue;
      // ("had travelled there in May last year": a year the month is told with stands.)
      if (/\byear\b/i.test(m.text) || /^\s+(?:last|this)\s+year\b/i.test(sentence.slice(m.end))) continue;
      const year = +ctx.previousDay.slice(0, 4) - (m.date.slice(5) > ctx.previousDay.slice(5) ? 1 : 0);
      found[i] = { ...m, date: `${year}${m.date.slice(4)}` };
    }
  }
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (!/^(?:on\s+)?the\s+\d|the\s+(?:month)\b/i.test(m.text)) continue;
    const base = [...found.slice(0, i)].reverse().find((d) => d.precision !== "year");
    if (!base) continue;
    const day = /(\d{1,2})(?:st|nd|rd|th)/.exec(m.text);
    // ("arrived at the end of last month and held talks on the 2nd": an early day after a month's end is of the month
    // after it.)
    const monthEnd = base.precision === "month" && /\b(?:end|close)\s+of\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, base.start - 20), base.start));
    const [y, mo] = ymd(monthEnd && day && +day[1] <= 10 ? addMonths(base.date, 1) : base.date);
    if (day && isValidDay(y, mo, +day[1])) found[i] = { ...m, date: toIsoDate(y, mo, +day[1]) };
    else if (!day) found[i] = { ...m, date: toIsoDate(y, mo, 1) };
  }
  // "in July 2000, when Putin flew to Pyongyang and the two signed a declaration on July 19": a day written without its
  // year in the month a date earlier in the sentence gave with one is in that year.
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (!m.yearInferred || m.relative || m.precision !== "day") continue;
    // ("in September last year ... on Sept. 13": a year written as "last year" or "this year" is given too.)
    const base = [...found.slice(0, i)].reverse().find((d) => (!d.yearInferred || (!d.relative && /\b(?:last|this)\s+year$/i.test(d.text))) && d.precision !== "year" && d.date.slice(5, 7) === m.date.slice(5, 7));
    if (!base || base.date.slice(0, 4) === m.date.slice(0, 4)) continue;
    const [y] = ymd(base.date);
    const [, mo, d] = ymd(m.date);
    if (isValidDay(y, mo, d)) found[i] = { ...m, date: toIsoDate(y, mo, d), endDate: m.endDate ? `${y}${m.endDate.slice(4)}` : null };
  }
  // ("Lavrov's last trip there was in March 2023. On that visit Kim received him on 9 March": a year-less day in the
  // month the paragraph last wrote out with its year is in that year; a month counted from it ("a month after the
  // summit") does not come between.)
  const lastWritten = ctx.writtenMonth;
  for (let i = 0; i < found.length && lastWritten; i++) {
    const m = found[i];
    if (!m.yearInferred || m.relative || m.future || m.precision !== "day" || m.endDate) continue;
    if (found.slice(0, i).some((d) => d.precision !== "year")) break;
    if (m.date.slice(5, 7) !== lastWritten.slice(5, 7) || m.date.slice(0, 4) === lastWritten.slice(0, 4)) continue;
    const [y] = ymd(lastWritten);
    const [, mo, d] = ymd(m.date);
    if (isValidDay(y, mo, d)) found[i] = { ...m, date: toIsoDate(y, mo, d) };
  }
  // "a marathon rail journey to Moscow last summer, and ... signed the declaration on Aug. 4": a year-less day or month
  // of the season an earlier "last summer" put in its year is in that year; so is one set off right after "a year ago"
  // ("just a year ago, on 12 September, Putin received Kim").
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (!m.yearInferred || m.relative || m.future || m.precision === "year") continue;
    const month = +m.date.slice(5, 7);
    const base = [...found.slice(0, i)].reverse().find((d) => d.precision === "year" && d.relative && (
      (SEASON_MONTHS[SEASON_END.exec(d.text)?.[1].toLowerCase() ?? ""]?.includes(month) ?? false) ||
      (/\bago$/i.test(d.text) && /^\s*,?\s*(?:on|in)?\s*$/i.test(sentence.slice(d.end, m.start)))));
    if (!base || base.date.slice(0, 4) === m.date.slice(0, 4)) continue;
    const y = +base.date.slice(0, 4);
    const [, mo, d] = ymd(m.date);
    if (m.precision === "month" || isValidDay(y, mo, d)) found[i] = { ...m, date: `${y}${m.date.slice(4)}`, endDate: m.endDate ? `${y}${m.endDate.slice(4)}` : null };
  }
  // "in January and again in late October last year", "in March and October 2024": a bare month joined by "and" to a
  // later month of the year written after it is in that year.
  // ("in January, March and October 2024": the year passes back along the list.)
  const listYear = new Set<number>();
  for (let i = found.length - 2; i >= 0; i--) {
    const m = found[i];
    const n = found[i + 1];
    if (m.precision !== "month" || !m.yearInferred || m.relative || !/^(?:in\s+|early\s+|late\s+|mid-?\s*)?\p{L}+$/iu.test(m.text)) continue;
    if (n.precision !== "month" || !(listYear.has(i + 1) || /\b(?:(?:19|20)\d{2}|last\s+year|this\s+year)$/i.test(n.text))) continue;
    if (!/^(?:\s*,\s+|\s*,?\s+and\s+)(?:(?:again|then|also)\s+)?(?:in\s+)?(?:(?:early|late|mid)[-\s]+)?$/i.test(sentence.slice(m.end, n.start))) continue;
    if (+m.date.slice(5, 7) >= +n.date.slice(5, 7)) continue;
    found[i] = { ...m, date: `${n.date.slice(0, 4)}${m.date.slice(4)}`, yearInferred: n.yearInferred };
    listYear.add(i);
  }
  // "the Duma voted in October and the Council in November, and the treaty has been in force since December 2024": bare
  // months told in the calendar's order, each a month or two before the next, up to a month written with its year are
  // steps of that year, not of the report's (which would put October after the December it led to). Words of sequence
  // between them ("after", "later") tell of another time, so they stop the chain.
  for (let i = found.length - 1; i >= 1; i--) {
    const n = found[i];
    if (n.precision !== "month" || n.yearInferred || n.relative) continue;
    let later = n;
    for (let k = i - 1; k >= 0; k--) {
      const m = found[k];
      if (m.precision !== "month" || !m.yearInferred || m.relative || m.future || listYear.has(k) || !/^(?:in\s+|early\s+|late\s+|mid-?\s*)?\p{L}+$/iu.test(m.text)) break;
      // (Steps a month or two apart: "met Kim in March, and last visited in July 2023" are two separate times.)
      const gap = +later.date.slice(5, 7) - +m.date.slice(5, 7);
      if (gap < 1 || gap > 2 || m.date.slice(0, 4) < n.date.slice(0, 4) || +m.date.slice(0, 4) > +n.date.slice(0, 4) + 1) break;
      if (/\b(?:after|before|following|later|earlier|until|till|ago|then)\b|[;:()—–]/i.test(sentence.slice(m.end, later.start))) break;
      // (A month already in that year, "the Council in November" written in October, is a step of the chain too.)
      if (m.date.slice(0, 4) !== n.date.slice(0, 4)) found[k] = { ...m, date: `${n.date.slice(0, 4)}${m.date.slice(4)}` };
      later = found[k];
    }
  }
  // "on Saturday, Nov. 9": a weekday beside the day written out is that day, which wins over the weekday counted back
  // from the report (an explainer published weeks later would put Saturday in its own week).
  for (let i = found.length - 2; i >= 0; i--) {
    const w = found[i];
    const d = found[i + 1];
    if (!w.relative || !WEEKDAY_TEXT.test(w.text) || d.relative || d.precision !== "day" || !/^\s*,?\s*$/.test(sentence.slice(w.end, d.start))) continue;
    found.splice(i, 2, { ...d, start: w.start, text: sentence.slice(w.start, d.end) });
  }
  // ("crossed Russia in the summer of 2001, and on 4 August that year held talks": so is the year of a day "that year".)
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (!SAME_YEAR_END.test(m.text) || m.precision !== "day") continue;
    const base = [...found.slice(0, i)].reverse().find((d) => !d.yearInferred && !d.relative);
    if (base) found[i] = { ...m, date: `${base.date.slice(0, 4)}${m.date.slice(4)}` };
  }
  // "In 2000 Kim hosted Putin, who visited Pyongyang that July": the year the sentence is set in, written earlier.
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (!/^that\s/i.test(m.text) || m.precision !== "month") continue;
    // (A year that only names a thing, "the alliance of 1961", is not the time the sentence is in.)
    // ("was signed in February 2000, and Putin went that July": the preposition may stand before the mention.)
    const base = [...found.slice(0, i)].reverse().find((d) => !d.yearInferred && (/^(?:in|during)\s/i.test(d.text) || /\b(?:in|during)\s+$/i.test(sentence.slice(0, d.start))));
    if (base) found[i] = { ...m, date: `${base.date.slice(0, 4)}${m.date.slice(4)}` };
  }
  // "the first summit, in Vladivostok in April 2019, which came two months after Kim's talks with Trump": counted back
  // from the date the sentence gave before it, not from the report's day.
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    const offset = /^(a|one|two|three|four|six)\s+(weeks?|months?)\s+after$/i.exec(m.text);
    if (!offset) continue;
    const base = [...found.slice(0, i)].reverse().find((d) => !d.relative && d.precision !== "year");
    if (!base) continue;
    const n = NUMBER_WORDS[offset[1].toLowerCase()] ?? 1;
    const back = /week/i.test(offset[2]) ? addMonths(addDays(base.date, -7 * n), 0) : addMonths(base.date, -n);
    found[i] = { ...m, date: back, yearInferred: base.yearInferred };
  }
  // "On 2 May Kim met Putin, and a few days later he toured the port": an uncounted few days count from the day the
  // sentence named before them (one already told as done, if there is one), in that day's month as far as the text
  // says; not the month of a day told sentences before, nor the report's.
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    const few = /^(?:a\s+few|several|some)\s+days\s+(later|after|earlier|before)$/i.exec(m.text);
    if (!few || m.precision !== "month") continue;
    const days = found.slice(0, i).filter((d) => d.precision === "day").reverse();
    const base = days.find((d) => !d.future) ?? (/later|after/i.test(few[1]) ? days[0] : undefined);
    if (!base) continue;
    const [y, mo] = ymd(addDays(base.date, /later|after/i.test(few[1]) ? 3 : -3));
    found[i] = { ...m, date: toIsoDate(y, mo, 1), yearInferred: base.yearInferred };
  }
  // "on Wednesday, a day after Shoigu flew into Pyongyang": counted back from the day written right before it.
  // ("Kim's decree came two days after ...": counted back from the decree's day already.)
  // ("The two met last Thursday at the university, the day after Kim pulled into Vladivostok": so is "the day after"
  // set off by a comma at the end of a clause whose day was told, the day before that day; the clause may go on past
  // its day, but not past another comma. Left to the counts below otherwise.)
  const countedBack = new Set<DateMention>();
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    const theDay = /^the\s+day\s+after$/i.test(m.text);
    if (!(DAYS_AFTER.test(m.text) || theDay) || RETOLD_NOUN_BEFORE.test(sentence.slice(0, m.start))) continue;
    const base = found[i - 1];
    if (theDay) {
      if (base && base.precision === "day" && !base.endDate && /^[^,;:()—–]{0,80},\s+$/.test(sentence.slice(base.end, m.start))) {
        found[i] = { ...m, date: addDays(base.date, -1), yearInferred: base.yearInferred };
        countedBack.add(found[i]);
      }
      continue;
    }
    if (!base || base.precision !== "day" || !/^\s*,\s*$/.test(sentence.slice(base.end, m.start))) {
      found.splice(i, 1);
      continue;
    }
    found[i] = { ...m, date: addDays(base.date, -(NUMBER_WORDS[DAYS_AFTER.exec(m.text)![1].toLowerCase()] ?? 1)), yearInferred: base.yearInferred };
  }
  // "arrived on Dec. 26 and signed ... the following day", "met him on August 24; he had crossed four days earlier":
  // count from the day named earlier in the sentence.
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    // ("the Duma on 24 October; the Council 13 days later; and Putin three days after that": "after that" counts on from
    // the day just named, itself counted.)
    const afterThat = /\bdays?\s+(?:after|later\s+than)\s+that$/i.test(m.text);
    if (!afterThat && (!/following|next|previous|preceding|same|that\s+day|in\s+the\s+day|day\s+was\s+(?:out|over)|day\s+(?:before|after)|day\s+(?:earlier|later)|days\s+(?:earlier|later)/i.test(m.text) || DAYS_AFTER.test(m.text) || countedBack.has(m))) continue;
    if (m.precision !== "day") continue;
    // ("They met on 13 September 2023, and a year and two days after that ...": a year on, then the days.)
    const yearAnd = afterThat ? YEAR_AND_DAYS_AFTER.exec(m.text) : null;
    if (yearAnd) {
      if (found[i - 1].precision === "day") found[i] = { ...m, date: countYearAndDays(found[i - 1].date, yearAnd[1]) };
      continue;
    }
    const same = SAME_DAY.test(m.text);
    // ("The next day he held talks, and Kim received him the same day": the same day as one just counted, too.)
    // ("Two days later Manturov showed him the plant, and the following day Shoigu the bombers": a day counted on from
    // the one just told is a day the story has reached, so the next count goes on from it.)
    const base = afterThat ? (found[i - 1].precision === "day" ? found[i - 1] : undefined) : [...found.slice(0, i)].reverse().find((d) => d.precision === "day" && (same || !/following|next|previous|preceding|same|that\s+day|earlier|later/i.test(d.text) || (/^\w+\s+days?\s+later$/i.test(d.text) && !/previous|preceding|before|earlier/i.test(m.text))));
    if (!base) continue;
    const back = /previous|preceding|before|earlier/i.test(m.text) && !same;
    const n = DAYS_COUNTED.exec(m.text);
    const count = same ? 0 : n ? NUMBER_WORDS[n[1].toLowerCase()] ?? Number(n[1]) : 1;
    const weekday = /^the\s+following\s/i.test(m.text) ? WEEKDAY_TEXT.exec(m.text) : null;
    found[i] = { ...m, date: weekday ? weekdayAfter(base.date, weekday[0]) : addDays(base.date, back ? -count : count) };
  }
  // "The next day, 12 May, she met Lavrov": a year-less day set off right after a day counted from the one just told,
  // and falling on it, is that day, of its year (a retrospective's year, not the report's). (A day that does not fall
  // on the counted one is left as it was.)
  for (let i = found.length - 2; i >= 0; i--) {
    const r = found[i];
    const d = found[i + 1];
    if (!r.relative || r.precision !== "day" || !/^(?:on\s+)?the\s+(?:next|following|previous|preceding|same)\s+day$/i.test(r.text)) continue;
    if (!d.yearInferred || d.relative || d.precision !== "day" || d.endDate || !/^\s*,\s*(?:on\s+)?$/i.test(sentence.slice(r.end, d.start))) continue;
    if (r.date.slice(5) !== d.date.slice(5)) continue;
    found.splice(i, 2, { ...d, date: r.date, start: r.start, text: sentence.slice(r.start, d.end) });
  }
  // "In January 2024 she held talks with Lavrov and was received by Putin on the same day, January 16": a day set off
  // right after "the same day" says which day that is, so it stands for both (whatever day "the same" was counted from).
  for (let i = found.length - 2; i >= 0; i--) {
    const r = found[i];
    const d = found[i + 1];
    if (!r.relative || r.precision !== "day" || !/^(?:on\s+)?(?:the|that)\s+same\s+day$/i.test(r.text)) continue;
    if (d.relative || d.precision !== "day" || d.endDate || !/^\s*,\s*(?:on\s+)?$/i.test(sentence.slice(r.end, d.start))) continue;
    found.splice(i, 2, { ...d, start: r.start, text: sentence.slice(r.start, d.end) });
  }
  // "Later that year, in October, Kim flew to Moscow": a month or day set off right after "earlier/later that year" is in
  // the year the text last wrote out, not the report's.
  if (ctx.previousYear) {
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      if (!m.yearInferred || m.relative || m.future || m.precision === "year") continue;
      if (!/\b(?:earlier|later)\s+(?:that|the\s+same)\s+year\s*,\s*(?:in|on)?\s*$/i.test(sentence.slice(Math.max(0, m.start - 40), m.start))) continue;
      const y = ymd(ctx.previousYear)[0];
      const [, mo, d] = ymd(m.date);
      if (m.precision === "month" || isValidDay(y, mo, d)) found[i] = { ...m, date: toIsoDate(y, mo, m.precision === "month" ? 1 : d), endDate: m.endDate ? `${y}${m.endDate.slice(4)}` : null };
    }
  }
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (!m.yearInferred || m.relative || m.future || m.precision !== "day" || !toldInPast(sentence, m.start)) continue;
    // "The Council approved the pact on November 6", written on November 4: a year-less day still ahead of the report,
    // told as done, is of the year before (the slack that lets a day or two past the report stand is for time zones,
    // and one day covers those).
    if (diffDays(m.date, ctx.reference) > 1) {
      const [y, mo, d] = ymd(m.date);
      if (!isValidDay(y - 1, mo, d)) continue;
      found[i] = { ...m, date: toIsoDate(y - 1, mo, d), endDate: m.endDate ? `${+m.endDate.slice(0, 4) - 1}${m.endDate.slice(4)}` : null };
      continue;
    }
    // "The first summit was on 14 May 2019. Kim had arrived by train on 12 May": a year-less day told in the past, a few
    // weeks at most from the day the paragraph just gave with its year, is of that day's year.
    if (!ctx.previousDay || !ctx.previousDayInParagraph || ctx.previousDay.slice(0, 4) === m.date.slice(0, 4)) continue;
    const y = ymd(ctx.previousDay)[0];
    const [, mo, d] = ymd(m.date);
    if (!isValidDay(y, mo, d) || Math.abs(diffDays(toIsoDate(y, mo, d), ctx.previousDay)) > 31) continue;
    found[i] = { ...m, date: toIsoDate(y, mo, d), endDate: m.endDate ? `${y}${m.endDate.slice(4)}` : null };
  }
  // "12 March marks the fifth anniversary of the minister's visit": a day that marks an anniversary of something dates
  // that thing the count of years before it (the day written without its year is the one nearest the report). Only a
  // day right before the verb, and a count written out ("marks an anniversary of" counts nothing).
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const marks = ANNIVERSARY_MARKED.exec(sentence.slice(m.end));
    if (!marks || m.precision !== "day" || m.endDate) continue;
    const years = ORDINAL_YEARS[marks[1].toLowerCase()] ?? Number(marks[1].replace(/\D/g, ""));
    if (!(years > 0)) continue;
    let [y, mo, d] = ymd(m.date);
    if (m.yearInferred) y = [y - 1, y, y + 1].reduce((best, c) => (isValidDay(c, mo, d) && Math.abs(diffDays(toIsoDate(c, mo, d), ctx.reference)) < Math.abs(diffDays(toIsoDate(best, mo, d), ctx.reference)) ? c : best), y);
    if (!isValidDay(y - years, mo, d)) continue;
    found[i] = { ...m, date: toIsoDate(y - years, mo, d), yearInferred: true, relative: true, future: undefined };
  }
  // "a country founded in 1948 with Soviet backing": a participle's date only names the thing before it (its founding,
  // its building); it is no time of the news and sets none for the sentences after it.
  for (let i = found.length - 1; i >= 0; i--) if (FOUNDED.test(sentence.slice(0, found[i].start))) found.splice(i, 1);
  // "... two days after that" with no day named before it, in the sentence or before it: no date.
  if (!ctx.previousDay) return found.filter((m, i) => !/\bdays?\s+(?:after|later\s+than)\s+that$/i.test(m.text) || (i > 0 && found[i - 1].precision === "day"));
  return found;
}

export interface Dateline {
  /** Length of the dateline prefix in the paragraph. */
  end: number;
  location: string | null;
  date: DateValue | null;
}

const DATELINE_DATE = `(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?)`;
// ("SEOUL, Aug. 14 (AP/Reuters) --": a joint credit is read as one.)
const DATELINE_RE = new RegExp(
  `^([A-Z][A-Za-z.'’\\-]*(?:[ -][A-Z][A-Za-z.'’\\-]*){0,3}),\\s+${DATELINE_DATE}\\s*(?:[.,]?\\s*\\/\\s*[A-Za-z\\- ]{2,30}\\s*\\/\\s*\\.?|\\s*\\([A-Za-z\\-/ ]{2,40}\\)\\s*(?:--?|—|–|:)?|\\s+[A-Z]{2,8}\\s+(?:--?|—|–)(?=\\s)|\\s*(?:--?|—|–)|\\.(?=\\s))`,
);
// ("PYONGYANG /RusInform/. A delegation ... has arrived": an agency between slashes, TASS's way, is a dateline too.)
const DATELINE_NO_DATE_RE = /^([A-Z][A-Z.'’\- ]{2,30}),?\s*(?:\(([A-Za-z\- ]{2,40})\)\s*(?:--?|—|–)|\/[A-Za-z\- ]{2,40}\/\.?(?=\s|$))/;

/**
 * Recognises a wire dateline at the start of a paragraph ("MOSCOW, January 16. /TASS/.",
 * "SEOUL, June 20 (Yonhap) --"). Its date is the report day that governs the sentences after it.
 */
export function parseDateline(paragraph: string, publishedAt: string): Dateline | null {
  const m = DATELINE_RE.exec(paragraph);
  if (m) {
    const city = m[1];
    // A sentence that merely starts with a capitalised word and a date is not a dateline.
    const looksLikePlace = /^[A-Z.'’\- ]+$/.test(city) || /\/|\(|--|—|–/.test(m[0].slice(city.length));
    if (looksLikePlace) {
      let value: DateValue | null = null;
      if (m[2]) {
        const mo = monthNumber(m[2]);
        const d = +m[3];
        const y = m[4] ? +m[4] : inferYearForDay(mo, d, publishedAt);
        value = isValidDay(y, mo, d) ? { date: toIsoDate(y, mo, d), precision: "day", endDate: null } : null;
      } else if (m[6]) {
        const mo = monthNumber(m[6]);
        const d = +m[5];
        const y = m[7] ? +m[7] : inferYearForDay(mo, d, publishedAt);
        value = isValidDay(y, mo, d) ? { date: toIsoDate(y, mo, d), precision: "day", endDate: null } : null;
      }
      return { end: m[0].length, location: toTitleCase(city), date: value };
    }
  }
  const n = DATELINE_NO_DATE_RE.exec(paragraph);
  if (n) return { end: n[0].length, location: toTitleCase(n[1].trim()), date: null };
  return null;
}

function toTitleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
