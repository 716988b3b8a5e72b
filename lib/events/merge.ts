/**
 * Deciding when an extracted event is an event we already have, and which date an event with several sources
 * shows. Pure: the ingest service feeds it candidates from the database.
 */
import { addDays } from "../dates";
import type { DatePrecision } from "../extract/types";

export interface DateClaim {
  date: string;
  precision: DatePrecision;
  endDate: string | null;
}

export interface MergeCandidate extends DateClaim {
  id: number;
  type: string;
  location: string | null;
  actor: string | null;
  participants: MergeParticipant[];
  /**
   * A claim below DIRECT_CONFIDENCE dates it: a visit read from a meeting abroad, dated by the meeting rather than
   * by the arrival. One such claim is enough: a report of the stay on the meeting's day, joining later, does not make
   * the arrival days before a different trip. Absent counts as direct.
   */
  impliedDate?: boolean;
}

export interface MergeParticipant {
  slug: string;
  country: string | null;
}

export type MergeProbe = Omit<MergeCandidate, "id">;

/** The days a claim covers: a day (or a range), a whole month or a whole year. */
export function toClaimSpan(claim: DateClaim): { start: string; end: string } {
  const [y, m] = claim.date.split("-").map(Number);
  if (claim.precision === "year") return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (claim.precision === "month") {
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return { start: claim.date, end: claim.endDate && claim.endDate > last ? claim.endDate : last };
  }
  return { start: claim.date, end: claim.endDate ?? claim.date };
}

/** Whole days between two spans: 0 when they overlap, 1 for consecutive days. */
function gapInDays(a: { start: string; end: string }, b: { start: string; end: string }): number {
  if (a.start <= b.end && b.start <= a.end) return 0;
  const [first, second] = a.end < b.start ? [a, b] : [b, a];
  return Math.round((Date.parse(second.start) - Date.parse(first.end)) / 86_400_000);
}

/**
 * How far apart two day-precise reports of one event may be. Wire reports often date an event by the day they
 * file it or by another time zone (one day); a visit lasts several days and reports date it by arrival, by a
 * meeting during it, or by departure (three days).
 */
export function toDateTolerance(type: string): number {
  return type === "visit" || type === "delegation" ? 3 : 1;
}

/** Two claims can describe the same event when their spans overlap, or, both day-precise, lie within `toleranceDays`. */
export function areDatesCompatible(a: DateClaim, b: DateClaim, toleranceDays = 1): boolean {
  const gap = gapInDays(toClaimSpan(a), toClaimSpan(b));
  if (gap === 0) return true;
  return a.precision === "day" && b.precision === "day" && gap <= toleranceDays;
}

const COUNTRY_OF_PLACE: Record<string, string> = {
  pyongyang: "north korea", wonsan: "north korea", sinuiju: "north korea", rason: "north korea", kalma: "north korea",
  moscow: "russia", vladivostok: "russia", khabarovsk: "russia", "vostochny cosmodrome": "russia", "komsomolsk-on-amur": "russia",
  "ulan-ude": "russia", "st petersburg": "russia", "saint petersburg": "russia", kazan: "russia", "the kremlin": "russia", kremlin: "russia",
  beijing: "china", shanghai: "china",
};

