/**
 * Step 5a: event triggers in a sentence. Trigger words decide the type; the words around them decide whether the
 * sentence reports something that happened (factual) or something planned, hoped for, denied or hypothetical.
 */
import type { EventType } from "./types";

export interface Trigger {
  type: EventType;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  /** A noun ("the talks", "his visit") rather than a verb; nouns alone rarely establish a new dated event. */
  nominal: boolean;
  /** "during a meeting with", "on a visit to": a noun phrase that still reports an event as happening. */
  framing: boolean;
  /** False for plans, invitations, forecasts, negations, questions and conditionals. */
  factual: boolean;
  /** Frequency/generic wording ("have met several times"). */
  generic: boolean;
  /** "reportedly", "is believed to": keep, with lower confidence. */
  hedged: boolean;
  /** Trigger must have a person or delegation as object to count ("received" a letter is not a meeting). */
  needsPersonObject: boolean;
  /** "visiting Russian Defence Minister X": the person after the trigger is the traveller. */
  travellerAfter: boolean;
  /** "the agreements reached by the leaders in Pyongyang in June": a meeting told through what it produced. */
  outcome?: boolean;
  /** "The second, at Vostochny in September 2023, ...": an ordinal standing for the previous sentence's meeting noun. */
  elided?: boolean;
  /** "Kim showed him an exhibition": a host showing a guest round, a meeting only with both named around the verb. */
  show?: boolean;
  /** "• Lavrov, foreign minister — Wonsan, in July": a verbless line of a list of visits (read in events.ts). */
  listed?: boolean;
}

interface TriggerRule {
  type: EventType;
  re: RegExp;
  nominal?: boolean;
  framing?: boolean;
  needsPersonObject?: boolean;
  travellerAfter?: boolean;
  outcome?: boolean;
  elided?: boolean;
  show?: boolean;
  listed?: boolean;
  /** A present-tense verb that tells of a past event only in a timeline's entries ("Oct. 24 - The Duma votes to ratify"). */
  historicalPresent?: boolean;
  /** A cheap test every match needs: a sentence failing it skips the rule (for rules slow to scan, mostly lookbehinds). */
  hint?: RegExp;
  /** A leader's decree kept when the sentence before speaks of ratifying, though its own does not. */
  ratificationBefore?: boolean;
  /** A bare conversation noun kept as a call only when the sentence before, in its paragraph, tells a phone call. */
  callBefore?: boolean;
}

/** A capitalised document name ("Treaty on Friendship, Good-Neighbourliness and Cooperation") ending in "of" and a
 * day with its year ("of 9 February 2000", "of June 19, 2024"). */
const DOCUMENT_NAME_WORDS = String.raw`(?:,?\s+(?:\p{Lu}[\p{L}’'-]*|on|and|between|the|for|of))*`;
const FULL_DAY = String.raw`(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\b`;
const DATED_DOCUMENT_SOURCE = String.raw`(?<=\b(?:Treaty|Declaration|Agreement|Accord|Pact|Memorandum|Protocol|Charter|Convention)${DOCUMENT_NAME_WORDS}\s+)of(?=\s+${FULL_DAY})`;
const DATED_DOCUMENT_OF = new RegExp(DATED_DOCUMENT_SOURCE, "gu");
// (These sentences may hold no verb of any event, so they pass the trigger hint by this.)
const DATED_DOCUMENT_HINT = new RegExp(DATED_DOCUMENT_SOURCE, "u");
// What DATED_DOCUMENT_OF needs, a capitalised document word and later a month's name, read cheaply: its lookbehind,
// tried at every "of", was a visible share of the classifier's time on sentences with no document at all.
const DATED_DOCUMENT_PRECHECK = /\b(?:Treaty|Declaration|Agreement|Accord|Pact|Memorandum|Protocol|Charter|Convention)\b[^]*\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s/;

/** "the celebrations", "the 70th anniversary", "the seventieth founding anniversary": a celebration named right away, with
 * at most two ordinals or adjectives before it ("the talks on the anniversary" is talks). */
const CELEBRATION_AHEAD = String.raw`(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|[\p{L}-]+(?:th|ieth)|main|official|state|grand|national|founding|jubilee)\s+){0,2}(?:anniversary|celebrations?|festivities|commemorations?|parade)\b`;

// (A bullet of a name, a dash and a time holds no verb, so it passes the trigger hint by this.)
const LISTED_VISIT_HINT = /^[•▪●*]\s*\p{Lu}[^—–]{1,80}\s[—–]\s/u;

/**
 * A live blog's entry opens with the clock time it was posted and a dash ("13:45 - ", "13:05 MSK - ": the time may
 * carry its zone). Read here (bare talks of the entry) and in events.ts (which articles are live blogs).
 */
