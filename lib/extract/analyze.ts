/**
 * Per-sentence analysis: dateline, date mentions, triggers, people, places and clause spans.
 * Everything later steps need about one sentence, computed once.
 */
import { buildAliasIndex, findCountryMentions, findFullNameMentions, findOtherSurnameBearers, findPersonMentions, tokenize, type AliasIndex, type PersonMention, type Token } from "../people/resolve";
import type { Country, RegistryPerson } from "../people/types";
import { classifySentence, DOCUMENT_WORD, isReportingDate, type Trigger } from "./classify";
import { diffDays, findDateMentions, isValidDay, parseDateline, RETOLD_DAYS_AFTER, retoldNounSubject, type DateMention } from "./dates";
import { resolveAnaphora } from "./anaphora";
import { findPlaces, type PlaceMention } from "./places";
import type { Sentence } from "./segment";

export interface AnalysedDate extends DateMention {
  /** The date of a report ("KCNA said on Saturday"), not of an event. */
  reporting: boolean;
  /** "since 2019", "by June", "before the summit": bounds a period, so it dates no event by itself. */
  boundary: boolean;
  /** A month after the report's own, not told as ahead: no event told as done falls in it. */
  ahead?: boolean;
}

export interface CountryRef {
  start: number;
  end: number;
  code: string;
}

export interface AnalysedSentence {
  sentence: Sentence;
  /** Offset in the sentence where the text after a dateline begins (0 without one). */
  bodyStart: number;
  dates: AnalysedDate[];
  triggers: Trigger[];
  people: PersonMention[];
  places: PlaceMention[];
  countryRefs: CountryRef[];
  /** Spans (sentence offsets) of relative clauses ", who ...", ", which ..." */
  relativeClauses: Array<[number, number]>;
  /** Spans split at ";" and dashes. */
  segments: Array<[number, number]>;
  /** One of the first sentences of the article body: undated events here default to the report day. */
  lead: boolean;
  /** The headline line: it repeats the body's main fact and starts no event of its own. */
  headline?: boolean;
}

export interface ArticleAnalysis {
  sentences: AnalysedSentence[];
  publishedAt: string;
  /** The day relative dates count from: the dateline's day, else publishedAt. */
  reference: string;
  datelineLocation: string | null;
  datelineFound: boolean;
  index: AliasIndex;
}

// "next week" looks ahead; "stood next to him" and "met the next day" do not.
const FUTURE_WORDS = /\b(?:will|shall|(?<!\bthe\s)next(?!\s+to\b)|upcoming|is\s+to|are\s+to|scheduled|is\s+due|are\s+due|plans?\s+to|planning\s+to|expected\s+to|set\s+to|later\s+this)\b/i;

/** "arriving on Sunday, January 14", "landed in Moscow on Monday": the words before the day of an arrival. */
// ("his armoured train crossed the Tumen River into Russia at Khasan last Saturday": crossing into the host country,
// with the crossing point, is the arrival too.)
// "Tuesday's phone conversation between Putin and Kim", "phoned Kim on Tuesday": the day a call was told on.
const CALL_AFTER = /^['’]s\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation)\b/i;
const CALL_BEFORE = /\b(?:phoned|telephoned|(?:phone|telephone)\s+(?:call|conversation|talks))\b[^.;:]{0,50}?\s(?:on|last)\s+$/i;
// ("Her trip to Moscow last Monday": the day of a trip to a place, told with a possessive, is the day of its arrival.)
const ARRIVAL_BEFORE = /\b(?:arriv(?:ed|ing|es)|land(?:ed|ing|s))\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?$|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:trip|visit)\s+to\s+\p{Lu}[\p{L}-]*\s+$|\bcrossed\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:[Rr]iver\s+|border\s+)?into\s+\p{Lu}[\p{L}-]*\s+(?:(?:at|near)\s+\p{Lu}[\p{L}-]*\s+)?$/u;

/** "The inspection of the bombers came the day after ...": the subject retells an act; its verb's stem ("inspect"). */
const RETOLD_ACT = /^The\s+(\p{Ll}{4,})ion\s+(?:of\s+[^,;:]*?\s+)?(?:came|took\s+place)\s+the\s+day\s+after\b/u;

/**
 * The day the text told the act a sentence's subject retells ("spent Saturday inspecting the bombers" for "The
 * inspection of the bombers came the day after ..."), so that "the day after" counts back from it: the day nearest the
 * verb in the last sentence using it. Null when the sentence is not so built or no such day was told.
 */
function findSubjectDay(body: string, earlier: AnalysedSentence[]): string | null {
  const m = RETOLD_ACT.exec(body);
  if (!m) return findRetoldNounDay(body, earlier);
  const verb = new RegExp(`\\b${m[1]}(?:s|ed|ing)\\b`, "i");
  for (const a of [...earlier].reverse()) {
    const at = verb.exec(a.sentence.text)?.index;
    if (at === undefined) continue;
    const days = a.dates.filter((d) => d.precision === "day" && !d.reporting);
    const nearest = days.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
    return nearest?.date ?? null;
  }
  return null;
}

/** "Kim's decree came two days after ...": the subject names an act by a noun of its own ("decree"), not a verb's. */
const RETOLD_NOUN = new RegExp(`${retoldNounSubject(String.raw`(\p{Ll}{4,})`)}${RETOLD_DAYS_AFTER}\\b`, "u");