function placeKey(place: string): string {
  return place.toLowerCase().replace(/[.'’]/g, "").replace(/^the /, "").replace(/\s+/g, " ").trim();
}

/** The country a place is in, when we know it ("Pyongyang" -> "north korea"; "Russia" -> "russia"). */
function countryOfPlace(place: string): string | null {
  const key = placeKey(place);
  if (COUNTRY_OF_PLACE[key]) return COUNTRY_OF_PLACE[key];
  return Object.values(COUNTRY_OF_PLACE).includes(key) ? key : null;
}

/**
 * Locations only keep two reports apart when they put the event in different countries: reports of one
 * meeting name the city, the venue or just the country.
 */
export function areLocationsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const ca = countryOfPlace(a);
  const cb = countryOfPlace(b);
  return !ca || !cb || ca === cb;
}

/**
 * The place an event shows, from the places its sources give (in the order they were added): the one most of them
 * give, where a source that names only the country counts for every place in it ("North Korea" backs "Pyongyang"),
 * so one report's wrong city does not stick because it came first. A tie goes to the named place over the bare
 * country, then to the earliest.
 */
export function choosePlace(places: (string | null)[]): string | null {
  const byKey = new Map<string, { place: string; count: number; first: number }>();
  places.forEach((place, at) => {
    if (!place) return;
    const key = placeKey(place);
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { place, count: 1, first: at });
  });
  const isCountry = (key: string) => countryOfPlace(key) === key;
  const ranked = [...byKey].map(([key, c]) => ({
    ...c,
    country: isCountry(key),
    score: c.count + (isCountry(key) ? 0 : (byKey.get(countryOfPlace(key) ?? "")?.count ?? 0)),
  }));
  ranked.sort((a, b) => b.score - a.score || Number(a.country) - Number(b.country) || a.first - b.first);
  return ranked[0]?.place ?? null;
}

/**
 * The places that vote on an event's place: those the sources at its most precise date level give, when any does.
 * A month- or year-only mention is a background retelling, whose place the extractor often takes from another
 * clause ("the declaration adopted in Pyongyang in July 2000 and the one signed in Moscow in August 2001"); once a
 * report names the day, its place outranks the retelling's, as its date does.
 */
export function listPlaceVotes(claims: readonly (DateClaim & { location: string | null })[]): (string | null)[] {
  const best = Math.max(0, ...claims.map((c) => PRECISION_RANK[c.precision]));
  const precise = claims.filter((c) => PRECISION_RANK[c.precision] === best && c.location);
  return (precise.length ? precise : claims).map((c) => c.location);
}

/**
 * A person named by fewer sources than this share of the most-named one is left off the event: with dozens of
 * reports of a summit, the one that also put a third leader in the room is outvoted, while an event with a few
 * sources keeps everyone any of them names (a background mention often names only one side).
 */
export const MIN_PARTICIPANT_SHARE = 0.2;

/** The people an event shows, from the people each of its sources names (ids, one list per source). */
export function chooseParticipants(claims: readonly (readonly number[])[]): Set<number> {
  const support = new Map<number, number>();
  for (const people of claims) for (const id of new Set(people)) support.set(id, (support.get(id) ?? 0) + 1);
  const most = Math.max(0, ...support.values());
  return new Set([...support].filter(([, n]) => n >= most * MIN_PARTICIPANT_SHARE).map(([id]) => id));
}

/**
 * Do the people of two reports fit one event? Someone must be in both; and on each side (country) that both
 * reports name people for, they must share someone. So a visiting minister's talks with her counterpart and her
 * audience with the president the same day stay two meetings, while a report that adds the president to the
 * talks still joins them. Once two sides agree, a third does not keep them apart: the two leaders' talks are one
 * event whichever host official each report also put in the room (Xi Jinping in one, Li Qiang in another).
 */
export function arePartiesCompatible(a: MergeParticipant[], b: MergeParticipant[]): boolean {
  const slugsB = new Set(b.map((p) => p.slug));
  if (!a.some((p) => slugsB.has(p.slug))) return false;
  const { agree, differ } = compareSides(a, b);
  return differ === 0 || agree >= 2;
}

/** On how many sides (countries) both lists name people, and share someone (agree) or do not (differ). */
function compareSides(a: MergeParticipant[], b: MergeParticipant[]): { agree: number; differ: number } {
  const sides = (list: MergeParticipant[]) => {
    const bySide = new Map<string, Set<string>>();
    for (const p of list) if (p.country) bySide.set(p.country, (bySide.get(p.country) ?? new Set()).add(p.slug));
    return bySide;
  };
  const sidesB = sides(b);
  let agree = 0;
  let differ = 0;
  for (const [country, people] of sides(a)) {
    const other = sidesB.get(country);
    if (!other) continue;
    if ([...people].some((slug) => other.has(slug))) agree++;
    else differ++;
  }
  return { agree, differ };
}