export const LIVE_STAMP = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?:\s+[A-Z]{2,4})?\s+[-–—]\s`;

// A noun of talks, which several rules need after their verb ("held ... talks", "began ... negotiations", "at the end of
// the session"): one hint for them all, read at most once a sentence (see classifySentence).
const TALKS_NOUN_HINT = /talk|meeting|negotiation|consultation|discussion|summit|tête|conversation|dialogue|session/i;

// The time "spent ... in talks with" and "spent ... with" are told in: "about two hours", "the whole morning".
const SPENT_ABOUT = String.raw`(?:(?:about|around|nearly|almost|more\s+than|over|some|close\s+to)\s+)?`;
const SPENT_PART_OF_DAY = String.raw`the\s+(?:whole\s+)?(?:morning|afternoon|evening)`;
const SPENT_HOURS = String.raw`(?:an?|one|two|three|four|five|six|several|\d+)\s+(?:and\s+a\s+half\s+)?hours?`;

const RULES: TriggerRule[] = [
  // calls first: "held telephone talks" is a call, not a meeting.
  { type: "call", re: /\b(?:(?:had|held|holds|hold|conducted|made)\s+(?:a\s+|an\s+)?(?:[\w’'-]+\s+){0,2})?(?:tele)?phone(?:d)?\s+(?:call|conversation|talks?|conference|discussion|exchange)s?\b/gi, hint: /phone/i },
  // ("the summit, which Putin discussed with Kim by phone this week": what was discussed by phone was discussed in a call.)
  { type: "call", re: /\b(?:spoke|spoken|speaks|talked|talks|conversed|chatted|discussed)\s+(?:[\w’'.-]+\s+){0,6}?(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b/gi, hint: /phone/i },
  // ("Aug. 12 - Putin and Kim speak by telephone": a timeline's entry tells a pair's call with the plural present; in
  // running text "the two speak by phone every month" is a habit.)
  { type: "call", re: /\bspeak\s+(?:[\w’'.-]+\s+){0,6}?(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b/gi, historicalPresent: true, hint: /speak/i },
  // ("Few saw the phone call coming. Monday's conversation between Putin and Kim lasted an hour": a conversation between
  // two named people, right after a sentence in its paragraph that tells a phone call, is that call retold. Kept only
  // then, and not with a place of its own after the pair: "the conversation between them in Beijing" was face to face.)
  { type: "call", re: /\bconversation\b(?=\s+between\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}and\s+\p{Lu}(?![^.;]*\bin\s+\p{Lu}))/gu, nominal: true, hint: /conversation/, callBefore: true },
  { type: "call", re: /\b(?:video\s*(?:call|link|conference|talks|conversation)|videoconference|video-conference|(?:tele)?phoned|telephoned)\b/gi, hint: /video|phoned/i },
  { type: "call", re: /\bcall(?:ed)?\s+(?:his|her|their)\s+(?:[\w’'-]+\s+){0,2}counterpart\b/gi, hint: /counterpart/i },
  // ("Putin found time to call Kim on Monday": a past "found time to" tells the call as made; a name must follow, as
  // "found time to call for calm" is no call.)
  { type: "call", re: /(?<=\b(?:found|made|took)\s+(?:the\s+)?time\s+to\s+)call\b(?=\s+(?:President\s+|Chairman\s+|Leader\s+)?\p{Lu})/gu, hint: /time\s+to\s+call/i },
  // "Putin placed a call to Kim on Tuesday", "the call that drew notice was the one he placed to Kim": a call placed to
  // someone named is made to him (a name must follow: "placed a call to action" is none; the bare "the one" only
  // after a call noun it stands for; "the call he made to Kim": a call noun right before its maker).
  { type: "call", re: /\b(?:placed|places)\s+(?:a|the|his|her|an)\s+(?:(?:brief|short|rare|late-night|urgent)\s+)?call\s+(?=to\s+(?:President\s+|Chairman\s+|Leader\s+)?\p{Lu})|(?<=\b(?:calls?\b[^.;!?]{0,80}\bthe\s+one|call)\s+(?:he|she|\p{Lu}[\p{L}-]+)\s+)(?:placed|made)\b(?=\s+to\s+(?:President\s+|Chairman\s+|Leader\s+)?\p{Lu})/gu, hint: /\bplace[ds]\b|\b(?:one|call)\s+\S+\s+made\s+to\b/ },
  // "They spoke again in May" after a reported call is another call.
  { type: "call", re: /\b(?:spoke|talked)\s+again\b/gi, hint: /again/i },
  // "Putin picked up the phone to brief Kim": a call to the person named after it.
  // ("picked up the phone to Kim Jong-un": British "phone to", the person called right after it.)
  { type: "call", re: /\b(?:picked|picks)\s+up\s+the\s+(?:tele)?phone\b(?=\s+(?:(?:to|and)\s+(?:brief|tell|inform|update|thank|congratulate|call|ring|speak\s+(?:to|with)|talk\s+(?:to|with))\s+|to\s+)(?:President\s+|Chairman\s+|Leader\s+)?\p{Lu})/gu },
  // "The Tuesday call to Kim Jong Un", "Friday's call with Putin": a call noun dated by its weekday is a phone call, not
  // an appeal ("a call to Kim to disarm" has no weekday before it).
  { type: "call", re: /(?<=\b(?:(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+)call\b(?=\s+(?:to|with|between)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,2}\p{Lu})/gu, nominal: true, hint: /day['’]?s?\s+call/i },

  // The exchange of instruments of ratification is the entry into force, not a ratification: it goes before the
  // ratification rules so that its "ratification" is not read as one. "the day the instruments ... are exchanged" is
  // a condition, not an exchange.
  { type: "entry-into-force", re: /\b(?:entered\s+into\s+force|enters\s+into\s+force|came\s+into\s+(?:force|effect)|comes\s+into\s+(?:force|effect)|took\s+effect|takes\s+effect|went\s+into\s+effect|entry\s+into\s+force|(?:exchanged|exchange\s+of)\s+(?:the\s+)?(?:(?:instruments|letters|documents)\s+of\s+ratification|ratification\s+(?:instruments|documents|letters))|(?:instruments|letters|documents)\s+of\s+ratification\s+(?:were|have\s+been|had\s+been)\s+exchanged)\b/gi, hint: /force|effect|ratification/i },
  // ratification before agreement: "signed the law on ratification".
  // (The instruments or documents of ratification are what the two sides exchange: the entry into force above, or,
  // in "enters into force on the day the two sides exchange their instruments of ratification", a condition.)
  { type: "ratification", re: /(?<!\b(?:instruments|letters|documents)\s+of\s+)\bratif(?:ied|ies|y|ying|ication)\b(?!\s+(?:instruments|documents|letters)\b)/gi, hint: /ratif/i },
  // ("The Russian side completed its domestic procedures when Putin signed the corresponding federal law on 9
  // November": the law that completes a side's domestic procedures for a treaty is its ratification law; not "signed
  // the corresponding law on fisheries" with no procedures told.)
  { type: "ratification", re: /(?<=\b(?:domestic|internal)\s+(?:legal\s+)?procedures\b[^.;]{0,60}?\b)signed\s+(?:the|a)\s+(?:corresponding|relevant|necessary)\s+(?:federal\s+)?law\b/gi, hint: /procedures/i },
  // "the Joint Declaration adopted in Pyongyang in July 2000": a declaration is adopted by the parties that sign it, not
  // ratified (before the ratification rules, which would read a legislature's "adopted").
  { type: "agreement", re: /(?<=\b(?:[Jj]oint\s+|[\p{Lu}][\p{L}-]+\s+)[Dd]eclaration,?\s+)(?:adopted|issued)\b(?!\s+by\s+(?:the\s+)?(?:State\s+Duma|Duma|parliament|Federation\s+Council|Supreme\s+People's\s+Assembly))/gu, hint: /[Dd]eclaration/ },
  // "the two leaders adopted the Vladivostok Declaration": the same adoption told with its adopters as the subject, the
  // declaration named (a capitalised name or "joint") right after the verb; a legislature adopting one is kept out as
  // above ("the Duma adopted a declaration on the anniversary" names none and stays a legislature's act).
  { type: "agreement", re: /(?<!\b(?:State\s+Duma|Duma|parliament|Federation\s+Council|Assembly)\s+)\badopted(?=\s+(?:a|the|their)\s+(?:[Jj]oint\s+|[\p{Lu}][\p{L}-]+\s+){1,2}[Dd]eclaration\b)/gu, hint: /[Dd]eclaration/ },
  { type: "ratification", re: /\b(?:approved|passed|adopted|endorsed|backed|voted\s+(?:for|to\s+approve|in\s+favou?r\s+of))\b/gi },
  // "the Federation Council gave its approval on Wednesday": the approval told with "gave", its giver the chamber (held
  // to the legislature and document test below, as "approved" is: "the minister gave his approval to the plan" is none).
  { type: "ratification", re: /\b(?:gave|gives|has\s+given|had\s+given)\s+(?:its|their)\s+(?:final\s+)?approval\b/gi, hint: /approval/i },
  // "The Duma voted the treaty through on 24 October", "voted it through": the idiom for passing a bill, its object
  // the document (read by the legislature and document test below, as "approved" is).
  { type: "ratification", re: /\bvoted\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:treaty|agreement|pact|accord|bill|law|document))\s+through\b/gi, hint: /through/i },
  { type: "ratification", re: /\b(?:approves|passes|adopts|endorses|backs|votes\s+(?:for|to\s+approve|in\s+favou?r\s+of))\b/gi, historicalPresent: true },
  // "Thursday's vote in the State Duma", "the Duma vote on Thursday": the vote told as a noun, with its chamber
  // ("by a vote in the Assembly" is a procedure, not an event).
  { type: "ratification", re: /(?<!\b(?:pending|awaiting|await|require[sd]?|needs?|needed|seeks?|sought|seeking|for|to|subject\s+to|without)\s+(?:the\s+)?)\b(?:(?:State\s+)?Duma|Federation\s+Council|parliament(?:ary)?|upper\s+house|lower\s+house)(?:['’]s)?\s+(?:[\w-]+\s+)?(?:vote|approval)\b|(?<!\b(?:a|an|any)\s+(?:[\w-]+\s+)?)\bvote\s+(?:in|by|of)\s+(?:the\s+)?(?:State\s+Duma|Duma|Federation\s+Council|upper\s+house|lower\s+house|parliament|Supreme\s+People's\s+Assembly)\b/gi, nominal: true, hint: /vote|approval/i },

  // "Kim Jong Un matched it with a decree on November 11", "followed suit with a decree": a leader's decree in a
  // sentence about ratification is that leader's ratification (kept only when the sentence speaks of ratifying).
  { type: "ratification", re: /\bwith\s+(?:a|an|his|her|its|the)\s+(?:[\w-]+\s+){0,2}decree\b/gi, nominal: true },
  // "(a Duma vote in October, the Federation Council in early November, Putin's signature on November 9)": a leader's
  // signature in a sentence about ratification (the signer read in events.ts as a head of state right before it).
  { type: "ratification", re: /(?<=\p{Lu}[\p{L}-]*['’]s\s+)signature\b/gu, nominal: true, hint: /signature/ },
  // "Kim signed the decree ratifying the pact on Tuesday. It follows Putin's signature on Saturday.": a leader's
  // signature that a sentence right after one about ratifying says it follows, with a day of its own, is that leader's
  // step (kept only after such a sentence; "It follows Putin's signature on Saturday" after a sentence on a parade is none).
  { type: "ratification", re: /(?<=\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+)signature\b(?=\s+(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d))/gu, nominal: true, hint: /signature/, ratificationBefore: true },
  // "Putin signed the ratification law three days later. Kim's decree came the following Monday": a leader's decree
  // told as the subject of "came" or "followed", right after a sentence about ratifying, is his ratification (kept only
  // then, or when its own sentence speaks of ratifying; "Kim's decree came as a surprise" after a sentence on a parade
  // is none). Only with its own day right after the verb: "Kim's decree came two days after Putin signed" counts back
  // to another act, read in events.ts.
  { type: "ratification", re: /(?<=\p{Lu}[\p{L}-]*['’]s\s+)decree\b(?=\s+(?:came|followed)\s+(?:on\s+|the\s+(?:following|next)\s+|(?:last|that)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|day|\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d))/gu, nominal: true, hint: /decree/, ratificationBefore: true },

  // ("a sign of", "signs of" are nouns of another sense; "the signing of the treaty" is a signing.)
  // "Putin has signed the North Korea treaty into law": the law of ratification, signed by the head of state.
  // ("Putin signs North Korea treaty into law": a headline drops the article.)
  { type: "ratification", re: /\b(?:signed|signs)\b(?=\s+(?:(?:the|a|an|its|this)\s+)?(?:[\w’'-]+\s+){0,4}?(?:treaty|agreement|pact|accord|partnership)\s+into\s+law\b)/gi },
  // "X and Y put their signatures to the protocol": the idiom for signing.
  // ("put their names to it the same day", "put his name to a treaty": the idiom for signing, the name standing for
  // the signature; only "to", since "put his name on a list" is no signing.)
  // ("have put their names to what is being called the Moscow Declaration": so is putting them to a document named
  // as it is being called.)
  { type: "agreement", re: /\b(?:put|puts|putting|placed|affixed)\s+(?:their|his|her)\s+(?:own\s+)?(?:signatures?\s+(?:to|on|under)\b(?=\s+(?:the|a|an|this|that|their|its)\s)|names?\s+to\b(?=\s+(?:it\b|(?:the|a|an|this|that|their|its)\s|what\s+(?:is|was)\s+(?:being\s+)?(?:called|dubbed|known\s+as)\s)))/gi },
  // "Putin's state visit to Pyongyang on June 19th 2024 produced a partnership treaty": a past visit or talks that
  // produced a named kind of document had it signed there.
  { type: "agreement", re: /(?<=\b(?:visit|talks|summit)\b[^.;:]{0,80}?\s)produced\b(?=\s+(?:a|an|the)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:treaty|[Dd]eclaration|agreement|accord|pact)\b)/gu, hint: /produced/ },
  // "the Pyongyang Joint Declaration of 19 July 2000", "the Treaty on Friendship between the two states of 9 February
  // 2000": a document's capitalised name followed by "of" and a full day is the document signed that day. (Only a
  // name: "the talks of 9 February" or "a treaty of friendship" dates nothing; the parties are read in events.ts.)
  { type: "agreement", re: DATED_DOCUMENT_OF, nominal: true, hint: DATED_DOCUMENT_PRECHECK },
  // ("the law, signed by Putin, ratifying the treaty": a law or decree signed is an act at home, not an agreement.)
  // ("the declaration the two leaders signed that day": "that" opening a time, not a clause, keeps the signing.)
  { type: "agreement", re: /(?<!\b(?:law|decree|bill)s?,?\s+)\b(?:signed|signs|signing|sign|inked|sealed|concluded)\b(?!\s+(?:off|up|into\s+law|that\b(?!\s+(?:day|morning|afternoon|evening|night|week)\b)))(?!\s+(?:the|a|an|its|this)\s+(?:[\w’'-]+\s+){0,5}?into\s+law\b)(?!(?<=\bsigns?)\s+of\b)/gi, hint: /sign|inked|sealed|concluded/i },

  // "their last face-to-face meeting was in Pyongyang in June last year": the meeting noun as the subject of "was in
  // PLACE" (before the visit rules, whose "was in" would otherwise take the words).
  { type: "meeting", re: /\b(?:meeting|talks|summit|encounter|negotiations)\s+(?:was|were|had\s+been)\s+in(?=\s+(?:the\s+)?\p{Lu})/gu, hint: /(?:was|were|been)\s+in\s/u },

  // "Putin and Kim had spent around two and a half hours in conversation", "the two leaders then spent the afternoon in
  // talks": a pair that spends a span of hours together, talking, meets (before the visit rules, whose "spent ... in"
  // would read a stay; the pair is the subject: "Kim spent two hours in talks" names no one met, and "spent years in
  // talks" is no occasion). ("Putin and Kim spent an afternoon together in Vladivostok": an afternoon too.)
  { type: "meeting", re: /(?<=(?:\b(?:and|both)\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,5}|\b[Tt]he\s+two\s+(?:leaders|men|ministers|presidents)\s+)(?:had\s+|have\s+|then\s+)?)spent\s+["“]?(?:(?:about|around|nearly|almost|more\s+than|over|some|close\s+to)\s+)?(?:(?:an?|one|two|three|four|five|six|several|\d+)\s+(?:and\s+a\s+half\s+)?hours?|(?:the|an?)\s+(?:morning|afternoon|evening|day))["”]?\s+(?:in\s+(?:talks|conversation|discussions?)|together|talking)\b/gu, hint: /spent/ },

  // visits
  // "Shoigu attended a military parade in Pyongyang": attending something in a named place is being there (a visit
  // only when that place is abroad for the attendee: read in events.ts). A month is no place ("attended ... in July").
  // ("he attended the armistice parade there": "there" stands for a place named before, read in events.ts.)
  { type: "visit", re: /\b(?:attended|attends)\b(?=[^.;:!?]{0,100}?\b(?:(?:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}|there\b))/gu },
  // ("during President Vladimir Putin's state visit": a possessor may be a titled name.)
  // ("During Kim's journey through the Russian Far East in September 2023": a journey too, though not one home, which
  // tells where the traveller was going back to, not a visit.)
  // ("met Putin on 13 September, at the start of a week-long tour of the Russian Far East": the tour's opening too.)
  { type: "visit", re: /\b(?:[Oo]n|[Dd]uring|[Aa]fter|[Ff]ollowing|[Ii]n\s+the\s+course\s+of|[Aa]t\s+the\s+(?:start|beginning|outset)\s+of)\s+(?:[Aa]|[Aa]n|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts|(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?:visit|trip|tour|stay|journey(?!\s+(?:home|back)\b))\b/g, hint: /visit|trip|tour|stay|journey/, nominal: true, framing: true },
  // ("Moscow sent former president Dmitry Medvedev to Pyongyang for the anniversary": the one sent, named right after
  // the verb, is the traveller; a thing sent, "sent a message to Kim Jong Un", names no one. The one sent may be
  // named by a surname alone before an apposition that says who he is: "Kim sent Choe, then a party secretary, to
  // Moscow"; "sent Putin a letter to read" sends no one. A bare surname before "to" is left: a headline's "Why Putin
  // sent Shoygu to Pyongyang" lent its city to an unplaced tour in the body.)
  { type: "visit", re: /\b(?:sent|dispatched)(?=\s+(?:(?!(?:to|a|an|of|by|from|with)\s)[\p{Ll}-]+\s+){0,3}\p{Lu}\p{Ll}+(?:\s+\p{Lu}|(?=,\s+(?:then\s+|now\s+)?(?:a|an|the|his|her|its|their)\s))[^.;]{0,120}?\bto\s+(?:the\s+)?\p{Lu})/gu, travellerAfter: true, hint: /sent|dispatched/ },
  { type: "visit", re: /\b(?:[Vv]isited|[Vv]isits|[Vv]isit(?=\s+(?:the\s+)?\p{Lu}))\b/gu },
  // ("crossed the Russian border at Khasan": the border may be named by whose it is.)
  { type: "visit", re: /\bcrossed\s+(?:the\s+border\s+)?into\b|\bcrossed\s+the\s+(?:[\w-]+\s+){0,2}?border\b/gi },
  // ("Sept. 12, 2023 - Kim's train crosses the border at Khasan": a timeline's entry tells the crossing in the present.)
  { type: "visit", re: /\bcrosses\s+(?:the\s+border\s+)?into\b|\bcrosses\s+the\s+(?:[\w-]+\s+){0,2}?border\b/gi, historicalPresent: true, hint: /crosses/i },
  // ("has been paying an unofficial visit to Russia since August 20": the progressive tells a trip under way.)
  { type: "visit", re: /\b(?:paid|pays|made|makes|is\s+on|was\s+on|were\s+on|began|begins|started|wrapped\s+up|concluded|ended|completed|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:paying|making))\s+(?:a|an|his|her|their|the|its)\s+(?:[\w’'-]+\s+){0,3}?(?:visit|trip|tour)\b/gi, hint: /visit|trip|tour/i },
  // "landed in Moscow on Monday, making her first visit to Russia as minister": the participle after a comma tells the
  // same trip (not "urged him to consider making a visit", a plan).
  { type: "visit", re: /(?<=,\s*)(?:making|paying)\s+(?:a|an|his|her|their|the|its)\s+(?:[\w’'-]+\s+){0,3}?(?:visit|trip|tour)\b/gi, hint: /making|paying/i },
  // ("arrived at an agreement" is no trip.)
  // "wakes up in Pyongyang after landing at Sunan airport last night": the gerund after "after" or "upon" tells the
  // subject's arrival (not "the landing was delayed", a noun).
  { type: "visit", re: /(?<=\b(?:[Aa]fter|[Uu]pon|[Ss]ince)\s+)landing(?=\s+(?:late\s+|early\s+)?(?:in|at)\s+(?:the\s+)?\p{Lu})/gu, hint: /landing/ },
  { type: "visit", re: /\b(?:arrived|arrives|arriving|landed|lands|touched\s+down)(?!\s+at\s+(?:an?\s+|the\s+|this\s+|that\s+|a\s+common\s+)?(?:[\w-]+\s+)?(?:agreement|consensus|conclusion|decision|understanding|compromise|deal|settlement|view|position|verdict)s?\b)\s+(?:[\w’'-]+\s+){0,3}?(?:in|at|here)\b/gi },
  { type: "visit", re: /\b(?:flew|flown|flies|flying)\s+in(?:to)?\b/gi, hint: /fl(?:ew|own|ies|ying)/i },
  // "Putin's aircraft came down at Sunan airport just before 3am": a leader's plane coming down at a place is its landing
  // (only the aircraft as subject, so "prices came down in Moscow" is no arrival).
  { type: "visit", re: /(?<=\b(?:plane|aircraft|jet|airliner)\s+)came\s+down\s+(?:in|at)\b/gi, hint: /came/i },
  // "Kim's train rolled into Vladivostok on Wednesday evening": an arrival by train or motorcade told as the vehicle's
  // entry into a named place.
  { type: "visit", re: /\b(?:rolled|rolls|rolling)\s+into(?=\s+(?:the\s+)?\p{Lu})/gu, hint: /roll/u },
  // "arrived on Tuesday", "landed early on Monday", "arrived by train on Wednesday", "landed shortly before dawn":
  // an arrival whose place is the story's own city.
  // ("Shoigu arrived two days ago on a goodwill visit": so is one counted back from the report in days, not one
  // counted on from another event, "arrived two days later".)
  { type: "visit", re: /\b(?:arrived|arrives|landed|lands)\b(?=\s+(?:on|early|late|this|yesterday|today|overnight|shortly|just|the\s+same\s+day|the\s+previous\s+day|the\s+day\s+before|\d|(?:a|one|two|three|four|five|six)\s+days?\s+ago|(?:by|aboard|on\s+board)\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:train|plane|aircraft|jet|flight|car|motorcade|ship))\b|\s*[,.])/gi },
  // "entered Russia on Tuesday", "had reached the city by train": crossing into the host country.
  { type: "visit", re: /\b(?:entered|enters|reached|reaches)(?=\s+(?:Russia|North\s+Korea|the\s+(?:city|capital|country|Russian\s+Far\s+East)|Russian\s+territory|North\s+Korean\s+territory|(?:Pyongyang|Moscow|Vladivostok|Khabarovsk|Wonsan|Beijing)\b))/g },
  // "has spent this week in Moscow", "spent Monday to Wednesday in Pyongyang"
  { type: "visit", re: /\b(?:spent|spends|has\s+spent)\b(?=\s+(?:[\w’'-]+\s+){1,5}in\s+\p{Lu})/gu, hint: /spen/u },
  // "rode his armoured train to Russia's Far East", "had travelled by armoured train" (in a where-clause after the
  // place): the vehicle names the trip.
  { type: "visit", re: /\b(?:rode|took)\s+(?:his|her|their|an?|the)\s+(?:[\w’'-]+\s+){0,2}(?:train|plane|jet|aircraft)\s+to\b|\btravell?ed(?=\s+by\s+(?:[\w’'-]+\s+)?(?:train|plane|air|car|road|sea)\b(?!\s+to\b))/gi },
  // "boarded his armoured train for the Russian Far East": boarding a vehicle bound for a named place is setting off
  // there ("boarded his train home" names no place; "boarded the frigate" no journey).
  { type: "visit", re: /\bboarded\s+(?:his|her|their|an?|the)\s+(?:[\w’'-]+\s+){0,2}(?:train|plane|jet|aircraft|flight)\s+(?:for|to)\b(?=\s+(?:the\s+)?\p{Lu})/gu, hint: /boarded/u },
  // ("Putin came out to greet him at the entrance": a host who comes out to greet or welcome a guest meets him, as one
  // who greeted him does; read before the verbs of going, whose "came ... to" would take it for a trip. A person must follow: not "came out to greet the crowd".)
  { type: "meeting", re: /\b(?:came|comes|come)\s+out\s+to\s+(?:greet|welcome)\b/gi, needsPersonObject: true, hint: /came\s+out|comes\s+out|come\s+out/i },
  // ("He came to collect a photograph": "to" before a verb and its object is a purpose, no destination.)
  { type: "visit", re: /\b(?:travell?ed|travels|flew|went|came|headed|journeyed)\s+(?:[\w’'-]+\s+){0,2}?to\b(?!\s+(?!(?:the|an?|his|her|their|its|this|that)\b)\p{Ll}+\s+(?:a|an|the|his|her|their|its|some|what)\s)|\b(?:travell?ed|went|came|journeyed)\s+by\s+(?:[\w’'-]+\s+){1,2}?to\b/giu, hint: /travel|flew|went|came|headed|journeyed/iu },
  // "Kim's armoured train pulled into Vladivostok": the vehicle's arrival is the traveller's (only with the vehicle
  // as the subject: "pulled into the lead" is no trip).
  { type: "visit", re: /(?<=\b(?:train|plane|jet|motorcade)\s)(?:pulled|rolled|steamed|glided)\s+into(?=\s+\p{Lu})/gu, hint: /pulled|rolled|steamed|glided/ },
  // "Since his train rolled across the frontier river on 20 August": a train or motorcade crossing a border or a river
  // (the frontier) carries its passenger into the other country (not "the tanks rolled across the river", nor a train
  // that "rolled across the plain", inside one country).
  { type: "visit", re: /(?<=\b(?:train|motorcade)\s)(?:rolled|rolls|steamed|rumbled)\s+(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:river|border|frontier)\b/giu, hint: /rolled|rolls|steamed|rumbled/i },
  // ("Kim, who had pulled into Vladivostok station aboard his armoured train on April 24": a traveller who pulls into a
  // named station, or into a place aboard a train, arrives there too.)
  // ("pulled into Vladivostok aboard his green-and-yellow armoured train": the train may have two words before it.)
  { type: "visit", re: /\b(?:pulled|pulls)\s+into(?=\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+(?:(?:railway\s+)?station\b|(?:aboard|on\s+board|by)\s+(?:his|her|their|an?|the)?\s*(?:[\w’'-]+\s+){0,2}train\b))/gu, hint: /pull/ },
  // "stepped off his plane in Pyongyang", "set foot in North Korea": an arrival told as an image.
  // ("stepped onto the tarmac at Pyongyang's airport on 14 November": so is stepping onto the ground where one lands.)
  { type: "visit", re: /\b(?:stepped|steps)\s+(?:off|down\s+from)\s+(?:his|her|their|the|a)\s+(?:[\w’'-]+\s+)?(?:plane|train|aircraft|jet)\s+(?=(?:in|at)\s)|\b(?:stepped|steps)\s+(?:onto|on\s+to)\s+the\s+(?:tarmac|runway|platform)\s+(?=(?:in|at)\s)|\b(?:set|sets)\s+foot\s+(?=in\s)/gi },
  // "stopped in Pyongyang on July 19 on his way to a summit in Japan", "stopped off in Khabarovsk": a traveller's stop on
  // a journey is a visit to the place. (Not "the fighting stopped in March": a bare "stopped in" only with the journey
  // on, "on his way" or "en route", told after it in the clause.)
  { type: "visit", re: /\b(?:stopped|stops)\s+(?:(?:off|over)\s+(?=in\s+(?:the\s+)?\p{Lu})|(?=in\s+(?:the\s+)?\p{Lu}[^.;:]{0,80}?\b(?:on\s+(?:his|her|their)\s+way|en\s+route)\b))/gu, hint: /stop/ },
  { type: "visit", re: /\b(?:goes|heads|returns)\s+(?:[\w’'-]+\s+){0,2}?to\b|\bflies\s+(?:[\w’'-]+\s+){0,2}?to\b/gi, historicalPresent: true },
  { type: "visit", re: /\b(?:toured|tours)\b/gi },
  // "has now been to Pyongyang three times, on March 21, June 4 and June 17": each dated stay a visit.
  { type: "visit", re: /\b(?:has|have|had)\s+(?:now\s+|also\s+|already\s+|previously\s+)?been\s+to(?=\s+(?:the\s+)?\p{Lu})/gu },
  // "brought a parliamentary delegation to Pyongyang": the one who brings it travels with it.
  // ("Shoigu came in July 2023, leading the Russian delegation to the armistice anniversary": the participle too.)
  // ("led Russia's delegation to the anniversary": a country's or person's name may own the delegation.)
  { type: "visit", re: /\b(?:led|leads|leading|headed|heads|heading|brought|brings|bringing|took|takes)\s+(?:a|an|the|his|her|its|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?delegation\s+(?:to|on\s+a\s+visit\s+to)\b/gi, hint: /delegation/i },
  // "In September 2018 a delegation headed by the speaker, Matviyenko, took part in the celebrations of the founding of
  // the DPRK": a delegation led by a named person taking part in a celebration has travelled to it (read with the
  // celebration's host in events.ts; "took part in the talks" is no celebration).
  { type: "visit", re: new RegExp(String.raw`(?<=\bdelegation,?\s+(?:headed|led)\s+by\s[^.;!?]{1,120}?)\b(?:took\s+part\s+in|attended)(?=\s+${CELEBRATION_AHEAD})`, "giu"), hint: /delegation,?\s+(?:headed|led)\s+by/i },
  // "Delegations from Moscow have come to such anniversaries before; the parliament speaker led one to the republic's
  // 70th": "one" standing for a delegation led to a celebration is a delegation led there (read with the celebration's
  // host in events.ts; "led one to the conclusion" names no celebration).
  { type: "visit", re: new RegExp(String.raw`\b(?:led|headed)\s+one\s+to\b(?=\s+${CELEBRATION_AHEAD})`, "giu"), hint: /\bone\s+to\b/i },
  { type: "visit", re: /\b(?:returned|returns|came\s+back|went\s+back)\s+to\b/gi, hint: /returned|returns|back/i },
  // "A year later Kim repaid the visit, riding his train all the way to Moscow": returning a visit or a favour is a
  // journey of one's own when the sentence goes on to where it went ("with a rail journey to the Russian capital",
  // "travelling to Moscow by train"); "returned the favour, sending a delegation to Moscow" is the sender's errand, no trip.
  { type: "visit", re: /\b(?:returned|repaid)\s+(?:the|that|this)\s+(?:visit|favou?r|courtesy)\b(?=[^.;!?]*?\b(?:(?:journey|trip|visit)\s+to|(?:travell?ing|journeying|riding|flying|heading)\s+(?:[\w’'-]+\s+){0,8}?to)\s+(?:the\s+)?\p{Lu})/giu, hint: /returned|repaid/iu },
  // "Lavrov went there in October": the place is the one the sentence before ends on (read in events.ts).
  { type: "visit", re: /\b(?:went|travell?ed|flew|came|journeyed)\s+there\b/gi, hint: /there/i },
  // "Moscow has sent a string of ministers to Pyongyang. Lavrov went last October, and ...": "went" with only a month
  // after it is "went there", to the place written before (read in events.ts); "went quiet in October" is no trip.
  { type: "visit", re: /\bwent\b(?=\s+(?:last|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?(?:\s*[,.;]|\s+(?:for|and)\b))/g, hint: /went/ },
  // "last met in July in Wonsan, where the Russian minister travelled for talks": the place is the where-clause's
  // antecedent (read in events.ts).
  { type: "visit", re: /(?<=,\s+where\s+(?:[\w’'.-]+\s+){1,4})(?:travell?ed|went|flew|came|journeyed)\b(?!\s+(?:to|into|on|back|home|there)\b)/gi, hint: /,\s+where\s/i },
  // "Shoigu is Moscow's envoy to Pyongyang. He was also there on March 21": a dated stay in the place the sentence
  // before went to (read in events.ts, as for "went there").
  // ("It was his second trip this year. He was last there on March 21": the last stay before, as dated.)
  { type: "visit", re: /\b(?:was|were)\s+(?:also\s+|already\s+|previously\s+|last\s+)?there\b(?=\s+(?:on|in)\s+(?:\p{Lu}|\d))/gu, hint: /there/ },
  // "On 4 June he was back, and ...": a return with no place written, which goes where the traveller's other trips of
  // the article went (read in events.ts; with none, nothing).
  { type: "visit", re: /\b(?:was|were)\s+back\b(?=\s*[,;.]|\s+(?:again|there)\b)/gi, hint: /back/i },
  // ("21.03.2025 - Shoigu is back. Kim receives him again": so is a timeline entry's present.)
  { type: "visit", re: /\b(?:is|are)\s+back\b(?=\s*[,;.]|\s+(?:again|there)\b)/gi, historicalPresent: true },
  // "• Shoigu back in Pyongyang.": a bulletin's verbless line, a name and "back in" a named place, tells of the return
  // trip the next line dates ("flew in on Wednesday").
  { type: "visit", re: /(?<=^(?:[•▪●*-]\s*)?(?:[\p{Lu}][\p{L}’'-]*\s+){1,3})back\s+in(?=\s+(?:the\s+)?\p{Lu}[^.;!?]{0,40}\.?$)/gu, hint: /back\s+in/ },
  // "The latest in a year of Russian visits: • Lavrov, foreign minister — Wonsan, in July": a verbless bullet of a name,
  // a dash and a time (a place may come first) lists a visit; read in events.ts only under a line that announces visits.
  { type: "visit", re: /(?<=^[•▪●*]\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?:,\s+[^—–,;.]{1,60})?\s+)[—–](?=\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)?(?:in|on)\s+(?:(?:early|late|mid)[-\s]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))/gu, hint: /^[•▪●*]/, listed: true },
  // ("He travelled to Pyongyang in July 2023, and he returned in September last year": so is "returned" followed by a
  // time, not "returned home" or "returned from Moscow".)
  // ("Shoigu returned once more and met Kim": so is one followed by "once more".)
  { type: "visit", re: /\breturned\b(?=\s*[,;.]|\s+(?:again|there|last|this|once\s+more)\b|\s+(?:in|on)\s+(?:\p{Lu}|\d))/giu, hint: /returned/iu },
  { type: "visit", re: /\b(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|already\s+|previously\s+|last\s+|still\s+|currently\s+|back\s+)?in(?=\s+(?:the\s+)?\p{Lu})/gu },
  // "whose official visit began on Tuesday": the noun with its own verb reports the stay's start.
  { type: "visit", re: /\b(?:visit|trip|stay|tour)\s+(?:began|begins|started|starts|opened)\b/gi },
  // ("Lavrov's stop in the North Korean capital": a stop needs a place after it and a traveller before it.)
  { type: "visit", re: /\b(?:visit|trip|tour|journey|arrival|stay)\s+(?:to|in|of)\b|\bstop(?:over)?\s+in\b(?=\s+(?:the\s+)?\p{Lu})/giu, nominal: true, hint: /visit|trip|tour|journey|arrival|stay|stop/iu },
  { type: "visit", re: /\b(?:visit|trip|visits|trips)\b/gi, nominal: true },
  { type: "visit", re: /\bvisiting\b(?=\s+(?:\p{Lu}|(?:[\w’'-]+\s+){0,3}(?:delegation|minister|president|leader|secretary|official|envoy|chief)))/gu, nominal: true, framing: true, travellerAfter: true },

  // meetings
  // "carrying out the agreements reached by their leaders at the Vostochny Cosmodrome in September": the meeting that
  // reached them (read in events.ts only with a date and the parties, or the leaders, named after "reached").
  { type: "meeting", re: /\b(?:agreements?|understandings?|accords?|consensus|arrangements?|decisions)\s+(?:that\s+were\s+|which\s+were\s+|they\s+)?reached\b(?!\s+(?:about|over|regarding)\b)/gi, hint: /reached/i, nominal: true, outcome: true },
  // "The second, at the Russian spaceport of Vostochny in September 2023, produced invitations." (read in events.ts
  // only after a sentence with a meeting noun.)
  // ("It is the second summit between the two men. The first was held in Vladivostok in April 2019.": the ordinal as
  // the subject of "was held" or "took place"; "the talks were the second round of their dialogue; the first round took
  // place in Moscow": so is an ordinal round, or one opening the clause after a semicolon; "marked their second summit,
  // following their first on Russky Island on April 25, 2019": so is the first after "following" with its place.)
  { type: "meeting", re: /^(?:The|Their|Its)\s+(?:second|third|fourth|fifth|sixth|next|previous|last|latest|later|other)(?=,\s+(?:held\s+)?(?:in|at|on|near|off)\s)|(?:^|(?<=;\s))(?:[Tt]he|[Tt]heir|[Ii]ts)\s+(?:first|second|third|fourth|fifth|sixth|previous|last|latest|other)\s+(?:one\s+|round\s+)?(?=(?:was|were)\s+held\s+(?:in|at|on|near)\s|took\s+place\s+(?:in|at|on|near)\s)|(?<=,\s+(?:following|after)\s+)(?:their|its|the)\s+first(?=\s+(?:in|at|on|near|off)\s)/g, hint: /(?:[Tt]he|[Tt]heir|[Ii]ts)\s+(?:first|second|third|fourth|fifth|sixth|next|previous|last|latest|later|other)/, nominal: true, elided: true },
  { type: "meeting", re: /\b(?:met|meets|meet)(?:\s+with)?\b/gi },
  // ("Choe and Lavrov opened the first session of a new strategic dialogue in Moscow": a pair that opens a round of
  // talks between them sits down together; "opened a new chapter" or "opened the session of the forum" is no meeting.)
  { type: "meeting", re: /\b(?:opened|opens)\s+(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|fifth|opening|new|inaugural|\d+(?:st|nd|rd|th))\s+)?(?:round|session)\s+of\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}?(?:dialogue|talks|consultations|negotiations)\b/gi, hint: /open/i },
  // ("Before meeting Kim, Belousov sat down with No": the gerund opens the sentence too.)
  { type: "meeting", re: /\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Ww]hile|[Ww]hen)\s+(?:meeting|receiving|hosting|holding\s+talks\s+with|talking\s+with)(?=\s+(?:with\s+)?(?:\p{Lu}|the\s|his\s|her\s))/gu },
  // ("Shoigu also was having talks with the defence minister": the progressive after was/is tells talks under way, not
  // "insisted on having talks", a wish.)
  // ("also had talk with Choe", "had a long talk with him": a talk "with" someone, singular, is talks too.)
  { type: "meeting", re: /\b(?:held|holds|hold|had|has\s+held|have\s+held|conducted|holding|(?:was|were|is|are)\s+(?:also\s+)?having)\s+(?:(?:a|an|the|their|his|her|its|two|several)\s+)?(?:[\w’'-]+\s+){0,3}?(?:talks|talk(?=\s+with\b)|meeting|negotiations|consultations|discussions|summit|summit\s+talks|tête-à-tête|conversation|dialogue)\b/gi, hint: TALKS_NOUN_HINT },
  // ("held roughly two and a half hours of talks": talks counted by how long they lasted.)
  { type: "meeting", re: /\b(?:held|holds|hold|had|has\s+held|have\s+held|conducted)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than)\s+)?(?:[\w-]+\s+){1,4}?(?:hours?|minutes)\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:talks|negotiations|consultations|discussions)\b/gi, hint: /hours?\s+of|minutes\s+of/i },
  // "held the first round of a new strategic dialogue": a round of talks is a meeting.
  // ("holding a second round of "strategic dialogue" talks": a quoted name may come before the noun; "the first round
  // of what they called a strategic dialogue": so may the name they gave it.)
  // ("held what the two sides called the first session of a strategic dialogue": a session of talks is one round, and
  // the name they gave it may come before it.)
  // ("are holding the tenth session of their intergovernmental commission": so is a session of the two governments'
  // joint body; not "a session of the Security Council", one side's own.)
  { type: "meeting", re: /\b(?:held|holds|hold|had|has\s+held|have\s+held|conducted|holding)\s+(?:what\s+(?:[\w’'-]+\s+){1,3}(?:called|call|termed|dubbed)\s+)?(?:the|a|an|their|its)\s+(?:[\w’'-]+\s+){0,2}(?:round|session)\s+of\s+(?:what\s+(?:[\w’'-]+\s+){1,2}(?:called|call|termed|dubbed)\s+)?(?:(?:a|an|the|their|its)\s+)?(?:[\w’'-]+\s+){0,2}["“]?(?:[\w’'-]+["”]?\s+){0,2}(?:talks|dialogue|consultations|negotiations|(?<=\b(?:intergovernmental|joint|bilateral)\s+(?:[\w’'-]+\s+)?)(?:commission|committee))\b/gi, hint: /round|session/i },
  // ("Russia and North Korea signed a protocol on Wednesday at the end of a session of their commission": a signing at
  // the end of a session of the two governments' joint body tells that session too; not "a session of the Security
  // Council", one side's own.)
  { type: "meeting", re: /(?<=\bsign(?:ed|s)\b[^.;]{0,80}?\bat\s+the\s+(?:end|close|conclusion)\s+of\s+)(?:a|the|their|its)\s+(?:[\w’'-]+\s+)?session\s+of\s+(?:(?:the|their|its)\s+)?(?:intergovernmental|joint|bilateral)\s+(?:[\w’'-]+\s+){0,2}?(?:commission|committee)\b/gi, nominal: true, hint: /session/i },
  // "went to Moscow for the first round of the 'strategic dialogue' with Lavrov": a round of talks the trip was for.
  { type: "meeting", re: /\b(?:for|at|during|after|following)\s+(?:the|a|their|its)\s+(?:first|second|third|next|new|latest|last)\s+round\s+of\s+(?:the\s+|a\s+|their\s+|its\s+)?["“]?(?:[\w’'-]+\s+){0,2}(?:dialogue|talks|consultations|negotiations)\b["”]?/gi, nominal: true, framing: true, hint: /round/i },
  { type: "meeting", re: /\b(?:talked|conferred|consulted|negotiated)\s+with\b/gi },
  // "Kim and Putin talked last week at a Beijing guesthouse": a pair talking, with the time or place after the verb
  // (the pair is the subject; "talked about" or "talked tough" are not read).
  // ("In Vladivostok that April the two leaders talked for three hours": so is the pair named by their title, whom the
  // anaphora reads as the two leaders the article has been about.)
  { type: "meeting", re: /(?<=\b(?:(?:and|both)\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,3}|[Tt]he\s+two\s+(?:leaders|men|presidents)\s+))(?:talked|conferred)\b(?=\s+(?:last|on|in|at|for\s+(?:more|over|about|nearly|almost|\d|two|three|several)|this|yesterday|privately|again|face)\b)/gu, hint: /talked|conferred/ },
  // "have started talks in Moscow", "began their negotiations": the talks told by their start or end.
  { type: "meeting", re: /\b(?:began|begun|begin|begins|started|start|starts|opened|opens|resumed|wrapped\s+up|concluded|ended|finished|completed)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w’'-]+\s+){0,3}?(?:talks|negotiations|consultations|discussions|dialogue)\b/gi, hint: TALKS_NOUN_HINT },
  // "The 10th meeting of the intergovernmental committee ... took place in Pyongyang on November 15", "The previous
  // round of talks took place in Wonsan": the meeting noun as the subject of "took place" or "was held".
  // ("The 10th session of the Intergovernmental Commission for Cooperation in Trade, Economy, Science and Technology
  // between the Government of the ... and the Government of the Russian Federation took place": state media write the
  // body's full name, so the noun may stand a long way before its verb.)
  // ("The first strategic dialogue between the foreign ministers ... was held in Moscow": a round of a named dialogue
  // too, the noun qualified as one; a bare "dialogue was held" may be a forum of many.)
  { type: "meeting", re: /(?<=\b(?:meeting|talks|summit|negotiations|consultations|session|(?<=\b(?:strategic|bilateral|first|second|third|latest)\s+)dialogue)\b(?:\s+(?:of|between|with|on|in|for|and)\b[^.;!?]{0,240}?)?\s+)(?:took\s+place|was\s+held|were\s+held|has\s+been\s+held|have\s+been\s+held)\b/gi, hint: /took\s+place|(?:was|were|been)\s+held/i },
  // "The commission's tenth session, held the day after his arrival, ended with ...": the same as a participle set off
  // by commas after the noun.
  { type: "meeting", re: /(?<=\b(?:meeting|talks|summit|negotiations|consultations|session),\s+)held\b(?=\s+(?:on|in|at|the|last|this|a|an|\d)\b)/gi, hint: /,\s+held/i },
  // "Russian and North Korean officials gathered in Pyongyang on 15 November for the tenth session of their commission":
  // officials of the sides gathering for a session or round of their joint body hold it (named later, by its co-chairs;
  // "officials gathered outside the embassy" is no session).
  { type: "meeting", re: /(?<=\b(?:officials|delegations|delegates|ministers)\s+)(?:gathered|convened)\b(?=[^.;]{0,80}?\bfor\s+(?:the|a|their|its)\s+(?:[\w’'-]+\s+){0,2}(?:session|round|meeting)\s+of\s+(?:the|their|its|a)\s+(?:[\w’'-]+\s+){0,3}(?:commission|committee|dialogue|talks|consultations)\b)/g, hint: /gathered|convened/ },
  { type: "meeting", re: /\b(?:co-?chaired|co-?hosted)\b/gi },
  // "Kozlov and his counterpart Yun chaired the commission's tenth session": a pair that chairs a session together
  // holds it with each other, as co-chairs do. (A pair named as the subject, a name or "his counterpart" after "and";
  // "Shoigu chaired a session of the Security Council" chairs a meeting of his own side.)
  // ("Kozlov, and North Korea's minister of external economic relations, Yun Jong Ho, chaired the session": the second
  // may be named by his office first and his name set off by commas after it, when a name stands right before "and".)
  // ("he and Yun Jong Ho, the North's minister of external economic relations, chaired the session": or named first, his
  // office set off by commas after the name.)
  { type: "meeting", re: /\b(?=chaired\b|presided\s+over\b)(?<=\band\s+(?:(?:his|her|their)\s+(?:[\w’'-]+\s+)?counterparts?\b[^.;!?]{0,100}?|(?:[\w’'-]+\s+){0,8}?\p{Lu}[\p{L}’'-]*|(?<=\p{Lu}[\p{L}’'-]*,\s+and\s+)(?:[\w’'-]+\s+){0,8}?[\w’'-]+,\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*,\s+(?:the|his|her)\s+[^,;.!?]{1,80},)[\s,]+)(?:chaired|presided\s+over)(?=\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,3}(?:session|sitting|meeting)\b)/gu, hint: /chaired|presided/ },
  // "Wednesday's session was chaired jointly with Yun": a session chaired with the other side's co-chair.
  { type: "meeting", re: /\b(?:chaired|presided\s+over)\s+jointly\s+(?=with\b)|\bjointly\s+chaired\s+(?=with\b)/gi },
  // ("made a rail journey across Russia, sitting down with Putin in the Kremlin on 4 August 2001": the participle set
  // off by a comma too; "Lee was at the G7 as Shoigu was sitting down with Kim" is a backdrop, its subject not Lee.)
  // ("he and his counterpart Yun sat down for the tenth session of the commission": sitting down for talks or a session
  // is holding them; not "sat down for an interview" or "for dinner".)
  { type: "meeting", re: /\bsat\s+down\s+for\s+(?:(?:the|a|an|their|its|two|several)\s+)?(?:[\w’'-]+\s+){0,4}?(?:talks|session|meeting|round|negotiations|consultations)\b/gi, hint: /sat\s+down\s+for/i },
  { type: "meeting", re: /\b(?:sat\s+down|(?<=,\s)sitting\s+down|shook\s+hands|shakes\s+hands|shaking\s+hands|exchanged\s+views|exchanged\s+opinions)\s+with\b/gi, hint: /sat|sitting|shook|shakes|shaking|exchanged/i },
  // "the minister sat down in Moscow with his counterpart": the place of the talks may stand between "sat down" and
  // "with" (a named place of one to three capitalised words; a person or a counterpart after "with": "sat down in
  // Moscow with a cup of tea" is no meeting).
  { type: "meeting", re: /\bsat\s+down\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}with\b(?=\s+(?:\p{Lu}|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b))/gu, needsPersonObject: true, hint: /sat\s+down/i },
  // "went straight into talks with his counterpart": entering talks with a person is holding them.
  { type: "meeting", re: /\b(?:went|goes|go|going|gone|moved|entered)\s+(?:straight\s+|directly\s+|immediately\s+)?into\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|meeting|consultations)\s+with\b/gi, hint: /into/i },
  // "The two foreign ministers faced each other across the negotiating table on Monday": a pair seated across a table
  // from each other holds talks (a table, not "across the border" or "across the hall").
  { type: "meeting", re: /\b(?:faced|face|faces|sat|sit|sits)\s+each\s+other\s+across\s+(?:a|the)\s+(?:[\w-]+\s+)?table\b/gi, hint: /each\s+other\s+across/i },
  // "by the evening he was sitting across a table from Kim": seated face to face with a person is a meeting with him.
  // (The person, or a title, right after "from": "across the table from a portrait of Kim" is no meeting.)
  // ("he was seated opposite Kim": the same, with "opposite".)
  { type: "meeting", re: /\b(?:sat|sitting|seated)\s+(?:down\s+)?(?:across\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?table\s+)?from|opposite)\b(?=\s+(?:\p{Lu}|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b))/gu, needsPersonObject: true, hint: /across|opposite/i },
  // ("Kim and Shoigu sit across from each other at the table", "shows Lavrov and Choe sitting opposite each other": a
  // pair seated face to face is met, the pair its subject.)
  { type: "meeting", re: /\b(?:sit|sits|sat|sitting|seated)\s+(?:down\s+)?(?:across\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?table\s+)?from|opposite)\s+(?=each\s+other\b|one\s+another\b)/gi, hint: /across|opposite/i },
  // ("Putin and Kim walk together at the cosmodrome on 13 September", a caption's: a pair walking together is met.)
  { type: "meeting", re: /\b(?:walk|walks|walked|walking|stroll|strolls|strolled|strolling)\s+together\b(?!\s+with\b)/gi, hint: /together/i },
  // "Lavrov and Choe shake hands in Moscow before their talks": a pair's handshake (the pair is the subject).
  // ("Kim and Russian President Vladimir Putin shake hands at the spaceport", a caption's: the second of the pair may
  // carry a title of two words before the full name.)
  { type: "meeting", re: /(?<=\b(?:and|both)\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,5})(?:shook|shake)\s+hands\b(?!\s+with\b)/gu, hint: /(?:shook|shake)\s+hands/ },
  // ("Kim's car pulls up and the two men shake hands": or a pair told as "the two", which the pair before resolves; not
  // "the two teams shook hands", nor "the two men did not shake hands".)
  { type: "meeting", re: /(?<=\bthe\s+two\s+(?:men|women|leaders|presidents|(?:foreign\s+|defen[cs]e\s+)?ministers|counterparts)\s+)(?:shook|shake)\s+hands\b(?!\s+with\b)/gi, hint: /(?:shook|shake)\s+hands/i },
  // "Kim clasped Lavrov's hand at the foot of the steps": taking a named person's hand is meeting him (a name and its
  // possessive right after the verb; "clasped his hands in prayer" and "shook the hand of a soldier" name no one).
  { type: "meeting", re: /\b(?:shook|clasped|grasped|gripped)\b(?=\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*['’]s?\s+hand\b)/gu, hint: /shook|clasped|grasped|gripped/ },
  { type: "meeting", re: /\b(?:shakes|clasps|grasps|grips)\b(?=\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*['’]s?\s+hand\b)/gu, hint: /shakes|clasps|grasps|grips/ },
  // "The two leaders first sat down together on Russky Island": the parties are the verb's plural subject.
  { type: "meeting", re: /\bsat\s+down\s+(?:together|face\s+to\s+face|one[-\s]on[-\s]one)\b/gi },
  // ("The following morning the two ministers sat down for the second round": a pair named as such sat down with each
  // other.)
  // ("12:15 - The two leaders have sat down at the guesthouse": so in the present perfect, a live page's news.)
  { type: "meeting", re: /(?<=\bthe\s+two\s+(?:ministers|leaders|presidents|men|diplomats|counterparts|sides)\s+(?:have\s+|had\s+)?(?:then\s+|again\s+|finally\s+|now\s+)?)sat\s+down\b(?!\s+with\b)/gi, hint: /sat\s+down/i },
  { type: "meeting", re: /\b(?:received|receives|greeted|greets|hosted|hosts|welcomed|welcomes|embraced|hugged)\b/gi, needsPersonObject: true },
  // ("On Monday Putin made time for the minister, receiving her at the Kremlin": a participle set off by a comma after
  // the main clause, a person or pronoun right after it, tells the subject's act on the main clause's occasion. Not
  // one receiving a thing, "receiving a letter", nor a welcome at the plane, read as no meeting.)
  { type: "meeting", re: /(?<=,\s+)receiving\b(?=\s+(?:him|her|them|(?:President|Chairman|Minister|Foreign\s+Minister)\s+\p{Lu}|\p{Lu}[\p{L}’'-]*\s+\p{Lu})(?![^.;]{0,60}\b(?:airport|airfield|tarmac|runway|station|platform)\b))/gu, needsPersonObject: true, hint: /,\s+receiving/ },
  // "met Lavrov on Wednesday, and was then granted an audience with Putin the same afternoon": "was granted an audience
  // with" is told as "was received by" is, a verb of the clause subject that shares the day of the verb before it. (Only
  // the passive with a person after "with": "Kim granted an audience to the delegation" names no one received.)
  { type: "meeting", re: /(?<=\b(?:was|were)\s+(?:(?:then|later|afterwards|also|subsequently|finally)\s+)?)granted\b(?=\s+(?:an?\s+)?(?:[\w’'-]+\s+)?audience\s+with\s+(?:\p{Lu}|(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}(?:leader|president|head)\b))/gu, needsPersonObject: true, hint: /granted/ },
  // "Pool pictures show Medvedev greeting Kim at the garrison": pictures showing one leader greeting another tell the
  // greeting itself (the participle right after the person the pictures show, and a person right after it: pictures
  // "showing Shoigu greeting the crowd" tell no meeting; nor do pictures of a welcome at the plane or the station,
  // "footage showed Choe greeting Lavrov on the tarmac").
  { type: "meeting", re: /(?<=\b(?:[Pp]ictures|[Ff]ootage|[Ii]mages|[Pp]hotos|[Pp]hotographs|[Vv]ideo|[Tt]elevision|TV)\s+(?:show|shows|showed)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})(?:greeting|welcoming|embracing|hugging|receiving)\b(?=\s+(?:him|her|\p{Lu}))(?![^.;]{0,80}\b(?:airport|airfield|tarmac|runway|station|platform|plane|aircraft|train|border)\b)/gu, needsPersonObject: true, hint: /greeting|welcoming|embracing|hugging|receiving/ },
  // "held talks with Ri before being taken to see Kim": a guest taken (or going) to see a named person meets him.
  // ("was ushered in to see Kim": shown in to him.)
  // ("was shown into the Kremlin to see Putin": so is a guest shown or led into a named building to see him.)
  { type: "meeting", re: /(?<=\b(?:taken|brought|driven|escorted|went|gone|ushered(?:\s+in)?|(?:shown|ushered|led)\s+(?:in|into\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}))\s+)to\s+see\b(?=\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,4}?\p{Lu}[\p{L}’'-]*\b)/gu, needsPersonObject: true, hint: /to\s+see/ },
  { type: "meeting", re: /\bdiscussed\b(?=[^.;]{0,100}\bwith\b)/gi, needsPersonObject: false },
  { type: "meeting", re: /\bpaid\s+a\s+courtesy\s+(?:call|visit)\s+(?:on|to)\b/gi, framing: true },
  // "signed the protocol at the close of the commission's tenth session": the session the signing ended is a meeting
  // of the signers ("session" alone is read only here, where its close frames what the parties did).
  { type: "meeting", re: /\b(?:at|after|by)\s+the\s+(?:close|end|conclusion)\s+of\s+(?:the|a|an|their|its|this)\s+(?:[\w’'-]+\s+){0,3}?(?:session|meeting|talks|negotiations)\b/gi, nominal: true, framing: true, hint: TALKS_NOUN_HINT },
  // ("Kim and Putin greet each other at the start of their first summit": the start or opening of the meeting frames
  // what the parties do at it, a caption's usual way; "at the start of the year" names no meeting.)
  { type: "meeting", re: /\b(?:(?:during|at|in|after|following|on\s+the\s+sidelines\s+of)\s+(?:the\s+(?:start|beginning|opening|outset)\s+of\s+)?(?:a|an|the|their|his|her|its)\s+|(?:for|after|following(?!\s+up\b)|during)\s+)(?:[\w’'-]+\s+){0,3}?(?:meeting|talks|summit|negotiations|consultations|encounter|discussions|tête-à-tête|conversation)\b/gi, hint: /meeting|talks|summit|negotiations|consultations|encounter|discussions|tête-à-tête|conversation/i, nominal: true, framing: true },
  // "She was driven to the Kremlin for an audience with the president": an audience a journey was made for, in the
  // past, frames the journey's act as "for talks with" does (only after a verb of going or being taken there, and with
  // its party: "asked for an audience", "hopes for an audience with Putin" tell none).
  // ("On Friday he was back, for his third audience with the leader": a traveller told as back, there or in a named
  // place, for an audience, his own or a numbered one; "he was back on the subject of an audience" is none.)
  { type: "meeting", re: /(?<=\b(?:(?:driven|taken|brought|escorted|went|came|flew|travell?ed|headed|returned)\s+(?:back\s+)?to\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}|(?:was|were)\s+back(?:\s+(?:there|in\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}))?,?)\s+)for\s+(?:(?:an?|his|her|their)\s+)?(?:[\w’'-]+\s+)?audience\b(?=\s+with\s)/gu, nominal: true, framing: true, hint: /audience/ },
  // "Kim's talks with Putin, held in Vladivostok on Thursday": the participle reports the noun as held.
  { type: "meeting", re: /\b(?:meeting|talks|summit|negotiations|consultations)\b[^.;,]{0,80},\s+(?:held|(?:which|that)\s+(?:were|was)\s+held|(?:which|that)\s+took\s+place)(?=\s+(?:in|at|on)\b)/gi, hint: /held|took\s+place/i },
  // ("the second round of their strategic dialogue, held between Lavrov and Choe in Wonsan": a round of a dialogue,
  // of talks or of consultations, reported as held between two people or at a place, is their meeting too. Not "a
  // round of sanctions, held up in Congress".)
  { type: "meeting", re: /\b(?:round|session)\s+of\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w’'-]+\s+){0,3}?(?:dialogue|talks|consultations|negotiations)\b[^.;,]{0,40},\s+(?:held|(?:which|that)\s+(?:were|was)\s+held)(?=\s+(?:between|in|at|on)\b)/gi, hint: /held/i },
  // "Choe told Lavrov on Friday that ..., in talks held in Moscow": the talks frame the verb of saying and its date.
  { type: "meeting", re: /\bin\s+(?:the\s+)?talks\s+(?:held|conducted)\s+(?=(?:in|at)\b)/gi, nominal: true, framing: true },
  // "spent Monday in talks with Lavrov": the day spent is the talks' date. (Not "spent years in talks".)
  { type: "meeting", re: /\bspent\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+(?:(?:next|following|same)\s+)?day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s+in\s+(?:talks|negotiations|consultations|meetings)\b(?=\s+with\b)/gi, nominal: true, framing: true },
  // ("Last Thursday he spent the morning in talks with Choe": a part of a day, or a few hours, spent in talks with
  // someone is the subject's meeting with him, dated by the sentence, as "held talks with" is. Not "spent years in
  // talks with".)
  // ("after she had spent the earlier part of the same day in talks with Lavrov": so is the earlier or first part of a
  // day; not "the better part of a year".)
  { type: "meeting", re: new RegExp(String.raw`\bspent\s+${SPENT_ABOUT}(?:${SPENT_PART_OF_DAY}|the\s+(?:earlier|early|first|latter|later)\s+part\s+of\s+(?:the|that)\s+(?:same\s+)?(?:day|morning|afternoon)|${SPENT_HOURS})\s+in\s+(?:talks|negotiations|consultations)\b(?=\s+with\b)`, "gi"), hint: /spent/i },
  // ("The next day she spent three hours with her counterpart, Ri Son Gwon": a few hours, or a part of a day, spent
  // with a person named or a counterpart is the subject's meeting with him, as "spent two hours in talks with" is. Not
  // "spent several hours with reporters": the object must be a person read in the sentence.)
  { type: "meeting", re: new RegExp(String.raw`\bspent\s+${SPENT_ABOUT}(?:${SPENT_PART_OF_DAY}|${SPENT_HOURS})\s+with\b(?=\s+(?:(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}counterparts?\b|\p{Lu}))`, "gu"), needsPersonObject: true, hint: /spent/i },
  // "a strategic dialogue the two ministers launched in Moscow in November", "the dialogue, begun in Moscow": the
  // talks told by their start in a clause after the noun. ("Talks between the two defence ministers began in the
  // afternoon": also after a between-phrase of a few words naming the parties; not "began to stall". "Talks between
  // the two leaders are under way": so are talks going on as the report is written.)
  { type: "meeting", re: /(?<=\b(?:dialogue|talks|consultations|negotiations)\s+(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,4}?)(?:launched|began|opened|started)\b|(?<=\b(?:dialogue|talks|consultations|negotiations),?\s+)(?:launched|begun|opened|started)(?=\s+(?:in|at|on|last)\b)|(?<=\b(?:talks|consultations|negotiations)\s+between\s+(?:[\w’'-]+\s+){1,7}?)(?:began|opened|started|(?:are|is|were|was)\s+(?:now\s+)?under\s?way|(?:have|has)\s+(?:now\s+)?(?:begun|opened|started))\b(?!\s+to\b)/gi, hint: /launched|began|begun|opened|started|under\s?way/i },
  // "13:05 MSK - Talks are under way at the Russian Foreign Ministry", "The talks have ended": a live entry's talks
  // told bare, going on or just over (their parties are the ones announced earlier: read in events.ts).
  // ("12:50 - The Lavrov-Choe talks are over": so are talks named by their pair and told over.)
  { type: "meeting", re: new RegExp(String.raw`(?<=^(?:${LIVE_STAMP}\s*)?)(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}]+[-–]\p{Lu}[\p{L}]+\s+)?[Tt]alks\s+(?:(?:are|is)\s+(?:now\s+)?(?:under\s?way|over)|have\s+(?:now\s+)?(?:ended|begun|started|finished|concluded))\b`, "gu"), hint: /talks/i },
  // "Kim personally showed him an exhibition of weapons", "Manturov walked the leader through the plant": a host
  // showing a guest something in person (the host named before the verb, the guest after it: read in events.ts).
  // ("Putin gave him a tour of the spaceport": the same, told with a noun; "Shoigu took him to an airfield to see the
  // bombers": the same, told as taking him there.) ("walked him past a line of officials", "past the guard of
  // honour": a guest led along those who wait to greet him is the welcome, not a tour.) ("Manturov is showing him
  // round the plant", in live coverage: the progressive after "is" tells the showing under way; not "footage showing
  // him", a participle.)
  // ("Shoigu takes him to see strategic bombers": taking a guest straight "to see" arms, craft or a works, with no
  // place between, is the showing too; "took him to see Putin" is the meeting read elsewhere, not a showing.)
  // ("walked Kim along a row of the strategic bombers": along a row of arms or craft, what is shown; "along a line of
  // officials" is the welcome.)
  { type: "meeting", re: /\b(?:showed|shows|guided|guides|escorted|escorts)\b|(?<=\b(?:is|are)\s+)(?:showing|guiding|escorting)\b|\b(?:gave|gives)\b(?=\s+(?:him|her|them|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+a\s+(?:personal\s+|guided\s+)?tour\b)|\b(?:walked|walks|took|takes)\b(?=\s+(?:him|her|them|the\s+(?:[\w’'-]+\s+){0,4}?|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,5}\s+)(?:through|around|round|past(?!\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:(?:lines?|rows?)\s+of|honou?r\s+guards?|guards?\s+of\s+honou?r)\b)|along(?=\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:lines?|rows?)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:aircraft|bombers|fighters|jets|planes|missiles|rockets|launchers|tanks|vehicles|weapons|ships|warships|submarines|drones|guns|systems|exhibits)\b))\b)|\b(?:walked|walks)\b(?=\s+(?:him|her|them|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+across\b)|\b(?:took|takes)\b(?=\s+(?:him|her|them|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+to\s+(?:[^,.;:]{1,60}?\s+to\s+(?:see|inspect|view|tour)\b|(?:see|inspect|view|tour)\s+(?:(?:the|a|an|its|his|her|their|some)\s+)?(?:[\w’'-]+\s+){0,3}?(?:aircraft|bombers|fighters|jets|planes|missiles|rockets|launchers|tanks|weapons|warships|ships|frigates?|submarines|drones|exhibits|exhibition|factory|plant|shipyard|facilit(?:y|ies)|fleet)\b))/giu, needsPersonObject: true, show: true, hint: /show|guid|escort|gave|gives|walk|took|takes/iu },
  // ("Kim walking Russia's defence minister, Sergei Shoigu, through an exhibition", "He personally led the visiting
  // minister, Sergei Shoigu, around a hall": so is a host walking or leading a guest, named after his title, through or
  // around a site; not "led the minister, Sergei Shoigu, through the talks", no site.)
  { type: "meeting", re: /\b(?:walked|walks|walking|led|leads|leading)\b(?=\s+(?:\p{Lu}[\p{L}’'-]*['’]s\s+|the\s+)(?:[\p{Ll}-]+\s+){0,3}(?:minister|leader|president|chief|secretary|guest|visitor|envoy),\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}?\p{Lu}[\p{L}’'-]*,\s+(?:through|around|round)\s+(?:a|an|the|its|his|her)\s+(?!(?:[\w’'-]+\s+){0,2}?(?:talks|negotiations|discussions|agenda|process|details|programme|program|plans?|crisis|motions)\b))/gu, needsPersonObject: true, show: true, hint: /walk|\bled\b|lead/u },
  // ("Manturov had shown the North Korean leader the factory": the pluperfect too, with the guest and the thing shown
  // after it; "the exhibition Kim had shown Shoigu in Pyongyang" names the thing before it, another occasion's. Case
  // matters here, so it stands apart from the rule above.)
  { type: "meeting", re: /(?<=\bhad\s+(?:already\s+)?)shown\b(?=\s+(?:him|her|them|the\s+(?:[\w’'-]+\s+){0,3}?(?:leader|president|minister|guest|visitor)|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:the|a|an|his|her|its|their|round|around)\s)/gu, needsPersonObject: true, show: true, hint: /shown/ },
  // ("Ishayev took the North Korean leader on a tour of the dam": the host who takes a guest on a tour shows him the
  // place, and travels nowhere himself.)
  { type: "meeting", re: /\b(?:took|takes)\b(?=\s+(?:him|her|them|the\s+(?:[\w’'-]+\s+){0,4}?|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+)on\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?tour\b)/gu, needsPersonObject: true, show: true, hint: /took|takes/ },
  // "The next day Kim was given a tour of the shipyard by Putin": the same told in the passive, the guest the subject
  // and the host after "by" (the host must be named: "was given a tour of the plant by its director" tells none).
  { type: "meeting", re: /(?<=\b(?:was|were)\s+)given\b(?=\s+(?:a|an)\s+(?:personal\s+|guided\s+|private\s+)?tour\s+of\s+[^,.;:!?]{1,60}?\s+by\s+\p{Lu})/gu, needsPersonObject: true, show: true, hint: /given/ },
  // "Kim listens as Deputy Prime Minister Manturov explains the production line": listening while someone named
  // explains or shows something is being shown round by him, a meeting of the two.
  { type: "meeting", re: /\b(?:listens|listened)\b(?=\s+(?:intently\s+|closely\s+)?as\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,6}(?:explains|explained|describes|described|briefs|briefed|shows|showed)\b)/gu, hint: /listen/ },
  { type: "meeting", re: /\b(?:meeting|talks|summit|negotiations|consultations|encounter|tête-à-tête|banquet|reception|luncheon)\b|\baudience\b(?!\s+of\b)/gi, nominal: true },
  // "the conversation between the heads of state in Beijing on September 3": a conversation whose parties are followed
  // by the place they were in is face to face ("the conversation between the two presidents" alone may be a call).
  { type: "meeting", re: /\bconversation\b(?=\s+between\s+[^.;,]{1,60}?\s+in\s+\p{Lu})/gu, nominal: true, hint: /conversation/i },

  { type: "exercise", re: /\b(?:joint\s+)?(?:military|naval|air|army)?\s*(?:drills|exercises|war\s+games|manoeuvres|maneuvers)\b/gi, nominal: true, hint: /drills|exercises|war\s+games|manoeuvres|maneuvers/i },
];

const AGREEMENT_NOUN = /\b(agreement|agreements|treaty|treaties|accord|accords|memorandum|memoranda|mou|protocol|protocols|pact|deal|deals|contract|contracts|plan|programme|program|declaration|documents?|roadmap|communiqu[eé]|convention|charter)\b/i;
const LAW_NOUN = /\b(law|laws|decree|bill|legislation)\b/i;

const NEGATION_BEFORE = /\b(?:not|never|no|n['’]t|neither|nor|without|denied|deny|denies|refused|declined|failed\s+to|cancel(?:l)?ed|called\s+off|postponed)\s+(?:[\w’'-]+\s+){0,2}$/i;
const MODAL_BEFORE = /\b(?:will|would|shall|could|might|may|should|must|can|cannot|to|going\s+to|wants?\s+to|hopes?\s+to)\s+(?:(?:also|soon|then|still|again|both|jointly|now|later|personally|officially|eventually|possibly|likely|reportedly)\s+)?(?:be\s+)?$/i;
// ("the treaty that parliament is about to finish ratifying": "about to" tells a step still to come.)
const PLAN_BEFORE = /\b(?:(?:plans?|planned|planning|intends?|intended|expected|set|due|scheduled|slated|poised|about|likely|ready|agreed|agree|agrees|aims?|aiming|seeks?|seeking|proposed|proposes|offered|hopes?|hoping|wish(?:es)?|wants?|eager|willing|prepared|preparing|going|able|unable|unlikely|refused|declined|decided|invited|asked|urged)\s+to\s+(?:[\w’'-]+\s+){0,3}|(?:(?:invited|invitation|invite|invites|asked|urged)\s+(?:[\w’'-]+\s+){0,3}(?:to|for)|preparations?\s+for|preparing\s+for|ahead\s+of|in\s+anticipation\s+of|possibility\s+of|prospects?\s+(?:of|for)|talk\s+of|speculation\s+(?:about|of|over|on)|hopes\s+for|calls?\s+for|called\s+for|push\s+for|pushing\s+for)\s+(?:[\w’'-]+\s+){0,4}|(?:upcoming|forthcoming|planned|proposed|possible|potential|prospective|future|next(?!\s+(?:day|morning|afternoon|evening)\b)|anticipated|expected|rumou?red|mooted|imminent|impending|pending|would-be|likely|scheduled|return|reciprocal)\s+(?:[\w’'-]+\s+){0,2})$/i;
/** "signed a decree of the chairman of the State Affairs Commission on Monday to": a signed instrument whose purpose follows. */
const SIGNED_INSTRUMENT_TO = /\b(?:signed|signs|has\s+signed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:decree|law|bill|order|ordinance)\b[^.;!?]{0,100}?\bto\s+$/i;
/** "high-level ", "top level ": the rank of the exchanges a plural noun after it names ("further high-level visits"). */
const LEVEL_BEFORE = /(?<!\bat\s+)\b(?:[\p{L}]+-level|(?:high|top|senior|working|ministerial|leaders?|summit|expert)\s+level)\s+$/iu;

/** " to Moscow has still not been given a date", " has yet to be scheduled": a noun whose day is not fixed yet. */
const NO_DATE_YET_AFTER = /^\s+(?:[^,;:.()—–]{1,50}?\s+)?(?:(?:has|have|had)\s+(?:still\s+|yet\s+)?(?:not|never)\s+(?:yet\s+)?been|(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+be|(?:is|are|was|were)\s+(?:still\s+)?(?:not\s+yet|yet\s+to\s+be))\s+(?:given\s+a\s+(?:firm\s+|fixed\s+)?date|dated|scheduled|fixed|set)\b/i;

const CLAUSE_FUTURE = /\b(?:will|shall|would|could|might|is\s+due|are\s+due|was\s+due|were\s+due|is\s+to|are\s+to|is\s+expected|are\s+expected|was\s+expected|is\s+scheduled|are\s+scheduled|is\s+set\s+to|are\s+set\s+to|plans?\s+to|planning\s+to|intends?\s+to|hopes?\s+to|wants?\s+to|may|must)\b/i;
const CLAUSE_PLAN = /\b(?:preparations?|preparing|possible|possibility|prospects?|speculat\w+|rumou?rs?|talk\s+of|idea\s+of|upcoming|forthcoming|planned|proposed)\b(?:\s+[\w’'-]+){0,8}\s*$/i;
// ("Shoigu, once defence minister and now ...": "once" before a bare title is "formerly", no condition; nor is "he flew
// in once more", "at once" or "more than once".)
const CONDITIONAL = /\b(?:if|unless|whether|should\s+\w+\s+(?:visit|meet)|in\s+case|(?<!\b(?:at|than)\s)once(?!\s+(?:more|again)\b)(?!\s+(?:[\w-]+\s+){0,2}(?:minister|president|premier|leader|chief|head|secretary|ambassador|envoy|general|commander|speaker|chairman|governor)\b))\b/i;
/** A non-restrictive relative clause set off by commas: ", which binds each side if attacked,". */
const CLOSED_RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\s[^,;:]{1,120},/g;
const HEDGE = /\b(?:reportedly|allegedly|purportedly|apparently|is\s+believed|are\s+believed|was\s+believed|were\s+believed|is\s+said\s+to|are\s+said\s+to|unconfirmed|sources\s+(?:said|say)|rumou?rs?)\b/i;
const GENERIC = /\b(?:several\s+times|many\s+times|multiple\s+times|numerous|repeatedly|regularly|frequent(?:ly)?|often|series\s+of|twice|three\s+times|four\s+times|on\s+(?:several|multiple|numerous|many)\s+occasions|(?:on\s+)?more\s+than\s+(?:once|one\s+occasion)|every\s+year|annual(?:ly)?|each\s+year|routinely|occasional(?:ly)?|a\s+number\s+of|so\s+far\s+this\s+year)\b/i;

/** The clause the trigger sits in: text back to the previous clause boundary. */
function clauseBefore(sentence: string, pos: number): string {
  const before = sentence.slice(0, pos);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(" — "), before.lastIndexOf(" – "), before.lastIndexOf(": "));
  return before.slice(cut + 1);
}

function windowBefore(sentence: string, pos: number, words: number): string {
  const clause = clauseBefore(sentence, pos);
  const parts = clause.split(/\s+/).filter((p) => p !== "");
  return `${parts.slice(-words).join(" ")} `.replace(/^\s+/, "");
}

function isAgreementSigning(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 140);
  const before = sentence.slice(Math.max(0, start - 120), start);
  const afterClause = after.split(/[;]|\bwhile\b|\bwhich\b/)[0];
  if (LAW_NOUN.test(afterClause.slice(0, 40)) && /ratif/i.test(sentence)) return false;
  if (AGREEMENT_NOUN.test(afterClause)) return true;
  // passive: "the treaty, signed in June", "the pact they signed"
  const beforeClause = before.split(/[;]/).pop() ?? "";
  if (AGREEMENT_NOUN.test(beforeClause.slice(-80))) return true;
  // "the Treaty on Comprehensive Strategic Partnership between Russia and the DPRK, which the leaders of the two
  // countries signed": the relative pronoun stands for the document named before it, however long its subject.
  const head = sentence.slice(0, start);
  const relative = /\b(?:which|that)\s+[^,;]{0,70}$/.exec(head);
  if (relative !== null && AGREEMENT_NOUN.test(head.slice(0, relative.index).slice(-90))) return true;
  // "a protocol that Kozlov and his counterpart, the North's economic minister Yun Jong Ho, signed": the subject may
  // carry an appositive set off by commas, closed right before the verb.
  const appositive = /\b(?:which|that)\s+[^,;.]{1,70},\s+[^,;.]{1,90},\s+$/.exec(head);
  if (appositive !== null && AGREEMENT_NOUN.test(head.slice(0, appositive.index).slice(-40))) return true;
  // "The Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK was signed in
  // Pyongyang": a passive whose subject is the document's capitalised name opening the sentence, however long.
  // ("The Treaty on Partnership says it was signed ..." has a verb of its own between the name and the passive.)
  if (OPENING_DOCUMENT_PASSIVE.test(head)) return true;
  // ("That treaty, which binds each side if the other is attacked, was signed by Putin and Kim": a passive whose
  // subject is the document, a relative clause set off by commas between them.)
  if (/,\s+(?:was|were|had\s+been)\s+$/.test(head) && AGREEMENT_NOUN.test(head.replace(CLOSED_RELATIVE_CLAUSE, ",").slice(-60))) return true;
  // "The treaty dates from 19 June, when the two leaders put their names to it": "it" stands for the document the
  // sentence opens with, however far back.
  return /^\s+it\b/i.test(after) && SUBJECT_DOCUMENT.test(head) && !LAW_NOUN.test(head.slice(0, 40));
}
const OPENING_DOCUMENT_PASSIVE = new RegExp(String.raw`^(?:The|This|Its|Their)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Treaty|Declaration|Agreement|Accord|Pact|Memorandum|Protocol|Charter|Convention)${DOCUMENT_NAME_WORDS}\s+(?:was|were|had\s+been)\s+$`, "u");
/** A signed document's noun: "the treaty", "a protocol". (Read in analyze.ts and events.ts too.) */
export const DOCUMENT_WORD = /\b(?:treaty|agreement|accord|pact|declaration|memorandum|protocol|charter|convention)\b/i;

const SUBJECT_DOCUMENT = /^(?:The|This|That|Its|Their)\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|treaty|accord|pact|declaration|memorandum|protocol|charter|convention)\b/;

const LEGISLATURE = /\b(?:State\s+Duma|Duma|Federation\s+Council|parliament|lawmakers|legislators|legislature|deputies|senators|upper\s+house|lower\s+house|Supreme\s+People's\s+Assembly|SPA|Presidium)\b/i;

/** "approved" is a ratification only when a legislature approves a treaty-like document. */
function isLegislativeApproval(sentence: string, start: number, end: number): boolean {
  const around = sentence.slice(Math.max(0, start - 90), end + 90);
  if (!LEGISLATURE.test(around)) return false;
  // ("approved the legislation": the bill told before, which in a sentence naming a signing is the ratification law.)
  if (/^\s+the\s+(?:legislation|bill)\b/i.test(sentence.slice(end)) && /\bsign(?:ing|ed|s)\b/i.test(sentence)) return true;
  return /\b(?:treaty|agreement|pact|accord|document|deal|ratif\w*|it)\b/i.test(sentence.slice(Math.max(0, start - 200), end + 120));
}

/**
 * "The Federation Council ratified the treaty on Wednesday. Its approval follows the vote in the State Duma on 24
 * October.": a chamber's vote told as a noun ("the vote in the State Duma"), in a sentence right after one naming the
 * document (a wire report may set it in a paragraph of its own), is that document's vote. (Only the vote of a named chamber: "the upper house's
 * approval" there is the one the sentence before told; and not one on something else: "the vote in the Duma on the
 * budget".)
 */
function isChamberVoteOfDocumentBefore(sentence: string, end: number, matched: string, options: ClassifyOptions): boolean {
  return options.documentPrevious === true && /^vote\s+(?:in|by|of)\s/i.test(matched) && !/^\s+(?:on|over|about|for)\s+(?!\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/.test(sentence.slice(end));
}

/** Finds event triggers in one sentence, with factuality flags. Overlapping matches keep the first (most specific) rule. */
// Every rule needs one of these stems; most sentences of an article have none, so they skip all rules.
const TRIGGER_HINT = /audience|to\s+see\b|listen|\bsent\b|dispatch|rode|pull|rolled|steamed|glided|(?:was|were|is|are)\s+back|back\s+in\b|stepped|steps|foot|attend|show|guide|escort|walk|phone|stop|took|takes|brought|brings|held|holding|session|video|enter|reach|call|spoke|speak|talk|conver|ratif|approv|pass|adopt|endors|backed|vot|force|effect|instrument|sign|inked|seal|conclud|visit|trip|tour|journey|arriv|land|touched|flew|flown|flies|travel|went|goes|came|head|return|cross(?:ed|es)|\bled\b|lead|spen|(?:was|were|is|are|been)\s+(?:\w+\s+)?in\b|(?:was|were)\s+(?:\w+\s+)?there\b|been\s+to\b|stay|\bmet\b|meet|confer|consult|negotiat|sat\s+down|sitting\s+down|across|opposite|shook|shak|clasp|grasp|grip|\broll|exchang|chair|presided\s+over|boarded|put\s+(?:their|his|her)\s+names?\s+to|host|receiv|greet|welcom|embrac|hug|discuss|courtesy|summit|encounter|tête|banquet|reception|luncheon|dialogue|drill|exercise|war\s+games|manoeuv|maneuv/i;

// ("Sept. 13, 2024 — Shoigu, now Security Council secretary, in Pyongyang; Kim receives him.": an appositive may follow
// the name, and a clause of its own the place.)
const VERBLESS_STAY = /^.{3,30}?\s[—–-]\s+(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'.-]*(?:,\s+[^,;:()]{2,60},)?\s+(in)(?=\s+[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)?(?:\.?$|;\s))/u;

export interface ClassifyOptions {
  /** The sentence is a timeline's entry, told in the present tense about the past. */
  historicalPresent?: boolean;
  /** The sentence before, in the same paragraph, names a treaty or another document. */
  documentBefore?: boolean;
  /** The sentence right before, in this paragraph or the one before, names a treaty or another document. */
  documentPrevious?: boolean;
  /** The sentence before is a question about a document ("When was the treaty signed?"). */
  documentAsked?: boolean;
  /** The sentence before, in the same paragraph, speaks of ratifying. */
  ratificationBefore?: boolean;
  /** The sentence before, in the same paragraph, tells a phone call. */
  callBefore?: boolean;
  /** Where the sentence's person names start. */
  nameStarts?: number[];
  /**
   * false: try every rule on the sentence, without the cheap prechecks (TRIGGER_HINT and each rule's hint) that skip
   * rules which cannot match. The answer must be the same; tests compare the two.
   */
  prechecks?: boolean;
}

// "Soviet general secretaries received Kim Il Sung in Moscow": a bare plural title opening the sentence, with a word of
// whose they were and no article or number ("The two leaders met" is one pair; a headline's "Leaders sign treaty" is
// theirs too), is a kind of person, and the verb tells a custom, no one event.
const PLURAL_TITLE_SUBJECT = /^(?!(?:The|Their|These|Those|Both|All|His|Her|Its|Our|Two|Three|Four)\b)\p{Lu}[\p{L}-]*\s+(?:(?!(?:the|two|both|three|four|their|these|those)\b)\p{Ll}[\p{L}-]*\s+)?(?:leaders|presidents|general\s+secretaries|secretaries|premiers|prime\s+ministers|rulers|heads\s+of\s+state|tsars|czars)\s+(?:(?:also|often|routinely|regularly|repeatedly|had|have)\s+)?$/u;
// (A date in the sentence makes it one occasion after all: "Russian leaders received Kim in 1986".)
const ANY_DATE_WORD = /\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|ago)\b|\b(?:last|this|next)\s+(?:week|month|year)\b/;

function isPluralTitleSubject(sentence: string, start: number, nominal: boolean): boolean {
  return !nominal && PLURAL_TITLE_SUBJECT.test(sentence.slice(0, start)) && !ANY_DATE_WORD.test(sentence);
}

/** A host's "took <guest>" right before "on a tour": see the show rule above. */
const TAKEN_ON_TOUR_BEFORE = /\b(?:took|takes)\s+(?:him|her|them|the\s+(?:[\w’'-]+\s+){0,4}?|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+)$/u;

// (Module level: tsx's keepNames makes a defineProperty call for each named closure a call creates; see officeKeyRank.)
/** A verb and a call told in two clauses of the sentence. */
function toldApart(sentence: string, t: Trigger, c: Trigger): boolean {
  return !t.nominal && /,\s+(?:and|but|then)\s+|;\s+/.test(sentence.slice(Math.min(t.end, c.end), Math.max(t.start, c.start)));
}

export function classifySentence(sentence: string, options: ClassifyOptions = {}): Trigger[] {
  // "Belousov and No Kwang Chol have held talks": the surname "No" opening a name is no negation of the verb after it.
  // The triggers are read with that word masked, then given their text back. ("No talks were held" stays negated.)
  const surnameNo = (options.nameStarts ?? []).filter((s) => /^No\s/.test(sentence.slice(s)));
  if (surnameNo.length > 0) {
    const masked = surnameNo.reduce((text, s) => `${text.slice(0, s)}Nq${text.slice(s + 2)}`, sentence);
    return classifySentence(masked, { ...options, nameStarts: [] }).map((t) => ({ ...t, text: sentence.slice(t.start, t.end) }));
  }
  const historicalPresent = options.historicalPresent ?? false;
  const found: Trigger[] = [];
  // "Oct. 18–19, 2023 — Foreign Minister Sergei Lavrov in Pyongyang.": a timeline entry with no verb, only a titled
  // name and a place, tells that person's stay there.
  const stay = historicalPresent ? VERBLESS_STAY.exec(sentence) : null;
  const taken: Array<[number, number]> = [];
  if (stay) {
    const start = stay.index + stay[0].length - stay[1].length;
    const trigger = buildTrigger(sentence, { type: "visit", re: VERBLESS_STAY }, start, start + stay[1].length, stay[1], false, false, historicalPresent);
    const semicolon = sentence.indexOf(";", start);
    if (semicolon < 0) return [trigger];
    // The clause after the semicolon is read for triggers of its own.
    found.push(trigger);
    taken.push([0, semicolon]);
  }
  const prechecks = options.prechecks ?? true;
  if (prechecks && !TRIGGER_HINT.test(sentence) && !/^(?:The|Their|Its)\s+\w+,\s/.test(sentence) && !(DATED_DOCUMENT_PRECHECK.test(sentence) && DATED_DOCUMENT_HINT.test(sentence)) && !LISTED_VISIT_HINT.test(sentence)) return found;
  // (Read once the first trigger is found: most sentences that pass the hints have none, and HEDGE scanned them all.)
  let question: boolean | undefined;
  let sentenceHedged: boolean | undefined;
  let talksNoun: boolean | undefined;
  for (const rule of RULES) {
    if (rule.historicalPresent && !historicalPresent) continue;
    if (rule.callBefore && !options.callBefore) continue;
    if (!prechecks) {
      // (every rule is tried)
    } else if (rule.hint === TALKS_NOUN_HINT) {
      if (!(talksNoun ??= TALKS_NOUN_HINT.test(sentence))) continue;
    } else if (rule.hint && !rule.hint.test(sentence)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // ("took the North Korean leader on a tour of the plant": the tour is the guest's, told by the host's showing.)
      if (rule.type === "visit" && /^on\s/i.test(m[0]) && TAKEN_ON_TOUR_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))) continue;
      // ("The old treaty was itself a product of a thaw. It was signed in Pyongyang in 2000": the opening "It" is the
      // document the sentence before named.)
      const retoldDocument = options.documentBefore === true && /^It\s+(?:was|had\s+been)\s+$/.test(sentence.slice(0, start));
      // ("When was the treaty signed? Putin and Kim signed it in Pyongyang on 19 June": the answer's "it" after the verb is
      // the document asked about; not a law, "signed it into law".)
      const askedDocument = options.documentAsked === true && /^\s+it\b/i.test(sentence.slice(end)) && !/\b(?:law|ratif\w*|decree|bill)\b/i.test(sentence);
      if (rule.type === "agreement" && !retoldDocument && !askedDocument && !isAgreementSigning(sentence, start, end)) continue;
      if (rule.type === "ratification" && /(?:decree|signature)$/i.test(m[0])) {
        if (!/ratif/i.test(sentence) && !(rule.ratificationBefore && options.ratificationBefore)) continue;
      } else if (rule.type === "ratification" && !/ratif|^sign/i.test(m[0]) && !isLegislativeApproval(sentence, start, end) && !isChamberVoteOfDocumentBefore(sentence, end, m[0], options)) continue;
      taken.push([start, end]);
      question ??= /\?\s*["”’]?\s*$/.test(sentence);
      sentenceHedged ??= HEDGE.test(sentence);
      const trigger = buildTrigger(sentence, rule, start, end, m[0], question, sentenceHedged, historicalPresent);
      // "the signing of the treaty" is a noun: it takes only a date written with it ("that same day"), not the
      // sentence's or the paragraph's ("the anniversary of the signing of the treaty").
      if (rule.type === "agreement" && /^signing$/i.test(m[0]) && /^\s+of\b/i.test(sentence.slice(end))) trigger.nominal = true;
      // "the telephone conversation between X and Y" is a noun phrase: it dates nothing by itself ("telephoned" is a verb).
      if (rule.type === "call" && /^(?:(?:tele)?phone|video)(?!d\b)/i.test(m[0])) trigger.nominal = true;
      found.push(trigger);
    }
  }
  const calls = found.filter((t) => t.type === "call");
  // A call sentence's "talks"/"conversation" are the call itself. ("spoke by telephone on August 12, and the two
  // leaders met in Beijing on September 3": "met" is a meeting of its own.)
  // ("Kim and Putin held talks in Beijing on Sept. 3, and spoke by phone in August": verbs in two clauses are two events.)
  const result = found.filter((t) => !(t.type === "meeting" && !/^(?:met|meets|meet)\b/i.test(t.text) && calls.some((c) => Math.abs(c.start - t.start) < 60 && !toldApart(sentence, t, c))));
  return result.sort((a, b) => a.start - b.start);
}

function buildTrigger(sentence: string, rule: TriggerRule, start: number, end: number, text: string, question: boolean, hedged: boolean, historicalPresent = false): Trigger {
  // "voted to ratify" reports the vote itself; so does a timeline's "votes to ratify".
  // ("after the Duma voted on 3 March to ratify it": so does one with the vote's day between the verb and "to".)
  // ("Oct. 24 - Members of the Duma vote to ratify the treaty": so does one with a plural subject.)
  const votedTo = historicalPresent ? /\bvote[sd]?\s+(?:\w+\s+)?to\s+$/i : /\bvoted\s+(?:on\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s+\d{4})?|\p{Lu}\p{Ll}+day)\s+|(?:\w+\s+)?)to\s+$/iu;
  const before = windowBefore(sentence, start, 6);
  const clause = clauseBefore(sentence, start);
  const nominal = rule.nominal ?? false;
  let factual = !question;
  if (NEGATION_BEFORE.test(before)) factual = false;
  // "No Russian leader has met a North Korean leader since 2011": a negated subject.
  // ("the Kremlin said no agreements had been signed": so is one opening the clause a verb of saying reports.)
  if (/(?:^\s*|[,;:—–]\s*|\b(?:said|says|say|added|stressed|insisted|confirmed)\s+(?:that\s+)?)(?:no|none\s+of|neither|nobody|no\s+one)\s+(?:[\w’'-]+\s+){0,5}?(?:has\s+|have\s+|had\s+)?(?:ever\s+|yet\s+|since\s+)?$/i.test(clause)) factual = false;
  // ("announced no agreements or a date for a visit by the leader": the date of a visit is fixed for one still to be
  // made; the visit is a plan, not an event.)
  if (nominal && /\bdate\s+for\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}$/i.test(before)) factual = false;
  // ("Kim then visits St Petersburg before heading home": a stop on the way back is a leg of the trip already told,
  // not a visit of its own.)
  if (rule.type === "visit" && /^visits$/i.test(text) && /\bthen\s+$/i.test(before) && /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}before\s+(?:heading|returning|going|travell?ing)\s+(?:back\s+)?home\b/u.test(sentence.slice(end))) factual = false;
  // "signed a decree ... on Monday to ratify the treaty": the decree is the ratification.
  const signedTo = rule.type === "ratification" && SIGNED_INSTRUMENT_TO.test(sentence.slice(0, start));
  // "Kim travelled to Vladivostok to meet Putin": the purpose of a finished journey, told as having happened.
  // ("was then driven to the Kremlin to be received by Putin": a journey she was taken on, too.)
  // ("Ivanov was in Pyongyang to sign the treaty": so is the purpose of a stay told in the past, for a signing.)
  const cameTo = (rule.type === "meeting" && /\b(?:travell?ed|went|came|flew|journeyed|headed|(?:was|were)\s+(?:then\s+)?(?:driven|taken|escorted))\s+(?:[\w’'-]+\s+){0,2}?to\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+to\s+(?:be\s+)?$/u.test(sentence.slice(Math.max(0, start - 80), start))) ||
    // ("Kim Jong Il travelled by train across Siberia in August 2011 to meet Medvedev": so is a journey told with its
    // means, route or month before the purpose; not one made several times, whose purpose is no one meeting, nor one
    // told with its day, which may not be the meeting's: "flew in by jet on Monday to meet her counterpart".)
    (rule.type === "meeting" && /^meet$/i.test(text) && /\b(?:travell?ed|journeyed|went|came|flew|rode)(?:\s+(?:his|her|their|an?|the)\s+(?:[\w’'-]+\s+)?(?:train|plane|jet|aircraft))?\s+(?:by|across|through|over|all\s+the\s+way)\b[^,;:.!?]{0,90}?\s+to\s+$/i.test(sentence.slice(Math.max(0, start - 110), start)) && !/\b(?:times|occasions|repeatedly|regularly|often|frequently|several|again\s+and\s+again|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|on\s+\d)\b/i.test(sentence.slice(Math.max(0, start - 110), start))) ||
    (rule.type === "agreement" && /^sign$/i.test(text) && /\b(?:(?:travell?ed|went|came|flew|journeyed)\s+to|was\s+in|were\s+in)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+to\s+$/u.test(sentence.slice(Math.max(0, start - 80), start)));
  // "In July he became the first Russian defence minister to visit Pyongyang": the infinitive tells what was done.
  // ("On 19 July 2000 Putin became the first Kremlin leader to set foot in North Korea": so does the image of arriving,
  // when the sentence gives the year of the record; "the first leader to set foot in the South since the war" alone
  // retells a crossing the article tells as a summit.)
  // ("July 19, 2000 - Putin becomes the first Kremlin leader to visit the North": a timeline's entry, in the present.)
  const firstTo = rule.type === "visit" && !nominal && (/^visit$/i.test(text) || (/^set\s+foot\s*$/i.test(text) && /\b(?:19|20)\d{2}\b/.test(sentence))) && new RegExp(String.raw`\b(?:became|${historicalPresent ? "becomes|" : ""}has\s+become|had\s+become)\s+(?:the\s+)?(?:first|second|only)\s+(?:[\w’'-]+\s+){0,6}?to\s+$`, "i").test(sentence.slice(Math.max(0, start - 90), start));
  // ("found time to call Kim": the infinitive after a past "found time" is the call made.)
  const foundTimeTo = rule.type === "call" && /\b(?:found|made|took)\s+(?:the\s+)?time\s+to\s+$/i.test(before);
  if (MODAL_BEFORE.test(before) && !votedTo.test(before) && !signedTo && !cameTo && !firstTo && !foundTimeTo) factual = false;
  // ("never found time to call him": a time not found is a call not made.)
  if (foundTimeTo && /\b(?:never|not|n['’]t|no)\s+(?:[\w’'-]+\s+)?(?:found|made|took)\s+(?:the\s+)?time\s+to\s+$/i.test(before)) factual = false;
  // ("Their next meeting, at Vostochny in September 2023, ended with ...": a "next" meeting told with its own place and
  // year and a past verb is the later one of a past pair, not a plan.)
  const laterOfPast = nominal && /\bnext\s+$/i.test(before) && /^,\s+(?:held\s+)?(?:in|at|on|near|off)\s+[^,;:]{1,90}?\b(?:19|20)\d{2},\s+(?:ended|produced|yielded|brought|was|went|resulted|came|saw|opened|closed)\b/i.test(sentence.slice(end));
  // ("Putin invited him to Moscow when they met in Beijing": a past verb in a when-clause of its own, its subject a
  // pronoun, tells when the invitation was made; the plan word is the main clause's, not the meeting's. "invited him
  // to come when they meet next" is still a plan: its verb is present.)
  const pastWhenClause = !nominal && /^(?:met|held|signed|spoke|talked)$/i.test(text) && /\b(?:when|after|as)\s+(?:they|he|she|the\s+two)\s+(?:first\s+|last\s+|again\s+)?$/i.test(before);
  if (PLAN_BEFORE.test(before) && !laterOfPast && !pastWhenClause) factual = false;
  // ("talked over plans for return visits", "plans for a Kim trip to Moscow": what plans are made for is still to come.
  // Only a noun, or "visits" that can be one: "after laying out plans for the region Lavrov visited Pyongyang" tells
  // a visit made.)
  if ((nominal || /^visits$/i.test(text)) && /\b(?:plans?|planning)\s+for\s+(?:[\w’'-]+\s+){0,4}$/i.test(before) && !laterOfPast && !pastWhenClause) factual = false;
  // ("the talks were a down payment on a Putin visit to Moscow": what a deal is a down payment on has yet to come.)
  if (/\bdown[\s-]+payments?\s+(?:(?:on|for|towards?)\s+(?:[\w’'-]+\s+){0,3})?$/i.test(before)) factual = false;
  // "for an expected summit", "during a planned visit": the plan word sits inside the framing phrase.
  if (nominal && /\b(?:expected|planned|upcoming|possible|proposed|potential|future|next|anticipated|would-be|prospective|forthcoming|rumou?red|mooted)\b/i.test(text)) factual = false;
  // "a meeting seen as at least as significant as the encounter with Putin": the event compared with is told in passing.
  if (nominal && /\b(?:as\s+(?:[\w’'-]+\s+){1,2}as|than)\s+(?:the|his|her|their|its|that)\s+(?:[\w’'-]+\s+)?$/i.test(sentence.slice(Math.max(0, start - 60), start))) factual = false;
  // "pressing for a summit", "calls for talks": a purpose phrase after a verb of wanting is no event.
  if (/^for\s/i.test(text) && /\b(?:press\w*|push\w*|call\w*|lobb\w*|hop\w*|wait\w*|prepar\w*|ready|invit\w*|appeal\w*|ask\w*|plans?|planning|arrangements?|date|time|need|needs|wish\w*|want\w*|argu\w*|advocat\w*)\s+$/i.test(before)) factual = false;
  // "submitted the treaty to the Duma for ratification on Oct. 14", "sent the bill to parliament for approval": the
  // purpose of a referral is no vote.
  if (rule.type === "ratification" && /\b(?:submitted|submits|sent|sends|forwarded|forwards|introduced|introduces|referred|refers|presented|presents|tabled|tables)\b[^.;!?]{0,80}\bfor\s+(?:(?:its|their|the|a)\s+)?$/i.test(sentence.slice(Math.max(0, start - 120), start))) factual = false;
  // ("The bill on ratification was submitted to the Duma by the president on 14 October": a bill of ratification
  // handed to a chamber is its referral, no vote; "the law on ratification was signed" is still one.)
  if (rule.type === "ratification" && /^ratification$/i.test(text) && /\b(?:bill|draft(?:\s+law)?|legislation)\s+(?:on|for|of)\s+(?:the\s+)?$/i.test(before) && /^\s+(?:[^.;,]{0,60}?\s+)?(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:submitted|introduced|sent|tabled|forwarded|referred|presented)\b/i.test(sentence.slice(end, end + 120))) factual = false;
  // ("With the senators' approval, the ratification law now goes to the president": a law or bill of ratification that
  // goes or is sent on to someone is waiting for his signature, not yet signed; "the law he signed on Saturday" is.)
  if (rule.type === "ratification" && /^ratification$/i.test(text) && /^\s+(?:law|bill|legislation)\s+(?:now\s+|then\s+|next\s+)?(?:goes|go|heads|passes|moves|is\s+sent|was\s+sent|is\s+forwarded|was\s+forwarded)\s+(?:on\s+)?to\b/i.test(sentence.slice(end, end + 60))) factual = false;
  // ("The pact was still awaiting ratification when the envoy came", "officials expect ratification soon": the noun a
  // treaty waits for, or that someone expects, is still to come; not "after ratification", which tells it done.)
  if (rule.type === "ratification" && /^ratification$/i.test(text) && /\b(?:awaits?|awaiting|awaited|pending|expects?|expecting|expected|anticipat\w+)\s+(?:(?:the|its|their|a|final|formal|full|parliamentary|legislative|swift|quick|early)\s+)*$/i.test(before)) factual = false;
  // ("When the minister landed, the treaty was only half-ratified": a document ratified by one side of two tells no
  // ratification of anyone named; "the treaty, ratified by both chambers" still does.)
  if (rule.type === "ratification" && /\b(?:half|partly|partially)[-\s]+$/i.test(sentence.slice(Math.max(0, start - 12), start))) factual = false;
  // ("That treaty, which binds each side if the other is attacked, was signed by Putin and Kim": a condition inside a
  // relative clause set off by commas and closed before the verb is the document's content, not the signing's.)
  if (/^\s*(?:if|unless|should|whether)\b/i.test(sentence) || CONDITIONAL.test(clause.replace(CLOSED_RELATIVE_CLAUSE, ",").slice(-80))) factual = false;
  // Present-tense verbs in running text ("Putin meets ...") are headlines or habits; keep, they are dated later or dropped.
  if (/^(meet|hold|sign|visit)$/i.test(text.split(/\s+/)[0]) && !nominal) {
    // bare infinitive / imperative forms: "to meet", "will meet" are caught above; "they meet regularly" is generic.
    if (!/\b(?:did|do|does)\s+$/i.test(before) && !cameTo && !firstTo) factual = factual && !/\bto\s+$/i.test(before);
    // "is expected to visit the university, and hold a meeting with the governor": a bare verb after "and" shares the
    // mood of the infinitive or future verb it is coordinated with.
    if (/,?\s+and\s+(?:also\s+|then\s+)?$/i.test(before) && (CLAUSE_FUTURE.test(clause.replace(/\bMay\b/g, "")) || /\b(?:expected|due|set|scheduled|slated|planned|plans?|planning|intends?|going)\s+to\s/i.test(clause))) factual = false;
  }
  // A future or modal verb earlier in the same clause governs the trigger ("Moon is due in Pyongyang for a summit").
  const clauseStart = Math.max(clause.lastIndexOf(","), -1);
  const ownClause = clause.slice(clauseStart + 1);
  // "May" the month is no modal: the modal is tested case-sensitively.
  // ("said the trip would help carry out the accords reached during Kim's visit to Moscow in May": a noun in a phrase
  // hung on a past participle of what was agreed or signed tells when that was done; the modal is the main verb's.)
  // (Only a visit told with its traveller's name: "agreements reached at the September summit" names no parties.)
  const reachedDuring = nominal && rule.type === "visit" && /\p{Lu}[\p{L}-]*['’]s\s+(?:[\w-]+\s+)?(?:visit|trip|journey)\b/u.test(text) && /\b(?:agreements?|accords?|understandings?|arrangements?|deals?|documents?|treaty|treaties)\s+(?:(?:that\s+were|which\s+were)\s+)?(?:reached|signed|concluded|struck|sealed|agreed)\s+(?:(?:during|at|in\s+the\s+course\s+of)\s+(?:[\w’'.-]+\s+){0,5})?$/i.test(sentence.slice(Math.max(0, start - 120), start));
  if (CLAUSE_FUTURE.test(ownClause.replace(/\bMay\b/g, "")) && !votedTo.test(before.replace(/\S*$/, "")) && !signedTo && !reachedDuring) factual = false;
  if (nominal && CLAUSE_PLAN.test(ownClause)) factual = false;
  // "expect Putin to make another trip", "hopes to hold a summit": the noun is the object of a wished-for act.
  if (nominal && /\bto\s+(?:make|pay|hold|have|undertake|conduct|organi[sz]e|arrange|attend|host|join|schedule)\s+(?:[\w’'-]+\s+){0,2}$/i.test(before)) factual = false;
  if (/\bexpect(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}to\b/i.test(ownClause)) factual = false;
  // "Diplomats in Seoul expect a Kim–Putin meeting later this year": the noun is what someone expects or predicts; and
  // a noun told as "later this year" or "next month" is ahead of the article.
  if (nominal && /\b(?:expects?|expecting|anticipates?|anticipating|predicts?|predicting|foresees?|forecasts?)\s+(?:a|an|the|another|further)\s+(?:[\w’'–-]+\s+){0,3}$/i.test(before)) factual = false;
  if (nominal && /^\s+(?:[\w’'-]+\s+){0,4}?(?:later\s+this\s+(?:year|month|week)|next\s+(?:year|month|week))\b/i.test(sentence.slice(end, end + 80))) factual = false;
  const after = sentence.slice(end, end + 80);
  if (/^\s+(?:is|are|was|were)\s+(?:planned|expected|scheduled|set|due|slated|likely|possible|being\s+prepared|under\s+discussion)\b/i.test(after)) factual = false;
  // ("The oft-promised Putin trip to Pyongyang has still not been given a date": a visit still waiting for its day is a
  // plan, and lends its place to no trip told near it; "the visit, which had not been announced, began on Monday" is
  // one made.)
  if (nominal && NO_DATE_YET_AFTER.test(after)) factual = false;
  // ("the summit is still on for Friday": a meeting that is on for a day is one kept on the calendar, not held; "the
  // summit was on Friday" tells its day.)
  if (nominal && /^\s+(?:(?:with|between|in)\s+[^,;:()—–]{1,60}?\s+)?(?:is|are|was|were)\s+(?:still\s+|now\s+|firmly\s+)?on\s+(?:for|track\s+for|course\s+for)\b/i.test(after)) factual = false;
  // ("her talks with the Russian minister are expected on Monday": so is one whose party is named between; "in Beijing
  // for talks expected to cover trade": so is one a participle of planning follows straight away.)
  if (nominal && /^\s+(?:with|between)\s+[^,;:()—–]{1,60}?\s+(?:is|are|was|were)\s+(?:planned|expected|scheduled|due|slated)\b/i.test(after)) factual = false;
  if (nominal && /^\s+(?:expected|scheduled|due|slated|planned)\s+(?:to|for|on|in|at|later|next)\b/i.test(after)) factual = false;
  // "a summit (between X and Y) that had been set for June 12": a scheduled, not a held, event.
  if (nominal && /^[^;]{0,80}?\b(?:that|which)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+(?:(?:originally|initially|tentatively|previously)\s+)?(?:set|scheduled|planned|slated|due|penciled|pencilled)\b/i.test(after)) factual = false;
  // "Everything points to Kim travelling ... within days for his first meeting": speculation about the coming days.
  // ("Within hours of the arrival, the two leaders began talks": counted from an event, not from now; nor is "within
  // hours he was seated opposite Kim", told in the past; nor "landed and, within hours, was sitting across from Kim", its
  // subject the clause's before.)
  if (/\b(?:(?:everything|all|evidence|signs?|indications?)\s+(?:now\s+)?points?\s+to|within\s+(?:days|weeks|hours)(?!\s+of\b)(?!,?\s+(?:(?:he|she|they)\s+)?(?:was|were|had)\b)|in\s+the\s+coming\s+(?:days|weeks|months)|as\s+early\s+as\s+next)\b/i.test(clause)) factual = false;
  // The noun is the subject of a modal verb: "a summit between the two could take place", "ratification can be
  // carried out by decree".
  if (nominal || /^ratification$/i.test(text)) {
    // ("stop in the capital in May": the month is no modal.)
    // ("told Putin at their summit that his country would back Russia": after a framing phrase, "that" with a subject
    // of its own opens what was said, not a clause about the noun, as "a summit that could come in June" is.)
    const clauseTail = after.split(/[,;:]/)[0];
    const tail = (rule.framing ? clauseTail.split(/\bthat\s+(?!(?:will|would|could|might|may|should|can|is|are|was|were|had|has|have)\b)/)[0] : clauseTail).replace(/\bMay\b/g, "");
    if (/\b(?:will|would|could|might|may|should|can|is\s+to|are\s+to|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|likely)\s+to)\b/i.test(tail) && !/\b(?:met|held|signed|visited|took\s+place|was\s+held)\b/i.test(tail)) factual = false;
  }
  // "will make a visit on June 18-19, his first trip there in two decades": an appositive noun shares its clause's mood.
  if (nominal && factual) {
    const app = /,\s+(?:his|her|its|their|the)\s+(?:[\w’'-]+\s+){0,3}$/.exec(sentence.slice(Math.max(0, start - 60), start));
    if (app) {
      const head = sentence.slice(0, Math.max(0, start - 60) + app.index);
      const prevClause = head.slice(Math.max(head.lastIndexOf(";"), head.lastIndexOf(","), -1) + 1);
      if (CLAUSE_FUTURE.test(prevClause) || MODAL_BEFORE.test(prevClause) || /\b(?:to\s+(?:visit|make|pay|travel))\b/i.test(prevClause)) factual = false;
    }
  }
  // Habitual present ("Putin does receive visiting ministers") describes no particular event.
  const habitual = /\b(?:does|do|usually|often|typically|normally|routinely)\s+(?:[\w’'-]+\s+){0,1}$/i.test(before);
  let isNominal = nominal;
  // "the visits", "his talks": plural nouns after a determiner are generic mentions ("Further visits could follow").
  // ("Analysts read the simultaneous visits as ...": also with a word of how the visits stand to each other between.)
  // ("June 4 - Shoigu is back in Pyongyang and meets Kim": in a timeline's entry, "and meets" before a name is the
  // subject's second verb, not a plural noun as in "exchanges and visits".)
  const coordinatedVerb = historicalPresent && /\band\s+(?:then\s+|also\s+)?$/i.test(before) && /^\s+(?:with\s+)?\p{Lu}/u.test(sentence.slice(end, end + 8));
  // ("discussed plans for further high-level visits": so also right after a word of the visits' level, which no verb
  // follows; not "at working level", which may close a subject's phrase.)
  if (!nominal && !coordinatedVerb && /^(visits|meets)$/i.test(text) && (/\b(the|his|her|their|its|two|several|these|those|such|of|many|frequent|regular|recent|including|and|further|more|future|additional|other)\s+(?:(?:simultaneous|parallel|reciprocal|mutual|successive|back-to-back|twin|separate|rival|competing|overlapping|repeated)\s+)?$/i.test(before) || LEVEL_BEFORE.test(before) || /^\s+(?:by|from|of)\b/i.test(sentence.slice(end, end + 6)))) isNominal = true;
  const clauseAfter = sentence.slice(end, end + 80).split(/[,;:]/)[0];
  // "met Lavrov on Thursday, the first time Kim has sat down with an official from Moscow since 2011": an act measured
  // against the past in "the first time ... has" is the one just told, no event of its own (nor of the year after "since").
  // ("the first time in two decades, since May 2005, that Lavrov has visited": also past a since-phrase set off by commas.)
  const firstTime = /\bthe\s+first\s+time\s+(?:in\s+[^,;.]{1,25}?)?(?:,\s+since\s+[^,;.]{1,30},\s+)?(?:that\s+)?[^,;.]{1,40}?\b(?:has|have)\s+(?:ever\s+)?$/i.test(sentence.slice(Math.max(0, start - 110), start));
  const generic = habitual || firstTime || isPluralTitleSubject(sentence, start, nominal) || GENERIC.test(sentence.slice(Math.max(0, start - 25), end) + clauseAfter) || (isNominal && /\b(?:meetings|visits|trips|summits|calls|agreements)$/i.test(text));
  // What a past meeting produced stays produced whatever the clause plans to do with it ("agreed to implement the
  // agreements reached at the summit").
  if (rule.outcome) factual = !question && !NEGATION_BEFORE.test(before);
  return {
    type: rule.type,
    start,
    end,
    text,
    nominal: isNominal,
    framing: rule.framing ?? false,
    factual,
    generic,
    hedged,
    needsPersonObject: rule.needsPersonObject ?? false,
    travellerAfter: rule.travellerAfter ?? false,
    ...(rule.outcome ? { outcome: true } : {}),
    ...(rule.elided ? { elided: true } : {}),
    ...(rule.show ? { show: true } : {}),
    ...(rule.listed ? { listed: true } : {}),
  };
}

/** Reporting verbs just before a date make it the report's date, not the event's ("KCNA said on Saturday"). */
export function isReportingDate(sentence: string, dateStart: number): boolean {
  const before = sentence.slice(Math.max(0, dateStart - 45), dateStart);
  if (/\b(?:said|says|reported|reports|announced|announces|stated|states|told|tells|wrote|confirmed|published|released|disclosed|revealed|quoted|added|noted|claimed|showed|broadcast|aired|carried|cited|reporting|announcing|confirming|according\s+to\s+\w+(?:\s+\w+)?)\s+(?:(?:\w+\s+){0,3})?(?:on|late|early)?\s*$/i.test(before)) {
    // "said he met X on Tuesday": the date belongs to the meeting verb, which is closer.
    const between = before.replace(/\s+$/, "");
    if (/\b(?:met|visited|held|signed|arrived|spoke|talks|ratified)\b[^,;]*$/i.test(between)) return false;
    return true;
  }
  // ("State media this morning carried photographs of Kim walking Shoigu through the hall yesterday": a time between a
  // news outlet and its verb of publishing is the report's.)
  if (/\b(?:media|agency|KCNA|television|TV|newspapers?|outlets?|broadcaster)\s+$/.test(before) && /^[\w ]{0,25}?\s(?:carried|published|aired|broadcast|showed|released|ran)\b/i.test(sentence.slice(dateStart, dateStart + 45))) return true;
  if (/\b(?:in\s+(?:a|its|his|her|their)\s+(?:statement|report|dispatch|communiqu[eé]|readout|article|commentary|editorial|interview|briefing)|statement|report|dispatch|readout|briefing|interview)\s+(?:\w+\s+){0,3}?(?:on|dated|released|issued|published)?\s*$/i.test(before)) return true;
  return false;
}

export { AGREEMENT_NOUN };
