/**
 * Person resolution: finds mentions of people in text and maps them to registry people.
 * Pure: the registry comes in as an argument; the compiled index is cached per registry array.
 */
import { toSlug } from "./normalize";
import type { Country, CountryCode, RegistryOffice, RegistryPerson, RoleKey } from "./types";

// ---------------------------------------------------------------- name folding

// Romanisation variants that name the same syllable. Applied per token, after lower-casing.
const TOKEN_FOLDS: Record<string, string> = {
  choi: "choe", chwe: "choe", choe: "choe", song: "son", sun: "son", hee: "hui", hi: "hui", lee: "ri", rhee: "ri",
  yi: "ri", park: "pak", bak: "pak", roh: "no", cho: "jo", chong: "jong", eun: "un", gwon: "kwon", cheol: "chol",
  ryong: "ryong", seon: "son", hyeon: "hyon", yeong: "yong", jeong: "jong", kyeong: "kyong", seong: "son",
  sergei: "sergey", andrei: "andrey", alexander: "aleksandr", aleksander: "aleksandr", alexandr: "aleksandr",
  alexei: "aleksey", aleksei: "aleksey", alexey: "aleksey", dmitri: "dmitry", dmitrii: "dmitry", yuri: "yury",
  nikolai: "nikolay", yevgeny: "evgeny", yevgeni: "evgeny", evgeni: "evgeny", valeri: "valery", vasili: "vasily",
  anatoli: "anatoly", gennadi: "gennady", georgi: "georgy", vitali: "vitaly", mikhail: "mikhail", maxim: "maksim",
  shoygu: "shoigu", matviyenko: "matvienko", volodin: "volodin",
};

// Articles repeat the same words; folding is memoised (bounded, cleared when full).
const foldCache = new Map<string, string>();

/** Folds one name token so that common romanisations and transliterations compare equal. */
export function foldNameToken(token: string): string {
  let folded = foldCache.get(token);
  if (folded === undefined) {
    if (foldCache.size > 50_000) foldCache.clear();
    folded = foldUncached(token);
    foldCache.set(token, folded);
  }
  return folded;
}

