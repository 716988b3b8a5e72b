/**
 * Step 5b/6: triggers + dates + people + places -> events. Mentions of one event are merged; undated mentions
 * are attached to a dated event, dated from context, or dropped, so every event rests on a resolvable date.
 */
import { findOfficeAt, resolveRoleHolder, type PersonMention } from "../people/resolve";
import type { RoleKey } from "../people/types";
import { countNamedDyad, ENTRY_NUMBER, type AnalysedDate, type AnalysedSentence, type ArticleAnalysis } from "./analyze";
import { isInDateAppositive } from "./anaphora";
import { DOCUMENT_WORD, LIVE_STAMP, type Trigger } from "./classify";
import { addDays, addMonths, ANNIVERSARY_MARKED, BEFORE_AS_ADVERB, diffDays, RETOLD_DAYS_AFTER, retoldNounSubject } from "./dates";
import { findPlaceByName, toCountryName, type PlaceMention } from "./places";
import type { DatePrecision, EventType, ExtractedEvent, ExtractedParticipant } from "./types";

type DateSource = "explicit" | "inferred-year" | "relative" | "derived" | "context" | "lead";
const SOURCE_RANK: Record<DateSource, number> = { explicit: 0, "inferred-year": 1, relative: 2, derived: 3, context: 4, lead: 5 };
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

interface EventDate {
  date: string;
  precision: DatePrecision;
  endDate: string | null;
  source: DateSource;
  /** "last week", "this week": a recent day the text does not give, read at month precision. */
  recentWeek?: boolean;
}

interface Location {
  name: string;
  country: string;
  kind: PlaceMention["kind"];
}

export interface Candidate {
  type: EventType;
  a: AnalysedSentence;
  trigger: Trigger;
  date: EventDate | null;
  participants: PersonMention[];
  location: Location | null;
  actor: string | null;
  agreementName: string | null;
  hedged: boolean;
  /** Participants added by inference (host head of state, treaty signatories). */
  inferred: boolean;
  /** A visit whose destination the sentence leaves open ("the previous Shoigu visit"). */
  needsDestination?: boolean;
  /** Where a visit needing a destination goes when the traveller has no other trip to go by (the host's country). */
  hostDestination?: Location;
  /** One of several dates listed for one verb ("met three times: in 2000, in 2001 and in 2002"). */
  enumerated?: boolean;
  /** Told by no sentence of its own: a guest's visit read from a meeting held in the host's country. */
  implied?: boolean;
  /** A welcome at the airport or station: part of the visit, a meeting only as another telling of one. */
  welcome?: boolean;
  /** Welcomed on arrival by the guest's own counterpart: the start of their talks, unless held on another day. */
  greeting?: boolean;
  /** "The signing followed hours of talks": the type of the event told before, whose day the talks share. */
  follows?: EventType;
  /** "went to Pyongyang twice in June": the n-th of the trips a count tells in one period, kept apart from the others. */
  repeat?: number;
}

interface Group {
  type: EventType;
  date: EventDate;
  participants: PersonMention[];
  location: Location | null;
  actor: string | null;
  agreementName: string | null;
  mentions: Candidate[];
  best: Candidate;
  parent: Group | null;
  key: string;
}

// ---------------------------------------------------------------- clause scope

interface Scope {
  start: number;
  end: number;
  excluded: Array<[number, number]>;
  antecedent: PersonMention | null;
}

function findScope(a: AnalysedSentence, pos: number): Scope {
  const seg = a.segments.find(([s, e]) => pos >= s && pos < e) ?? [0, a.sentence.text.length];
  const rel = a.relativeClauses.find(([s, e]) => pos >= s && pos < e);
  if (rel) {
    // ("Shoigu, now secretary of the Security Council, who travelled ...": past an appositive too.)
    const appositive = (p: PersonMention) => a.relativeClauses.some(([s, e]) => s >= p.end && s - p.end <= 3 && s < rel[0] && Math.abs(e - rel[0]) <= 2);
    const antecedent = [...a.people].reverse().find((p) => p.end <= rel[0] && (rel[0] - p.end <= 3 || appositive(p))) ?? null;
    return { start: rel[0], end: rel[1], excluded: [], antecedent };
  }
  return { start: seg[0], end: seg[1], excluded: a.relativeClauses.filter(([s, e]) => s >= seg[0] && e <= seg[1] + 1), antecedent: null };
}

function inScope(scope: Scope, start: number): boolean {
  return start >= scope.start && start < scope.end && !scope.excluded.some(([s, e]) => start >= s && start < e);
}

// People named as sources, senders or spokespeople rather than as parties to the event.
// ("asked him to pass on his greetings to President Putin": the addressee of greetings is not a party either.)
const REPORTER_BEFORE = /(?:spokes(?:man|woman|person)|press\s+secretary|quoted|analyst|expert|professor|researcher|fellow|correspondent|reporter)\b[^.;]{0,30}$|\baccompan(?:ied|ying|ies)\s+(?:by\s+)?(?:(?!(?:when|as|while|where)\s)[\w’'.-]+\s+){0,4}$/i;
/**
 * "according to Peskov", "according to the Kremlin's spokesman, Dmitry Peskov,": the one a source phrase names, or
 * names again in an appositive set off by commas. ("According to Tass, Kim met Lavrov": the source phrase ends at its
 * comma, and the clause after it names the parties.)
 */
function isSourceNamed(before: string, after: string): boolean {
  const m = /\baccording\s+to\b[^.;,]{0,30}(,\s+)?$/i.exec(before);
  return m !== null && (m[1] === undefined || /^\s*(?:,|$)/.test(after));
}
const SENDER_BEFORE = /(?:message|letter|greetings|regards|wishes|gift|invitation|instructions?|orders?|congratulations|condolences|words|envoy|emissary|representative|behalf)\s+(?:from|of|sent\s+by)\s+(?:[\w’'.-]+\s+){0,4}$|(?:greetings|regards|wishes|congratulations|condolences)\s+to\s+(?:[\w’'.-]+\s+){0,4}$|on\s+behalf\s+of\s+(?:[\w’'.-]+\s+){0,4}$|(?:handed|delivered|conveyed|passed)\s+(?:over\s+)?(?:a\s+|the\s+)?(?:[\w’'-]+\s+){0,2}$/i;
// ("Shoigu's brief trip in March, made on Putin's orders": the one who gave the orders is no traveller.)
const SENDER_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:message|letter|greetings|regards|wishes|gift|invitation|instructions?|orders?|congratulations|condolences|words|successor|predecessor|father|mother|sister|brother|wife|husband|daughter|son|grandfather|family|aides?|spokes(?:man|woman|person)|envoy|government|administration|regime|office|(?:security|spy|intelligence|defen[cs]e|military|foreign[-\s]policy)\s+chief|(?:top|chief)\s+(?:diplomat|aide|adviser|advisor)|(?:security|foreign[-\s]policy|national[-\s]security)\s+advis[eo]r)\b/i;

// ("received Lavrov, who carried ... confirmation that Mr Putin would accept an invitation": the person a message's
// that-clause tells about, after the event's verb, is its content, not a party; not "confirmation that Kim had
// ratified the treaty", where the verb is the clause's own.)
const CONTENT_BEFORE = /\b(?:confirmation|assurances?|word|news|promise|pledge|message|reassurance)\s+that\s+(?:[\w’'.-]+\s+){0,2}$/i;

const SPEAKER_AFTER = /^\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:said|says|recalled|recalls|noted|notes|told\s+\w+|tells\s+\w+|stressed|added|stated|wrote|announced|confirmed|claimed|insisted|argued|explained|emphasi[sz]ed|pointed\s+out|recounted|disclosed|revealed|reported)\b/i;

// ("after the minister's talks with his counterpart Choe": the party may follow its role, and a possessor the article.)
// ("a meeting seen as at least as significant as the encounter with Putin": an event compared with is another event.)
const OTHER_EVENT_BEFORE = /\b(?:on|about|of|regarding|after|before|following|than|as)\s+(?:the|his|her|their|a|an|\p{Lu}[\p{L}-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}(?:conversation|talks|meeting|call|summit|discussions|visit|trip|encounter)\s+(?:with|by|to)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+)?$/iu;
const NOUN_PARTY = /^\s+(?:with|by)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+)?$/i;

const OTHER_EVENT_POSSESSED = /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:session|conversation|talks|meeting|call|summit|discussions|negotiations|visit|trip)\b/i;

const OTHER_ACTIVITY_BEFORE = /\b(?:after|before|while|when)\s+(?!meeting\b|receiving\b|hosting\b|holding\b|talking\b|signing\b|visiting\b|greeting\b|welcoming\b)[a-z]+ing\b[^,;.]{0,60}?\b(?:together\s+with|with|alongside|beside|next\s+to)\s+$/i;

// ("After standing either side of Xi at the parade, Putin and Kim held talks": the one the two stood either side of
// is the centre of the line-up, no party of the talks.)
const ALONGSIDE_BEFORE = /\b(?:stood|standing|stands|sat|sitting|seated|walked|walking|appeared|posed|posing|watched|watching|reviewed|reviewing)\s+(?:together\s+)?(?:alongside|beside|next\s+to|between|flanked\s+by|(?:on\s+)?(?:either|each|both)\s+sides?\s+of)\s+(?:[\w’'.-]+\s+){0,6}$/i;

// (The passive of a host showing or taking a guest round, right before the host's name.)
const SHOWN_ROUND_BY = /\b(?:was|were|been|being)\s+(?:shown|taken|guided|escorted|walked)\s+(?:a?round|about|through)\s+(?:(?:the|a|an|its|his|her)\s+[^.;,]{1,60}?\s+)?by\s+(?:[\w’'.-]+\s+){0,4}$/i;
// (From the sender to the end of the trip noun: "has sent one of his aides on a week-long trip".)
const SENDER_OF_TRIP = /^\s+(?:has\s+|had\s+|have\s+)?(?:sent|dispatched|sends|dispatches)\s+[^.;:]{1,80}?\s+on\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:trip|visit|journey|tour|mission)$/i;
// ("the highest-level contact since Kim came to power": a time clause opened by "since", "after", "before" or "when".)
const TIMED_BY_RISE_BEFORE = /\b(?:since|after|before|when|until)\s+(?:[\w’'.-]+\s+){0,3}$/i;
const RISE_AFTER = /^\s+(?:first\s+)?(?:came|come|rose|took|assumed|returned)\s+(?:to\s+power|power|office|the\s+helm)\b/i;

/** ", his foreign minister was": the subject of the main clause after a subordinate one, its minister named by a pronoun. */
const MINISTER_OF_CLAUSE_AFTER = /^,\s+(?:his|her)\s+(?:own\s+|new\s+)?(?:foreign|defen[cs]e)\s+minister\b/i;
/** "Kim's foreign minister", "his defence minister": after the possessor, the office of the one it sends. */
const MINISTER_POSSESSED_AFTER = /^(?:['’]s?)?\s+(?:own\s+|new\s+)?(?:foreign|defen[cs]e)\s+minister\b/i;

function isSenderOfTrip(a: AnalysedSentence, p: PersonMention, t: Trigger): boolean {
  return t.type === "visit" && p.end <= t.start && SENDER_OF_TRIP.test(a.sentence.text.slice(p.end, t.end));
}

function isBystander(a: AnalysedSentence, p: PersonMention, t?: Trigger): boolean {
  const text = a.sentence.text;
  const before = text.slice(Math.max(0, p.start - 60), p.start);
  const after = text.slice(p.end, p.end + 40);
  if (REPORTER_BEFORE.test(before) || isSourceNamed(before, after) || SENDER_BEFORE.test(before) || SENDER_AFTER.test(after) || (CONTENT_BEFORE.test(before) && t !== undefined && t.end <= p.start)) return true;
  // "where he was shown around by Ishayev, the governor": the host who shows a guest round is at home, no traveller
  // of the guest's trip (the meeting of the two is read by findCompanionMeeting).
  if (t && t.type === "visit" && SHOWN_ROUND_BY.test(before)) return true;
  // "While Washington was courting Kim, his foreign minister was in Moscow": the one whose minister is named is the
  // minister's principal, no party of what the minister does.
  // (So is one who closes an opening while-clause the main clause's "his minister" points back to.)
  if (MINISTER_POSSESSED_AFTER.test(after) || (MINISTER_OF_CLAUSE_AFTER.test(after) && /^(?:While|As|When|Whereas|Although)\s[^,;]*$/.test(text.slice(a.bodyStart, p.start)))) return true;
  // "Kim has sent one of his closest aides on a week-long trip to Russia": the one who sends is no traveller of the trip.
  if (t && isSenderOfTrip(a, p, t)) return true;
  // "since Kim came to power": the subject of a clause that times the event by someone's rise is no party of it.
  if (t && t.type !== "visit" && (p.end <= t.start || p.start >= t.end) && TIMED_BY_RISE_BEFORE.test(before) && RISE_AFTER.test(after)) return true;
  // "to brief him on the conversation with Putin": a party of another event.
  // ("The audience came three days after her talks with Lavrov on November 1": when that noun is the trigger being
  // read, the person after "with" is its party.)
  // ("photographs of Kim's talks with Shoigu": when the noun is the trigger being read, its "with" names its party.)
  if (OTHER_EVENT_BEFORE.test(before) && !(t && t.type === "meeting" && (t.framing || t.nominal) && t.end <= p.start && NOUN_PARTY.test(text.slice(t.end, p.start)))) return true;
  // "hours after watching a parade together with Xi": a companion in another activity, not a party.
  if (OTHER_ACTIVITY_BEFORE.test(text.slice(Math.max(0, p.start - 100), p.start))) return true;
  // "The two presidents held talks after the parade, which they watched as guests of Lula": the host whose guests a
  // pair were is a third party, no party of their talks. (Only "guests", plural: "Kim came as a guest of Putin" is
  // told by the guest of his host.)
  if (t && t.type === "meeting" && t.end <= p.start && GUESTS_OF_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start))) return true;
  // "the images from the parade, where Kim stood alongside Putin and Xi": companions in a line-up, not parties.
  if (ALONGSIDE_BEFORE.test(text.slice(Math.max(0, p.start - 100), p.start))) return true;
  // "Lavrov recalled that Putin and Kim met": the speaker of a reporting clause is not a party ("Lavrov said he met"
  // brings him back through the pronoun).
  // ("Choe told Lavrov on Friday that ..., in talks held in Moscow": the speaker is a party of the talks that frame it.)
  // ("Shoigu said on Tuesday after meeting Kim": the speaker is the subject of the gerund that follows the saying.)
  if (t && p.end <= t.start && p.kind !== "anaphor" && SPEAKER_AFTER.test(after) && !(isTalksHeldFrame(t) && /^\s+(?:told|tells)\b/i.test(after)) && !isSpeakerOfGerund(text.slice(p.end, t.start), t)) return true;
  if (p.role && /spokes|press\s+secretary/i.test(p.role)) return true;
  // "the Russian delegation was welcomed by DPRK officials and the Russian ambassador, Matsegora": the guests' own
  // envoy at the welcome is of their side, not a host.
  if (p.country !== null && /\bambassador\b[^.;]{0,40}$/i.test(before) && a.countryRefs.some((c) => c.code === p.country && c.end <= p.start && /^\s+(?:delegation|guests?|visitors?)\s+(?:was|were)\s+(?:welcomed|greeted|met)\b/i.test(text.slice(c.end, c.end + 40)))) return true;
  if (p.kind !== "anaphor" && isInDateAppositive(text, p)) return true;
  const sides = p.kind === "anaphor" && /^(?:both|the\s+two)\s+sides$/i.test(p.text);
  // "the readouts from both sides spoke of ...": the sides a statement comes from are its sources, not the event's.
  if (sides && /\bfrom\s+$/i.test(before)) return true;
  // "held talks in Moscow, underscoring the pace of exchanges between the two sides": the sides of a comment clause
  // after the event are of the comment, not the event's.
  if (sides && t && t.end <= p.start && COMMENT_CLAUSE.test(text.slice(t.end, p.start))) return true;
  // "received the minister a day after the foreign ministers' session": the possessors of an earlier or later event
  // noun are its parties (unless that noun is the trigger being read).
  // (Only a group named by its role: "a call in August, before Putin's meeting with Trump" keeps Putin in the call.)
  if (p.kind === "anaphor" && /^(?:the\s+)?(?:two\s+|both\s+)?(?:[\w-]+\s+)?(?:ministers|leaders|sides|presidents|delegations|envoys)$/i.test(p.text) && /\b(?:after|before|following|ahead\s+of)\s+(?:the\s+)?$/i.test(before) && OTHER_EVENT_POSSESSED.test(after) && !(t && t.end > p.end && t.start - p.end < 30)) return true;
  return false;
}

/** "as guests of ", "as the guests of Chinese President ": the host of a pair, right before his name. */
const GUESTS_OF_BEFORE = /\bas\s+(?:the\s+)?guests\s+of\s+(?:(?:\p{Lu}[\p{L}’'-]*|the)\s+){0,4}$/u;

const COMMENT_CLAUSE = /,\s+(?:underscoring|highlighting|reflecting|illustrating|signall?ing|marking)\s[^,;]*$/i;

/** "SPEAKER said (on Tuesday) after meeting / after holding talks with": the gerund's subject is the speaker. */
function isSpeakerOfGerund(between: string, t: Trigger): boolean {
  if (!/^(?:after|before|following|while|when)\s/i.test(t.text)) return false;
  return /^\s+(?:also\s+|later\s+)?(?:said|says|told\s+(?:reporters|journalists|the\s+press))(?:\s+(?:on|late\s+on|early\s+on)\s+[\w.]+(?:\s+\d{1,2})?)?,?\s*$/i.test(between);
}

/** "..., in talks held in Moscow": talks that frame the sentence's verb of saying. */
function isTalksHeldFrame(t: Trigger): boolean {
  return t.framing && /^in\s+(?:the\s+)?talks\s+(?:held|conducted)\b/i.test(t.text);
}

function uniqueBySlug(people: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return people.filter((p) => (seen.has(p.slug) ? false : (seen.add(p.slug), true)));
}

// ("... and, on January 16, was received by Putin": a dated phrase set off by commas after the conjunction.)
// ("..., and on 4 August that year held talks": a time adverbial right after the conjunction.)
// ("held talks with Lavrov and was afterwards received by Putin": "afterwards" as "then" or "later".)
// ("held talks with Choe and, the same afternoon, was received by Kim": so a time of day set off by commas.)
const COORDINATION = /(?:,\s*|\s+)(?:and|but|then|before|after|while)(?:,\s+(?:on|in|at|later|then|(?:the\s+same|that)\s+(?=(?:day|morning|afternoon|evening|night)\b))\b[^,;]{0,30},|,?\s+(?:on|in)\s+(?:\d|\p{Lu})[^,;]{0,30}?(?=\s)|\s+(?:by|in|later\s+in)\s+the\s+(?:evening|morning|afternoon)\b,?)?\s+(?:(?:was|were|is|are|had|has|have|also|later|then|afterwards?|subsequently|separately|jointly)\s+)*$/iu;

/**
 * The parties of one trigger. With several triggers in a clause, each takes the clause subject (people before the
 * first trigger) plus the people in its own stretch of text, so "met Lavrov and was received by Putin" is two meetings.
 */
// ("the partnership treaty their countries signed last year": the countries of the people named before, too.)
const COLLECTIVE_SUBJECT = /\b(?:the|both|their)\s+(?:two\s+)?(?:countries|nations|states|sides|governments|capitals)\s+(?:(?:had|have|has|jointly|later|then|also|formally)\s+)*$/i;

/**
 * "the partnership treaty that Moscow and Pyongyang concluded last year": a signing whose subject, right before the
 * verb, is two countries or their capitals joined by "and" (no person among the signers the sentence names).
 */
function isCountryPairSubject(a: AnalysedSentence, t: Trigger): boolean {
  if (t.type !== "agreement" || t.nominal) return false;
  const text = a.sentence.text;
  const refs = [...a.countryRefs, ...a.places.filter((p) => p.preposition === null && !p.attributive && p.kind !== "site")].sort((x, y) => x.start - y.start);
  const second = refs.filter((r) => r.end <= t.start && /^\s+(?:(?:had|have|has|jointly|later|then|also|formally)\s+)*$/i.test(text.slice(r.end, t.start))).pop();
  const first = second ? refs.filter((r) => r.end <= second.start && /^\s+and\s+$/i.test(text.slice(r.end, second.start))).pop() : undefined;
  const code = (r: { code: string } | { country: string }) => ("code" in r ? r.code : r.country);
  return first !== undefined && second !== undefined && code(first) !== code(second);
}

const COLLECTIVE_GERUND_SUBJECT = /\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|states|sides|governments|capitals)\s+(?:[\w’'-]+\s+){1,2}?(?:after|before|since|while|by)\s+$/i;

const COLLECTIVE_PRONOUN = /\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|states|governments|capitals)['’]?\s+[^.;:]{0,80}?\b(?:treaty|agreement|pact|accord)\s+(?:that\s+|which\s+)?they\s+(?:(?:had|have|jointly|later|formally)\s+)*$/i;

const RECALLED_DOCUMENT = /\b(?:recall(?:ing|ed|s)?|cit(?:ing|ed|es)|referr(?:ing|ed)\s+to|refers\s+to|invok(?:ing|ed|es)|mention(?:ing|ed|s)|remind(?:ing|ed|s)\s+[\w’'-]+\s+of)\s+((?:the|a|an|its|their)\s+[^;:()—–]{0,120}?[^,\s])\s+$/i;

/** "the leaders' summit", "both leaders' talks": a noun owned by leaders the sentence does not name. */
const LEADERS_POSSESSOR = /\b(?:the|both)\s+(?:two\s+)?leaders['’]\s+(?:[\w-]+\s+)?$/i;

const GROUP_ANAPHOR = /^(?:the\s+two|both)\s/i;

/**
 * "was received by Kim, and on the same day he held talks with his counterpart No, when the two sides pledged ...":
 * "the two sides" after a verb that has already named its two parties, of two countries, are those two, not a pair
 * read back from the clause before (Belousov and Kim).
 */
// ("she and Lavrov held what the two sides called the first session of a dialogue": so are "the two sides" inside the
// trigger's own words, after its verb.)
function keepNamedPair(chosen: PersonMention[], t: Trigger): PersonMention[] {
  const named = uniqueBySlug(chosen.filter((p) => !isGroupAfter(t, p)));
  if (named.length !== 2 || named[0].country === null || named[1].country === null || named[0].country === named[1].country) return chosen;
  return chosen.filter((p) => !isGroupAfter(t, p) || named.some((q) => q.slug === p.slug));
}

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** "the two sides" after the trigger's start. */
function isGroupAfter(t: Trigger, p: PersonMention): boolean {
  return p.kind === "anaphor" && p.start > t.start && GROUP_ANAPHOR.test(p.text);
}

/** "Kim's decree came two days after ": a subject that retells an act, counted on to another act after "after". */
const RETOLD_AFTER = new RegExp(`${retoldNounSubject()}${RETOLD_DAYS_AFTER}\\s`, "u");

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** "Kim's meeting with the visiting minister", "hosted a reception for him": the verb's own object noun. */
function isObjectNoun(text: string, t: Trigger, x: Trigger): boolean {
  return !t.nominal && x.nominal && !x.framing && x.type === t.type && /^\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(t.end, x.start));
}

/**
 * "receives Lavrov as Putin visit to Pyongyang moves closer": a name right before the next noun trigger owns it.
 * ("shakes hands with Shoigu before their talks": a preposition or determiner between them makes no owner.)
 */
function ownsNext(text: string, next: Trigger | undefined, p: PersonMention): boolean {
  if (next !== undefined && isInvitedTo(text, next, p)) return true;
  return next !== undefined && next.nominal && !next.framing && p.end <= next.start && /^(?:['’]s?)?\s+(?:(?!(?:before|after|during|ahead|for|at|in|on|their|his|her|its|the|a|an)\b)[\w-]+\s+){0,2}$/i.test(text.slice(p.end, next.start));
}

/**
 * "Kim toured the site and invited Putin to visit the North": the one invited is the traveller of the visit still to
 * come (a plan, not told as done), not a party of the act before the invitation.
 */
function isInvitedTo(text: string, next: Trigger, p: PersonMention): boolean {
  return !next.nominal && !next.factual && p.end <= next.start && /^\s+to\s+$/.test(text.slice(p.end, next.start)) && /\b(?:invited|invites|asked|asks|urged|urges)\s+$/i.test(text.slice(Math.max(0, p.start - 10), p.start));
}

/** Where the clause of trigger k-1 ends and trigger k's begins, when a finite verb and "and" split them (participantsFor). */
function clauseCut(a: AnalysedSentence, text: string, triggers: Trigger[], eligible: PersonMention[], k: number): { from: number; to: number } | null {
  if (k <= 0 || k >= triggers.length) return null;
  // Only a finite verb ends a clause: "Li, the most senior official to visit, and To Lam came" joins subjects.
  const prev = triggers[k - 1];
  if (prev.nominal || !prev.factual || a.relativeClauses.some(([s, e]) => prev.start >= s && prev.start < e)) return null;
  const from = prev.end;
  const conj = /,\s+(?:and|but|while|whereas)\s+/g;
  let m: RegExpExecArray | null;
  let cut: { from: number; to: number } | null = null;
  while ((m = conj.exec(text.slice(from, triggers[k].start))) !== null) cut = { from: from + m.index, to: from + m.index + m[0].length };
  // ("the ministers held talks with Choe and Kim received Lavrov": with no comma, a name right after "and" and
  // right before a finite verb of its own is that verb's subject, so the clause before ends at "and"; "met Choe and
  // Kim" has no verb after the name, "met Choe and later received Kim" no name before the verb.)
  if (!cut && !triggers[k].nominal) {
    const sub = eligible.filter((p) => p.start >= from && p.end <= triggers[k].start).pop();
    const and = sub ? /\s+and\s+$/i.exec(text.slice(from, sub.start)) : null;
    // ("flew to Pyongyang, where he and Kim held talks": a name right after a subordinator, joined to the next by
    // "and", opens a subject of two, no object of the verb before.)
    const joint = and !== null && eligible.some((p) => p.start >= from && p.end === from + and.index && /,\s+(?:where|when|while|after|before)\s+$/i.test(text.slice(from, p.start)));
    if (sub && and && !joint && /^\s+(?:(?:had|has|have|then|also|later)\s+)*$/i.test(text.slice(sub.end, triggers[k].start))) return { from: from + and.index, to: sub.start };
  }
  return cut && eligible.some((p) => p.start >= cut!.to && p.end <= triggers[k].start) ? cut : null;
}

/**
 * "Kim's own meeting with Putin", "Kim's talks with Trump": the person named with "'s" right before a noun trigger
 * followed by "with" (at most two lower-case words between), the first party of that noun.
 */
function findPossessorOf(a: AnalysedSentence, eligible: PersonMention[], t: Trigger): PersonMention | undefined {
  if (!/^\s+with\s/i.test(a.sentence.text.slice(t.end, t.end + 6))) return undefined;
  return eligible.find((p) => p.kind !== "anaphor" && p.end <= t.start && /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(a.sentence.text.slice(p.end, t.start)));
}

/** A clause's own time not read as a date: "after she held talks with Lavrov the previous week". */
const OWN_TIME_AFTER = /\b(?:previous|preceding|prior|last|before|ago|weeks?|months?|years?)\b/i;

/** "On the same day as his ", "After her first ": an opening phrase of the subject's own event, up to its noun. */
const OPENING_OWN_NOUN = /^\W*(?:(?:On\s+)?the\s+same\s+day\s+as|(?:On\s+)?the\s+day\s+(?:of|after|before)|After|Before|Following|During)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;

function participantsFor(a: AnalysedSentence, scope: Scope, t: Trigger): PersonMention[] {
  const text = a.sentence.text;
  // "Russian tourists have begun arriving": a crowd, not a named party, is the traveller.
  if (t.type === "visit" && !t.nominal && /\b(?:tourists|troops|soldiers|workers|labourers|laborers|students|athletes|artists|performers|visitors|flights|trains|ships|vessels)\s+(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(Math.max(scope.start, t.start - 50), t.start))) return [];
  // "Kim's decree came two days after Putin signed the law": the act told after "after" is not the subject's owner's.
  const retold = RETOLD_AFTER.exec(text.slice(a.bodyStart));
  const after = retold && t.start >= a.bodyStart + retold[0].length ? a.bodyStart + retold[0].length : 0;
  const inClause = a.people.filter((p) => inScope(scope, p.start) && !isBystander(a, p, t) && p.start >= after);
  // ("he went along with Putin when the Russian president hosted Kim": a when-clause whose own subject stands right
  // before its verb is that subject's act; the people of the clause it hangs on are no parties of it.)
  const whenSubject = t.nominal ? undefined : inClause.find((p) => p.kind !== "anaphor" && p.end <= t.start && /^\s+(?:(?:had|has|have|then|also|first|last)\s+)*$/i.test(text.slice(p.end, t.start)) && /[^,;],?\s+when\s+$/i.test(text.slice(Math.max(0, p.start - 12), p.start)));
  const eligible = whenSubject ? inClause.filter((p) => p.start >= whenSubject.start) : inClause;
  const triggers = a.triggers.filter((x) => (inScope(scope, x.start) || x.start === t.start) && (!whenSubject || x.start >= whenSubject.start)).sort((x, y) => x.start - y.start);
  let chosen = eligible;
  if (triggers.length > 1) {
    const i = triggers.findIndex((x) => x.start === t.start);
    // The clause subject precedes the first verb; a possessor before a noun ("Lavrov's visit comes as ...") is not it.
    // "arrived ..., a month after the summit between X and Y": a later noun that names its own parties takes no subject.
    // ("met in April, two months after Kim's talks with Trump": so does one with its own possessor and a with-party.)
    const ownParties = i > 0 && t.nominal && (/^\s+(?:talks\s+)?between\b/i.test(text.slice(t.end, t.end + 20)) ||
      (/\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/u.test(text.slice(Math.max(0, t.start - 40), t.end)) && /^\s+with\s/i.test(text.slice(t.end, t.end + 6))));
    const subject = (triggers[0].nominal && !triggers[0].framing) || ownParties ? [] : eligible.filter((p) => p.end <= triggers[0].start);
    let winStart = i === 0 ? scope.start : triggers[i - 1].end;
    // "Before meeting Kim, Belousov sat down with No": the object of a gerund opening the sentence, up to its comma, is
    // a party of that other meeting only.
    const opener = i === 1 ? triggers[0] : null;
    // ("On the same day as his audience with Kim, Belousov held talks with No": so is the partner of an opening phrase
    // of the subject's own other meeting, told with a noun.)
    if (opener && ((/^(?:after|before|following|while|when)\s/i.test(opener.text) && /^\W*$/.test(text.slice(scope.start, opener.start))) || (opener.nominal && OPENING_OWN_NOUN.test(text.slice(scope.start, opener.start))))) {
      const comma = text.indexOf(",", opener.end);
      if (comma >= 0 && comma < t.start) winStart = comma + 1;
    }
    let ownWhenClause = false;
    // "Kim's meeting with the visiting minister, Belousov": the adjective opens no stretch of its own.
    // "hosted a reception for him": the verb's own object noun opens no stretch either.
    const nextOwn = triggers.slice(i + 1).find((x) => !(t.type === "meeting" && x.travellerAfter) && !isObjectNoun(text, t, x));
    const winEnd = nextOwn ? nextOwn.start : scope.end;
    if (i > 0) {
      const between = text.slice(winStart, t.start);
      const coordination = COORDINATION.exec(between);
      // ("..., and the two men then held talks": "then" right after a subject of its own is an adverb, not a verb
      // joined to the one before.)
      const conj = coordination && /^\s+then\b/i.test(coordination[0]) && eligible.some((p) => p.end === winStart + coordination.index) ? null : coordination;
      // "the treaty that Putin and Kim signed during a summit in June": a framing phrase right after a verb is an event
      // of that verb's own subject, not of the main clause's.
      const framed = triggers[i - 1];
      if (t.framing && !framed.nominal && /^\s*$/.test(text.slice(framed.end, t.start))) {
        const own = eligible.filter((p) => p.start >= (i >= 2 ? triggers[i - 2].end : scope.start) && p.end <= framed.start);
        const nearest = own.filter((p) => /^\s+$/.test(text.slice(p.end, framed.start))).pop();
        // ("the declaration the two leaders signed after their talks": a group read as two people is both of them.)
        if (nearest) subject.splice(0, subject.length, ...own.filter((p) => p === nearest || (p.start === nearest.start && p.end === nearest.end) || (p.end <= nearest.start && /^,?\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}$/.test(text.slice(p.end, nearest.start)))));
      }
      if (conj) {
        winStart += conj.index;
        // "when he became ... and met his counterpart": the elided subject is the previous verb's subject.
        const prev = triggers[i - 1];
        const prevStart = i >= 2 ? triggers[i - 2].end : scope.start;
        // "..., and Duma speaker Volodin came": a clause with its own subject does not inherit the previous one.
        const ownSubject = eligible.some((p) => p.start >= winStart && p.end <= t.start);
        // ("Met at the airport by his counterpart, No, Belousov went into talks with him, and by the evening was sitting
        // across from Kim": the subject right before the previous verb, with those joined to it by "and", not a
        // person of the phrase before it.)
        const stretch = eligible.filter((p) => p.start >= prevStart && p.end <= prev.start && !subject.includes(p));
        const nearest = stretch.filter((p) => /^\s+(?:(?:had|has|have|was|were|then|also|later|first|\w+ly)\s+)*$/i.test(text.slice(p.end, prev.start))).pop();
        const joined = nearest ? stretch.filter((p) => p === nearest || (p.end <= nearest.start && /^,?\s+and\s+$/i.test(text.slice(p.end, nearest.start)))) : stretch;
        if (!ownParties && !ownSubject) subject.push(...joined);
      }
      // "... by Putin at the Kremlin, after holding talks with Lavrov": the trigger opens its own stretch.
      else if (/^(?:after|following|before|while|when)\b/i.test(t.text)) winStart = t.start;
      // "holding talks with No, and being received by Kim", "sat down with Choe, and later that Thursday he was
      // received by Kim": a passive verb after ", and" takes the subject and its own agent, not the object before.
      // ("held talks with No before being received by Kim": so does one after "before being".)
      // ("holding talks with Choe on Saturday and being received by Kim": and one after "and being", the gerunds' pair.)
      else if (!t.nominal && /^\s+by\s/i.test(text.slice(t.end, t.end + 5)) && /,\s+and\s+|\b(?:before|after|and)\s+being\s+$/i.test(between)) {
        const cuts = [...between.matchAll(/,\s+and\s+|\b(?:before|after|and)\s+being\s+$/gi)];
        if (cuts.length > 0) winStart += cuts[cuts.length - 1].index! + cuts[cuts.length - 1][0].length;
      }
      // "The audience with Kim came hours after Lavrov sat down with Choe": a verb whose subject follows "after" opens
      // its own stretch at that subject.
      else if (!t.nominal) {
        // (Only a name after "after": "held talks with Choe before he was received by Kim" keeps its reading.)
        // ("received Choe at the Kremlin, hours after she held talks with Lavrov": or a personal pronoun before an
        // active meeting verb of its own; that meeting is hers with Lavrov, not the Kremlin host's. Not when the clause
        // tells a time of its own, "after she held talks with Lavrov the previous week", which the main verb's day is not.)
        // ("after she had spent the earlier part of the same day in talks with Lavrov": "the same day" is the main verb's
        // day told again, not a time of the clause's own.)
        const sub = eligible.find((p) => (p.kind !== "anaphor" || (t.type === "meeting" && /^(?:he|she|they)$/i.test(p.text) && !a.dates.some((d) => d.start > p.start && !d.reporting && !/^(?:the\s+)?same\s+day$/i.test(d.text)) && !OWN_TIME_AFTER.test(text.slice(p.end).split(/[,;.]/, 1)[0]))) && p.start >= winStart && p.end <= t.start && /^\s+(?:(?:had|has|have|then|also|first)\s+)*$/i.test(text.slice(p.end, t.start)) && /\bafter\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(winStart, p.start)));
        // ("... two days after Putin and Kim spoke by phone": a subject of two names joined by "and" opens at the first.)
        const first = sub && eligible.find((p) => p.kind !== "anaphor" && p.end <= sub.start && /^\s+and\s+$/i.test(text.slice(p.end, sub.start)) && /\bafter\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(winStart, p.start)));
        if (sub) winStart = (first ?? sub).start;
        // (The pronoun is the clause's whole subject: the main clause's subject is no party unless it is the same.)
        if (sub && sub.kind === "anaphor") ownWhenClause = true;
        // "Kim received Shoigu when Shoigu visited in May": a when-clause naming its own subject is that subject's
        // act, not the main clause subject's.
        // ("held talks in Moscow in January, when Choe was received by Putin as well": a passive with its subject is the
        // when-clause's own too.)
        const whenSub = sub ? undefined : eligible.find((p) => p.kind !== "anaphor" && p.start >= winStart && p.end <= t.start && /^\s+(?:(?:had|has|have|was|were|then|also|first|last)\s+)*$/i.test(text.slice(p.end, t.start)) && /(?:^|[^,;]),?\s+when\s+$/i.test(text.slice(winStart, p.start)));
        if (whenSub) {
          winStart = whenSub.start;
          ownWhenClause = true;
        }
        // "Kim received Lavrov in Wonsan, where the Russian minister also held talks with Choe": a where-clause naming
        // its own subject right before its meeting verb is that subject's meeting at the place; the main clause's
        // subject is a party only when named in it again ("Lavrov went to Wonsan, where Kim received him").
        const whereSub = sub || whenSub || t.type !== "meeting" ? undefined : eligible.find((p) => p.start >= winStart && p.end <= t.start && /^\s+(?:(?:had|has|have|then|also|later|first)\s+)*$/i.test(text.slice(p.end, t.start)) && /,\s+where\s+$/i.test(text.slice(winStart, p.start)));
        if (whereSub) {
          winStart = whereSub.start;
          const named = eligible.filter((p) => p.start >= winStart && p.start < winEnd);
          subject.splice(0, subject.length, ...subject.filter((p) => named.some((q) => q.slug === p.slug)));
        }
      }
    }
    // "receives Lavrov as Putin visit to Pyongyang moves closer": Putin belongs to the later noun, not to "receives".
    const next = triggers[i + 1];
    // "the talks between Kim and Putin": the parties are the ones named after the noun.
    // ("the last summit was Kim's own meeting with Putin in 2019": a possessor right before the noun, "with" after it, is
    // a party too, beside the one after "with".)
    if (ownParties) winStart = findPossessorOf(a, eligible, t)?.start ?? t.end;
    // "as the two countries follow up on last month's summit": a later bare noun is another event, not the subject's.
    const laterNoun = i > 0 && t.nominal && !t.framing;
    // ... and takes only people named with it ("summit with X", "X's talks"), not the previous verb's object.
    if (laterNoun && !ownParties) {
      // ("..., and her talks with Lavrov on Monday": a possessive pronoun opening a clause owns the noun, its subject,
      // as a name with "'s" does; not one after a preposition, "a day before his first summit".)
      // ("toured the Far East for a fortnight, including his talks with Putin on 23 August": so does one after
      // ", including", a part of the subject's trip told as his own.)
      const clauseOpening = (p: PersonMention) => p.kind === "anaphor" && /^(?:his|her|their)$/i.test(p.text) && /(?:,\s+(?:and|but|while|including)|;)\s+$/i.test(text.slice(0, p.start));
      const owner = eligible.find((p) => p.end <= t.start && (/^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(p.end, t.start)) || (clauseOpening(p) && /^\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(p.end, t.start)))));
      winStart = owner ? owner.start : t.start;
    }
    // "X telephoned Y before his summit, and Z came to Pyongyang": after ", and" a clause naming its own subject
    // before its verb inherits nobody, and the clause before it ends there.
    const cutBefore = clauseCut(a, text, triggers, eligible, i);
    const cutAfter = clauseCut(a, text, triggers, eligible, i + 1);
    const ownClause = cutBefore !== null;
    if (cutBefore) winStart = Math.max(winStart, cutBefore.to);
    const clauseEnd = cutAfter ? Math.min(winEnd, cutAfter.from) : winEnd;
    // "Putin received Choe on November 4, three days after her talks with Lavrov": a framing phrase whose possessor is
    // not the clause subject is that person's event, not the subject's.
    const owner = t.framing && i > 0 ? a.people.find((p) => p.start >= t.start && p.end <= t.end) : undefined;
    const ownedElsewhere = owner !== undefined && !subject.some((p) => p.slug === owner.slug);
    chosen = uniqueBySlug([...(laterNoun || ownClause || ownedElsewhere || ownWhenClause ? [] : subject), ...eligible.filter((p) => p.start >= winStart && p.start < clauseEnd && !ownsNext(text, next, p))]);
  }
  chosen = keepNamedPair(chosen, t);
  // "He praised the results of the talks between the foreign ministers of the two countries": a talks noun followed by
  // "between" has the pair named after it as its parties, not the one who speaks of it.
  if (t.nominal && !t.framing && t.type === "meeting" && /^\s+between\s/i.test(text.slice(t.end, t.end + 10))) {
    const named = chosen.filter((p) => p.start >= t.end);
    if (uniqueBySlug(named).length >= 2) chosen = named;
  }
  // "the treaty the two countries signed in June": a verb whose subject, right before it, is the countries or sides
  // themselves names no one before it as a party (not "Belousov", the subject of the visit told before).
  // ("the defence ministers of the two countries were held": not when the countries end a phrase naming people.)
  const base = Math.max(0, t.start - 40);
  // ("a framework the two governments created after signing a treaty in June": a gerund after the countries' own verb
  // has them as its subject too.)
  const collective = t.nominal ? null : COLLECTIVE_SUBJECT.exec(text.slice(base, t.start)) ?? (/ing$/i.test(t.text) ? COLLECTIVE_GERUND_SUBJECT.exec(text.slice(base, t.start)) : null);
  const byCountries = (collective !== null && !a.people.some((p) => p.start < base + collective.index && p.end > base + collective.index)) || isCountryPairSubject(a, t);
  if (byCountries) chosen = chosen.filter((p) => p.start >= t.end);
  // "the two countries' partnership is expanding under the treaty they signed": "they" is the countries named before
  // it, with no person between them.
  const countries = t.nominal ? null : COLLECTIVE_PRONOUN.exec(text.slice(0, t.start));
  if (countries && !a.people.some((p) => p.start >= countries.index && p.end <= t.start)) chosen = chosen.filter((p) => p.start >= t.end);
  // "Shoigu stressed the legal foundation, recalling the Treaty on Friendship ... signed in Pyongyang in 2000": the one
  // who recalls or cites a document signed (a participle after its name) is no party to the signing.
  const recalled = t.type === "agreement" && !t.nominal ? RECALLED_DOCUMENT.exec(text.slice(0, t.start)) : null;
  if (recalled && DOCUMENT_WORD.test(recalled[1]) && !a.people.some((p) => p.start >= recalled.index && p.end <= t.start)) chosen = chosen.filter((p) => p.start >= t.end);
  // "Both sides say they are following up the leaders' summit": a noun the leaders own is theirs, whoever tells of it.
  const leaders = t.nominal ? LEADERS_POSSESSOR.exec(text.slice(Math.max(0, t.start - 40), t.start)) : null;
  if (leaders) return uniqueBySlug(chosen.filter((p) => p.start >= t.start - leaders[0].length));
  const inside = [...chosen];
  if (scope.antecedent && !isBystander(a, scope.antecedent) && !(recalled && DOCUMENT_WORD.test(recalled[1]))) inside.unshift(scope.antecedent);
  // ("the sides discussed carrying out the treaty the two countries signed last year": a verb whose subject is the
  // countries takes no one else the sentence names, "the sides" of other talks included.)
  // ("the two sides" are the people the article told of, read as such in anaphora.ts.)
  if (inside.length > 0 || triggers.length > 1 || (recalled && DOCUMENT_WORD.test(recalled[1])) || (byCountries && !/\bsides\b/i.test(collective?.[0] ?? ""))) return uniqueBySlug(inside);
  // Nobody in the clause: people elsewhere in the sentence, but not in another ";"/", and in October" segment.
  const seg = a.segments.find(([s, e]) => t.start >= s && t.start < e);
  const sameSegment = (p: PersonMention) => !seg || a.segments.length < 2 || (p.start >= seg[0] && p.start < seg[1]);
  // (Nor, read without the trigger, the one who sent someone on the trip told: see isBystander.)
  return uniqueBySlug(a.people.filter((p) => !isBystander(a, p) && !isSenderOfTrip(a, p, t) && sameSegment(p) && !a.relativeClauses.some(([s, e]) => p.start >= s && p.start < e)));
}

// ---------------------------------------------------------------- dates

/**
 * The end of a place-and-date phrase set off by commas right after a meeting noun: "The first Kim–Putin summit, in
 * Vladivostok in April 2019, produced nothing", "The second, at Vostochny in September 2023, ...".
 */
function findAppendedPhraseEnd(text: string, t: Trigger): number | null {
  // "Putin's only previous visit to Pyongyang, in July 2000.", "his previous visit, in September": an earlier trip's
  // date set off after it.
  if (t.type === "visit" && t.nominal && !t.framing && /\b(?:previous|last|only|earlier|first|most\s+recent)\s+$/i.test(text.slice(Math.max(0, t.start - 16), t.start))) {
    const from = /\s+to$/i.test(t.text) ? t.end - 3 : t.end;
    const m = /^(?:\s+(?:to|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,\s+(?:in|on)\s+[^,;:—–()]{1,40}?(?=[,)]|\.?$)/u.exec(text.slice(from));
    return m ? from + m[0].length : null;
  }
  if (t.type !== "meeting" || !t.nominal || t.framing || !(t.elided || /^(?:summit|meeting|talks)$/i.test(t.text))) return null;
  // ("the second summit between Kim and Putin, at the Vostochny Cosmodrome on September 13, where ...": the noun's
  // parties may stand between it and the phrase.)
  const m = /^(?:\s+(?:between|with)\s+[^,;:—–()]{1,40}?)?,\s+(?:held\s+)?(?:in|at|on|near|off)\s+[^,;:—–()]{1,90}?(?=,)/.exec(text.slice(t.end));
  return m ? t.end + m[0].length : null;
}

/**
 * "12 March marks the fifth anniversary of Lavrov's visit and of the signing of the pact": the day that marks the
 * anniversary (counted back its years in findDateMentions) dates the nouns the of-phrases name, as if written with them.
 * Only a day, and only nouns within the of-phrases (not a verb after them: "..., Kim said").
 */
function isAnniversaryOf(d: AnalysedDate, t: Trigger, text: string): boolean {
  if (!t.nominal || d.precision !== "day" || d.end > t.start) return false;
  const between = text.slice(d.end, t.start);
  const marks = ANNIVERSARY_MARKED.exec(between);
  return marks !== null && /^\s+(?:[^,;:()—–.]{0,80}?\s+and\s+of\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'-]+\s+){0,4}$/u.test(between.slice(marks[0].length));
}

/** "the June summit", "Monday's talks", "their September 2023 summit": the date modifies the noun itself. */
function isAttributive(d: AnalysedDate, t: Trigger, text: string): boolean {
  // "during their September 2023 summit": the date sits inside the framing phrase.
  if (t.framing) return d.start > t.start && d.end < t.end;
  const appended = findAppendedPhraseEnd(text, t);
  if (appended !== null && d.start > t.end && d.end <= appended) return true;
  if (!t.nominal || d.end > t.start) return false;
  const between = text.slice(d.end, t.start);
  // "It came the same day as Choe's formal talks with Lavrov": the day compared with the noun's owned event is its day.
  // ("the same day as those talks" points back to talks told before: see pickDate.)
  if (/\bsame\s+day$/i.test(d.text) && /^\s+as\s+(?:his|her|their|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(between)) return true;
  return /^(?:['’]s)?[\s-]*(?:[\w’'-]+\s+){0,2}$/.test(between) && !/\b(?:to|the|a|an|for|of|with|at|in|on|by|from|and|after|before|during|since)\b/i.test(between);
}

/**
 * "arrives for the anniversary of the 1953 ceasefire", "backed the 1987 missile treaty": a year written between "the"
 * and a noun names which ceasefire or treaty is meant; it dates that noun's event, not another one of the sentence.
 * (Not after a preposition of time: "as he did during the 2023 parade" tells when.)
 */
function isYearModifier(d: AnalysedDate, text: string): boolean {
  return d.precision === "year" && /^the\s+\d{4}$/i.test(d.text) && /^\s+(?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*)\b/u.test(text.slice(d.end)) &&
    !/^\s+(?:and|or|but|when|as|to|in|on|at|by|for|of|with|was|were|is|had|has)\b/i.test(text.slice(d.end)) &&
    !/\b(?:during|at|in|on|since|after|before|until|by|through|throughout|ahead\s+of)\s+$/i.test(text.slice(Math.max(0, d.start - 20), d.start));
}

/**
 * "signed the 2000 treaty", "met Kim at the 2019 summit": a verb whose object, or a place-in-time right after it,
 * is the noun the year modifies happened then; so did the participle told of that noun ("the 1961 pact of
 * friendship, signed in Moscow by ...").
 */
function isYearModifierOfVerb(d: AnalysedDate, t: Trigger, text: string): boolean {
  if (t.nominal) return false;
  if (d.end <= t.start) return /^(?:signed|concluded|adopted|agreed|ratified|inked|sealed)$/i.test(t.text) && /^\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+$/.test(text.slice(d.end, t.start));
  return /^\s+(?:[\w’'-]+\s+){0,3}?(?:(?:at|during|in|on)\s+)?$/i.test(text.slice(t.end, d.start)) && !/[,;:]/.test(text.slice(t.end, d.start));
}

/** "the treaty that Russia ", "the 'Treaty on ...' which the two countries ": a document, then the subject of its that-clause. */
// ("the treaty that Vladimir Putin and Kim Jong Un ": the subject may be two leaders named in full.)
const DOCUMENT_THAT_CLAUSE_BEFORE = /\b(?:treaty|agreement|accord|declaration|pact|protocol|memorandum)\b[^;:()—–]*?\s(?:that|which)\s+(?:[\p{L}’'-]+\s+){1,7}$/iu;

/** "the Treaty on Friendship, Good-Neighbourliness and Cooperation ": a document's full name, ending where a participle follows. */
const DOCUMENT_FULL_NAME_BEFORE = /\b(?:Treaty|Agreement|Accord|Pact|Protocol|Memorandum|Declaration|Convention|Charter)\s+(?:on|of|for)\s+(?:\p{Lu}[\p{L}’'-]*,?\s+)(?:(?:\p{Lu}[\p{L}’'-]*|and|the|of|on|in|for)(?:,?\s+))*$/u;

/**
 * "President Kim Dae-jung met Kim Jong Il": the registry knows the pair's heads of state, so a head of state it does not
 * know, whose country no word gives, is a third country's.
 */
function hasUnknownHeadOfState(participants: PersonMention[]): boolean {
  return participants.some((p) => p.isNew && p.roleKey === "head-of-state" && !p.country);
}

/**
 * "where he and President Hu signed a declaration of their own" after "arrived from the Chinese capital": an unknown
 * head of state in a sentence that names a country outside the pair, with no party of the pair's other side, makes the
 * event that country's with one of the pair, not the pair's. (Not "signed in Moscow by Kim Il Sung and the Soviet
 * leader": no third country is named.)
 */
function isThirdCountryHeadsEvent(a: AnalysedSentence, participants: PersonMention[], dyad: string[]): boolean {
  if (dyad.length !== 2 || !hasUnknownHeadOfState(participants)) return false;
  if (dyad.every((c) => participants.some((p) => p.country === c))) return false;
  return a.countryRefs.some((c) => !dyad.includes(c.code));
}

/** "Shoigu's trip", "Choe's first talks": a person named with "'s" right before the noun (at most two words between). */
function hasNamedOwner(a: AnalysedSentence, t: Trigger): boolean {
  return a.people.some((p) => p.kind !== "anaphor" && p.end <= t.start && /^['’]s?\s+(?:[\w’'-]+\s+){0,2}$/.test(a.sentence.text.slice(p.end, t.start)));
}

/** Text ending inside a clause opened by "shortly after" (or "soon", "just", "not long" after): "shortly after the Duma ". */
const SHORTLY_AFTER_BEFORE = /\b(?:shortly|soon|just|not\s+long)\s+after\s+[^,;:()—–]*$/i;
/** "two years after", "a few weeks since": a count of time before "after", "since" or "following". */
const COUNTED_AFTER = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since|following)\b/i;

/** "a follow-up to the summit", "a follow-up to their talks": text ending in the phrase that names an earlier event. */
const FOLLOW_UP_TO_BEFORE = /\bfollow-?ups?\s+(?:to|on)\s+(?:(?:a|an|the|this|that|their|his|her|its|last\s+\w+['’]s)\s+)?(?:[\w’'-]+\s+){0,2}$/i;

/**
 * "They came four months after Kim met Putin on 13 September": `d` is a count ending in "after" right before the
 * subject of a verb with a day or month written after it in the same clause, so that day is the verb's, not the count's
 * (the count dates the clause before it). A verb joined to that one by "and" ("... and toured the plants") shares it.
 */
function isCountBeforeDatedVerb(a: AnalysedSentence, t: Trigger, d: AnalysedDate): boolean {
  if (t.nominal || !d.relative || d.end > t.start || !/\s(?:after|following)$/i.test(d.text)) return false;
  const text = a.sentence.text;
  const verb = a.triggers.find((o) => !o.nominal && o.start >= d.end);
  if (!verb || verb.start > t.start || verb.start - d.end > 60 || /[,;:()—–]/.test(text.slice(d.end, verb.start))) return false;
  if (verb !== t && (/[,;:()—–]/.test(text.slice(verb.end, t.start)) || !/\sand\s/i.test(text.slice(verb.end, t.start)))) return false;
  return a.dates.some((x) => x !== d && !x.relative && !x.reporting && !x.future && x.precision !== "year" && x.start >= verb.end && (verb === t || x.end <= t.start) && x.start - verb.end <= 80 && !/[;:()—–]|,\s/.test(text.slice(verb.end, x.start)));
}

/** How surely a written date is known: counted from the report ("on Tuesday"), with its year guessed, or written out. */
function dateSourceOf(d: AnalysedDate): DateSource {
  return d.relative ? "relative" : d.yearInferred ? "inferred-year" : "explicit";
}

/**
 * "three months after Putin's visit to Pyongyang in June 2024, during which the two leaders signed the treaty": a verb
 * in a during-which clause happened on the visit just named, on the date written with that noun.
 */
function findDuringWhichDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  const m = /,\s+(?:during|in\s+the\s+course\s+of|at|on)\s+which\s+[^,;:()—–]*$/i.exec(text.slice(0, t.start));
  if (!m) return null;
  const comma = m.index;
  // ("during which he met Putin in Vladivostok on 13 September": a clause dated of its own keeps its date.)
  const semi = text.indexOf(";", t.end);
  if (a.dates.some((x) => x.start > comma && (semi < 0 || x.start < semi) && !x.reporting)) return null;
  const noun = a.triggers.filter((o) => o !== t && o.nominal && (o.type === "meeting" || o.type === "visit") && o.end <= comma && comma - o.end <= 60).pop();
  if (!noun || /[,;:()—–]/.test(text.slice(noun.end, comma))) return null;
  // ("Putin's state visit in June 2024 — his third meeting with Kim, during which ...": the noun in apposition names
  // the visit dated just before the dash.)
  const d =
    a.dates.find((x) => !x.reporting && !x.future && !x.boundary && ((x.start >= noun.end && x.end <= comma) || isAttributive(x, noun, text))) ??
    a.dates.find((x) => !x.reporting && !x.future && !x.boundary && x.end <= noun.start && /^\s*[—–]\s*(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(x.end, noun.start)));
  return d ? { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) } : null;
}

/**
 * "Thirteen days later he was back; on that second trip Kim received him again": an undated verb in a clause opened by
 * "on that trip" happened on the trip the sentence told before it, on that trip's date.
 */
function findThatTripDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  const m = /(?:;\s+|,\s+(?:and\s+)?)(?:on|during)\s+(?:that|this)\s+(?:[\w-]+\s+)?(?:trip|visit|stay)\b[^,;:()—–]*$/i.exec(text.slice(0, t.start));
  if (!m) return null;
  const semi = text.indexOf(";", t.end);
  if (a.dates.some((x) => x.start > m.index && (semi < 0 || x.start < semi) && !x.reporting)) return null;
  const visit = a.triggers.find((o) => o.type === "visit" && !o.nominal && o.factual && o.end <= m.index);
  if (!visit) return null;
  const d = a.dates.filter((x) => x.end <= m.index && !x.reporting && !x.future && !x.boundary).pop();
  return d ? { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) } : null;
}

/**
 * "Putin visited Pyongyang last summer, and Kim has travelled to Russia's Far East": a person opening a clause of his
 * own with a present perfect tells no time of the clause before (with the date given, of the date's clause), nor any
 * one time at all.
 */
function isPerfectAfterDatedClause(a: AnalysedSentence, t: Trigger, d?: AnalysedDate): boolean {
  const text = a.sentence.text;
  if (t.nominal) return false;
  const dates = d ? [d] : a.dates.filter((x) => !x.reporting && !x.future);
  return dates.some((x) => x.end <= t.start && a.people.some((p) => p.start > x.end && p.kind !== "anaphor" && /,\s+(?:and|but|while)\s+$/i.test(text.slice(x.end, p.start).slice(-12)) && /^\s+(?:has|have)\s+(?:also\s+|since\s+)?$/i.test(text.slice(p.end, t.start))));
}

/** Whether a date stands in an opening "Since ...," clause and the trigger after its comma, in the main clause. */
function isInOpeningSinceClause(a: AnalysedSentence, d: AnalysedDate, t: Trigger): boolean {
  const text = a.sentence.text;
  if (!/^Since\s/.test(text.slice(a.bodyStart, a.bodyStart + 6))) return false;
  // ("Since his visit in July 2023, when Kim walked him past the missiles, the North has ...": a when-clause after the
  // comma is still the since-clause's, and its verb keeps the date.)
  const end = /^Since\s[^;:]*?,(?!\s+(?:when|where|who|which)\b)/.exec(text.slice(a.bodyStart));
  const comma = end ? a.bodyStart + end[0].length - 1 : -1;
  return comma > 0 && d.start >= a.bodyStart && d.end <= comma && t.start > comma;
}

const DOCUMENT_BEFORE = /(?:["”»]|\b(?:treaty|agreement|pact|accord|deal|document|declaration|memorandum|protocol|charter|partnership|text))\s*$/i;

function isReducedRelative(text: string, t: Trigger): boolean {
  return /^sign(?:ed)?$/i.test(t.text) && DOCUMENT_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)) && /^\s+by\b/i.test(text.slice(t.end, t.end + 5));
}

/** Text ending in a noun phrase after "was": "was still a piece of paper ", "is only a document ". */
const PREDICATE_NOUN_BEFORE = /\b(?:was|were|is|are)\s+(?:(?:still|only|just|merely|little\s+more\s+than|no\s+more\s+than)\s+)?(?:a|an)\s+(?:[\w’'-]+\s+){1,4}$/i;

/** Text ending in a document's name, its title perhaps quoted: "the treaty ", "the \"Partnership Treaty\" ". */
const DOCUMENT_NAMED_BEFORE = /\b(?:treaty|agreement|accord|pact|declaration)["”’']?\s+$/i;

const DOCUMENT_THE_BEFORE = /\bthe\s+(?:treat(?:y|ies)|agreements?|accords?|pacts?|deals?|documents?|declarations?)\s+(?:(?:Mr|Mrs|Ms|President|Chairman|leader)\.?\s+)?$/i;

/**
 * "the document Mr Kim signed": a document named by its signer, the person right before "signed", tells which
 * document is meant (an object relative), not a signing on the report's day.
 */
function isSignedByNamed(a: AnalysedSentence, t: Trigger): boolean {
  if (!/^signed$/i.test(t.text)) return false;
  const text = a.sentence.text;
  const signer = a.people.find((p) => p.kind !== "anaphor" && p.end <= t.start && /^\s+$/.test(text.slice(p.end, t.start)));
  return signer !== undefined && DOCUMENT_THE_BEFORE.test(text.slice(Math.max(0, signer.start - 40), signer.start));
}

/**
 * "Putin signed the law on the Russian side and Kim issued a decree dated 3 May on the other": a date told as "dated"
 * after another act's noun is that document's own day; an act told before it, coordinated with it ("and"), does not
 * take it. ("Kim ratified it with a decree dated 3 May": the decree is the verb's own means, so its day is the verb's.)
 * (With `d` unset: whether any such date follows the trigger.)
 */
function isBeforeOtherDatedAct(a: AnalysedSentence, t: Trigger, d?: AnalysedDate): boolean {
  const text = a.sentence.text;
  return (d ? [d] : a.dates).some((x) => x.start >= t.end && /\bdated\s+$/i.test(text.slice(Math.max(0, x.start - 8), x.start)) && a.triggers.some((o) => o !== t && o.start > t.end && o.end <= x.start && /\s(?:and|while|whereas)\s|;/.test(text.slice(t.end, o.start))));
}

/** Text ending in a before/after phrase about a happening that is no event of ours ("before his death ", "after he died "). */
const OTHER_HAPPENING_BEFORE = /\b(?:before|after|until|following)\s+(?:(?:his|her|their|the\s+(?:[\w-]+\s+)?\p{L}+['’]s)\s+(?:own\s+|sudden\s+|untimely\s+)?(?:death|passing|funeral|illness|stroke|resignation|retirement|ouster|overthrow|downfall)|(?:he|she|they)\s+(?:died|passed\s+away|resigned|retired|stepped\s+down|fell\s+ill))\s+(?:(?:later\s+)?(?:in|on)\s+)?$/iu;

/** ", and noted with deep emotion that ...", " and said that the": a second verb of saying and the clause it opens. */
const SAID_THAT = /\band\s+(?:also\s+|then\s+)?(?:said|says|noted|notes|stressed|recalled|remarked|observed|declared|stated|emphasi[sz]ed|pointed\s+out|added)\s+(?:[\w’'-]+\s+){0,4}?that\s+[^;:()—–]*$/i;

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** "shake hands after signing the accord in May 2019": a gerund after the verb and "after"/"before", no comma before the date. */
/** ("he and Kim held talks and signed a declaration on July 18": talks whose parties go on, in the same breath, to sign share the signing's day.) */
function isSignedAtTalks(text: string, t: Trigger, o: Trigger, d: AnalysedDate): boolean {
  return t.type === "meeting" && o.type === "agreement" && /^held\s+talks$/i.test(t.text) && /^\s+and\s+$/i.test(text.slice(t.end, o.start)) && !/[,;:()—–]/.test(text.slice(o.end, d.start));
}

function isBesideGerund(text: string, t: Trigger, o: Trigger, d: AnalysedDate): boolean {
  return !t.nominal && /^\p{Ll}+ing$/u.test(o.text) && /^(?:\s+[\w’'-]+){0,4}?\s+(?:just\s+|shortly\s+|right\s+|moments\s+)?(?:after|before)\s+$/i.test(text.slice(t.end, o.start)) && !/[,;:()—–]/.test(text.slice(o.end, d.start));
}

/** ", with Putin in Vladivostok on": after a meeting noun (and its place), its party set off by a comma, then the date. */
const TRAILING_PARTY = /^(?:\s+(?:on|in|at)\s+[^,;:()—–]{1,40})?,\s+with\s+[^,;:()—–]{1,60}?\s+(?:on|in)\s+$/i;

/**
 * "his last summit on Russian soil, with Putin in Vladivostok on 23 August 2002": the phrase after the comma names the
 * noun's party by name ("with" and at most a title before it), so the day after it is still written with the noun.
 * (Not ", with talks expected in June": no person follows "with".)
 */
function isTrailingParty(a: AnalysedSentence, t: Trigger, d: AnalysedDate): boolean {
  const text = a.sentence.text;
  if (!t.nominal || t.framing || d.start < t.end || !TRAILING_PARTY.test(text.slice(t.end, d.start))) return false;
  const comma = text.indexOf(",", t.end);
  return a.people.some((p) => p.kind !== "anaphor" && p.start > comma && p.end < d.start && /^,\s+with\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(text.slice(comma, p.start)));
}

function pickDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  // ("A year ago this week the minister flew in, for what looked like a follow-up to a summit": the event a follow-up
  // is to came before it, so no date the sentence tells is its but one written with it: "to last May's summit".)
  const followUp = t.nominal && FOLLOW_UP_TO_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start));
  if (!t.nominal) {
    const during = findDuringWhichDate(a, t) ?? findThatTripDate(a, t);
    if (during) return during;
  }
  const tScope = findScope(a, t.start);
  let best: { d: AnalysedDate; score: number } | null = null;
  const eligible: AnalysedDate[] = [];
  // (A title chain before the traveller's name adds to a noun's reach: "the visit of the Minister of ... Lavrov to ...".)
  const titled = t.nominal ? findTitledTraveller(a, t) : undefined;
  // ("a telephone conversation between President Putin and Chairman of the State Affairs of the DPRK Kim Jong Un held on
  // August 12": so do the titled parties of a between-phrase; the date may follow the last of them.)
  const lastParty = t.nominal ? a.people.filter((p) => p.start > t.end && p.end - t.end <= 160 && /^\s+between\s[^,;:()—–]*$/i.test(text.slice(t.end, p.start))).pop() : undefined;
  // ("The headline meeting was with President Putin at the Vostochny Cosmodrome in Amur region on 13 September": after
  // "was with", all the sentence tells is the noun's, so a date at its end is still written with the noun.)
  const copula = t.nominal && /^\s+(?:was|were)\s+with\s/i.test(text.slice(t.end)) ? 160 : 0;
  const reach = Math.max(80 + (titled ? titled.start - t.end : 0), lastParty ? lastParty.end - t.end + 30 : 0, copula);
  for (const d of a.dates) {
    // "said on Tuesday after meeting Kim": the report and the meeting share the day.
    // ("told Lavrov on Friday that ..., in talks held in Moscow": what was told was told at the talks.)
    if (d.reporting && !(t.start >= d.end && /^[\s,]*(?:after|following|before|while|when)\b/i.test(text.slice(d.end, t.start + 12)) && t.start - d.end < 14) && !(isTalksHeldFrame(t) && d.end <= t.start && /\b(?:told|tells)\s+(?:[\w’'.-]+\s+){0,4}(?:on|late|early)?\s*$/i.test(text.slice(Math.max(0, d.start - 50), d.start)))) continue;
    const attributive = isAttributive(d, t, text) || isAnniversaryOf(d, t, text);
    const sinceStay = /been\s+in$/i.test(t.text) && /since/i.test(text.slice(Math.max(0, d.start - 8), d.start + 6));
    // "since July 2000, when he ... met": the when-clause happened on that date.
    const sinceWhen = d.end <= t.start && /^,?\s+when\b/i.test(text.slice(d.end, d.end + 8));
    if (d.boundary && !attributive && !sinceStay && !sinceWhen) continue;
    if (followUp && !attributive) continue;
    // A date in a future clause ("to be approved on Wednesday") dates no past event, nor does one after the report's month.
    if (d.future || d.ahead) continue;
    // "a day before his first summit": an offset from the noun's event, not its date.
    // ("a month after the summit" is counted back from the report, so it does date the summit.)
    // ("The day before, Lavrov met Rubio": set off by a comma, it is an adverb of time.)
    // ("recalled that two days before he had a call with Putin": nor is one followed by the sentence's own "he had a".)
    if (/\bbefore$/i.test(d.text) && d.end <= t.start + 7 && t.start - d.end <= 30 && !BEFORE_AS_ADVERB.test(text.slice(d.end))) continue;
    // "Kozlov's visit takes place two months after the talks ...": a date counted back by "months after" is the date
    // of what follows it, never of an event told before it.
    // (So is one counted back by "comes two days after".)
    if (d.start >= t.end && /\b(?:weeks?|months?)\s+after$|^comes\s/i.test(d.text)) continue;
    // "Kim has personally met Lavrov, a sign that the partnership they sealed last month holds": a present perfect tells
    // recent news and takes no finished past time; one written in a clause opened beyond its comma is that clause's.
    // ("has set foot there only once, in 2000": a date set off alone after the comma still dates the verb.)
    if (!t.nominal && d.start >= t.end && /\b(?:has|have)\s+(?:[a-z]+ly\s+)?$/i.test(text.slice(Math.max(0, t.start - 24), t.start)) && /[,;:—–]\s[^]*\b(?:that|which|who|whose|while|as|when)\s/i.test(text.slice(t.end, d.start))) continue;
    if (isPerfectAfterDatedClause(a, t, d)) continue;
    // ("Since her plane landed in Moscow on Monday, the minister has toured two plants and spent an hour with Putin": a
    // date in an opening since-clause is when the span began, not the time of what the main clause tells.)
    if (!t.nominal && isInOpeningSinceClause(a, d, t)) continue;
    // "KCNA on Thursday published the text of the treaty signed by Kim and Putin": a participle after the document's
    // name tells what was done to it earlier; a date before it is the main verb's.
    if (!t.nominal && d.end <= t.start && isReducedRelative(text, t)) continue;
    // ("A month ago the treaty was still a piece of paper signed in Pyongyang": so is one after a noun the sentence
    // says something was; the date is of that state, the signing earlier.)
    if (!t.nominal && t.type === "agreement" && d.end <= t.start && /^signed$/i.test(t.text) && PREDICATE_NOUN_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) continue;
    // ("The Duma passed the bill ratifying the treaty signed between the two countries on the 24th": a bare day of the
    // month, the wire's way of giving the news's own day, after a document's signing told as a participle in a sentence
    // about ratifying it, is the ratification's, not the signing's.)
    if (!t.nominal && t.type === "agreement" && d.start >= t.end && /^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(d.text) && /^signed$/i.test(t.text) && DOCUMENT_NAMED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && a.triggers.some((o) => o.type === "ratification" && o.end <= t.start)) continue;
    // "the Lavrov visit keeps up the momentum of the September summit": a month written right before another event
    // noun dates that noun only.
    // ("on the same day as those talks" compares two days: no attribute.)
    if (!attributive && !d.relative && a.triggers.some((o) => o.start !== t.start && o.nominal && !o.framing && d.end <= o.start && isAttributive(d, o, text) && !/\b(?:as|than|those|these)\b/i.test(text.slice(d.end, o.start)))) continue;
    // "The Hanoi talks last month came almost two years after the Singapore summit": an event told after a count of time
    // and "after" is that much earlier than what the sentence dated before the count, so it takes none of those dates.
    // (A framing trigger holds its "after": "after the summit".)
    if (d.end <= t.start && COUNTED_AFTER.test(text.slice(d.end, t.end))) continue;
    // ("On Friday, exactly a year to the day after the spaceport summit, the envoy arrived": a count "to the day after"
    // dates what follows "after", so a verb past the comma that closes that phrase keeps the sentence's other day.)
    if (d.end <= t.start && /\bto\s+the\s+day\s+(?:after|since)$/i.test(d.text) && /,/.test(text.slice(d.end, t.start))) continue;
    // ("met in Moscow in November, when Choe travelled there shortly after the Duma voted to ratify the treaty": so is one
    // in a clause opened by "shortly after" past the date; the date is of the act it came before.)
    // (A day keeps it: "met Kim on 5 May shortly after he landed" is that day's landing.)
    if (d.end <= t.start && d.precision !== "day" && SHORTLY_AFTER_BEFORE.test(text.slice(d.end, t.start))) continue;
    // ("The talks came four months after Kim met Putin on 13 September": a count of time ending in "after" before a verb
    // with a day written after it dates the clause before the count; the verb keeps its own day.)
    if (isCountBeforeDatedVerb(a, t, d)) continue;
    // "Her trip followed X's stop in May": a date after "followed" belongs to the earlier event.
    if (t.nominal && !t.framing && d.start >= t.end && /\b(?:follow(?:s|ed)|came\s+after|comes\s+after|preceded|precedes)\b/i.test(text.slice(t.end, d.start))) continue;
    // "the most senior envoy to come on Sunday since Kim's trip east, where he met Putin": an event named after "since"
    // (or told in the where-clause hanging on it) is earlier than the sentence's day, so a date before "since" is not its.
    if (d.end <= t.start && SINCE_PHRASE_BEFORE.test(text.slice(d.end, t.start))) continue;
    // "The Duma voted in May to ratify the pact signed during the president's visit": a date before a document named by
    // its signing is the main verb's; the signing and the occasion it was signed at are earlier.
    if (d.end <= t.start && /\b(?:treaty|agreement|accord|declaration|pact)\s+signed\b[^,;:()—–]*$/i.test(text.slice(d.end, t.end))) continue;
    // ("The upper house approved ratification of the March partnership treaty last week": a bare month written before a
    // document's noun, after the verb, names the document by when it was signed; it is no date of the vote. Not
    // "approved the treaty in March", where the month stands alone.)
    if (t.type !== "agreement" && d.start >= t.end && d.precision === "month" && /^(?:the\s+)?\p{Lu}\p{Ll}+$/u.test(d.text) && (/^the\s/i.test(d.text) || /\b(?:the|its|their)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start))) && /^\s+(?:[\w-]+\s+){0,2}?(?:treaty|agreement|accord|declaration|pact|protocol)\b/i.test(text.slice(d.end, d.end + 40))) continue;
    // ("the Duma passed on the 24th the bill ratifying the 'Treaty on ...' that Russia signed with North Korea": so is a
    // date before a document whose that-clause tells its signing.)
    if (!t.nominal && d.end <= t.start && /^(?:signed|concluded|inked|sealed)$/i.test(t.text) && DOCUMENT_THAT_CLAUSE_BEFORE.test(text.slice(d.end, t.start))) continue;
    // "his first trip to North Korea since he took over the ministry in May": a date beyond "since" dates what began then.
    if (t.nominal && d.start >= t.end && /\bsince\b/i.test(text.slice(t.end, d.start))) continue;
    // ("held talks at a guesthouse in Beijing, their first meeting since the Russian leader's trip to Pyongyang last
    // year": so does one beyond "since" in an appositive set off by a comma after a verb; the verb keeps its own day.)
    if (!t.nominal && d.start >= t.end && /,\s+(?:their|his|her|its|the)\s+(?:[\w’'-]+\s+){0,4}since\b[^,;:()]*$/i.test(text.slice(t.end, d.start))) continue;
    // ("– Putin's signature on the ratification law: 9 November.": a list item that is only a label and its day, after
    // a colon, dates the label's noun, whatever other noun the label holds.)
    const labelled = /^[\s–—•*-]*[^,;:.()]{0,60}$/.test(text.slice(0, t.start)) && /^[^,;:()—–]{0,60}:\s+$/.test(text.slice(t.end, d.start)) && /^\s*\.?\s*$/.test(text.slice(d.end));
    // ("had put their names to a declaration that insists the 1972 Anti-Ballistic Missile treaty must be preserved": a
    // year naming another document, in a clause about the verb's object, does not date the verb.)
    if (!t.nominal && d.start >= t.end && d.precision === "year" && /^the\s+\d{4}$/i.test(d.text) && /\b(?:that|which)\b/i.test(text.slice(t.end, d.start))) continue;
    // ("lands in Pyongyang with a delegation invited for the anniversary of the 1961 alliance": a year naming which
    // alliance is meant dates neither the landing nor any other event but the noun's own.)
    if (isYearModifier(d, text) && !attributive && !isYearModifierOfVerb(d, t, text)) continue;
    // "His visit follows the call on Tuesday": a date after another event noun is that noun's.
    // ("the visiting minister" is an adjective, not another event.)
    if (t.nominal && !t.framing && !labelled && d.start >= t.end && a.triggers.some((o) => o.start >= t.end && o.end <= d.start && !o.travellerAfter)) continue;
    // A bare noun ("the meeting", "a visit") takes only a date written with it, not the sentence's main verb's.
    // ("Kim's meeting with the visiting minister, Andrei Belousov, in Pyongyang on Friday": the name in commas is
    // part of the phrase.)
    // ("Lavrov's trip to Wonsan (July 11–13)": the bracket holding only the date is written with the noun.)
    const bracketed = /^[^,;:()—–]{0,40}\(\s*$/.test(text.slice(t.end, d.start)) && /^\s*\)/.test(text.slice(d.end));
    // "was granted a second audience with Putin, on November 4.": a day set off by a comma after the noun's party,
    // closing the sentence, is still the noun's.
    // ("Lavrov and Choe attend talks in Pyongyang, North Korea, Thursday, Oct. 19, 2023.": so is a caption's full date
    // closing it after the noun's place.)
    const trailingPlace = !d.relative && /^\s+(?:in|at)\s+[^,;:()—–]{1,60}(?:,\s+[^,;:()—–]{1,30})?,\s+$/i.test(text.slice(t.end, d.start));
    // ("held talks with No, and was then granted an audience with Kim, all on the same day.": "all" before it takes in
    // each event of the sentence, this one too.)
    // ("a replay of his last summit on Russian soil, with Putin in Vladivostok on 23 August 2002.": so is a day closing
    // the sentence after the meeting noun's named party, set off by a comma after the noun's own place.)
    const trailingParty = t.type === "meeting" && isTrailingParty(a, t, d);
    const trailing = (trailingPlace || trailingParty || /^\s+(?:with|between)\s+[^,;:()—–]{1,60},\s+(?:all\s+)?(?:on\s+)?$/i.test(text.slice(t.end, d.start))) && /^\s*[.!]?["”’]?\s*$/.test(text.slice(d.end));
    // ("The talks on 12 July were followed the same day by an audience with Kim": the day between "followed" and "by"
    // is when the noun after "by" happened.)
    const followedBy = t.nominal && d.end <= t.start && /\bfollowed\s+$/i.test(text.slice(Math.max(0, d.start - 12), d.start)) && /^\s+by\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}$/i.test(text.slice(d.end, t.start));
    if (t.nominal && !t.framing && !attributive && !bracketed && !trailing && !labelled && !followedBy && (d.start < t.end || d.start - t.end > reach || /[,;:(—–]/.test(withoutAppositives(a, t.end, d.start)))) continue;
    // "was in Moscow for talks with Lavrov, their second round after Wonsan in July": a framing phrase ends at its
    // comma; a date beyond it belongs to the appended phrase, and the main verb's date is the phrase's.
    if (t.framing && !attributive && !bracketed && d.start >= t.end && /[,;:(—–]/.test(withoutAppositives(a, t.end, d.start)) && a.dates.some((x) => x.end <= t.start && !x.reporting && !x.boundary && !x.future && inScope(tScope, x.start))) continue;
    // A date after a later trigger belongs to that trigger ("had a conversation ... the treaty signed in June").
    // ("the treaty, signed when Putin visited Pyongyang in June 2024": a when-clause right after the verb tells the
    // occasion it happened on, so its date is the verb's too.)
    // ("Kim received Shoigu, his old ally, when Shoigu came in May": past a short phrase set off by commas after the
    // object too.)
    // ("The treaty was signed by Kim and Putin when the two held a summit in Pyongyang on June 19": past the agent of a
    // passive verb, however titled, too.)
    const occasion = /^(?:(?:\s+[\w’'-]+){0,4}|\s+by\s+[^,;]{1,110}?)(?:,\s+[^,;]{1,40},)?\s+when\s+[^,;]{0,60}$/i;
    // ("Kim and Putin shake hands after signing the accord in Vladivostok in May 2019": an act told as done right after or
    // before another, a gerund with no comma between, happened on that occasion, so the gerund's date is its date too.)
    if (d.start >= t.end && a.triggers.some((o) => o.start > t.end && o.start < d.start && o.type !== t.type && !o.nominal && inScope(tScope, o.start) && !isBesideGerund(text, t, o, d) && !isSignedAtTalks(text, t, o, d) && !(!t.nominal && occasion.test(text.slice(t.end, o.start)) && !/[,;]/.test(text.slice(o.end, d.start))))) continue;
    // "Lavrov was received in Wonsan, the last of the visits that began with Choe's trip in March": a date written right
    // after a later event noun that a named person owns is that person's event's, not the verb's.
    if (!t.nominal && d.start >= t.end && a.triggers.some((o) => o.start > t.end && o.nominal && !o.framing && d.start >= o.start && d.start - o.end <= 4 && hasNamedOwner(a, o))) continue;
    if (isBeforeOtherDatedAct(a, t, d)) continue;
    // ("warmly welcomed the guests and noted that soldiers shed their blood here 80 years ago": a date inside what a
    // second verb said, a that-clause with a subject of its own, is the time of what was said, not of the welcome.)
    if (!t.nominal && d.start >= t.end && SAID_THAT.test(text.slice(t.end, d.start))) continue;
    // "met him in 2015, their last talks before his death that autumn": a time told inside a before/after phrase about
    // another happening (a death, a fall from office) is that happening's, not the verb's.
    if (d.start >= t.end && OTHER_HAPPENING_BEFORE.test(text.slice(t.end, d.start))) continue;
    // "The ratification itself moved quickly (...), and Kim matched it with a decree on November 11": a date written
    // right after a later trigger of the same type in a clause of its own (after ", and" or ";") is that trigger's.
    if (d.start >= t.end && a.triggers.some((o) => o.type === t.type && o.start > t.end && o.end <= d.start && /^[\s,]*(?:on|in)?\s*$/i.test(text.slice(o.end, d.start)) && /(?:,\s+and|;)\s/.test(text.slice(t.end, o.start)))) continue;
    // ("spent the morning in talks with Choe, the second session of a dialogue the two sides launched last year": so is
    // one right after a later verb of the same type past a comma, in a phrase appended to this one.)
    if (d.start >= t.end && !t.nominal && a.triggers.some((o) => o.type === t.type && !o.nominal && o.start > t.end && o.end <= d.start && /^\s*(?:on|in)?\s*$/i.test(text.slice(o.end, d.start)) && /,\s/.test(text.slice(t.end, o.start)))) continue;
    // ("The ministers reviewed the accords reached at the summit in May": a date right after a meeting noun inside a
    // participle phrase naming other agreements by where they were reached is that meeting's.)
    if (d.start >= t.end && a.triggers.some((o) => o.type === t.type && o.nominal && o.start > t.start && o.end <= d.start && /^\s*$/.test(text.slice(o.end, d.start)) && /\b(?:reached|signed|concluded|adopted|made|struck|agreed(?:\s+(?:on|upon))?)\s+(?:at|during)\s+(?:the|their|a|an)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+$/i.test(text.slice(Math.max(t.start, o.start - 60), o.end)))) continue;
    // ("She held talks with Lavrov, who spoke of close ties, and was received by Putin on 4 November": a date closing a
    // second predicate coordinated after a relative clause set off by commas dates that predicate only.)
    if (d.start >= t.end && !t.nominal && a.triggers.some((o) => o.start > t.end && o.end <= d.start && !o.nominal && /,\s+(?:who|which|whose|where)\s[^;]*,\s+and\s+(?:(?:was|were|then|later|also)\s+)*$/i.test(text.slice(t.end, o.start)) && !/[,;:()—–]/.test(text.slice(o.end, d.start)) && d.start - o.end <= 40)) continue;
    // ("both sides exchanged views in line with the agreement reached at the summit talks held in Vladivostok on May
    // 3": a date in a participle phrase after a later meeting noun, "held ... on", is that noun's.)
    if (d.start >= t.end && a.triggers.some((o) => o.type === t.type && o.nominal && !o.framing && o.start > t.end && o.end <= d.start && /^\s+(?:held|convened|that\s+took\s+place|which\s+took\s+place)\b[^,;:()—–]{0,60}$/i.test(text.slice(o.end, d.start)))) continue;
    // "He returned on 4 June, and Kim again received him, and then, thirteen days later, on 17 June, he flew in": a date
    // after ", and then" opens the next step of the story, not this one.
    if (d.start >= t.end && /,\s+(?:and\s+)?then\b/i.test(text.slice(t.end, d.start)) && a.dates.some((x) => x.end <= t.start && !x.reporting && !x.future && !x.boundary)) continue;
    // ("On 1 November they opened the dialogue in Moscow, and three days later Putin received her": so does a count
    // forward that opens the clause after ", and"; it is counted from this event, so it is never this event's day.)
    if (d.start >= t.end && d.relative && /\blater$/i.test(d.text) && /(?:,\s+and|;)\s+$/i.test(text.slice(t.end, d.start)) && a.dates.some((x) => x.end <= t.start && !x.reporting && !x.future && !x.boundary)) continue;
    // "went to Pyongyang in the autumn, and a delegation revived the commission in November": a season told with the
    // verb is its time; a date in a clause coordinated after the season is that clause's. ("in the autumn, by the Duma in
    // October" only narrows the season.)
    const season = d.start >= t.end ? text.slice(t.end, d.start).search(SEASON) : -1;
    if (season >= 0 && /;|,\s+(?:and|but|while|whereas)\s/.test(text.slice(t.end + season, d.start))) continue;
    // ("Choe travelled to Moscow in January, and Naryshkin visited Pyongyang in the spring": so, the other way round, a
    // verb told with its season takes no date from a clause coordinated before it.)
    const ownSeason = t.nominal ? null : SEASON.exec(text.slice(t.end, t.end + 80));
    if (ownSeason && d.end <= t.start && !/[,;:()—–]/.test(text.slice(t.end, t.end + ownSeason.index)) && /;|,\s+(?:and|but|while|whereas)\s/.test(text.slice(d.end, t.start))) continue;
    // ("Last July Shoigu toured the exhibition, and by the autumn Lavrov was in the capital as well": nor does one whose
    // clause opens with its season, before the verb.)
    if (d.end <= t.start && SEASON_OPENS_CLAUSE.test(text.slice(d.end, t.start))) continue;
    const dScope = findScope(a, d.start);
    // A date in another clause belongs to that clause's event.
    if (!bracketed && (dScope.start !== tScope.start || (inScope(tScope, d.start) === false && !attributive))) continue;
    // A framing phrase ("during his visit to X on June 18-19") takes its own date; one before it is the main verb's.
    // (So does a participle set off by a comma: "followed in January, holding talks with Lavrov on January 16".)
    const participle = !t.nominal && /^\p{L}+ing\b/u.test(t.text) && /,\s+$/.test(text.slice(Math.max(0, t.start - 3), t.start));
    let distance = d.start >= t.end ? d.start - t.end : t.start - d.end + (t.framing || participle ? 100 : 5);
    // "arrived on Dec. 26 and signed ... the following day": a date right after an earlier trigger is that trigger's.
    // (Not a count forward opening a clause after ", and": "opened the dialogue, and three days later Putin received her".)
    const forwardCount = d.relative && /\blater$/i.test(d.text) && /(?:,\s+and|;)\s+$/i.test(text.slice(0, d.start));
    // ("welcomed Kim on 13 September, and a few days later it was Shoigu who showed him the bombers": not a date that
    // opens the next clause, counted on from the first; that one is the later act's.)
    const opensClause = d.relative && d.end <= t.start && /,\s+(?:and|but)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) && !a.triggers.some((o) => o.start >= d.end && o.end <= t.start);
    if (d.end <= t.start && !forwardCount && !opensClause && a.triggers.some((o) => o.start !== t.start && o.end <= d.start && !text.slice(o.end, d.start).match(/[;]/) && o.start >= tScope.start)) distance += 200;
    // ("the first since 24 August 2011, when Kim Jong Il met Medvedev": the when-clause's own date, not the main
    // clause's "Thursday", which is the later event's.)
    // ("comes two days after Kim and Putin held phone talks, as Putin prepares for a summit on Friday": the count is the
    // date of the clause it opens, before any date in a clause after it.)
    const countedFrom = /^comes\s/i.test(d.text) && d.end <= t.start && !/[,;:]/.test(text.slice(d.end, t.start));
    const score = attributive || countedFrom || followedBy || (sinceWhen && !/[;:]|,\s+(?:and|but|while)\s/i.test(text.slice(d.end, t.start))) ? -1 : distance;
    eligible.push(d);
    if (!best || score < best.score) best = { d, score };
  }
  if (!best) return followUp ? null : findHostNounDate(a, t) ?? findBracketDate(a, t) ?? findEntryDate(a, t) ?? findWhichClauseDate(a, t) ?? findSubjectWhichClauseDate(a, t) ?? findPurposeDate(a, t) ?? findVisitorWhoClauseDate(a, t);
  const d = findFinerNeighbour(best.d, eligible, text) ?? findThatYearDay(a, best.d) ?? best.d;
  const source = dateSourceOf(d);
  let endDate = d.endDate;
  if (t.type === "visit" && d.precision === "day" && !endDate) {
    // "spent six days in Russia ... before his train took him home on Sunday": the day given is the last one.
    const days = readStayLength(text, t);
    if (days && isDeparture(text, t, d)) return { date: addDays(d.date, 1 - days), precision: "day", endDate: d.date, source };
    endDate = findStayEnd(a, d) ?? (days ? addDays(d.date, days - 1) : null);
  }
  return { date: d.date, precision: d.precision, endDate, source, ...(/\b(?:last|this|past)\s+week(?:end)?\b|\b(?:a|one)\s+week\s+ago\b/i.test(d.text) ? { recentWeek: true } : {}) };
}

/**
 * "the June summit in Pyongyang (where Putin and Kim signed their treaty)": an undated verb in a bracketed where-clause
 * happened at the event the noun before the bracket names, on the date written with that noun.
 */
function findHostNounDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  // ("his 2019 journey to Vladivostok, where he held his first summit with Putin": so does a where-clause set off by a
  // comma, when the noun carries its own date.)
  const where = /,\s+where\s+[^,;:()]*$/i.exec(text.slice(0, t.start));
  const clause = a.relativeClauses.find(([s, e]) => t.start > s && t.start < e && /^\((?:where|when|at\s+which|during\s+which)\b/i.test(text.slice(s))) ?? (where ? [where.index, t.end] : undefined);
  if (!clause) return null;
  const noun = a.triggers.filter((o) => o.nominal && !o.framing && (o.type === "meeting" || o.type === "visit") && o.end <= clause[0] && clause[0] - o.end <= 40).pop();
  if (!noun || /[,;:]/.test(text.slice(noun.end, clause[0]))) return null;
  const d = a.dates.find((x) => !x.reporting && !x.future && isAttributive(x, noun, text));
  return d ? { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) } : null;
}

/**
 * "then returned on June 17 for a second audience with the North Korean leader": a meeting noun told as the purpose
 * of a dated journey verb right before it happened on that journey's date.
 */
function findPurposeDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  if (t.type !== "meeting" || !t.nominal || t.framing) return null;
  const text = a.sentence.text;
  const visit = a.triggers.filter((o) => o.type === "visit" && !o.nominal && o.factual && o.end <= t.start).pop();
  if (!visit) return null;
  const d = a.dates.find((x) => x.start >= visit.end && x.end <= t.start);
  if (!d || d.future || d.reporting || d.boundary) return null;
  if (/[,;:()]/.test(text.slice(visit.end, d.start)) || !/^\s+for\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(d.end, t.start))) return null;
  return { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
}

/**
 * "The summit follows a visit to the capital in March by Foreign Minister Sergey Lavrov, who signed a new treaty":
 * an undated verb in a who-clause hanging on the one a trip noun is "by", with the trip's date written between the noun
 * and "by" (only his title and name after "by"), tells what he did on that trip, so it takes the trip's date. (Not a
 * who-clause on anyone else: "a visit in March by Lavrov to Choe, who signed ..." names the trip's host.)
 */
function findVisitorWhoClauseDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  if (t.nominal) return null;
  const scope = findScope(a, t.start);
  const who = scope.antecedent;
  const text = a.sentence.text;
  if (!who || !/^,\s+who\b/i.test(text.slice(scope.start, scope.start + 8))) return null;
  const trip = /\b(?:visit|trip|journey|stay)\b([^,;:()—–]{0,80}?)\bby\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,5}$/u.exec(text.slice(Math.max(0, who.start - 140), who.start));
  if (!trip) return null;
  const from = Math.max(0, who.start - 140) + trip.index;
  const d = a.dates.find((x) => x.start > from && x.end <= who.start && !x.reporting && !x.future && !x.boundary);
  return d ? { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) } : null;
}

/**
 * "The talks between Lavrov and Choe, which began on Thursday, have ended": a which-clause right after a meeting
 * noun and its party, telling only when the talks began, took place or ended, dates the noun.
 * ("Kim's tour of the Far East, which began on 12 September": so does one right after a trip noun and its place.)
 */
function findWhichClauseDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  if (!(t.type === "meeting" || t.type === "visit") || !t.nominal || t.framing) return null;
  const text = a.sentence.text;
  const clause = a.relativeClauses.find(([s]) => s >= t.end && s - t.end <= 70 && /^,\s+which\b/i.test(text.slice(s)));
  const party = t.type === "meeting" ? /^\s+(?:between|with)\s/i : /^\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u;
  if (!clause || !party.test(text.slice(t.end, clause[0])) || /[;:()—–]/.test(text.slice(t.end, clause[0]))) return null;
  if (a.triggers.some((o) => o !== t && o.start >= t.end && o.start < clause[0])) return null;
  // (The clause as cut ends at the first comma, which may be inside its date: "on September 12, 2023".)
  const d = a.dates.find((x) => x.start > clause[0] && x.start < clause[1] && !x.reporting && !x.future);
  if (!d) return null;
  const verb = /^,\s+which\s+(?:(?:had|has|have)\s+)?(?:began|begun|started|opened|took\s+place|(?:was|were|had\s+been)\s+held|ended|concluded|lasted\s+[\w\s]{1,20}?)\s+(?:on\s+|in\s+|at\s+)?$/i;
  if (!verb.test(text.slice(clause[0], d.start))) return null;
  return { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
}

/**
 * "The session, which took place on Monday, was chaired by Lavrov and Choe": a which-clause set off after a meeting
 * noun that opens the sentence as the subject, telling only when that meeting was held, dates the verb the subject
 * goes on to: the verb tells the same meeting. (Only a subject that opens the sentence, so a which-clause after some
 * other noun, "The minister, who arrived on Monday", or after an object, dates nothing here.)
 */
const SUBJECT_MEETING_WHICH = /^(?:The|This|That|Their|Its)\s+(?:[\w’'-]+\s+){0,3}(?:session|meeting|talks|summit|round|negotiations|consultations|conference)\s*,\s+which\s+(?:(?:was|were|had\s+been)\s+held|took\s+place|was\s+convened|opened|began|ended|closed)\s+(?:on\s+|in\s+)?$/i;
function findSubjectWhichClauseDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  if (t.type !== "meeting" || t.nominal || t.framing) return null;
  const text = a.sentence.text.slice(a.bodyStart);
  const offset = a.bodyStart;
  const clause = a.relativeClauses.find(([s, e]) => s >= offset && e <= t.start && /^,\s+which\s/i.test(a.sentence.text.slice(s)));
  if (!clause) return null;
  // (The analyser marks a date in a "which took place" clause as no date of the sentence's verb; that clause is the one
  // read here, so only a bound written in the date itself, "until Monday", is refused.)
  const d = a.dates.find((x) => x.start > clause[0] && x.end <= clause[1] + 1 && !x.reporting && !x.future && !/^(?:since|until|till|by|before|after|from|through)\b/i.test(x.text));
  if (!d || !SUBJECT_MEETING_WHICH.test(text.slice(0, d.start - offset))) return null;
  // The verb follows the clause at once ("..., was co-chaired by"), with no other verb or date between.
  if (!/^\s*,\s+(?:(?:was|were|had\s+been)\s+)?$/i.test(a.sentence.text.slice(d.end, t.start))) return null;
  return { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
}

/**
 * "Choe went to Moscow in January 2024 (Putin received her) and ...": an undated verb in a bracket opened right after
 * a date happened at that date, a part of the trip the clause before tells.
 */
function findBracketDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  const open = text.lastIndexOf("(", t.start);
  if (open < 0 || text.indexOf(")", open) < t.end || /[()]/.test(text.slice(open + 1, t.start))) return null;
  // ("on March 21, June 4 and June 17 (Kim received him on each occasion)": of every date listed, not the last one.)
  if (/\b(?:each|every|both|all)\b/i.test(text.slice(open, text.indexOf(")", open)))) return null;
  const d = a.dates.find((x) => /^\s*$/.test(text.slice(x.end, open)) && !x.reporting && !x.future && !x.boundary);
  return d ? { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) } : null;
}

/**
 * "June 19, 2024 — Putin in Pyongyang on a state visit; the two sign the treaty.": a timeline entry's opening date,
 * set off by its dash, heads every clause of the entry, also those after a semicolon that have no date of their own.
 */
function findEntryDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  // ("May 2024 - Shoigu is replaced by Belousov, who later makes his own trip to Pyongyang": an act a who-clause tells as
  // coming later is not of the entry's time.)
  if (isToldLaterInWhoClause(a, t)) return null;
  // The entry's day, set off by a dash; or a date opening the sentence before its comma ("In July, Shoigu was in
  // Pyongyang; Kim showed him round an exhibition"); or a day set off by a plain hyphen between spaces, as typed where
  // no dash key is at hand ("31 May 2018 - Lavrov becomes the first minister to meet Kim, who receives him"), which
  // dates the entry's verbs, in a who-clause too, and any act of a clause after its semicolon ("17 June 2025 - Shoigu
  // flies in again; Kim receives him"). A noun before a semicolon is left to the sentences that retell it: "8 May -
  // Shoigu's second trip. After meeting Kim he said ...". Not "2025-era", a hyphen joining words.
  const d = a.dates.find((x) => x.start <= 1 && (/^[\s,.]*(?:[—–]|--)\s|^,\s/.test(text.slice(x.end)) || (/^\s+-\s/.test(text.slice(x.end)) && (!t.nominal || text.slice(x.end, t.start).includes(";")))) && !x.reporting && !x.future && !x.boundary);
  if (!d || a.dates.some((x) => x !== d && x.start < t.start && !x.reporting)) return null;
  // (Not past a clause of its own that opens with a season: "Last July, Shoigu toured it, and by the autumn Lavrov was
  // there".)
  if (SEASON_OPENS_CLAUSE.test(text.slice(d.end, t.start))) return null;
  return { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
}

/** The text between two offsets with each ", Name," (a person named in apposition) taken out. */
function withoutAppositives(a: AnalysedSentence, from: number, to: number): string {
  const text = a.sentence.text;
  let out = "";
  let at = from;
  for (const p of [...a.people].sort((x, y) => x.start - y.start)) {
    if (p.start < at || p.end > to || p.kind === "role") continue;
    const before = /,\s*$/.exec(text.slice(at, p.start));
    const after = /^\s*,/.exec(text.slice(p.end, to));
    if (!before || !after) continue;
    out += `${text.slice(at, p.start - before[0].length)} `;
    at = p.end + after[0].length;
  }
  return out + text.slice(at, to);
}

/** "spent six days in Russia", "has spent the past three days in Pyongyang": the stay's length in days. */
function readStayLength(text: string, t: Trigger): number | null {
  if (!/^(?:spent|spends|has\s+spent)$/i.test(t.text)) return null;
  const m = /^\s+(?:the\s+(?:past|last)\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\b/i.exec(text.slice(t.end));
  if (!m) return null;
  const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  return n >= 2 && n <= 14 ? n : null;
}

/** The date is when the traveller left: "before flying home on Sunday", "and left on Friday". */
function isDeparture(text: string, t: Trigger, d: AnalysedDate): boolean {
  if (d.start < t.end) return false;
  return /\b(?:home|left|leaving|departed|departing|flew\s+(?:back|out)|headed\s+back|return(?:ed|ing)?)\b[^.;]{0,40}$/i.test(text.slice(t.end, d.start));
}

/**
 * "for the second time this month on June 17", "in June, on the 17th", "twice in June — on June 4 and June 17": a
 * month or year written next to a day inside it only frames that day, which is the date.
 */
function findFinerNeighbour(d: AnalysedDate, eligible: AnalysedDate[], text: string): AnalysedDate | null {
  if (d.precision === "day") return null;
  const period = d.precision === "month" ? d.date.slice(0, 7) : d.date.slice(0, 4);
  return eligible.find((x) => PRECISION_RANK[x.precision] < PRECISION_RANK[d.precision] && x.date.startsWith(period)
    && /^[\s,:—–-]*(?:on|in|of|the)?\s*$/i.test(x.start >= d.end ? text.slice(d.end, x.start) : text.slice(x.end, d.start))) ?? null;
}

/**
 * "came back to the Far East in 2002, meeting Putin in Vladivostok on 23 August that year": a participle telling the
 * event the trip was for gives its day in the year just named, so the year-only date is narrowed to that day.
 */
function findThatYearDay(a: AnalysedSentence, d: AnalysedDate): AnalysedDate | null {
  if (d.precision !== "year") return null;
  const text = a.sentence.text;
  return a.dates.find((x) => x.precision === "day" && x.start > d.end && /\bthat\s+year$/i.test(x.text) && x.date.startsWith(d.date.slice(0, 4))
    && /^,\s+\p{Ll}+ing\s[^,;:()—–]*$/u.test(text.slice(d.end, x.start)) && a.triggers.some((o) => o.start > d.end && o.end <= x.start && /^,\s+$/.test(text.slice(d.end, o.start)))) ?? null;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The last day of a stay whose start is known: "on Thursday and Friday", "from Monday to Wednesday",
 * "for a three-day stay", "a visit that runs until Wednesday".
 */
function findStayEnd(a: AnalysedSentence, d: AnalysedDate): string | null {
  const text = a.sentence.text;
  const next = a.dates.find((x) => x.start >= d.end && x.precision === "day" && /^\s*(?:and|to|through|until|till|-|–)\s*(?:on\s+)?$/i.test(text.slice(d.end, x.start)));
  if (next && next.date > d.date && diffDays(next.date, d.date) <= 10) return next.date;
  const m = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\s+(?:[\w-]+\s+){0,2}(?:visit|stay|trip|tour)\b/i.exec(text);
  if (m) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    if (n >= 2 && n <= 10) return addDays(d.date, n - 1);
  }
  const until = a.dates.find((x) => x.start > d.end && x.precision === "day" && /\b(?:runs|lasts|last|lasting|running|stay(?:ing)?|remain(?:ing)?)\s+(?:[\w-]+\s+){0,2}(?:until|till|through)\s+(?:on\s+)?$/i.test(text.slice(Math.max(d.end, x.start - 40), x.start)));
  if (until && until.date > d.date && diffDays(until.date, d.date) <= 10) return until.date;
  return null;
}

// ", a month after Kim met Putin at the Vostochny Cosmodrome": a clause whose event is dated from the one before it.
const OFFSET_CLAUSE = /,\s+(?:only\s+|just\s+|some\s+|about\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+(after|before)\s+([^,;()]*)$/i;

/**
 * "Lavrov last visited in October 2023, a month after Kim met Putin at Vostochny": the event told in the offset clause
 * lies that far from the date before it (September 2023), and its parties are the clause's own, not the sentence's
 * subject. Without a date before it, it keeps none; with one of its own, it keeps that.
 */
function withOffsetClause(c: Candidate): Candidate | null {
  const text = c.a.sentence.text;
  const m = OFFSET_CLAUSE.exec(text.slice(0, c.trigger.start));
  if (!m || c.participants.length === 0) return c;
  const clauseStart = c.trigger.start - m[4].length;
  const participants = c.participants.filter((p) => p.start >= clauseStart);
  if (participants.length === 0 || ((c.type === "meeting" || c.type === "call") && countriesOf(participants).size < 2)) return null;
  // ("two weeks after the Duma ratified it on October 24": a clause with a date of its own keeps it.)
  if (c.a.dates.some((d) => d.start >= clauseStart && !d.reporting)) return { ...c, participants };
  const anchor = [...c.a.dates].reverse().find((d) => d.end <= m.index + 1 && !d.reporting);
  const n = (NUMBER_WORDS[m[1].toLowerCase()] ?? (/^an?$/i.test(m[1]) ? 1 : Number(m[1]))) * (m[3].toLowerCase() === "after" ? -1 : 1);
  const unit = m[2].toLowerCase();
  let date: EventDate | null = null;
  if (anchor && unit === "day") date = { date: addDays(anchor.date, n), precision: anchor.precision, endDate: null, source: "derived" };
  else if (anchor && unit === "week" && anchor.precision === "day") date = { date: `${addDays(anchor.date, 7 * n).slice(0, 7)}-01`, precision: "month", endDate: null, source: "derived" };
  else if (anchor && unit === "month" && anchor.precision !== "year") date = { date: addMonths(anchor.date, n), precision: "month", endDate: null, source: "derived" };
  else if (anchor && unit === "year") date = { date: `${Number(anchor.date.slice(0, 4)) + n}-01-01`, precision: "year", endDate: null, source: "derived" };
  return { ...c, participants, date };
}

// "The visit came two days after Putin and Kim spoke by phone", "He arrived two days after ...": the subject retells an
// event already told, and the clause after "after" tells another one that many days before it.
const TIMED_FROM_SUBJECT = /^(?:(?:The|This|That|His|Her|Their|Its)\s+(?:[\w’'-]+\s+){0,2}?(visit|trip|arrival|audience|talks|meeting|summit|signing)\s+(?:came|took\s+place|was\s+held|followed)|(?:He|She|They)\s+(arrived|landed))\s+(?:only\s+|just\s+)?(a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\s+((?:[^,;:()]*,\s+[^,;:()]{2,60},)?[^,;:()]*)$/i;
// "Two days before he landed, Putin had telephoned Kim": the same count back from an arrival already told, put first.
const TIMED_BEFORE_ARRIVAL = /^(a|one|two|three|four|five|six|seven|\d)\s+days?\s+before\s+(?:he|she|they)\s+(?:had\s+)?(arrived|landed),\s+([^,;:()]*)$/i;
// ("The signing came three days after the Federation Council, the upper house, approved it": a signing is the treaty's
// or the ratification law's, whichever was told last.)
const SUBJECT_TYPES: Record<string, EventType[]> = { visit: ["visit"], trip: ["visit"], arrival: ["visit"], arrived: ["visit"], landed: ["visit"], audience: ["meeting"], talks: ["meeting"], meeting: ["meeting"], summit: ["meeting"], signing: ["agreement", "ratification"] };

/**
 * An undated event in such a clause: dated that many days before the last-told event of the subject's type (a day-dated
 * one, told in an earlier sentence), with the clause's own parties. Null when the sentence is not so built.
 */
function findTimedFromSubject(groups: Group[], c: Candidate): { date: EventDate; participants: PersonMention[] } | null {
  const body = c.a.sentence.text.slice(c.a.bodyStart, c.trigger.start);
  const after = TIMED_FROM_SUBJECT.exec(body);
  const before = after ? null : TIMED_BEFORE_ARRIVAL.exec(body);
  if (!after && !before) return null;
  const [subject, count, clause] = after ? [after[1] ?? after[2], after[3], after[4]] : [before![2], before![1], before![3]];
  const types = SUBJECT_TYPES[subject.toLowerCase()];
  const idx = c.a.sentence.index;
  const lastTold = (g: Group) => Math.max(-1, ...g.mentions.map((x) => x.a.sentence.index).filter((i) => i < idx));
  const told = groups.filter((g) => types.includes(g.type) && lastTold(g) >= 0).sort((x, y) => lastTold(y) - lastTold(x))[0];
  if (!told || told.date.precision !== "day") return null;
  const clauseStart = c.trigger.start - clause.length;
  const participants = c.participants.filter((p) => p.start >= clauseStart);
  // (A chamber's vote told in the clause needs no person: the chamber named there is its party.)
  const chamber = c.type === "ratification" && c.actor !== null && findLegislature(clause, 0) !== null;
  if (!chamber && countriesOf(participants).size < (c.type === "visit" ? 1 : 2)) return null;
  const n = NUMBER_WORDS[count.toLowerCase()] ?? (/^an?$/i.test(count) ? 1 : Number(count));
  return { date: { date: addDays(told.date.date, -n), precision: "day", endDate: null, source: "derived" }, participants };
}

/** Two dates, either unknown, of one stretch of time: overlapping, or within a month of each other. */
function isAboutSameTime(a: EventDate | null, b: EventDate | null): boolean {
  return !a || !b || compareDates(a, b) || Math.abs(diffDays(a.date, b.date)) <= 31;
}

function compareDates(a: EventDate, b: EventDate): boolean {
  const coarse = PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision] ? a.precision : b.precision;
  if (coarse === "year") return a.date.slice(0, 4) === b.date.slice(0, 4);
  if (coarse === "month") {
    const am = a.date.slice(0, 7);
    const bm = b.date.slice(0, 7);
    if (am === bm) return true;
    // A day range that runs into the month also fits.
    return (a.endDate !== null && a.endDate.slice(0, 7) === bm) || (b.endDate !== null && b.endDate.slice(0, 7) === am);
  }
  const aEnd = a.endDate ?? a.date;
  const bEnd = b.endDate ?? b.date;
  return a.date <= bEnd && b.date <= aEnd;
}

function betterDate(a: EventDate, b: EventDate): EventDate {
  if (PRECISION_RANK[a.precision] !== PRECISION_RANK[b.precision]) return PRECISION_RANK[a.precision] < PRECISION_RANK[b.precision] ? a : b;
  if (SOURCE_RANK[a.source] !== SOURCE_RANK[b.source]) {
    const pick = SOURCE_RANK[a.source] < SOURCE_RANK[b.source] ? a : b;
    const other = pick === a ? b : a;
    return pick.endDate || !other.endDate ? pick : { ...pick, endDate: other.endDate };
  }
  return a.endDate || !b.endDate ? a : b;
}

// ---------------------------------------------------------------- places

const LOCATION_PREPS = new Set(["in", "at", "near", "inside", "outside"]);

function toLocation(p: PlaceMention): Location {
  return { name: p.name, country: p.country, kind: p.kind };
}

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** The place phrase belongs to the trigger's own stretch: "at the Kremlin on Monday", not "... the war in Ukraine". */
function isNearTrigger(a: AnalysedSentence, t: Trigger, p: PlaceMention): boolean {
  return placeDistance(a, t, p) <= 70 && !/[;]|,\s+(?:as|while|amid|after|when|which|who)\b/i.test(a.sentence.text.slice(Math.min(t.end, p.start), Math.max(t.end, p.start)));
}

/** "during a tour of the cosmodrome": the place toured. */
function isPlaceToured(a: AnalysedSentence, p: PlaceMention): boolean {
  return p.preposition === "of" && /\b(?:tour|inspection)\s+of\s+(?:the\s+)?$/i.test(a.sentence.text.slice(Math.max(0, p.start - 30), p.start));
}

/** "after the bloc's summit in ", "following a forum at ": a time phrase naming another event, up to its place. */
const EARLIER_EVENT_AT_BEFORE = /\b(?:after|before|following)\s+(?:the|a|an|his|her|their|its)\s+[^,;:()]{0,60}?\b(?:summit|forum|conference|parade|session|congress|games)\s+(?:in|at)\s+(?:the\s+)?$/i;

/**
 * "Putin came to Beijing after the bloc's summit in Tianjin and held talks with Xi": a place told before the trigger as
 * that of another event, in a time phrase, is where that event was, not where the later talks were held.
 */
function isPlaceOfEarlierEvent(a: AnalysedSentence, t: Trigger, p: PlaceMention): boolean {
  return p.end <= t.start && EARLIER_EVENT_AT_BEFORE.test(a.sentence.text.slice(Math.max(0, p.start - 100), p.start));
}

function pickMeetingLocation(a: AnalysedSentence, t: Trigger, scope: Scope): Location | null {
  const places = a.places.filter((p) => inScope(scope, p.start) || (p.attributive && Math.abs(p.end - t.start) < 4));
  // ("the DPRK-Russia summit talks": a hyphened pair of countries names the two sides, not where they met.)
  const attributive = places.find((p) => p.attributive && p.end <= t.start && t.start - p.end < 4 && !/[\p{L}.]\s?[-–—/]\s?$/u.test(a.sentence.text.slice(Math.max(0, p.start - 3), p.start)));
  if (attributive) return toLocation(attributive);
  // The place phrase belongs to the trigger's own stretch: "at the Kremlin on Monday", not "... the war in Ukraine".
  const after = places.filter((p) => p.start >= t.end && p.preposition && LOCATION_PREPS.has(p.preposition) && isNearTrigger(a, t, p));
  // ("Kim and Putin during a tour of the cosmodrome on that day, the last time the two met": the place toured is where
  // the two were.)
  // ("the declaration signed in Pyongyang on 19 July and the declaration adopted on 4 August": a place written right
  // after an earlier signing verb is where that signing was, not the later one.)
  // (Signings only: "held talks in Pyongyang in November, weeks after ... a summit" leaves the talks' city to the summit.)
  const ownedBefore = (p: PlaceMention) => t.type === "agreement" && p.end <= t.start && a.triggers.some((x) => x !== t && x.type === t.type && !x.nominal && x.end <= p.start && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(a.sentence.text.slice(x.end, p.start)));
  const any = places.filter((p) => p.preposition && (LOCATION_PREPS.has(p.preposition) || isPlaceToured(a, p)) && (isNearTrigger(a, t, p) || p.end <= t.start) && !ownedBefore(p) && !isPlaceOfEarlierEvent(a, t, p));
  // "Lavrov's visit to Pyongyang on October 18-19, in the course of which he was received by Kim": the meeting is at
  // the visit's destination, not at a place the sentence named earlier (a place named after the verb still wins).
  const during = /\b(?:visit|trip|stay)\s+to\s+([^;]{0,80}?),?\s+(?:in\s+the\s+course\s+of\s+which|during\s+which)\s+[^,;]*$/i.exec(a.sentence.text.slice(0, t.start));
  if (during && !after.some((p) => !/[,;]/.test(a.sentence.text.slice(t.end, p.start)))) {
    const from = during.index;
    const destination = a.places.find((p) => p.start > from && p.start < from + during[0].length && p.preposition === "to");
    if (destination) return toLocation(destination);
  }
  // "Lavrov flew to Pyongyang on October 18, and on October 19 he held talks with Choe": a meeting in the clause joined
  // to an arrival, with no subject of its own, is at its destination.
  const arrival = /\b(?:flew|travell?ed|went|came|arrived|landed)\s+(?:in|to|into)\s+[^;,]{0,60},\s+and\s+[^,;]*$/i.exec(a.sentence.text.slice(0, t.start));
  const ownSubject = arrival && a.people.some((p) => p.kind !== "anaphor" && p.start > arrival.index + arrival[0].lastIndexOf(" and ") && p.end <= t.start);
  if (arrival && after.length === 0 && !ownSubject) {
    const destination = a.places.find((p) => p.start > arrival.index && p.start < arrival.index + arrival[0].length && p.preposition && /^(?:in|to|into)$/.test(p.preposition));
    if (destination) return toLocation(destination);
  }
  // ("met in Moscow in 2019, at the cosmodrome in 2023 and most recently in Hanoi on 3 May, when they signed a treaty": a
  // when-clause hangs on the date just before it, and its event is at the place written with that date.)
  const when = after.length === 0 ? /,\s+when\s+[^,;:()]*$/i.exec(a.sentence.text.slice(0, t.start)) : null;
  const dated = when ? a.dates.filter((d) => d.end <= when.index && /^[\s,]*$/.test(a.sentence.text.slice(d.end, when.index))).pop() : undefined;
  const withDate = dated ? any.filter((p) => p.end <= dated.start && dated.start - p.end <= 40 && p.preposition && /^(?:in|at)$/.test(p.preposition)).pop() : undefined;
  if (withDate) return toLocation(withDate);
  const chosen = after.sort((x, y) => specificity(x) - specificity(y) || x.start - y.start)[0] ?? any.sort((x, y) => specificity(x) - specificity(y))[0];
  return chosen ? toLocation(chosen) : null;
}

/**
 * How far a place is from the trigger, not counting the names and titles between: "held talks with Vladimir
 * Vladimirovich Putin, president of the Russian Federation, in Beijing" is as near as "held talks with Putin in
 * Beijing". (Past another event's verb, "and was received by Putin in the Kremlin", every character counts.)
 */
function placeDistance(a: AnalysedSentence, t: Trigger, place: PlaceMention): number {
  const from = Math.min(t.end, place.start);
  const to = Math.max(t.end, place.start);
  if (a.triggers.some((x) => x !== t && x.start >= from && x.start < to)) return to - from;
  let named = 0;
  let at = from;
  for (const p of [...a.people].sort((x, y) => x.start - y.start)) {
    if (p.kind === "anaphor" || p.end > to || p.end <= at) continue;
    named += p.end - Math.max(p.start, at);
    at = p.end;
  }
  return to - from - named;
}

function specificity(p: PlaceMention | Location): number {
  return p.kind === "country" ? 1 : 0;
}

/** "Shoigu's visit", "the previous Shoigu visit", "his trip": the person the noun belongs to. */
function findAttachedTraveller(a: AnalysedSentence, t: Trigger): PersonMention | null {
  const text = a.sentence.text;
  // "during Putin's visit": the possessor inside the framing phrase.
  if (t.framing) return a.people.find((p) => p.start > t.start && p.end < t.end) ?? null;
  const before = [...a.people].reverse().find((p) => p.end <= t.start && t.start - p.end <= 40);
  // "Shoigu's latest visit", "the previous Shoigu visit" — not "the leader valued the visit" (a verb between).
  const gap = before ? text.slice(before.end, t.start) : "";
  if (before && (/^['’]s?\s+(?:[\w-]+\s+){0,3}$/.test(gap) || /^\s+(?:[\w-]+\s+){0,3}$/.test(gap) && !/\b(?:the|this|that)\s+(?:[\w-]+\s+)?$/i.test(gap) && !/\b(?:valued|praised|called|described|welcomed|hailed|said|discussed|critici[sz]ed|condemned|noted|recalled|reported|confirmed|announced|denied|mentioned)\b/i.test(gap))) return before;
  if (/\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, t.start - 40), t.start))) {
    return a.people.find((p) => p.end <= t.start && p.kind !== "anaphor") ?? a.people.find((p) => p.end <= t.start) ?? null;
  }
  // "trips Shoigu has made to Pyongyang": the subject of a relative clause that makes the trips.
  const after = a.people.find((p) => p.start >= t.end && p.start - t.end <= 12 && /^\s+(?:(?:that|which)\s+)?$/i.test(text.slice(t.end, p.start)));
  if (after && /^\s+(?:has|have|had)\s+(?:now\s+|already\s+)?(?:made|paid)\b/i.test(text.slice(after.end, after.end + 30))) return after;
  return null;
}

/**
 * "... has since sent a string of senior officials to Pyongyang. Lavrov went there in October": "there" is the last
 * destination or venue written in the sentence before (none there, no place).
 */
function findPlaceBefore(a: AnalysedSentence, ctx: BuildContext): Location | null {
  const prev = ctx.sentences[a.sentence.index - 1];
  const place = prev?.places.filter((p) => p.preposition && /^(?:to|in|at)$/.test(p.preposition)).pop();
  return place ? toLocation(place) : null;
}

/** "met in Wonsan, where the Russian minister travelled for talks": a bare journey verb goes to the where-clause's place. */
function findWherePlace(a: AnalysedSentence, t: Trigger): Location | null {
  // ("China, which Kim visited in May": the place a which-clause hangs on is what was visited.)
  const visited = /^visited$/i.test(t.text) && /^\s+(?:in|on|last|this|earlier|twice|once|[,.;])/i.test(a.sentence.text.slice(t.end));
  if (!/^(?:travell?ed|went|flew|came|journeyed)$/i.test(t.text) && !visited) return null;
  const m = (visited ? /,\s+which\s+(?:[\w’'.-]+\s+){1,3}$/i : /,\s+where\s+(?:[\w’'.-]+\s+){1,4}$/i).exec(a.sentence.text.slice(0, t.start));
  if (!m) return null;
  const place = a.places.find((p) => p.end <= m.index && m.index - p.end <= 1 && p.preposition !== "from");
  return place ? toLocation(place) : null;
}

/** "flew into the east coast city of Wonsan": the place names the town just written. */
function isPlaceOfTown(text: string, start: number): boolean {
  return /\b(?:city|capital|port|town|resort|region|province)\s+of\s+$/i.test(text.slice(Math.max(0, start - 30), start));
}

/** "the visit of the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov": the person after a trigger
 * ending in "of"/"by", with only a title chain before the name. */
function findTitledTraveller(a: AnalysedSentence, t: Trigger): PersonMention | undefined {
  const text = a.sentence.text;
  // ("in the course of the visit of Chairman of State Affairs of the DPRK Kim Jong Un to ...": a framing noun's "of"
  // follows the trigger.)
  const of = /\s(?:by|of)$/i.test(t.text) ? 0 : t.framing ? (/^\s+of(?=\s)/i.exec(text.slice(t.end))?.[0].length ?? -1) : -1;
  if (of < 0) return undefined;
  const from = t.end + of;
  return a.people.find((p) => p.start >= from && p.start - from < 120 && /^\s+(?:(?:[A-Z][\w’'.-]*|of|the|and|for|on)\s+)*$/.test(text.slice(from, p.start)));
}

// "as head of Russia's Security Council", "of the country's defence ministry": a country owning an institution.
const INSTITUTION_OWNED = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:council|ministry|committee|commission|parliament|government|cabinet|agency|service|party|army|navy|military|forces|embassy|academy|leadership)\b/i;

/** "in his role as head of Russia's Security Council": a country written as the owner of an institution is no place. */
function isInstitutionOwner(text: string, p: PlaceMention): boolean {
  return p.kind === "country" && INSTITUTION_OWNED.test(text.slice(p.end));
}

/** Where a visit went: the place after the verb, or an adjective before the noun ("his Russia trip"). */
/** "the Russian official's visit": a person noun owning the visit, after the country adjective. */
const POSSESSOR_AFTER_ADJECTIVE = /^\s+(?:[\p{Ll}-]+\s+)?(?:official|minister|envoy|leader|president|diplomat|secretary|guest|delegation|delegate|general|chief|head)['’]s\s/u;

/** The place the sentence just before, in the same paragraph, sent one of this sentence's people to ("flew to Pyongyang"). */
function findPlaceTravelledBefore(a: AnalysedSentence, ctx: BuildContext): Location | null {
  const prev = ctx.sentences[a.sentence.index - 1];
  if (!prev || prev.sentence.paragraph !== a.sentence.paragraph || !a.people.some((p) => prev.people.some((q) => q.slug === p.slug))) return null;
  for (const x of prev.triggers) {
    if (x.type !== "visit" || x.nominal || !x.factual || !/\b(?:to|into)$/i.test(x.text)) continue;
    const place = prev.places.find((p) => p.start >= x.end && p.start - x.end <= 4);
    if (place) return toLocation(place);
  }
  return null;
}

/** The city in the pair's countries where the sentence just before (its own paragraph or the one before) placed one of this sentence's people ("met Belousov in Pyongyang"). */
function findPlaceMetBefore(a: AnalysedSentence, ctx: BuildContext): Location | null {
  const prev = ctx.sentences[a.sentence.index - 1];
  if (!prev || a.sentence.paragraph - prev.sentence.paragraph > 1 || !a.people.some((p) => prev.people.some((q) => q.slug === p.slug))) return null;
  const places = prev.places.filter((p) => p.kind !== "country" && p.preposition === "in" && ctx.dyad.includes(p.country));
  return places.length > 0 && places.every((p) => p.name === places[0].name) ? toLocation(places[0]) : null;
}

function pickDestination(a: AnalysedSentence, t: Trigger, scope: Scope, ctx: BuildContext): Location | null {
  const datelinePlace = ctx.datelinePlace;
  const text = a.sentence.text;
  // KCNA: "arrived here" means the dateline city.
  if (datelinePlace && (/\bhere$/i.test(t.text) || /^\s+here\b/i.test(text.slice(t.end, t.end + 8)))) return datelinePlace;
  // "flew in on Monday", "arrived on Tuesday" with no place of its own: the city the story is about. (Not in a
  // clause that only times another person's event, "Choi's trip, timed just before Trump landed, ...", in a story
  // with no dateline: the city named most is no place of that arrival. "Kim met Putin shortly after Putin landed" is.)
  const timing = datelinePlace ? null : /\b(?:just|shortly|days?|hours?|weeks?)\s+(?:before|after)\s+(?:[\p{Lu}][\p{L}-]*\s+){1,3}$/u.exec(text.slice(Math.max(0, t.start - 50), t.start));
  const timed = timing ? a.people.find((p) => p.end <= t.start && p.start >= t.start - timing[0].length) : undefined;
  const timingClause = timed !== undefined && !a.people.some((p) => p.slug === timed.slug && p.end <= t.start - timing![0].length);
  const ownPlace = a.places.some((p) => p.start > t.end && p.start - t.end <= 40 && inScope(scope, p.start) && p.preposition !== null && (/^(in|at|to|into)$/.test(p.preposition) || isPlaceOfTown(text, p.start)));
  // "Kim met Putin on Russky Island off Vladivostok, having arrived by train the day before": a perfect participle
  // with no place of its own arrived where the verb it hangs on happened, not in the city the story is about.
  const hungOn = isArrivalVerb(t.text) && !ownPlace && /\bhaving\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) ? a.places.filter((p) => p.end <= t.start && p.preposition !== "from").pop() : undefined;
  if (hungOn) return toLocation(hungOn);
  // ("Kozlov flew to Pyongyang. His government delegation landed on 14 November": an arrival with no place of its own,
  // right after a sentence of its paragraph that sent the same traveller to a place, landed there, whatever city the
  // story names most.)
  const legBefore = isArrivalVerb(t.text) && !ownPlace && !timingClause ? findPlaceTravelledBefore(a, ctx) : null;
  if (legBefore) return legBefore;
  // ("SEOUL - Kim met the Russian minister in Pyongyang on Friday. The minister arrived on Friday ...": a dateline in a
  // third country is where the story was filed, not where the traveller arrived; the lead just before placed him.)
  const placedBefore = isArrivalVerb(t.text) && !ownPlace && !timingClause && ctx.mainPlace !== null && ctx.datelinePlace !== null && ctx.mainPlace.name === ctx.datelinePlace.name && ctx.dyad.length === 2 && !ctx.dyad.includes(ctx.mainPlace.country) ? findPlaceMetBefore(a, ctx) : null;
  if (placedBefore) return placedBefore;
  if (isArrivalVerb(t.text) && !timingClause && !/\bhere$/i.test(t.text) && ctx.mainPlace && !ownPlace) return ctx.mainPlace;
  // "the visit of the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov to Pyongyang": a country in
  // the traveller's title is no destination; the place comes after his name.
  // ("sent Medvedev, deputy chairman of Russia's Security Council, to Pyongyang": the one sent goes where "to" says.)
  if (/^(?:sent|dispatched)$/i.test(t.text)) {
    const to = a.places.find((p) => p.start > t.end && p.preposition === "to" && inScope(scope, p.start));
    return to ? toLocation(to) : null;
  }
  const titled = findTitledTraveller(a, t);
  const from = titled ? titled.end : t.end;
  const reach = (t.nominal && !t.framing ? 50 : 1000) + (from - t.end);
  const after = a.places.filter((p) => p.start >= from && p.start - t.end <= reach && inScope(scope, p.start) && p.preposition !== "from" && !isInstitutionOwner(text, p) && (p.preposition !== null && /^(in|to|at|into|visited|visiting|visit|visits|toured|tour|of)$/.test(p.preposition) || p.start - t.end <= 6));
  if (after.length > 0) {
    // "arrived in Pyongyang, North Korea": take the most specific of the adjacent places.
    const first = after[0];
    const near = after.filter((p) => p.start - first.end < 25 && p.country === first.country);
    return toLocation(near.sort((x, y) => specificity(x) - specificity(y))[0]);
  }
  // "a Russian visit", "after his Russia trip": a country adjective right before the noun (or inside a framing phrase).
  // ("during the Russian president's state visit": an adjective in the traveller's title is his country, no destination.)
  const titleOfTraveller = (c: { start: number; end: number }) => a.people.some((p) => c.start >= p.start && c.end <= p.end);
  // ("during the Russian official's previous visit": an adjective on the possessor is the traveller's country too.)
  const ownersCountry = (c: { end: number }) => POSSESSOR_AFTER_ADJECTIVE.test(text.slice(c.end, t.end));
  const adjective = a.countryRefs.find((c) => (c.end <= t.start && t.start - c.end <= 3) || (t.framing && c.start > t.start && c.end < t.end && !titleOfTraveller(c) && !ownersCountry(c)));
  if (adjective) {
    const place = a.places.find((p) => p.start === adjective.start);
    return place ? toLocation(place) : { name: toCountryName(adjective.code), country: adjective.code, kind: "country" };
  }
  const attributive = a.places.find((p) => p.attributive && p.end <= t.start && t.start - p.end < 4);
  if (attributive) return toLocation(attributive);
  if (t.nominal && !t.framing) return null;
  // "arrived in the city", "crossed the border": the article's own place, or the other side of the border.
  if (/^\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:city|capital|port)\b/i.test(text.slice(t.end, t.end + 40)) && ctx.mainPlace) return ctx.mainPlace;

  const anyIn = a.places.find((p) => inScope(scope, p.start) && p.preposition !== null && /^(in|to|at|into)$/.test(p.preposition));
  if (anyIn) return toLocation(anyIn);
  const country = a.countryRefs.find((c) => c.start >= t.end && inScope(scope, c.start) && /\b(?:to|in|into|visited|visiting)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 14), c.start)));
  if (country) return { name: toCountryName(country.code), country: country.code, kind: "country" };
  return null;
}

// ---------------------------------------------------------------- candidates

const LEGISLATURES: Array<[RegExp, string]> = [
  [/\b(?:Presidium|Standing\s+Committee)\s+of\s+the\s+(?:Supreme\s+People's\s+Assembly|SPA)\b|\bSPA\s+(?:Presidium|Standing\s+Committee)\b/gi, "Presidium of the Supreme People's Assembly"],
  [/\bFederation\s+Council\b|\bupper\s+house\b/gi, "Federation Council"],
  [/\b(?:State\s+)?Duma\b|\blower\s+house\b/gi, "State Duma"],
  [/\bSupreme\s+People's\s+Assembly\b|\bSPA\b/g, "Supreme People's Assembly"],
];

/**
 * The legislature acting for a trigger: the agent after a passive's "by" ("approved by the Federation Council"), else
 * the nearest one named before it in the sentence, else after it.
 */
function findLegislature(text: string, pos: number, end = pos): string | null {
  const agent = /^\s+by\s+(?:the\s+)?(?:(?:Russian|Russia['’]s|North\s+Korean|DPRK['’]?s?)\s+)?/i.exec(text.slice(end));
  if (agent) {
    const after = end + agent[0].length;
    const named = LEGISLATURES.find(([re]) => new RegExp(`^(?:${re.source})`, re.flags.replace("g", "")).test(text.slice(after)));
    if (named) return named[1];
  }
  let best: { distance: number; name: string } | null = null;
  for (const [re, name] of LEGISLATURES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const distance = m.index < pos ? pos - m.index : (m.index - pos) * 2 + 50;
      if (!best || distance < best.distance) best = { distance, name };
    }
  }
  return best?.name ?? null;
}

const AGREEMENT_NAME = /\b((?:[A-Z][\w’'-]*\s+(?:(?:on|of|for|and|in)\s+)?){0,8}(?:Agreement|Treaty|Accord|Memorandum|Protocol|Pact|Declaration|Partnership|Convention)(?:\s+(?:on|of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,6})?)/;
const LEADERS_PHRASE = /\b(?:(?:the|both|two)\s+(?:top\s+)?leaders|leaders\s+of\s+(?:the\s+)?(?:two|both)\s+countries|(?:two\s+)?countries['’]\s+(?:top\s+)?leaders|heads\s+of\s+state\s+of\s+the\s+two)\b/i;
// ("the DPRK-Russia Joint Declaration", "the Moscow Declaration": a declaration named as the pair's is their leaders'.)
const TREATY_NOUN = /\b(?:treaty|joint\s+declaration|\p{Lu}[\p{L}]+\s+declaration|comprehensive\s+strategic\s+partnership|partnership\s+(?:agreement|treaty|pact)|mutual\s+(?:defen[cs]e|assistance)|alliance|pact)\b/iu;

/** The last document named in the text, with up to three capitalised words before its noun: "Moscow Declaration". */
function findDatedDocumentName(text: string): string | null {
  const nouns = [...text.matchAll(/(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Treaty|Declaration|Agreement|Accord|Pact|Memorandum|Protocol|Charter|Convention)\b/gu)];
  const last = nouns[nouns.length - 1];
  return last ? findAgreementName(text.slice(last.index)) : null;
}

function findAgreementName(text: string): string | null {
  const m = AGREEMENT_NAME.exec(text);
  if (!m) return null;
  const name = m[1].trim().replace(/\s+/g, " ");
  return name.split(" ").length >= 2 ? name : null;
}

function hasPersonObject(a: AnalysedSentence, t: Trigger): boolean {
  const text = a.sentence.text;
  // ("has received Deputy Chairman of the Security Council of the Russian Federation, Chairman of the United Russia
  // party Dmitry Medvedev": a chain of titles, capitalised words and their small words only, may run longer; "received
  // in Pyongyang Deputy Chairman ... Dmitry Medvedev": so may one after the place of the audience.)
  const titled = (p: PersonMention) => p.start - t.end <= 200 && /^\s+(?:(?:in|at)\s+(?=[A-Z]))?(?:(?:[A-Z][\w’'.-]*|of|the|and|for|on|party|[,])\s*)+$/.test(text.slice(t.end, p.start));
  if (a.people.some((p) => p.start >= t.end && (p.start - t.end <= 60 || titled(p)) && !isBystander(a, p))) {
    const gap = text.slice(t.end, a.people.find((p) => p.start >= t.end)!.start);
    if (!/\b(?:letter|message|gift|award|order|medal|congratulations|greetings|call|report|credentials)\b/i.test(gap)) return true;
  }
  // ("received on 14 May the delegation of the ministry": the day of the audience may stand between the verb and its
  // object.)
  const day = a.dates.find((d) => d.start >= t.end && /^\s+(?:on\s+)?$/i.test(text.slice(t.end, d.start)));
  const from = day && !(day.reporting || day.future) ? day.end : t.end;
  return /^\s+(?:a|an|the|his|her)?\s*(?:[\w’'-]+\s+){0,3}(?:delegation|visiting|counterpart|envoy|ambassador|minister|officials?|guests?|president|leader)\b/i.test(text.slice(from, from + 80));
}

function countriesOf(people: PersonMention[]): Set<string> {
  return new Set(people.map((p) => p.country).filter((c): c is string => c !== null));
}

/** A meeting or call must cross a border: two countries among the parties, or a foreign party named by country. */
function isCrossBorder(a: AnalysedSentence, participants: PersonMention[], location: Location | null, scope: Scope): boolean {
  const countries = countriesOf(participants);
  if (countries.size >= 2) return true;
  if (participants.length === 0) return false;
  // An unregistered party of unknown nationality next to a known one: assume the other side.
  if (participants.length >= 2 && participants.some((p) => p.country === null)) return true;
  const own = [...countries][0];
  if (own === undefined) return false;
  if (location && location.country !== own) return true;
  const foreignRef = a.countryRefs.some((c) => c.code !== own && (inScope(scope, c.start) || scope.antecedent !== null));
  return foreignRef;
}

/** "arrived", "landed", "flew in": an arrival, whose place may be left to the story's city or the host. */
const isArrivalVerb = (text: string) => /^(?:arrived|arrives|landed|lands|flew|flown|flies|flying)\b/i.test(text);

/** "the second round of the strategic dialogue ... was held": the dialogue named before the verb, as a noun span. */
function findHeldDialogue(text: string, t: Trigger): { start: number; end: number } | undefined {
  const m = /\b(?:strategic|bilateral|first|second|third|latest)\s+dialogue\b(?![^.;]*\bdialogue\b)/i.exec(text.slice(0, t.start));
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const TOOK_PLACE = /^(?:took\s+place|was\s+held|were\s+held|has\s+been\s+held|have\s+been\s+held)$/i;
/** "were held on July 26 between ...": the verb's between-phrase, after at most a time or place of a few words. */
const HELD_BETWEEN = /^(?:\s+(?:on|in|at|the|earlier|later)\b[^,.;]{0,40}?)?,?\s+between\s+/i;

const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|First|Second|Third|Last|Next|The|A|An|This|That|Their|Its)$/;

/**
 * "last September's summit", "the Vladivostok summit of April 2019", "the summit between the two leaders": a summit
 * that names nobody, in an article about one country pair, is the pair's leaders'. Not one named after a place
 * elsewhere or a body ("the Alaska summit", "the BRICS summit"): a capitalised word before it must be a date word or
 * a place in the pair.
 */
const INTER_KOREAN = /^\s+between\s+(?:the\s+)?(?:(?:two\s+)?leaders\s+of\s+)?(?:the\s+)?(?:North\s+and\s+(?:the\s+)?South|South\s+and\s+(?:the\s+)?North|(?:two|both)\s+Koreas)\b/i;

/**
 * "the summit between Kim and South Korean President Kim Dae-jung": a summit whose between-phrase names a country
 * outside the article's pair is that country's, even when its leader is no one the registry knows.
 */
function isThirdCountrySummit(a: AnalysedSentence, t: Trigger, dyad: string[]): boolean {
  // ("the summit in Pyongyang between ...": a place may come first.)
  const between = /^\s+(?:(?:held\s+)?(?:in|at)\s+(?:[\w’'-]+\s+){1,3}?)?between\s[^,;:.]*/i.exec(a.sentence.text.slice(t.end));
  return between !== null && a.countryRefs.some((c) => c.start >= t.end && c.end <= t.end + between[0].length && !dyad.includes(c.code));
}

function isPairSummit(a: AnalysedSentence, t: Trigger, location: Location | null, dyad: string[]): boolean {
  if (!/\bsummit\b/i.test(t.text) || dyad.length !== 2 || (location && !dyad.includes(location.country))) return false;
  // ("last month's first summit between the leaders of the North and South", "the inter-Korean summit", "the
  // north-south summit", "the summit between Kim and South Korean President X": one the two Koreas held.)
  const text = a.sentence.text;
  if (INTER_KOREAN.test(text.slice(t.end, t.end + 60)) || /\b(?:inter-Korean|north-south)\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, t.start))) return false;
  if (isThirdCountrySummit(a, t, dyad)) return false;
  const before = /([\p{Lu}][\p{L}-]*)(?:['’]s)?\s+$/u.exec(a.sentence.text.slice(Math.max(0, t.start - 30), t.start))?.[1];
  if (!before || NOT_A_PLACE.test(before)) return true;
  const place = findPlaceByName(before);
  return place !== null && dyad.includes(place.country);
}

/**
 * "the two leaders met in Beijing": a verb whose subject is the pair's leaders, meeting in a third country. (In one
 * of the two countries the pair read from the article may be wrong: "met in Beijing on the sidelines of China's
 * parade" makes China one of them.)
 */
/** "the DPRK-Russia summit", "Russia–North Korea summit talks": the noun names the article's pair of countries. */
function isCountryPairSummit(a: AnalysedSentence, t: Trigger, dyad: string[]): boolean {
  const text = a.sentence.text;
  // ("summit talks": the date is read with the last noun.)
  if (!(/^summit$/i.test(t.text) || (/^talks$/i.test(t.text) && /\bsummit\s+$/i.test(text.slice(0, t.start)))) || dyad.length !== 2) return false;
  const second = a.countryRefs.find((c) => /^\s*(?:[-–]\s*)?(?:summit\s+)?$/i.test(text.slice(c.end, t.start)));
  const first = second && a.countryRefs.find((c) => c.end <= second.start && /^\s*[-–]\s*$/.test(text.slice(c.end, second.start)));
  return first !== undefined && second !== undefined && first.code !== second.code && dyad.includes(first.code) && dyad.includes(second.code);
}

/**
 * "the meeting of the leaders of the two countries in Vladivostok in April 2019": a meeting noun whose between- or
 * of-phrase names its parties only as the two countries' leaders is the pair's heads of state on its day.
 * (Not "the meeting of the foreign ministers of the two countries", nor "the leaders' meeting with the press".)
 */
const TWO_COUNTRIES_LEADERS_AFTER = /^\s+(?:of|between)\s+(?:the\s+)?(?:top\s+)?leaders\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|states|nations)\b/i;

function isTwoCountriesLeadersNoun(a: AnalysedSentence, t: Trigger, dyad: string[]): boolean {
  return t.nominal && dyad.length === 2 && /^(?:meeting|summit|talks)$/i.test(t.text) && TWO_COUNTRIES_LEADERS_AFTER.test(a.sentence.text.slice(t.end, t.end + 60));
}

function isLeadersMeeting(a: AnalysedSentence, t: Trigger, location: Location | null, dyad: string[]): boolean {
  if (t.nominal || dyad.length !== 2 || !location || dyad.includes(location.country)) return false;
  return /\b(?:the\s+two|both)\s+(?:countries['’]\s+)?leaders\s+(?:have\s+|had\s+|then\s+|also\s+)?$/i.test(a.sentence.text.slice(Math.max(0, t.start - 40), t.start));
}

/** A place written with the noun itself: "the Vladivostok summit", "the summit in Vladivostok". */
function findAdjacentPlace(a: AnalysedSentence, t: Trigger): Location | null {
  const place = a.places.find((p) => (p.attributive && p.end <= t.start && t.start - p.end < 4) || (p.start >= t.end && p.start - t.end <= 8 && p.preposition !== null && LOCATION_PREPS.has(p.preposition)));
  return place ? toLocation(place) : null;
}

// "the summit of the Shanghai Cooperation Organization", "the SCO summit", "the BRICS summit in Kazan": a gathering of
// many states, which one leader attending makes no bilateral meeting.
// ("the Group of Eight leaders": a group of states named by its count is one too.)
const BLOC = String.raw`(?:(?!(?:DPRK|USSR|ROK|USA|PRC)\b)[A-Z]{3,6}|G-?\d{1,2}|Group\s+of\s+(?:Seven|Eight|Twenty|\d{1,2})|(?:[\p{Lu}][\p{L}-]*\s+){1,4}(?:Organi[sz]ation|Cooperation|Union|Forum|Community|Nations|Association|Alliance|Conference))`;
const BLOC_BEFORE = new RegExp(`\\b(?:the\\s+)?${BLOC}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?$`, "u");
// ("Leaders of the Group of Eight wrapped up their summit": the bloc may follow its leaders with "of".)
const BLOC_LEADERS_SUBJECT = new RegExp(`\\b(?:${BLOC}\\s+(?:leaders|heads\\s+of\\s+(?:state|government))|(?:[Ll]eaders|[Hh]eads\\s+of\\s+(?:state|government))\\s+of\\s+(?:the\\s+)?${BLOC})\\s+(?:[\\w’'-]+\\s+){1,3}(?:their|its)\\s+$`, "u");
const BLOC_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+)?${BLOC}\\b`, "u");

/** A summit of a bloc of states: told as a noun, no meeting of the pair (its own verbs, "met Xi there", still are). */
function isBlocSummit(a: AnalysedSentence, t: Trigger): boolean {
  if (!t.nominal || !/\bsummit$/i.test(t.text)) return false;
  const text = a.sentence.text;
  // ("The Group of Eight leaders wrapped up their summit in Okinawa": the bloc's leaders, the subject, own the summit
  // told with "their".)
  if (/^(?:their|its)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)) && BLOC_LEADERS_SUBJECT.test(text.slice(Math.max(0, t.start - 100), t.start))) return true;
  return BLOC_AFTER.test(text.slice(t.end, t.end + 80)) || (!t.framing && BLOC_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) || (t.framing && BLOC_BEFORE.test(text.slice(t.start, t.end - "summit".length)));
}

const LEADERS_WORD = /\b(?:leaders?|heads\s+of\s+state|presidents|highest\s+level|top\s+level|summit)\b/i;

/**
 * "the agreements reached by their leaders at the Vostochny Cosmodrome in September", "the understandings reached
 * at the highest level in Pyongyang in June last year": the meeting that reached them, when the phrase after
 * "reached" dates and places it and names its parties (or says it was the leaders', the pair's heads of state then).
 */
function buildOutcomeMeeting(a: AnalysedSentence, t: Trigger, ctx: BuildContext): Candidate | null {
  const text = a.sentence.text;
  const rest = text.slice(t.end);
  const phraseEnd = t.end + (/[,;:.(—–]|\s(?:which|that|as|while|but)\s/.exec(rest)?.index ?? rest.length);
  const inPhrase = (x: { start: number }) => x.start >= t.end && x.start < phraseEnd;
  const d = a.dates.find((x) => inPhrase(x) && !x.reporting && !x.future && !x.boundary);
  if (!d) return null;
  const date: EventDate = { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
  const place = a.places.find((p) => inPhrase(p) && p.preposition !== null && LOCATION_PREPS.has(p.preposition)) ?? a.places.find((p) => p.attributive && inPhrase(p));
  // Without a place the golden annotations leave it out ("the political agreements reached by the two leaders in
  // September" is not listed apart from the summit it refers to).
  if (!place) return null;
  const location = toLocation(place);
  const named = uniqueBySlug(a.people.filter((p) => inPhrase(p) && !isBystander(a, p)));
  const base = { type: "meeting" as const, a, trigger: t, date, location, actor: null, agreementName: null, hedged: t.hedged };
  if (named.length > 0) return countriesOf(named).size >= 2 ? { ...base, participants: named, inferred: false } : null;
  if (!LEADERS_WORD.test(text.slice(t.end, phraseEnd)) || !ctx.dyad.includes(location.country)) return null;
  const leaders = ctx.leadersAt(date.date);
  return leaders.length === 2 ? { ...base, participants: leaders, inferred: true } : null;
}

/**
 * "The first Kim–Putin summit, in Vladivostok in April 2019, produced nothing on paper. The second, at Vostochny in
 * September 2023, produced invitations.": the ordinal stands for the meeting noun of the sentence before (or of the
 * one before an earlier ordinal), with that noun's parties; a summit's are the heads of state at the ordinal's date.
 */
function buildElidedMeeting(a: AnalysedSentence, t: Trigger, ctx: BuildContext): Candidate | null {
  const date = pickDate(a, t);
  if (!date) return null;
  // ("The talks in Wonsan were the second round of their dialogue; the first was held in Moscow": the noun of the
  // clause before the semicolon.)
  const sameSentence = t.start > 0 && a.triggers.some((x) => x.end <= t.start && x.type === "meeting" && x.nominal && !x.framing);
  // ("The negotiations, which took place in Wonsan, became the second round of the dialogue. The first round took
  // place in Moscow": a round's series may be named by any noun of talks.)
  const round = /\bround\b/i.test(t.text);
  const nouns = round ? /^(?:summit|meeting|talks|negotiations|consultations)\b/i : /^(?:summit|meeting|talks)$/i;
  const isNoun = (x: Trigger) => x.type === "meeting" && (x.nominal || round) && !x.framing && nouns.test(x.text);
  for (let k = sameSentence ? a.sentence.index : a.sentence.index - 1; k >= 0 && k >= a.sentence.index - 3; k--) {
    const prev = ctx.sentences[k];
    if (!prev || prev.sentence.paragraph !== a.sentence.paragraph) return null;
    if (prev !== a && prev.triggers.some((x) => x.elided)) continue;
    // (In the ordinal's own sentence, the noun nearest before it: "The meeting at the spaceport marked the second summit
    // between Kim and Putin, following their first ...".)
    const noun = prev === a ? a.triggers.filter((x) => isNoun(x) && x.end <= t.start).pop() : prev.triggers.find(isNoun);
    if (!noun) return null;
    const heldAfter = /^(?:was|were)\s+held\b|^took\s+place\b/i.test(a.sentence.text.slice(t.end));
    const appended = findAppendedPhraseEnd(a.sentence.text, t) ?? (heldAfter ? a.sentence.text.length : t.end);
    const place = a.places.find((p) => p.start > t.end && p.start < appended);
    const location = place ? toLocation(place) : null;
    const named = participantsFor(prev, findScope(prev, noun.start), noun);
    // ("Lavrov and Choe held talks in Wonsan. The talks became the second round of their dialogue. The first round took
    // place in Moscow": the definite noun retells the talks just told, so the earlier round is theirs.)
    const own = countriesOf(named).size < 2 && round && /^the\s+$/i.test(prev.sentence.text.slice(Math.max(0, noun.start - 4), noun.start)) ? findToldMeetingParties(ctx, prev.sentence.index) ?? named : named;
    // ("Kim's first summit with Donald Trump, in June 2018, ... The second, in Hanoi in February 2019, ...": a summit
    // whose named party comes from outside the pair is no summit of the pair's leaders; the ordinal keeps its parties.)
    const outsider = own.some((p) => p.country !== null && !ctx.dyad.includes(p.country));
    const leaders = !outsider && (/summit/i.test(noun.text) || own.filter((p) => p.roleKey === "head-of-state").length >= 2) ? ctx.leadersAt(date.date) : [];
    const participants = leaders.length === 2 ? leaders : own;
    if (countriesOf(participants).size < 2) return null;
    return { type: "meeting", a, trigger: t, date, participants, location, actor: null, agreementName: null, hedged: t.hedged, inferred: leaders.length === 2 };
  }
  return null;
}

/**
 * "When Shoigu walked into a reception room in Pyongyang on Friday, ... Friday's audience with Kim was kept brief":
 * the one party, of the other country, of a meeting told in the (up to four) sentences before with the same day as
 * the noun's owning day, for a meeting noun opening its sentence, owned by a day ("Friday's") and naming only the
 * other side. Null for a noun not owned by a day ("The audience with Kim was brief") or when the earlier meeting
 * named two or no parties.
 */
function findSameDayGuest(ctx: BuildContext, a: AnalysedSentence, t: Trigger, named: PersonMention[]): PersonMention | null {
  if (!t.nominal || !/^(?:audience|talks|meeting)$/i.test(t.text)) return null;
  const text = a.sentence.text;
  const owner = a.dates.find((d) => d.start === a.bodyStart && !d.reporting && !d.future && d.precision === "day" && /^['’]s\s+(?:[\w’'-]+\s+)?$/.test(text.slice(d.end, t.start)));
  if (!owner || !/^\s+with\s/i.test(text.slice(t.end))) return null;
  const side = named[0].country;
  if (!side) return null;
  for (const { s, x, date } of listDayMeetingsBefore(ctx, a)) {
    if (date.date !== owner.date) continue;
    const parties = uniqueBySlug(participantsFor(s, findScope(s, x.start), x).filter((p) => !isBystander(s, p)));
    if (parties.length !== 1 || !parties[0].country || parties[0].country === side) continue;
    return { ...parties[0], kind: "anaphor", start: a.bodyStart, end: a.bodyStart };
  }
  return null;
}

/** The meetings told as held on a day in the (up to four) sentences before `a`, nearest first, each with its day. */
function* listDayMeetingsBefore(ctx: BuildContext, a: AnalysedSentence): Generator<{ s: AnalysedSentence; x: Trigger; date: EventDate }> {
  for (let k = a.sentence.index - 1; k >= 0 && k >= a.sentence.index - 4; k--) {
    const s = ctx.sentences[k];
    for (const x of s.triggers) {
      if (x.type !== "meeting" || !x.factual) continue;
      const date = pickDate(s, x);
      if (date?.precision === "day") yield { s, x, date };
    }
  }
}

/**
 * "the second round of the strategic dialogue, held between Lavrov and Choe [...] the first round of the strategic
 * dialogue, held in Moscow": the parties of another round of the same series (the words before its noun), told in the
 * (up to eight) sentences before, if they come from two countries.
 */
/** The two people, one of each of the pair's countries, the sentence before names and no one else; null otherwise. */
function findPairBefore(ctx: BuildContext, a: AnalysedSentence): PersonMention[] | null {
  const prev = ctx.sentences[a.sentence.index - 1];
  if (!prev || ctx.dyad.length !== 2) return null;
  const people = uniqueBySlug(prev.people.filter((p) => !isBystander(prev, p)));
  if (people.length !== 2 || people[0].country === people[1].country || !people.every((p) => p.country !== null && ctx.dyad.includes(p.country))) return null;
  return people.map((p) => ({ ...p, kind: "anaphor" as const, start: a.bodyStart, end: a.bodyStart }));
}

function findSeriesParties(ctx: BuildContext, a: AnalysedSentence, t: Trigger): PersonMention[] | null {
  const name = findRoundSeries(a, t);
  if (!name) return null;
  for (let k = a.sentence.index - 1; k >= 0 && k >= a.sentence.index - 8; k--) {
    const s = ctx.sentences[k];
    const other = s.triggers.find((x) => x.type === "meeting" && findRoundSeries(s, x) === name);
    if (!other) continue;
    const parties = participantsFor(s, findScope(s, other.start), other);
    return countriesOf(parties).size >= 2 ? parties : null;
  }
  return null;
}

/** "the second round of the Russia-DPRK strategic dialogue, held": the series a trigger ending there is a round of ("strategic dialogue"). */
function findRoundSeries(a: AnalysedSentence, t: Trigger): string | null {
  const m = /\b(?:round|session)\s+of\s+(?:(?:a|an|the|their|its)\s+)?((?:[\w’'-]+\s+){0,3}?(?:dialogue|talks|consultations|negotiations))\b[^.;,]{0,40},\s+(?:held|(?:which|that)\s+(?:were|was)\s+held)$/i.exec(a.sentence.text.slice(Math.max(0, t.start - 100), t.end));
  return m ? m[1].replace(/^(?:\p{Lu}[\p{L}]*-\p{Lu}[\p{L}]*|\p{Lu}+)\s+/u, "").toLowerCase() : null;
}

/** The parties of the meeting told by a verb in the (up to three) sentences before sentence `index`, if they come from two countries. */
function findToldMeetingParties(ctx: BuildContext, index: number): PersonMention[] | null {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const s = ctx.sentences[k];
    const verb = s.triggers.find((x) => x.type === "meeting" && !x.nominal && x.factual && !x.generic);
    if (!verb) continue;
    const parties = participantsFor(s, findScope(s, verb.start), verb);
    return countriesOf(parties).size >= 2 ? parties : null;
  }
  return null;
}

const CELEBRATION = /^\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:anniversary|celebrations?|festivities|commemorations?|parade|congress|plenum|inauguration)\b[^,;.]*/i;

/**
 * "Medvedev led a party delegation to the Workers' Party's 80th anniversary": a delegation taken to a named
 * celebration with no place goes to the other country of the pair (not when it names a place or country outside it).
 */
function findCelebrationHost(a: AnalysedSentence, t: Trigger, traveller: PersonMention, ctx: BuildContext): Location | null {
  const ledTo = /\b(?:delegation|one)\s+(?:to|on\s+a\s+visit\s+to)$/i.test(t.text);
  const ledIn = /^(?:took\s+part\s+in|attended)$/i.test(t.text) && /\bdelegation,?\s+(?:headed|led)\s+by\s[^.;!?]*$/i.test(a.sentence.text.slice(0, t.start));
  if ((!ledTo && !ledIn) || ctx.dyad.length !== 2 || !traveller.country || !ctx.dyad.includes(traveller.country)) return null;
  const m = CELEBRATION.exec(a.sentence.text.slice(t.end));
  if (!m) return null;
  const end = t.end + m[0].length;
  const inside = (x: { start: number }) => x.start >= t.end && x.start < end;
  if (a.places.some((p) => inside(p) && !ctx.dyad.includes(p.country)) || a.countryRefs.some((c) => inside(c) && !ctx.dyad.includes(c.code))) return null;
  // The celebration must name its host ("the Workers' Party's", "the Korean War armistice"): "the party congress"
  // could be anywhere. ("the 70th anniversary of the republic's founding": a republic's founding is a state's birthday,
  // and the state is the one the traveller goes to; "the party's founding" still names none.)
  if (!/\p{Lu}/u.test(m[0]) && !/\brepublic['’]s\s+founding\b|\bfounding\s+of\s+the\s+republic\b/i.test(m[0])) return null;
  const host = ctx.dyad.find((c) => c !== traveller.country)!;
  return { name: toCountryName(host), country: host, kind: "country" };
}

/**
 * "travelled by train across Siberia in August 2011 to meet Medvedev at a military base near Ulan-Ude": a journey told
 * by its route, with no place after "to", goes where the meeting it was made for took place (a place abroad for the
 * traveller, named after "to meet"; a journey made several times goes nowhere in particular).
 */
function findPurposePlace(a: AnalysedSentence, t: Trigger, traveller: PersonMention, scope: Scope): Location | null {
  if (t.nominal || !/^(?:travell?ed|journeyed|rode)$/i.test(t.text)) return null;
  const text = a.sentence.text;
  const m = /^[^,;:.!?]{0,90}?\bto\s+meet\b/i.exec(text.slice(t.end));
  if (!m || /\b(?:times|occasions|repeatedly|regularly|often|frequently|several)\b|\b(?:hop|plan|wish|want|seek|expect|intend)\w*\s+to\s+meet$/i.test(m[0])) return null;
  const from = t.end + m[0].length;
  const place = a.places.find((p) => p.start > from && p.start - from <= 120 && inScope(scope, p.start) && p.preposition !== null && /^(?:in|at|near)$/i.test(p.preposition) && p.country !== traveller.country && !/[;.]/.test(text.slice(from, p.start)));
  return place && traveller.country ? toLocation(place) : null;
}

/**
 * "The Volodin trip is the latest in a busy year of Russian visits: • Sergey Lavrov, foreign minister — Wonsan, in
 * July": a verbless bullet is a visit only under a line that announces a list of visits (a colon closing it, the
 * bullets before it all of a kind). It goes to the place written after the dash or, with none, to the other country of
 * the pair when the announcing line names the traveller's own country's visits ("Russian visits").
 */
function readListedVisit(a: AnalysedSentence, t: Trigger, ctx: BuildContext): Candidate | null {
  const traveller = a.people.find((p) => p.end <= t.start && p.start <= 3);
  if (!traveller || !traveller.country) return null;
  let k = a.sentence.index - 1;
  while (k >= 0 && /^[•▪●*]/.test(ctx.sentences[k].sentence.text) && a.sentence.index - k <= 8) k--;
  const header = ctx.sentences[k];
  if (!header || !/:\s*$/.test(header.sentence.text) || !/\b(?:visits|visitors|trips|guests|journeys)\b/i.test(header.sentence.text)) return null;
  const place = a.places.find((p) => p.start > t.end);
  let location: Location | null = place ? toLocation(place) : null;
  if (!location && ctx.dyad.length === 2 && ctx.dyad.includes(traveller.country) && header.countryRefs.some((c) => c.code === traveller.country)) {
    const other = ctx.dyad.find((c) => c !== traveller.country)!;
    location = { name: toCountryName(other), country: other, kind: "country" };
  }
  if (!location || location.country === traveller.country) return null;
  const date = pickDate(a, t);
  if (!date) return null;
  return { type: "visit", a, trigger: t, date, participants: [traveller], location, actor: null, agreementName: null, hedged: t.hedged, inferred: false };
}

const FOLLOWED_NOUNS: Record<string, EventType> = { signing: "agreement", ceremony: "agreement", audience: "meeting", meeting: "meeting", summit: "meeting", talks: "meeting", visit: "visit", arrival: "visit" };

/**
 * "The signing followed several hours of talks between the two leaders", "The audience came after talks she had held
 * with Lavrov": talks that lead up to the event the sentence's subject names again, on its day. (Not "years of
 * negotiations": a long run of talks is no one meeting.)
 * ("The ceremony capped a day of talks between the two leaders": an event that caps, crowns or concludes the talks
 * ends them, so it follows them too.)
 */
function findFollowedEvent(a: AnalysedSentence, t: Trigger): EventType | undefined {
  if (!t.nominal || t.framing || !/^(?:talks|meeting|negotiations|consultations|discussions)$/i.test(t.text)) return undefined;
  const m = /^(?:The|This|That|Its|Her|His|Their)\s+(?:[\w’'-]+\s+){0,2}?(signing|ceremony|audience|meeting|summit|talks|visit|arrival)\s+(?:followed|came\s+after|was\s+preceded\s+by|capped|crowned|concluded|rounded\s+off|topped\s+off|came\s+at\s+the\s+end\s+of)\s+((?:[\w’'-]+\s+){0,4})$/i.exec(a.sentence.text.slice(a.bodyStart, t.start));
  if (!m || /\b(?:years|months|weeks|decades|rounds|series)\b/i.test(m[2])) return undefined;
  return FOLLOWED_NOUNS[m[1].toLowerCase()];
}

interface BuildContext {
  sentences: AnalysedSentence[];
  datelinePlace: Location | null;
  /** The city the article is mostly about (dateline, else the most named city). */
  mainPlace: Location | null;
  dyad: string[];
  /** The heads of state of the pair on a day (for a summit that names nobody). */
  leadersAt: (date: string) => PersonMention[];
  /** The pair's holders of one office on a day ("the foreign ministers of the two countries"). */
  holdersAt: (roleKey: RoleKey, date: string) => PersonMention[];
  /** A live blog's day, when the article is one (its entries are that day's news). */
  liveDay: string | null;
}

/**
 * "a line of visitors that has grown longer since the two countries signed their treaty": a verb in a since-clause
 * bounds a period; it tells a dated event only with a date of its own after "since" ("since they met in 2019").
 */
function isUndatedSinceClause(a: AnalysedSentence, t: Trigger): boolean {
  if (t.nominal) return false;
  // ("chaired the session - its first since before the pandemic - and signed a protocol": a spaced hyphen is a dash
  // that closes the aside, not a word of the since-clause, so the verb after it is the main clause's.)
  const m = /\bsince\s+(?:[\w’'][\w’'-]*\s+){1,6}$/i.exec(a.sentence.text.slice(Math.max(0, t.start - 80), t.start));
  if (!m) return false;
  const since = t.start - m[0].length;
  return !a.dates.some((d) => d.start > since && !d.reporting && !d.future);
}

// A passive auxiliary right before a welcome verb ("was met", "were greeted"); "where Kim was reportedly greeted by the
// minister": an adverb may stand between the auxiliary and the verb.
// ("where he was warmly welcomed by the minister", "being greeted by Choe": a manner adverb or "being" keeps it passive.)
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are)\s+(?:(?:reportedly|reported\s+to\s+have\s+been|also|first|then|later|officially|warmly|cordially|personally|solemnly)\s+)?$/i;

/**
 * "Recalling his visit to the Russian Federation last month and the historic DPRK-Russia summit talks at the Vostochny
 * Cosmodrome": an undated summit noun joined by "and the" to a dated visit noun right before it is on that visit.
 */
function findJoinedVisitDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  const text = a.sentence.text;
  const visit = [...a.triggers].reverse().find((o) => o.type === "visit" && o.nominal && o.factual && o.end <= t.start);
  if (!visit) return null;
  // ("and the summit planned for next year": no summit held.)
  if (/^[^,;.]{0,60}?\b(?:planned|expected|proposed|scheduled|due|set|upcoming|next|future)\b/i.test(text.slice(t.end))) return null;
  const d = a.dates.find((x) => x.start >= visit.end && x.end <= t.start);
  if (!d || d.future || d.reporting || d.boundary) return null;
  if (!/^[^,;:()]{0,60}$/.test(text.slice(visit.end, d.start)) || !/^\s+and\s+the\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(d.end, t.start))) return null;
  return { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
}

/**
 * "Shoigu returned once more and met Kim on 17 June": an undated trip verb joined by "and" to a meeting verb of the
 * same subject is the trip that meeting was held on, and takes the meeting's day.
 */
function findJoinedMeetingDate(a: AnalysedSentence, t: Trigger): EventDate | null {
  if (t.type !== "visit" || t.nominal) return null;
  const text = a.sentence.text;
  const next = a.triggers.find((o) => o.start >= t.end);
  if (!next || next.type !== "meeting" || next.nominal || !next.factual || !/^(?:\s+(?:once\s+more|again|there))?\s+and\s+(?:then\s+)?$/i.test(text.slice(t.end, next.start))) return null;
  const d = pickDate(a, next);
  return d ? { ...d, endDate: null, source: "derived" } : null;
}

// A terminal one goes out to in one's own city: "to the airport", "to Sunan airfield", "to the railway station".
const LOCAL_ERRAND = /^\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:airport|airfield|(?:railway\s+)?station|tarmac|platform)\b/i;

/** The subject of a call verb in the sentence before, from the other country than the one called. */
function findPreviousCaller(prev: AnalysedSentence | undefined, called: PersonMention): PersonMention | null {
  const verb = prev?.triggers.find((x) => x.type === "call" && !x.nominal && x.factual);
  if (!prev || !verb) return null;
  return prev.people.filter((p) => p.end <= verb.start && p.country !== null && p.country !== called.country).pop() ?? null;
}

/**
 * "Kim has met Xi twice and held a second meeting with President Moon at the border": a meeting whose only party read is
 * a third country's, told of someone of the pair named before it, is that person's with the third country, not the pair's.
 */
function isThirdCountryOnlyMeeting(a: AnalysedSentence, t: Trigger, participants: PersonMention[], dyad: string[]): boolean {
  if (dyad.length !== 2 || participants.length !== 1) return false;
  const only = participants[0];
  if (only.country === null || dyad.includes(only.country)) return false;
  // ("The talks between Israeli and Palestinian negotiators, hosted by the US president, dragged on": talks of a third
  // country's host in a sentence that names no one and no country of the pair are none of the pair's.)
  if (/\btalks\s+between\s/i.test(a.sentence.text) && !a.people.some((p) => p.country !== null && dyad.includes(p.country)) && !a.countryRefs.some((c) => dyad.includes(c.code))) return true;
  return a.people.some((p) => p.end <= t.start && p.country !== null && dyad.includes(p.country) && !isBystander(a, p, t));
}

/** "now that the June ", "because the ": a reason clause opened right before a noun, with no possessor of its own. */
const REASON_CLAUSE_NOUN_BEFORE = /\b(?:now\s+that|given\s+that|because|although)\s+(?:the|a|an|this|that|last)\s+(?:[\w’'-]+\s+){0,2}$/i;

/**
 * "which Kim wants now that the June summit with Seoul's president has ended his isolation": a meeting noun opening a
 * clause of reason is the subject of that clause, an event of its own; the subject of the clause it gives a reason for
 * is no party of it, only the people named with the noun.
 */
function isReasonClauseNoun(a: AnalysedSentence, t: Trigger): boolean {
  return t.nominal && !t.framing && REASON_CLAUSE_NOUN_BEFORE.test(a.sentence.text.slice(Math.max(0, t.start - 40), t.start));
}

/**
 * "He said contacts were being stepped up after the leaders' summit last month": a meeting noun with a date of its own,
 * after "after", "since" or "following the", marks the time of the clause; the clause's subject is no party of it, only
 * those the phrase names. Returns where the phrase opens, or null.
 */
function findDatedMarkerStart(a: AnalysedSentence, t: Trigger): number | null {
  if (!t.nominal) return null;
  const text = a.sentence.text;
  // (A framing phrase holds its preposition: "after the leaders' summit".)
  const m = t.framing && /^(?:after|following)\s+the\s/i.test(t.text) ? [""] : /\b(?:after|since|following)\s+the\s+(?:[\w’'-]+\s+){0,3}$/i.exec(text.slice(Math.max(0, t.start - 60), t.start));
  if (!m) return null;
  const dated = a.dates.some((d) => d.start >= t.end && /^\s*$/.test(text.slice(t.end, d.start)) && !d.reporting);
  return dated ? t.start - m[0].length : null;
}

/** "... when they met in Pyongyang": a verb opening a when-clause after a main clause, in a sentence with no date. */
function isUndatedWhenClause(a: AnalysedSentence, t: Trigger): boolean {
  if (t.nominal || a.dates.some((d) => !d.reporting)) return false;
  return /\S[^.;:]*\bwhen\s+(?:they|he|she|the\s+two(?:\s+(?:men|leaders|sides))?|\p{Lu}[\p{L}’'-]+(?:\s+and\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:last\s+|first\s+)?$/u.test(a.sentence.text.slice(0, t.start));
}

/**
 * "Over the past two years, the ministers have met four times": a present perfect under a span that opens the sentence
 * sums up acts somewhere in it, and dates none of them (nor do they take the report's day). A date of the sentence's own
 * ("have met twice, most recently on 3 May") dates what it is written with, so it is left to the other rules.
 */
function isSpanSummary(a: AnalysedSentence, t: Trigger): boolean {
  if (t.nominal || a.dates.some((d) => !d.reporting)) return false;
  const text = a.sentence.text;
  const span = /^(?:In|Over|During|Within)\s+the\s+(?:past|last)\s+(?:\d+|[a-z]+(?:-[a-z]+)?\s+)?\s*(?:weeks|months|years|decades?|year)\s*,/i.exec(text.slice(a.bodyStart));
  if (!span) return false;
  return /\b(?:has|have)\s+(?:[a-z]+ly\s+|also\s+|both\s+)?$/i.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** Text ending in "paved the way for", "prepared the ground for", "set the stage for" and the like (with at most two words after "for"). */
const PAVED_FOR = /\b(?:paved?|paves|paving|prepared?|prepares|preparing|cleared?|clears|clearing|set|sets|setting|laid|lays|laying)\s+the\s+(?:way|ground|stage|groundwork|scene)\s+for\s+(?:[\w’'-]+\s+){0,2}$/i;

/** " was shown into the Kremlin ", " went ": from a subject to a "to see" of its own, its verb of going or being taken. */
const SEEING_SUBJECT_AFTER = /^\s+(?:(?:was|were|had\s+been|then|later|also)\s+)*(?:taken|brought|driven|escorted|went|shown|ushered|led)\b[^,;:]*$/i;

/** "the defence ministers of the two countries", "the two leaders": a group anaphor, which stands for a pair. */
const HELD_GROUP = /^(?:the\s+two|both|the)\s+(?:[\w-]+\s+)?(?:ministers|leaders|presidents|heads)\b/i;

/** Whether a group anaphor's person holds the office its words name ("the defence ministers"); true when none is named. */
function holdsNamedOffice(p: PersonMention): boolean {
  const office = /\bdefen[cs]e\s+ministers\b/i.test(p.text) ? "defence-minister" : /\bforeign\s+ministers\b/i.test(p.text) ? "foreign-minister" : null;
  return office === null || p.roleKey === office;
}

function buildCandidate(a: AnalysedSentence, t: Trigger, ctx: BuildContext): Candidate | Candidate[] | null {
  if (isUndatedSinceClause(a, t) || isSpanSummary(a, t)) return null;
  const scope = findScope(a, t.start);
  let participants = participantsFor(a, scope, t);
  const text = a.sentence.text;
  let location: Location | null = null;
  let actor: string | null = null;
  let agreementName: string | null = null;
  let type = t.type;
  // The verb a participle hangs on, whose date the participle shares.
  let participleOf: Trigger | undefined;
  // A date the rules below read for the trigger where pickDate finds none of its own.
  let ownDate: EventDate | null = null;
  let greeting = false;
  switch (t.type) {
    case "meeting": {
      if (t.outcome) return buildOutcomeMeeting(a, t, ctx);
      if (t.elided) return buildElidedMeeting(a, t, ctx);
      if (isBlocSummit(a, t)) return null;
      if (isThirdCountryOnlyMeeting(a, t, participants, ctx.dyad)) return null;
      const markerStart = findDatedMarkerStart(a, t);
      if (markerStart !== null) participants = participants.filter((p) => p.start >= markerStart);
      if (isReasonClauseNoun(a, t)) participants = participants.filter((p) => p.start >= t.start);
      if (t.needsPersonObject && !hasPersonObject(a, t)) return null;
      // ("Pyongyang has hosted Lavrov": the guests' visits, read in findHostedGuests.)
      if (isPlaceHost(a, t)) return null;
      // ("Footage showed Kim touring a plant" has no host.)
      if (t.show && !participants.some((p) => p.end <= t.start)) return null;
      // ("gave Kim a tour of": the guest stands before the noun, as an owner would, but is the verb's object.)
      const guest = t.show && /^giv|^gave/i.test(t.text) ? a.people.find((p) => p.start >= t.end && p.start - t.end <= 2) : undefined;
      if (guest) participants = uniqueBySlug([...participants, guest]);
      // ("Kim was given a tour of the shipyard by Putin": in the passive the host is the one named after "by".)
      const passiveHost = t.show && /^given$/i.test(t.text) ? a.people.find((p) => p.start >= t.end && /^\s+(?:a|an)\s+[^,.;:!?]{1,80}?\s+by\s+$/.test(text.slice(t.end, p.start))) : undefined;
      if (passiveHost) participants = uniqueBySlug([...participants, passiveHost]);
      // ("She valued the conversation between the heads of state in Beijing": its parties are those after "between",
      // or the leaders inferred from the phrase; not the one who speaks of it.)
      if (/^conversation$/i.test(t.text) && /^\s+between\s/i.test(text.slice(t.end))) participants = participants.filter((p) => p.start >= t.end);
      // "A visit by Lavrov the following month prepared the ground for Wednesday's talks": a meeting a subject paved the
      // way for is another occasion; it takes only the parties named with it, not that subject ("Lavrov prepared the
      // ground for his talks with Choe" names him with it).
      // (Kept, when dated, with no parties, for a signing pair of its day to name them.)
      const pavedFor = t.nominal && PAVED_FOR.test(text.slice(Math.max(0, t.start - 60), t.start) + (/^for\s/i.test(t.text) ? "for " : ""));
      if (pavedFor) {
        participants = participants.filter((p) => p.start >= t.start || (p.kind === "anaphor" && p.start >= t.start - 12 && /^(?:his|her|their)$/i.test(p.text)));
      }
      location = pickMeetingLocation(a, t, scope);
      // "It was her second meeting with Putin, after an audience in January": an audience names its parties with
      // "with" or takes those of the meeting told before it in the sentence.
      if (/^audience$/i.test(t.text) && !isCrossBorder(a, participants, location, scope)) {
        const before = [...a.triggers].reverse().find((x) => x.type === "meeting" && x.end <= t.start && x.factual);
        // ("..., for talks with Lavrov, with a second audience with Putin": of the earlier meeting's parties only those
        // of the other side join; Lavrov is no party of Putin's audience.)
        const theirs = before ? participantsFor(a, findScope(a, before.start), before) : [];
        participants = uniqueBySlug([...participants, ...theirs.filter((p) => !participants.some((q) => q.country !== null && q.country === p.country))]);
      }
      // "opened a dialogue with Lavrov, and was granted a second audience with Putin": an audience is with the one host
      // named after it; others of his side named earlier in the clause are no parties of it.
      // ("and was granted another audience with Putin": so is one told with the verb "was granted", read from the noun.)
      const granted = /^granted$/i.test(t.text) ? /^\s+(?:an?\s+)?(?:[\w’'-]+\s+)?audience\b/i.exec(text.slice(t.end)) : null;
      const nounEnd = /^audience$/i.test(t.text) ? t.end : granted ? t.end + granted[0].length : null;
      const host = nounEnd !== null ? a.people.find((p) => p.start >= nounEnd && /^\s+with\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(nounEnd, p.start))) : undefined;
      if (host) participants = participants.filter((p) => p.slug === host.slug || p.country !== host.country);
      // ("held talks with Ri before being taken to see Kim": the earlier verb's object is no party of the later sight.)
      // ("met Lavrov, and later that day she was shown into the Kremlin to see Putin": the subject right before the
      // verb of going or being taken is a party of the sight, though named after the earlier verb.)
      if (/^to\s+see$/i.test(t.text)) participants = participants.filter((p) => p.start >= t.end || !a.triggers.some((x) => x !== t && x.type === "meeting" && x.end <= p.start && x.start < t.start) || SEEING_SUBJECT_AFTER.test(text.slice(p.end, t.start)));
      // ("Wednesday's session was chaired jointly with Yun": the other chair is the one the article named as its side's
      // co-chair before, "Kozlov, the commission's Russian co-chair, arrived on Tuesday".)
      if (/^(?:chaired|presided\s+over|jointly\s+chaired)\b/i.test(t.text) && participants.length > 0 && countriesOf(participants).size === 1) {
        const side = participants[0].country;
        const chair = ctx.sentences.slice(0, a.sentence.index).reverse().flatMap((s) => s.people.filter((p) => p.country && p.country !== side && /^,\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?co-?chair(?:man|woman)?\b/i.test(s.sentence.text.slice(p.end, p.end + 60))))[0];
        if (!chair) return null;
        participants = uniqueBySlug([{ ...chair, kind: "anaphor", start: a.bodyStart, end: a.bodyStart }, ...participants]);
        // ("Wednesday's session — the tenth — was chaired jointly with Yun": the day that owns the session is its date.)
        const owner = a.dates.find((d) => d.start === a.bodyStart && !d.reporting && !d.future && /^['’]s\s+(?:[\w’'-]+\s+){0,2}?(?:session|meeting)\b/i.test(text.slice(d.end)));
        if (owner) ownDate = { date: owner.date, precision: owner.precision, endDate: null, source: dateSourceOf(owner) };
      }
      // A summit is between leaders of two states even when only one is named in the sentence.
      const summit = /\bsummit\b/i.test(t.text) && /^\s+(?:talks\s+)?(?:with|between)\b/i.test(text.slice(t.end, t.end + 20)) && participants.some((p) => p.roleKey === "head-of-state" || p.roleKey === "head-of-government");
      // ("last month's summit between Kim and South Korean President X": a summit with a third country's leader.)
      if (/\bsummit\b/i.test(t.text) && isThirdCountrySummit(a, t, ctx.dyad)) return null;
      // ("President Kim Dae-jung met Kim Jong Il in Pyongyang": the registry knows the pair's heads of state, so a head
      // of state it does not know, whose country no word gives, is a third country's, and so is the meeting.)
      if (hasUnknownHeadOfState(participants)) return null;
      // "The 10th meeting of the committee took place in Pyongyang on November 15", "talks in years were held in
      // Istanbul": the noun's parties are the ones it names, not the sentence's subject.
      const heldNoun = TOOK_PLACE.test(t.text);
      if (heldNoun) {
        // ("The second round of the strategic dialogue between Choe and Lavrov was held": a round of a dialogue is the
        // noun too, though no trigger of its own.)
        const noun = [...a.triggers].reverse().find((x) => x.nominal && x.type === "meeting" && x.end <= t.start) ?? findHeldDialogue(text, t);
        // ("Their first summit took place in Vladivostok", "Kim's first summit ...": the possessor is the noun's party.)
        const possessor = (p: PersonMention) => noun !== undefined && p.end <= noun.start && noun.start - p.end < 30 && (p.kind === "anaphor" || /^['’]s?\s/.test(text.slice(p.end))) && /^(?:['’]s?)?\s+(?:[\w’'-]+\s+){0,2}$/.test(text.slice(p.end, noun.start));
        // ("The session took place in Pyongyang, with Yun and Kozlov leading their sides": the heads of the sides named
        // in a "with ... leading" phrase after the verb are its parties too.)
        const leading = /^[^;]*?,\s+with\s+[^;]*?\s(?:leading|heading|chairing|co-?chairing)\b/i.exec(text.slice(t.end));
        const leaders = leading ? a.people.filter((p) => p.kind !== "anaphor" && p.start >= t.end && p.end <= t.end + leading[0].length && !isBystander(a, p)) : [];
        // ("Talks were held the same day between the two defence ministers, Kang and Shoigu, at the ministry": the
        // parties may follow the verb in a between-phrase, after at most the time or place of the talks.)
        const between = noun && noun.end <= t.start && /^\s+$/.test(text.slice(noun.end, t.start)) ? HELD_BETWEEN.exec(text.slice(t.end)) : null;
        // ("talks were held between the defence ministers of the two countries": or the pair such a group stands for.)
        // (Only those of the pair who hold the office the group names, if it names one: not an ambassador.)
        const pair = between ? a.people.filter((p) => (p.kind !== "anaphor" || (HELD_GROUP.test(p.text) && holdsNamedOffice(p))) && p.start >= t.end + between[0].length && !/[.;!?]|\band\s+(?:at|in|on)\b/.test(text.slice(t.end + between[0].length, p.start)) && !isBystander(a, p)) : [];
        participants = uniqueBySlug([...a.people.filter((p) => possessor(p) && !isBystander(a, p)), ...participants.filter((p) => noun !== undefined && p.start >= noun.end && p.end <= t.start), ...leaders, ...(countriesOf(pair).size >= 2 ? pair : [])]);
        // ("the dialogue between the foreign ministers of the DPRK and Russia was held": the two offices' holders on
        // its day, when the two countries are the article's pair.)
        const offices = noun && participants.length === 0 ? /^\s+between\s+(?:the\s+)?(?:two\s+)?foreign\s+ministers\s+of\s+(?:the\s+)?([^,;.]+?)\s*$/i.exec(text.slice(noun.end, t.start)) : null;
        const date = offices ? pickDate(a, t) : null;
        if (offices && date) {
          const named = new Set(a.countryRefs.filter((c) => c.start >= noun!.end + offices.index && c.end <= t.start).map((c) => c.code));
          const holders = ctx.holdersAt("foreign-minister", date.date);
          if (named.size === 2 && ctx.dyad.every((c) => named.has(c)) && holders.length === 2) participants = holders;
        }
      }
      const follows = findFollowedEvent(a, t);
      if (follows && !pickDate(a, t)) return { type, a, trigger: t, date: null, participants, location, actor, agreementName, hedged: t.hedged, inferred: false, follows };
      // "Recalling the historic DPRK-Russia summit talks held in Pyongyang in June last year, Kim said": a summit
      // named by the pair of countries is their leaders' at its date, whoever of one side the sentence names.
      if (countriesOf(participants).size < 2 && isCountryPairSummit(a, t, ctx.dyad)) {
        const date = pickDate(a, t) ?? findJoinedVisitDate(a, t);
        const leaders = date ? ctx.leadersAt(date.date) : [];
        if (leaders.length === 2) return { type, a, trigger: t, date, participants: leaders, location, actor, agreementName, hedged: t.hedged, inferred: true };
      }
      // ("Kozlov arrived on Tuesday, and the commission met the day after": a commission is the subject of its own
      // meeting; the heads of its sides are named in another sentence, or nowhere.)
      const bodyMet = /^met$/i.test(t.text) && /\b(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:commission|committee)\s+$/i.test(text.slice(Math.max(0, t.start - 60), t.start));
      if (bodyMet) participants = participants.filter((p) => p.start >= t.end);
      if (participants.length === 0) {
        const date = pickDate(a, t);
        const leaders = date && (isPairSummit(a, t, location, ctx.dyad) || isLeadersMeeting(a, t, location, ctx.dyad) || isTwoCountriesLeadersNoun(a, t, ctx.dyad)) ? ctx.leadersAt(date.date) : [];
        // Kept without parties, so that "at the meeting" in a later sentence can name them (dropped at the end if
        // none does).
        // ("The negotiations themselves got under way on Saturday": the negotiations announced before, named later.)
        const announced = t.nominal && /^(?:talks|negotiations)$/i.test(t.text) && /^The\s+$/.test(text.slice(0, t.start)) && /^\s+themselves\b/i.test(text.slice(t.end));
        // ("Deputy foreign ministers of Russia, China and North Korea held their first trilateral consultations on
        // Tuesday": officials named only by their countries, named in a later sentence.)
        // ("Russian and North Korean officials are holding the tenth session of their commission": so are officials
        // named by the two countries' adjectives as the subject.)
        const byAdjectives = /^(?:[\p{Lu}][\p{L}-]*\s+){1,2}and\s+(?:[\p{Lu}][\p{L}-]*\s+){1,2}(?:ministers|officials|diplomats|envoys|delegations|representatives)\s+(?:are\s+|were\s+|have\s+|had\s+)?$/u.test(text.slice(a.bodyStart, t.start).replace(/^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s+[A-Z]{2,4})?\s+[-–—]\s+/, "").replace(/^When\s+(?=\p{Lu})/u, ""));
        const byCountries = !t.nominal && (byAdjectives || /\b(?:ministers|officials|diplomats|envoys|delegations|representatives)\s+(?:from|of)\s+$/i.test(text.slice(a.bodyStart, a.countryRefs[0]?.start ?? a.bodyStart))) && new Set(a.countryRefs.filter((c) => c.end <= t.start).map((c) => c.code)).size >= 2;
        // ("the conversation between the heads of state in Beijing on September 3": the pair's two heads of state then.)
        const heads = date && /^conversation$/i.test(t.text) && /^\s+between\s+the\s+(?:two\s+)?heads\s+of\s+state\b/i.test(text.slice(t.end)) ? ctx.leadersAt(date.date) : [];
        if (heads.length === 2 && date) return { type, a, trigger: t, date, participants: heads, location, actor, agreementName, hedged: t.hedged, inferred: true };
        // ("13:05 - Talks are under way at the Russian Foreign Ministry.": a live blog's entry of talks told bare, named in
        // no way, is the talks the blog announced for its day; kept, dated that day, for findPlannedParties.)
        // ("Live: Lavrov in Wonsan - talks with Choe" over "11:30 - Talks have begun.": or the talks its headline lists.)
        if (ctx.liveDay && !date && /^(?:the\s+)?talks\s+(?:are|is|have)\b/i.test(t.text)) {
          const listed = findHeadlineTalksParties(ctx);
          return { type, a, trigger: t, date: { date: ctx.liveDay, precision: "day", endDate: null, source: "lead" }, participants: listed ?? [], location, actor, agreementName, hedged: t.hedged, inferred: listed !== null };
        }
        // ("Compared with the first round of the strategic dialogue, held in Moscow on 1 November 2024": a round of a
        // series whose other round the article told as held between two people is theirs too.)
        // ("... when the Russian and North Korean leaders drove off to talk alone. Last Wednesday's talks in Beijing lasted
        // two hours": talks opening the sentence, owned by their day and naming no one, are the talks of the pair the
        // sentence before was about, when it named just the two, one of each country.)
        const owned = date && t.nominal && /^talks$/i.test(t.text) && a.dates.some((d) => d.start === a.bodyStart && !d.reporting && /^['’]s\s+$/.test(text.slice(d.end, t.start)));
        const pair = owned ? findPairBefore(ctx, a) : null;
        if (pair && date) return { type, a, trigger: t, date, participants: pair, location, actor, agreementName, hedged: t.hedged, inferred: true };
        const series = date && leaders.length < 2 ? findSeriesParties(ctx, a, t) : null;
        if (series && date) return { type, a, trigger: t, date, participants: series, location, actor, agreementName, hedged: t.hedged, inferred: false };
        // ("signed a protocol on Wednesday at the end of a session of their commission": the session, on the signing's
        // day, named later by its signers.)
        const signing = t.nominal && /^(?:a|the|their|its)\s+(?:[\w’'-]+\s+)?session\s+of\b/i.test(t.text) ? [...a.triggers].reverse().find((x) => x.type === "agreement" && x.factual && x.end <= t.start) : undefined;
        const signedDate = signing && !date ? pickDate(a, signing) : null;
        if (leaders.length < 2 && signedDate?.precision === "day") return { type, a, trigger: t, date: signedDate, participants: [], location, actor, agreementName, hedged: t.hedged, inferred: false };
        if (leaders.length < 2 && date && (heldNoun || announced || byCountries || bodyMet || pavedFor || signing)) return { type, a, trigger: t, date, participants: [], location, actor, agreementName, hedged: t.hedged, inferred: false };
        if (leaders.length < 2) return null;
        return { type, a, trigger: t, date, participants: leaders, location: findAdjacentPlace(a, t), actor, agreementName, hedged: t.hedged, inferred: true };
      }
      // "went to Pyongyang on June 4, meeting Kim": a participle after the comma shares the subject of the verb before,
      // and so does the purpose of a finished journey ("travelled to Vladivostok to meet Putin", factual in classify).
      const participle = /^meeting$/i.test(t.text) && /[^,],\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start));
      const purpose = /^meet$/i.test(t.text) && /\bto\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start));
      const prevVerb = participle || purpose ? [...a.triggers].reverse().find((x) => x.end <= t.start) : undefined;
      if (prevVerb && !prevVerb.nominal && prevVerb.factual && prevVerb.type === "visit") {
        const subject = participantsFor(a, findScope(a, prevVerb.start), prevVerb).filter((p) => p.end <= prevVerb.start);
        participants = uniqueBySlug([...subject, ...participants]);
        participleOf = prevVerb;
      }
      // ("Friday's audience with Kim was kept short": a meeting noun owned by the day that opens its sentence, naming
      // only the host, is with the guest told meeting on that day a few sentences before, "When Shoigu walked into a
      // reception room in Pyongyang on Friday".)
      if (!summit && participants.length > 0 && countriesOf(participants).size === 1) {
        const guest = findSameDayGuest(ctx, a, t, participants);
        if (guest) participants = uniqueBySlug([guest, ...participants]);
      }
      if (!summit && !isCrossBorder(a, participants, location, scope)) return null;
      // "where he had joined Putin at a summit on trade": people of one side at a gathering they attend hold no
      // meeting of their own there, whatever country hosts it.
      if (t.nominal && participants.every((p) => p.country !== null) && countriesOf(participants).size === 1 && (/^at\s/i.test(t.text) || /\bat\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}$/i.test(text.slice(Math.max(0, t.start - 40), t.start))) && !/^\s+(?:talks\s+)?(?:with|between)\b/i.test(text.slice(t.end, t.end + 20))) return null;
      // "was welcomed at Khasan on Tuesday before continuing to the cosmodrome, where Putin greeted him": the where-clause
      // is a later stop, so of the people before it only the traveller is its party, and it keeps none of the
      // sentence's date unless it has one of its own. (An opening "Before travelling to Pyongyang, Putin went to
      // Beijing, where ..." is the main clause's own stop.)
      const onward = /\bbefore\s+(?:continuing|heading|travell?ing|moving\s+on|going\s+on|proceeding|pressing\s+on)\b[^.;]*,\s+where\s+[^,;]*$/i.exec(text.slice(0, t.start));
      if (onward && t.start - onward[0].length > 0) {
        const where = t.start - (onward[0].length - onward[0].search(/,\s+where\s+[^,;]*$/));
        const date = a.dates.some((d) => d.start > where) ? pickDate(a, t) : null;
        return { type, a, trigger: t, date, participants: participants.filter((p, k) => k === 0 || p.start > where), location, actor, agreementName, hedged: t.hedged, inferred: false };
      }
      // ("Shoigu met Kim at an airfield and showed him the bombers" is a meeting; "was met at the airport by" is not.)
      // ("greeted Kim Jong Un's armoured train at the Khasan border station", "welcomed the Chairman of State Affairs of
      // the DPRK, Kim Jong Un, at the border station", "greets Kim on the platform": a guest's long name or title, or
      // his train, may stand before the place; a platform or border post is a station too.)
      // ("walks down the steps of his aircraft at the airport on Friday evening, greeted by Choe": a participle with
      // its agent after a comma is passive too.)
      const passive = PASSIVE_AUX.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
        (/^(?:greeted|welcomed|met|embraced|hugged)$/i.test(t.text) && /^\s+by\b/i.test(text.slice(t.end)) && /,\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start)));
      // ("was embraced on the tarmac by Choe": an embrace at the plane is the welcome too.)
      const welcomeVerb = /^(?:greeted|welcomed|greets|welcomes|embraced|hugged)$/i.test(t.text) || (/^met(?:\s+with)?$/i.test(t.text) && passive);
      // ("She was met on arrival by foreign ministry officials", "At the airport the delegation was greeted by ...", "at
      // the Khasan station the leader was met with bread and salt by the governor": a passive welcome with the arrival
      // or the station told before the verb or after it is the same ceremony.)
      // ("is greeted by North Korea's minister of external economic relations, Yun Jong Ho, on the tarmac": the greeter's
      // long title and name may stand between.)
      const atTerminal = /^\s+(?:(?:warmly|personally|cordially)\s+)?(?:[\w’'-]+,?\s+){0,14}?(?:at|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:airport|railway\s+station|station|tarmac|platform|border\s+(?:crossing|post|checkpoint))\b/i.test(text.slice(t.end, t.end + 120));
      const arrivalTold = welcomeVerb && passive &&
        (/^\s+(?:[\w’'-]+,?\s+){0,6}?with\s+(?:the\s+)?(?:traditional\s+)?bread\s+and\s+salt\b/i.test(text.slice(t.end, t.end + 120)) ||
          // ("stepping off a plane at a Moscow airport on Sunday, where she was met by officials": so is a where-clause.)
          // (", greeted by": a participle after the place's clause is of it.)
          // ("at the border station of Sopka, in the Far East, where the guest was met by": the station's region may stand
          // between it and the where-clause.)
          /\b(?:at|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:airport|airfield|railway\s+station|station|tarmac|platform|border\s+(?:crossing|post|checkpoint))\b[^.;:,]*(?:,\s+(?:in|near)\s+[^.;:,]{1,40})?(?:,\s+where\s+[^.;:,]*|,\s+)?$/i.test(text.slice(Math.max(0, t.start - 160), t.start)) ||
          // ("At the border station, where a band played, the leader was warmly welcomed by the minister": a station
          // opening the sentence, a where-clause describing it set off by commas, places the main clause's welcome
          // there; not "At the station, where he was welcomed, he said ... and was later received by": only a main
          // clause with no comma between it and the verb.)
          /^\s*(?:at|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:airport|airfield|railway\s+station|station|tarmac|platform|border\s+(?:crossing|post|checkpoint))\b,\s+where\s+[^.;:,]*,\s+[^.;:,]*$/i.test(text.slice(0, t.start)) ||
          // ("showed him stepping off his plane and being greeted by Choe", "walks down the steps of his aircraft":
          // leaving the plane or the train is the arrival.)
          /\b(?:(?:step|steps|stepped|stepping)\s+(?:off|out\s+of|down\s+from)|(?:walk|walks|walked|walking|came|comes|coming)\s+down\s+the\s+(?:steps|stairs|ramp|gangway)\s+(?:of|from))\s+(?:(?:his|her|their|its|the|a)\s+)?(?:[\w’'-]+\s+){0,2}?(?:plane|aircraft|jet|airliner|train|carriage)\b[^.;:]*$/i.test(text.slice(Math.max(0, t.start - 160), t.start)) ||
          // ("the train arriving at the border, where Kim was greeted by the minister": the where-clause is at the border.)
          /\b(?:arriv\w*|pull\w*\s+in)\s+at\s+the\s+(?:[\w’'-]+\s+){0,2}?border,\s+where\s+[^.;:,]*$/i.test(text.slice(Math.max(0, t.start - 160), t.start)) ||
          /\b(?:on|upon)\s+(?:(?:his|her|their|its|the)\s+)?arrival\b/i.test(text.slice(t.end)) ||
          // ("Upon his arrival in the region on Monday, the leader was greeted by the envoy": the arrival told before the
          // passive, in a phrase opening the sentence, is the same ceremony.)
          /^\s*(?:on|upon)\s+(?:(?:his|her|their|its|the)\s+)?arrival\b[^.;:]*$/i.test(text.slice(0, t.start)));
      const arrivalWelcome = arrivalTold || (welcomeVerb && passive && atTerminal);
      // ("Belousov is greeted by North Korean Defence Minister No Kwang Chol upon his arrival": a guest welcomed by his
      // own counterpart is the start of their talks, told as such; not "the Russian delegation was met by the
      // defence minister": a guest told only as his delegation is welcomed, not named as a party to talks.)
      // ("was met at the airport by Kim himself": a head of state met at the terminal by his counterpart in person is
      // too; a minister's counterpart waiting there, with no arrival told, is the arrival's protocol.)
      greeting = arrivalWelcome && participants.some((g) => g.end <= t.start && g.kind !== "anaphor" && g.roleKey !== null && (arrivalTold || g.roleKey === "head-of-state") && participants.some((h) => h.start >= t.end && h.country !== g.country && h.roleKey === g.roleKey));
      const passiveWelcome = arrivalWelcome && !greeting;
      // ("the train reached the border, where a Russian deputy minister met him on the platform": someone told only by a
      // title after "a", meeting the guest at the station, is its welcome party.)
      const unnamedGreeter = /^met$/i.test(t.text) && !passive && atTerminal && /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|official|governor|envoy|diplomat|deputy|aide|officer|representative)\s+$/iu.test(text.slice(Math.max(0, t.start - 60), t.start));
      // ("flew into the city on Friday, where his counterpart met him at the airport": in a where-clause of the arrival,
      // meeting the guest at the terminal is the welcome, whoever does it; not "Shoigu met Kim at an airfield".)
      const arrivalWhere = /^met$/i.test(t.text) && !passive && atTerminal &&
        /\b(?:arriv(?:ed|ing)|landed|landing|touched\s+down|flew\s+(?:in|into)|flying\s+(?:in|into))\b[^.;:]*,\s+where\s+[^.;:,]*$/i.test(text.slice(Math.max(0, t.start - 160), t.start));
      // ("crossed the border at the railway station, where local officials greeted him with flowers": in a where-clause
      // of a station, airport or border post, a welcome by people no name is given for is the arrival's protocol, not a
      // meeting with anyone named elsewhere; not "at the station, where Putin greeted him".)
      const stationWhere = welcomeVerb && !passive && (() => {
        const where = /\b(?:airport|airfield|station|tarmac|platform|border\s+(?:crossing|post|checkpoint))\b[^.;:,]*,\s+where\s+([^.;:,]*)$/i.exec(text.slice(Math.max(0, t.start - 160), t.start));
        if (!where) return false;
        const from = t.start - where[1].length;
        return !a.people.some((p) => p.start >= from && p.end <= t.start);
      })();
      // ("where a welcoming party led by the regional governor, Ivan Petrov, met the guest": what a welcoming party does
      // on arrival is the welcome, whoever leads it.)
      const welcomingParty = /^(?:met|greeted|welcomed|meets|greets|welcomes)$/i.test(t.text) && !passive && /\b(?:welcoming|welcome|reception)\s+(?:party|committee)(?:\s+(?:led|headed)\s+by\s+[^.;]*?)?\s+$/i.test(text.slice(Math.max(0, t.start - 160), t.start));
      // ("He arrived at Khasan station on Tuesday morning. He was welcomed there by the governor": "there" is the station
      // or airport the sentence before arrived at, so the welcome is the arrival's.)
      const prevSentence = ctx.sentences[a.sentence.index - 1];
      const welcomedThere = welcomeVerb && passive && /^\s+there\s+by\b/i.test(text.slice(t.end, t.end + 12)) && prevSentence !== undefined &&
        /\barriv\w*\s+(?:at|in)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:airport|airfield|(?:railway\s+)?[Ss]tation|border\s+(?:crossing|post|checkpoint))\b/iu.test(prevSentence.sentence.text);
      if (passiveWelcome || (welcomeVerb && !passive && atTerminal) || unnamedGreeter || arrivalWhere || stationWhere || welcomingParty || welcomedThere) {
        return { type, a, trigger: t, date: pickDate(a, t), participants, location, actor, agreementName, hedged: t.hedged, inferred: false, welcome: true };
      }
      break;
    }
    case "call": {
      // "Putin, before flying to meet Trump, picked up the phone to brief Kim": the caller and the one briefed.
      if (/^pick/i.test(t.text)) {
        // (The nearest mention counts: "days before he went to shake Trump's hand, Putin picked up ..." has Putin
        // first as "he", before Trump.)
        const caller = a.people.filter((p) => p.end <= t.start && participants.some((q) => q.slug === p.slug)).pop();
        const callee = a.people.find((p) => p.start >= t.end && p.start - t.end <= 40);
        participants = caller && callee ? [caller, callee] : [];
      }
      // "Putin picked up the phone to Pyongyang. The Tuesday call to Kim was brief.": a call noun naming only the one
      // called retells the call just told, whose caller is its subject.
      if (t.nominal && participants.length === 1 && /^\s+to\b/.test(a.sentence.text.slice(t.end))) {
        const caller = findPreviousCaller(ctx.sentences[a.sentence.index - 1], participants[0]);
        if (caller) participants = [caller, participants[0]];
      }
      // ("Putin phoned President Hu in Beijing on Monday": so is a call with him.)
      if (isThirdCountryHeadsEvent(a, participants, ctx.dyad)) return null;
      if (!isCrossBorder(a, participants, null, scope)) return null;
      break;
    }
    case "visit": {
      if (t.listed) return readListedVisit(a, t, ctx);
      // "he was back, and in their talks Kim ...": the subject is the traveller, and the place is that of his other
      // trips in the article (none written here: a place nearby is another clause's).
      // ("He was back in September": "back in" before a month, not a place.)
      const backInDate = /^(?:was|were)\s+back\s+in$/i.test(t.text) && a.dates.some((d) => d.start >= t.end - 2 && d.start - t.end <= 2);
      if (/^(?:(?:was|were|is|are)\s+back|returned)$/i.test(t.text) || backInDate) {
        const travellers = participants.filter((p) => p.end <= t.start);
        if (travellers.length === 0) return null;
        // ("He returned in September 2023 for talks at the Vostochny Cosmodrome": a place the return's own clause
        // names is where it went.)
        const own = /^returned$/i.test(t.text) || backInDate ? a.places.find((p) => p.start > t.end && inScope(scope, p.start) && p.preposition !== null && LOCATION_PREPS.has(p.preposition)) : undefined;
        if (own) return { type, a, trigger: t, date: pickDate(a, t), participants: travellers, location: toLocation(own), actor: null, agreementName: null, hedged: t.hedged, inferred: false };
        // ("Shoigu returned on 13 September and was received by Kim the same day": with no place of its own, and no other
        // trip of the traveller to go by (fillDestinations), a return whose traveller the same clause chain has received
        // by someone of another country went to that host's country. Not "returned home and was received by his own
        // president", a host of the traveller's own country.)
        const tc = travellers.length === 1 ? travellers[0].country : null;
        const host = tc ? a.people.find((p) => p.kind !== "anaphor" && p.start > t.end && p.country && p.country !== tc && RECEIVED_BY_AFTER_TRIP.test(text.slice(t.end, p.start))) : undefined;
        const hostDestination: Location | undefined = host?.country ? { name: toCountryName(host.country), country: host.country, kind: "country" } : undefined;
        return { type, a, trigger: t, date: pickDate(a, t) ?? findJoinedMeetingDate(a, t), participants: travellers, location: null, actor: null, agreementName: null, hedged: t.hedged, inferred: false, needsDestination: true, hostDestination };
      }
      // "Kim came to the airport in person to meet his guest": going out to a terminal to greet someone is the host's
      // errand in his own city, not a journey.
      if (/^(?:came|went)\b.*\bto$/i.test(t.text) && LOCAL_ERRAND.test(text.slice(t.end))) return null;
      // ("the two leaders had travelled to the talks together in the presidential car": a ride to the table, with no
      // place named, is no journey to another country.)
      if (/\bto$/i.test(t.text) && /^\s+the\s+(?:talks|meeting|venue)\b/i.test(text.slice(t.end)) && !a.places.some((p) => p.start > t.end && inScope(scope, p.start))) return null;
      let destination = /\sthere$/i.test(t.text) ? findPlaceBefore(a, ctx) : findWherePlace(a, t) ?? pickDestination(a, t, scope, ctx);
      // "Shoigu has his own history with Pyongyang: he attended the parade there": "there" is the last place named
      // before, in the sentence or, failing that, the one before it.
      if (/^attend/i.test(t.text) && !destination && /^[^.;:!?,]{0,100}?\bthere\b/i.test(text.slice(t.end))) {
        const before = a.places.filter((p) => p.end <= t.start && !p.attributive).pop();
        destination = before ? toLocation(before) : findPlaceBefore(a, ctx);
      }
      // "The last minister to visit Pyongyang was Lavrov, who went last October": a bare "went" and its month goes to the
      // place written before it in the sentence or, failing that, the one before (as "went there").
      if (/^went$/i.test(t.text) && !destination) {
        const before = a.places.filter((p) => p.end <= t.start && !p.attributive && p.preposition !== "from").pop();
        destination = before ? toLocation(before) : findPlaceBefore(a, ctx);
        if (!destination) return null;
      }
      // "attended a parade in Pyongyang": a visit only to the place named with it.
      if (/^attend/i.test(t.text) && !destination) return null;
      // ("Since his train rolled across the Tumen river on 20 August": a vehicle's crossing of the frontier river or
      // border, too; not one on the way "home" or "back".)
      const vehicleCrossing = /^(?:rolled|rolls|steamed|rumbled)\s+(?:across|over)\b/i.test(t.text) && !/\b(?:home|back)\b/i.test(text.slice(t.end));
      if (!destination && (/^crossed/i.test(t.text) || vehicleCrossing) && participants[0]?.country && ctx.dyad.length === 2) {
        const other = ctx.dyad.find((c) => c !== participants[0].country);
        if (other) destination = { name: toCountryName(other), country: other, kind: "country" };
      }
      let attachedTraveller: PersonMention | null = null;
      let travellers: PersonMention[];
      const visitingPlace = t.travellerAfter && a.places.some((p) => p.start >= t.end && p.start - t.end <= 2);
      if (t.travellerAfter && !visitingPlace) {
        const next = a.people.find((p) => p.start >= t.end);
        travellers = next ? [next] : [];
      } else if (visitingPlace) {
        travellers = participants;
      } else {
        // ("the visit of the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov to Pyongyang": the
        // trigger may end in "of" itself, and a title chain may stand before the name.)
        // ("travelled by train across Siberia to meet Medvedev": "by" before a means of travel names no traveller.)
        const byMatch = /^\s+(?:by|of)\s+(?!(?:(?:an?|the|his|her|their|[\w-]+ed)\s+)?(?:[\w-]+\s+)?(?:train|rail|plane|air|car|road|sea|ship|boat|helicopter|jet|motorcade|land)\b)/i.exec(text.slice(t.end));
        // ("During Kim's tour of the Russian Far East, Shoigu shows him ...": a framing noun whose traveller is named
        // inside it takes no one past the comma that closes the place after its "of"; he is the main clause's subject.)
        const owned = t.framing && a.people.some((p) => p.start > t.start && p.end < t.end);
        const by = byMatch ? a.people.find((p) => p.start >= t.end && p.start - t.end < 60 && !(owned && /[,;:]/.test(text.slice(t.end, p.start)))) : findTitledTraveller(a, t);
        const attached = by ?? (t.nominal ? findAttachedTraveller(a, t) : null);
        attachedTraveller = attached;
        // A bare "visit"/"trip" names its traveller ("Shoigu's visit", "a visit by Lavrov") or reports nothing.
        travellers = attached ? [attached] : t.nominal && !t.framing ? [] : participants;
        // ("Kim and Shoigu sit across from each other during the Russian official's previous visit": the visit is the
        // one of the sentence's people from the owner's country.)
        const owner = t.framing ? a.countryRefs.find((c) => c.start > t.start && c.end < t.end && POSSESSOR_AFTER_ADJECTIVE.test(text.slice(c.end, t.end))) : undefined;
        if (owner && !attached) travellers = travellers.filter((p) => p.country === owner.code);
      }
      if (!destination && travellers.length > 0) destination = findPurposePlace(a, t, travellers[0], scope);
      if (!destination && travellers.length > 0) destination = findCelebrationHost(a, t, travellers[0], ctx);
      if (!destination && travellers.length > 0) {
        // "visiting X" with a host named: the visit is to the host's country.
        const tc = travellers[0].country;
        const host = a.people.find((p) => p.country && p.country !== tc);
        const place = a.places.find((p) => p.preposition && /^(in|to|at)$/.test(p.preposition) && p.country !== tc && inScope(scope, p.start));
        if (place) destination = toLocation(place);
        else if (host?.country && t.travellerAfter) destination = { name: toCountryName(host.country), country: host.country, kind: "country" };
      }
      if (!destination && travellers.length > 0) {
        // "the previous Shoigu visit, on June 4, Kim received him": the host's country.
        const tc = travellers[0].country;
        const host = attachedTraveller ? a.people.find((p) => p.country && tc && p.country !== tc && !isBystander(a, p)) : undefined;
        if (host?.country) destination = { name: toCountryName(host.country), country: host.country, kind: "country" };
        // ("Shoigu's visit in July 2023": "in" before a date, not a place.)
        else if (!/\s+in$/i.test(t.text) || a.dates.some((d) => d.start >= t.end - 2 && d.start - t.end <= 2)) {
          // Filled later from another visit of the same traveller, or dropped.
          return { type, a, trigger: t, date: pickDate(a, t) ?? findJoinedMeetingDate(a, t), participants: uniqueBySlug(travellers), location: null, actor: null, agreementName: null, hedged: t.hedged, inferred: false, needsDestination: true };
        }
      }
      // "flying in on March 21 for talks with Kim Jong Un" in a story about another city: an arrival with no place of
      // its own that would bring the travellers home goes to the country of the host it names.
      if (destination && travellers.length > 0 && travellers.every((p) => p.country === destination!.country) && isArrivalVerb(t.text)) {
        const host = a.people.find((p) => p.country && p.country !== destination!.country && inScope(scope, p.start) && !isBystander(a, p));
        if (host?.country) destination = { name: toCountryName(host.country), country: host.country, kind: "country" };
      }
      // ("Kozhemyako has spent this week in Pyongyang with a delegation of officials. The delegation arrived on
      // Monday.": "the delegation" opening the next sentence is the one the named traveller led there, and its arrival
      // his. Only a delegation the sentence before sends to a place with one named traveller.)
      // ("When Shoigu stepped off his plane in Pyongyang on Tuesday, it was his second journey in 13 days. The first
      // trip, on 4 June, produced little": an ordinal trip opening the next sentence, with no owner, is one more trip of
      // the one traveller the sentence before brings to a place, to that place.)
      if (travellers.length === 0 && t.nominal && /^The\s+(?:first|second|third|earlier|previous)\s+$/i.test(text.slice(a.bodyStart, t.start)) && /^(?:trip|visit|journey)$/i.test(t.text)) {
        // (The last of the three sentences before that tells a journey by a verb.)
        const prev = ctx.sentences.slice(Math.max(0, a.sentence.index - 3), a.sentence.index).reverse().find((s) => s.triggers.some((x) => x.type === "visit" && x.factual && !x.nominal));
        const trip = prev?.triggers.find((x) => x.type === "visit" && x.factual && !x.nominal);
        const named = prev ? [...new Map(prev.people.filter((p) => p.kind !== "anaphor" && p.start >= prev.bodyStart).map((p) => [p.slug, p])).values()] : [];
        const there = trip && prev ? prev.places.find((p) => p.start >= trip.end && p.preposition !== null && LOCATION_PREPS.has(p.preposition)) : undefined;
        if (trip && named.length === 1 && there && named[0].country && there.country !== named[0].country) {
          travellers = [{ ...named[0], kind: "anaphor", start: a.bodyStart, end: t.start }];
          destination = toLocation(there);
        }
      }
      if (travellers.length === 0 && isArrivalVerb(t.text) && /^(?:The|This|His|Her)\s+delegation\s+(?:has\s+|had\s+)?$/i.test(text.slice(a.bodyStart, t.start)) && !a.places.some((p) => p.start >= t.end)) {
        const prev = ctx.sentences[a.sentence.index - 1];
        const led = prev && /\b(?:with|led|leads|leading|heads|headed|heading)\s+an?\s+(?:[\w’'-]+\s+){0,2}?delegation\b/i.test(prev.sentence.text);
        const trip = prev?.triggers.find((x) => x.type === "visit" && x.factual && !x.nominal);
        const named = prev ? [...new Map(prev.people.filter((p) => p.kind !== "anaphor" && p.start >= prev.bodyStart).map((p) => [p.slug, p])).values()] : [];
        const there = trip && prev ? prev.places.find((p) => p.start >= trip.end && p.preposition !== null && LOCATION_PREPS.has(p.preposition)) : undefined;
        if (led && trip && named.length === 1 && there && named[0].country && there.country !== named[0].country) {
          travellers = [{ ...named[0], kind: "anaphor", start: a.bodyStart, end: t.start }];
          destination = toLocation(there);
        }
      }
      if (!destination) return null;
      const dest = destination;
      travellers = travellers.filter((p) => p.country !== dest.country);
      // "Belousov's predecessor, Sergei Shoigu, attended ...": a possessor standing before the traveller is not one.
      const possessors = travellers.filter((p) => /^['’]s?\s+(?:[\w-]+\s+){0,2}[\w-]+,\s/.test(text.slice(p.end, p.end + 40)));
      if (possessors.length > 0 && possessors.length < travellers.length) travellers = travellers.filter((p) => !possessors.includes(p));
      // Attending something at home is no visit, and attending is no delegation's arrival either.
      if (/^attend/i.test(t.text) && travellers.length === 0) return null;
      if (travellers.length === 0) {
        // "A Russian delegation arrived in Pyongyang": no named traveller, a delegation event.
        if (/\bdelegation\b/i.test(text) && a.countryRefs.some((c) => c.code !== dest.country)) {
          type = "delegation";
          actor = `${toCountryName(a.countryRefs.find((c) => c.code !== dest.country)!.code)} delegation`;
          participants = [];
          location = dest;
          break;
        }
        return null;
      }
      participants = uniqueBySlug(travellers);
      location = dest;
      // Travellers from different countries are different delegations: one visit each.
      const countries = [...new Set(participants.map((p) => p.country ?? "?"))];
      if (countries.length > 1) {
        const base = { type, a, trigger: t, date: pickDate(a, t), location, actor: null, agreementName: null, hedged: t.hedged, inferred: false };
        return countries.map((code) => ({ ...base, participants: participants.filter((p) => (p.country ?? "?") === code) }));
      }
      break;
    }
    case "agreement": {
      // ("arrived from Beijing, where he and President Hu signed a declaration of their own": as for a meeting, a head of
      // state the registry does not know, in a sentence naming a third country, is that country's; with none of the
      // pair's other side, the signing is not the pair's.)
      if (isThirdCountryHeadsEvent(a, participants, ctx.dyad)) return null;
      // ("The protocol on the exchange was signed by Rudenko", "a protocol on the exchange of instruments of
      // ratification was signed": the record of an exchange of instruments is a step of the entry into force, no
      // agreement of its own. Not "the protocol on the exchange of students": a document with its own subject.)
      if (/\bprotocol\s+(?:on|of)\s+(?:the\s+)?exchange(?:\s+of\s+(?:the\s+)?(?:(?:ratification\s+)?instruments|ratification)(?:\s+of\s+ratification)?)?(?!\s+of\b)[^.;]{0,40}$/i.test(text.slice(Math.max(0, t.start - 120), t.start))) return null;
      // ("entered into force as the sides exchanged the instruments, with two deputy ministers signing the protocol":
      // the protocol signed in a sentence telling the exchange is its record, whoever signs it.)
      if (/^\s+(?:the|a)\s+protocol\b(?!\s+(?:on|of)\s+(?!(?:the\s+)?exchange\b))/i.test(text.slice(t.end, t.end + 60)) && /\bexchang\w*\s+(?:the\s+)?(?:(?:ratification\s+)?instruments|ratification)\b/i.test(text)) return null;
      agreementName = findAgreementName(text.slice(Math.max(0, t.start - 100), t.end + 140));
      // "the Moscow Declaration of 4 August 2001": the document named right before "of" and its day (classify.ts's
      // dated-document rule). No one in the sentence signed it: "Lavrov cited the Treaty of 9 February 2000" is his
      // citing; the parties are the leaders inferred for a treaty or declaration, or none.
      if (t.nominal && t.text === "of") {
        const day = a.dates.find((d) => d.start > t.end && d.start <= t.end + 2 && d.precision === "day");
        if (!day) return null;
        const name = findDatedDocumentName(text.slice(Math.max(0, t.start - 160), t.start));
        return { type, a, trigger: t, date: { date: day.date, precision: "day", endDate: null, source: dateSourceOf(day) }, participants: [], location: null, actor: null, agreementName: name, hedged: t.hedged, inferred: false };
      }
      // ("the two culture ministries signed a plan of cooperation": the ministries sign through their ministers the
      // article names, "Culture Minister Olga Lyubimova".)
      const ministries = /\bthe\s+two\s+([a-z]+)\s+ministries\s+(?:have\s+|also\s+)?$/i.exec(text.slice(Math.max(0, t.start - 60), t.start));
      if (ministries && participants.every((p) => p.start > t.end)) {
        const field = ministries[1].toLowerCase();
        const title = new RegExp(`\\bminist(?:er|ry)\\s+of\\s+${field}\\b|\\b${field}\\s+minister\\b`, "i");
        const heads = ctx.sentences.slice(0, a.sentence.index + 1).flatMap((s) => s.people.filter((p) => p.role && title.test(p.role)));
        participants = uniqueBySlug(heads.map((p) => ({ ...p, kind: "anaphor" as const, start: t.start, end: t.start })));
      }
      // ("Wednesday's session was chaired jointly with Yun ... and ended with the signing of a protocol": a signing the
      // meeting ended with is signed by the meeting's parties, on its day.)
      if (t.nominal && /^signing$/i.test(t.text) && /\b(?:ended|ends|concluded|concludes|closed|closes|wrapped\s+up)\s+with\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(0, t.start - 40), t.start))) {
        const meeting = [...a.triggers].reverse().find((x) => x.type === "meeting" && x.factual && !x.nominal && x.end <= t.start);
        const built = meeting ? buildCandidate(a, meeting, ctx) : null;
        if (built && !Array.isArray(built) && built.participants.length >= 2 && built.date) {
          return { type, a, trigger: t, date: built.date, participants: built.participants, location: built.location, actor: null, agreementName, hedged: t.hedged, inferred: false };
        }
      }
      // "the anniversary of the treaty signed on June 19": a participle after the document's noun; its parties are
      // those named after "by", not the sentence's subject.
      // ("He noted that the spirit of the Joint Declaration adopted in July 2000 lives on": "adopted", "issued" and
      // "concluded" are such participles too; the speaker is no signatory, and the declaration goes to the pair's
      // leaders at its date.)
      // ("on the basis of the Treaty on Friendship, Trade and Cooperation concluded in March": so is a participle after
      // the document's full name, whose capitalised words are joined by commas and "and"; "the two sides" that build on
      // it are not its signatories.)
      if (/^(?:signed|adopted|issued|concluded)$/i.test(t.text) && (/\b(?:treaty|agreement|pact|accord|protocol|memorandum|declaration|deal|partnership|plan|document),?\s+$/i.test(text.slice(Math.max(0, t.start - 30), t.start)) || DOCUMENT_FULL_NAME_BEFORE.test(text.slice(Math.max(0, t.start - 160), t.start)))) {
        const by = /^\s+(?:[\w’'.,-]+\s+){0,6}?by\s+/i.exec(text.slice(t.end, t.end + 80));
        participants = by ? participants.filter((p) => p.start >= t.end + by[0].length - 1) : [];
      }
      // ("The protocol of the session was signed there.": a document signed "there" or "at the meeting", by no one
      // named and on no day of its own, was signed at the meeting told just before, on its day and at its place; its
      // signers are that meeting's parties, read in inferParticipants.)
      if (/^signed$/i.test(t.text) && participants.length === 0 && PASSIVE_AUX.test(text.slice(Math.max(0, t.start - 40), t.start)) && /^\s+(?:there|at\s+(?:the|that)\s+(?:meeting|session|talks))\s*[.;]/i.test(text.slice(t.end)) && !pickDate(a, t)) {
        const held = findHeldMeetingBefore(ctx, a);
        if (held) return { type, a, trigger: t, date: held.date, participants: [], location: held.location, actor: null, agreementName: findAgreementName(text), hedged: t.hedged, inferred: false };
      }
      location = pickMeetingLocation(a, t, scope);
      break;
    }
    case "ratification": {
      // "..., and Kim Jong Un matched it with a decree on November 11": the head of state of the decree's own clause.
      if (/(?:decree|signature)$/i.test(t.text)) {
        const head = text.slice(0, t.start);
        const from = Math.max(head.lastIndexOf(";"), head.lastIndexOf(", and "), head.lastIndexOf(", but "), head.lastIndexOf(")"), head.lastIndexOf("("), 0);
        // ("and on the other side with a decree of Chairman Kim dated 3 May": a decree "of" a head of state is his.)
        const owner = a.people.find((p) => p.start >= t.end && p.roleKey === "head-of-state" && /^\s+of\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3})?$/u.test(text.slice(t.end, p.start)));
        const leader = owner ?? a.people.filter((p) => p.start >= from && p.end <= t.start && !isBystander(a, p) && p.roleKey === "head-of-state").pop();
        if (!leader) return null;
        participants = [leader];
        agreementName = findAgreementName(text);
        break;
      }
      // ("after both chambers approved it -- the State Duma on Oct. 24 and the Federation Council last week": the verb
      // before a dash or colon listing the chambers with their days is told by the list's items, each dated.)
      if (/^\s+(?:it|the\s+(?:treaty|bill|law|pact|agreement))?\s*(?:--|—|–|:)\s*(?:the\s+)?(?:State\s+Duma|Duma|Federation\s+Council|upper\s+house|lower\s+house)\b/i.test(text.slice(t.end))) return null;
      // ("The upper house's approval follows the vote in the State Duma": a vote told with its chamber is that chamber's.)
      actor = (/^vote\s+(?:in|by|of)\s/i.test(t.text) ? findLegislature(t.text, 0) : null) ?? findLegislature(text, t.start, t.end);
      agreementName = findAgreementName(text);
      const around = text.slice(Math.max(0, t.start - 60), t.end + 40);
      // ("put his own signature to the ratification law": the noun tells the signing as the verb does.)
      if (/\bsign(?:ed|s|ing|ature)?\b[^.;,]{0,40}\b(?:law|decree|bill)\b|\bby\s+(?:a\s+|the\s+)?decree\b|\bdecree\b/i.test(around) && !/\b(?:Duma|Federation\s+Council|upper\s+house|lower\s+house|parliament|lawmakers)\b[^,;]{0,30}$/i.test(text.slice(Math.max(0, t.start - 40), t.start))) {
        participants = participants.filter((p) => p.roleKey === "head-of-state" || p.roleKey === "parliament-head");
        if (participants.length > 0) actor = null;
      } else if (actor) participants = [];
      // ("after Russia's parliament had approved it in October": a parliament's vote with no chamber named is no leader's
      // ratification.)
      else if (/\b(?:parliament|lawmakers|legislators|legislature)\s+(?:(?:had|has|have|then|also|formally|already)\s+)*$/i.test(text.slice(Math.max(0, t.start - 40), t.start))) return null;
      if (!actor && participants.length === 0) return null;
      // ("Putin and Kim signed the treaty in June, and both sides completed ratification later": each side ratifies by
      // its own acts on its own days; "both sides" tell of several such acts, none of them a party's or dated.)
      if (!actor && participants.every((p) => p.kind === "anaphor" && GROUP_ANAPHOR.test(p.text))) return null;
      break;
    }
    case "entry-into-force": {
      agreementName = findAgreementName(text);
      participants = [];
      actor = null;
      break;
    }
    default:
      return null;
  }
  let date = ownDate ?? pickDate(a, t) ?? (participleOf ? pickDate(a, participleOf) : null) ?? findJoinedMeetingDate(a, t) ?? findTitleEntryDate(a, ctx, t);
  if (date && isTripDatedByMeeting(a, t)) date = { ...date, source: "derived" };
  return { type, a, trigger: t, date, participants, location, actor, agreementName, hedged: t.hedged, inferred: false, greeting };
}

/**
 * "2. / 9 March 2024 - A second round" heading a paragraph of its own, then "The minister was back in Moscow, where
 * the president received him.": a timeline entry that is only a day and a title dates the first sentence of the
 * paragraph under it, when that has no date of its own. Null for any other sentence (those after it may tell what led
 * up to it: "It came days after ..."), unless it is told on with no look back (see isTitleEntryTold).
 * ("4. / 16 January 2030 - The minister in Moscow" then "She held talks with the foreign minister and was received by
 * the president.": a title that names its people or its act heads the paragraph in the same way; a month heading, or
 * one spanning days, dates it at month precision.)
 */
function findTitleEntryDate(a: AnalysedSentence, ctx: BuildContext, t: Trigger): EventDate | null {
  const k = a.sentence.index;
  // (Only an act told as done: "invited Putin to visit" under the heading is no visit of that day.)
  if (k <= 0 || !t.factual || t.hedged) return null;
  // The paragraph's first sentence, and the heading's just before it.
  let first = k;
  while (first > 0 && ctx.sentences[first - 1].sentence.paragraph === a.sentence.paragraph) first--;
  if (first <= 0) return null;
  const heading = ctx.sentences[first - 1];
  // ("21 March 2030 - The spring visit" then "The minister arrived in the capital and was received by the leader on
  // the same day": a day told only as the heading's own, "the same day", is no date of another time.)
  const sameDay = (x: AnalysedDate) => x.relative === true && x.precision === "day" && !x.endDate && heading.dates[0]?.precision === "day" && x.date === heading.dates[0].date && /\bsame\s+day\b/i.test(x.text);
  if (!hasOnlyAsideDates(a, t) && !a.dates.every(sameDay)) return null;
  if (first < k && !isTitleEntryTold(ctx.sentences.slice(first, k), a)) return null;
  const before = ctx.sentences[first - 2];
  // The heading's paragraph: the entry alone, or its number ("2.") split off before it.
  if (before && before.sentence.paragraph === heading.sentence.paragraph && !ENTRY_NUMBER.test(before.sentence.text.trim())) return null;
  if (ctx.sentences[first - 3]?.sentence.paragraph === heading.sentence.paragraph) return null;
  const text = heading.sentence.text;
  const d = heading.dates[0];
  if (!d || d.start !== heading.bodyStart || d.reporting || d.future || d.boundary || d.precision === "year") return null;
  const title = /^\s*[-–—:]\s+(\S[^.;!?]{0,60})$/.exec(text.slice(d.end));
  if (!title) return null;
  // (The title that names no one and no act, "A second round", was the first reading; one that does needs its year
  // written, as a timeline's heading has it.)
  if ((heading.triggers.length > 0 || heading.people.length > 0) && d.yearInferred) return null;
  if (d.precision === "day" && d.endDate === null) return { date: d.date, precision: "day", endDate: null, source: dateSourceOf(d) };
  return { date: `${d.date.slice(0, 7)}-01`, precision: "month", endDate: null, source: dateSourceOf(d) };
}

/**
 * "Shoigu, moved to the council in May, travelled to the capital": the sentence's only dates (reporting ones aside)
 * sit in a phrase set off by commas before the verb, about something else, so the verb has no date of its own.
 * (Nor does a year bounding a period: "his first visit since 2000".)
 */
function hasOnlyAsideDates(a: AnalysedSentence, t: Trigger): boolean {
  const text = a.sentence.text;
  // ("The lower house approved the bill, which the government had sent it earlier in the month": a date in a which- or
  // who-clause after the verb is that clause's own act.)
  const inLaterClause = (d: AnalysedDate) => a.relativeClauses.some(([s, e]) => s >= t.end && d.start >= s && d.end <= e && /^,\s+(?:which|who)\s/i.test(text.slice(s)));
  return a.dates.every((d) => d.reporting || (d.boundary && d.precision === "year") || inLaterClause(d) || (d.end <= t.start && /,\s[^,;:()—–]*$/.test(text.slice(0, d.start)) && /^[^,;:()—–]*,\s/.test(text.slice(d.end, t.start)) && !a.triggers.some((o) => o.start < d.start && o.end > text.lastIndexOf(",", d.start))));
}

/** Words that look back from the story told ("had", "earlier", "days after ..."), so a sentence may tell an older time. */
const LOOK_BACK = /\b(?:had|earlier|previously|ago|since|already|before|last\s+(?:week|month|year)|(?:days?|weeks?|months?|years?)\s+(?:after|later|before))\b/i;

/**
 * "Putin arrived before dawn. After talks with Kim, the two leaders signed the treaty.": a later sentence of the
 * paragraph under a timeline's heading, which opens on an act, goes on with its day when no sentence of the paragraph so far, nor it, names a
 * date or looks back ("It came days after ..." may not).
 */
function isTitleEntryTold(earlier: AnalysedSentence[], a: AnalysedSentence): boolean {
  // ("Kim showed him the site and invited him to visit": a sentence that tells a plan or an invitation as well is
  // not taken as the day's plain story.)
  if (LOOK_BACK.test(a.sentence.text) || a.triggers.some((o) => !o.factual)) return false;
  // (The paragraph must open on an act told by its verb, "Putin arrived before dawn"; one opening "The trip was short."
  // has not begun the day's story.)
  if (!earlier[0].triggers.some((o) => o.factual && !o.nominal)) return false;
  return earlier.every((e) => e.dates.every((d) => d.reporting) && !LOOK_BACK.test(e.sentence.text));
}

/**
 * "The two leaders meet again in Vladivostok during Kim's second train trip to the Far East": a trip named in a
 * "during" phrase after a meeting verb, with no date of its own, takes the meeting's day, which is a day of the trip, not
 * its arrival; so it is dated as a visit read from a meeting is.
 */
function isTripDatedByMeeting(a: AnalysedSentence, t: Trigger): boolean {
  if (t.type !== "visit" || !t.framing || !/^during\s/i.test(t.text)) return false;
  const text = a.sentence.text;
  if (a.dates.some((d) => !d.reporting && ((d.start >= t.start && d.end <= t.end) || (d.start >= t.end && /^[^,;:.()—–]{0,40}$/.test(text.slice(t.end, d.start)))))) return false;
  // (Not a signing: "signed in Pyongyang on June 19, during the president's state visit" is read as the visit's day,
  // as the golden set has it; only a meeting is taken as one day inside a longer journey.)
  return a.triggers.some((o) => o.type === "meeting" && !o.nominal && o.factual && o.end <= t.start);
}

// ---------------------------------------------------------------- grouping

function slugsOf(people: PersonMention[]): Set<string> {
  return new Set(people.map((p) => p.slug));
}

function overlaps(a: PersonMention[], b: PersonMention[]): boolean {
  const s = slugsOf(a);
  return b.some((p) => s.has(p.slug));
}

/**
 * Two mentions can be one event when they share a party and neither names a counterpart the other lacks
 * ({Choe, Lavrov} and {Choe, Putin} in one month are two meetings; {Kim} and {Kim, Belousov} are one).
 */
function isSameParties(a: PersonMention[], b: PersonMention[]): boolean {
  const sa = slugsOf(a);
  const sb = slugsOf(b);
  const shared = [...sa].filter((x) => sb.has(x)).length;
  if (shared === 0) return false;
  if (shared >= 2) return true;
  const onlyA = a.filter((p) => !sb.has(p.slug));
  const onlyB = b.filter((p) => !sa.has(p.slug));
  return onlyA.length === 0 || onlyB.length === 0;
}

/** Two day-dated mentions of one traveller's stay in a country within a week are one trip. */
function isSameTrip(g: Group, c: Candidate, date: EventDate): boolean {
  if (g.type !== "visit" || c.type !== "visit" || g.date.precision !== "day" || date.precision !== "day") return false;
  if (!g.location || !c.location || g.location.country !== c.location.country || !overlaps(g.participants, c.participants)) return false;
  const gEnd = g.date.endDate ?? g.date.date;
  return Math.abs(diffDays(date.date, g.date.date)) <= 7 || Math.abs(diffDays(date.date, gEnd)) <= 7;
}

/**
 * "His train left North Korea more than a week ago and crossed into the Russian Far East" beside "rolled into Moscow
 * yesterday": a border crossing told only as a week or weeks ago (so at the month it falls in) is the start of the trip
 * whose arrival the article dates to the day, in that month or the next, in the same country.
 */
function isWeeksAgoCrossing(g: Group, c: Candidate, date: EventDate): boolean {
  if (g.type !== "visit" || c.type !== "visit" || !g.location || !c.location || g.location.country !== c.location.country || !overlaps(g.participants, c.participants)) return false;
  const crossing = (m: Candidate, d: EventDate | null) => d !== null && d.precision === "month" && d.recentWeek === true && /^(?:crossed|entered)\b/i.test(m.trigger.text);
  const fits = (month: EventDate, day: EventDate) => day.precision === "day" && day.date >= month.date && day.date < addMonths(month.date, 2);
  if (crossing(c, date)) return fits(date, g.date);
  return g.mentions.some((m) => crossing(m, m.date)) && g.date.precision === "month" && fits(g.date, date);
}

function isCompatible(g: Group, c: Candidate, date: EventDate): boolean {
  if (g.type !== c.type) return false;
  // Two of the trips one count tells are two events, though their month and traveller are the same.
  if (c.repeat !== undefined && g.mentions.some((m) => m.repeat !== undefined && m.repeat !== c.repeat && m.a === c.a)) return false;
  if (isSameTrip(g, c, date)) return true;
  if (isWeeksAgoCrossing(g, c, date)) return true;
  if (!compareDates(g.date, date)) return false;
  // Two named cities in different countries are two events; a country-level guess does not split them.
  if (g.location && c.location && g.location.country !== c.location.country && g.location.kind !== "country" && c.location.kind !== "country") return false;
  if (g.type === "ratification" || g.type === "entry-into-force" || g.type === "delegation") {
    if (g.actor && c.actor && g.actor !== c.actor) return false;
    // A chamber's vote and a leader's decree are two steps ("the Duma ... and Kim matched it with a decree").
    if (g.type === "ratification" && ((g.actor && g.participants.length === 0 && !c.actor && c.participants.length > 0) || (c.actor && c.participants.length === 0 && !g.actor && g.participants.length > 0))) return false;
    if (g.participants.length > 0 && c.participants.length > 0) return overlaps(g.participants, c.participants);
    return g.actor === c.actor || g.type === "entry-into-force";
  }
  if (g.participants.length === 0 || c.participants.length === 0) return g.date.precision === "day" && date.precision === "day";
  return isSameParties(g.participants, c.participants);
}

function addToGroup(g: Group, c: Candidate, date: EventDate): void {
  if (g.type === "visit" && g.date.precision === "day" && date.precision === "day" && date.date !== g.date.date && !compareDates(g.date, date)) {
    // A trip told in stages: arrival is the date, the last day seen the end.
    const start = date.date < g.date.date ? date.date : g.date.date;
    const ends = [g.date.endDate ?? g.date.date, date.endDate ?? date.date].sort();
    g.date = { ...g.date, date: start, endDate: ends[1] > start ? ends[1] : null };
  } else g.date = betterDate(g.date, date);
  g.participants = uniqueBySlug([...g.participants, ...c.participants]);
  if (c.location && (!g.location || specificity(c.location) < specificity(g.location))) g.location = c.location;
  g.actor = g.actor ?? c.actor;
  g.agreementName = g.agreementName ?? c.agreementName;
  g.mentions.push(c);
  if (mentionScore(c, date) > mentionScore(g.best, g.best.date)) g.best = c;
}

function mentionScore(c: Candidate, date: EventDate | null): number {
  let s = 0;
  if (c.date) s += 4 - SOURCE_RANK[c.date.source] * 0.5;
  else if (date) s += 0.5;
  if (!c.trigger.nominal) s += 2;
  s += Math.min(c.participants.length, 3) * 0.5;
  if (c.location) s += 0.3;
  return s;
}

function newGroup(c: Candidate, date: EventDate): Group {
  return { type: c.type, date, participants: [...c.participants], location: c.location, actor: c.actor, agreementName: c.agreementName, mentions: [c], best: c, parent: null, key: "" };
}

// ---------------------------------------------------------------- inference

// Each analysis's dyad: extraction asks three times (buildEvents, inferParticipants, the result), each a count over
// every mention of the article.
const dyads = new WeakMap<ArticleAnalysis, string[]>();

/** The article's two most-mentioned countries (people and country words), most mentioned first. */
export function dyadOf(analysis: ArticleAnalysis): string[] {
  let dyad = dyads.get(analysis);
  if (dyad === undefined) dyads.set(analysis, (dyad = countNamedDyad(analysis.sentences)));
  return [...dyad];
}

function roleHolderMention(analysis: ArticleAnalysis, country: string, roleKey: RoleKey, date: string): PersonMention | null {
  const person = resolveRoleHolder(analysis.index, country, roleKey, date);
  if (!person) return null;
  const office = findOfficeAt(person, date, roleKey);
  return { start: -1, end: -1, text: "", kind: "role", slug: person.slug, name: person.name, country: person.country, role: office?.title ?? null, roleKey, isNew: false };
}

/**
 * A head-of-state visit during which an agreement was signed implies the summit with the host;
 * a treaty named without signatories was signed by the two heads of state.
 */
function inferParticipants(analysis: ArticleAnalysis, groups: Group[]): Group[] {
  const extra: Group[] = [];
  const dyad = dyadOf(analysis);
  for (const g of groups) {
    if ((g.type === "agreement" || g.type === "meeting") && g.participants.length < 2 && dyad.length === 2 && g.mentions.some((m) => LEADERS_PHRASE.test(m.a.sentence.text))) {
      // "the top leaders of the two countries": the two heads of state on that date.
      const heads = dyad.map((c) => roleHolderMention(analysis, c, "head-of-state", g.date.date)).filter((p): p is PersonMention => p !== null);
      if (heads.length === 2 && (g.participants.length === 0 || heads.some((h) => h.slug === g.participants[0].slug))) {
        g.participants = uniqueBySlug([...g.participants, ...heads]);
        for (const m of g.mentions) m.inferred = true;
      }
    }
    if (g.type === "meeting" && g.participants.length === 0 && dyad.length === 2) g.participants = findChairs(analysis, g, dyad);
    if (g.type === "meeting" && g.participants.length === 0 && dyad.length === 2) g.participants = findAnnouncedParties(analysis, g, dyad);
    if (g.type === "meeting" && g.participants.length === 0 && dyad.length === 2) g.participants = findSigningPair(g, groups, dyad);
    if (g.type === "meeting" && g.participants.length === 0 && dyad.length === 2) g.participants = findPlannedParties(analysis, g, dyad);
    if (g.type !== "agreement") continue;
    const sentences = new Set(g.mentions.map((m) => m.a));
    const visit = groups.find((v) => v.type === "visit" && v.mentions.some((m) => sentences.has(m.a)) && compareDates(v.date, g.date));
    if (visit && visit.location) {
      const traveller = visit.participants.find((p) => p.roleKey === "head-of-state" || p.roleKey === "head-of-government");
      if (traveller && traveller.roleKey) {
        const host = roleHolderMention(analysis, visit.location.country, traveller.roleKey, g.date.date);
        if (host) {
          // ("the treaty signed during Putin's visit to Pyongyang in June", and later "the two leaders signed a treaty"
          // that month: parties read only from the visit are inferred, and the group joins the one that names them.)
          if (g.participants.length === 0) for (const m of g.mentions) m.inferred = true;
          g.participants = uniqueBySlug([...g.participants, traveller, host]);
          g.location = g.location ?? visit.location;
          const hasMeeting = groups.some((m) => m.type === "meeting" && compareDates(m.date, g.date) && overlaps(m.participants, [traveller]));
          // Only when the text itself speaks of the leaders meeting ("joined leaders in signing", "summit"), or of a
          // state visit, which the host receives in person ("paid a state visit to Pyongyang and signed a treaty").
          const saysMeeting = g.mentions.some((m) => /\b(?:leaders|summit|talks|met|meeting|state\s+visit)\b/i.test(m.a.sentence.text));
          if (!hasMeeting && saysMeeting) {
            const c: Candidate = { ...g.best, type: "meeting", participants: [traveller, host], location: visit.location, inferred: true };
            const mg = newGroup(c, g.date);
            extra.push(mg);
          }
        }
      }
    }
    if (g.participants.length === 0 && dyad.length === 2 && g.mentions.some((m) => TREATY_NOUN.test(m.a.sentence.text))) {
      // ("a treaty signed by the two foreign ministers in February": the signers the sentence names by their office
      // are its parties, the holders of that office then, and never the heads of state.)
      const signers = g.mentions.map((m) => MINISTERS_SIGNED.exec(m.a.sentence.text)).find((x) => x !== null);
      const roleKey: RoleKey | null = signers ? (signers[1] ? (/^foreign$/i.test(signers[1]) ? "foreign-minister" : "defence-minister") : null) : "head-of-state";
      const heads = roleKey ? dyad.map((c) => roleHolderMention(analysis, c, roleKey, g.date.date)).filter((p): p is PersonMention => p !== null) : [];
      if (heads.length === 2) {
        g.participants = heads;
        for (const m of g.mentions) m.inferred = true;
      }
    }
  }
  // (After the loop, so that a session's parties read from its chairs above are known.)
  for (const g of groups) if (g.type === "agreement" && g.participants.length === 0 && dyad.length === 2) g.participants = findSessionPair(g, groups, dyad);
  return extra;
}

/**
 * "The tenth session took place in Pyongyang on 15 November. [...] The protocol was signed there.": the nearest
 * meeting, in the (up to four) sentences before, told as held on a day, with its day and place.
 */
function findHeldMeetingBefore(ctx: BuildContext, a: AnalysedSentence): { date: EventDate; location: Location | null } | null {
  for (const { s, x, date } of listDayMeetingsBefore(ctx, a)) if (!x.hedged) return { date, location: pickMeetingLocation(s, x, findScope(s, x.start)) };
  return null;
}

/**
 * "The chamber welcomes the signing yesterday of the protocol of the tenth session. The session, which was held
 * yesterday, was co-chaired by X and Y.": a protocol signed on a day by no one named was signed by the two parties of
 * the one meeting the article tells on that day, one of each country of the pair. (A protocol records a session; a
 * treaty or an agreement named with no signers goes to the heads of state instead, above.)
 */
function findSessionPair(g: Group, groups: Group[], dyad: string[]): PersonMention[] {
  if (g.date.precision !== "day" || !g.mentions.some((m) => /\bprotocol\b/i.test(m.a.sentence.text))) return [];
  const held = groups.filter((x) => x.type === "meeting" && x.date.precision === "day" && x.date.date === g.date.date);
  if (held.length !== 1) return [];
  const parties = held[0].participants;
  if (parties.length !== 2 || countriesOf(parties).size !== 2 || !dyad.every((c) => countriesOf(parties).has(c))) return [];
  if (g.location && held[0].location && g.location.country !== held[0].location.country) return [];
  // (The session and its protocol share one place: "the signing yesterday in Pyongyang of the protocol" places a
  // session told with no place of its own.)
  g.location = g.location ?? held[0].location;
  held[0].location = held[0].location ?? g.location;
  for (const m of g.mentions) m.inferred = true;
  return [...parties];
}

/** "signed by the two foreign ministers", "signed by both ministers": signers named by office, not by name. */
const MINISTERS_SIGNED = /\bsigned\s+by\s+(?:the\s+)?(?:two\s+|both\s+)?(?:countries['’]\s+)?(?:(foreign|defen[cs]e)\s+)?ministers\b/i;

const CHAIR_WORDS = /\b(?:headed|led|chair(?:man|men|ed|s)?|co-?chair(?:man|men|ed|s)?|present)\b/i;

/**
 * "The tenth session of the intergovernmental commission was held in Pyongyang on 15 November. The Russian part of
 * the commission is headed by X, and the Korean part by Y." / "Present there were X, chairman of the DPRK side, and
 * ... led by Y": a session told without its people is held by the two heads of the sides named just after it, one
 * of each country of the pair, in a sentence telling no event of its own.
 */
/**
 * "... would centre on a round of negotiations with his counterpart, Choe. [...] The negotiations themselves got under
 * way on Saturday": a sentence opening with the bare noun, naming no one, is the negotiations announced just before,
 * with their parties (one of each country of the article's pair).
 */
function findAnnouncedParties(analysis: ArticleAnalysis, g: Group, dyad: string[]): PersonMention[] {
  const m = g.mentions.find((x) => /^(?:talks|negotiations)$/i.test(x.trigger.text) && /^The\s+$/.test(x.a.sentence.text.slice(0, x.trigger.start)) && /^\s+themselves\b/i.test(x.a.sentence.text.slice(x.trigger.end)));
  if (!m) return [];
  const noun = m.trigger.text.toLowerCase();
  for (let k = m.a.sentence.index - 1; k >= Math.max(0, m.a.sentence.index - 3); k--) {
    const prev = analysis.sentences[k];
    const t = prev.triggers.find((x) => x.type === "meeting" && x.nominal && x.text.toLowerCase().endsWith(noun));
    if (!t) continue;
    const after = prev.sentence.text.slice(t.end);
    const lead = /^\s+with\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+)?/i.exec(after);
    if (!lead) return [];
    const other = prev.people.find((p) => p.kind !== "anaphor" && p.start === t.end + lead[0].length);
    const owner = prev.people.find((p) => p.end <= t.start && p.slug !== other?.slug && p.country !== other?.country);
    if (!other || !owner) return [];
    const people = [owner, other];
    if (!dyad.every((c) => people.some((p) => p.country === c))) return [];
    for (const x of g.mentions) x.inferred = true;
    return people;
  }
  return [];
}

/**
 * "Russian and North Korean officials are holding the tenth session of their intergovernmental commission today. [...]
 * The session has ended with the signing of a protocol. Kozlov and Yun put their names to the document.": a session
 * told without its people, on the day one person of each side signs a document, was held by the two who signed.
 */
function findSigningPair(g: Group, groups: Group[], dyad: string[]): PersonMention[] {
  if (g.date.precision !== "day") return [];
  const signing = groups.filter((x) => x.type === "agreement" && x.date.precision === "day" && x.date.date === g.date.date && x.participants.length === 2 && countriesOf(x.participants).size === 2 && dyad.every((c) => countriesOf(x.participants).has(c)));
  if (signing.length !== 1) return [];
  for (const m of g.mentions) m.inferred = true;
  return [...signing[0].participants];
}

/** "where she is due to sit down with Sergey Lavrov later today": talks announced for the report's day, and their guest. */
const PLANNED_TODAY = /\b(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+(?:sit\s+down|meet|hold\s+talks)\s+with\s+$/i;

/**
 * "09:40 - ... Choe's visit to Moscow, where she is due to sit down with Sergey Lavrov later today. [...] 13:05 - Talks
 * are under way at the Russian Foreign Ministry.": bare talks of a live blog's day are the ones it announced for that
 * day, between the one due to hold them and the one named after "with" (one of each country of the pair).
 */
function findPlannedParties(analysis: ArticleAnalysis, g: Group, dyad: string[]): PersonMention[] {
  const m = g.mentions.find((x) => /^(?:the\s+)?talks\s+(?:are|is|have)\b/i.test(x.trigger.text));
  if (!m) return [];
  for (let k = m.a.sentence.index - 1; k >= 0; k--) {
    const prev = analysis.sentences[k];
    const text = prev.sentence.text;
    const other = prev.people.find((p) => p.kind !== "anaphor" && PLANNED_TODAY.test(text.slice(0, p.start)) && /^\s+(?:later\s+)?(?:today|this\s+(?:morning|afternoon|evening))\b/i.test(text.slice(p.end)));
    if (!other) continue;
    const due = PLANNED_TODAY.exec(text.slice(0, other.start))!;
    const owner = prev.people.filter((p) => p.end <= due.index && p.slug !== other.slug && p.country !== other.country && /^\s*$/.test(text.slice(p.end, due.index))).pop();
    if (!owner) return [];
    const people = [owner, other];
    if (!dyad.every((c) => people.some((p) => p.country === c))) return [];
    for (const x of g.mentions) x.inferred = true;
    return people;
  }
  return [];
}

/**
 * "Live: Lavrov in Wonsan - talks with Choe, meeting with Kim" over "11:30 - Talks have begun.": bare talks of a live
 * blog are the talks its headline lists, between the person it opens on and the one named right after "talks with"
 * (one of each country of the pair). Null for a headline that lists no talks ("Live: Lavrov in Wonsan - meeting with
 * Kim") or is no live blog's.
 */
function findHeadlineTalksParties(ctx: BuildContext): PersonMention[] | null {
  const headline = ctx.sentences.find((s) => s.headline);
  if (!headline || ctx.dyad.length !== 2) return null;
  const text = headline.sentence.text;
  const other = headline.people.find((p) => p.kind !== "anaphor" && /\btalks\s+with\s+$/i.test(text.slice(0, p.start)));
  if (!other || !/^Live\b[^-–—]*\s[-–—]\s+(?:[^,;]*,\s+)*talks\s+with\s+$/i.test(text.slice(0, other.start))) return null;
  const owner = headline.people.find((p) => p.kind !== "anaphor" && p.start < other.start && p.country !== other.country);
  if (!owner) return null;
  const people = [owner, other];
  return ctx.dyad.every((c) => people.some((p) => p.country === c)) ? people : null;
}

function findChairs(analysis: ArticleAnalysis, g: Group, dyad: string[]): PersonMention[] {
  const at = Math.max(...g.mentions.map((m) => m.a.sentence.index));
  for (let k = at + 1; k <= at + 2 && k < analysis.sentences.length; k++) {
    const next = analysis.sentences[k];
    // ("... the delegation headed by Kozlov, which arrived in Pyongyang the previous day": an event told in a relative
    // clause about a delegation is that delegation's own, and leaves the sentence about the session.)
    const inRelative = (t: Trigger) => next.relativeClauses.some(([s, e]) => t.start >= s && t.start < e);
    if (next.triggers.some((t) => t.factual && CORE_AND_EXTRA.has(t.type) && !inRelative(t))) return [];
    const people = uniqueBySlug(next.people.filter((p) => p.kind !== "anaphor"));
    if (people.length === 0) continue;
    const countries = countriesOf(people);
    if (people.length !== 2 || countries.size !== 2 || !dyad.every((c) => countries.has(c)) || !CHAIR_WORDS.test(next.sentence.text)) return [];
    for (const m of g.mentions) m.inferred = true;
    return people;
  }
  return [];
}

/**
 * A group whose people were only inferred (a caption's "treaty signing in Pyongyang, June 19", signed by the two
 * heads of state) joins an event of the same people found elsewhere in the article, rather than standing as a second
 * one ("the treaty Putin and Kim signed in Pyongyang in June").
 */
function joinInferredGroups(groups: Group[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g.mentions.every((m) => m.inferred) || g.participants.length === 0) continue;
    const same = groups.find((x) => x !== g && x.type === g.type && x.participants.length > 0 && compareDates(x.date, g.date) && isSameParties(x.participants, g.participants) && (!x.location || !g.location || x.location.country === g.location.country));
    if (!same) continue;
    for (const m of g.mentions) addToGroup(same, m, g.date);
    groups.splice(i, 1);
  }
}

/**
 * "15:40 - The talks are under way. [...] 18:20 - Video shows aides wiping the chair Kim used after the talks": talks
 * told only by a noun with one party and no date of their own are the talks of that day the article told with that
 * party among others (once the headline or a later step has named those), not talks of his alone.
 */
function joinOnePartyTalks(groups: Group[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g.type !== "meeting" || g.participants.length !== 1 || !g.mentions.every((m) => m.trigger.nominal && m.date === null)) continue;
    const same = groups.find((x) => x !== g && x.type === "meeting" && x.participants.length >= 2 && compareDates(x.date, g.date) && x.participants.some((p) => p.slug === g.participants[0].slug));
    if (!same) continue;
    for (const m of g.mentions) addToGroup(same, m, same.date);
    groups.splice(i, 1);
  }
}

/** How far from the article's day a meeting may be and still be the news it reports. */
const RECENT_DAYS = 7;

/** A visit of these people to this country found in the article, around that date (or the same trip). */
function hasVisit(groups: Group[], c: Candidate, date: EventDate): boolean {
  return groups.some((v) => v.type === "visit" && overlaps(v.participants, c.participants) && v.location?.country === c.location?.country && (compareDates(v.date, date) || isSameTrip(v, c, date) || isOverlandTrip(v, date)));
}

/** Days an overland journey from the border may take before its talks in the country. */
const OVERLAND_DAYS = 14;

/**
 * "crossed into Russia on July 26 and travelled 9,300 km by rail ... held talks in the Kremlin on August 4": a trip
 * that began at a land border takes days to reach the capital, so a meeting there within two weeks is on it.
 */
function isOverlandTrip(v: Group, date: EventDate): boolean {
  // ("entered Russian territory through Khasan on the 26th aboard a special train": entering by land is crossing too.)
  const overland = (m: Candidate) => /^crossed/i.test(m.trigger.text) || (/^entered/i.test(m.trigger.text) && /\b(?:border|territory|train|rail(?:way)?)\b/i.test(m.a.sentence.text));
  if (v.date.precision !== "day" || date.precision !== "day" || !v.mentions.some(overland)) return false;
  const days = diffDays(date.date, v.date.date);
  return days >= 0 && days <= OVERLAND_DAYS;
}

const HEADS: ReadonlySet<string> = new Set(["head-of-state", "head-of-government"]);

/**
 * "Hours earlier she had sat across from Lavrov" during Choe's stay in Moscow, then "Lavrov went to Pyongyang in the
 * autumn": an unplaced meeting held while one of its parties was on a trip to another country is on that trip, so it
 * dates no journey to the place named.
 */
function isOnTripElsewhere(g: Group, groups: Group[], place: Location | null): boolean {
  return groups.some((v) => v.type === "visit" && v.location !== null && v.location.country !== place?.country && overlaps(v.participants, g.participants) &&
    (compareDates(v.date, g.date) || Math.abs(diffDays(v.date.date, g.date.date)) <= RECENT_DAYS));
}

/**
 * Where a meeting no sentence places took place, when the article says it another way: the place of a trip one of
 * its people is on that week; the dateline's city when
 * it is in one of the pair's countries ("PYONGYANG, July 27 - Kim received Shoigu on Wednesday"); else the country
 * of a head of state receiving a foreign official of lower rank, when the article does not send the head of state
 * abroad that week ("Kim Jong Un met the Duma speaker on August 14"). (The city an undated article names most is
 * no guide: a story about troops in Kursk names Kursk more than the Pyongyang talks.)
 */
function findHostPlace(g: Group, groups: Group[], dyad: string[], dateline: Location | null): Location | null {
  if (g.type !== "meeting" || dyad.length !== 2) return null;
  const countries = new Set(g.participants.map((p) => p.country));
  if (!dyad.every((c) => countries.has(c))) return null;
  // One of them abroad that week: the meeting is on that trip ("PYONGYANG -- Kim, on his visit to Russia, ... was
  // greeted at the plant by Manturov" is no visit of Manturov's to Pyongyang).
  const trip = groups.find((v) => v.type === "visit" && v.location && (compareDates(v.date, g.date) || Math.abs(diffDays(v.date.date, g.date.date)) <= RECENT_DAYS) &&
    v.participants.some((p) => g.participants.some((q) => q.slug === p.slug && q.country !== null && q.country !== v.location!.country)));
  if (trip) return trip.location;
  if (dateline && dyad.includes(dateline.country)) return dateline.kind === "country" ? null : dateline;
  const heads = g.participants.filter((p) => p.roleKey === "head-of-state");
  if (heads.length !== 1 || !heads[0].country) return null;
  const host = heads[0].country;
  if (g.participants.some((p) => p.country !== host && p.roleKey && HEADS.has(p.roleKey))) return null;
  // A head of state abroad: the meeting is on his trip, not the guest's.
  if (groups.some((v) => v.type === "visit" && overlaps(v.participants, heads) && (compareDates(v.date, g.date) || Math.abs(diffDays(v.date.date, g.date.date)) <= RECENT_DAYS))) return null;
  return { name: toCountryName(host), country: host, kind: "country" };
}

/**
 * "Sergei Shoigu met Kim Jong Un in Pyongyang on June 4": a meeting told by a verb in a main clause with its own day
 * and city, in no wording of the past ("last", "first", "had", a relative clause), is one of the events a review of
 * the year reports, not a memory.
 */
// ("on October 9 ... Kim received former president Medvedev": a host receiving a guest places the meeting at home even
// when no city is named.)
// ("Aug. 4 - Putin and Kim Jong Il hold talks in the Kremlin" in a timeline of two decades is a memory: only a day
// within a year of the article's is the year's news.)
function isToldAsNews(g: Group, reference: string): boolean {
  if (Math.abs(diffDays(reference, g.date.date)) > 366) return false;
  return g.mentions.some((m) => {
    if (m.trigger.nominal || m.date === null || m.date.source !== "inferred-year" || isBackground(m) || m.a.relativeClauses.some(([s, e]) => m.trigger.start >= s && m.trigger.start < e)) return false;
    if (g.location !== null && g.location.kind !== "country") return true;
    return g.location === null && /^(?:received|hosted|welcomed)$/i.test(m.trigger.text);
  });
}

/**
 * A meeting or signing placed in one of the pair's countries, with someone from there taking part, tells of each
 * guest's visit even when no sentence says they travelled ("Kim met Putin in Vladivostok on Thursday"): one visit
 * per guest the article does not already send there, dated by the meeting, when the meeting is the article's news. Implied visits get a low confidence, so they arrive as
 * drafts and their date does not outvote a report of the arrival (chooseEventDate).
 */
/**
 * "Lavrov was received by Kim Jong Un as early as 31 May 2018": a host receiving a guest on a day told with its year
 * had the guest come to him that day, however long ago, so the audience tells the trip too. (A meeting recalled by "met"
 * or "held talks" does not say who travelled, and a year-less or month-only day is no such record.)
 */
function isReceivedOnDay(g: Group): boolean {
  return g.type === "meeting" && g.date.precision === "day" && g.mentions.some((m) => !m.trigger.nominal && m.date?.source === "explicit" &&
    m.date.precision === "day" && /^(?:was\s+|were\s+)?received(?:\s+by)?$/i.test(m.trigger.text));
}

/** "has received her on each of her previous trips", "whenever he visits": a habit, not a day's news. */
const HABITUAL = /\b(?:each|every|previous|always|usually|often|regularly|routinely|whenever|customarily)\b/i;

/** "has been in Russia since last week": a stay that lasts up to the report, told with the day it began. */
const ONGOING_STAY = /^(?:has|have)\s+(?:[\w-]+\s+)?been\s+in$/i;

/**
 * "Putin received Choe on Monday. Choe has been in Russia since last week": a meeting in that country between the
 * stay's start and the report is on that stay, not a trip of its own.
 */
function isOnOngoingStay(groups: Group[], c: Candidate, date: EventDate, reference: string): boolean {
  return groups.some((v) => v.type === "visit" && overlaps(v.participants, c.participants) && v.location?.country === c.location?.country &&
    v.date.date <= date.date && date.date <= reference &&
    v.mentions.some((m) => ONGOING_STAY.test(m.trigger.text) && /^\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+since\s/u.test(m.a.sentence.text.slice(m.trigger.end))));
}

/**
 * "Lavrov landed on Wednesday evening and was greeted by Choe ... On Thursday he held talks with her": a guest's
 * welcome by his counterpart, told only as that, is the arrival's ceremony when the article holds their talks on
 * another day of the trip; it is their talks only when no other day is given for them.
 */
function isArrivalGreeting(g: Group, groups: Group[]): boolean {
  // (The sentence's other tellings are of the same ceremony: "... and was greeted by Choe, in photos of the delegation
  // being welcomed by officials".)
  const told = new Set(g.mentions.filter((m) => m.greeting).map((m) => m.a));
  if (g.type !== "meeting" || g.date.precision !== "day" || told.size === 0 || !g.mentions.every((m) => told.has(m.a))) return false;
  return groups.some((x) => x !== g && x.type === "meeting" && x.date.precision === "day" && x.date.date !== g.date.date &&
    Math.abs(diffDays(x.date.date, g.date.date)) <= 3 && isSameParties(x.participants, g.participants));
}

/** Days into the next month a meeting may fall and still be on a stay whose arrival is told by its month alone. */
const ARRIVAL_MONTH_REACH_DAYS = 7;

/**
 * "Choe, who had arrived in Russia at the end of October, held talks with Lavrov on November 1 and was received by
 * Putin on November 4": a guest's arrival told by its month, in the sentence of the meeting and before it, is the trip
 * the meeting was held on, though the meeting falls in the first days of the next month.
 */
function isOnToldArrival(groups: Group[], meeting: Group, c: Candidate, date: EventDate): boolean {
  if (date.precision !== "day") return false;
  return groups.some((v) => v.type === "visit" && v.date.precision === "month" && !v.date.endDate && overlaps(v.participants, c.participants) &&
    v.location?.country === c.location?.country && date.date >= v.date.date && diffDays(date.date, addMonths(v.date.date, 1)) < ARRIVAL_MONTH_REACH_DAYS &&
    v.mentions.some((m) => meeting.mentions.some((x) => x.a === m.a && x.trigger.start > m.trigger.end)));
}

function inferVisits(groups: Group[], dyad: string[], reference: string, dateline: Location | null): Group[] {
  const visits: Group[] = [];
  for (const g of groups) {
    // A meeting recalled from the past ("the summit in Vladivostok in April 2019") tells of the meeting, not of a trip.
    // ("The summit in Vladivostok last week": the news of a week ago, at the month's precision.)
    const lastWeek = g.type === "meeting" && g.mentions.some((m) => m.date?.recentWeek);
    // ("Putin hosted Kim at the Vostochny Cosmodrome, according to the Kremlin": an undated lead in a report with no
    // day up front tells the news of the report's own month.)
    const ownMonth = g.type === "meeting" && g.date.source === "lead" && g.date.precision === "month" && g.mentions.some((m) => m.a.lead && !m.trigger.nominal && !m.date && !isBackground(m) && !HABITUAL.test(m.a.sentence.text));
    if ((g.type !== "meeting" && g.type !== "agreement") || (g.date.precision !== "day" && !lastWeek && !ownMonth)) continue;
    // (A review tells the news of its year; a timeline's entry of decades ago — "2001 / Aug. 4 - Putin and Kim Jong Il
    // hold talks in the Kremlin" — tells the meeting, and the trip it was on began days before: isToldAsNews.)
    // ("PYONGYANG, June 4 — ... On March 21 he held talks here with Kim": a past meeting told as held "here", in the
    // dateline's city, had the guest travel there.)
    const here = dateline !== null && g.mentions.some((m) => !m.trigger.nominal && /^[^.;]{0,60}?\bhere\b/i.test(m.a.sentence.text.slice(m.trigger.end)));
    if (Math.abs(diffDays(reference, g.date.date)) > RECENT_DAYS && !isToldAsNews(g, reference) && !lastWeek && !here && !ownMonth && !isReceivedOnDay(g)) continue;
    // ("met Lavrov in Moscow on Tuesday during a stopover on her way to St Petersburg": a meeting on a stopover tells
    // no visit of its own to the city it was held in.)
    if (g.mentions.some((m) => !m.trigger.nominal && /^[^.;]{0,80}?\b(?:(?:during|on|in\s+the\s+course\s+of)\s+an?\s+(?:brief\s+|short\s+)?(?:stopover|layover)|while\s+in\s+transit|in\s+transit\s+(?:to|through))\b/i.test(m.a.sentence.text.slice(m.trigger.end)))) continue;
    // ("15 Sept - Kim tours a plant in Komsomolsk-on-Amur with Manturov. 16 Sept - Shoigu shows his guest a bomber": a
    // trip the article implies by a meeting placed abroad the day before puts the next, unplaced meeting on it too.)
    const location = g.location ?? (here ? dateline : null) ?? findHostPlace(g, [...groups, ...visits], dyad, dateline);
    if (!location) continue;
    const host = location.country;
    if (!dyad.includes(host) || !g.participants.some((p) => p.country === host)) continue;
    // Residents (ambassadors) do not travel to meet their hosts.
    const guests = g.participants.filter((p) => p.country && p.country !== host && dyad.includes(p.country) && p.roleKey !== "ambassador");
    for (const guest of guests) {
      const c: Candidate = { ...g.best, type: "visit", participants: [guest], location, inferred: true, implied: true };
      const date: EventDate = { ...g.date, endDate: null, source: "derived" };
      if (!hasVisit([...groups, ...visits], c, date) && !isOnOngoingStay(groups, c, date, reference) && !isOnToldArrival(groups, g, c, date)) visits.push(newGroup(c, date));
    }
  }
  return visits;
}

// ---------------------------------------------------------------- main

const CORE_AND_EXTRA: ReadonlySet<EventType> = new Set<EventType>(["meeting", "visit", "call", "agreement", "ratification", "entry-into-force", "delegation"]);

export function buildEvents(analysis: ArticleAnalysis): ExtractedEvent[] {
  const candidates: Candidate[] = [];
  const datelinePlace = analysis.datelineLocation ? findPlaceByName(analysis.datelineLocation) : null;
  const dyad = dyadOf(analysis);
  const leadersAt = (date: string) => dyad.map((c) => roleHolderMention(analysis, c, "head-of-state", date)).filter((p): p is PersonMention => p !== null);
  const holdersAt = (roleKey: RoleKey, date: string) => dyad.map((c) => roleHolderMention(analysis, c, roleKey, date)).filter((p): p is PersonMention => p !== null);
  const ctx: BuildContext = { sentences: analysis.sentences, datelinePlace: datelinePlace ? { ...datelinePlace } : null, mainPlace: findMainPlace(analysis, datelinePlace), dyad, leadersAt, holdersAt, liveDay: isLiveBlog(analysis) ? analysis.reference : null };
  for (const a of analysis.sentences) {
    for (const t of a.triggers) {
      if (!CORE_AND_EXTRA.has(t.type) || !t.factual) continue;
      const built = buildCandidate(a, t, ctx);
      for (const c of (Array.isArray(built) ? built : built ? [built] : []).map(withOffsetClause).filter((x): x is Candidate => x !== null).flatMap(splitObjects)) {
        const gapped = c.type === "ratification" ? findGappedRatifications(a, c) : [];
        const listed = findEnumeratedDates(a, c);
        const since = findVisitSince(a, c);
        candidates.push(c, ...gapped, ...listed, ...since, ...[c, ...listed].flatMap((x) => findRepeatedTrips(a, x)), ...findCountedTrips(a, c), ...findTotalledTrips(a, c), ...findEarlierTripOfMonth(a, c), ...findFirstOfOpeningDays(a, c));
      }
    }
    const caption = findCaptionMeeting(a);
    if (caption) candidates.push(caption);
    const companion = findCompanionMeeting(a);
    if (companion) candidates.push(companion);
    const answered = findAnsweredMeeting(a, ctx);
    if (answered) candidates.push(answered);
    candidates.push(...findHostedGuests(a));
    const toldBefore = candidates.filter((c) => c.a.sentence.index === a.sentence.index - 1);
    candidates.push(...findListedRatifications(a, candidates.filter((c) => c.a === a), toldBefore));
    candidates.push(...findMeetingsEachTime(a, candidates.filter((c) => c.a === a), toldBefore));
  }

  fillDestinations(candidates);
  for (const c of candidates) asCallIfPhoned(candidates, c);

  const groups: Group[] = [];
  const place = (c: Candidate, date: EventDate) => {
    const g = groups.find((x) => isCompatible(x, c, date));
    if (g) addToGroup(g, c, date);
    else groups.push(newGroup(c, date));
  };

  // The headline retells the body's news: its mentions join events of their type found in the body and start
  // none. (A body that tells of the arrival but words the summit in a way no rule reads keeps the headline's summit.)
  // ("Centre publishes brief on Lavrov's 11-13 July visit to Wonsan" over a body that names only "Lavrov's visit to the
  // DPRK", undated: a bare noun takes no date of its own and can only join an event found elsewhere, so it does not
  // stand for the headline's dated visit.)
  const bodyTypes = new Set(candidates.filter((c) => !c.a.headline && (c.date || !c.trigger.nominal || c.trigger.framing)).map((c) => c.type));
  const fromHeadline = candidates.filter((c) => c.a.headline && bodyTypes.has(c.type));
  for (const c of fromHeadline) candidates.splice(candidates.indexOf(c), 1);
  // "was welcomed at the airport by Kang Sun Nam": a ceremony of the arrival. It joins a meeting of the same people
  // that day ("Kim welcomed Putin at the airport" before their talks) and starts none.
  const welcomes = candidates.filter((c) => c.welcome);
  for (const c of welcomes) candidates.splice(candidates.indexOf(c), 1);

  // 1. Mentions that carry their own date.
  for (const c of candidates) if (c.date && (!c.trigger.generic || c.enumerated)) place(c, c.date);

  // 2. Undated mentions: the same event told again, a visit dated by its meetings, or dated from context.
  const mainDate = findMainDate(analysis);
  const live = isLiveBlog(analysis);
  for (const c of candidates) {
    if (c.date || c.trigger.generic) continue;
    // ("4 August - Kim and Putin sign the declaration. Kim goes on to visit St Petersburg": a place one goes on to,
    // with no date of its own, is reached after the time told, on a day not given; the meetings told before date it not.)
    if (c.type === "visit" && /^(?:goes|go|went)\s+on\s+to$/i.test(c.trigger.text)) continue;
    // (Told "during that trip" after a trip of several days: on none of them, and no other event either.)
    if (isDuringToldTrip(analysis, c.a)) continue;
    if (c.follows) {
      placeFollowing(groups, c, place);
      continue;
    }
    const partOfDay = findPartOfDayTalksDate(groups, c);
    if (partOfDay) {
      place(c, partOfDay);
      continue;
    }
    const timed = findTimedFromSubject(groups, c);
    if (timed) {
      place({ ...c, participants: timed.participants }, timed.date);
      continue;
    }
    const leg = findJourneyLegDate(groups, c);
    if (leg) {
      place(c, leg);
      continue;
    }
    // The date this mention would get on its own; an earlier event of other days is not "the same" one.
    const fallback = findFallbackDate(analysis, groups, c, mainDate);
    // Only a lead sentence is surely about the reported day; elsewhere an undated retelling may be of any event.
    // (Compared by month: a wire's dateline day is often the day after the event it reports.)
    const fromParagraph = fallback !== null && fallback.source === "context" && findContextDate(analysis, groups, c) !== null;
    // ("10:20 — State media report that Medvedev has landed in Pyongyang": an undated present perfect is recent news, so
    // it is no retelling of the same people's meeting years before.)
    // ("08:55 - Kim received him on June 4. [...] 13:40 - Kim has received Shoigu": on a live page, whose entries are of
    // its own day, such a perfect is the day's news, not the same people's meeting earlier that month.)
    const liveDay = live && !c.a.lead && !fromParagraph && !isUnderway(c) && fallback?.precision === "day" && (isRecentPerfect(c, live) || isLiveEntryMeeting(analysis, c));
    // ("17.06.2025 - The second June visit. After meeting Kim, Shoigu announced ...": in a timeline whose entry opens
    // with its own day, an undated mention is of that day; the same people's meeting of another entry is another one.)
    const entryDay = !liveDay && fallback !== null && fallback.source === "context" && isEntryDay(analysis, c.a, fallback);
    const sameWindow = liveDay || entryDay ? { ...fallback!, endDate: null } : (c.a.lead || fromParagraph || isUnderway(c) || isRecentPerfect(c, live)) && fallback ? { ...fallback, precision: "month" as const, endDate: null } : null;
    // ("Deputy foreign ministers of Russia, China and North Korea held consultations on Tuesday. Russia's Morgulov
    // hosted Choe and Kong.": an undated mention whose parties come from just the countries a party-less dated meeting
    // named is that meeting.) ("Kim held talks with Putin, who is paying a state visit. [...] The DPRK-Russia talks
    // took place at the guesthouse on the same day.": so is one the body dates after an undated lead, in its window.)
    const countries = countriesOf(c.participants);
    const named = c.type === "meeting" && countries.size >= 2 ? groups.find((g) => g.type === "meeting" && g.participants.length === 0 && g.date.precision === "day" && g.mentions.some((m) => {
      const codes = new Set(m.a.countryRefs.filter((r) => r.end <= m.trigger.start).map((r) => r.code));
      const toldAfterLead = c.a.lead && sameWindow !== null && compareDates(g.date, sameWindow);
      return (m.a.sentence.index < c.a.sentence.index || toldAfterLead) && codes.size === countries.size && [...countries].every((x) => codes.has(x));
    })) : undefined;
    if (named) {
      addToGroup(named, c, named.date);
      continue;
    }
    const found = findSameEvent(groups, c, sameWindow, ctx.datelinePlace, findRetoldDocumentName(analysis.sentences, c));
    // ("Shoigu, who arrived on Tuesday, has held talks with Kim" in the lead, and "on June 4 he also came and met Kim"
    // further down: the month is the same, but a day-dated event two weeks from the lead's day is another one.)
    const same = found && c.a.lead && fallback?.precision === "day" && found.date.precision === "day" && Math.abs(diffDays(found.date.date, fallback.date)) > 3 ? null : found;
    if (same) {
      addToGroup(same, c, isLeadDayWithin(same, c, fallback) ? fallback! : same.date);
      continue;
    }
    if (c.participants.length === 0 && c.type !== "ratification") continue;
    // A bare noun ("her trip") takes no date from a meeting: it only joins a visit already found. ("It was the Russian
    // leader's first visit to North Korea in 24 years": a copula's noun retells the trip of the sentence before, and
    // takes the day of its meeting or signing.)
    const retold = c.trigger.nominal && /^(?:It|This|That)\s+(?:was|marked)\s+(?:[\w’'-]+\s+){0,5}$/.test(c.a.sentence.text.slice(0, c.trigger.start));
    const told = (g: Group) => !retold || g.mentions.some((x) => x.a.sentence.index === c.a.sentence.index - 1);
    if (c.type === "visit" && (!(c.trigger.nominal && !c.trigger.framing) || retold)) {
      // ("In the summer, Putin travelled to North Korea, and on 19 June 2024 the two leaders signed the treaty": of the
      // meetings and signings that fit, one told in the trip's own sentence is of that trip, before an older one.)
      const fitting = groups.filter(
        (g) => (g.type === "meeting" || g.type === "agreement") && overlaps(g.participants, c.participants) &&
          // (A meeting placed elsewhere is not one of this trip: "Putin received Choe in the Kremlin" dates no visit by
          // Putin to her country.)
          (g.location ? g.location.country === c.location?.country : g.participants.some((p) => p.country === c.location?.country) && !isOnTripElsewhere(g, groups, c.location)) &&
          (!sameWindow || compareDates(g.date, sameWindow)) && told(g),
      );
      const meeting = fitting.find((g) => g.mentions.some((x) => x.a === c.a)) ?? fitting[0];
      if (meeting) {
        place(c, { ...meeting.date, endDate: null, source: "derived" });
        continue;
      }
    }
    // ("Putin invited him when they met in Pyongyang, and the invitation stands": an undated meeting told in a
    // when-clause outside the lead retells an earlier one; it joins one found above or none, never the report's day.)
    if (c.type === "meeting" && !c.a.lead && isUndatedWhenClause(c.a, c.trigger)) continue;
    if (fallback) place(c, fallback);
  }

  for (const c of fromHeadline) {
    if (c.trigger.generic || c.participants.length === 0) continue;
    const matching = groups.filter((x) => x.type === c.type && isSameParties(x.participants, c.participants) && (!c.date || compareDates(x.date, c.date) || isSameTrip(x, c, c.date)));
    // ("LIVE: Putin meets Kim in Vladivostok" over a body that also recalls their talks of the year before: an undated
    // headline tells the article's news, so it joins the event of the report's day when there is one.)
    const g = (c.date ? undefined : matching.find((x) => x.date.precision === "day" && x.date.date === analysis.reference)) ?? matching[0];
    // A headline packs several events into one clause ("Lavrov and Choe hold talks, then Putin receives her"): it
    // adds nobody to a side the body already names people for, or the talks would take in the president.
    // ("Asia Desk Brief: Ishiba keeps his job, Kim ratifies Moscow pact": a digest's headline lists other countries' news
    // beside the pair's, so it adds nobody of a third country either.)
    const third = (p: PersonMention) => p.country !== null && ctx.dyad.length === 2 && !ctx.dyad.includes(p.country) && !g?.participants.some((q) => q.slug === p.slug);
    // ("Xi hosts Putin and Kim in Beijing" over a body that tells only "Putin held talks with Xi": talks with a third
    // country's party that name one side of the pair are that side's own; the headline's gathering of all three is
    // another occasion, and adds no one of the pair's other side to them.)
    if (g && isOneSideWithThird(g.participants, ctx.dyad)) continue;
    if (g) addToGroup(g, { ...c, participants: c.participants.filter((p) => !third(p) && (!p.country || !g.participants.some((q) => q.country === p.country) || g.participants.some((q) => q.slug === p.slug))) }, g.date);
  }

  for (const c of welcomes) {
    // (A welcome whose host is unknown — "he had welcomed Kim at the station" — is no telling of the guest's talks.)
    if (countriesOf(c.participants).size < 2) continue;
    const g = groups.find((x) => x.type === "meeting" && isSameParties(x.participants, c.participants) && (!c.date || compareDates(x.date, c.date)));
    if (g) addToGroup(g, c, g.date);
  }

  for (const g of groups.filter((x) => isArrivalGreeting(x, groups))) groups.splice(groups.indexOf(g), 1);
  groups.push(...inferParticipants(analysis, groups));
  joinInferredGroups(groups);
  joinOnePartyTalks(groups);
  placeByHeadline(analysis, groups);
  groups.push(...inferVisits(groups, ctx.dyad, analysis.reference, ctx.datelinePlace));
  const kept = groups.filter((g) => !isOutsidePair(g, ctx.dyad)).filter((g) => g.participants.length > 0 || ((g.type === "ratification" || g.type === "entry-into-force" || g.type === "delegation") && (g.actor !== null || g.type === "entry-into-force")));
  linkParents(kept);
  kept.sort((x, y) => x.best.a.sentence.start + x.best.trigger.start - (y.best.a.sentence.start + y.best.trigger.start));
  kept.forEach((g, i) => (g.key = `e${i + 1}`));
  return kept.map(toExtractedEvent);
}

/** Parties that include a third country's person and people of only one country of the pair (Putin and Xi). */
function isOneSideWithThird(people: PersonMention[], dyad: string[]): boolean {
  if (dyad.length !== 2) return false;
  const third = people.some((p) => p.country !== null && !dyad.includes(p.country));
  return third && dyad.filter((c) => people.some((p) => p.country === c)).length === 1;
}

/**
 * "Now that the June summit with Seoul's president has ended his isolation", "Western leaders are holding a video call
 * with Trump today": in an article on a pair of countries, a meeting or a call whose every party is of a third country
 * is none of the pair's events (it has a party of at least one of the two, or it belongs to another story).
 */
function isOutsidePair(g: Group, dyad: string[]): boolean {
  if ((g.type !== "meeting" && g.type !== "call") || dyad.length !== 2 || g.participants.length === 0) return false;
  if (!g.participants.every((p) => p.country !== null && !dyad.includes(p.country))) return false;
  // ("Pyongyang needed a boost after its second summit with Trump": a noun owned by a pronoun has a party the text does
  // not name, who may be of the pair.)
  return !g.mentions.some((m) => m.trigger.nominal && OWNED_BY_PRONOUN.test(m.a.sentence.text.slice(Math.max(0, m.trigger.start - 30), m.trigger.end)));
}

/** "after its second summit", "their talks": text ending in a noun with a possessive pronoun at most two words before. */
const OWNED_BY_PRONOUN = /\b(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+$/i;

/**
 * "LIVE: Putin in Pyongyang - as it happened": a headline that only puts a person in a town tells where he is on the
 * report's day, so his meeting or signing of that day told with no place of its own ("Talks between Putin and Kim Jong
 * Il are under way") was held there. (Not a country, which places nothing; not another day's event.)
 */
function placeByHeadline(analysis: ArticleAnalysis, groups: Group[]): void {
  const h = analysis.sentences.find((a) => a.headline);
  if (!h) return;
  const text = h.sentence.text;
  const person = h.people.find((p) => p.kind !== "anaphor" && /^(?:(?:LIVE|Live|UPDATE|Update)\s*[:—–-]\s*)?$/.test(text.slice(0, p.start)));
  const town = person ? h.places.find((pl) => pl.kind !== "country" && /^\s+in\s+$/.test(text.slice(person.end, pl.start))) : undefined;
  if (!person || !town || !/^\s*(?:$|[:—–-]\s)/.test(text.slice(town.end))) return;
  for (const g of groups) {
    if ((g.type !== "meeting" && g.type !== "agreement") || g.location || g.date.precision !== "day" || g.date.date !== analysis.reference) continue;
    if (g.participants.some((p) => p.slug === person.slug)) g.location = toLocation(town);
  }
}

// A photo caption's skeleton: two people, "with" between them, perhaps a place, then the day.
const CAPTION = /^P\s+with\s+P(?:\s+(?:in|at)\s+L)?,?\s+(?:on\s+)?D\.?$/;
// "FILE — Kim Jong Un and Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia's Amur region, Sept.
// 13, 2023.": the two joined by "and" (titles before each), at a place, perhaps set in a wider one, on the day.
const CAPTION_AND = /^(?:FILE(?:\s+PHOTO)?\s*[:—–-]\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}P\s+(?:and|with)\s+(?:(?:then|former)\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}P\s+(?:in|at)\s+(?:the\s+)?L(?:,?\s+(?:in\s+)?L(?:['’]s(?:\s+[\p{L}-]+){1,2})?)?,?\s+(?:on\s+)?D\.?$/u;

/**
 * "Kim Jong Un on Saturday inspected bombers at an airfield near Vladivostok, accompanied by Russian Defence Minister
 * Sergei Shoigu", "Accompanied by Manturov, Kim on Friday toured the plant": a guest shown round by a host of the
 * other country on a given day meets him. Not an arrival or departure in company (an airport welcome is no meeting),
 * nor a plan, nor someone of the same side.
 */
// ("was shown bombers at an airfield on Saturday, with Sergei Shoigu personally leading the tour": the host who leads
// the guest's tour goes with him.)
// ("where he was shown around by Manturov", "Kim had been shown around the plant by Manturov": the host who shows the
// guest round, told in the passive.) ("On Friday Kim was taken around the aircraft plant by Manturov": so is the host who
// takes him round.) ("Aug. 21 - Kim is shown around the dam by Ishayev": a timeline entry's present passive tells the
// same.)
// ("yesterday, Kim toured the aircraft plant in Komsomolsk-on-Amur with Deputy Prime Minister Manturov":
// and the host he toured a site with, named right after "with".)
const COMPANION = /(?:^|,\s+)(?:and\s+)?accompanied\s+by\s+|\b(?:toured|tours)\s+(?:the|a|an|its)\s+[^.;,]{1,80}?\s+with\s+(?=(?:[\p{Lu}][\p{L}’'.-]*\s+){1,6})|,\s+with\s+(?=(?:[\w’'.-]+\s+){1,5}?(?:personally\s+)?(?:leading|conducting|giving|hosting)\s+(?:the|a|his|her)\s+(?:[\w-]+\s+)?tour\b)|\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:shown|taken)\s+(?:a?round|about)\s+(?:(?:the|a|an|its|his|her)\s+[^.;,]{1,80}?\s+)?by\s+/iu;
// Every branch of COMPANION holds one of these words (read with its flags); most sentences have none, and the long
// pattern, tried at every comma and word, was most of findCompanionMeeting's time.
const COMPANION_HINT = /accompanied|tour|shown|taken/iu;

/**
 * "On Friday, Kim stood beside Deputy Prime Minister Manturov at the aircraft plant in Komsomolsk": a guest standing
 * beside one host at a works or site he is shown is with him there. (One person after the verb, and a site of the kind
 * a host shows: "stood alongside Putin and Xi at the parade" is a line-up, no meeting.)
 */
const STOOD_BESIDE_AT_SITE = /\b(?:stood|stands|standing)\s+(?:beside|alongside|next\s+to)\s+(?=(?:[\p{Lu}][\p{L}’'.-]*\s+){1,7}at\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?(?:plant|factory|works|shipyard|dockyard|airfield|air\s+base|naval\s+base|cosmodrome|launch\s+site|space\s+centre|space\s+center)\b)/u;

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** A verb of travelling. */
function isJourneyVerb(t: Trigger): boolean {
  return t.type === "visit" && !t.nominal && /arriv|land|left|leav|depart|flew|flown|flies|came|went|travel|return|reach|cross|head|set\s+off/i.test(t.text);
}

function findCompanionMeeting(a: AnalysedSentence): Candidate | null {
  const text = a.sentence.text;
  const beside = STOOD_BESIDE_AT_SITE.exec(text);
  const m = (COMPANION_HINT.test(text) ? COMPANION.exec(text) : null) ?? beside;
  if (!m || a.triggers.some(isJourneyVerb) || a.triggers.some((t) => !t.factual)) return null;
  if (/\b(?:will|would|is\s+to|are\s+to|to\s+be|expected|plans?|planned|set\s+to|due\s+to|may|might|could)\b/i.test(text)) return null;
  const at = m.index + m[0].length;
  const companion = a.people.find((p) => p.start >= at && p.start - at <= 60 && !/[,;]/.test(text.slice(at, p.start)));
  if (!companion || companion.kind === "anaphor" || !companion.country) return null;
  const opening = m.index === 0 || /^\s*$/.test(text.slice(0, m.index));
  const host = opening ? a.people.find((p) => p.start > companion.end && /,/.test(text.slice(companion.end, p.start)) && p.start - companion.end <= 80) : a.people.find((p) => p.end <= m.index && p.kind !== "role");
  if (!host || !host.country || host.country === companion.country || host.slug === companion.slug) return null;
  // (A dateline's day beside the day told is no second date.)
  const dates = a.dates.filter((d) => d.start >= a.bodyStart && !d.reporting && !d.future && !d.boundary);
  // ("Kim was shown round the plant by Manturov, officials said.": a sentence that names no time at all is dated as
  // the article's other undated mentions are, from its lead or paragraph; one with a time that is not a day is left.)
  if (dates.some((d) => d.precision !== "day" || d.date !== dates[0].date)) return null;
  if (dates.length === 0 && a.dates.length > 0) return null;
  const d = dates[0];
  const trigger: Trigger = { type: "meeting", start: m.index, end: at, text: m[0].trim(), nominal: false, framing: false, factual: true, generic: false, hedged: false, needsPersonObject: false, travellerAfter: false };
  const date: EventDate | null = d ? { date: d.date, precision: "day", endDate: null, source: dateSourceOf(d) } : null;
  // The one who accompanies is at home: the meeting is in his country. (Of two who stand side by side, either may be the
  // host: the place named after the site tells the country, and without one nothing is read.)
  const site = beside && m === beside ? a.places.find((p) => p.start > companion.end && p.country && (p.preposition === "in" || p.preposition === "at")) : undefined;
  if (beside && m === beside && !site) return null;
  const location: Location = site ? toLocation(site) : { name: toCountryName(companion.country), country: companion.country, kind: "country" };
  return { type: "meeting", a, trigger, date, participants: [host, companion], location, actor: null, agreementName: null, hedged: false, inferred: false };
}

// "FILE PHOTO: North Korean leader Kim Jong Un and then Russian Defence Minister Sergei Shoigu visit an exhibition of
// weapons in Pyongyang, North Korea, July 26, 2023.": the two doing one thing together somewhere on the day.
// ("... inspect a launch facility at the Vostochny Cosmodrome in Russia's Amur region, Sept. 13, 2023": the place may
// be set in a wider one, as in CAPTION_AND.)
// ("Kim and Putin tour the Vostochny Cosmodrome in Russia's Amur region, Sept. 13, 2023": or the object is the place,
// and only a country's region follows it.)
const CAPTION_JOINT = /^(?:FILE(?:\s+PHOTO)?\s*[:—–-]\s+)?(?:[\p{L}-]+\s+){0,4}P\s+and\s+(?:(?:then|former)\s+)?(?:[\p{L}-]+\s+){0,4}P\s+(?:visit|tour|inspect|view|watch)\s+(?:a|an|the)\s+[^.;,]{1,80}?\s+(?:in|at)\s+(?:(?:the\s+)?L(?:,?\s+(?:in\s+)?L(?:['’]s(?:\s+[\p{L}-]+){1,2})?)?|\p{Lu}[\p{L}-]*['’]s\s+\p{Lu}[\p{L}-]*\s+(?:region|province|territory|krai|oblast))\s*,?\s+(?:on\s+)?D\.?$/u;

/**
 * "Kim Jong Un with Sergei Shoigu in Pyongyang on Tuesday.": a verbless caption that puts people of the two sides
 * together on a day is their meeting. Nothing but the names, a place and the day may stand in it.
 */
function findCaptionMeeting(a: AnalysedSentence): Candidate | null {
  if (a.dates.length !== 1) return null;
  const d = a.dates[0];
  // ("Kim and Putin in the Kremlin on 4 May 2003, the day the two leaders opened the railway talks.": a closing clause
  // that tells what else that day held is no part of the caption's skeleton; only the words before it are read.)
  const cut = CAPTION_DAY_TAIL.test(a.sentence.text.slice(d.end)) ? d.end : a.sentence.text.length;
  const people = a.people.filter((x) => x.start < cut);
  const places = a.places.filter((x) => x.start < cut);
  if (a.people.some((x) => x.start >= cut && x.kind !== "anaphor")) return null;
  // (Of triggers, only the shared verb of a joint caption, "visit an exhibition", is read as a caption's.)
  const triggers = a.triggers.filter((t) => t.start < cut);
  if (triggers.some((t) => !(t.type === "visit" && /^visit$/i.test(t.text))) || people.length !== 2 || places.length > 2) return null;
  const [p, q] = people;
  if (p.kind === "anaphor" || q.kind === "anaphor" || !p.country || !q.country || p.country === q.country) return null;
  if (d.precision !== "day" || d.future || d.reporting || d.boundary) return null;
  const text = a.sentence.text.slice(0, cut);
  const spans = [...people.map((x) => ({ start: x.start, end: x.end, tag: "P" })), ...places.map((x) => ({ start: x.start, end: x.end, tag: "L" })), { start: d.start, end: d.end, tag: "D" }].sort((x, y) => y.start - x.start);
  let skeleton = text.slice(a.bodyStart);
  for (const x of spans) {
    if (x.start < a.bodyStart) return null;
    skeleton = skeleton.slice(0, x.start - a.bodyStart) + x.tag + skeleton.slice(x.end - a.bodyStart);
  }
  // ("Photo 6: FILE - Kim and Putin inspect ...": a gallery's numbered label is no part of the caption.)
  // ("FROM THE ARCHIVE: Kim and Putin in ...": nor is an archive photo's label.)
  const sk = skeleton.trim().replace(/^Photo\s+\d+\s*:\s+/i, "").replace(/^FROM\s+THE\s+ARCHIVES?\s*:\s+/, "");
  if (!CAPTION_JOINT.test(sk) && (triggers.length > 0 || !((places.length <= 1 && CAPTION.test(sk)) || CAPTION_AND.test(sk)))) return null;
  const joiner = /\s(with|and)\s/.exec(text.slice(p.end));
  const at = p.end + (joiner ? joiner.index + 1 : 0);
  const trigger: Trigger = { type: "meeting", start: at, end: at + (joiner?.[1].length ?? 0), text: joiner?.[1] ?? "with", nominal: false, framing: false, factual: true, generic: false, hedged: false, needsPersonObject: false, travellerAfter: false };
  const date: EventDate = { date: d.date, precision: "day", endDate: null, source: dateSourceOf(d) };
  return { type: "meeting", a, trigger, date, participants: [p, q], location: places[0] ? toLocation(places[0]) : null, actor: null, agreementName: null, hedged: false, inferred: false };
}

// ", the day the two men signed the declaration.": a caption's closing clause naming the day by what else it held.
const CAPTION_DAY_TAIL = /^,\s+the\s+(?:day|date)\s+(?:on\s+which\s+|when\s+|that\s+)?(?:the\s+two\s+(?:men|leaders|sides)|they|both)\s+[^.;]{1,100}\.?$/u;

// "Pyongyang has hosted Sergei Shoigu twice ... as well as Sergey Lavrov in October 2023 and, in June this year,
// Vladimir Putin": a city or country as the subject of "hosted" tells the visits of the guests named after it.
const PLACE_HOSTED = /^\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|since|already|now|then)\s+)?(hosted)\s+/i;

function isPlaceHost(a: AnalysedSentence, t: Trigger): boolean {
  return /^hosted$/i.test(t.text) && a.places.some((p) => !p.attributive && p.preposition === null && PLACE_HOSTED.exec(a.sentence.text.slice(p.end))?.index === 0 && p.end + PLACE_HOSTED.exec(a.sentence.text.slice(p.end))![0].length - t.text.length - 1 <= t.start && t.start - p.end <= 20);
}

/**
 * The guests of "PLACE hosted X in DATE and, in DATE, Y": one visit each to the place, on each date that stands with the
 * guest (a date set off by commas right before a name is that name's). Guests of the place's own country are none.
 */
function findHostedGuests(a: AnalysedSentence): Candidate[] {
  const text = a.sentence.text;
  const t = a.triggers.find((x) => x.factual && isPlaceHost(a, x));
  if (!t) return [];
  const host = a.places.filter((p) => p.end <= t.start).pop()!;
  const end = (() => {
    const semi = text.indexOf(";", t.end);
    return semi < 0 ? text.length : semi;
  })();
  const guests = a.people.filter((p) => p.start >= t.end && p.end <= end && p.kind !== "anaphor" && p.country && p.country !== host.country && !isBystander(a, p));
  // The first guest follows the verb, at most after a title.
  if (guests.length === 0 || !/^(?:(?:the\s+)?[\p{Lu}][\p{L}.-]*\s+){0,4}$/u.test(text.slice(t.end, guests[0].start).trimStart())) return [];
  const out: Candidate[] = [];
  for (const d of a.dates) {
    if (d.start < t.end || d.end > end || d.future || d.reporting || d.boundary || d.vague) continue;
    const next = guests.find((p) => p.start >= d.end);
    const prev = [...guests].reverse().find((p) => p.end <= d.start);
    const guest = next && /^\s*,\s*(?:(?:the\s+)?[\p{Lu}][\p{L}.-]*\s+){0,4}$/u.test(text.slice(d.end, next.start)) ? next : prev;
    if (!guest) continue;
    const trigger: Trigger = { ...t, generic: false };
    const date: EventDate = { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
    out.push({ type: "visit", a, trigger, date, participants: [guest], location: toLocation(host), actor: null, agreementName: null, hedged: t.hedged, inferred: false, enumerated: true });
  }
  return out;
}

/**
 * Talks that led up to an event told in the sentence or two before, of the type the subject names: on its day, with
 * its parties when the talks name none of their own ("talks between the two leaders").
 */
function placeFollowing(groups: Group[], c: Candidate, place: (c: Candidate, date: EventDate) => void): void {
  const idx = c.a.sentence.index;
  const told = groups.filter((g) => g.type === c.follows && g.date.precision === "day" && g.mentions.some((m) => m.a.sentence.index < idx && idx - m.a.sentence.index <= 2));
  if (told.length !== 1) return;
  const g = told[0];
  const participants = c.participants.length > 0 ? c.participants : LEADERS_PHRASE.test(c.a.sentence.text.slice(c.trigger.end)) ? g.participants : [];
  if (countriesOf(participants).size < 2) return;
  place({ ...c, participants, location: c.location ?? g.location }, { ...g.date, endDate: null, source: "context" });
}

const SPENT_PART_OF_DAY_IN = /\b(?:spent|spends|spending)\s+(?:the|that)\s+(?:morning|afternoon|evening)\s+in\s+$/i;
const SPENT_PART_OF_DAY_VERB = /^(?:spent|spends|spending)\s+(?:the|that)\s+(?:whole\s+)?(?:morning|afternoon|evening)\s+in\s+(?:talks|negotiations|consultations)$/i;

/**
 * "So it was on Saturday, when Kim received Lavrov. ¶ Lavrov had already spent the morning in talks with Choe": talks
 * that filled a part of the day, told with no date of their own right after a day-dated event of one of their parties,
 * are of that event's day. Null otherwise (no such event in the two sentences before, or one of other people).
 */
function findPartOfDayTalksDate(groups: Group[], c: Candidate): EventDate | null {
  const text = c.a.sentence.text;
  // (A date past a comma after the talks is an appended phrase's: "..., the second round of a dialogue launched last year".)
  if (c.type !== "meeting" || countriesOf(c.participants).size < 2 || c.a.dates.some((d) => d.start < c.trigger.end || !text.slice(c.trigger.end, d.start).includes(","))) return null;
  // ("Lavrov had already spent the morning in talks with Choe, the second session of a dialogue launched last year": so
  // are talks told by the verb phrase, read as one trigger since rules-35g; the year past the comma is the dialogue's.)
  const spentVerb = !c.trigger.nominal && SPENT_PART_OF_DAY_VERB.test(c.trigger.text);
  if (!spentVerb && (!c.trigger.nominal || !/^(?:talks|meeting|negotiations|consultations)$/i.test(c.trigger.text) || !SPENT_PART_OF_DAY_IN.test(text.slice(Math.max(0, c.trigger.start - 40), c.trigger.start)))) return null;
  const idx = c.a.sentence.index;
  const told = groups.filter((g) => (g.type === "meeting" || g.type === "visit") && g.date.precision === "day" && overlaps(g.participants, c.participants) && g.mentions.some((m) => m.date !== null && m.a.sentence.index < idx && idx - m.a.sentence.index <= 2));
  const days = new Set(told.map((g) => g.date.date));
  if (days.size !== 1) return null;
  return { date: [...days][0], precision: "day", endDate: null, source: "context" };
}

// "Q: When did Kim Jong Il last meet Vladimir Putin?": a question asking when a meeting was; "A: On 23 August, in
// Vladivostok.": an answer that opens with its time.
const ASKED_WHEN = /^Q:\s+When\s+did\s+[^?]*\?\s*$/;
const ANSWER_OPENS_WITH_DATE = /^A:\s+(?:On|In)\s+$/;

/**
 * "Q: When did Kim Jong Il last meet Vladimir Putin? A: On 23 August, in Vladivostok.": a Q&A's answer that tells no event
 * of its own but opens with a time answers the question right before it, so the meeting asked about, between the two
 * it names (one of each country), was then, at the place the answer gives. Null otherwise.
 */
function findAnsweredMeeting(a: AnalysedSentence, ctx: BuildContext): Candidate | null {
  if (!a.sentence.text.startsWith("A:") || a.triggers.length > 0) return null;
  const q = ctx.sentences[a.sentence.index - 1];
  if (!q || !ASKED_WHEN.test(q.sentence.text)) return null;
  const t = q.triggers.find((x) => x.type === "meeting" && !x.nominal && /^meet$/i.test(x.text));
  const d = a.dates.find((x) => !x.reporting && !x.future && !x.boundary && ANSWER_OPENS_WITH_DATE.test(a.sentence.text.slice(0, x.start)));
  if (!t || !d) return null;
  const participants = uniqueBySlug(q.people.filter((p) => p.kind !== "anaphor"));
  if (participants.length !== 2 || countriesOf(participants).size !== 2) return null;
  const place = a.places.find((p) => p.start > d.end && /^,?\s+(?:in|at)\s+$/.test(a.sentence.text.slice(d.end, p.start)));
  const trigger: Trigger = { ...t, start: d.start, end: d.end, text: d.text, factual: true };
  return { type: "meeting", a, trigger, date: { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) }, participants, location: place ? toLocation(place) : null, actor: null, agreementName: null, hedged: false, inferred: false };
}

/** Russia's two chambers as articles name them; the patterns below read them in a ratification's steps. */
const RUSSIAN_CHAMBER = String.raw`Federation\s+Council|State\s+Duma|Duma|upper\s+house|lower\s+house`;

// ("on Oct. 24, and the Federation Council ... on Nov. 6": an abbreviation's full stop before a day ends nothing.)
const GAPPED_LEGISLATURE = new RegExp(String.raw`^(?:[^.;]|\.(?=\s+\d))*?,?\s+and\s+(?:then\s+)?(?:the\s+|Russia's\s+)?(${RUSSIAN_CHAMBER}|Supreme\s+People's\s+Assembly)\b(?:,\s+[^,]{0,40},)?\s+(?:did\s+so\s+|followed(?:\s+suit)?\s+)?(?:on|in)\s+`, "i");

// A list item of a ratification's steps, its verb elided or plain: "the Federation Council on Nov. 6", "Putin signed
// the law on Nov. 9", "Kim issued his decree on Nov. 11", "the Federation Council in early November", "the Federation
// Council followed 13 days later" (counted from the step before it, in dates.ts), "the Federation Council approved the
// corresponding law on Nov. 6", "Kim completed the North Korean side by decree on Nov. 11". The item opens after "(",
// ",", ";", ":" or "and". ("with the Duma voting for it on Oct. 24, the Federation Council following on Nov. 6 and Kim
// ratifying it by decree on Nov. 11": the items may be told as participles, the steps of a list after "with".)
const LISTED_STEP = new RegExp(String.raw`(?:^|[(,;:—–]\s*|\s--\s*|\band\s+)(?:(?:[Tt]he\s+|Russia['’]s\s+)?(${RUSSIAN_CHAMBER})(?:,\s+[^,]{0,40},)?\s+(?:(?:voted|(?:approved|passed|endorsed)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:law|bill))|vot(?:ed|ing)\s+for\s+it|follow(?:ed|ing)(?:\s+suit)?|did\s+so)\s+)?|((?:\p{Lu}[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}-]+)\s+(?:sign(?:ed|ing)\s+the\s+(?:[\w-]+\s+)?law|issu(?:ed|ing)\s+(?:his|a|the)\s+(?:[\w-]+\s+)?decree|\p{Ll}+(?:ed|ing)\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:a\s+|his\s+|her\s+)?decree)\s+)(?=(?:on|in)\s+|(?:last|this|earlier\s+this)\s+\w|(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+(?:later|after)\b)`, "gu");

// "The Federation Council followed suit on Wednesday": a chamber opening its sentence by doing as the one before did.
const CHAMBER_FOLLOWED = new RegExp(String.raw`^(?:the\s+|Russia['’]s\s+)?(?:${RUSSIAN_CHAMBER})\b(?:,\s+[^,]{0,40},)?\s+(?:followed\s+suit|did\s+so)\b`, "i");

/**
 * "Ratification moved fast (the State Duma voted on October 24, the Federation Council on November 6; Putin signed
 * the law on November 9 and Kim issued his decree on November 11)": in a sentence about ratifying, each dated step of
 * the list is a ratification of its own, the chamber's or the leader's. ("The Duma ratified the treaty on 24 October.
 * The Federation Council followed suit on Wednesday": so is a chamber's step told as following a ratification in the
 * sentence before.)
 */
function findListedRatifications(a: AnalysedSentence, told: Candidate[], toldBefore: Candidate[]): Candidate[] {
  const text = a.sentence.text;
  // ("The Duma ratified the treaty on October 24. The Federation Council approved the corresponding law on November 6.
  // Putin signed the law on November 9.": a sentence opening with the next step of a ratification told just before,
  // in the same paragraph, is that ratification's step though it does not say "ratify" again.)
  const ratifying = /\bratif/i.test(text) || (CHAMBER_FOLLOWED.test(text) && toldBefore.some((c) => c.type === "ratification"));
  const opening = !ratifying && toldBefore.some((c) => c.type === "ratification" && c.a.sentence.paragraph === a.sentence.paragraph);
  if (!ratifying && !opening) return [];
  const found: Candidate[] = [];
  LISTED_STEP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LISTED_STEP.exec(text)) !== null) {
    if (opening && m.index > 0) break;
    // ("the Federation Council on Nov. 6", "the Federation Council in early November": the date right after the item.)
    const at = m.index + m[0].length;
    const d = a.dates.find((x) => x.start >= at && x.start - at <= 4 && !x.reporting);
    if (!d) continue;
    const date: EventDate = { date: d.date, precision: d.precision, endDate: d.endDate, source: d.yearInferred ? "inferred-year" : "explicit" };
    const actor = m[1] ? findLegislature(m[1], 0) : null;
    const nameEnd = m[2] ? m.index + m[0].indexOf(m[2]) + m[2].length : -1;
    const leader = m[2] ? a.people.find((p) => p.end === nameEnd && p.roleKey === "head-of-state") : undefined;
    if (!actor && !leader) continue;
    const start = m.index + m[0].search(/\S/);
    const trigger: Trigger = { type: "ratification", start, end: m.index + m[0].length, text: m[0].trim(), nominal: false, framing: false, factual: true, generic: false, hedged: false, needsPersonObject: false, travellerAfter: false };
    const c: Candidate = { type: "ratification", a, trigger, date, participants: leader ? [leader] : [], location: null, actor, agreementName: findAgreementName(text), hedged: false, inferred: false };
    const same = (x: Candidate) => x.type === "ratification" && x.date !== null && x.date.date === date.date && (actor ? x.actor === actor : x.participants.some((p) => p.slug === leader!.slug));
    if (!told.some(same) && !found.some(same)) found.push(c);
  }
  return found;
}

/**
 * "has been to Pyongyang on March 21, June 4 and June 17 (Kim received him on each occasion)": a meeting told of
 * every trip is held on each listed day of the traveller's visits in the sentence. ("flew to Pyongyang on 4 June and
 * again on 17 June, and was received by Kim on both trips" says the same.)
 */
function findMeetingsEachTime(a: AnalysedSentence, told: Candidate[], toldBefore: Candidate[]): Candidate[] {
  const text = a.sentence.text;
  const found: Candidate[] = [];
  for (const c of told) {
    if (c.type !== "meeting" || !/^\s+(?:[\w’'-]+\s+){0,4}?(?:on\s+each\s+(?:occasion|trip|visit)|each\s+time|every\s+time|on\s+both\s+(?:occasions|trips|visits)|both\s+times)\b/i.test(text.slice(c.trigger.end, c.trigger.end + 60))) continue;
    // (The trips a count tells in one month, "twice in June ... both times", are as many as the day-dated ones.)
    const isTrip = (v: Candidate) => v.type === "visit" && v.date !== null && (v.date.precision === "day" || v.repeat !== undefined) && overlaps(v.participants, c.participants);
    // ("... two in June. Kim met him every time.": a sentence with no trips of its own counts those of the one before.)
    const visits = told.some(isTrip) ? told.filter(isTrip) : toldBefore.filter(isTrip);
    for (const v of visits) {
      // A meeting told without a count is placed on its own date already.
      if ((v.date!.date === c.date?.date && !c.trigger.generic) || found.some((x) => x.date!.date === v.date!.date && x.repeat === v.repeat)) continue;
      found.push({ ...c, date: { ...v.date!, endDate: null, source: "derived" }, location: c.location ?? v.location, enumerated: true, repeat: v.repeat });
    }
    // ("Kim received him on each occasion" with no date of its own: its occasions are its dates, not a day the
    // paragraph gives it later.)
    const first = found.find((x) => x.trigger === c.trigger);
    if (!c.date && first) c.date = first.date;
  }
  return found;
}

/** "the Duma ratified it on October 24 and the Federation Council on November 6": the second, verbless act. */
function findGappedRatifications(a: AnalysedSentence, c: Candidate): Candidate[] {
  const text = a.sentence.text;
  const m = GAPPED_LEGISLATURE.exec(text.slice(c.trigger.end));
  if (!m) return [];
  const at = c.trigger.end + m[0].length - 3;
  const d = a.dates.find((x) => x.start >= at && x.start - at <= 6 && !x.reporting);
  if (!d) return [];
  const actor = findLegislature(m[1], 0);
  if (!actor || actor === c.actor) return [];
  const date: EventDate = { date: d.date, precision: d.precision, endDate: d.endDate, source: d.yearInferred ? "inferred-year" : "explicit" };
  return [{ ...c, actor, participants: [], date }];
}

/**
 * "met Kim Jong Il three times: in Pyongyang in 2000, in Moscow in 2001 and in Vladivostok in 2002": one event per
 * listed date, each with the place written before it. The first date stays on the original candidate.
 */
function findEnumeratedDates(a: AnalysedSentence, c: Candidate, counted = true): Candidate[] {
  // A visit's "on Thursday and Friday" is one stay, already read as a range.
  if (!c.date || c.type === "ratification" || (c.type === "visit" && c.date.endDate)) return [];
  const text = a.sentence.text;
  const after = a.dates.filter((d) => d.start > c.trigger.end && !d.reporting && !d.boundary && !d.future).sort((x, y) => x.start - y.start);
  let firstIdx = after.findIndex((d) => d.date === c.date!.date && d.precision === c.date!.precision);
  // "Counting last week, Shoigu has now been to Pyongyang three times: July 2023, September 2024 and March 2025": a
  // count of trips and, after its colon or dash, a list of as many dates; each date is a trip, the first one too,
  // whatever date the verb took from elsewhere in the sentence.
  const total = counted && c.type === "visit" && !c.trigger.nominal && firstIdx !== 0 ? TOTAL_COUNT.exec(text.slice(c.trigger.end)) : null;
  const ownDate = c.date;
  const firstOwn = firstIdx;
  if (total && after[0] && after[0].start === c.trigger.end + total[0].length) {
    firstIdx = 0;
    c.date = { date: after[0].date, precision: after[0].precision, endDate: after[0].endDate, source: dateSourceOf(after[0]) };
  }
  if (firstIdx < 0) return [];
  const out: Candidate[] = [];
  let prev = after[firstIdx];
  for (const d of after.slice(firstIdx + 1)) {
    const gap = text.slice(prev.end, d.start);
    // ("in Vladivostok in 2019, at the Vostochny space centre last year and in Pyongyang in June": a place may run to
    // a few lower-case words.)
    // ("in Moscow in 2019 and most recently in Hanoi in May": the last item may be marked as the latest.)
    const listed = /^\s*(?:,|;|,?\s+and|,?\s+then|,?\s+as\s+well\s+as)\s+(?:again\s+|twice(?:\s+more)?\s+|(?:most\s+recently|finally|lastly)\s+)?(?:(?:in|at|on)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?(?:\s+[\p{Ll}-]+){0,2}\s+)?(?:in|on)?\s*$/u.test(gap);
    // "spoke by phone in February, shortly after X, and again in March"
    // (So is "and, barely two weeks later, again on June 17": an aside between commas before "again".)
    // ("went to Moscow in January 2024 (Putin received her) and again at the start of November 2024": a bracketed aside
    // on the first date stands outside the list, and a second time may be the start or end of its month.)
    // ("visited Pyongyang on 4 June, when Kim received him, and again 13 days later": so does a when-clause on the first
    // date, set off by commas right before ", and again".)
    const aside = /\s*\([^()]{1,80}\)|,\s+when\s+[^,;()]{1,80}(?=,\s+and\s+(?:then\s+)?again\b)/g;
    const again = gap.length <= 140 && /,?\s+and(?:,\s+[^,;]{1,40},)?\s+(?:then\s+)?again\s+(?:in|on|at\s+the\s+(?:start|beginning|end|turn)\s+of|towards?\s+the\s+end\s+of)?\s*(?:(?:early|late|mid)[-\s]+)?$/i.test(gap.replace(aside, ""));
    if (!listed && !again) break;
    const asides = [...gap.matchAll(aside)].map((m) => [prev.end + m.index!, prev.end + m.index! + m[0].length]);
    const inAside = (o: Trigger) => again && asides.some(([s0, e0]) => o.start >= s0 && o.end <= e0);
    // ("spent several days in Russia in late October and early November": a stay across the turn of a month is one
    // trip, not one in each month; "and again in early November" is a second trip.)
    if (c.type === "visit" && !again && /^late\b/i.test(prev.text) && /^early\b/i.test(d.text) && d.date === addMonths(prev.date, 1)) break;
    if (a.triggers.some((o) => o.start > prev.end && o.start < d.start && !inAside(o))) break;
    if (d.boundary || (d.vague && !/^(?:last|this)\s+(?:year|month)$/i.test(d.text)) || /\b(?:before|after)$/i.test(d.text)) break;
    // ("went there in October, and in January the Russian leader received ...": a date opening a clause of its own
    // is that clause's.)
    const seg = a.segments.find(([s, e]) => c.trigger.start >= s && c.trigger.start < e);
    // ("and in 2011 Kim Jong Il made one last journey": so is one with its own named subject right after it.)
    if (seg && a.segments.length > 1 && d.start >= seg[1] && (a.triggers.some((o) => o.start > d.end && !o.nominal && a.people.some((p) => p.start >= d.end && p.end <= o.start)) || a.people.some((p) => p.start >= d.end && /^[\s,]*$/.test(text.slice(d.end, p.start))))) break;
    // ("spoke by phone in August, and on 3 September they held talks in Beijing": so is one with a pronoun subject and
    // a verb of its own right after it.)
    if (/^[\s,]*(?:they|he|she|the\s+two(?:\s+(?:men|leaders|sides))?)\s/i.test(text.slice(d.end)) && a.triggers.some((o) => o.start > d.end && !o.nominal && o.start - d.end <= 40)) break;
    const place = a.places.find((p) => p.start >= prev.end && p.end <= d.start);
    const date: EventDate = { date: d.date, precision: d.precision, endDate: d.endDate, source: d.yearInferred ? "inferred-year" : "explicit" };
    out.push({ ...c, date, location: place ? toLocation(place) : c.location, enumerated: true });
    prev = d;
  }
  if (total && firstIdx === 0 && (out.length + 1 !== COUNT_WORDS[total[1].toLowerCase()] || !/^[\s.]*$/.test(text.slice(prev.end)))) {
    c.date = ownDate;
    if (firstOwn < 0) return [];
    return findEnumeratedDates(a, c, false);
  }
  if (out.length > 0) {
    c.enumerated = true;
    const firstPlace = a.places.find((p) => p.start >= c.trigger.end && p.end <= after[firstIdx].start);
    if (firstPlace) c.location = toLocation(firstPlace);
  }
  return out;
}

// "two trips", "on each", "both times": the entry tells the same thing of each of its days.
const EACH_OF_DAYS = /\b(?:two|both)\s+(?:trips|visits|journeys|meetings|rounds\s+of\s+talks)\b|\b(?:on|after)\s+each\b|\beach\s+time\b|\bboth\s+times\b|\bon\s+both\s+(?:occasions|days|trips|visits)\b/i;

/**
 * "4 and 17 June 2025 - Shoigu makes two trips to Pyongyang and is received by Kim on each": a timeline entry opened
 * by two days joined by "and" tells its trips and meetings on each day. The candidate, dated by the second day (the one
 * written with the month), gets a copy on the first. Only when the entry says so ("two trips", "on each"): "4 and 17
 * June - Shoigu visits Pyongyang" may be one trip and a later mention.
 */
function findFirstOfOpeningDays(a: AnalysedSentence, c: Candidate): Candidate[] {
  if ((c.type !== "visit" && c.type !== "meeting") || !c.date || c.date.precision !== "day" || c.participants.length === 0 || a.dates.length !== 2) return [];
  const text = a.sentence.text;
  const [first, second] = a.dates;
  if (first.precision !== "day" || second.precision !== "day" || first.reporting || second.reporting || first.future || second.future) return [];
  if (c.date.date !== second.date || first.date >= second.date || !/^\s*$/.test(text.slice(a.bodyStart, first.start))) return [];
  if (!/^\s+and\s+$/.test(text.slice(first.end, second.start)) || !/^\s*[-–—:]\s/.test(text.slice(second.end))) return [];
  if (!EACH_OF_DAYS.test(text.slice(second.end))) return [];
  const date: EventDate = { date: first.date, precision: "day", endDate: null, source: dateSourceOf(first) };
  c.enumerated = true;
  return [{ ...c, date, enumerated: true }];
}

// "went to Pyongyang twice in June", "was there in March and twice more in June", "twice last month": a count of
// trips right before the month they were made in.
// ("twice in June this year": the date read is "June this year", its "in" left before it.)
const TWICE_BEFORE = /\b(?:twice|two\s+times)(?:\s+(?:more|again|over))?\s+(?:in\s+)?$/i;

/**
 * Two trips told by one count in one month: the second a candidate of its own, each kept apart from the other (the
 * days are not told, so both stay at the month). The count must sit with this verb, no other verb between.
 */
function findRepeatedTrips(a: AnalysedSentence, c: Candidate): Candidate[] {
  // ("was received by Kim in Pyongyang twice in June": two meetings, counted the same way.)
  if ((c.type !== "visit" && c.type !== "meeting") || !c.date || c.date.precision !== "month" || c.participants.length === 0 || c.repeat !== undefined) return [];
  const text = a.sentence.text;
  const d = a.dates.find((x) => x.start > c.trigger.end && x.date === c.date!.date && x.precision === "month" && !x.reporting && !x.future);
  if (!d) return [];
  const m = TWICE_BEFORE.exec(text.slice(Math.max(c.trigger.end, d.start - 20), d.start));
  if (!m) return [];
  const countAt = d.start - m[0].length;
  if (countAt - c.trigger.end > 60 || /[;:—–]/.test(text.slice(c.trigger.end, countAt))) return [];
  if (a.triggers.some((o) => o.start > c.trigger.end && o.start < countAt)) return [];
  c.enumerated = true;
  c.repeat = 1;
  return [{ ...c, repeat: 2 }];
}

/**
 * "It is his second trip to the North this month, and Kim received him on the first one too": the ordinal tells an
 * earlier trip of the same month, kept apart from this one; a meeting told "on the first one" is held on it (and on
 * this one with "too").
 */
function findEarlierTripOfMonth(a: AnalysedSentence, c: Candidate): Candidate[] {
  if (c.type !== "visit" || !c.trigger.nominal || !c.date || c.date.precision !== "month" || c.participants.length === 0 || c.repeat !== undefined) return [];
  const text = a.sentence.text;
  if (!/\b(?:his|her|the)\s+second\s+$/i.test(text.slice(Math.max(0, c.trigger.start - 12), c.trigger.start))) return [];
  if (!a.dates.some((d) => d.start > c.trigger.end && d.start - c.trigger.end <= 40 && /^this\s+month$|^in\s+\p{Lu}/u.test(d.text) && d.date === c.date!.date)) return [];
  c.repeat = 2;
  const earlier: Candidate = { ...c, repeat: 1 };
  const out = [earlier];
  const meeting = a.triggers.find((o) => o.type === "meeting" && o.start > c.trigger.end && !o.nominal && /^\s+(?:him|her)\s+on\s+the\s+first\s+(?:one|trip|visit)\b/i.test(text.slice(o.end, o.end + 40)));
  const host = meeting ? a.people.filter((p) => p.end <= meeting.start && p.start > c.trigger.end && p.country && p.country !== c.participants[0].country).pop() : undefined;
  if (meeting && host) {
    const held = { ...c, type: "meeting" as const, trigger: meeting, participants: [host, ...c.participants], location: null, enumerated: true };
    out.push({ ...held, repeat: 1 });
    // ("... on the first one too": on this one as well.)
    if (/^\s+(?:him|her)\s+on\s+the\s+first\s+(?:one|trip|visit)\s+(?:too|as\s+well)\b/i.test(text.slice(meeting.end, meeting.end + 40))) out.push({ ...held, repeat: 2 });
  }
  return out;
}

// "trips Shoigu has made to Pyongyang this year: one in March and two in June": a list item counting the trips of a
// month, after the colon or dash that opens the list.
const COUNTED_ITEM = /^(?:[:—–]\s*|,\s+(?:and\s+)?|\s+and\s+)(one|two|three)\s+$/i;
// "met Lavrov and then Putin": an object after "and then" (or "and later") follows the one before it.
const NEXT_OBJECT = /^,?\s+and\s+(?:then|later|afterwards)\s+(?:[\w’'.-]+\s+){0,3}$/i;

const isLeaderMention = (p: PersonMention) => p.roleKey === "head-of-state" || p.roleKey === "head-of-government";

/**
 * "Belousov was in Pyongyang on Friday, meeting Defence Minister No and Kim": a trip told by its participle lists what
 * it held, and a minister meets his own counterpart and the host's leader apart, in talks and in an audience. ("Kim
 * received Lavrov and Shoigu", two guests of one side, "Putin was in Pyongyang, meeting Kim and Choe", a leader's
 * meeting, and a finite "met Lavrov and Putin" stay one.)
 */
function isCounterpartAndLeader(subject: PersonMention[], first: PersonMention, second: PersonMention, gap: string): boolean {
  if (!/^,?\s+and\s+$/i.test(gap) || uniqueBySlug(subject).length !== 1) return false;
  const guest = subject[0];
  if (guest.roleKey === null || isLeaderMention(guest) || guest.country === null) return false;
  const leader = [first, second].find(isLeaderMention);
  const counterpart = [first, second].find((p) => p !== leader && p.roleKey === guest.roleKey);
  return leader !== undefined && counterpart !== undefined && leader.country === counterpart.country && leader.country !== null && leader.country !== guest.country;
}

/**
 * "Choe met Lavrov and then Putin", "met both Lavrov and Putin": objects met one after the other, or each in turn, are
 * two meetings of the subject, not one of three people. ("met Lavrov and Putin" stays one meeting.)
 */
function splitObjects(c: Candidate): Candidate[] {
  const text = c.a.sentence.text;
  // ("was in Pyongyang on Friday, meeting No and Kim": "meeting" after a comma is the subject's participle, a verb.)
  const participle = /^meeting$/i.test(c.trigger.text) && /,\s+$/.test(text.slice(Math.max(0, c.trigger.start - 3), c.trigger.start));
  if (c.type !== "meeting" || (c.trigger.nominal && !participle)) return [c];
  const subject = c.participants.filter((p) => p.end <= c.trigger.start);
  const objects = c.participants.filter((p) => p.start >= c.trigger.end).sort((x, y) => x.start - y.start);
  if (subject.length === 0 || objects.length !== 2) return [c];
  const [first, second] = objects;
  const gap = text.slice(first.end, second.start);
  const both = /^\s+both\s+(?:[\w’'.-]+\s+){0,3}$/i.test(text.slice(c.trigger.end, first.start)) && /^\s+and\s+(?:[\w’'.-]+\s+){0,3}$/i.test(gap);
  if (!both && !NEXT_OBJECT.test(gap) && !(participle && isCounterpartAndLeader(subject, first, second, gap))) return [c];
  return [{ ...c, participants: c.participants.filter((p) => p !== second) }, { ...c, participants: [...subject, second] }];
}

// "... three times this year — once in March and twice in June": the total, then items counted in times.
const TOTAL_COUNT = /^[^;:—–]{0,60}?\b(two|three|four|five)\s+times\b[^;:—–]{0,30}?\s*[:—–]\s*/i;
const COUNT_ITEM = /^(?:,\s+|,?\s+and\s+)?(once|twice|(?:two|three)\s+times)\s+$/i;
const COUNT_WORDS: Record<string, number> = { once: 1, one: 1, twice: 2, two: 2, three: 3, four: 4, five: 5 };

/**
 * The trips a list counts by month, from `listStart` to the sentence's end ("one in March and two in June"): each
 * counted trip a candidate of its own at that month (numbered by `repeat`, or unnumbered when `numberOne` is off and
 * the month has one), and how many the items add up to. Null when anything but counted months stands in the list.
 */
function readCountedMonths(a: AnalysedSentence, c: Candidate, listStart: number, item: RegExp, options: { numberOne: boolean; dateOpens?: RegExp }): { trips: Candidate[]; total: number } | null {
  const text = a.sentence.text;
  const trips: Candidate[] = [];
  let prevEnd = listStart;
  let total = 0;
  for (const d of a.dates.filter((x) => x.start >= listStart).sort((x, y) => x.start - y.start)) {
    const m = item.exec(text.slice(prevEnd, d.start));
    if (!m || d.precision !== "month" || d.reporting || d.future || (options.dateOpens && !options.dateOpens.test(d.text))) return null;
    const n = COUNT_WORDS[m[1].split(/\s+/)[0].toLowerCase()];
    const date: EventDate = { date: d.date, precision: d.precision, endDate: null, source: dateSourceOf(d) };
    for (let k = 1; k <= n; k++) trips.push({ ...c, date, enumerated: true, repeat: n > 1 || options.numberOne ? k : undefined });
    total += n;
    prevEnd = d.end;
  }
  return /^[\s.]*$/.test(text.slice(prevEnd)) ? { trips, total } : null;
}

/**
 * A plural trip noun whose trips a list counts by month: each counted trip a candidate of its own at that month. The
 * noun names its traveller and destination; the list holds nothing but counted months.
 */
function findCountedTrips(a: AnalysedSentence, c: Candidate): Candidate[] {
  if (c.type !== "visit" || !/^(?:trips|visits)$/i.test(c.trigger.text) || c.participants.length === 0 || !c.location) return [];
  const open = a.sentence.text.slice(c.trigger.end).search(/[:—–]/);
  if (open < 0) return [];
  const listStart = c.trigger.end + open;
  if (a.triggers.some((o) => o.start > c.trigger.end && o.start < listStart)) return [];
  return readCountedMonths(a, c, listStart, COUNTED_ITEM, { numberOne: true })?.trips ?? [];
}

/**
 * "has been to Pyongyang three times this year — once in March and twice in June": a total count of trips, then a
 * list after the dash or colon counting them by month; each counted trip a candidate of its own at that month. The
 * items must add up to the total.
 */
function findTotalledTrips(a: AnalysedSentence, c: Candidate): Candidate[] {
  if (c.type !== "visit" || c.trigger.nominal || c.participants.length === 0 || !c.location || c.repeat !== undefined) return [];
  const total = TOTAL_COUNT.exec(a.sentence.text.slice(c.trigger.end));
  if (!total) return [];
  const listStart = c.trigger.end + total[0].length;
  if (a.triggers.some((o) => o.start > c.trigger.end && o.start < listStart)) return [];
  const counted = readCountedMonths(a, c, listStart, COUNT_ITEM, { numberOne: false, dateOpens: /^in\s/i });
  return counted && counted.total === COUNT_WORDS[total[1].toLowerCase()] ? counted.trips : [];
}

// "Putin's first trip to North Korea since July 2000", "a three-day trip,
// his first to the North since October 2023": the comparison tells the traveller's previous trip there, on the date
// right after "since". ("his first trip abroad since", "since he took over the ministry in May": no such trip.)
const FIRST_SINCE = /\b(his|her|(\p{Lu}[\p{L}-]+)['’]s?)\s+first\s+(?:(?:official\s+|state\s+|working\s+)?(?:visit|trip|journey)\s+)?(?:(?:to|in)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+|there\s+)?since\s+$/u;

function findVisitSince(a: AnalysedSentence, c: Candidate): Candidate[] {
  if (c.type !== "visit" || c.participants.length !== 1 || !c.location) return [];
  const text = a.sentence.text;
  const traveller = c.participants[0];
  for (const d of a.dates) {
    // (A bare year, "his first trip to North Korea since 2018", reads as a span of absence more than a dated trip.)
    if (d.start <= c.trigger.start || d.precision === "year" || d.reporting || d.future || d.vague || d.relative || d.yearInferred) continue;
    // ("since 2000" is read with its "since"; "since October 2023" without.)
    const from = Math.max(0, d.start - 90);
    const m = FIRST_SINCE.exec(text.slice(from, d.start) + (/^since\s/i.test(d.text) ? "since " : ""));
    if (!m) continue;
    // A possessor must be the traveller of the visit told before ("Putin's first trip ...").
    const possessorEnd = from + m.index + (m[2]?.length ?? 0);
    if (m[2] && !a.people.some((p) => p.slug === traveller.slug && p.end === possessorEnd)) continue;
    let location = c.location;
    if (m[3]) {
      const place = findPlaceByName(m[3]);
      if (!place) continue;
      location = { ...place };
    }
    const date: EventDate = { date: d.date, precision: d.precision, endDate: null, source: "explicit" };
    return [{ ...c, date, location, enumerated: true }];
  }
  return [];
}

// (A tour of a site takes the place only of a visit of about the same time: "On Sunday he toured a dam ... Kim was in
// China as recently as May" — the May trip, months before, is another journey, and no place of Sunday's tour. A
// return or a trip noun may well be to the place of an earlier trip: "He returned in September and was received".)
const TOUR_VERB = /^(?:toured|tours|touring|inspected|inspects|inspecting)$/i;

/** "... on 13 September and was received by ": the rest of a trip's clause, then its traveller received by a host. */
const RECEIVED_BY_AFTER_TRIP = /^[^.;:!?]{0,60}?\s+and\s+(?:was|were)\s+(?:(?:again|also|then|later|personally|warmly)\s+)?received\s+by\s+(?:(?:President|Chairman|leader)\s+)?$/;

/** A visit with no destination in its sentence goes where the same traveller's other visits in the article go. */
function fillDestinations(candidates: Candidate[]): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (!c.needsDestination) continue;
    const other = candidates.find((o) => o.type === "visit" && o.location && overlaps(o.participants, c.participants) && (!TOUR_VERB.test(c.trigger.text) || isAboutSameTime(o.date, c.date)));
    if (other?.location) {
      c.location = other.location;
      c.needsDestination = false;
      c.participants = keepThirdCountryTravellers(c.participants, other);
    } else if (c.hostDestination) {
      c.location = c.hostDestination;
      c.needsDestination = false;
    } else candidates.splice(i, 1);
  }
}

/**
 * A visit without a place that takes its place from another trip, to a country none of its people is from, keeps only
 * that trip's travellers and their compatriots. ("During the visit the two sides signed a plan. Choe then went on to
 * Belarus": the Russian host of the talks is no traveller of her onward trip, though "the two sides" named him on the
 * visit.) A trip to the country of one of its people is left as it is: who of them is host is read elsewhere.
 */
function keepThirdCountryTravellers(people: PersonMention[], other: Candidate): PersonMention[] {
  const country = other.location?.country;
  if (!country || people.some((p) => p.country === country)) return people;
  const kept = people.filter((p) => other.participants.some((o) => o.slug === p.slug || (o.country !== null && o.country === p.country)));
  return kept.length > 0 ? kept : people;
}

/** "their first conversation" after a reported phone call is that call, not a meeting. */
function asCallIfPhoned(candidates: Candidate[], c: Candidate): void {
  if (c.type !== "meeting" || !/\b(?:conversation|talks?|spoke|discussion)\b/i.test(c.trigger.text) || c.participants.length === 0) return;
  // ("Publicly reported phone conversations between the two men are rare. ... During that trip the two leaders held
  // talks": calls told in the plural are a kind, no call just reported.)
  const call = candidates.find((o) => o.type === "call" && !o.trigger.generic && !/(?:calls|conversations|conferences|discussions|exchanges)$/i.test(o.trigger.text) && o.a.sentence.index <= c.a.sentence.index && c.a.sentence.index - o.a.sentence.index <= 3 && isSameParties(o.participants, c.participants) && (!o.date || !c.date || compareDates(o.date, c.date)));
  if (call) c.type = "call";
}

function findMainPlace(analysis: ArticleAnalysis, dateline: Location | null): Location | null {
  if (dateline && dateline.kind !== "country") return dateline;
  const counts = new Map<string, { place: Location; n: number }>();
  for (const a of analysis.sentences) {
    for (const p of a.places) {
      if (p.kind === "country") continue;
      const e = counts.get(p.name) ?? { place: toLocation(p), n: 0 };
      e.n++;
      counts.set(p.name, e);
    }
  }
  const best = [...counts.values()].sort((x, y) => y.n - x.n)[0];
  return best ? best.place : null;
}

// "the accord sealed during", "agreements reached during": a document named by a participle right after its noun.
const DOCUMENT_SIGNED_BEFORE = /\b(?:treat(?:y|ies)|agreements?|accords?|pacts?|declarations?|memorand(?:um|a)|protocols?|charters?|conventions?|deals?|documents?)\s+(?:(?:first|jointly|originally|formally)\s+)?(?:signed|reached|concluded|struck|sealed|adopted|agreed)\s+$/i;

/**
 * The date an undated verbal mention takes when it is not another telling of a known event: the paragraph's time
 * frame, else (in the lead, or for non-background news) the day the article reports on. Nouns get none.
 */
/** Text before a trigger that sits in a since-phrase or in a where-clause right after one ("since Kim's trip, where he "). */
const SINCE_PHRASE_BEFORE = /\bsince\s+[^,;:()—–.-]*(?:,\s+(?:where|when|during\s+which|at\s+which)\s+[^,;:()—–.-]*)?$/i;

// ("has travelled to Pyongyang and signed": a participle joined by "and" to a perfect's in the same clause.)
const PERFECT_JOINED_BEFORE = /\b(?:has|have)\s+(?:already\s+|since\s+|also\s+)?[a-z]+(?:ed|lled|one|een|ent|ut|ade|ld|ught|ken)\b[^.;:,]{0,80}?\s+and\s+(?:also\s+|then\s+)?$/i;

/** "has ratified", "has just voted to ratify", "have now approved": a chamber's act told in the present perfect. */
const CHAMBER_PERFECT_BEFORE = /\b(?:has|have)\s+(?:just\s+|now\s+|finally\s+)?(?:(?:formally\s+|unanimously\s+)?voted\s+(?:unanimously\s+)?to\s+)?$/i;

function findFallbackDate(analysis: ArticleAnalysis, groups: Group[], c: Candidate, mainDate: EventDate | null): EventDate | null {
  if (c.trigger.generic || (c.trigger.nominal && !c.trigger.framing)) return null;
  // "came two days after X travelled to Pyongyang": timed from another event, so not on the report's day.
  if (/\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+[^,;]{0,70}$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 90), c.trigger.start))) return null;
  // ("met again a year after the Moscow trip": so is the framed event a count is taken from; it is the earlier one.)
  if (c.trigger.framing && /^(?:after|before)\b/i.test(c.trigger.text) && /\b(?:weeks?|months?|years?)\s+$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 20), c.trigger.start))) return null;
  // "Shortly before that, Lavrov spent a weekend in Wonsan": counted off the event just told by an amount not given, so
  // on neither its day nor any other. (The paragraph's date would be the one thing it is not.)
  // ("Barely three months after taking office, Shoigu was back in Pyongyang": so is one counted in months off an act
  // not dated. A count of days stays near the paragraph's time: "Two days after the summit, ..." keeps its month.)
  // ("The two met again in Vladivostok a year after the Moscow trip": so is one with the count after it, in its own
  // clause; the paragraph's time is the one it is not.)
  if (c.a.dates.length === 0 && /^[^,;:()—–]{0,60}?\s(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:weeks?|months?|years?)\s+(?:after|before)\s+(?:the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s/iu.test(c.a.sentence.text.slice(c.trigger.end))) return null;
  const opening = c.a.sentence.text.slice(c.a.bodyStart);
  if (/^(?:(?:shortly|soon|not\s+long|some\s+time|sometime|a\s+little|well|long)\s+)?(?:before|after)\s+(?:that|this|then)\b/i.test(opening)) return null;
  // ("held in Moscow in November, when Choe travelled there shortly after the Duma voted to ratify it": an act in a clause
  // opened by "shortly after" past a date the sentence tells came before it, at a time not given; not the report's.)
  if (c.a.dates.some((d) => d.end <= c.trigger.start && !d.reporting && d.precision !== "day") && SHORTLY_AFTER_BEFORE.test(c.a.sentence.text.slice(0, c.trigger.start))) return null;
  if (c.a.dates.length === 0 && /^(?:(?:barely|just|only|some|about|nearly|almost|less\s+than|more\s+than|over)\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:weeks?|months?|years?)\s+(?:after|before)\s/i.test(opening)) return null;
  // "the first envoy to come since Kim's trip east, where he met Putin": an event named after "since" (or in the
  // where-clause hanging on it) is what the sentence counts from, earlier than its news.
  if (SINCE_PHRASE_BEFORE.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 160), c.trigger.start))) return null;
  // "Putin invited him when they met in Pyongyang": a meeting recalled as the time of another act, with no date of its
  // own, is no news of the report's day or month.
  if (c.a.dates.length === 0 && /\bwhen\s+(?:they|the\s+two(?:\s+(?:leaders|men|sides))?|he|she)\s+(?:last\s+|first\s+)?$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 30), c.trigger.start))) return null;
  // "Earlier, in the summer, Shoigu attended a parade in Pyongyang": a season is the time told, and neither the
  // report's day nor the paragraph's month stands for it. ("They last met in the summer. Kim was then also there.":
  // nor in the undated sentence that follows it.)
  if (isSeasonTold(analysis, c.a)) return null;
  // "a treaty signed during Putin's trip to Pyongyang": a framing phrase that only says which document is meant tells
  // an earlier occasion, not the report's day.
  if (c.trigger.framing && DOCUMENT_SIGNED_BEFORE.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 60), c.trigger.start))) return null;
  // ("printed on Thursday the text of the treaty signed by Kim and Putin": so does a participle naming the document by
  // its signing, when the main verb before it has a day of its own.)
  if (!c.trigger.nominal && isReducedRelative(c.a.sentence.text, c.trigger) && c.a.dates.some((d) => d.end <= c.trigger.start && !d.future)) return null;
  // ("But the document Mr Kim signed may prove ...": so does a document named by who signed it, right before the verb.)
  if (isSignedByNamed(c.a, c.trigger)) return null;
  // ("completed by the president's signature on one side and by a decree dated 3 May on the other": an act coordinated
  // before another dated by its own document is no news of the report's day either; its own day is not told.)
  if (isBeforeOtherDatedAct(c.a, c.trigger)) return null;
  // "has been ratified" with no date is recent news, not part of the paragraph's dated story.
  const perfect = /\b(?:has|have)\s+(?:been\s+|already\s+|now\s+)?$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 20), c.trigger.start));
  if (perfect && isPerfectAfterDatedClause(c.a, c.trigger)) return null;
  // "Since then, ... delegations have visited the country": a perfect over a span opened in the past, not one day's news.
  // ("Since then, Putin has travelled to Pyongyang and signed a treaty": so is a verb joined by "and" to such a perfect.)
  if (/^Since\b/i.test(c.a.sentence.text.slice(c.a.bodyStart)) && (perfect || PERFECT_JOINED_BEFORE.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 120), c.trigger.start)))) return null;
  // "The Duma has just ratified the treaty": an undated "has just" is the news of the report's own day.
  if (!c.trigger.nominal && /\b(?:has|have)\s+just\s+$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 20), c.trigger.start))) {
    return { date: analysis.reference, precision: "day", endDate: null, source: "context" };
  }
  if (isUnderway(c)) return { date: analysis.reference, precision: "day", endDate: null, source: "context" };
  // ("12:50 - The Duma has voted to ratify the treaty": on a live page, a chamber's ratification told in the present
  // perfect with no day is the entry's news, of the page's own day; not "has long refused to ratify", nor one told as
  // earlier, "had voted".)
  if (c.type === "ratification" && c.actor && !c.trigger.nominal && isLiveBlog(analysis) && LIVE_ENTRY.test(c.a.sentence.text) && CHAMBER_PERFECT_BEFORE.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 40), c.trigger.start)) && !isBackground(c)) {
    return { date: analysis.reference, precision: "day", endDate: null, source: "context" };
  }
  // "A protocol of the meeting was signed": the meeting told just before dates it.
  if (c.type !== "meeting" && /\b(?:of|at|after|during|following)\s+the\s+(?:meeting|talks|session|summit|negotiations)\b/i.test(c.a.sentence.text)) {
    const meetings = groups.filter((g) => g.type === "meeting" && g.date.precision === "day" && (c.participants.length === 0 || g.participants.length === 0 || overlaps(g.participants, c.participants)));
    if (meetings.length === 1) return { ...meetings[0].date, endDate: null, source: "context" };
  }
  if (isRecalledInDescription(c.a, c.trigger)) return null;
  if (isToldLaterInWhoClause(c.a, c.trigger)) return null;
  const talksBefore = findTalksToldBefore(groups, c);
  if (talksBefore) return talksBefore;
  const retold = findOpeningBound(c.a) ?? findRetoldDate(analysis, c);
  if (retold) return retold;
  // ("On 14 August Kim received Volodin, who led a delegation to the anniversary": a trip told in a who-clause on the
  // guest of an audience dated in the same sentence is the trip he was received on, not one of the paragraph's dates.)
  const text = c.a.sentence.text;
  const onGuest = c.type === "visit" && c.a.relativeClauses.some(([s, e]) => c.trigger.start >= s && c.trigger.start < e && /^,\s+who\s/i.test(text.slice(s, e)));
  const audience = onGuest ? groups.find((g) => g.type === "meeting" && g.mentions.some((m) => m.a === c.a && m.date !== null && m.trigger.end <= c.trigger.start && !m.trigger.nominal) && overlaps(g.participants, c.participants)) : undefined;
  if (audience) return { ...audience.date, endDate: null, source: "derived" };
  const site = c.a.dates.length === 0 ? findNamedSiteDate(analysis, c.a) : null;
  if (site) return site;
  const context = perfect ? null : findContextDate(analysis, groups, c);
  if (context) return context;
  if (c.a.lead) return mainDate ?? { date: analysis.reference, precision: "day", endDate: null, source: "lead" };
  if (mainDate && !isBackground(c) && c.participants.length > 0) {
    const leadDay = findLeadDayBeforeFiling(analysis);
    return leadDay ? { date: leadDay, precision: "day", endDate: null, source: "context" } : { ...mainDate, source: "context" };
  }
  return null;
}

/**
 * "PYONGYANG, March 5 -- The plan was signed here on March 4. [...] Lavrov arrived on March 4. [...] Talks were also
 * held.": a state-media report filed the day after the news its lead dates, of a trip begun before the dateline's day,
 * tells the undated acts further down on the lead's day, not the filing's. That day, or null for a report of its own
 * day or with no arrival told before it.
 */
function findLeadDayBeforeFiling(analysis: ArticleAnalysis): string | null {
  if (!leadDayBeforeFiling.has(analysis)) leadDayBeforeFiling.set(analysis, readLeadDayBeforeFiling(analysis));
  return leadDayBeforeFiling.get(analysis) ?? null;
}
// The answer depends on the analysis alone, and findFallbackDate asks once per undated candidate: each scan of the
// article's sentences after the first is saved.
const leadDayBeforeFiling = new WeakMap<ArticleAnalysis, string | null>();

function readLeadDayBeforeFiling(analysis: ArticleAnalysis): string | null {
  if (!analysis.datelineFound) return null;
  for (const a of analysis.sentences) {
    if (!a.lead) continue;
    // (The first day the lead names decides: "signed on March 5. Lavrov had arrived on March 4" is news of the 5th.)
    const d = a.dates.find((x) => !x.reporting && !x.boundary && !x.future && x.precision === "day" && x.start >= a.bodyStart);
    if (!d) continue;
    if (!(d.date < analysis.reference && diffDays(analysis.reference, d.date) <= 3)) return null;
    // (The act may have no parties of its own: "The treaty ... was signed in Pyongyang on February 9" is the news too.)
    if (!(a.triggers.some((t) => t.factual && t.end <= d.start) || /\b(?:was|were)\s+\p{Ll}+ed\b/u.test(a.sentence.text.slice(a.bodyStart, d.start)))) return null;
    const arrived = analysis.sentences.some((x) => x.triggers.some((t) => t.type === "visit" && t.factual) && x.dates.some((y) => !y.reporting && !y.future && y.precision === "day" && y.date < analysis.reference));
    return arrived ? d.date : null;
  }
  return null;
}


/**
 * "Choe arrived on October 30 and was received by Putin on November 4. During that trip she also met Lavrov": a
 * sentence opened by "during that trip" after one telling the trip over several days is dated to none of them.
 */
function isDuringToldTrip(analysis: ArticleAnalysis, a: AnalysedSentence): boolean {
  if (!/^(?:During|On)\s+(?:that|this|the)\s+(?:[\w-]+\s+)?(?:trip|visit|stay)\b/i.test(a.sentence.text.slice(a.bodyStart))) return false;
  const prev = analysis.sentences[a.sentence.index - 1];
  if (!prev || prev.sentence.paragraph !== a.sentence.paragraph) return false;
  return new Set(prev.dates.filter((d) => !d.reporting && !d.future && d.precision === "day").map((d) => d.date)).size >= 2;
}

/**
 * "13:20 - Putin and Kim are now holding talks.": an undated present progressive is under way on the report's own day,
 * so it is news, not a retelling of an earlier event of the same people. ("Talks between Putin and Kim are under way."
 * says the same.)
 */
function isUnderway(c: Candidate): boolean {
  if (/^(?:is|are)\s+(?:now\s+)?under\s?way$/i.test(c.trigger.text)) return true;
  return !c.trigger.nominal && /^\w+ing\b/i.test(c.trigger.text) && /\b(?:is|are)\s+(?:now\s+|currently\s+)?$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 20), c.trigger.start));
}

/**
 * "By June 2024, Putin was the one travelling to Pyongyang for a summit, and the treaty the two men signed there ...":
 * a bound opening the sentence is the time its undated past events were reached, at the bound's precision.
 */
function findOpeningBound(a: AnalysedSentence): EventDate | null {
  const text = a.sentence.text;
  const d = a.dates.find((x) => x.boundary && !x.future && !x.relative && /^By\s+$/i.test(text.slice(a.bodyStart, x.start)) && /^,/.test(text.slice(x.end)));
  return d ? { date: d.date, precision: d.precision, endDate: null, source: "context" } : null;
}

const RETOLD_ACT = /\b(?:it|this|the\s+(?:decree|law|treaty|agreement|document|order))\s+(?:had\s+been|has\s+been|was)\s+(?:issued|signed|adopted|promulgated|approved)\s+$/i;

/**
 * "Kim ratified the treaty by decree. State media reported the decree on Nov. 12, saying it had been issued the day
 * before.": the next sentence, telling no event of its own, dates the act by a passive retelling of it.
 */
function findRetoldDate(analysis: ArticleAnalysis, c: Candidate): EventDate | null {
  const next = analysis.sentences[c.a.sentence.index + 1];
  if (!next || next.sentence.paragraph !== c.a.sentence.paragraph || next.triggers.some((t) => t.factual && CORE_AND_EXTRA.has(t.type))) return null;
  const d = next.dates.find((x) => !x.reporting && !x.boundary && !x.future && RETOLD_ACT.test(next.sentence.text.slice(Math.max(0, x.start - 40), x.start)));
  return d ? { date: d.date, precision: d.precision, endDate: null, source: "context" } : null;
}

/**
 * "PYONGYANG, June 4 -- Shoigu has arrived in Pyongyang. ... This is his second visit to the DPRK this year.": an
 * undated lead mention joining an event known only by its year gives it the report's day. (Not one known by its
 * month: "who is visiting for the second time this month" in a lead whose dateline is the day after the talks.)
 */
function isLeadDayWithin(g: Group, c: Candidate, fallback: EventDate | null): boolean {
  return c.a.lead && fallback !== null && fallback.source === "lead" && fallback.precision === "day" && g.date.precision === "year" && compareDates(g.date, fallback);
}

/** An undated mention of an event already found: same type and a shared party (or the only such event nearby). */
/**
 * "Then the Moscow Declaration was signed. Kim and Putin signed the declaration.": the document a signing retells as
 * "the declaration" is the one of that kind named in its sentence or the two before it, when one is.
 */
function findRetoldDocumentName(sentences: AnalysedSentence[], c: Candidate): string | null {
  if (c.type !== "agreement") return null;
  const retold = /^\s+the\s+(declaration|treaty|agreement|accord|pact)\b/i.exec(c.a.sentence.text.slice(c.trigger.end));
  if (!retold) return null;
  const i = c.a.sentence.index;
  for (const s of [c.a, sentences[i - 1], sentences[i - 2]]) {
    if (!s) continue;
    const names = [...s.sentence.text.matchAll(new RegExp(AGREEMENT_NAME.source, "g"))].map((m) => m[1].trim()).filter((n) => /\s/.test(n) && n.toLowerCase().endsWith(retold[1].toLowerCase()));
    if (names.length > 0) return names[names.length - 1];
  }
  return null;
}

function findSameEvent(groups: Group[], c: Candidate, fallback: EventDate | null = null, datelinePlace: Location | null = null, documentName: string | null = null): Group | null {
  // ("Pyongyang, June 1 -- Kim received Lavrov on May 31. ... Kim warmly welcomed the minister": a wire's dateline day is
  // often the day after the event, so a day just before the window's month, one or two days back, is in it too.)
  const dayBefore = (g: Group) => fallback !== null && g.date.precision === "day" && c.participants.length > 0 && diffDays(fallback.date, g.date.date) >= 0 && diffDays(fallback.date, g.date.date) <= 2;
  const sameType = groups.filter((g) => g.type === c.type && (!fallback || compareDates(g.date, fallback) || isSameTrip(g, c, fallback) || dayBefore(g)));
  // "Pyongyang, October 20 -- Kim received Lavrov on October 19. ... Recalling the summit talks at the Vostochny
  // Cosmodrome, he said ...": an event the lead tells without a place took place in the dateline's country, so an
  // undated mention placed in another country is some other event.
  const placeOf = (g: Group) => g.location ?? (datelinePlace && g.mentions.some((m) => m.a.lead) ? datelinePlace : null);
  // ("The 2000 Joint Declaration is being implemented. Then the Moscow Declaration was signed. Kim and Putin signed the
  // declaration.": a signing of a document named, or just named, is not a signing of another document the article named.)
  const docName = documentName ?? (c.type === "agreement" ? c.agreementName : null);
  const otherDocument = (g: Group) => docName !== null && g.agreementName !== null && !g.agreementName.toLowerCase().includes(docName.toLowerCase()) && !docName.toLowerCase().includes(g.agreementName.toLowerCase());
  if (c.participants.length > 0) {
    const matches = sameType.filter((g) => isSameParties(g.participants, c.participants) && (!placeOf(g) || !c.location || placeOf(g)!.country === c.location.country) && !otherDocument(g));
    // ("the only leader who has sat down with Kim Jong Il": the meeting already naming both, before a nearer one of
    // Putin's whose host went unnamed.)
    const covers = (g: Group) => (c.participants.every((p) => g.participants.some((q) => q.slug === p.slug)) ? 0 : 1);
    if (matches.length > 0) return matches.sort((x, y) => covers(x) - covers(y) || Math.abs(x.best.a.sentence.index - c.a.sentence.index) - Math.abs(y.best.a.sentence.index - c.a.sentence.index))[0];
    // "The 10th meeting of the committee took place on November 15. [Its members.] At the meeting both sides ...":
    // "the meeting" names the one just told, which no sentence had given parties.
    if (c.trigger.nominal && /^(?:at|during|in|after|following)\s+the\b/i.test(c.trigger.text)) {
      const unnamed = sameType.filter((g) => g.participants.length === 0 && g.mentions.some((m) => m.a.sentence.index < c.a.sentence.index && c.a.sentence.index - m.a.sentence.index <= 2));
      if (unnamed.length === 1) return unnamed[0];
    }
    // "The Moscow Declaration was signed after the talks. Kim and Putin signed the declaration, which ...": a signing of
    // "the" document just told without its signatories names them.
    const retold = c.type === "agreement" ? /^\s+the\s+(declaration|treaty|agreement|accord|pact|document)\b/i.exec(c.a.sentence.text.slice(c.trigger.end)) : null;
    if (retold) {
      const unnamed = sameType.filter((g) => g.participants.length === 0 && g.agreementName !== null && g.agreementName.toLowerCase().endsWith(retold[1].toLowerCase()) && !otherDocument(g) &&
        g.mentions.some((m) => m.a.sentence.index < c.a.sentence.index && c.a.sentence.index - m.a.sentence.index <= 2));
      if (unnamed.length === 1) return unnamed[0];
    }
    // "The tenth session took place in Pyongyang, with X and Y leading their sides. [...] The commission met the day
    // after the delegation landed.": an undated session told with its two parties is the one a sentence just after
    // dates without naming anyone.
    if (c.type === "meeting" && TOOK_PLACE.test(c.trigger.text) && countriesOf(c.participants).size === 2) {
      const unnamed = sameType.filter((g) => g.participants.length === 0 && g.date.precision === "day" && g.mentions.some((m) => m.a.sentence.index > c.a.sentence.index && m.a.sentence.index - c.a.sentence.index <= 2));
      if (unnamed.length === 1) return unnamed[0];
    }
    return null;
  }
  // "The talks", "the treaty, ratified by the Duma": anaphora to the nearest earlier event of that type.
  // "The ratification itself moved quickly (a Duma vote in October, ...)": an undated chamber's ratification is the one
  // of that chamber dated in the same sentence.
  if (c.actor) {
    const own = groups.filter((g) => g.type === c.type && g.actor === c.actor && g.mentions.some((m) => m.a === c.a));
    if (own.length === 1) return own[0];
  }
  // (A chamber's ratification is not a leader's decree told before it.)
  const earlier = sameType.filter((g) => !(c.actor && g.participants.length > 0 && !g.actor) && !otherDocument(g) && g.mentions.some((m) => m.a.sentence.index <= c.a.sentence.index && c.a.sentence.index - m.a.sentence.index <= 4));
  return earlier.length === 1 ? earlier[0] : null;
}

const ON_THE_WAY = /^[^,;:.]*?\b(?:on\s+(?:the|his|her|their)\s+way|en\s+route|along\s+the\s+way)\b/i;

/**
 * "He met Putin in Vladivostok on 23 August ... Kim visited Khabarovsk and Komsomolsk-on-Amur on the way.": an undated
 * stop "on the way" belongs to the journey told before it, the traveller's last event dated to the day or month, and
 * takes its month (the stop's own day is not told). Null when there is no such journey.
 */
function findJourneyLegDate(groups: Group[], c: Candidate): EventDate | null {
  if (c.type !== "visit" || c.participants.length === 0 || !ON_THE_WAY.test(c.a.sentence.text.slice(c.trigger.end))) return null;
  const journeys = groups.filter((g) => g.date.precision !== "year" && overlaps(g.participants, c.participants) && g.mentions.some((m) => m.a.sentence.index < c.a.sentence.index));
  const last = journeys.sort((x, y) => Math.max(...y.mentions.map((m) => m.a.sentence.index)) - Math.max(...x.mentions.map((m) => m.a.sentence.index)))[0];
  return last ? { date: `${last.date.date.slice(0, 7)}-01`, precision: "month", endDate: null, source: "context" } : null;
}

/**
 * "Medvedev has landed in Pyongyang": an arrival in the present perfect, told as no background. ("has received Lavrov on
 * each of his previous trips" is a habit, not news.)
 */
// ("17:50 KST - Confirmed: Kim Jong-un has received Lavrov": in a live blog, so is a meeting in the present perfect, the
// entry's news of the day, no retelling of the same two's meeting years before.)
function isRecentPerfect(c: Candidate, live = false): boolean {
  return (c.type === "visit" || (live && c.type === "meeting")) && !c.trigger.nominal && !HABITUAL.test(c.a.sentence.text) && /\b(?:has|have)\s+(?:just\s+|now\s+)?$/i.test(c.a.sentence.text.slice(Math.max(0, c.trigger.start - 20), c.trigger.start)) && !isBackground(c);
}

/**
 * "10:45 - Cameras are let in. Lavrov and Choe shook hands before sitting down.": on a live page, a meeting an entry
 * tells in the simple past, with no date, is what the writer just saw that day, not a retelling of the same two's
 * earlier talks the page recalls elsewhere. Not in an entry given over to the past ("12:00 - Background: ..."), nor one
 * read as background ("had met", "first shook hands in 2019").
 */
function isLiveEntryMeeting(analysis: ArticleAnalysis, c: Candidate): boolean {
  // ("took their seats opposite each other": "each other" is no habit.)
  if (c.type !== "meeting" || c.trigger.nominal || isBackground(c) || HABITUAL.test(c.a.sentence.text.replace(/\beach\s+other\b/gi, ""))) return false;
  const first = analysis.sentences.find((x) => x.sentence.paragraph === c.a.sentence.paragraph);
  if (!first || !LIVE_ENTRY.test(first.sentence.text)) return false;
  // (The entry's own dates: one told in the entry before the meeting frames it, so the meeting is not bare news.)
  if (analysis.sentences.some((x) => x.sentence.paragraph === c.a.sentence.paragraph && x.sentence.index <= c.a.sentence.index && x.dates.some((d) => !d.reporting && (x !== c.a || d.start < c.trigger.start)))) return false;
  return !RECALLING_ENTRY.test(first.sentence.text.replace(LIVE_ENTRY, ""));
}
const RECALLING_ENTRY = /^(?:[\w’'-]+\s+){0,2}(?:background|context|recap|reminder|history|flashback)\b/i;

/**
 * A frame of several days ("Lavrov's trip to Wonsan (July 11–13) ... Kim received him there") dates what is told in
 * it only to its month: its first day is just one of them.
 */
function withinSpan(d: { date: string; precision: DatePrecision; endDate: string | null }): EventDate {
  if (d.precision === "day" && d.endDate && d.endDate !== d.date) return { date: `${d.date.slice(0, 7)}-01`, precision: "month", endDate: null, source: "context" };
  return { date: d.date, precision: d.precision, endDate: null, source: "context" };
}

/** The sentence before tells dated events of the candidate's type by people other than its parties. */
function isOthersEvents(prev: AnalysedSentence, c: Candidate): boolean {
  if (c.participants.length === 0 || c.participants.some((p) => p.kind === "anaphor") || /\b(?:too|also|as\s+well)\b/i.test(c.a.sentence.text)) return false;
  const others = prev.people.filter((p) => p.start >= prev.bodyStart);
  // ("came in July" with no destination is no trigger of its own, but still another person's trip.)
  const sameKind = prev.triggers.some((t) => t.type === c.type && !t.nominal) || (c.type === "visit" && /\b(?:came|went|flew|travell?ed|arrived|was\s+in|were\s+in)\b/i.test(prev.sentence.text.slice(prev.bodyStart)));
  return sameKind && others.length > 0 && others.every((p) => !c.participants.some((q) => q.slug === p.slug));
}

// "At the Bureya plant, ": an opening that sets the sentence at a site called by its own name and its kind of works.
const SITE_KIND = String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:plant|station|factory|works|dam|shipyard|airfield|air\s+base|cosmodrome|complex)\b`;
const AT_NAMED_SITE = new RegExp(String.raw`^At\s+the\s+(\p{Lu}[\p{L}-]{2,})\s+${SITE_KIND}`, "u");
const SITE_WORD = new RegExp(String.raw`^\s+${SITE_KIND}`, "u");

/**
 * "Kim visited the Bureya hydroelectric station on Sunday. [...] Kim's train crossed the border on Saturday. At the
 * Bureya plant, he was shown around by Ishayev": an undated sentence set at a named site an earlier sentence dated to
 * one day is on that day, not on the day of the sentence just before it. Null when the sentence does not open so, when
 * no earlier sentence names the site, or when the nearest one that does gives it no single day.
 */
function findNamedSiteDate(analysis: ArticleAnalysis, a: AnalysedSentence): EventDate | null {
  const m = AT_NAMED_SITE.exec(a.sentence.text.slice(a.bodyStart));
  if (!m) return null;
  const name = new RegExp(`\\b${m[1]}\\b`, "gu");
  for (let k = a.sentence.index - 1; k >= 0; k--) {
    const prev = analysis.sentences[k];
    const text = prev.sentence.text;
    name.lastIndex = 0;
    let n: RegExpExecArray | null;
    let named = false;
    while (!named && (n = name.exec(text)) !== null) named = SITE_WORD.test(text.slice(n.index + n[0].length));
    if (!named) continue;
    const days = prev.dates.filter((d) => !d.reporting && !d.boundary && !d.future && d.precision === "day" && d.start >= prev.bodyStart);
    // (A dateline's day repeated by the lead's weekday is still one day.)
    return days.length > 0 && days.every((d) => d.date === days[0].date && !d.endDate) ? { date: days[0].date, precision: "day", endDate: null, source: "context" } : null;
  }
  return null;
}

/** The time frame set earlier in the same paragraph ("In June, Putin visited... The two also signed..."). */
function findContextDate(analysis: ArticleAnalysis, groups: Group[], c: Candidate): EventDate | null {
  const idx = c.a.sentence.index;
  // ("In July, Shoigu stood beside Kim at a parade. Now the Russian president hosts Kim at a launch pad": a sentence
  // opening with "Now" turns from the time told before to the present, so that time is not its. Not "Now running the
  // council, Shoigu returned": there "now" is of the participle, the time the entry tells.)
  if (/^Now(?:,\s|\s+(?!\p{Ll}+ing\b))/u.test(c.a.sentence.text.slice(c.a.bodyStart))) return null;
  for (let k = idx - 1; k >= 0; k--) {
    const prev = analysis.sentences[k];
    if (prev.sentence.paragraph !== c.a.sentence.paragraph) return k === idx - 1 ? findRevisitedPlaceDate(prev, c) : null;
    // "Shoigu came in July; Lavrov came in October. Kozlov came to talk about fish.": dates of other people's events
    // of the same kind set no time frame for a new subject's one; they are contrasted with it.
    if (isOthersEvents(prev, c)) return null;
    // ("The two men had last met in March. ... Russian outlets said Shoigu was there on Putin's orders": a time told
    // in the past perfect with "last" or "previously" is the recalled one, not the time the paragraph goes on in.)
    if (prev.dates.some((x) => x.start >= prev.bodyStart && /\bhad\s+(?:last|previously)\s+\p{L}+\b[^,;:]*$/iu.test(prev.sentence.text.slice(prev.bodyStart, x.start)))) return null;
    const g = groups.find((x) => x.mentions.some((m) => m.a === prev && m.date));
    // (Only a span written out: "flew in on Monday for a three-day stay. On the day of his arrival ..." is one day.)
    // ("Kim crossed the border on September 12. [...] On September 13 he arrived at the cosmodrome. Putin came out to
    // greet him.": an arrival dated to a day of its own, told as a later leg of a trip begun before, sets that day,
    // not the trip's first.)
    const leg = g?.type === "visit" && g.date.precision === "day" ? g.mentions.find((m) => m.a === prev && m.date?.precision === "day" && m.date.date > g.date.date && !m.date.endDate && isArrivalVerb(m.trigger.text)) : undefined;
    if (leg) return { ...leg.date!, endDate: null, source: "context" };
    if (g) return prev.dates.some((x) => x.endDate !== null && x.endDate === g.date.endDate) ? withinSpan(g.date) : { ...g.date, endDate: null, source: "context" };
    // ("Lavrov will travel to Pyongyang in October. ... just as Kim was arriving at Vostochny": a planned trip's month
    // is no time frame for what is told as done.)
    // ("19 July 2000 - Putin, two months after his inauguration, becomes ...": a count back dates what followed
    // "after", not the time the paragraph goes on in.)
    const d = [...prev.dates].reverse().find((x) => !x.reporting && !x.boundary && !x.future && x.start >= prev.bodyStart && !/\b(?:weeks?|months?)\s+after$/i.test(x.text));
    if (d) return withinSpan(findFramedDay(prev, d) ?? d);
  }
  return null;
}

/**
 * "04.06.2025 - Shoigu flies in. Kim receives him.": the paragraph of `a` opens with `date`, a day written out with its
 * year and set off by a dash or colon, as a timeline's entry does ("- 12.08.2025: ...").
 */
function isEntryDay(analysis: ArticleAnalysis, a: AnalysedSentence, date: EventDate): boolean {
  if (date.precision !== "day") return false;
  const first = analysis.sentences.find((x) => x.sentence.paragraph === a.sentence.paragraph);
  if (!first || first === a) return false;
  const text = first.sentence.text;
  const d = first.dates.find((x) => x.start === (/^[-–—•*]\s+/.exec(text)?.[0].length ?? 0));
  return d !== undefined && d.precision === "day" && !d.yearInferred && !d.relative && !d.endDate && d.date === date.date && /^\s*(?:[-–—:]|--)\s/.test(text.slice(d.end));
}

/**
 * "17 June 2025 - The second June visit. After meeting Kim, Shoigu ...": a bare month named after a day inside it, as a
 * word that describes ("the June visit"), only frames that day, which is the time the entry goes on in. Null when the
 * month is no bare name ("later in June" moves on from the day) or no day of that month comes before it.
 */
function findFramedDay(prev: AnalysedSentence, d: AnalysedDate): AnalysedDate | null {
  if (d.precision !== "month" || d.relative || !/^\p{L}+\.?$/u.test(d.text)) return null;
  return prev.dates.find((x) => x.start < d.start && x.precision === "day" && !x.endDate && !x.reporting && !x.boundary && !x.future && !x.relative && x.date.slice(0, 7) === d.date.slice(0, 7)) ?? null;
}

/**
 * "Ivanov, who showed Kim round the port, is now a senator": an act told in an undated who-clause, on a person the
 * sentence describes as he is now (its main verb present or perfect), is recalled, with no time of its own; the dates
 * of the sentences around it are not its.
 */
function isRecalledInDescription(a: AnalysedSentence, t: Trigger): boolean {
  const text = a.sentence.text;
  const clause = a.relativeClauses.find(([s, e]) => t.start >= s && t.end <= e && /^,\s+who\s/i.test(text.slice(s, e)));
  if (!clause || a.dates.some((d) => d.start >= clause[0] && d.end <= clause[1])) return false;
  return /^,?\s+(?:(?:has|have)\s+(?:since\s+|now\s+|also\s+)?(?:become|been|risen|moved|gone|taken|joined|retired)|is|are|remains|now)\b/i.test(text.slice(clause[1]).replace(/^,\s*,/, ","));
}

/**
 * "Lavrov held the strategic dialogue with Choe on the 12th. It followed a first round in Moscow last November. Kim
 * received Lavrov after the talks.": a meeting told as coming after "the talks" is on the day of the talks the paragraph
 * told before it (other people's, dated to the day), not in the month the sentence before last named.
 */
function findTalksToldBefore(groups: Group[], c: Candidate): EventDate | null {
  if (c.type !== "meeting" || c.participants.length === 0) return null;
  if (!/^[^.;]{0,40}?\b(?:after|following)\s+the\s+(?:talks|dialogue|negotiations)\b/i.test(c.a.sentence.text.slice(c.trigger.end))) return null;
  const told = (g: Group) => Math.max(-1, ...g.mentions.filter((m) => m.a.sentence.paragraph === c.a.sentence.paragraph && m.a.sentence.index < c.a.sentence.index).map((m) => m.a.sentence.index));
  const talks = groups.filter((g) => g.type === "meeting" && g.date.precision === "day" && !isSameParties(g.participants, c.participants) && told(g) >= 0).sort((x, y) => told(y) - told(x))[0];
  return talks ? { date: talks.date.date, precision: "day", endDate: null, source: "context" } : null;
}

/**
 * "In May 2024 Shoigu was replaced by Belousov, who later made his own trip to Pyongyang": an undated act in a
 * who-clause told as coming later than the time the sentence names (or since it) happened at some time not given; not at
 * the sentence's time, nor the paragraph's or the report's.
 */
function isToldLaterInWhoClause(a: AnalysedSentence, t: Trigger): boolean {
  const text = a.sentence.text;
  const clause = /,\s+who\s+(?:has\s+|had\s+)?(?:later|subsequently|afterwards|since|eventually)\s+[^,;:()—–]*$/i.exec(text.slice(0, t.start));
  if (!clause) return false;
  const at = t.start - (text.slice(0, t.start).length - clause.index);
  return !a.dates.some((d) => d.start >= at) && a.dates.some((d) => d.end <= at && !d.reporting && !d.future);
}

/**
 * "... toured the tractor works in Minsk on 3 May. ¶ He was greeted at the works by the mayor": a paragraph that goes on
 * with the same subject at "the" place the paragraph before named is still on that paragraph's one day. Null otherwise
 * (another subject, a place not named before, or more than one day there).
 */
function findRevisitedPlaceDate(prev: AnalysedSentence, c: Candidate): EventDate | null {
  const text = c.a.sentence.text;
  if (!/^(?:He|She)\s/.test(text.slice(c.a.bodyStart))) return null;
  const at = /\b(?:at|in|inside|around|round)\s+the\s+(\p{Ll}{4,})\b/u.exec(text.slice(0, c.trigger.start + 80));
  if (!at || !new RegExp(`\\b${at[1]}\\b`, "i").test(prev.sentence.text)) return null;
  const days = prev.dates.filter((d) => !d.reporting && !d.boundary && !d.future && d.precision === "day" && d.start >= prev.bodyStart);
  return days.length === 1 ? { date: days[0].date, precision: "day", endDate: null, source: "context" } : null;
}

// ("by the autumn Lavrov was in the capital": a season something was done by is the time told, too.)
const SEASON = /\b(?:in|during|over|through|last|this|that|early|late|by)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:summer|spring|autumn|winter)\b/i;
/** A clause coordinated after the date that opens with a season, the verb still to come: ", and by the autumn Lavrov". */
const SEASON_OPENS_CLAUSE = /(?:;|,\s+(?:and|but|while|whereas))\s+(?:then\s+)?(?:in|during|over|through|by|that|early|late)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:summer|spring|autumn|winter)\b[^,;:()—–]*$/i;

function isSeasonTold(analysis: ArticleAnalysis, a: AnalysedSentence): boolean {
  if (SEASON.test(a.sentence.text)) return true;
  const prev = analysis.sentences[a.sentence.index - 1];
  return prev !== undefined && prev.sentence.paragraph === a.sentence.paragraph && a.dates.length === 0 && prev.dates.every((d) => d.reporting) && SEASON.test(prev.sentence.text);
}
const BACKGROUND = /\b(?:had|previously|formerly|once|earlier|recently|before(?!\s+(?:the|this|that)\s+(?!war\b|pandemic\b)\w)|in\s+the\s+past|ever|last|first|since|ago|(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|later))\b/i;

/**
 * The day the article reports on: the dateline day, else the first day named in the lead. A news report's
 * undated past-tense sentences are about that day unless they read as background.
 */
const PREVIOUS_DAY = /^the\s+(?:previous|preceding)\s+day$|^the\s+day\s+before$/i;

// A live blog's entry, opened by the clock time it was posted ("13:45 - JUST IN: The session has ended").
// ("09:05 The ceremony is under way", "08:30 (local time) Good morning": or by the bare time, with its zone in brackets,
// right before the entry's first capitalised word.)
const LIVE_ENTRY = new RegExp(`^(?:${LIVE_STAMP}|(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s+\\([^()]{1,30}\\))?\\s+(?=[A-Z]))`);

/**
 * "09:05 - Good morning ... Putin held talks with Jiang yesterday. 10:20 - Wheels down at Sunan airport.": a live blog
 * (three entries or more) is written as its day goes, so its news is that day's, not the first day its opening entry
 * recalls.
 */
function isLiveBlog(analysis: ArticleAnalysis): boolean {
  return new Set(analysis.sentences.filter((a) => LIVE_ENTRY.test(a.sentence.text)).map((a) => a.sentence.paragraph)).size >= 3;
}

function findMainDate(analysis: ArticleAnalysis): EventDate | null {
  if (analysis.datelineFound || isLiveBlog(analysis)) return { date: analysis.reference, precision: "day", endDate: null, source: "lead" };
  // Without a dateline: the first day the opening paragraphs name for something that happened.
  let untold: string | null = null;
  for (const a of analysis.sentences) {
    if (a.sentence.paragraph > 3) break;
    const d = a.dates.find((x) => !x.reporting && !x.boundary && !x.future && x.precision === "day" && x.start >= a.bodyStart);
    // ("the agreements reached during Putin's visit on 19 June 2024" in a report of September's talks: a day up front
    // more than a month from the report's is a recalled one, not the news's.)
    if (d && Math.abs(diffDays(analysis.reference, d.date)) > 31) continue;
    // ("Kozlov's delegation, which landed the previous day, ...": a day told as the one before the news dates the news
    // to the day after it.)
    if (d && a.triggers.some((t) => t.factual)) return { date: PREVIOUS_DAY.test(d.text) ? addDays(d.date, 1) : d.date, precision: "day", endDate: null, source: "lead" };
    untold ??= d?.date ?? null;
  }
  // ("Last Wednesday, Kim offered a guest a rare sight.", written on 2 August: a recent day opening the report with no
  // act of ours told is still the news's time, so the report is about that day's month, here July.)
  if (untold) return { date: `${untold.slice(0, 7)}-01`, precision: "month", endDate: null, source: "lead" };
  // Nothing dated up front: the report is about its own month.
  return { date: `${analysis.publishedAt.slice(0, 7)}-01`, precision: "month", endDate: null, source: "lead" };
}

// "She was received by Putin at the Kremlin on a previous visit": an occasion told as an earlier one, in the verb's
// own clause.
const EARLIER_OCCASION = /^[^,;:—–]{0,60}?\b(?:on|during)\s+(?:a|an|her|his|their|one)\s+(?:previous|prior|past|earlier)\s+(?:visit|trip|occasion|stay)\b/i;

// "The two men sat down for talks and, by evening, had signed a declaration": a past perfect reached "by" a later hour
// of the same day is that day's, not background ("had signed in 2001" and "had by then signed" still are).
const SAME_DAY_PERFECT = /\bby\s+(?:the\s+)?(?:evening|nightfall|night|afternoon|midday|noon|end\s+of\s+the\s+day)\b,?\s+(?:(?:he|she|they|the\s+two(?:\s+\w+)?)\s+)?had\s+$/i;

function isBackground(c: Candidate): boolean {
  const text = c.a.sentence.text;
  const before = text.slice(Math.max(0, c.trigger.start - 40), c.trigger.start);
  const sameDay = SAME_DAY_PERFECT.exec(before);
  return BACKGROUND.test((sameDay ? before.slice(0, sameDay.index) : before) + text.slice(c.trigger.start, c.trigger.end + 20)) || EARLIER_OCCASION.test(text.slice(c.trigger.end));
}

function linkParents(groups: Group[]): void {
  for (const g of groups) {
    if (g.type === "meeting" || g.type === "agreement") {
      const visit = groups.find(
        (v) => v.type === "visit" && v !== g && overlaps(v.participants, g.participants) && compareDates(v.date, g.date) &&
          (!g.location || !v.location || g.location.country === v.location.country),
      );
      if (visit) g.parent = visit;
    }
    if (g.type === "ratification" || g.type === "entry-into-force") {
      const agreements = groups.filter((x) => x.type === "agreement" && x.date.date <= g.date.date);
      const named = agreements.find((x) => x.agreementName && g.agreementName && x.agreementName.toLowerCase() === g.agreementName.toLowerCase());
      g.parent = named ?? (agreements.length === 1 ? agreements[0] : null);
    }
  }
}

// ---------------------------------------------------------------- output

function toParticipant(p: PersonMention): ExtractedParticipant {
  return { name: p.name, slug: p.slug, country: p.country, role: p.role, isNew: p.isNew };
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function buildTitle(g: Group): string {
  const names = g.participants.map((p) => p.name);
  const where = g.location ? ` in ${g.location.name}` : "";
  const doc = g.agreementName ?? "agreement";
  switch (g.type) {
    case "meeting":
      return names.length >= 2 ? `${names[0]} meets ${joinNames(names.slice(1))}${where}` : `${names[0] ?? "Officials"} holds talks${where}`;
    case "visit":
      return `${joinNames(names) || g.actor || "Delegation"} visits ${g.location?.name ?? "abroad"}`;
    case "call":
      return names.length >= 2 ? `${joinNames(names)} hold phone call` : `${names[0]} holds phone call`;
    case "agreement":
      return `${joinNames(names) || "Officials"} sign ${doc}`;
    case "ratification":
      return `${g.actor ?? joinNames(names)} ratifies ${doc}`;
    case "entry-into-force":
      return `${g.agreementName ?? "Agreement"} enters into force`;
    case "delegation":
      return `${g.actor ?? "Delegation"} visits ${g.location?.name ?? "abroad"}`;
    default:
      return `${g.type}: ${joinNames(names)}`;
  }
}

/** At most this sure of an event no sentence tells of (an implied visit): below DIRECT_CONFIDENCE in lib/events/merge. */
const IMPLIED_CONFIDENCE = 0.45;

function computeConfidence(g: Group): number {
  // A visit told of but dated by a meeting during it ("her visit had begun in Vladivostok") says no more about its
  // arrival than one implied by the meeting: its date must not outvote a reported arrival, and may lie days after it.
  if (g.mentions.every((m) => m.implied) || (g.type === "visit" && g.date.source === "derived")) return IMPLIED_CONFIDENCE;
  let c = 0.92;
  const source = g.date.source;
  c -= { explicit: 0, "inferred-year": 0.04, relative: 0.06, derived: 0.15, context: 0.18, lead: 0.22 }[source];
  if (g.date.precision !== "day") c -= 0.03;
  if (g.participants.some((p) => p.kind === "role")) c -= 0.08;
  if (g.participants.some((p) => p.isNew)) c -= 0.08;
  if (g.mentions.every((m) => m.hedged)) c -= 0.2;
  if (g.mentions.every((m) => m.trigger.nominal)) c -= 0.06;
  if (g.mentions.some((m) => m.inferred)) c -= 0.12;
  if ((g.type === "meeting" || g.type === "call") && g.participants.length < 2) c -= 0.08;
  if (g.mentions.length > 1) c += 0.03;
  return Math.round(Math.min(0.98, Math.max(0.05, c)) * 100) / 100;
}

function toExtractedEvent(g: Group): ExtractedEvent {
  const s = g.best.a.sentence;
  return {
    key: g.key,
    type: g.type,
    title: buildTitle(g),
    date: g.date.date,
    datePrecision: g.date.precision,
    endDate: g.date.endDate,
    participants: g.participants.map(toParticipant),
    actor: g.actor,
    location: g.location?.name ?? null,
    evidence: s.text,
    evidenceStart: s.start,
    evidenceEnd: s.end,
    confidence: computeConfidence(g),
    parentKey: g.parent ? g.parent.key : null,
  };
}
