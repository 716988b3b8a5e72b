/**
 * Ingest's second look: an article's reports can change a stored event (a month-only visit becomes day-precise, a
 * second person joins it), and then a draft kept apart from it earlier may be the same event. The same reports in
 * another order would have made one event, so the two are merged, as an editor would on the review desk. Only
 * drafts, only a pair that fits each way and fits nothing else, and never two events one article tells apart.
 */
import { readJsonColumn, type DbClient } from "../db/client";
import { toIsoDay } from "../dates";
import type { DatePrecision } from "../extract/types";
import { mergeEventsWithin } from "./edit";
import { DIRECT_CONFIDENCE, isSameEvent, isSameEventElsewhere, type MergeParticipant, type MergeProbe } from "./merge";
import { findMergeCandidates, type CandidateQuery, type StoredCandidate } from "./store";

interface StoredState extends MergeProbe {
  id: number;
  status: string;
  relationshipId: number;
  personIds: number[];
  sources: number;
}

/** An event as a merge probe, with what choosing a merge needs. */
async function loadState(tx: DbClient, id: number): Promise<StoredState | null> {
  const [row] = await tx.$queryRaw<{ id: number; type: string; date: Date; date_precision: DatePrecision; end_date: Date | null; location: string | null; actor: string | null; status: string; relationship_id: number; implied: boolean | null; sources: bigint; participants: (MergeParticipant & { id: number })[] | string | null }[]>`
    SELECT e.id, e.type, e.date, e.date_precision::text AS date_precision, e.end_date, e.location, e.actor, e.status::text AS status, e.relationship_id,
           (SELECT bool_or(s.confidence < ${DIRECT_CONFIDENCE}) FROM event_source s WHERE s.event_id = e.id) AS implied,
           (SELECT count(*) FROM event_source s WHERE s.event_id = e.id) AS sources,
           (SELECT json_agg(json_build_object('id', p.id, 'slug', p.slug, 'country', ep.country_code))
            FROM event_participant ep JOIN person p ON p.id = ep.person_id WHERE ep.event_id = e.id) AS participants
    FROM event e WHERE e.id = ${id}`;
  if (!row) return null;
  const people = readJsonColumn(row.participants) ?? [];
  return {
    id: row.id, type: row.type, date: toIsoDay(row.date), precision: row.date_precision, endDate: row.end_date ? toIsoDay(row.end_date) : null,
    location: row.location, actor: row.actor, impliedDate: Boolean(row.implied), status: row.status, relationshipId: row.relationship_id,
    participants: people.map((p) => ({ slug: p.slug, country: p.country })), personIds: people.map((p) => p.id), sources: Number(row.sources),
  };
}

/** The other drafts of its pair that this event is the same as, read from both sides. */
async function findFits(tx: DbClient, state: StoredState): Promise<StoredCandidate[]> {
  const query: CandidateQuery = { type: state.type as CandidateQuery["type"], date: state.date, datePrecision: state.precision, endDate: state.endDate, actor: state.actor, confidence: state.impliedDate ? 0 : 1 };
  const candidates = await findMergeCandidates(tx, query, state.personIds, state.relationshipId);
  const fits = candidates.filter((c) => c.id !== state.id && c.status === "draft" && ((isSameEvent(c, state) && isSameEvent(state, c)) || isSameEventElsewhere(c, state)));
  if (!fits.length) return fits;
  // Two events one article reports side by side are two events, whatever their fields say.
  const together = await tx.$queryRaw<{ event_id: number }[]>`
    SELECT DISTINCT b.event_id FROM event_source a JOIN event_source b ON b.article_id = a.article_id
    WHERE a.event_id = ${state.id} AND b.event_id = ANY(${fits.map((c) => c.id)}::int[])`;
  const apart = new Set(together.map((r) => r.event_id));
  return fits.filter((c) => !apart.has(c.id));
}

export interface Consolidation {
  targetId: number;
  mergedId: number;
}

/**
 * Merges each changed draft with the one other draft it now is, when that draft in turn fits only it: the event
 * with more sources (else the older) is kept, the other is rejected into it, and both audit rows name `actor` and
 * the article. A merged event is looked at again, since merging changed it too.
 */
export async function consolidateEvents(tx: DbClient, changedIds: number[], actor: string, articleId: number): Promise<Consolidation[]> {
  const done: Consolidation[] = [];
  const queue = [...new Set(changedIds)];
  // Each merge removes an event, so this ends; the cap only bounds a pathological batch.
  for (let step = 0; queue.length && step < 50; step++) {
    const state = await loadState(tx, queue.shift()!);
    if (!state || state.status !== "draft") continue;
    const fits = await findFits(tx, state);
    if (fits.length !== 1) continue;
    const other = await loadState(tx, fits[0].id);
    if (!other) continue;
    const back = await findFits(tx, other);
    if (back.length !== 1 || back[0].id !== state.id) continue;
    const [target, merged] = other.sources > state.sources || (other.sources === state.sources && other.id < state.id) ? [other, state] : [state, other];
    await mergeEventsWithin(tx, target.id, merged.id, actor, `article #${articleId} made them one event`);
    done.push({ targetId: target.id, mergedId: merged.id });
    queue.push(target.id);
  }
  return done;
}
