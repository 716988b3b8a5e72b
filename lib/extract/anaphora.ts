/**
 * Anaphora: "he", "her", "the two leaders", "the delegation" stand for people named earlier. Events are reported
 * with these words as often as with names, so each is resolved to the person it most plausibly points back to.
 */
import type { PersonMention } from "../people/resolve";
import type { AnalysedSentence } from "./analyze";

// ("between the ministers", "which the ministers opened": the ministers of an article about two of them, not "the
// ministers of the five countries".)
const GROUP_RE = /\b(?:(?:the\s+two|both)\s+(leaders|presidents|heads\s+of\s+state|foreign\s+ministers|defen[cs]e\s+ministers|ministers|men|women|sides|officials|diplomats|counterparts|envoys|co-?chairs|chairs|chairmen|delegations)|the\s+((?:foreign\s+|defen[cs]e\s+)?ministers)(?:\s+of\s+(?:the\s+two|both)\s+(?:countries|states|nations|sides))?(?!\s+of\b))\b/gi;
// ("Talks between the defence ministers of the two countries were held": the pair, as "the two defence ministers".)
// ("The two delegations faced each other across the table": the two who led them, as "the two sides".)
// "On Monday he was received": also after an opening time phrase without a comma ("Thirteen days later he was back",
// "Within hours he was seated opposite Kim", "Hours earlier she had sat across from Lavrov"), and after a conjunction
// and such a phrase ("..., and on October 19 he held talks").
// ("the talks she had held with Lavrov": a pronoun opening a clause after an event noun.)
// ("the call that drew notice was the one he placed to Kim": so does one after the call, or "the one" standing for it.)
// ("arrived in Pyongyang on 18 October; the next day he held talks with Choe": so does such a phrase opening the clause
// after a semicolon.)
// ("The first audience was on 3 May, the same day she held talks with Lavrov": so does one after "the same day" set
// off by a comma, the apposition that dates a second clause by the first.)
// ("After meeting Kim he says": so does one right after an opening gerund of meeting and its named object.)
// ("Last Thursday he held talks with Choe", "Then she flew on": so does one after an opening "Last" and its time, or
// an opening "Then".) ("By the afternoon he and Kim had held talks": or an opening "By the" and its time.)
const SUBJECT_PRONOUN_RE = /(?:^|[.;:]\s+|,\s+|\b(?:and|but|then|where|when|after|before|as|since|because|while|until|once|(?:during|in|at|after)\s+which)\s+|\b(?:and|but)\s+(?:on|in|later|earlier)\s+(?:[\w.]+\s+){0,3}|\b(?:talks|meeting|visit|trip|summit|conversation)\s+(?=(?:he|she)\s+(?:had\s+|has\s+)?(?:held|had|made|paid|attended)\b)|\b(?:call|the\s+one)\s+(?=(?:he|she)\s+(?:had\s+|has\s+)?(?:placed|made)\s+to\b)|^(?:On|In|Within|Later|Earlier|That|The\s+next|The\s+following|As|Last|Then|By\s+the)\s+(?:[\w.]+\s+){0,3}|;\s+(?:on|later|that|the\s+next|the\s+following)\s+(?:[\w.]+\s+){0,3}|,\s+the\s+same\s+(?:day|morning|afternoon|evening)\s+|^[\w-]+\s+(?:days?|weeks?|months?)\s+later\s+|^(?:After|Before|Upon|On)\s+(?:meeting|visiting|receiving|greeting|seeing)\s+(?:[A-Z][\w-]*\s+){1,3}|^(?:[\w-]+\s+)?[Hh]ours\s+(?:later|earlier)\s+)(he|she|He|She)\b/g;
// ("Aug. 23 - The two meet again, this time in Vladivostok": a bare "the two" right before the verb is "they".)
// ("At the end of the talks they signed a joint declaration": so is one right after a phrase naming the talks.)
// ("At the end of the session they signed a protocol": or naming a session of the two sides' joint body.)
// ("spoke by phone in August, and on 3 September they held talks", "On 3 September they met", "A year later they met
// again in Vladivostok": so is one after a short time phrase opening the sentence or the clause, as for "he" and "she"
// above.)
const THEY_RE = /(?:^(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome)\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier)\s*,?\s+|^|[.;:—–-]\s+|,\s+|\b(?:and|but|then|where|when|after|before|as)\s+|\b(?:and|but)\s+(?:on|in|later|earlier)\s+(?:[\w.]+\s+){0,3}|^(?:On|In|Later|Earlier|The\s+next|The\s+following)\s+(?:[\w.]+\s+){0,3}|\b(?:of|after|during)\s+the\s+(?:talks|meeting|summit|negotiations|session)\s+)(they|They|[Tt]he\s+two(?=\s+(?:(?:have|had|also|then|later|again|first|last)\s+)?(?:met|meet|held|hold|signed|sign|spoke|talked)\b))\b(?=\s+(?:[\w-]+\s+){0,2}(?:met|meet|spoke|talked|held|hold|signed|sign|visited|agreed|discussed|exchanged|had|toured|sat))/g;
// ("His train had crossed into Russia": opening the sentence, the traveller's vehicle arriving is his arrival.)
// ("His government delegation flew into Pyongyang on Tuesday": so is the delegation he leads.)
const POSSESSIVE_RE = /\b(his|her|their|His|Her|Their)\s+(?=(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay|arrival|journey|meeting|talks|negotiations|summit|encounter|conversation|call)\b|(?<=^\w+\s+)(?:[\w-]+\s+)?(?:train|plane|motorcade|delegation|entourage)\s+(?:had\s+)?(?:crossed|rolled|pulled|arrived|landed|flew)\b)/g;
/** "The headline meeting was with ", "The first talks were with ": a meeting noun opening the sentence, owner unnamed. */
const OWNERLESS_MEETING_WITH_RE = /^(The\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit))\s+(?:was|were)\s+with\s+/;
// "At the dam he was shown around by Ishayev, the envoy": a guest shown round (or accompanied) by a host tells their
// meeting though the classifier finds no trigger in it (findCompanionMeeting reads it), so its pronoun is resolved too.
const HOSTED_ROUND = /\b(?:was|were|is|are|been)\s+(?:shown|taken)\s+(?:a?round|about)\b|\baccompanied\s+by\b/;
/** A host's verb and its object, then a journey of a possessive later in the clause ("received him during his visit"). */
const HOSTED_GUEST_TRIP = /\b((?:received|welcomed|hosted|greeted|showed|guided|escorted|accompanied)\s+)([^.;:]*?)\b(?:during|on|throughout)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|stay)\b/i;

