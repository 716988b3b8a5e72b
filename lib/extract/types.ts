/**
 * The extraction contract. lib/extract is pure: no database, no clock, no network, no process.env.
 * Everything it needs comes in through ExtractContext.
 */
import type { Country, RegistryPerson } from "../people/types";

export const CORE_EVENT_TYPES = ["meeting", "visit", "call", "agreement", "ratification"] as const;
export const EVENT_TYPES = [
  ...CORE_EVENT_TYPES,
  "entry-into-force",
  "delegation",
  "exercise",
  "statement",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type DatePrecision = "day" | "month" | "year";

export interface ArticleInput {
  title: string;
  /** Plain text or HTML; the pipeline cleans it. */
  text: string;
  /** YYYY-MM-DD, the publication day. Relative dates resolve against it. */
  publishedAt: string;
  url?: string | null;
}

export interface ExtractContext {
  people: RegistryPerson[];
  countries: Country[];
  /** Stored with every event so a re-extraction can be told apart. */
  extractorVersion: string;
}

export interface ExtractedParticipant {
  /** Canonical name (registry name, or the name as written for a new person). */
  name: string;
  /** Registry slug, or a slug made from the name for a new person. */
  slug: string;
  /** ISO alpha-2, or null when unknown. */
  country: string | null;
  /** Role at the time of the event, e.g. "Foreign Minister". */
  role: string | null;
  /** True when the person is not in the registry: a new person to review. */
  isNew: boolean;
}

export interface ExtractedEvent {
  /** Local id within this article, used for links (a visit containing meetings). */
  key: string;
  type: EventType;
  title: string;
  /** YYYY-MM-DD; the first day of the period when precision is month or year. */
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  participants: ExtractedParticipant[];
  /** Institutional actor when no person acts, e.g. "State Duma". */
  actor: string | null;
  location: string | null;
  /** The sentence the event rests on, and its offsets in the cleaned text. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  /** 0..1; reflects real uncertainty (inferred date, unresolved people, hedged wording). */
  confidence: number;
  /** Key of the containing event (a meeting during a visit; a ratification of an agreement). */
  parentKey: string | null;
}

export interface ExtractResult {
  /** The cleaned article text that evidence offsets refer to. */
  text: string;
  events: ExtractedEvent[];
  /** The article's two most-mentioned countries (ISO alpha-2), most mentioned first: the pair it is about. */
  countries: string[];
}
