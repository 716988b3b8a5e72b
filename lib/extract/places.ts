/**
 * Places: where an event happened. A small gazetteer of the cities and sites that DPRK–Russia reporting names
 * (and the main ones of China, the other shipped pairs' third country), plus country names, each mapped to its
 * country so a visit can be checked to cross a border and an event assigned to its country pair.
 */
import type { CountryLexicon } from "../people/resolve";

export interface Place {
  /** Canonical name used as the event location. */
  name: string;
  country: string;
  kind: "city" | "site" | "country";
}

// [pattern, canonical name, country, kind]. Patterns are case-sensitive proper nouns.
const GAZETTEER: Array<[string, string, string, Place["kind"]]> = [
  ["the\\s+(?:North\\s+Korean|DPRK|North's)\\s+capital", "Pyongyang", "KP", "city"],
  ["the\\s+Russian\\s+capital", "Moscow", "RU", "city"],
  ["the Kremlin|Kremlin", "Moscow", "RU", "site"],
  ["Moscow", "Moscow", "RU", "city"],
  ["Vostochny(?:\\s+(?:Cosmodrome|space\\s+(?:centre|center|launch\\s+(?:centre|center|facility)|port)|spaceport))?", "Vostochny Cosmodrome", "RU", "site"],
  ["Vladivostok", "Vladivostok", "RU", "city"],
  ["Khabarovsk", "Khabarovsk", "RU", "city"],
  ["Komsomolsk-on-Amur|Komsomolsk", "Komsomolsk-on-Amur", "RU", "city"],
  ["St\\.?\\s*Petersburg|Saint\\s+Petersburg", "St. Petersburg", "RU", "city"],
  ["Novosibirsk", "Novosibirsk", "RU", "city"],
  ["Kazan", "Kazan", "RU", "city"],
  ["Sochi", "Sochi", "RU", "city"],
  ["Kursk", "Kursk", "RU", "city"],
  ["Artyom|Artem", "Artyom", "RU", "city"],
  ["Nakhodka", "Nakhodka", "RU", "city"],
  ["Khasan", "Khasan", "RU", "city"],
  ["Russky\\s+Island", "Vladivostok", "RU", "site"],
  ["Primorye|Primorsky\\s+(?:Krai|Territory|region)", "Primorye", "RU", "site"],
  ["Yekaterinburg", "Yekaterinburg", "RU", "city"],
  ["Rostov(?:-on-Don)?", "Rostov-on-Don", "RU", "city"],
  ["Pyongyang", "Pyongyang", "KP", "city"],
  ["Kumsusan(?:\\s+Palace(?:\\s+of\\s+the\\s+Sun)?)?", "Pyongyang", "KP", "site"],
  // Pyongyang's airport is named for the district it stands in: "the plane landed at Sunan airport" lands in Pyongyang.
  ["Sunan(?:\\s+International)?\\s+(?:[Aa]irport|[Aa]irfield)", "Pyongyang", "KP", "site"],
  ["Wonsan(?:-Kalma)?|Kalma", "Wonsan", "KP", "city"],
  ["Rason|Rajin", "Rason", "KP", "city"],
  ["Sinuiju", "Sinuiju", "KP", "city"],
  ["Hamhung", "Hamhung", "KP", "city"],
  ["Nampo|Namp'o", "Nampo", "KP", "city"],
  ["Chongjin", "Chongjin", "KP", "city"],
  ["Kaesong", "Kaesong", "KP", "city"],
  ["Sohae", "Sohae", "KP", "site"],
  ["Tumangang|Tumen\\s+River", "Tumangang", "KP", "site"],
  ["Panmunjom", "Panmunjom", "KR", "site"],
  ["Seoul", "Seoul", "KR", "city"],
  ["the\\s+Chinese\\s+capital", "Beijing", "CN", "city"],
  ["(?:the\\s+)?Great\\s+Hall\\s+of\\s+the\\s+People|Zhongnanhai|Diaoyutai(?:\\s+State\\s+Guesthouse)?", "Beijing", "CN", "site"],
  ["Beijing", "Beijing", "CN", "city"],
  ["Dandong", "Dandong", "CN", "city"],
  ["Shenyang", "Shenyang", "CN", "city"],
  ["Dalian", "Dalian", "CN", "city"],
  ["Harbin", "Harbin", "CN", "city"],
  ["Shanghai", "Shanghai", "CN", "city"],
  ["Tianjin", "Tianjin", "CN", "city"],
  ["Washington", "Washington", "US", "city"],
  ["New\\s+York", "New York", "US", "city"],
  ["Tokyo", "Tokyo", "JP", "city"],
  ["Minsk", "Minsk", "BY", "city"],
  ["Tehran", "Tehran", "IR", "city"],
  ["Hanoi", "Hanoi", "VN", "city"],
  ["Ulaanbaatar|Ulan\\s+Bator", "Ulaanbaatar", "MN", "city"],
  ["Vientiane", "Vientiane", "LA", "city"],
  ["Kuala\\s+Lumpur", "Kuala Lumpur", "MY", "city"],
  ["Jakarta", "Jakarta", "ID", "city"],
  ["Singapore", "Singapore", "SG", "city"],
  ["Geneva", "Geneva", "CH", "city"],
  ["Havana", "Havana", "CU", "city"],
  ["Kyiv|Kiev", "Kyiv", "UA", "city"],
  ["Anchorage", "Anchorage", "US", "city"],
  ["Alaska", "Alaska", "US", "site"],
  ["Helsinki", "Helsinki", "FI", "city"],
  ["Istanbul", "Istanbul", "TR", "city"],
  ["Ankara", "Ankara", "TR", "city"],
  ["Riyadh", "Riyadh", "SA", "city"],
  ["Astana", "Astana", "KZ", "city"],
  ["Bishkek", "Bishkek", "KG", "city"],
  ["Tashkent", "Tashkent", "UZ", "city"],
  ["Dushanbe", "Dushanbe", "TJ", "city"],
  ["Baku", "Baku", "AZ", "city"],
  ["New\\s+Delhi", "New Delhi", "IN", "city"],
  ["Blagoveshchensk", "Blagoveshchensk", "RU", "city"],
  ["Irkutsk", "Irkutsk", "RU", "city"],
  ["Ulan-Ude", "Ulan-Ude", "RU", "city"],
  ["Yakutsk", "Yakutsk", "RU", "city"],
  ["Yuzhno-Sakhalinsk|Sakhalin", "Yuzhno-Sakhalinsk", "RU", "city"],
  ["Petropavlovsk(?:-Kamchatsky)?|Kamchatka", "Petropavlovsk-Kamchatsky", "RU", "city"],
  ["Magadan", "Magadan", "RU", "city"],
  ["Samarkand", "Samarkand", "UZ", "city"],
  ["Saudi\\s+Arabia", "Saudi Arabia", "SA", "country"],
  ["Turkey|Türkiye", "Turkey", "TR", "country"],
  ["Kazakhstan", "Kazakhstan", "KZ", "country"],
  ["Syria", "Syria", "SY", "country"],
  ["Cuba", "Cuba", "CU", "country"],
  ["India", "India", "IN", "country"],
  ["Russia|the\\s+Russian\\s+Federation", "Russia", "RU", "country"],
  ["North\\s+Korea|the\\s+DPRK|DPRK|the\\s+Democratic\\s+People's\\s+Republic\\s+of\\s+Korea|the\\s+North(?![\\s-]*(?:Korean|Atlantic|Pole|Sea))", "North Korea", "KP", "country"],
  ["South\\s+Korea", "South Korea", "KR", "country"],
  ["China", "China", "CN", "country"],
  ["the\\s+United\\s+States", "United States", "US", "country"],
  ["Japan", "Japan", "JP", "country"],
  ["Belarus", "Belarus", "BY", "country"],
  ["Vietnam", "Vietnam", "VN", "country"],
  ["Mongolia", "Mongolia", "MN", "country"],
  ["Laos", "Laos", "LA", "country"],
  ["Iran", "Iran", "IR", "country"],
  ["Ukraine", "Ukraine", "UA", "country"],
];