/**
 * "Kim guided him around the hall during his visit", "Kim received Lavrov during his previous visit": a host does not
 * travel to be visited, so the journey is the guest's, the object of the host's verb: the person named there, or
 * "pronoun" when it is a pronoun (read below with the object pronouns). Null when the sentence has no such verb.
 */
function hostedGuest(text: string, own: PersonMention[], start: number, possessive: string): PersonMention | "pronoun" | null {
  const m = HOSTED_GUEST_TRIP.exec(text.slice(0, start + possessive.length + 40));
  if (!m || m.index + m[0].length <= start) return null;
  if ((possessive.toLowerCase() === "his" ? /^him\b/ : /^her\b/).test(m[2])) return "pronoun";
  return own.find((p) => p.start === m.index + m[1].length) ?? null;
}

// "On October 19 he held talks with his Korean counterpart there": the holder of the possessor's office in the other
// country (of the adjective, if any), named earlier; not when a name follows ("his counterpart, Choe Son Hui").
/** "... with his counterpart Choe Son Hui", "her Russian counterpart, Sergei Lavrov": a counterpart named; the name follows the match. */
const NAMED_COUNTERPART_RE = /^[^.;]{0,60}?\b(?:his|her)\s+(?:(?:North\s+|South\s+)?\p{Lu}[\p{L}-]*\s+)?counterpart,?\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3})?(?=\p{Lu})/u;
const COUNTERPART_RE = /\b(his|her)\s+((?:North\s+|South\s+)?\p{Lu}[\p{L}-]*\s+)?counterpart\b(?!['’]s|s\b|,?\s+\p{Lu})/gu;
// ("hosted a reception for him": the guest of a reception, banquet or dinner.)
// ("met him the following day", "received her that evening": a time after the pronoun is no "her leading" phrase.)
// ("took him to an air base to see the bombers": the guest a host takes somewhere to be shown something, or straight
// "to see" it.)
// ("is showing him round the plant": the guest of a showing under way; only after "is"/"are", as in classify.ts.)
// ("received him for talks": a preposition after the pronoun opens a phrase of its own; the pronoun is the object.)
// ("Shoigu shows his guest a bomber": a host's guest, named by the host's possessive, is the object as "him" is:
// the one of the other side the text was about, not the host. Not "his guests", a crowd.)
// ("Kim's reception of him the same day": the one received after a named host's "reception of" too; not "the
// press's reception of him".)
const OBJECT_PRONOUN_RE = /\b(?:received|receives|met|meets|greeted|greets|(?<=\b(?:came|comes|come)\s+out\s+to\s+)(?:greet|welcome)|welcomed|welcomes|hosted|hosts|by|with|visited|thanked|told|invited|embraced|hugged|accompanied|showed|shows|guided|guides|escorted|(?<=\b(?:is|are)\s+)(?:showing|guiding|escorting)|walked|(?:took|takes)(?=\s+(?:him|her)\s+(?:round|around|through|past|to\s+(?:[^,.;:]{1,60}?\s+to\s+)?(?:see|inspect|view|tour))\b)|(?:gave|gives)(?=\s+(?:him|her)\s+a\s+(?:personal\s+|guided\s+)?tour\b)|saw\s+off|(?:reception|banquet|dinner|luncheon|lunch)\s+(?:for|in\s+honou?r\s+of)|(?<=\b[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,2}['’]s\s+)reception\s+of)\s+((?:his|her)\s+guest|him|her)\b(?!\s+(?:(?!(?:for|at|during|in|on|after|before)\s)[a-z]+(?:'s)?\s+)?(?:visit|trip|talks|counterpart|delegation|government|country|husband|sister|daughter|ministry|(?!(?:following|morning|evening|during)\b)\w+ing\b))/g;
// Words every match of THEY_RE and OBJECT_PRONOUN_RE holds: most sentences lack them, and skip the long patterns
// (tried at every word and comma, they were about 0.9% of extraction time).
const THEY_HINT = /they|They|[Tt]he\s+two/;
const OBJECT_PRONOUN_HINT = /\s(?:him|her|his\s+guest)\b/;
// "the Russian Minister was received": a bare title after a country word, with no name of its own and no office a
// registry could look up.
const COUNTRY_MINISTER_RE = /\b[Tt]he\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:[Mm]inister|[Dd]iplomat)\b(?!\s+(?:of|for|to)\b|['’]s?\s+(?:counterpart|visit|trip))/gu;
// "after the minister's talks with Choe": a bare title owning an event noun stands for the person of that title
// named just before.
const TITLE_POSSESSOR_RE = /\bthe\s+(minister|president|leader)['’]s\s+(?=(?:[\w-]+\s+){0,2}(?:visit|trip|talks|meeting|summit|conversation|call)\b)/g;
// "Next came Sergei Lavrov. The foreign minister arrived in Wonsan": a bare office opening the sentence, with no country
// and no name of its own, is the subject the text was just about when he holds that office.
const OPENING_OFFICE_RE = /^The\s+(foreign\s+minister|top\s+diplomat|defen[cs]e\s+minister)\b(?!\s+of\b|,?\s+\p{Lu})/u;
// "On August 21, the great leader looked round the dam": a leader's epithet opening the sentence (after an opening time
// phrase, if any), with no country, no name ("the great leader Comrade Kim Jong Il") and no "of" after it.
const EPITHET_LEADER_RE = /^(?:(?:On|In|Later|Earlier|The\s+next|The\s+following)\s+(?:[\w.]+\s+){0,3}?[\w.]+,\s+)?((?:[Tt]he)\s+(?:great|supreme|dear)\s+leader)\b(?!\s+(?:of\b|[Cc]omrade\b|\p{Lu})|['’]|,)/u;
// "Kim received Volodin, and the speaker then sat down with Choe": a bare "the speaker" or "the Duma chief" opening a
// clause after ", and" stands for the head of a parliament named before it in the same sentence.
const SPEAKER_CLAUSE_RE = /,\s+and\s+(?:(?:then|later|also|on\s+that\s+day|that\s+day|the\s+same\s+day),?\s+)*(the\s+(?:speaker|Duma\s+(?:speaker|chief|chairman)|parliament(?:ary)?\s+(?:speaker|chief)))\b(?!\s+of\b)/g;
const COUNTRY_NAME = "(?:Pyongyang|Moscow|Russia|North\\s+Korea|the\\s+DPRK|DPRK|the\\s+Kremlin)";
const COUNTRY_PAIR = new RegExp(`^(?:[^.;]*?\\s)?${COUNTRY_NAME}\\s+and\\s+${COUNTRY_NAME}\\b`, "i");
const UNNAMED_GROUP_BEFORE = /\b(?:leaders|heads\s+of\s+state|presidents)(?:\s+of\s+(?:the\s+)?(?:two|both)\s+(?:states|countries|nations|sides))?\s+(?:[\w’'-]+\s+){0,2}$/i;
const DELEGATION_RE = /\b(?:the|its|his|her|their|a|this)\s+(?:[\w-]+\s+){0,3}?delegation\b/gi;
const DELEGATION_LEADER_RE = /\bdelegation\b[^.;]{0,160}?\b(?:led|headed)\s+by\s+$/i;

// "sent " right before a name, with "to" a place later in the clause ("sent Choe, a party secretary, to Moscow").
const SENT_PERSON_TO_RE = /\b(?:sent|dispatched)\s+(?=\p{Lu}[^.;:]{0,120}?\bto\s+(?:the\s+)?\p{Lu})/u;

function anaphor(p: PersonMention, start: number, end: number, text: string): PersonMention {
  return { ...p, start, end, text, kind: "anaphor" as PersonMention["kind"] };
}

function isLeader(p: PersonMention): boolean {
  return p.roleKey === "head-of-state" || p.roleKey === "head-of-government";
}

/** "(what the two sides) called ": a verb of naming right after a group noun. */
const NAMING_VERB_AFTER = /^\s+(?:had\s+|have\s+)?(?:called|termed|dubbed|described\s+as|billed\s+as)\b/i;

/** Whether a person can be one of "the two leaders" (a leader), "the two ministers" (not one), "the two sides" (anyone). */
function fitsNoun(noun: string): (p: PersonMention) => boolean {
  const wantsLeaders = /leaders|presidents|heads/i.test(noun);
  const wantsMinisters = /ministers|diplomats|counterparts/i.test(noun);
  return (p) => (wantsLeaders ? isLeader(p) : wantsMinisters ? !isLeader(p) : true);
}

/**
 * "Shoigu met Kim on Friday, with state media saying the two sides had agreed": exactly two people of different
 * countries who fit the noun, named in its own clause before it, are the pair, however often others were named together.
 */
function clausePair(clause: PersonMention[], noun: string): PersonMention[] | null {
  const people = clause.filter((p, i) => clause.findIndex((q) => q.slug === p.slug) === i);
  if (people.length !== 2 || !people.every(fitsNoun(noun))) return null;
  const [p, q] = people;
  return p.country !== null && q.country !== null && p.country !== q.country ? people : null;
}

/**
 * "The two leaders": the pair of people from different countries the article has been about. Pairs score for
 * being named together (in this sentence most of all, then in earlier ones) and for being recent.
 */
function pickPair(history: PersonMention[], noun: string, together: Array<Set<string>> = [], current: PersonMention[] = [], clauseBefore: PersonMention[] = [], dyad: readonly string[] = [], byOffice = false): PersonMention[] {
  const wantsLeaders = /leaders|presidents|heads/i.test(noun);
  const wantsMinisters = /ministers|diplomats|counterparts/i.test(noun);
  const fits = fitsNoun(noun);
  const office = !byOffice ? null : /\bdefen[cs]e\s+ministers\b/i.test(noun) ? "defence-minister" : /\bforeign\s+ministers\b/i.test(noun) ? "foreign-minister" : null;
  const here = new Set(current.map((p) => p.slug));
  // "The two leaders" are never two ministers: without a leader pair it stays unresolved, and the leaders are read
  // from the article's country pair later (inferParticipants). ("Putin flew to Pyongyang and met Kim. That visit followed
  // a treaty signed by the two foreign ministers in February": nor are "the two ministers" two leaders.)
  for (const strict of wantsLeaders || wantsMinisters ? [true] : [true, false]) {
    let people: PersonMention[] = [];
    for (const p of [...current, ...[...history].reverse()]) if ((!strict || fits(p)) && !people.some((q) => q.slug === p.slug)) people.push(p);
    // ("Present were No, the defence minister, and the Russian ambassador. ... talks were held between the defence
    // ministers": a group named by an office is a pair who hold it, when two of different countries do, before a
    // nearer pair of whom one does not.)
    const holders = office ? people.slice(0, 8).filter((p) => p.roleKey === office) : [];
    if (new Set(holders.flatMap((p) => (p.country ? [p.country] : []))).size >= 2) people = holders;
    let best: { pair: PersonMention[]; score: number } | null = null;
    people.slice(0, 8).forEach((p, i) => {
      people.slice(i + 1, 8).forEach((q, j) => {
        if (p.country !== null && q.country !== null && p.country === q.country) return;
        let score = 8 - (i + i + 1 + j) * 0.5;
        if (here.has(p.slug) && here.has(q.slug)) score += 6;
        // ("Putin's last meeting with Kim Jong Un was their summit in Pyongyang": a pair named in the sentence before
        // the pronoun, in its clause, outweighs a pair of earlier sentences.)
        if (clauseBefore.some((x) => x.slug === p.slug) && clauseBefore.some((x) => x.slug === q.slug)) score += 6;
        score += 2 * together.filter((set) => set.has(p.slug) && set.has(q.slug)).length;
        // ("Putin spoke with Kim days before meeting Trump ... the two leaders signed a treaty": of pairs named as often,
        // the one of the two countries the article is about is what "the two" most likely means.)
        if (dyad.length === 2 && p.country !== q.country && dyad.includes(p.country ?? "") && dyad.includes(q.country ?? "")) score += 2;
        // The sentence just before is what "the two sides" most often points back to.
        const last = together[together.length - 1];
        if (last && last.has(p.slug) && last.has(q.slug)) score += 5;
        if (!best || score > best.score) best = { pair: [p, q], score };
      });
    });
    if (best) return (best as { pair: PersonMention[] }).pair;
  }
  return [];
}

/** "a special envoy of President Putin", "a message from Putin": named, but not a party of the sentence. */
function isBystanderWord(text: string, p: PersonMention): boolean {
  if (/\b(?:envoy|message|letter|greetings|behalf|spokes\w+|according\s+to)\b[^.;,]{0,30}$/i.test(text.slice(Math.max(0, p.start - 50), p.start))) return true;
  // "flew in on Putin's instructions": the one whose orders, message or envoy it was is not named as a party.
  // ("Kim Jong Un's father, Kim Jong Il, held talks": nor is the one whose kin it was.)
  return /^['’]s?\s+(?:[\w-]+\s+){0,1}(?:instructions?|orders?|message|letter|envoy|emissary|behalf|father|mother|son|daughter|brother|sister|grandfather|uncle)\b/i.test(text.slice(p.end, p.end + 40));
}

/**
 * "On 4 June, the day South Korea swore in Lee as president, he was back": someone named in a phrase that only
 * explains a date is neither what a pronoun points back to nor a party of the sentence's event.
 */
export function isInDateAppositive(text: string, p: { start: number; end: number }): boolean {
  return /,\s+(?:the|a)\s+(?:same\s+)?(?:day|week|month|year|morning|evening|eve)\b[^,;()]*$/i.test(text.slice(0, p.start)) && /^[^,;()]*,/.test(text.slice(p.end));
}

function findLast(people: PersonMention[], keep: (p: PersonMention) => boolean): PersonMention | undefined {
  return [...people].reverse().find(keep);
}

/**
 * Adds resolved anaphors to each sentence's people, reading the article in order. `women` (slugs) lets "she"
 * and "her" pass over the men named before them, and "he", "his" and "him" over the women.
 */
/** "Shoigu's successor, ": a possessive and the noun it owns, then a comma before a name set in apposition to it. */
const POSSESSED_APPOSITIVE_RE = /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:predecessor|successor|deputy|envoy|counterpart|aide|adviser|advisor|spokes(?:man|woman|person)|father|mother|son|daughter|brother|sister|wife|husband|host|guest|rival|ally),\s+(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,3})?$/u;
/** "invited him during ", "met her at ": an object pronoun and a preposition, then "their". */
const OBJECT_THEN_THEIR_RE = /\b(?:him|her)\s+(?:during|at|in|on|after|before|over)\s+$/;
/** "he flew in once more, was received by ": the agent of a passive verb told of the pronoun in its clause chain. */
const PASSIVE_AGENT_RE = /^[^.;:]*?,?\s+(?:and\s+)?(?:was|were)\s+(?:(?:again|also|then|later|personally|warmly)\s+)?(?:received|met|welcomed|greeted|hosted)\s+(?:(?:again|also|personally|warmly)\s+)?by\s+/i;

/** "officials on ", "experts from ": a plural of people placed on or from "both sides" after it. */
const OF_BOTH_SIDES_BEFORE = /\b(?:officials|experts|people|analysts|observers|sources|members|lawmakers|politicians|critics|supporters|voices|diplomats|many|some|others|those)\s+(?:on|from)\s+$/i;

// "The pattern was set by Shoigu. In July 2023 Kim walked the then defence minister through an exhibition": an office
// marked "then", with no name of its own after it, is the last person named who held it, now or before.
const THEN_OFFICE_RE = /\b[Tt]he\s+then\s+(defen[cs]e\s+minister|foreign\s+minister|president)\b(?!,?\s+\p{Lu}|\s+of\b)/gu;
const THEN_HINT = /\bthen\s+(?:defen|foreign|president)/i;
/** "with ", "to ": the word before a name that makes it the partner of an event noun, not the noun's owner. */
const PARTNER_BEFORE = /\b(?:with|to|by|of|and|for|from|between)\s+$/i;
/**
 * "After his meeting with ", "During her talks with ": an opening phrase of the possessor's own meeting, visit or talks
 * and its partner, up to the comma before the main clause (group 1 ends where the partner may be named).
 */
// ("After meeting Kim he says": so is the object of a gerund of meeting opening the sentence, comma or not.)
const OPENING_OWN_EVENT_RE = /^((?:After|During|Following|Before|Ahead\s+of|At)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|trip|call|conversation|summit)\s+(?:with|to)\s+|(?:After|Before|On|Upon)\s+(?:meeting|visiting|receiving|greeting|seeing)\s+)[^,;:.]{1,80}(?:,\s+|\s)$/;
/** "As Lee was taking his oath, ": a subordinate clause with its own subject and verb leading the sentence. */
const LEADING_CLAUSE_RE = /^(?:As|When|While|Whereas|Although|Though)\s+[^,;:]{0,40}?\b(?:was|were|is|are|had|has)\s+[^,;:]{0,80},\s+/;

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** Whether a name of the sentence's own covers this offset. */
function coversOffset(own: PersonMention[], s: number): boolean {
  return own.some((p) => p.start <= s && s < p.end);
}

/** The one named in apposition to the noun a name possesses ("Belousov's predecessor, Sergei Shoigu"). */
function possessorOf(people: PersonMention[], text: string, p: PersonMention): PersonMention | undefined {
  return people.find((q) => q.kind !== "anaphor" && q.start > p.end && q.start - p.end < 80 && POSSESSED_APPOSITIVE_RE.test(text.slice(p.end, q.start)));
}

/** ", who flew into", ", who had held": a who-clause right after a name telling an act of that person's own. */
const WHO_ACTED_AFTER = /^,\s+who\s+(?:had\s+|has\s+|then\s+|later\s+)?(?:\p{Ll}{3,}ed|flew|went|came|met|held|made|took|led|paid|sat|spoke|gave|brought)\b/u;

/** "the summit between ", "a visit by ": a preposition making the name after it a party to a noun, not the subject. */
const PARTY_BEFORE = /\b(?:between|with|by)\s+$/;

/**
 * "The session followed the summit between Putin and Kim and a visit by Lavrov, who flew into Pyongyang on 18 October.
 * The next day he held talks": when no person opens the sentence (its subject is a thing), or the first one is only a
 * party to a noun ("between Putin"), those named as parties to its nouns are not what the text goes on about; the one
 * a who-clause gives an act of his own is. Null when none is.
 */
function findActingPerson(own: PersonMention[], text: string): PersonMention | null {
  if (!text.includes(", who ")) return null;
  return own.find((p) => p.kind !== "anaphor" && WHO_ACTED_AFTER.test(text.slice(p.end, p.end + 40))) ?? null;
}

export function resolveAnaphora(
  sentences: AnalysedSentence[],
  women: ReadonlySet<string> = new Set(),
  dyad: readonly string[] = [],
  offices: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): void {
  // People a pronoun may stand for: those of its gender when the registry knows one; unknown people always.
  const fits = (pronoun: string) => (p: PersonMention) => {
    const word = pronoun.toLowerCase();
    if (word === "she" || word === "her") return women.has(p.slug) || !p.country || p.isNew;
    if (word === "he" || word === "his" || word === "him") return !women.has(p.slug);
    return true;
  };
  const history: PersonMention[] = [];
  let delegationLeader: PersonMention | null = null;
  let lastSubject: PersonMention | null = null;
  // The one the sentence before sent somewhere ("Kim sent Choe to Moscow as his envoy"), for an object pronoun next.
  let sentEnvoy: PersonMention | null = null;
  // Slugs named together in each earlier sentence.
  const together: Array<Set<string>> = [];
  // Those named only as the sender of a message or greetings ("conveying greetings from Putin"): never one of "their"
  // pair or "the two" later on.
  const bystanders = new Set<PersonMention>();
  const counted = (p: PersonMention) => !bystanders.has(p);
  for (const a of sentences) {
    const text = a.sentence.text;
    const own = [...a.people];
    // Those a pronoun may point back to in this sentence.
    const present = own.filter((p) => !isInDateAppositive(text, p));
    const added: PersonMention[] = [];
    const theirAfterObject: number[] = [];
    if (a.triggers.length > 0 || HOSTED_ROUND.test(text)) {
      let m: RegExpExecArray | null;
      // ("Three days to go before the two presidents meet in Anchorage": a place or country outside the article's two
      // countries, named with the pair, may be one side's own; there the two countries weigh nothing extra.)
      const thirdCountryNamed = dyad.length === 2 && (a.places.some((p) => !dyad.includes(p.country)) || a.countryRefs.some((c) => !dyad.includes(c.code)));
      GROUP_RE.lastIndex = 0;
      while ((m = GROUP_RE.exec(text)) !== null) {
        // ("Pyongyang and Moscow have been expanding cooperation under the treaty the two sides signed": the sides are
        // the two countries the sentence names as its subject, not the last two people of the article.)
        if (/^sides$/i.test(m[1] ?? "") && !present.some((p) => p.end <= m!.index) && COUNTRY_PAIR.test(text.slice(0, m.index))) continue;
        // ("the summit produced no ceasefire, and officials on both sides have offered differing accounts": people told
        // as being on or from both sides are others of the two camps, not a pair of people named before.)
        if (/^sides$/i.test(m[1] ?? "") && OF_BOTH_SIDES_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // ("She came back in May for what the two sides called a strategic dialogue, and Putin received her": the sides
        // who named a thing are no party added to the act around the name; its parties are named there.)
        if (/\bwhat\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && NAMING_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
        const before = [...history, ...present.filter((p) => p.end <= m!.index)];
        // (A full stop inside a sentence ends an abbreviation, "on Sept. 13", not the clause.)
        const clause = present.filter((p) => p.end <= m!.index && !/[;:!?]/.test(text.slice(p.end, m!.index)) && !isBystanderWord(text, p));
        // ("When the two men first met, in Vladivostok in 2019, Kim was fresh from a summit with Trump": people named
        // only after an opening when-clause that holds the noun are no candidates for it.)
        const opening = /^(?:When|After|Before|As)\s+$/.test(text.slice(a.bodyStart, m.index)) ? text.indexOf(",", m.index) : -1;
        const candidates = opening >= 0 ? present.filter((p) => p.end <= opening) : present;
        // (Only talks "between" the office's holders are read by the office: "the defence ministers' meeting" is left as
        // it was.)
        const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
        const pair = clausePair(clause, m[1] ?? m[2]) ?? pickPair(before, m[1] ?? m[2], together, candidates, [], /sides/i.test(m[1] ?? m[2]) || thirdCountryNamed ? [] : dyad, between);
        for (const p of pair) added.push(anaphor(p, m.index, m.index + m[0].length, m[0]));
      }
      SUBJECT_PRONOUN_RE.lastIndex = 0;
      while ((m = SUBJECT_PRONOUN_RE.exec(text)) !== null) {
        const start = m.index + m[0].length - m[1].length;
        // ("After his meeting with Kim on June 17, he announced": those named in an opening phrase of the subject's own
        // meeting or trip are its partners, not the subject the pronoun after its comma stands for.)
        const opening = OPENING_OWN_EVENT_RE.exec(text.slice(0, start));
        const earlier = present.filter((p) => p.end <= start && !(opening && p.start >= opening[1].length));
        // After "where"/"when"/"as" the pronoun points to the nearest person; after a comma or "and", to the
        // sentence subject; at the start, to the previous sentence's subject.
        const subordinate = /\b(?:where|when|as|after|before|since|because|while|until|once|which)\s+$/i.test(m[0].slice(0, m[0].length - m[1].length));
        const fit = fits(m[1]);
        const fitting = earlier.filter(fit);
        const unfiltered = (subordinate ? earlier[earlier.length - 1] : earlier[0]) ?? lastSubject;
        // Nobody of the pronoun's gender named yet (someone the registry does not know as a woman): as before.
        const anyFits = [...history, ...earlier].some(fit);
        // ("Shoigu's trip, made on Putin's orders, set the pattern for a year in which he returned": the nearest person
        // named only as the sender of orders is passed over for the one before him.)
        const nearest = [...fitting].reverse().find((p) => !isBystanderWord(text, p)) ?? fitting[fitting.length - 1];
        let target = anyFits ? ((subordinate ? nearest : fitting[0]) ?? (lastSubject && fit(lastSubject) ? lastSubject : findLast(history, fit))) : unfiltered;
        // "..., and Kim again received him, and then, on 17 June, he flew in once more, was received by Kim": the
        // pronoun is not the one its own verb says received it; it is the person the sentence is about before.
        if (target) {
          const after = start + m[1].length;
          const agent = PASSIVE_AGENT_RE.exec(text.slice(after));
          const by = agent ? own.find((p) => p.start === after + agent[0].length) : undefined;
          if (by && by.slug === target.slug) {
            const other = (p: PersonMention) => fit(p) && p.slug !== by.slug && p.country !== null && p.country !== by.country;
            target = [...added].filter((p) => p.end <= start).reverse().find(other) ?? (lastSubject && other(lastSubject) ? lastSubject : findLast(history, other)) ?? target;
          }
        }
        // ("... and a visit by Lavrov, who flew in on 18 October. The next day he held talks with his counterpart Choe
        // Son Hui": the pronoun's counterpart named after it says its office; one who holds another is not who he is,
        // the last one named of the counterpart's office in the other country is.)
        if (target && target.roleKey !== "other") {
          const after = start + m[1].length;
          const named = NAMED_COUNTERPART_RE.exec(text.slice(after));
          const counterpart = named ? own.find((p) => p.start === after + named.index + named[0].length) : undefined;
          const office = counterpart?.roleKey;
          // (Offices held at any time: a mention's office is today's, and "his counterpart" may be told of years ago.)
          const held = (p: PersonMention) => p.roleKey === office || offices.get(p.slug)?.has(office!) === true;
          if (counterpart && office && office !== "other" && !held(target) && counterpart.country !== null) {
            const holder = (p: PersonMention) => fit(p) && p.kind !== "anaphor" && held(p) && p.country !== null && p.country !== counterpart.country;
            target = [...earlier].reverse().find(holder) ?? findLast(history, holder) ?? target;
          }
        }
        if (target && !coversOffset(own, start)) added.push(anaphor(target, start, start + m[1].length, m[1]));
      }
      const they = THEY_HINT.test(text);
      THEY_RE.lastIndex = 0;
      while (they && (m = THEY_RE.exec(text)) !== null) {
        const start = m.index + m[0].length - m[1].length;
        // ("On 4 August he held talks with Putin, and the two signed": the "he" just read is one of the two.)
        const named = [...present, ...added.filter((p) => p.end <= start)];
        const before = [...history.filter(counted), ...named.filter((p) => p.end <= start)];
        const clause = named.filter((p) => p.end <= start && !/[.;:!?]/.test(text.slice(p.end, start)));
        // ("They first met in 2019, two months after Kim's talks with Trump": people named after the pronoun beyond a
        // comma are in a phrase of their own, not who "they" are.)
        const current = named.filter((p) => p.end <= start || !/[,;:()—–]/.test(text.slice(start, p.start)));
        let pair = pickPair(before, "", together, current, clause);
        // ("Putin invited him to Moscow when they met in Beijing": the main clause's subject is one of "they" in its
        // own when-clause; he takes the place of the one of his country the pair had from earlier sentences.)
        const subject = /^(?:,\s+)?(?:when|after|as)\s/i.test(m[0]) && clause.length === 1 ? clause[0] : undefined;
        if (subject && subject.country && !pair.some((p) => p.slug === subject.slug) && pair.some((p) => p.country === subject.country)) {
          pair = pair.map((p) => (p.country === subject.country ? subject : p));
        }
        for (const p of pair) added.push(anaphor(p, start, start + m[1].length, m[1]));
      }
      POSSESSIVE_RE.lastIndex = 0;
      while ((m = POSSESSIVE_RE.exec(text)) !== null) {
        const start = m.index;
        const earlier = present.filter((p) => p.end <= start);
        // "During his trip to Pyongyang, the Russian minister ...": an opening phrase points ahead to the subject.
        // ("His first trip came in March, and Kim met him": a possessive opening the sentence is in its subject, which
        // points back.)
        const comma = text.indexOf(",", start);
        const opening = /^\S+\s+$/.test(text.slice(0, start));
        // "During his stay Medvedev laid ...": with no comma, a name right after the opening phrase.
        const ahead = earlier.length === 0 && opening
          ? ((comma > 0 ? own.find((p) => p.start > comma && p.start - comma < 40) : undefined) ??
            own.find((p) => p.start > start && p.start - start < 30 && /^[\w\s-]+$/.test(text.slice(start, p.start)) && !PARTNER_BEFORE.test(text.slice(start, p.start))))
          : undefined;
        if (/^their$/i.test(m[1])) {
          // "Kim invited him during their meeting": "their" after the verb's subject and its object pronoun in the same
          // clause is those two; it is read once the object pronoun is (below).
          if (OBJECT_THEN_THEIR_RE.test(text.slice(0, start))) {
            theirAfterObject.push(start);
            continue;
          }
          // "the understandings reached by the leaders of the two states at their meeting": "their" is the unnamed
          // group just before it, not the people the text was about (who are left for the group's own reading).
          if (UNNAMED_GROUP_BEFORE.test(text.slice(Math.max(0, ...earlier.map((p) => p.end)), start))) continue;
          // "their meeting": the two people the text was just about.
          const before = [...history.filter(counted), ...present.filter((p) => p.end <= start), ...added.filter((p) => p.end <= start)];
          const clause = present.filter((p) => p.end <= start && !/[.;:!?]/.test(text.slice(p.end, start)));
          for (const p of pickPair(before, "", together, present, clause)) added.push(anaphor(p, start, start + m[1].length, m[1]));
          continue;
        }
        const guest = hostedGuest(text, own, start, m[1]);
        if (guest === "pronoun") continue;
        const fit = fits(m[1]);
        // "The minister also reviewed the results of his negotiations with ...": a bare title opening the sentence is
        // its subject, and the pronoun in its clause is the last minister named, not the last person.
        // ("The leader also reviewed his talks with ...": the last leader named.)
        const titled = earlier.length === 0 ? /^(?:The|the)\s+(?:\p{L}+\s+){0,2}?(minister|leader|president)\s+(?!of\b)[^,;]*$/u.exec(text.slice(0, start)) : null;
        const holdsTitle = (p: PersonMention) => p.kind !== "anaphor" && (titled![1] === "minister" ? !isLeader(p) && /minister|diplomat/i.test(`${p.roleKey ?? ""} ${p.role ?? ""}`) : isLeader(p));
        const minister = titled ? findLast(history, (p) => fit(p) && holdsTitle(p)) : undefined;
        // "Kim sees Putin off as the Russian leader departs for Vietnam, the second stop on his tour": a pronoun in a
        // clause opened by "as", "when" or "while", or in a phrase set off after it, is that clause's subject (not
        // after the clause has ended: "as Kim waited, Putin began his visit").
        const inClause = (p: PersonMention) => !/[.;:!?]/.test(text.slice(p.end, start)) && /^(?:[^,]*|.*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:on|of|in)\s+)$/.test(text.slice(p.end, start));
        const subordinate = [...earlier].reverse().find((p) => fit(p) && /\b(?:as|when|while)\s+$/i.test(text.slice(Math.max(0, p.start - 8), p.start)) && /^\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:[a-z]+(?:s|ed)|left|went|flew|came|took|began)\b/.test(text.slice(p.end)) && inClause(p));
        // ("Shoigu was replaced by Belousov, who later made his own trip to Pyongyang": a possessive in a who-clause, with
        // nobody named between, is the clause's own subject, the person the clause hangs on.)
        const whose = earlier.length > 0 ? earlier[earlier.length - 1] : undefined;
        const relative = whose && fit(whose) && /^\s*,\s+who\s+[^,;:.!?()]*$/i.test(text.slice(whose.end, start)) ? whose : undefined;
        const target = guest ?? minister ?? subordinate ?? relative ?? ([...history, ...earlier, ...(ahead ? [ahead] : [])].some(fit)
          ? (earlier.find(fit) ?? (ahead && fit(ahead) ? ahead : undefined) ?? (lastSubject && fit(lastSubject) ? lastSubject : findLast(history, fit)))
          : (earlier[0] ?? ahead ?? lastSubject));
        if (target && !coversOffset(own, start)) added.push(anaphor(target, start, start + m[1].length, m[1]));
      }
      const objectPronoun = OBJECT_PRONOUN_HINT.test(text);
      OBJECT_PRONOUN_RE.lastIndex = 0;
      while (objectPronoun && (m = OBJECT_PRONOUN_RE.exec(text)) !== null) {
        const start = m.index + m[0].length - m[1].length;
        // The object is someone other than the verb's subject (the nearest person before it): first look earlier
        // in the sentence, then back through the article.
        const earlier = [...own, ...added].filter((p) => p.end <= m!.index).sort((x, y) => x.start - y.start);
        // ("Kim's train reached the border, where a Russian deputy minister met him": a subject told only by a title
        // after "a", unnamed, stands between; the nearest person named before is then the object, not its subject.)
        const unnamedSubject = /\b(?:where|when|and|as)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|official|governor|envoy|diplomat|deputy|aide|officer|representative)\s+$/iu.test(text.slice(Math.max(0, m.index - 80), m.index));
        const subject = unnamedSubject ? undefined : earlier[earlier.length - 1];
        const fit = fits(m[1]);
        // ("The minister handed Kim a letter from Putin. Kim guides his guest through the exhibition": a guest came, so is
        // never one named only as the sender of a letter or greetings.)
        const guest = /guest$/i.test(m[1]);
        const differs = (p: PersonMention) => p.country !== null && fit(p) && (!subject || (p.slug !== subject.slug && p.country !== subject.country));
        // ... and then the previous sentence's subject, the topic ("He flew in from Beijing, where he had accompanied
        // Putin ... In the evening Choe hosted a reception for him").
        // ("Shoigu flies in on Putin's instructions and Kim receives him": the one whose orders they were is named only
        // as the sender, so the one received is the traveller before him.)
        // ("Kim sent Choe to Moscow as his envoy. Putin received him in the Kremlin": the one sent there, not the sender
        // who opened the sentence before.)
        const target = [...earlier].reverse().find((p) => differs(p) && !isBystanderWord(text, p)) ?? [...earlier].reverse().find(differs) ?? (sentEnvoy && differs(sentEnvoy) ? sentEnvoy : undefined) ?? (lastSubject && differs(lastSubject) ? lastSubject : undefined) ?? [...history].reverse().find((p) => differs(p) && (!guest || counted(p))) ?? null;
        if (target) added.push(anaphor(target, start, start + m[1].length, m[1]));
      }
      for (const start of theirAfterObject) {
        const clause = [...present, ...added].filter((p) => p.end <= start && !/[.;:!?]/.test(text.slice(p.end, start)) && !isBystanderWord(text, p));
        const before = [...history.filter(counted), ...present.filter((p) => p.end <= start), ...added.filter((p) => p.end <= start)];
        const pair = clausePair(clause, "") ?? pickPair(before, "", together, present, clause);
        for (const p of pair) added.push(anaphor(p, start, start + 5, text.slice(start, start + 5)));
      }
      COUNTRY_MINISTER_RE.lastIndex = 0;
      while ((m = COUNTRY_MINISTER_RE.exec(text)) !== null) {
        const start = m.index;
        const ref = a.countryRefs.find((c) => c.start === start + m![0].indexOf(m![1]) && c.end === start + m![0].indexOf(m![1]) + m![1].length);
        if (!ref || coversOffset(own, start + m[0].length - 2) || [...own, ...added].some((p) => p.start >= start && p.start < start + m![0].length)) continue;
        // The nearest minister of that country named before it, in this sentence or earlier ones.
        const isMinister = (p: PersonMention) => p.country === ref.code && p.kind !== "anaphor" && !isLeader(p) && /minister|diplomat/i.test(`${p.roleKey ?? ""} ${p.role ?? ""}`);
        const target = findLast(own.filter((p) => p.end <= start), isMinister) ?? findLast(history, isMinister);
        if (target) added.push(anaphor(target, start, start + m[0].length, m[0]));
      }
      TITLE_POSSESSOR_RE.lastIndex = 0;
      while ((m = TITLE_POSSESSOR_RE.exec(text)) !== null) {
        const start = m.index;
        if (coversOffset(own, start) || [...own, ...added].some((p) => p.start >= start && p.start < start + m![0].length)) continue;
        const title = m[1].toLowerCase();
        const holds = (p: PersonMention) => p.kind !== "anaphor" && (title === "minister" ? !isLeader(p) && /minister/i.test(`${p.roleKey ?? ""} ${p.role ?? ""}`) : isLeader(p));
        const target = findLast(own.filter((p) => p.end <= start), holds) ?? findLast(history, holds);
        if (target) added.push(anaphor(target, start, start + m[0].length - 1, m[0].trim()));
      }
      SPEAKER_CLAUSE_RE.lastIndex = 0;
      while ((m = SPEAKER_CLAUSE_RE.exec(text)) !== null) {
        const start = m.index + m[0].length - m[1].length;
        if (coversOffset(own, start) || [...own, ...added].some((p) => p.start >= start && p.start < start + m![1].length)) continue;
        const target = findLast(own.filter((p) => p.end <= start), (p) => p.kind !== "anaphor" && p.roleKey === "parliament-head");
        if (target) added.push(anaphor(target, start, start + m[1].length, m[1]));
      }
      COUNTERPART_RE.lastIndex = 0;
      while ((m = COUNTERPART_RE.exec(text)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        if (coversOffset(own, start) || [...own, ...added].some((p) => p.start > start && p.start < end)) continue;
        // ("No Kwang Chol, his North Korean counterpart": an appositive to a name already read adds no one.)
        if (own.some((p) => /^,\s+$/.test(text.slice(p.end, start)))) continue;
        // The possessor is the nearest person before it in the sentence ("he held talks with his counterpart"), or the
        // subject of the sentence before.
        const fit = fits(m[1]);
        const owner = [...own, ...added].filter((p) => p.end <= start && fit(p)).sort((x, y) => x.start - y.start).pop() ?? (lastSubject && fit(lastSubject) ? lastSubject : undefined);
        if (!owner || !owner.country || !owner.roleKey || owner.roleKey === "other") continue;
        // ("his Korean counterpart": an adjective that names no one country still says the other side.)
        const adjective = m[2] ? a.countryRefs.find((c) => c.start >= start && c.end <= end) : undefined;
        const holds = (p: PersonMention) => p.kind !== "anaphor" && p.country !== null && p.country !== owner.country && (!adjective || p.country === adjective.code) && p.roleKey === owner.roleKey;
        const target = findLast(own.filter((p) => p.end <= start), holds) ?? findLast(history, holds);
        if (target) added.push(anaphor(target, end - "counterpart".length, end, "counterpart"));
      }
      THEN_OFFICE_RE.lastIndex = 0;
      while (THEN_HINT.test(text) && (m = THEN_OFFICE_RE.exec(text)) !== null) {
        const start = m.index;
        if (coversOffset(own, start) || [...own, ...added].some((p) => p.start >= start && p.start < start + m![0].length)) continue;
        const roleKey = /defen/i.test(m[1]) ? "defence-minister" : /foreign/i.test(m[1]) ? "foreign-minister" : "head-of-state";
        const held = (p: PersonMention) => p.kind !== "anaphor" && (p.roleKey === roleKey || offices.get(p.slug)?.has(roleKey) === true);
        const target = findLast(own.filter((p) => p.end <= start), held) ?? findLast(history, held);
        if (target) added.push(anaphor(target, start, start + m[0].length, m[0]));
      }
      // "Kim Jong Il began his visit on August 20. On August 21, the great leader looked round the dam": an epithet
      // with no country and no name of its own, as the subject, is the leader the text was just about.
      const epithet = EPITHET_LEADER_RE.exec(text.slice(a.bodyStart));
      if (epithet && lastSubject && isLeader(lastSubject)) {
        const start = a.bodyStart + epithet[0].length - epithet[1].length;
        if (!coversOffset(own, start) && ![...own, ...added].some((p) => p.start >= start && p.start < start + epithet[1].length)) added.push(anaphor(lastSubject, start, start + epithet[1].length, epithet[1]));
      }
      const office = OPENING_OFFICE_RE.exec(text);
      if (office && lastSubject && lastSubject.kind !== "anaphor" && !coversOffset(own, 0) && lastSubject.roleKey === (/defen/i.test(office[1]) ? "defence-minister" : "foreign-minister")) {
        added.push(anaphor(lastSubject, 0, office[0].length, office[0]));
      }
      // "Whom did he meet? The headline meeting was with Putin, at the cosmodrome": a meeting told as "was with" someone,
      // its owner not named, is the meeting of the one the text is about, when he is of the other side.
      const withWhom = OWNERLESS_MEETING_WITH_RE.exec(text);
      const met = withWhom ? own.find((p) => p.kind !== "anaphor" && /^(?:(?:the\s+)?[\p{Lu}][\p{L}.-]*\s+){0,4}$/u.test(text.slice(withWhom[0].length, p.start))) : undefined;
      if (withWhom && met && lastSubject && lastSubject.country && met.country && lastSubject.country !== met.country && !coversOffset(own, 0)) {
        added.push(anaphor(lastSubject, 0, 3, "The"));
      }
      if (delegationLeader) {
        DELEGATION_RE.lastIndex = 0;
        while ((m = DELEGATION_RE.exec(text)) !== null) {
          const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
          if (/^\s+(?:of|from)\b[^.;]{0,80}(?:led|headed)\s+by/i.test(text.slice(m.index + m[0].length))) continue;
          if (/^\s*(?:led|headed)\s+by/i.test(after)) continue;
          added.push(anaphor(delegationLeader, m.index, m.index + m[0].length, m[0]));
        }
      }
    }
    for (const p of own) {
      if (DELEGATION_LEADER_RE.test(text.slice(Math.max(0, p.start - 200), p.start))) delegationLeader = p;
    }
    if (added.length > 0) a.people = [...own, ...added].sort((x, y) => x.start - y.start);
    const firstPerson = own.filter((p) => p.kind !== "anaphor").sort((x, y) => x.start - y.start)[0];
    // ("Belousov's predecessor, Sergei Shoigu, now runs the council. He was last in Pyongyang in September": the one
    // named in apposition to a possessed noun opening the sentence is its subject, not the possessor.)
    // ("As Lee was taking his oath, the Russian envoy Shoigu was on his way to Pyongyang. Kim received him": the subject
    // of a clause leading the sentence is not the sentence's; the one after the clause's comma is.)
    const leading = LEADING_CLAUSE_RE.exec(text);
    const mainStart = leading && a.people.some((p) => p.start >= leading[0].length && p.kind !== "anaphor") ? leading[0].length : 0;
    const opener = a.people.find((p) => p.start >= mainStart && p.start < mainStart + 40 && !isInDateAppositive(text, p));
    const sentenceSubject = opener && opener.start === 0 ? (possessorOf(a.people, text, opener) ?? opener) : opener;
    // "Who is Shoigu? He was defence minister until May 2024, when Putin moved him. He remains one of Putin's closest
    // associates.": a sentence telling no event is not read for pronouns, but one opening with "he" or "she" still has
    // the previous subject as its own; a name after the pronoun does not take its place.
    const pronounOpens = /^(?:He|She)\b/.test(text) && !a.people.some((p) => p.start === 0);
    if (pronounOpens && lastSubject && fits(text.slice(0, 3).trim())(lastSubject)) {
      // (kept)
    } else if (sentenceSubject && !PARTY_BEFORE.test(text.slice(Math.max(0, sentenceSubject.start - 10), sentenceSubject.start))) lastSubject = sentenceSubject;
    else if (sentenceSubject ?? firstPerson) lastSubject = findActingPerson(own, text) ?? sentenceSubject ?? firstPerson;
    const sending = SENT_PERSON_TO_RE.exec(text);
    sentEnvoy = sending ? own.find((p) => p.kind !== "anaphor" && p.start === sending.index + sending[0].length) ?? null : null;
    history.push(...own);
    for (const p of own) if (isBystanderWord(text, p)) bystanders.add(p);
    together.push(new Set(own.filter(counted).map((p) => p.slug)));
    if (history.length > 40) history.splice(0, history.length - 40);
  }
}
