/**
 * The people registry: canonical people with aliases and offices over time.
 * Shipped as data in lib/people/registry-data.ts; the database copy is seeded from it.
 */

/** ISO 3166 alpha-2 codes. The registry is not limited to one country pair. */
export type CountryCode = string;

/**
 * Standard role keys, so that "the Russian foreign minister" can be resolved by country + role + date.
 * Keep this list closed: extraction maps role phrases onto these keys.
 */
export const ROLE_KEYS = [
  "head-of-state", // president (RU); chairman / president of State Affairs, General Secretary (KP)
  "head-of-government", // prime minister (RU), premier (KP)
  "foreign-minister",
  "deputy-foreign-minister", // also first deputy / vice foreign minister
  "defence-minister",
  "deputy-defence-minister",
  "security-council-secretary",
  "parliament-head", // chair of State Duma, chair of Federation Council, chairman of the SPA Standing Committee
  "parliament-deputy-head",
  "ambassador", // ambassador of country X to the other country of the pair (see office.to-country)
  "commission-cochair", // intergovernmental commission co-chair
  "minister", // any other cabinet minister (natural resources, culture, health, ...)
  "deputy-minister",
  "military-chief", // chief of general staff, KPA general staff chief, etc.
  "intelligence-chief",
  "party-official", // WPK secretaries, department directors
  "regional-governor",
  "other",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

/** Level used by the timeline filter "Level". */
export type PersonLevel = "head" | "minister" | "vice" | "parliament" | "other";

export interface RegistryOffice {
  /** Plain title as written in English, e.g. "Minister of Foreign Affairs". */
  title: string;
  roleKey: RoleKey;
  level: PersonLevel;
  /** For ambassadors and envoys: the country they are posted to. */
  toCountry?: CountryCode;
  /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD); null when unknown / open. */
  from: string | null;
  to: string | null;
}

export interface RegistryPerson {
  /** Stable kebab-case id, e.g. "choe-son-hui". */
  slug: string;
  /** Canonical English name, e.g. "Choe Son Hui", "Sergey Lavrov". */
  name: string;
  country: CountryCode;
  /** Other spellings: romanizations, hyphenations, Cyrillic, Korean hangul, common misspellings. */
  aliases: string[];
  offices: RegistryOffice[];
  /** True for women: "she" and "her" then resolve to them, and "he" and "his" do not. */
  female?: boolean;
}

export interface Country {
  code: CountryCode;
  name: string;
  /** Adjectives and short names used in text: "Russian", "North Korean", "DPRK", "Pyongyang" (as metonym). */
  aliases: string[];
}
