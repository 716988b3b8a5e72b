/**
 * The country pairs Dyad ships with, as data. The first is the default pair: the timeline shows it when a URL
 * names no pair, and an event whose countries match no pair falls back to it. The migration
 * 20261125050000_relationships seeds the first one so that databases made before pairs existed keep working;
 * `syncRelationships` adds the others, and `dyad relationship add` adds more at run time.
 */
import type { CountryCode } from "./types";

export interface RegistryRelationship {
  /** Stable and short: the `pair` URL parameter. */
  slug: string;
  /** Shown in the selector and in page titles. */
  name: string;
  countries: [CountryCode, CountryCode];
  sortOrder: number;
}

export const RELATIONSHIPS: RegistryRelationship[] = [
  { slug: "kp-ru", name: "North Korea–Russia", countries: ["KP", "RU"], sortOrder: 0 },
  { slug: "kp-cn", name: "North Korea–China", countries: ["KP", "CN"], sortOrder: 10 },
  { slug: "ru-cn", name: "Russia–China", countries: ["RU", "CN"], sortOrder: 20 },
];
