/**
 * Which country pair each extracted event belongs to, when the article does not say. Pure: the pairs come in
 * (the default first), nothing is read from the database.
 *
 * 1. A pair whose two countries are both among the event's countries (its participants' countries and its
 *    location's country); with several (a three-way summit), see findFullMatch.
 * 2. Otherwise (one side only: "the State Duma ratified the treaty"), the article's pair: the pair of the
 *    article's two most-mentioned countries, else the pair most of its events were matched to in step 1.
 * 3. Otherwise a pair that has one of the event's countries, then the default pair.
 * An event whose people come from two or more countries that no pair joins (Lavrov's talks with Rubio, Trump's summit
 * with Putin), or whose people come from one country and its place from another that no pair joins (Putin's stop in
 * Hanoi), or whose several people all come from one country no pair has (Blinken's talks with Austin in Washington), belongs to
 * no pair: it gets null, and is not kept, unless `keepAll` (an article that names its pair puts every event there).
 */
import type { ExtractedEvent } from "../extract/types";
import { findPlaceByName } from "../extract/places";

export interface PairRef {
  id: number;
  countries: readonly [string, string];
}

interface EventCountries {
  /** Participants per country. */
  people: Map<string, number>;
  location: string | null;
}

function toEventCountries(event: Pick<ExtractedEvent, "participants" | "location">): EventCountries {
  const people = new Map<string, number>();
  for (const p of event.participants) if (p.country) people.set(p.country, (people.get(p.country) ?? 0) + 1);
  return { people, location: event.location ? (findPlaceByName(event.location)?.country ?? null) : null };
}

function involves(c: EventCountries, code: string): boolean {
  return c.people.has(code) || c.location === code;
}

/**
 * The best pair with both countries involved: most participants on its two sides, then the article's pair,
 * then the pair of the place (a summit hosted by a third country stays with its guests), then sort order.
 */
function findFullMatch<P extends PairRef>(c: EventCountries, pairs: P[], preferred: P | null): P | null {
  const rank = (p: P) => [
    (c.people.get(p.countries[0]) ?? 0) + (c.people.get(p.countries[1]) ?? 0),
    p === preferred ? 1 : 0,
    c.location && p.countries.includes(c.location) ? 1 : 0,
  ];
  let best: P | null = null;
  // With people of two countries or more, the people decide: Lavrov's talks with Rubio are no North Korea–Russia
  // event for taking place in Wonsan.
  const party = (code: string) => (c.people.size >= 2 ? c.people.has(code) : involves(c, code));
  for (const pair of pairs) {
    if (!party(pair.countries[0]) || !party(pair.countries[1])) continue;
    if (!best) {
      best = pair;
      continue;
    }
    const [x, y] = [rank(pair), rank(best)];
    const i = x.findIndex((v, k) => v !== y[k]);
    if (i >= 0 && x[i] > y[i]) best = pair;
  }
  return best;
}

function isSamePair(pair: PairRef, countries: string[]): boolean {
  return countries.length === 2 && pair.countries.includes(countries[0]) && pair.countries.includes(countries[1]);
}

/**
 * One pair per event, in the order of `events`, or null for an event of no pair. `pairs` is ordered, the default
 * first; `articleCountries` are the article's most-mentioned countries (ExtractResult.countries). Throws when there
 * is no pair at all.
 */
export function assignRelationships<P extends PairRef>(
  events: Pick<ExtractedEvent, "participants" | "location">[],
  pairs: P[],
  articleCountries: string[] = [],
  options: { keepAll?: boolean } = {},
): (P | null)[] {
  if (!events.length) return [];
  if (!pairs.length) throw new Error("no relationships: the migration seeds at least one");
  const countries = events.map(toEventCountries);
  let articlePair = pairs.find((p) => isSamePair(p, articleCountries.slice(0, 2))) ?? null;
  const full = countries.map((c) => findFullMatch(c, pairs, articlePair));
  if (!articlePair) {
    const votes = new Map<P, number>();
    for (const pair of full) if (pair) votes.set(pair, (votes.get(pair) ?? 0) + 1);
    // Ties go to the earlier pair (pairs are in sort order).
    for (const pair of pairs) if ((votes.get(pair) ?? 0) > (articlePair ? votes.get(articlePair)! : 0)) articlePair = pair;
  }
  return countries.map((c, i) => {
    if (full[i]) return full[i];
    if (!options.keepAll) {
      if (c.people.size >= 2) return null;
      // "Putin flew on to Hanoi": one side's people in a third country's place is that pair's event, not this one's.
      if (c.people.size === 1 && c.location && !c.people.has(c.location)) return null;
      // "two-plus-two talks with Blinken and Austin in Washington": two or more people, all of one country that is in
      // no pair, are that country's own affair. (One such person alone, "Xi's remarks", still goes to the article's pair.)
      const [only] = [...c.people.keys()];
      if (c.people.size === 1 && c.people.get(only)! >= 2 && !pairs.some((p) => p.countries.includes(only))) return null;
    }
    return articlePair ?? pairs.find((p) => p.countries.some((code) => involves(c, code))) ?? pairs[0];
  });
}