/**
 * The day the text told the act a subject noun retells ("ratified the treaty by decree on Monday" for "Kim's decree
 * came two days after ..."): the day nearest the noun in its clause, in the last sentence using it. Null when none is
 * (a day past a comma belongs to another act: "voted for it, a formality after the Duma passed it on Oct. 24").
 */
function findRetoldNounDay(body: string, earlier: AnalysedSentence[]): string | null {
  const m = RETOLD_NOUN.exec(body);
  if (!m) return null;
  const word = new RegExp(`\\b${m[1]}(?:s|d|ed)?\\b`, "i");
  for (const a of [...earlier].reverse()) {
    const w = word.exec(a.sentence.text);
    if (!w) continue;
    const text = a.sentence.text;
    const sameClause = (d: AnalysedDate) => !/[,;:]/.test(d.start > w.index ? text.slice(w.index, d.start) : text.slice(d.end, w.index));
    const days = a.dates.filter((d) => d.precision === "day" && !d.reporting && !d.boundary && sameClause(d));
    return days.sort((x, y) => Math.abs(x.start - w.index) - Math.abs(y.start - w.index))[0]?.date ?? null;
  }
  return null;
}

function findRelativeClauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
    // "where"/"when" clauses describe the main clause's event and keep its time and subject, so they are not cut out.
  // ("..., who, according to Russian media, repeated the invitation": a source set off by commas right after the
  // pronoun is inside the clause, which runs on past it.)
  const re = /,\s+(?:who|whom|whose|which)\b(?:,\s+(?:according\s+to|in\s+turn|for\s+(?:his|her|its|their)\s+part)\b[^,;]*,)?[^,;]*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // "In 2018 it was the Duma's speaker, Volodin, who went": the who-clause of a cleft is what the sentence tells, in
    // its time, not a description of the name ("Kim met Putin, who had flown in" is still cut out).
    if (/^,\s+who\b/i.test(m[0]) && /\b[Ii]t\s+(?:was|is|had\s+been|has\s+been)\s+[^,;]{1,60}(?:,\s+[^,;]{1,80})?$/.test(text.slice(0, m.index))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  // "after travelling from Beijing, where he had joined Putin at a summit": a where-clause on the place left tells of
  // what happened there, another event, not the arrival's.
  // (Only a sentence holding "where" is scanned: trying every "from" and the capitalised words after it took 1% of
  // extraction time.)
  const origin = /\bfrom\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(,?\s+where\b[^,;]*(?:,|$))/gu;
  if (text.includes("where")) {
    while ((m = origin.exec(text)) !== null) out.push([m.index + m[0].length - m[1].length, m.index + m[0].length]);
  }
  const paren = /\([^()]{3,200}\)/g;
  while ((m = paren.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  // ("met Lavrov for talks on carrying out the agreements reached by the two leaders, Putin and Kim": the makers of a
  // deal named after "reached by" made it at another time; they are no parties to the talks.)
  const dealMakers = /\b(?:deals?|agreements?|accords?|understandings?|arrangements?)\s+(?:(?:that\s+)?(?:were|was)\s+)?(?:reached|struck|made)\s+(?:earlier\s+|last\s+year\s+)?by\b[^,;.]*/gi;
  while ((m = dealMakers.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Appositives after a name ("Kim Jong Un, general secretary of the WPK, received ...", "Shoigu, moved to the
 * Security Council in May, visited ...") describe the person, so their dates and names belong to no event.
 */
function findAppositives(text: string, people: PersonMention[], triggers: Trigger[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of people) {
    const m = /^,\s+(?:(?:the|a|an|then|now|formerly|currently|also|who)\s+)?[a-z][^,;()]{2,160},/.exec(text.slice(p.end));
    if (!m) continue;
    const firstWord = /^,\s+([a-z]+)/.exec(m[0])?.[1] ?? "";
    if (/^(and|or|but|while|as|after|before|when|where|which|then|so|yet|with|in|on|at|saying|said|says|adding|according|who|whom|whose|following|during|if|though|although|because|since|until|for|to|by|from|not|is|was|has|had|will|would|held|signed|staged|hosted|organi[sz]ed|concluded|which)$/.test(firstWord)) continue;
    const end = p.end + m[0].length;
    // "After talks with Kim, the two leaders signed ...": a clause with its own verb is no appositive.
    if (triggers.some((t) => !t.nominal && t.start >= p.end && t.start < end)) continue;
    out.push([p.end, end]);
  }
  return out;
}

// What may stand between the dates (and places) of a list: "in March, and on June 4 and again on June 17".
const LIST_FILLER = /^(?:[\s,]|\b(?:and|or|then|again|also|once|twice|both|in|on|at|the|of)\b)*$/i;

/**
 * "travelled to Pyongyang three times — in March, and on June 4 and June 17 — carrying ...", "have met four times —
 * in Vladivostok in April 2019, at Vostochny in September 2023 ...": a stretch between dashes (or from a dash to the
 * end) holding only dates and places lists the dates of the clause before it; it is no clause of its own. Returns
 * the positions of the dashes that open and close such stretches.
 */
function findDateListDashes(text: string, dates: DateMention[], places: PlaceMention[]): Set<number> {
  const dashes: Array<{ index: number; end: number }> = [];
  const re = /\s+[—–]\s+|\s+--\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) dashes.push({ index: m.index, end: m.index + m[0].length });
  const keep = new Set<number>();
  dashes.forEach((open, i) => {
    const close = dashes[i + 1];
    const to = close ? close.index : text.replace(/[.!?]["”’)]*$/, "").length;
    const inside = dates.filter((d) => d.start >= open.end && d.end <= to);
    if (inside.length === 0) return;
    const spans = [...inside, ...places.filter((p) => p.start >= open.end && p.end <= to)].sort((x, y) => y.start - x.start);
    let rest = text.slice(open.end, to);
    let cut = Infinity;
    for (const x of spans) {
      if (x.end > cut) continue;
      rest = rest.slice(0, x.start - open.end) + " " + rest.slice(x.end - open.end);
      cut = x.start;
    }
    if (!LIST_FILLER.test(rest)) return;
    keep.add(open.index);
    if (close) keep.add(close.index);
  });
  return keep;
}

const CAPTION_FILE = /^\s*(?:FILE(?:\s+PHOTO)?|ARCHIVE)\s*$/;
const CAPTION_HEAD = /^\s*(?:(?:FILE(?:\s+PHOTO)?|ARCHIVE)\s*[—–-]+\s*)?\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*,\s+(?:\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*,\s+)?$/u;

function findSegments(text: string, dates: DateMention[], places: PlaceMention[], triggers: Trigger[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const listDashes = findDateListDashes(text, dates, places);
  // ", and in October X led ...": a new clause with its own time adverbial carries its own date and actors.
  // (", and by the time the markets opened on Monday, X was in Y": a by-the-time clause opens one too.)
  // ("held phone talks, and as Putin prepares for a summit with Trump": so does an as-clause with a subject of its own.)
  // ("2019-04-25 summit, Russky Island | 2024-06-19 summit and treaty, Pyongyang": a box's items are apart like clauses.)
  // ("met in Vladivostok in 2019, and before that Lavrov met Kim in 2018": so does one opening with "before that" or
  // "after that" and a named subject.)
  const re = /,\s+(?:and|but)\s+(?=(?:before|after)\s+(?:that|this)\s+\p{Lu})|;\s+|\s+\|\s+|\s+[—–]\s+|\s+--?\s+|,\s+(?:while|whereas|but|although|though)\s+|,\s+and\s+as\s+(?=\p{Lu})|,\s+(?:and|but)\s+(?=(?:in|on|by|later\s+in|earlier\s+in)\s+(?:\p{Lu}|\d|(?:the\s+)?(?:same|following|next|previous)\s+(?:day|week|month|year))|by\s+the\s+time\s)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (listDashes.has(m.index)) continue;
    // ("crossed Russia in 2001, and on 4 August that year held talks": a verb right after the time adverbial has the
    // subject before the comma, so the clause goes on.)
    const after = m.index + m[0].length;
    // ("and before that Choe in Moscow": a name with no verb of its own after it is the first verb's object, gapped.)
    if (/^(?:before|after)\s+(?:that|this)\s/i.test(text.slice(after)) && !triggers.some((t) => !t.nominal && t.start > after && t.start - after <= 60)) continue;
    const adverbial = dates.find((d) => d.start >= after && /^(?:(?:in|on|by)\s+)?$/i.test(text.slice(after, d.start)));
    if (adverbial && triggers.some((t) => !t.nominal && /^\s+$/.test(text.slice(adverbial.end, t.start)))) continue;
    // A spaced hyphen splits only as a lone dash: not in a range ("19 - 20 June") and not as one of a pair around an
    // aside ("arrived on 25 July - the first such visit - and was received"), whose clause goes on after it.
    if (m[0].trim() === "-" && (/\d\s*$/.test(text.slice(0, m.index)) || /\s-\s/.test(text.slice(0, m.index)) || /\s-\s/.test(text.slice(m.index + m[0].length)))) continue;
    // (So does an em or en dash of a pair: "landed on 2 March — his second trip — and was received the next day".)
    const dash = m[0].trim();
    if ((dash === "—" || dash === "–") && (text.slice(0, m.index).includes(` ${dash} `) || text.slice(m.index + m[0].length).includes(` ${dash} `))) continue;
    // "July 25, 2023 — Shoigu arrives in Pyongyang": a timeline entry's opening date heads the clause after its dash.
    if (start === 0 && dates.some((d) => d.start <= 1 && /^[\s,.]*$/.test(text.slice(d.end, m!.index)))) continue;
    // ("FILE — PYONGYANG, June 19, 2024 — Kim and Putin exchange copies of the treaty after signing it": a photo
    // caption's heading, its place and day, heads the clause after its dash in the same way.)
    if (start === 0 && CAPTION_FILE.test(text.slice(0, m.index))) continue;
    if (start === 0 && dates.some((d) => /^[\s,.]*$/.test(text.slice(d.end, m!.index)) && CAPTION_HEAD.test(text.slice(0, d.start)))) continue;
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

function findCountryRefs(text: string, index: AliasIndex, tokens: Token[]): CountryRef[] {
  return findCountryMentions(text, index.countries, tokens);
}


/** Sentences of the body proper: the first sentences after a title line and a dateline. */
function isHeadline(s: Sentence): boolean {
  return s.index === 0 && s.paragraph === 0 && !/[.!?]["”’]?$/.test(s.text);
}

// "Key takeaways", "In brief": an aggregator's summary block over the story, its bullets retelling the body's news.
const SUMMARY_HEADER = /^(?:Key\s+(?:takeaways|points|facts)|In\s+brief|At\s+a\s+glance|Highlights|The\s+(?:short|quick)\s+(?:version|read)|Summary|TL;?DR)\s*:?$/i;
const BULLET = /^\s*[•▪●◦*-]\s/;

function markLead(sentences: Sentence[]): Set<number> {
  const lead = new Set<number>();
  let counted = 0;
  // ("Key takeaways • Shoigu has flown to Pyongyang. • It is his first trip since May. Sergei Shoygu has arrived in
  // North Korea and held talks with Kim": the summary's bullets are the lead too, and so are the body's first sentences.)
  let summary = false;
  for (const s of sentences) {
    // A first short line without final punctuation is the headline.
    const headline = s.paragraph === 0 && !/[.!?]["”’]?$/.test(s.text);
    lead.add(s.index);
    if (SUMMARY_HEADER.test(s.text.trim())) {
      summary = true;
      continue;
    }
    if (summary && BULLET.test(s.text)) continue;
    summary = false;
    if (!headline) counted++;
    if (counted >= 2) break;
  }
  return lead;
}

const YEAR_HEADING = /^\s*((?:19|20)\d{2})\s*:?\s*$/;
const TIMELINE_MONTH = "(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
// ("Oct. 18–19, 2023 — Lavrov in Pyongyang": an entry may be a span of days.)
// ("21.03.2025 - Shoigu is back": so is a day written in figures, day first.)
// ("12-13 September 2030 - The minister's train crosses into Russia": a span of days written day first, or two days
// joined by "and", heads an entry too.)
const TIMELINE_ENTRY = new RegExp(`^(?:${TIMELINE_MONTH}\\s+\\d{1,2}(?:[-–]\\d{1,2})?(?:,?\\s+(?:19|20)\\d{2})?|\\d{1,2}(?:[-–]\\d{1,2}|\\s+and\\s+\\d{1,2})?\\s+${TIMELINE_MONTH}(?:\\s+(?:19|20)\\d{2})?|${TIMELINE_MONTH}\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2})\\s*[-–—:]\\s+\\S`);

// ("Photo 4." then "Moscow, October 24, 2024 - ...", "3." then "Pyongyang, Nov. 12, 2024: ...": a numbered caption's
// place and full day; only after the caption's number, as a wire's dateline opens with the place and day too.)
const CAPTION_ENTRY = new RegExp(`^(?:Photo\\s+\\d{1,2}[.)]\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?,\\s+(?:${TIMELINE_MONTH}\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+${TIMELINE_MONTH}\\s+)(?:19|20)\\d{2}\\s*[-–—:]\\s+\\S`, "u");

/** A timeline entry's or caption's number standing as a sentence of its own ("2.", "3)"). */
export const ENTRY_NUMBER = /^\d{1,2}[.)]$/;

/** The sentence follows only its entry's number in its paragraph ("2."; with `photo`, "Photo 4." too). */
function followsEntryNumber(sentences: Sentence[], s: Sentence, photo = false): boolean {
  const before = sentences[s.index - 1];
  if (before === undefined || before.paragraph !== s.paragraph || !opensParagraph(sentences, before)) return false;
  const text = before.text.trim();
  return ENTRY_NUMBER.test(photo ? text.replace(/^Photo\s+/, "") : text);
}

/** The sentence is its paragraph's first (sentences come in order, `index` their position). */
function opensParagraph(sentences: Sentence[], s: Sentence): boolean {
  return s.index === 0 || sentences[s.index - 1].paragraph !== s.paragraph;
}

/** The sentence opens its paragraph, or follows only the entry's number ("2." then "October 30: she lands in Moscow"). */
function opensEntry(sentences: Sentence[], s: Sentence): boolean {
  return opensParagraph(sentences, s) || followsEntryNumber(sentences, s);
}

/**
 * Several paragraphs opening "PYONGYANG, June 4, 2025 —" are a gallery's captions, not a wire dateline: a wire report
 * has one, so each caption's day is the day of what it shows and stays a date of its sentence.
 */
function isCaptionGallery(sentences: Sentence[], publishedAt: string): boolean {
  return sentences.filter((s) => opensParagraph(sentences, s) && parseDateline(s.text, publishedAt)?.date).length > 1;
}

// Each registry's offices ever held, by slug, built once per registry.
const OFFICES_EVER_HELD = new WeakMap<RegistryPerson[], Map<string, Set<string>>>();

/** The role keys each registry person has ever held ("the then defence minister" may be a former holder). */
function officesEverHeld(people: RegistryPerson[]): ReadonlyMap<string, ReadonlySet<string>> {
  let held = OFFICES_EVER_HELD.get(people);
  if (!held) {
    held = new Map(people.map((p) => [p.slug, new Set(p.offices.map((o) => o.roleKey as string))]));
    OFFICES_EVER_HELD.set(people, held);
  }
  return held;
}

export function analyseArticle(
  sentences: Sentence[],
  publishedAt: string,
  people: RegistryPerson[],
  countries: Country[],
): ArticleAnalysis {
  const index = buildAliasIndex(people, countries);

  // Dateline: the first paragraph-initial sentence among the first few paragraphs that carries one.
  let reference = publishedAt;
  let datelineLocation: string | null = null;
  let datelineFound = false;
  const bodyStarts = new Map<number, number>();
  const gallery = isCaptionGallery(sentences, publishedAt);
  for (const s of sentences) {
    if (s.paragraph > 3) break;
    const first = opensParagraph(sentences, s);
    if (!first) continue;
    const dl = parseDateline(s.text, publishedAt);
    if (dl && !(gallery && dl.date)) {
      bodyStarts.set(s.index, dl.end);
      if (!datelineFound) {
        datelineFound = true;
        datelineLocation = dl.location;
        if (dl.date) reference = dl.date.date;
      }
    }
  }

  // People fully named anywhere in the article, so bare surnames can resolve to them.
  const articleSlugs = new Set<string>();
  const tokensOf = sentences.map((s) => tokenize(s.text));
  // Country terms of each sentence, read once: the article's countries below and each sentence's references after.
  const countryRefsOf = sentences.map((s, i) => findCountryRefs(s.text, index, tokensOf[i]));
  const otherBearers = new Set<string>();
  const articleCountries = new Set<string>();
  sentences.forEach((s, i) => {
    const full = findFullNameMentions(s.text, index, tokensOf[i]);
    for (const m of full) articleSlugs.add(m.slug);
    for (const c of countryRefsOf[i]) articleCountries.add(c.code);
    for (const folded of findOtherSurnameBearers(s.text, index, tokensOf[i], full)) otherBearers.add(folded);
  });

  const lead = markLead(sentences);
  const newPeople = new Map<string, PersonMention>();
  const out: AnalysedSentence[] = [];
  // "a day earlier" counts from the last day the article named.
  let previousDay: string | null = null;
  let previousDayParagraph: number | null = null;
  let previousMonth: string | null = null;
  let previousMonthParagraph: number | null = null;
  let previousMonthVague = false;
  let writtenMonth: { date: string; paragraph: number } | null = null;
  let previousYear: string | null = null;
  let arrivalDay: string | null = null;
  let callDay: string | null = null;
  // A timeline's entries ("Oct. 24 - The State Duma votes to ratify the treaty") tell the past in the present tense.
  // ("3. Moscow, Oct. 24, 2024: State Duma deputies vote to ratify the treaty": so do a gallery's numbered captions, each
  // opening with the place and the full day it shows.)
  const timelineParagraphs = new Set(sentences.filter((s) => opensEntry(sentences, s) && (TIMELINE_ENTRY.test(s.text) || (CAPTION_ENTRY.test(s.text) && (/^Photo\s/.test(s.text) || followsEntryNumber(sentences, s, true))))).map((s) => s.paragraph));
  // A timeline's year heading ("2001" on a line of its own) dates the year-less days listed under it.
  let headingYear: number | null = null;
  // The day the timeline's last entry opened with, for the year of the entries after it.
  const timelineEntry: { day: string | null } = { day: null };
  // The day an entry standing as a heading of its own wrote out with its year ("2. / October 18-19, 2023 - Lavrov in
  // Pyongyang"), for the year-less days of the paragraph under it.
  let entryHeading: { date: string; paragraph: number } | null = null;
  for (const s of sentences) {
    const bodyStart = bodyStarts.get(s.index) ?? 0;
    const body = s.text.slice(bodyStart);
    const heading = YEAR_HEADING.exec(s.text);
    const wholeParagraph = opensParagraph(sentences, s) && sentences[s.index + 1]?.paragraph !== s.paragraph;
    if (heading && wholeParagraph && Number(heading[1]) <= Number(publishedAt.slice(0, 4))) {
      headingYear = Number(heading[1]);
      previousYear = `${headingYear}-01-01`;
      timelineEntry.day = null;
    }
    // The last days of the heading's year: a year-less day or month is the latest one on or before it.
    const anchorDay = headingYear !== null && headingYear < Number(publishedAt.slice(0, 4)) ? `${headingYear}-12-29` : reference;
    const future = FUTURE_WORDS.test(body);
    const subjectDay = findSubjectDay(body, out);
    const raw = findDateMentions(body, { publishedAt, reference: anchorDay }, { future, previousDay, previousDayInParagraph: previousDayParagraph === s.paragraph, previousMonth, previousMonthLoose: previousMonthVague || (previousMonthParagraph !== null && previousMonthParagraph !== s.paragraph), writtenMonth: writtenMonth?.paragraph === s.paragraph ? writtenMonth.date : null, previousYear, arrivalDay, callDay, subjectDay });
    const dates: AnalysedDate[] = raw.map((d) => {
      const start = d.start + bodyStart;
      const end = d.end + bodyStart;
      const before = s.text.slice(Math.max(0, start - 25), start);
      // "since 2019", "by June" bound a period; "from October 18-19" is a range, not a bound.
      // ("voted the treaty through last October": the verb's particle, not "all through October".)
      const particle = /\bvoted\s+(?:[\w-]+\s+){1,3}through\s+$/i.test(s.text.slice(Math.max(0, start - 60), start));
      // ("By last Friday the North Korean leader was sitting opposite Putin": a day opening the sentence with "by" before
      // a past progressive is when the act was under way, so it dates it.)
      const underwayBy = d.precision === "day" && /^By\s+$/i.test(s.text.slice(bodyStart, start)) && /^,?\s+[^,;:]{0,60}?\b(?:was|were)\s+\p{L}+ing\b/u.test(s.text.slice(end));
      // ("Before the day was out, they signed a declaration": later on that day, not a bound before it.)
      const dayOut = /^before\s+the\s+day\s+was\s+(?:out|over)$/i.test(d.text);
      const boundary = !underwayBy && !dayOut && d.endDate === null && ((/\b(?:since|until|till|by|before|after|prior\s+to|ahead\s+of|through|from)\s+(?:the\s+)?$/i.test(before) && !particle) || /^(?:since|until|till|by|before|after|from|through)\b/i.test(d.text) && !/\d\s*(?:-|–|to|and)/.test(d.text));
      // ("the first time he has met a Russian envoy since he took office at the end of 2015": a date inside the clause
      // that "since" opens after "the first time" ends a period, it dates no event of the sentence.)
      const firstSince = /\bfirst\s+time\b[^.;]*\bsince\s+[^,;.()]{0,60}$/i.test(s.text.slice(Math.max(0, start - 200), start));
      // "soldiers who died in 1945": a restrictive relative clause tells of something else.
      const relClause = /\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:died|fell|was\s+\w+|were\s+\w+|fought|perished|lost|took\s+place|ended|began|started|happened|occurred)\s+(?:[\w’'-]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, start - 50), start));
      // "Her statement followed Thursday's vote": a possessive date belongs to the noun after it, not to the report.
      const possessive = /^['’]s\b/.test(s.text.slice(end));
      // ("70 years this October since the two established ties, as both sides said during the visit", written in June:
      // a month still to come dates no act the sentence tells as done.)
      const ahead = !d.future && d.precision !== "year" && d.date.slice(0, 7) > publishedAt.slice(0, 7);
      return { ...d, start, end, reporting: !possessive && isReportingDate(s.text, start), boundary: boundary || relClause || firstSince, ...(ahead ? { ahead } : {}) };
    });
    const entry = timelineParagraphs.has(s.paragraph) && opensEntry(sentences, s);
    carryTimelineYear(dates, bodyStart, entry, timelineEntry);
    if (entry && dates[0]?.start === bodyStart) timelineEntry.day = dates[0].date;
    if (entryHeading?.paragraph === s.paragraph - 1) placeUnderEntryHeading(dates, entryHeading.date);
    // (An entry that is only its day and a title, a paragraph of its own, heads the paragraph under it.)
    const headingDate = entry && sentences[s.index + 1]?.paragraph !== s.paragraph ? dates[0] : undefined;
    if (headingDate && headingDate.start === bodyStart && !headingDate.yearInferred && !headingDate.relative) entryHeading = { date: headingDate.date, paragraph: s.paragraph };
    for (const d of dates) {
      if (d.reporting || d.future) continue;
      // "did not head home until the following Sunday. ... The centrepiece came the following day": the end of a span
      // is not the day a told sequence goes on from.
      const spanEnd = /\b(?:until|till)\s+(?:the\s+)?(?:following\s+|next\s+)?$/i.test(s.text.slice(Math.max(0, d.start - 30), d.start));
      if (d.precision === "day" && !spanEnd) {
        previousDay = d.date;
        previousDayParagraph = s.paragraph;
        if (ARRIVAL_BEFORE.test(s.text.slice(Math.max(0, d.start - 80), d.start))) arrivalDay = d.date;
        if (CALL_AFTER.test(s.text.slice(d.end, d.end + 40)) || CALL_BEFORE.test(s.text.slice(Math.max(0, d.start - 80), d.start))) callDay = d.date;
      }
      if (d.precision !== "year") {
        previousMonth = `${d.date.slice(0, 7)}-01`;
        previousMonthParagraph = s.paragraph;
        previousMonthVague = d.vague && d.relative && d.precision === "month";
      }
      if (d.precision !== "year" && !d.yearInferred && !d.relative) writtenMonth = { date: `${d.date.slice(0, 7)}-01`, paragraph: s.paragraph };
      // "the following year" counts from a year actually written, not from one inferred from the report day.
      if (!d.yearInferred) previousYear = d.date;
    }
    const historicalPresent = timelineParagraphs.has(s.paragraph);
    // ("... the treaty being replaced was itself a product of an earlier thaw. It was signed in Pyongyang in 2000": the
    // opening "It" may stand for the document the sentence before named.)
    const previous = out[out.length - 1];
    // (Read once for both tests below.)
    const previousNamesDocument = previous !== undefined && DOCUMENT_WORD.test(previous.sentence.text);
    const documentBefore = previousNamesDocument && previous.sentence.paragraph === s.paragraph;
    // ("... ratified the treaty on Wednesday." then, in a paragraph of its own, "Its approval follows the vote in the
    // Duma": a chamber's vote may be the document's across a paragraph break, as a wire report breaks every sentence.)
    const documentPrevious = previousNamesDocument;
    // ("When was the treaty signed? ¶ Putin and Kim signed it in Pyongyang on 19 June": an answer's "it" is the document
    // the question before it asked about.)
    const documentAsked = previousNamesDocument && /\?\s*["”’]?\s*$/.test(previous.sentence.text);
    // ("Putin signed the ratification law on 9 November. Kim's decree came the following Monday": a decree retold right
    // after a sentence about ratifying.)
    const ratificationBefore = previous !== undefined && previous.sentence.paragraph === s.paragraph && /\bratif/i.test(previous.sentence.text);
    // ("There is a temptation to treat a phone call as a formality. Tuesday's conversation between Putin and Kim ...": a
    // conversation retold right after a sentence about a phone call is that call.)
    const callBefore = previous !== undefined && previous.sentence.paragraph === s.paragraph && /\b(?:tele)?phone\s+(?:call|conversation|talks)\b/i.test(previous.sentence.text);
    const firstDate = dates.find((d) => !d.reporting && !d.boundary);
    // ("4 August 2001 - Kim and Putin hold talks ... Kim then visits St Petersburg": a name in an undated sentence is
    // read at the day its paragraph last named, not at the report's.)
    const mentionDate = firstDate?.date ?? (previousDayParagraph === s.paragraph ? previousDay : null) ?? reference;
    const places = findPlaces(s.text);
    const peopleHere = findPersonMentions(s.text, index, { date: mentionDate, articleSlugs, articleCountries, newPeople, otherBearers }, tokensOf[s.index]);
    const people = peopleHere.filter((p) => p.start >= bodyStart);
    // (The names are found first, so that a surname that is also a word of negation, "No Kwang Chol", negates nothing;
    // only a name written in more than one word: a bare "No talks" is a negation, whoever the article names.)
    const nameStarts = people.filter((p) => p.kind !== "anaphor" && /^\S+\s+\p{Lu}/u.test(p.text)).map((p) => p.start - bodyStart);
    const triggers = classifySentence(body, { historicalPresent, documentBefore, documentPrevious, documentAsked, ratificationBefore, callBefore, nameStarts }).map((t) => ({ ...t, start: t.start + bodyStart, end: t.end + bodyStart }));
    out.push({
      sentence: s,
      bodyStart,
      dates,
      triggers,
      people,
      places: places.filter((p) => p.start >= bodyStart),
      countryRefs: countryRefsOf[s.index].filter((c) => c.start >= bodyStart),
      relativeClauses: [...findRelativeClauses(s.text), ...findAppositives(s.text, people, triggers)],
      segments: findSegments(s.text, dates, places, triggers),
      lead: lead.has(s.index),
      headline: isHeadline(s) && sentences.length > 1,
    });
  }
  placeBetweenWrittenYears(out);
  placeInLookBackYear(out, reference, reference !== publishedAt || (datelineFound && [...bodyStarts.keys()].some((i) => parseDateline(sentences[i].text, publishedAt)?.date)));
  resolveAnaphora(out, new Set(people.filter((p) => p.female).map((p) => p.slug)), countNamedDyad(out), officesEverHeld(people));
  return { sentences: out, publishedAt, reference, datelineLocation, datelineFound, index };
}

/**
 * "A quiet autumn on the Moscow–Pyongyang line", "Russia-North Korea ties cool": a headline that joins two countries by
 * a dash names the pair the story is about, though the body names a third more often (the host of the pair's meeting:
 * "the two leaders met in Beijing on the sidelines of China's parade").
 */
function findHeadlinePair(sentences: AnalysedSentence[]): string[] | null {
  const h = sentences[0];
  if (!h?.headline || h.countryRefs.length < 2) return null;
  const refs = h.countryRefs;
  for (let i = 0; i + 1 < refs.length; i++) {
    const [a, b] = [refs[i], refs[i + 1]];
    if (a.code !== b.code && /^\s*[–—-]\s*$/.test(h.sentence.text.slice(a.end, b.start))) return [a.code, b.code];
  }
  return null;
}

/**
 * The two countries the sentences name most (country words and people's countries), most named first, unless the
 * headline joins two by a dash (findHeadlinePair). analyseArticle
 * counts them before any pronoun is read; events.ts' dyadOf again once pronouns have added people.
 */
export function countNamedDyad(sentences: AnalysedSentence[]): string[] {
  const paired = findHeadlinePair(sentences);
  if (paired) return paired;
  const counts = new Map<string, number>();
  for (const a of sentences) {
    for (const c of a.countryRefs) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
    for (const p of a.people) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([c]) => c);
}

/**
 * "March 3, 2030 - The Duma votes to ratify the pact. / March 9 - The minister lands in Moscow": a timeline entry
 * opening with a year-less day or month is in the year of the entry before it, when that keeps the entries in order
 * (the report's day alone would put it a year later). An entry earlier in the year than the one before it, or one
 * whose year the text reads as it wrote it, is left as it was.
 */
function carryTimelineYear(dates: AnalysedDate[], bodyStart: number, entry: boolean, last: { day: string | null }): void {
  const d = dates[0];
  if (!entry || !d || d.start !== bodyStart || !last.day || !d.yearInferred || d.relative || d.reporting || d.precision === "year") return;
  const y = last.day.slice(0, 4);
  if (y >= d.date.slice(0, 4)) return;
  const date = `${y}${d.date.slice(4)}`;
  const [yy, mm, dd] = date.split("-").map(Number);
  if (!isValidDay(yy, mm, dd) || date < last.day) return;
  const shift = Number(d.date.slice(0, 4)) - yy;
  const endDate = d.endDate ? `${Number(d.endDate.slice(0, 4)) - shift}${d.endDate.slice(4)}` : null;
  dates[0] = { ...d, date, endDate };
}

/**
 * "2. / October 18-19, 2030 - The envoy in the capital" then "The envoy arrived on 18 October.": a year-less day in the
 * paragraph under a timeline entry standing as a heading, with its year written, is in the heading's year when that
 * puts it on or within a month after the heading's day (the report's year, a year later, would be a retelling's).
 */
function placeUnderEntryHeading(dates: AnalysedDate[], headingDay: string): void {
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    if (!d.yearInferred || d.relative || d.reporting || d.future || d.endDate !== null || d.precision === "year") continue;
    const y = headingDay.slice(0, 4);
    if (y >= d.date.slice(0, 4)) continue;
    const date = `${y}${d.date.slice(4)}`;
    const [yy, mm, dd] = date.split("-").map(Number);
    if (!isValidDay(yy, mm, dd) || date < headingDay.slice(0, d.precision === "month" ? 7 : 10) || diffDays(date, headingDay) > 31) continue;
    dates[k] = { ...d, date };
  }
}

/**
 * "A year ago, on 2 March 2030, the pact came into force. How was it ratified? The upper house approved it in early
 * February. The president signed the law on 20 February 2030.": a year-less day or month told in a sentence between
 * two sentences that write out one and the same year, earlier than the one the report's day would give it, is in
 * that year. (Years written on only one side, or different ones, leave it as it was.)
 */
function placeBetweenWrittenYears(out: AnalysedSentence[]): void {
  const written = (d: AnalysedDate) => !d.yearInferred && !d.reporting && !d.future && d.precision !== "year";
  const flat = out.flatMap((a, i) => a.dates.map((d, k) => ({ i, k, d })));
  flat.forEach(({ i, k, d }, n) => {
    if (!d.yearInferred || d.relative || d.future || d.reporting || d.endDate !== null || d.precision === "year" || /\b(?:this|last|next)\s+year$/i.test(d.text)) return;
    // (The nearest written date each side, found by index: copying and reversing the list for each date took 0.3%.)
    let before: (typeof flat)[number] | undefined;
    for (let j = n - 1; j >= 0 && !before; j--) if (written(flat[j].d)) before = flat[j];
    let after: (typeof flat)[number] | undefined;
    for (let j = n + 1; j < flat.length && !after; j++) if (written(flat[j].d)) after = flat[j];
    // (Within one sentence a list of dates is read by findDateMentions: "in July 2023 and again in September" may
    // leave the year it was written in.)
    if (!before || !after || before.i === i || after.i === i || i - before.i > 3 || after.i - i > 3) return;
    const y = before.d.date.slice(0, 4);
    if (after.d.date.slice(0, 4) !== y || y >= d.date.slice(0, 4)) return;
    const date = `${y}${d.date.slice(4)}`;
    const [yy, mm, dd] = date.split("-").map(Number);
    if (!isValidDay(yy, mm, dd)) return;
    out[i].dates[k] = { ...d, date };
  });
}

/**
 * "A year ago this month, the envoy flew in twice. His first trip was on 4 May 2030. ... On 19 May, after the leader
 * had received him again, he announced the deal": in a look-back that has named no date of the report's own year, a
 * year-less day that the report's year would put in that year, a few weeks at most after the last day written out with
 * the earlier year the text said it looks back to ("a year ago"), goes on from that day, in its year. A paragraph break
 * does not stop it, as it does within findDateMentions. (A text that has already told anything in the report's year —
 * "arrived on Monday" — is news, and so is a wire's under a dated dateline: their year-less days stay the report's.)
 */
function placeInLookBackYear(out: AnalysedSentence[], reference: string, datelineDated: boolean): void {
  if (datelineDated) return;
  const reportYear = reference.slice(0, 4);
  let lastWritten: string | null = null;
  // The years the text has said it looks back to ("A year ago this month, ...").
  const lookBack = new Set<string>();
  for (const a of out) {
    // (A headline's bare month, "two June visits", is read by the body's years, not a time of its own.)
    if (a.headline) continue;
    for (let k = 0; k < a.dates.length; k++) {
      const d = a.dates[k];
      if (d.reporting) continue;
      if (d.date.slice(0, 4) === reportYear && d.precision !== "year") {
        // ("its June meetings": a month given no year of its own puts nothing in the report's year.)
        if (d.precision === "month" && d.yearInferred && !d.relative) continue;
        const retold = lastWritten !== null && lookBack.has(lastWritten.slice(0, 4)) && d.yearInferred && !d.relative && !d.future && !d.endDate && d.precision === "day" && !/\b(?:this|last|next)\s+year$/i.test(d.text);
        if (!retold) return;
        const date = `${lastWritten!.slice(0, 4)}${d.date.slice(4)}`;
        const [yy, mm, dd] = date.split("-").map(Number);
        // (Only forward: "a year ago today, on 19 May 2030 ... flew in on 4 May and was back on Tuesday" tells this
        // year's 4 May, before the day written, as news.)
        if (!isValidDay(yy, mm, dd) || diffDays(date, lastWritten!) <= 0 || diffDays(date, lastWritten!) > 31) return;
        a.dates[k] = { ...d, date };
        continue;
      }
      if (d.date.slice(0, 4) > reportYear) return;
      if (!d.yearInferred && !d.future && d.precision === "day") lastWritten = d.date;
      if (d.relative && /\bago\b/i.test(d.text)) lookBack.add(d.date.slice(0, 4));
    }
  }
}