/** Types whose people were in one place: the same people cannot have met, or signed, on one day in two countries. */
const HELD_FACE_TO_FACE = new Set(["meeting", "agreement"]);

/**
 * Two meetings (or signings) on the same day, with the same person on each of two sides and no one else on
 * either, that only their places keep apart. The same people did not meet on one day in two countries, so one place
 * is wrong: usually a background mention that took it from a neighbouring clause, and which then made the event
 * first, so the reports giving the right place made a second one. Ingest's second look joins such a pair.
 */
export function isSameEventElsewhere(a: MergeProbe, b: MergeProbe): boolean {
  if (a.type !== b.type || !HELD_FACE_TO_FACE.has(a.type)) return false;
  if (a.precision !== "day" || b.precision !== "day" || a.date !== b.date) return false;
  const { agree, differ } = compareSides(a.participants, b.participants);
  return agree >= 2 && differ === 0;
}

/**
 * How many days after a visit's arrival a meeting during it may fall: a visit implied by a meeting is dated by the
 * meeting (arrived October 30, received on November 4), so it may lie this far after the start of the stay. A state
 * visit that began with a long overland journey reaches its talks later ("crossed the border by train on the 1st ...
 * who is on an official visit, held talks in the capital on the 10th"), so the reach is ten days, not a week; two
 * trips of one envoy a fortnight apart stay two.
 */
export const IMPLIED_VISIT_REACH_DAYS = 10;

/**
 * A stay and a visit implied by a meeting on one day fit when the meeting falls in the ten days after the arrival, and
 * the stay, if a source gave its end, had not ended more than the usual tolerance before it.
 */
export function isWithinImpliedReach(stay: DateClaim, implied: DateClaim, toleranceDays: number): boolean {
  if (stay.precision !== "day" || implied.precision !== "day") return false;
  const span = toClaimSpan(stay);
  if (implied.date < span.start || implied.date > addDays(span.start, IMPLIED_VISIT_REACH_DAYS)) return false;
  return !stay.endDate || implied.date <= addDays(stay.endDate, toleranceDays);
}

function areDatesCompatibleFor(candidate: MergeProbe, probe: MergeProbe): boolean {
  const tolerance = toDateTolerance(probe.type);
  if (areDatesCompatible(candidate, probe, tolerance)) return true;
  if (probe.type !== "visit" || Boolean(candidate.impliedDate) === Boolean(probe.impliedDate)) return false;
  return candidate.impliedDate ? isWithinImpliedReach(probe, candidate, tolerance) : isWithinImpliedReach(candidate, probe, tolerance);
}

export function isSameEvent(candidate: MergeProbe, probe: MergeProbe): boolean {
  if (candidate.type !== probe.type) return false;
  if (!areDatesCompatibleFor(candidate, probe)) return false;
  // A place keeps a trip apart from a trip elsewhere, and a dated meeting from one elsewhere; a month- or
  // year-only mention is a background retelling, whose place the extractor often takes from another clause.
  const background = candidate.precision !== "day" || probe.precision !== "day";
  if ((probe.type === "visit" || probe.type === "delegation" || !background) && !areLocationsCompatible(candidate.location, probe.location)) return false;
  if (candidate.participants.length && probe.participants.length) {
    if (!arePartiesCompatible(candidate.participants, probe.participants)) return false;
    // Reports a few days apart are only the same event when the people are the same too.
    if (gapInDays(toClaimSpan(candidate), toClaimSpan(probe)) > 0) {
      const slugs = new Set(candidate.participants.map((p) => p.slug));
      const shared = probe.participants.filter((p) => slugs.has(p.slug)).length;
      return shared === Math.min(candidate.participants.length, probe.participants.length);
    }
    return true;
  }
  // Without people on one side (a parliament ratifying), the acting institution must agree.
  if (candidate.actor && probe.actor) return candidate.actor.toLowerCase() === probe.actor.toLowerCase();
  return !candidate.participants.length && !probe.participants.length;
}