function foldUncached(token: string): string {
  let t = token.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’`]/g, "");
  t = t.replace(/ё/g, "е");
  if (TOKEN_FOLDS[t]) return TOKEN_FOLDS[t];
  if (/^[a-z]+$/.test(t)) {
    if (t.length > 4 && t.endsWith("iy")) t = `${t.slice(0, -2)}y`;
    else if (t.length > 4 && t.endsWith("ei")) t = `${t.slice(0, -2)}ey`;
    t = t.replace(/x/g, "ks");
    if (TOKEN_FOLDS[t]) return TOKEN_FOLDS[t];
  }
  return t;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  folded: string;
  capitalised: boolean;
}

/** Ends in "'s" or "’s" (either case of the s). */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** Whether a word opens with a capital: A-Z read by code, any other first letter by \p{Lu}. */
function opensUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** Word tokens with offsets; apostrophe-s possessives are cut off so "Lavrov's" yields "Lavrov". */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let word = m[0];
    // (Read by character codes, not /['’]s$/i and two case conversions: every word of the article passes here.)
    if (endsPossessive(word)) word = word.slice(0, -2);
    if (word === "") continue;
    const first = word[0];
    const code = word.charCodeAt(0);
    out.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      folded: foldNameToken(word),
      capitalised: code < 128 ? code >= 65 && code <= 90 : first !== first.toLowerCase() || first === first.toUpperCase(),
    });
  }
  return out;
}

const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna|inichna)$/u;

/**
 * Tokens may form one name only when separated by spaces or a hyphen. (A hyphen with a space either side is a dash:
 * "FILE - Lavrov and Choe" opens a caption with its label, no longer name.)
 */
function isNameGap(gap: string): boolean {
  return gap.length <= 3 && /^[\s\-‐‑]+$/.test(gap) && !/\s[-‐‑]\s/.test(gap);
}

function splitNameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.folded);
}

// ---------------------------------------------------------------- countries

/** Fallback adjectives and metonyms, merged with the registry's countries so role phrases work before it is complete. */
const DEFAULT_COUNTRY_TERMS: Record<CountryCode, string[]> = {
  RU: ["Russia", "Russian", "Russian Federation", "Moscow", "Kremlin"],
  KP: ["North Korea", "North Korean", "DPRK", "D.P.R.K.", "N. Korea", "N. Korean", "N.Korea", "N.Korean", "Pyongyang", "Democratic People's Republic of Korea", "NK", "the North"],
  KR: ["South Korea", "South Korean", "ROK", "Republic of Korea", "Seoul", "S. Korea", "S. Korean", "the South"],
  CN: ["China", "Chinese", "Beijing", "PRC", "People's Republic of China"],
  US: ["United States", "U.S.", "US", "USA", "American", "Washington"],
  JP: ["Japan", "Japanese", "Tokyo"],
  UA: ["Ukraine", "Ukrainian", "Kyiv", "Kiev"],
  BY: ["Belarus", "Belarusian", "Minsk"],
  IR: ["Iran", "Iranian", "Tehran"],
  VN: ["Vietnam", "Vietnamese", "Hanoi"],
  MN: ["Mongolia", "Mongolian", "Ulaanbaatar"],
  LA: ["Laos", "Lao", "Vientiane"],
  SY: ["Syria", "Syrian", "Damascus"],
  CU: ["Cuba", "Cuban", "Havana"],
  IN: ["India", "Indian", "New Delhi"],
  IL: ["Israel", "Israeli"],
  GB: ["Britain", "British", "United Kingdom", "UK", "U.K.", "London"],
  FR: ["France", "French", "Paris"],
  DE: ["Germany", "German", "Berlin"],
};

export interface CountryLexicon {
  /** Lower-cased term -> code. */
  byTerm: Map<string, CountryCode>;
  /** Terms as written (trailing period dropped, single spaces) -> code; looked up by token n-grams. */
  byWritten: Map<string, CountryCode>;
  /** First word of every written term, so most tokens are rejected with one lookup. */
  firstWords: Set<string>;
  /** First word of a written term -> the token counts of the terms it starts, so only n-grams of those lengths are looked up. */
  wordCounts: Map<string, Set<number>>;
  maxWords: number;
  /** Alternation source of all terms, longest first, regex-escaped. */
  pattern: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function buildCountryLexicon(countries: Country[]): CountryLexicon {
  const byTerm = new Map<string, CountryCode>();
  const written = new Set<string>();
  const add = (term: string, code: CountryCode) => {
    const key = term.toLowerCase();
    if (!byTerm.has(key)) byTerm.set(key, code);
    if (byTerm.get(key) === code) written.add(term);
  };
  for (const c of countries) {
    add(c.name, c.code);
    for (const a of c.aliases) if (a.length >= 2) add(a, c.code);
  }
  for (const [code, terms] of Object.entries(DEFAULT_COUNTRY_TERMS)) for (const t of terms) add(t, code);
  // Proper nouns as written (case-sensitive), so the pronoun "us" is not the US.
  const terms = [...written].sort((a, b) => b.length - a.length);
  const byWritten = new Map<string, CountryCode>();
  const firstWords = new Set<string>();
  const wordCounts = new Map<string, Set<number>>();
  let maxWords = 1;
  for (const t of terms) {
    const key = t.replace(/\.$/, "").replace(/\s+/g, " ");
    const code = byTerm.get(t.toLowerCase());
    if (code && !byWritten.has(key)) byWritten.set(key, code);
    const keyTokens = tokenize(key);
    const first = keyTokens[0];
    if (first) firstWords.add(first.text).add(first.text[0].toUpperCase() + first.text.slice(1));
    if (first) wordCounts.set(first.text, (wordCounts.get(first.text) ?? new Set<number>()).add(keyTokens.length));
    maxWords = Math.max(maxWords, key.split(" ").length + (key.match(/\./g)?.length ?? 0));
  }
  return { byTerm, byWritten, firstWords, wordCounts, maxWords, pattern: terms.map((t) => escapeRegExp(t).replace(/\\\.\s*/g, "\\.\\s*").replace(/ /g, "\\s+")).join("|") };
}

/** Country terms in a text ("North Korean", "Moscow", "U.S."), longest first, by token n-grams. */
export function findCountryMentions(text: string, lexicon: CountryLexicon, tokens = tokenize(text)): Array<{ start: number; end: number; code: CountryCode }> {
  const out: Array<{ start: number; end: number; code: CountryCode }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!lexicon.firstWords.has(tokens[i].text)) continue;
    // A term matches only an n-gram of as many tokens as it has, starting with the same word.
    const counts = lexicon.wordCounts.get(tokens[i].text);
    for (let n = Math.min(lexicon.maxWords, tokens.length - i); n >= 1; n--) {
      if (counts === undefined || !counts.has(n)) continue;
      const start = tokens[i].start;
      let end = tokens[i + n - 1].end;
      // Possessive "'s" was cut by the tokenizer; an abbreviation keeps its inner periods ("U.S").
      const raw = text.slice(start, end);
      if (/[,;:!?()]/.test(raw)) continue;
      const code = lexicon.byWritten.get(raw.replace(/\s+/g, " "));
      if (code) {
        if (text[end] === "." && /^(?:\p{L}\.)+\p{L}$/u.test(raw)) end++;
        out.push({ start, end, code });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

export function findCountryCode(term: string, lexicon: CountryLexicon): CountryCode | null {
  const key = term.toLowerCase().replace(/['’]s$/, "").replace(/\s+/g, " ").trim();
  return lexicon.byTerm.get(key) ?? lexicon.byTerm.get(key.replace(/\.\s*/g, ". ").trim()) ?? null;
}

// ---------------------------------------------------------------- role phrases

interface RoleTitle {
  re: string;
  roleKey: RoleKey;
  /** Country implied by the phrase itself ("Kremlin chief"). */
  impliedCountry?: CountryCode;
  /** Narrows holders of a shared role key by office title (the two chambers' chairs share "parliament-head"). */
  officeHint?: RegExp;
}

const PORTFOLIO =
  "(?:natural\\s+resources(?:\\s+and\\s+(?:ecology|environment))?|culture|health|public\\s+health|economic\\s+development|economy|energy|transport|agriculture|education|higher\\s+education|science|emergencies|emergency\\s+situations|foreign\\s+trade|external\\s+economic\\s+relations|trade|finance|justice|sports?|construction|industry(?:\\s+and\\s+trade)?|railways|fisheries|labou?r|digital\\s+development|state\\s+security|social\\s+security|people's\\s+armed\\s+forces|communications|foreign\\s+economic\\s+relations|the\\s+interior|internal\\s+affairs|interior|information|tourism|atomic\\s+energy)";

// Ordered: more specific first. Sources are case-insensitive fragments.
const ROLE_TITLES: RoleTitle[] = [
  { re: "(?:first\\s+)?(?:deputy|vice)[\\s-]+foreign\\s+minister|(?:first\\s+)?(?:deputy|vice)[\\s-]+minister\\s+of\\s+foreign\\s+affairs", roleKey: "deputy-foreign-minister" },
  { re: "(?:first\\s+)?(?:deputy|vice)[\\s-]+(?:defen[cs]e\\s+minister|minister\\s+of\\s+(?:national\\s+)?defen[cs]e)", roleKey: "deputy-defence-minister" },
  { re: "(?:first\\s+)?deputy\\s+prime\\s+minister|vice[\\s-]+premier", roleKey: "deputy-minister" },
  { re: "foreign\\s+minister|minister\\s+of\\s+foreign\\s+affairs|foreign\\s+affairs\\s+minister|top\\s+diplomat|chief\\s+diplomat|foreign\\s+secretary", roleKey: "foreign-minister" },
  { re: "defen[cs]e\\s+minister|minister\\s+of\\s+(?:national\\s+)?defen[cs]e|defen[cs]e\\s+chief|minister\\s+for\\s+defen[cs]e", roleKey: "defence-minister" },
  // (Russia's: a bare "Security Council secretary" is Shoigu's office here, not a national security council's.)
  { re: "(?<!national\\s)security\\s+council\\s+secretary|secretary\\s+of\\s+(?:the\\s+)?(?:russian\\s+)?security\\s+council", roleKey: "security-council-secretary", impliedCountry: "RU" },
  { re: "(?:state\\s+)?duma\\s+(?:speaker|chairman|chairwoman|chair)|(?:speaker|chair(?:man|woman)?|head)\\s+of\\s+(?:the\\s+)?(?:(?:russian|russia['’]s)\\s+)?(?:state\\s+duma|duma|lower\\s+house)", roleKey: "parliament-head", impliedCountry: "RU", officeHint: /duma|lower house/i },
  { re: "federation\\s+council\\s+(?:speaker|chairman|chairwoman|chair)|(?:speaker|chair(?:man|woman)?|head)\\s+of\\s+(?:the\\s+)?(?:(?:russian|russia['’]s)\\s+)?(?:federation\\s+council|upper\\s+house)", roleKey: "parliament-head", impliedCountry: "RU", officeHint: /federation council|upper house/i },
  { re: "chairman\\s+of\\s+the\\s+(?:spa\\s+)?standing\\s+committee(?:\\s+of\\s+the\\s+supreme\\s+people's\\s+assembly)?|(?:speaker|chairman)\\s+of\\s+the\\s+supreme\\s+people's\\s+assembly", roleKey: "parliament-head", impliedCountry: "KP" },
  { re: "parliament(?:ary)?\\s+speaker|speaker\\s+of\\s+(?:the\\s+)?parliament", roleKey: "parliament-head" },
  { re: "chief\\s+of\\s+(?:the\\s+)?general\\s+staff|chief\\s+of\\s+(?:the\\s+)?general\\s+staff\\s+of\\s+the\\s+(?:kpa|korean\\s+people's\\s+army)|army\\s+chief", roleKey: "military-chief" },
  { re: "spy\\s+chief|intelligence\\s+chief|director\\s+of\\s+(?:the\\s+)?(?:svr|fsb|foreign\\s+intelligence\\s+service|federal\\s+security\\s+service)", roleKey: "intelligence-chief" },
  { re: "ambassador(?:\\s+extraordinary\\s+and\\s+plenipotentiary)?|envoy", roleKey: "ambassador" },
  { re: "prime\\s+minister|premier", roleKey: "head-of-government" },
  { re: "kremlin\\s+(?:chief|leader|boss|head)", roleKey: "head-of-state", impliedCountry: "RU" },
  { re: "president\\s+of\\s+(?:the\\s+)?state\\s+affairs(?:\\s+commission)?|chairman\\s+of\\s+(?:the\\s+)?state\\s+affairs\\s+commission|general\\s+secretary(?:\\s+of\\s+the\\s+workers'\\s+party(?:\\s+of\\s+korea)?)?|supreme\\s+leader", roleKey: "head-of-state", impliedCountry: "KP" },
  { re: "president|leader|head\\s+of\\s+state", roleKey: "head-of-state" },
  { re: `(?:deputy|vice)[\\s-]+minister(?:\\s+of\\s+(?:the\\s+)?${PORTFOLIO})?`, roleKey: "deputy-minister" },
  { re: `minister(?:\\s+of\\s+(?:the\\s+)?${PORTFOLIO})?|${PORTFOLIO}\\s+minister`, roleKey: "minister" },
  { re: "governor", roleKey: "regional-governor" },
  { re: "marshal|general|colonel\\s+general|admiral|commander", roleKey: "other" },
];

/** Single words that may stand before a name as a title without a role key. */
const HONORIFICS = /^(mr|mrs|ms|dr|comrade|madam|madame|sir|mister)\.?$/i;

// ---------------------------------------------------------------- index

export interface AliasIndex {
  people: RegistryPerson[];
  bySlug: Map<string, RegistryPerson>;
  /** Folded full-name key (tokens concatenated) -> slugs. */
  fullNames: Map<string, string[]>;
  maxTokens: number;
  /** Folded surname -> slugs. */
  surnames: Map<string, string[]>;
  /** Surnames whose owner may be named by surname alone without a full mention first. */
  standaloneSurnames: Set<string>;
  /** First folded token of every full name, to skip n-gram work quickly. */
  firstTokens: Set<string>;
  countries: CountryLexicon;
  roleRe: RegExp;
  /** Anchored at the end: "the Russian former " before a title. */
  rolePrefixRe: RegExp;
  roleTitles: RoleTitle[];
  /** "the foreign ministers of Russia and North Korea", "Russian and North Korean leaders". */
  pluralRoleRe: RegExp;
  /** "his North Korean counterpart". */
  counterpartRe: RegExp;
}

const PLURAL_TITLES: Array<[string, RoleKey]> = [
  ["(?:deputy|vice)[\\s-]+foreign\\s+ministers", "deputy-foreign-minister"],
  ["foreign\\s+ministers|top\\s+diplomats|chief\\s+diplomats", "foreign-minister"],
  ["defen[cs]e\\s+ministers|defen[cs]e\\s+chiefs", "defence-minister"],
  ["prime\\s+ministers|premiers", "head-of-government"],
  ["leaders|presidents|heads\\s+of\\s+state", "head-of-state"],
];

// Name order is family-first for these countries, so the surname is the first token.
const FAMILY_FIRST = new Set(["KP", "KR", "CN", "VN", "MN", "TW", "HK"]);

function addKey(map: Map<string, string[]>, key: string, slug: string) {
  if (key === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [slug]);
  else if (!list.includes(slug)) list.push(slug);
}

const indexCache = new WeakMap<RegistryPerson[], WeakMap<Country[], AliasIndex>>();

/** Builds (once per registry array) the alias index used by all lookups. */
export function buildAliasIndex(people: RegistryPerson[], countries: Country[] = []): AliasIndex {
  const cachedByCountries = indexCache.get(people);
  const cached = cachedByCountries?.get(countries);
  if (cached) return cached;

  const fullNames = new Map<string, string[]>();
  const surnames = new Map<string, string[]>();
  const bySlug = new Map<string, RegistryPerson>();
  const firstTokens = new Set<string>();
  let maxTokens = 1;
  for (const person of people) {
    bySlug.set(person.slug, person);
    const familyFirst = FAMILY_FIRST.has(person.country);
    for (const alias of [person.name, ...person.aliases]) {
      const tokens = splitNameTokens(alias);
      if (tokens.length === 0) continue;
      if (tokens.length === 1) {
        // A one-word alias is a surname-like handle ("Putin", "Лавров", "김정은" is one token but a full name).
        if (/[\uac00-\ud7af]/.test(alias) && alias.length >= 3) {
          addKey(fullNames, tokens[0], person.slug);
          firstTokens.add(tokens[0]);
        } else addKey(surnames, tokens[0], person.slug);
        continue;
      }
      const variants = [tokens];
      variants.push([tokens[tokens.length - 1], ...tokens.slice(0, -1)]); // "Lavrov Sergey"
      variants.push([...tokens.slice(1), tokens[0]]); // "Jong Un Kim"
      if (tokens.length >= 3 && !familyFirst) variants.push([tokens[0], tokens[tokens.length - 1]]); // drop patronymic
      for (const v of variants) {
        addKey(fullNames, v.join(""), person.slug);
        firstTokens.add(v[0]);
        maxTokens = Math.max(maxTokens, v.length);
      }
      addKey(surnames, familyFirst ? tokens[0] : tokens[tokens.length - 1], person.slug);
    }
  }
  // A reversed variant must not shadow another person's real name.
  for (const [key, slugs] of fullNames) if (slugs.length > 1) fullNames.set(key, slugs);

  const standaloneSurnames = new Set<string>();
  for (const [key, slugs] of surnames) {
    if (slugs.length !== 1 || key.length < 4) continue;
    const person = bySlug.get(slugs[0])!;
    if (FAMILY_FIRST.has(person.country)) continue; // Kim, Choe, Ri: only after a full mention.
    if (COMMON_WORDS.has(key)) continue;
    standaloneSurnames.add(key);
  }

  const countryLexicon = buildCountryLexicon(countries);
  const titleAlternation = ROLE_TITLES.map((t) => `(${t.re})`).join("|");
  // Titles are found first (cheap); the optional article, country and modifiers are read backwards from each.
  const roleRe = new RegExp(
    `\\b(?:${titleAlternation})\\b(?:\\s+(?:of|to|for|in)\\s+(?:the\\s+)?(${countryLexicon.pattern})\\b)?`,
    "giu",
  );
  const rolePrefixRe = new RegExp(
    // Modifiers may stand before the country or after it: "the former Russian president", "the Russian former president".
    `(?:\\b(?:the|a|an|then|its|his|her|their)\\s+)?((?:(?:former|acting|then|new|incumbent|current|senior|top|outgoing)[\\s-]+)*)(?:\\b(${countryLexicon.pattern})(?:['’]s)?\\s+)?((?:(?:former|acting|then|new|incumbent|current|senior|top|outgoing)[\\s-]+)*)$`,
    "iu",
  );

  const plural = PLURAL_TITLES.map(([re]) => `(${re})`).join("|");
  const c = countryLexicon.pattern;
  const pluralRoleRe = new RegExp(
    `\\b(?:(${c})\\s+and\\s+(${c})\\s+(?:${plural})|(?:${plural})\\s+of\\s+(?:the\\s+)?(${c})\\s+and\\s+(?:the\\s+)?(${c}))\\b`,
    "giu",
  );
  const counterpartRe = new RegExp(`\\b(?:his|her|their|the)\\s+(?:(${c})(?:['’]s)?\\s+)?counterparts?\\b`, "giu");
  const index: AliasIndex = {
    people, bySlug, fullNames, maxTokens, surnames, standaloneSurnames, firstTokens,
    countries: countryLexicon, roleRe, rolePrefixRe, roleTitles: ROLE_TITLES, pluralRoleRe, counterpartRe,
  };
  const inner = cachedByCountries ?? new WeakMap<Country[], AliasIndex>();
  inner.set(countries, index);
  if (!cachedByCountries) indexCache.set(people, inner);
  return index;
}

// Surnames that are also ordinary English words must never resolve on their own.
const COMMON_WORDS = new Set(["young", "long", "good", "rich", "best", "well", "white", "black", "green", "brown", "bush", "rice", "price", "cook", "king", "wang", "park", "lee", "moon", "ban", "hope", "mark", "chance"]);

// ---------------------------------------------------------------- offices

function toRangeStart(partial: string | null): string {
  if (!partial) return "0000-01-01";
  if (/^\d{4}$/.test(partial)) return `${partial}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-01`;
  return partial;
}
function toRangeEnd(partial: string | null): string {
  if (!partial) return "9999-12-31";
  if (/^\d{4}$/.test(partial)) return `${partial}-12-31`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-31`;
  return partial;
}

export function isOfficeActive(office: RegistryOffice, date: string): boolean {
  return toRangeStart(office.from) <= date && date <= toRangeEnd(office.to);
}

/** The person held a head-of-state office on that date (the registry's "head" level of that role). */
export function isHeadOfStateAt(person: RegistryPerson, date: string): boolean {
  return person.offices.some((o) => o.level === "head" && o.roleKey === "head-of-state" && isOfficeActive(o, date));
}

const OFFICE_LEVEL_RANK: Record<string, number> = { head: 0, minister: 1, parliament: 2, vice: 3, other: 4 };

// Among equal levels the state office names the role best ("President", not "General Secretary").
// (Module level, as the helpers below: the benchmark runs under tsx, whose keepNames costs a defineProperty for each
// named closure made in a call; made per mention or per sentence, they took about 3% of extraction time.)
function officeKeyRank(o: RegistryOffice): number {
  return o.roleKey === "head-of-state" ? 0 : o.roleKey === "head-of-government" ? 1 : o.roleKey === "other" ? 3 : 2;
}

/** The office a person held on a date (the first active one), or null. */
export function findOfficeAt(person: RegistryPerson, date: string, roleKey?: RoleKey): RegistryOffice | null {
  const active = person.offices.filter((o) => isOfficeActive(o, date) && (!roleKey || o.roleKey === roleKey));
  if (active.length === 0) return null;
  const rank = OFFICE_LEVEL_RANK;
  return active.sort((a, b) => (rank[a.level] ?? 9) - (rank[b.level] ?? 9) || officeKeyRank(a) - officeKeyRank(b))[0];
}

/** Resolves "the Russian foreign minister" on a date to the one registry person holding that office then. */
export function resolveRoleHolder(
  index: AliasIndex,
  country: CountryCode,
  roleKey: RoleKey,
  date: string,
  toCountry?: CountryCode | null,
  officeHint?: RegExp,
): RegistryPerson | null {
  const holders = index.people.filter(
    (p) =>
      p.country === country &&
      p.offices.some(
        (o) => o.roleKey === roleKey && isOfficeActive(o, date) && (!toCountry || !o.toCountry || o.toCountry === toCountry) && (!officeHint || officeHint.test(o.title)),
      ),
  );
  return holders.length === 1 ? holders[0] : null;
}

// ---------------------------------------------------------------- mentions

export type MentionKind = "name" | "surname" | "titled-new" | "role" | "anaphor";

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Registry slug, or a slug made from the name for a new person. */
  slug: string;
  name: string;
  country: CountryCode | null;
  /** Title as written or the registry office title at the date. */
  role: string | null;
  roleKey: RoleKey | null;
  isNew: boolean;
}

export interface MentionOptions {
  /** YYYY-MM-DD the sentence is about; offices are checked on it. */
  date: string;
  /** Slugs fully named somewhere in the article: a bare surname resolves to them first. */
  articleSlugs?: ReadonlySet<string>;
  /** Countries the article names (codes): a bare surname may stand for their head of state. */
  articleCountries?: ReadonlySet<string>;
  /** Unregistered titled people met so far in the article, by folded surname; filled as sentences are read in order. */
  newPeople?: Map<string, PersonMention>;
  /** Folded registered surnames the article gives to someone else (see findOtherSurnameBearers). */
  otherBearers?: ReadonlySet<string>;
}

/** Roles precise enough that "Foreign Minister <unknown spelling>" can be matched to the office holder. */
function isSpecificRole(roleKey: RoleKey): boolean {
  return roleKey !== "minister" && roleKey !== "deputy-minister" && roleKey !== "other" && roleKey !== "party-official";
}

/** The written name shares all but one folded token with one of the person's names. */
/** Edits (insert, delete, replace) between two short words, for spellings of one name ("Shoygu", "Shoigu"). */
function countEdits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let k = 1; k <= b.length; k++) next.push(Math.min(row[k] + 1, next[k - 1] + 1, row[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

// ("President Kim Dae-jung met Kim Jong Il": a shared surname makes another spelling of the registered Kim's name only
// when the rest is spelt nearly alike, "Viacheslav" for "Vyacheslav"; a hyphenated given name, "Dae-jung", is one
// name, not a "Jung" of "Kim Jung Il".)
function sharesGivenName(person: RegistryPerson, tokens: Token[], text: string): boolean {
  const joinHyphens = (toks: Token[], source: string) =>
    toks.reduce<string[]>((out, t, i) => (i > 0 && source.slice(toks[i - 1].end, t.start) === "-" ? [...out.slice(0, -1), out[out.length - 1] + t.folded] : [...out, t.folded]), []);
  const written = joinHyphens(tokens, text);
  return [person.name, ...person.aliases].some((alias) => {
    const own = joinHyphens(tokenize(alias), alias);
    const shared = written.filter((w) => own.includes(w));
    return shared.length >= Math.max(1, written.length - 1) && written.every((w) => own.some((o) => countEdits(w, o) <= 2));
  });
}

interface RolePhrase {
  start: number;
  end: number;
  roleKey: RoleKey;
  officeHint?: RegExp;
  title: string;
  country: CountryCode | null;
  toCountry: CountryCode | null;
  former: boolean;
  /** "the United Russia leader": the named body whose office the title is, when its name holds a country's. */
  institution?: string;
}

/** Institutions that can only be one state's. */
const INSTITUTIONS: Array<[RegExp, CountryCode]> = [
  [/\b(?:State\s+Duma|Duma|Federation\s+Council|Kremlin)\b/, "RU"],
  [/\b(?:Supreme\s+People's\s+Assembly|Workers'\s+Party|State\s+Affairs\s+Commission|KCNA|Korean\s+Central\s+News\s+Agency)\b/, "KP"],
];

const TITLE_HINT = /minister|president|leader|secretary|diplomat|chief|ambassador|envoy|premier|speaker|chair|governor|director|marshal|general|admiral|commander|head\s+of\s+state/i;

function findRolePhrases(text: string, index: AliasIndex): RolePhrase[] {
  const out: RolePhrase[] = [];
  if (!TITLE_HINT.test(text)) return out;
  const re = index.roleRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let titleIdx = -1;
    for (let i = 0; i < index.roleTitles.length; i++) {
      if (m[1 + i] !== undefined) {
        titleIdx = i;
        break;
      }
    }
    if (titleIdx < 0) continue;
    // ("Choe Ryong Hae, first vice-president of the State Affairs Commission": a vice or deputy of an office is not its
    // holder; titles that have a deputy's form of their own match it from "deputy" on, so only these are left out.)
    if (/\b(?:vice|deputy)(?:-|\s+)$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const title = index.roleTitles[titleIdx];
    const trailingCountry = m[1 + index.roleTitles.length];
    const windowStart = Math.max(0, m.index - 80);
    const prefix = index.rolePrefixRe.exec(text.slice(windowStart, m.index));
    const start = prefix ? windowStart + prefix.index : m.index;
    // "Kim received the United Russia leader": a country's name inside a body's name ("United Russia", a party) is no
    // country of the title, and the leader of a party or council is not the state's.
    const named = prefix?.[2] ? /\b[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){1,2})$/u.exec(text.slice(Math.max(0, windowStart + prefix.index - 40), windowStart + prefix.index)) : null;
    const institution = named && !named[1].split(/\s+/).some((w) => w !== "" && (index.countries.byTerm.has(w.toLowerCase()) || /^(?:former|acting|then|new|incumbent|current|senior|top|outgoing)$/i.test(w)))
      ? `${named[1]}${prefix![2]}`.replace(/\s+/g, " ")
      : undefined;
    const leadCountry = prefix?.[2] && !institution ? findCountryCode(prefix[2], index.countries) : null;
    let country = leadCountry ?? null;
    let toCountry: CountryCode | null = null;
    if (trailingCountry) {
      const code = findCountryCode(trailingCountry, index.countries);
      // ("the historic visit of the President to Pyongyang": only an envoy is "to" a country; any other title's "to"
      // is where its holder went, not whose title it is.)
      const joiner = /\s(of|to|for|in)\s+(?:the\s+)?$/i.exec(m[0].slice(0, m[0].length - trailingCountry.length))?.[1].toLowerCase();
      if (title.roleKey === "ambassador" && m[0].match(/\s(to|in)\s/i)) toCountry = code;
      else if (!country && joiner !== "to") country = code;
    }
    // "the general secretary of Vietnam's party": a written country beats the one a title usually implies.
    country = country ?? title.impliedCountry ?? null;
    // "the Federation Council approved it, and the president signed the law": "the president" takes the country of
    // the one state whose institutions are named around it.
    if (!country && /^president$/i.test(m[1 + titleIdx]) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      const around = text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 150);
      const named = INSTITUTIONS.filter(([re]) => re.test(around)).map(([, code]) => code);
      if (new Set(named).size === 1) country = named[0];
    }
    out.push({
      start,
      end: m.index + m[0].length,
      roleKey: title.roleKey,
      officeHint: title.officeHint,
      title: m[1 + titleIdx],
      country,
      toCountry,
      former: /former|outgoing/i.test(`${prefix?.[1] ?? ""} ${prefix?.[3] ?? ""}`),
      ...(institution ? { institution } : {}),
    });
  }
  return out;
}

/** Words that look like names when capitalised but never are. */
const NOT_NAME_WORDS = new Set([
  "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "said", "says", "told", "on", "during", "after",
  "before", "who", "which", "that", "this", "his", "her", "their", "its", "also", "has", "had", "have", "was", "is", "will",
  "met", "meets", "visited", "held", "hold", "signed", "arrived", "spoke", "called", "discussed", "welcomed", "received",
  "ministry", "council", "party", "committee", "agency", "army", "navy", "state", "people", "peoples", "republic", "duma",
  "korea", "russia", "government", "assembly", "federation", "office", "department", "commission", "news", "central",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "kremlin", "moscow", "pyongyang", "foreign",
  "affairs", "defense", "defence", "minister", "president", "leader", "general", "secretary", "ambassador", "chairman",
  "kcna", "tass", "yonhap", "ria", "novosti", "interfax", "reuters", "afp", "ap", "sputnik", "north", "south", "korean",
  "russian", "dprk", "chinese", "china", "workers", "wpk", "kpa", "spa", "supreme", "military", "air", "force", "forces",
  "vladimir", "comrade", "deputy", "vice", "first", "united", "nations", "un", "security", "delegation", "embassy", "day",
  // A conjunction or preposition opening a sentence ("Since Shoigu's visit in July 2023, ...") is no part of a name.
  "since", "when", "while", "until", "unlike", "like", "as", "once", "but", "if", "because", "although", "though", "where",
  "whereas", "under", "by", "from", "among", "between", "without", "against", "despite",
  // So is a day word or time adverb opening it ("Yesterday Shoigu was back in Pyongyang").
  "yesterday", "today", "tomorrow", "tonight", "then",
  // Or a question word opening a clause ("What Putin can offer is recognition").
  "what", "how", "why", "whether",
]);

/**
 * "Pavel Orlov, the foreign minister, flew to Pyongyang": a name set off before its title by commas is titled as surely
 * as one after it, so an unknown one there is a new person too.
 */
function findAppositiveName(text: string, role: RolePhrase, tokens: Token[], covered: boolean[]): Token[] {
  if (!/,\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, role.start - 6), role.start)) || !/^\s*[,;.]/.test(text.slice(role.end))) return [];
  const comma = text.lastIndexOf(",", role.start);
  let k = tokens.findIndex((t) => t.end === comma);
  const name: Token[] = [];
  for (; k >= 0 && name.length < 4 && !covered[k] && /^\p{Lu}/u.test(tokens[k].text) && !NOT_NAME_WORDS.has(tokens[k].text.toLowerCase()); k--) {
    if (name.length > 0 && !isNameGap(text.slice(tokens[k].end, name[0].start))) break;
    name.unshift(tokens[k]);
  }
  // (The name must open where capitalised words stop: not the tail of "the Kremlin Pavel Orlov".)
  const before = k >= 0 && name.length > 0 && isNameGap(text.slice(tokens[k].end, name[0].start)) ? tokens[k] : null;
  return before && /^\p{Lu}/u.test(before.text) && !NOT_NAME_WORDS.has(before.text.toLowerCase()) ? [] : name;
}

/**
 * "the then foreign minister, Igor Ivanov, flew to Pyongyang": a name set off by commas right after "the <title>" is
 * that title's holder, as surely as one written straight after it; both commas are needed, so a list ("the foreign
 * minister, Kim and Choe") names nobody.
 */
function findNameAfterComma(text: string, role: RolePhrase, tokens: Token[], covered: boolean[]): Token[] {
  // ("led by Russia's deputy defence minister, Alexei Krivoruchko, and": a country's possessive stands for "the".)
  if (!/^(?:[Tt]he|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?)\s/u.test(text.slice(role.start, role.end)) || !/^,\s{1,2}\p{Lu}/u.test(text.slice(role.end))) return [];
  const first = tokens.findIndex((t) => t.start >= role.end);
  const name: Token[] = [];
  for (let k = first; k >= 0 && k < tokens.length && name.length < 4 && !covered[k] && /^\p{Lu}/u.test(tokens[k].text) && !NOT_NAME_WORDS.has(tokens[k].text.toLowerCase()); k++) {
    if (name.length > 0 && !isNameGap(text.slice(name[name.length - 1].end, tokens[k].start))) break;
    name.push(tokens[k]);
  }
  return name.length > 0 && /^,\s/.test(text.slice(name[name.length - 1].end)) ? name : [];
}

/**
 * ("South Korean President Kim Dae-jung was received": a Korean given name's second syllable after a hyphen may be
 * written small, and is still part of the name.)
 */
function looksLikeNewName(tokens: Token[], lexicon: CountryLexicon, text: string): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  return tokens.every(
    (t, i) => (i > 0 && text.slice(tokens[i - 1].end, t.start) === "-" ? /^\p{Ll}{2,}$/u.test(t.text) : t.capitalised && /^\p{Lu}/u.test(t.text) && t.text.length >= 2 && !NOT_NAME_WORDS.has(t.text.toLowerCase()) && !lexicon.byTerm.has(t.text.toLowerCase())),
  );
}

function toParticipantFromPerson(person: RegistryPerson, date: string, roleKey?: RoleKey | null) {
  const office = (roleKey && findOfficeAt(person, date, roleKey)) || findOfficeAt(person, date);
  return { slug: person.slug, name: person.name, country: person.country, role: office?.title ?? null, roleKey: office?.roleKey ?? null };
}

/** All registry full-name matches in a text (longest first at each position); used to learn who the article names. */
export function findFullNameMentions(text: string, index: AliasIndex, tokens = tokenize(text)): Array<{ start: number; end: number; tokenStart: number; tokenEnd: number; slug: string }> {
  const out: Array<{ start: number; end: number; tokenStart: number; tokenEnd: number; slug: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first.capitalised || !index.firstTokens.has(first.folded)) continue;
    let key = first.folded;
    let best: { n: number; slug: string } | null = null;
    for (let n = 2; n <= index.maxTokens + 1 && i + n - 1 < tokens.length; n++) {
      const next = tokens[i + n - 1];
      const gap = text.slice(tokens[i + n - 2].end, next.start);
      if (!isNameGap(gap)) break;
      if (!next.capitalised && !/-/.test(gap)) break;
      // Russian patronymics ("Andrey Removich Belousov") are left out of the key.
      if (n === 2 && PATRONYMIC.test(next.text)) continue;
      key += next.folded;
      const slugs = index.fullNames.get(key);
      if (slugs && slugs.length === 1) best = { n, slug: slugs[0] };
    }
    // Hangul full names are single tokens.
    if (!best) {
      const slugs = index.fullNames.get(first.folded);
      if (slugs && slugs.length === 1) best = { n: 1, slug: slugs[0] };
    }
    if (best) {
      // "Kim Sung Du" is not the registered "Kim Sung": a Korean name does not run on into another syllable.
      const after = tokens[i + best.n];
      const person = index.bySlug.get(best.slug)!;
      if (
        after && FAMILY_FIRST.has(person.country) && /^\p{Lu}\p{Ll}{0,4}$/u.test(after.text) &&
        isNameGap(text.slice(tokens[i + best.n - 1].end, after.start)) && !NOT_NAME_WORDS.has(after.text.toLowerCase())
      ) {
        i += best.n - 1;
        continue;
      }
      out.push({ start: first.start, end: tokens[i + best.n - 1].end, tokenStart: i, tokenEnd: i + best.n, slug: best.slug });
      i += best.n - 1;
    }
  }
  return out;
}

/**
 * Registered surnames the text writes after a given name that is not the registered person's: "Pavel Ivanov, then a
 * deputy minister" is not the registry's Timur Ivanov, and a bare "Ivanov" later in that article is Pavel again.
 */
export function findOtherSurnameBearers(text: string, index: AliasIndex, tokens = tokenize(text), full = findFullNameMentions(text, index, tokens)): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!index.standaloneSurnames.has(t.folded) || full.some((f) => i >= f.tokenStart && i < f.tokenEnd)) continue;
    const given = tokens[i - 1];
    const before = tokens[i - 2];
    // (A given name opens the name: "Deputy Minister Pavel Ivanov" still counts, "the Kremlin Ivanov" does not.)
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(given.text) || !isNameGap(text.slice(given.end, t.start)) || NOT_NAME_WORDS.has(given.text.toLowerCase()) || HONORIFICS.test(given.text)) continue;
    if (index.countries.byTerm.has(given.text.toLowerCase()) || index.surnames.has(given.folded)) continue;
    if (before && isNameGap(text.slice(before.end, given.start)) && /^\p{Lu}/u.test(before.text) && !NOT_NAME_WORDS.has(before.text.toLowerCase())) continue;
    out.push(t.folded);
  }
  return out;
}

/** "became", "was appointed", "took over as": the words before a title a subject takes (before "new", "acting"). */
const PREDICATE_BEFORE = /\b(?:became|becomes|become|was\s+(?:appointed|named|made)|were\s+(?:appointed|named)|(?:took\s+over|served|serves|serving|takes\s+over)\s+as)\s+(?:(?:the|a|an)\s+)?(?:(?:new|acting|first)\s+)?$/i;

/** "the Putin-Kim meeting": a token hyphened to this surname is another registered surname, of someone else. */
function pairedWithSurname(index: AliasIndex, candidates: readonly string[], o: Token | undefined, gap: string): boolean {
  return o !== undefined && /^[-‐‑]$/.test(gap) && (index.surnames.get(o.folded) ?? []).some((slug) => !candidates.includes(slug));
}

/**
 * Finds people in one sentence: full names, titled names, bare surnames (only when unambiguous), role-only
 * references resolved through offices at `date`, and titled names missing from the registry (isNew).
 */
export function findPersonMentions(text: string, index: AliasIndex, options: MentionOptions, tokens = tokenize(text)): PersonMention[] {
  const mentions: PersonMention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const date = options.date;

  for (const full of findFullNameMentions(text, index, tokens)) {
    const person = index.bySlug.get(full.slug)!;
    for (let k = full.tokenStart; k < full.tokenEnd; k++) covered[k] = true;
    mentions.push({ start: full.start, end: full.end, text: text.slice(full.start, full.end), kind: "name", isNew: false, ...toParticipantFromPerson(person, date) });
  }

  const roles = findRolePhrases(text, index);

  for (const role of roles) {
    // Already followed by a known full name: the phrase is just its title.
    const following = mentions.find((mm) => mm.start >= role.end && mm.start - role.end <= 2);
    if (following) {
      if (!following.role) following.role = role.title;
      continue;
    }
    const ti = tokens.findIndex((t) => t.start >= role.end);
    const nameTokens: Token[] = [];
    if (ti >= 0 && /^\s{1,2}$/.test(text.slice(role.end, tokens[ti].start)) && !covered[ti]) {
      for (let k = ti; k < tokens.length && nameTokens.length < 4; k++) {
        if (k > ti && !isNameGap(text.slice(tokens[k - 1].end, tokens[k].start))) break;
        if (!/^\p{Lu}/u.test(tokens[k].text) && !(k > ti && /-$/.test(text.slice(tokens[k - 1].end, tokens[k].start)))) break;
        if (NOT_NAME_WORDS.has(tokens[k].text.toLowerCase())) break;
        nameTokens.push(tokens[k]);
      }
    }
    if (nameTokens.length === 0) nameTokens.push(...findNameAfterComma(text, role, tokens, covered));
    if (nameTokens.length === 0) nameTokens.push(...findAppositiveName(text, role, tokens, covered));
    if (nameTokens.length === 1) {
      // "Foreign Minister Choe": a surname, narrowed by role and date.
      const tok = nameTokens[0];
      const person = resolveSurname(tok.folded, index, { date, roleKey: role.roleKey, country: role.country, articleSlugs: options.articleSlugs, titled: true });
      if (person) {
        covered[ti] = true;
        mentions.push({ start: tok.start, end: tok.end, text: tok.text, kind: "surname", isNew: false, ...toParticipantFromPerson(person, date, role.roleKey) });
        continue;
      }
    }
    if (nameTokens.length >= 2) {
      // Maybe only part of a registry name was tried; a longer unknown name after a title is a new person.
      const joined = nameTokens.map((t) => t.folded).join("");
      const slugs = index.fullNames.get(joined);
      if (slugs && slugs.length === 1) continue;
      const sur = resolveSurname(nameTokens[nameTokens.length - 1].folded, index, { date, roleKey: role.roleKey, country: role.country, articleSlugs: options.articleSlugs, titled: true });
      const surFirst = resolveSurname(nameTokens[0].folded, index, { date, roleKey: role.roleKey, country: role.country, articleSlugs: options.articleSlugs, titled: true });
      const namedPerson = sur ?? surFirst;
      if (namedPerson && isSpecificRole(role.roleKey) && namedPerson.offices.some((o) => o.roleKey === role.roleKey && isOfficeActive(o, date)) && sharesGivenName(namedPerson, nameTokens, text)) {
        // Unregistered spelling of a registered office holder ("Sergei Shoygu" style variants).
        const s = nameTokens[0].start;
        const e = nameTokens[nameTokens.length - 1].end;
        for (let k = ti; k < ti + nameTokens.length; k++) covered[k] = true;
        mentions.push({ start: s, end: e, text: text.slice(s, e), kind: "name", isNew: false, ...toParticipantFromPerson(namedPerson, date, role.roleKey) });
        continue;
      }
      if (looksLikeNewName(nameTokens, index.countries, text) && role.roleKey !== "other") {
        const s = nameTokens[0].start;
        const e = nameTokens[nameTokens.length - 1].end;
        const name = text.slice(s, e);
        for (let k = ti; k < ti + nameTokens.length; k++) covered[k] = true;
        const country = role.country ?? findDelegationCountry(text.slice(0, role.start), index);
        const mention: PersonMention = { start: s, end: e, text: name, kind: "titled-new", slug: toSlug(name), name, country, role: normaliseTitle(text.slice(role.start, role.end)), roleKey: role.roleKey, isNew: true };
        mentions.push(mention);
        if (options.newPeople) {
          const key = FAMILY_FIRST.has(country ?? "") ? nameTokens[0].folded : nameTokens[nameTokens.length - 1].folded;
          if (!options.newPeople.has(key)) options.newPeople.set(key, mention);
        }
        continue;
      }
      if (role.roleKey === "other") continue;
    }
    // ("Lavrov became foreign minister in 2004": a title after "became" or "was appointed" is what the subject became,
    // no one else; read as its holder on the sentence's date it would be his predecessor.)
    if (nameTokens.length === 0 && PREDICATE_BEFORE.test(text.slice(Math.max(0, role.start - 40), role.start))) continue;
    // "the United Russia leader": the one person whose office then was in that body ("Chairman of United Russia"), or
    // nobody, never the holder of the title in the state.
    if (nameTokens.length === 0 && role.institution) {
      const body = role.institution.toLowerCase();
      const holders = index.people.filter((p) => p.offices.some((o) => isOfficeActive(o, date) && o.title.toLowerCase().includes(body)));
      if (holders.length === 1) mentions.push({ start: role.start, end: role.end, text: text.slice(role.start, role.end), kind: "role", isNew: false, ...toParticipantFromPerson(holders[0], date) });
      continue;
    }
    // "the former defence minister": the one person named in the article who held that office before the date.
    if (nameTokens.length === 0 && role.former && options.articleSlugs && isSpecificRole(role.roleKey)) {
      const formers = [...options.articleSlugs].map((s) => index.bySlug.get(s)!).filter(
        (p) => p && (!role.country || p.country === role.country) && p.offices.some((o) => o.roleKey === role.roleKey && toRangeEnd(o.to) < date),
      );
      if (formers.length === 1) {
        mentions.push({ start: role.start, end: role.end, text: text.slice(role.start, role.end), kind: "role", isNew: false, ...toParticipantFromPerson(formers[0], date) });
        continue;
      }
    }
    // Role-only reference: needs a country and a single holder on the date.
    if (nameTokens.length === 0 && role.country && !role.former && role.roleKey !== "minister" && role.roleKey !== "deputy-minister" && role.roleKey !== "other") {
      const holder = resolveRoleHolder(index, role.country, role.roleKey, date, role.toCountry, role.officeHint);
      if (holder) {
        mentions.push({ start: role.start, end: role.end, text: text.slice(role.start, role.end), kind: "role", isNew: false, ...toParticipantFromPerson(holder, date, role.roleKey) });
      }
    }
  }

  findGroupRoleMentions(text, index, date, mentions);

  // Bare surnames: "Lavrov said", "Kim met ..." after a full mention.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i];
    if (!opensUpper(t.text) && !/[\u0400-\u04ff]/.test(t.text)) continue;
    const candidates = index.surnames.get(t.folded);
    if (!candidates) {
      // A person first met with a title earlier in the article ("Deputy Minister Ivan Sorokin" ... "Sorokin").
      const known = options.newPeople?.get(t.folded);
      const prevTok = tokens[i - 1];
      const nextTok = tokens[i + 1];
      const joined = (prevTok && isNameGap(text.slice(prevTok.end, t.start)) && /^\p{Lu}/u.test(prevTok.text)) || (nextTok && isNameGap(text.slice(t.end, nextTok.start)) && /^\p{Lu}/u.test(nextTok.text) && !NOT_NAME_WORDS.has(nextTok.text.toLowerCase()));
      if (known && !joined && !mentions.some((mm) => mm.start <= t.start && t.end <= mm.end)) {
        mentions.push({ ...known, start: t.start, end: t.end, text: t.text, kind: "surname" });
      }
      continue;
    }
    if (mentions.some((mm) => mm.start <= t.start && t.end <= mm.end)) continue;
    // ("No. The two countries signed a treaty in 1961": a sentence's first word closed by a full stop is a word said on
    // its own, an answer, not a surname; a full stop after a name ends the sentence.)
    if (i === 0 && /^\.\s/.test(text.slice(t.end, t.end + 2))) continue;
    // Part of a longer unknown capitalised name ("Kim Yo Jong" when she is not registered): not this person.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevJoined = prev && isNameGap(text.slice(prev.end, t.start)) && /^\p{Lu}/u.test(prev.text) && !NOT_NAME_WORDS.has(prev.text.toLowerCase()) && !HONORIFICS.test(prev.text) && !covered[i - 1];
    const nextJoined = next && isNameGap(text.slice(t.end, next.start)) && /^\p{Lu}/u.test(next.text) && !NOT_NAME_WORDS.has(next.text.toLowerCase()) && !index.countries.byTerm.has(next.text.toLowerCase());
    // "the Putin-Kim meeting": two registered surnames hyphenated are two people, not one longer name.
    if ((prevJoined && !pairedWithSurname(index, candidates, prev, text.slice(prev.end, t.start))) || (nextJoined && !pairedWithSurname(index, candidates, next, text.slice(t.end, next.start)))) continue;
    // ("which Kim appears to want now that the summit with South Korea's Kim Dae-jung ...": a bare surname before the
    // full name of one of its bearers in the same sentence is another bearer; no one is named short before in full.)
    const laterFull = new Set(mentions.filter((mm) => mm.kind === "name" && mm.start > t.end && candidates.includes(mm.slug)).map((mm) => mm.slug));
    const articleSlugs = laterFull.size > 0 && options.articleSlugs ? new Set([...options.articleSlugs].filter((slug) => !laterFull.has(slug))) : options.articleSlugs;
    const person = resolveSurname(t.folded, index, { date, articleSlugs, articleCountries: options.articleCountries, titled: prev ? HONORIFICS.test(prev.text) : false });
    if (!person) continue;
    // A namesake the article introduced by another given name, the registered one never named in full: the namesake.
    if (options.otherBearers?.has(t.folded) && !options.articleSlugs?.has(person.slug)) continue;
    mentions.push({ start: t.start, end: t.end, text: t.text, kind: "surname", isNew: false, ...toParticipantFromPerson(person, date) });
  }

  return mentions.sort((a, b) => a.start - b.start);
}

/** Plural role phrases naming both sides, and "his North Korean counterpart" (same office, other country). */
function findGroupRoleMentions(text: string, index: AliasIndex, date: string, mentions: PersonMention[]): void {
  const added: PersonMention[] = [];
  const re = index.pluralRoleRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const hasPlural = /ministers|leaders|presidents|diplomats|premiers|heads|chiefs/i.test(text);
  while (hasPlural && (m = re.exec(text)) !== null) {
    const n = PLURAL_TITLES.length;
    // groups: 1,2 countries (prefix form), 3..3+n-1 titles (prefix form), then n titles (suffix form), then 2 countries.
    let roleKey: RoleKey | null = null;
    for (let i = 0; i < n; i++) if (m[3 + i] !== undefined || m[3 + n + i] !== undefined) roleKey = PLURAL_TITLES[i][1];
    const terms = [m[1], m[2], m[3 + 2 * n], m[4 + 2 * n]].filter((x): x is string => x !== undefined);
    if (!roleKey) continue;
    for (const term of terms) {
      const code = findCountryCode(term, index.countries);
      const holder = code ? resolveRoleHolder(index, code, roleKey, date) : null;
      if (holder) added.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "role", isNew: false, ...toParticipantFromPerson(holder, date, roleKey) });
    }
  }
  const cre = index.counterpartRe;
  cre.lastIndex = 0;
  const hasCounterpart = /counterpart/i.test(text);
  while (hasCounterpart && (m = cre.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (mentions.some((x) => x.start >= end && x.start - end <= 2)) continue; // "counterpart Choe Son Hui" is named
    const antecedent = [...mentions].reverse().find((x) => x.end <= m!.index && x.roleKey);
    const code = m[1] ? findCountryCode(m[1], index.countries) : null;
    if (!antecedent || !antecedent.roleKey || !code || code === antecedent.country) continue;
    const holder = resolveRoleHolder(index, code, antecedent.roleKey, date);
    if (holder) added.push({ start: m.index, end, text: m[0], kind: "role", isNew: false, ...toParticipantFromPerson(holder, date, antecedent.roleKey) });
  }
  mentions.push(...added);
}

/** "A delegation of the ... of the Russian Federation led by Deputy Minister X": X's country is the delegation's. */
function findDelegationCountry(before: string, index: AliasIndex): CountryCode | null {
  const m = /\b(?:delegation|mission|team|group)\b([^.;]{0,100})\bled\s+by\s+$/i.exec(before);
  if (!m) return null;
  const span = `${before.slice(Math.max(0, m.index - 30), m.index)} ${m[1]}`;
  const re = new RegExp(`\\b(?:${index.countries.pattern})(?![\\p{L}])`, "gu");
  let hit: RegExpExecArray | null;
  let code: CountryCode | null = null;
  while ((hit = re.exec(span)) !== null) code = findCountryCode(hit[0], index.countries) ?? code;
  return code;
}

function normaliseTitle(phrase: string): string {
  return phrase.replace(/^(the|a|an)\s+/i, "").replace(/\s+/g, " ").trim();
}

interface SurnameOptions {
  date: string;
  roleKey?: RoleKey;
  country?: CountryCode | null;
  articleSlugs?: ReadonlySet<string>;
  articleCountries?: ReadonlySet<string>;
  titled: boolean;
}

/** A surname resolves when the article or the title leaves exactly one candidate. */
function resolveSurname(folded: string, index: AliasIndex, options: SurnameOptions): RegistryPerson | null {
  const candidates = index.surnames.get(folded);
  if (!candidates || candidates.length === 0) return null;
  let pool = candidates.map((s) => index.bySlug.get(s)!);
  if (options.country) pool = pool.filter((p) => p.country === options.country);
  if (options.roleKey && options.roleKey !== "other") {
    const holding = pool.filter((p) => p.offices.some((o) => o.roleKey === options.roleKey && isOfficeActive(o, options.date)));
    if (holding.length === 1) return holding[0];
    if (holding.length > 1) pool = holding;
  }
  if (options.articleSlugs) {
    const inArticle = pool.filter((p) => options.articleSlugs!.has(p.slug));
    if (inArticle.length === 1) return inArticle[0];
    if (inArticle.length > 1) {
      // Press usage: a bare "Kim" next to "Kim Yo Jong" still means the head of state.
      const heads = inArticle.filter((p) => isHeadOfStateAt(p, options.date));
      return heads.length === 1 ? heads[0] : null;
    }
    // So does a bare "Kim" in an article about North Korea that names no Kim in full: the press drops the given names
    // of a head of state only.
    const heads = pool.filter((p) => isHeadOfStateAt(p, options.date) && options.articleCountries?.has(p.country));
    if (inArticle.length === 0 && heads.length === 1 && !options.titled) return heads[0];
  }
  if (pool.length === 1 && (index.standaloneSurnames.has(folded) || (options.titled && options.roleKey))) return pool[0];
  return null;
}