const COUNTRY_NAMES: Record<string, string> = { RU: "Russia", KP: "North Korea", KR: "South Korea", CN: "China", US: "United States", JP: "Japan", BY: "Belarus", VN: "Vietnam", MN: "Mongolia", LA: "Laos", IR: "Iran", UA: "Ukraine" };

/** The gazetteer entry for a written place name (a dateline city), or null. */
export function findPlaceByName(name: string): Place | null {
  const hit = findPlaces(name).find((p) => p.start === 0);
  return hit ? { name: hit.name, country: hit.country, kind: hit.kind } : null;
}

export function toCountryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

const PLACE_RE = new RegExp(`\\b(?:${GAZETTEER.map(([p]) => `(${p})`).join("|")})(?![\\p{L}])`, "gu");

export interface PlaceMention extends Place {
  start: number;
  end: number;
  /** The preposition before it: "in", "to", "at", "from" or null (adjective / subject use). */
  preposition: string | null;
  /** Used attributively ("the Moscow talks") rather than as a place phrase. */
  attributive: boolean;
}

/** Finds places in a sentence with the preposition that introduces each. */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(text)) !== null) {
    let gi = -1;
    for (let i = 0; i < GAZETTEER.length; i++) if (m[i + 1] !== undefined) { gi = i; break; }
    if (gi < 0) continue;
    const [, name, country, kind] = GAZETTEER[gi];
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // ("at a hotel in the new Wonsan-Kalma beach complex": "new" may stand between the article and the name.)
    const prep = /\b(in|to|at|from|into|for|near|outside|inside|toward|towards|via|of|visited|visiting|visit|visits|toured|tour)\s+(?:the\s+)?(?:new\s+)?(?:(?:North|South)\s+Korean\s+|Russian\s+|Far\s+Eastern\s+|eastern\s+|capital\s+(?:city\s+)?(?:of\s+)?|port\s+(?:city\s+)?(?:of\s+)?|city\s+of\s+|far-eastern\s+|Russia's\s+|North\s+Korea's\s+)?$/i.exec(before);
    // "according to the Kremlin" and "Moscow said" use a place for a government, not a location.
    if (/according\s+to\s+(?:the\s+)?$/i.test(before)) continue;
    // ("was received by Kim, according to a statement from the Security Council in Moscow": the place of the source
    // quoted, not of the event.)
    if (/\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}?(?:statement|report|readout|release|announcement|communiqu[eé]|sources?|officials?|spokes(?:man|woman|person)|ministry|council|office|agency|embassy|government)\s+(?:(?:from|of|by)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?)?in\s+$/i.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    // ("agreed to send 2,000 builders and deminers to Kursk", "thanked him for sending troops to the Kursk region":
    // where the troops or workers go, not where anyone in the sentence travels.)
    if (/\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|dispatch|dispatches|dispatching|dispatched)\s+(?:[\w’',-]+\s+){0,8}?(?:troops|soldiers|forces|workers|labou?rers|deminers|sappers|mine-clearers|builders|engineers|personnel|shells|missiles|weapons|munitions|ammunition)\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    // "a meeting that analysts in Seoul viewed as ...": where the commentators sit, not where anything happened.
    if (/\b(?:analysts|observers|experts|commentators|watchers|scholars|pundits|academics)\s+(?:based\s+)?in\s+$/i.test(before)) continue;
    if (name === "Moscow" && kind === "site" && prep && !/^(at|in|inside|into|visited|visiting)$/i.test(prep[1])) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    out.push({
      name, country, kind,
      start: m.index,
      end: m.index + m[0].length,
      preposition: prep ? prep[1].toLowerCase() : null,
      attributive: !prep && /^['’]?s?\s+(talks|summit|meeting|visit|trip|negotiations|treaty|agreement|accord|declaration|meetings)\b/i.test(after),
    });
  }
  return out;
}

/** Country code for an adjective or metonym ("Russian", "Pyongyang"), via the registry's lexicon. */
export function findCountryOfTerm(term: string, lexicon: CountryLexicon): string | null {
  return lexicon.byTerm.get(term.toLowerCase()) ?? null;
}