/**
 * Of the events a day-precise report fits, those on its very day, when any is; else all of them. A meeting's
 * reports a day away fit it (a wire dating by its filing day), so a stray report a day off can make an event of its
 * own beside the real one (its article's other report had taken the real one), and one that names a person more then
 * made later reports of the real day join it, since candidates are ranked by shared people first: a live page's
 * "Xi and Putin held talks yesterday", read with Kim, stored a 2 September meeting of the three beside Putin and
 * Kim's 3 September talks, and whether the 3 September reports naming Xi too went to the talks or to it depended on
 * which came first. A visit (and a delegation) is exempt: its reports date it by the arrival, a meeting or the
 * departure, so a day away is no sign of another trip.
 */
export function keepSameDayFits<T extends DateClaim & { type: string }>(fits: T[], probe: DateClaim & { type: string }): T[] {
  if (probe.precision !== "day" || toDateTolerance(probe.type) > 1 || fits.length < 2) return fits;
  const span = toClaimSpan(probe);
  const sameDay = fits.filter((c) => gapInDays(toClaimSpan(c), span) === 0);
  return sameDay.length ? sameDay : fits;
}

/**
 * Of fits sharing as many of a report's people, the one naming fewest people the report does not comes first (else
 * the order stays). An event of the ministers' talks that picked up the head of state from a report of both meetings
 * also fits a report of his audience ("Kim received Lavrov"); taking it there left the same article's report of the
 * talks kept from its own event (one article, one report per event), so it made a second one. The audience event
 * names no one the report does not.
 */
export function preferClosestPeople<T extends { shared: number; participants: MergeParticipant[] }>(fits: T[], probe: { participants: MergeParticipant[] }): T[] {
  return [...fits].sort(compareByPeople(probe));
}

/** Most of a report's people shared first, then fewest people the report does not name. */
function compareByPeople(probe: { participants: MergeParticipant[] }): (a: { shared: number; participants: MergeParticipant[] }, b: { shared: number; participants: MergeParticipant[] }) => number {
  const named = new Set(probe.participants.map((p) => p.slug));
  const extra = (c: { participants: MergeParticipant[] }) => c.participants.filter((p) => !named.has(p.slug)).length;
  return (a, b) => b.shared - a.shared || extra(a) - extra(b);
}

/**
 * The event a month- or year-only report joins, of those it fits: the one sharing most of its people, then (as for a
 * dated report, preferClosestPeople) the one naming fewest people it does not, then the article's own news (an event
 * in the week before publication or the day after: "It was Shoigu's first trip to the North this year"), then the best attested (the
 * highest confidence, which rises with each independent report), not the one nearest the period's first day. Without
 * the second step a July retelling of Lavrov's talks with Choe went to Kim's audience, which had picked Choe up from
 * one report of both meetings and, with more reports, stood surer; the same article's report of the audience, kept
 * from its event (one article, one report per event), then made a second audience.
 */
export function choosePeriodFit<T extends { shared: number; date: string; confidence: number; participants: MergeParticipant[] }>(fits: T[], probe: { participants: MergeParticipant[] }, publishedAt: string): T | undefined {
  const byPeople = compareByPeople(probe);
  const isOwnNews = (c: T) => Number(isOwnNewsDay(c.date, publishedAt));
  return [...fits].sort((a, b) => byPeople(a, b) || isOwnNews(b) - isOwnNews(a) || b.confidence - a.confidence)[0];
}

/** A day in the week before an article's publication, or the day after: the article's own news, not a memory. */
export function isOwnNewsDay(date: string, publishedAt: string): boolean {
  const days = (Date.parse(publishedAt) - Date.parse(date)) / 86_400_000;
  return days >= -1 && days <= 7;
}

/** How precise a date is: a day above a month above a year. */
export const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1 };

/**
 * Below this a source's date does not vote while a surer source gives one: the extractor marks what no sentence
 * says outright (a visit read from a meeting abroad is dated by the meeting, not by the arrival) this low.
 */
export const DIRECT_CONFIDENCE = 0.5;

export interface WeighedClaim extends DateClaim {
  /** The source's confidence; a claim without one counts as direct. */
  confidence?: number;
}

/** The claims that vote on the date: the direct ones, or all when none is. */
function listVoters<T extends WeighedClaim>(claims: T[]): T[] {
  const direct = claims.filter((c) => (c.confidence ?? 1) >= DIRECT_CONFIDENCE);
  return direct.length ? direct : claims;
}

export interface ChosenDate extends DateClaim {
  disagree: boolean;
}

/**
 * The date an event shows: the most precise level any source gives, and at that level the value most sources
 * give. Only direct sources vote and disagree while there are any (DIRECT_CONFIDENCE); a tie among them goes to the
 * value more of all the sources give, then to the earliest. Sources disagree when two of them cannot both be right.
 *
 * A visit is different: it lasts days, and reports date it by the arrival, by a meeting during it or by the
 * departure. So it starts on the start day most sources give (ties as above; one wire dating a night landing
 * by another time zone does not move it) and ends on the latest day any gives from there.
 */
export function chooseEventDate(claims: WeighedClaim[], type?: string): ChosenDate {
  if (!claims.length) throw new Error("chooseEventDate needs at least one claim");
  const best = Math.max(...claims.map((c) => PRECISION_RANK[c.precision]));
  const top = claims.filter((c) => PRECISION_RANK[c.precision] === best);
  const voters = listVoters(top);
  if (type && toDateTolerance(type) > 1 && best === PRECISION_RANK.day) {
    const start = toModalValue(voters.map((c) => toClaimSpan(c).start), top.map((c) => toClaimSpan(c).start));
    const end = top.map((c) => toClaimSpan(c).end).filter((e) => e >= start).sort().at(-1) ?? start;
    const chosen: DateClaim = { date: start, precision: "day", endDate: end > start ? end : null };
    const tooLong = gapInDays({ start, end: start }, { start: end, end }) > toDateTolerance(type) + 14;
    return { ...chosen, disagree: tooLong || listVoters(claims).some((c) => !spansOverlap(c, chosen)) };
  }
  const tally = new Map<string, { claim: DateClaim; n: number }>();
  for (const c of voters) {
    const key = `${c.date}|${c.endDate ?? ""}`;
    const entry = tally.get(key) ?? { claim: c, n: 0 };
    entry.n += 1;
    tally.set(key, entry);
  }
  const seconds = countValues(top.map((c) => `${c.date}|${c.endDate ?? ""}`));
  const chosen = [...tally.entries()]
    .sort(([ka, a], [kb, b]) => b.n - a.n || (seconds.get(kb) ?? 0) - (seconds.get(ka) ?? 0) || a.claim.date.localeCompare(b.claim.date))[0][1].claim;
  const disagree = tally.size > 1 || listVoters(claims).some((c) => !spansOverlap(c, chosen));
  return { ...chosen, disagree };
}

function countValues(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * The value most often given. A tie goes to the value more of `seconders` give (every source at that precision,
 * the implied ones too: two wires dating a night landing by two time zones are settled by the reports of the day's
 * talks), then to the earliest.
 */
function toModalValue(values: string[], seconders: string[] = values): string {
  const seconds = countValues(seconders);
  return [...countValues(values).entries()].sort((a, b) => b[1] - a[1] || (seconds.get(b[0]) ?? 0) - (seconds.get(a[0]) ?? 0) || a[0].localeCompare(b[0]))[0][0];
}

function spansOverlap(a: DateClaim, b: DateClaim): boolean {
  return gapInDays(toClaimSpan(a), toClaimSpan(b)) === 0;
}

/** Independent reports raise confidence; reprints of the same text (same digest) count once. */
export function combineConfidence(sources: { confidence: number; textDigest: string }[]): number {
  const byText = new Map<string, number>();
  for (const s of sources) byText.set(s.textDigest, Math.max(byText.get(s.textDigest) ?? 0, s.confidence));
  const doubt = [...byText.values()].reduce((acc, c) => acc * (1 - Math.min(Math.max(c, 0), 0.99)), 1);
  return Math.round((1 - doubt) * 1000) / 1000;
}
