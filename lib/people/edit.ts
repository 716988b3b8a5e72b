/**
 * Editors' corrections to the people registry in the database: add an alias, correct an office, merge a
 * duplicate person into the right one. Each runs in one transaction and writes the audit log (entityType
 * "person"). A merged person is deleted; its slug stays reachable through its `person.merge-into` audit row,
 * which the people pages follow to the person it went into.
 */
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import type { DbClient } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../events/edit";
import { toAliasKey } from "./normalize";

const slugSchema = z.string().trim().regex(/^[a-z0-9\u0400-\u04ff\uac00-\ud7af-]{1,120}$/, "is not a person");
const partialDateSchema = z
  .string()
  .trim()
  .refine(isPartialDate, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .nullable()
  .or(z.literal("").transform(() => null));

const aliasInputSchema = z.object({
  slug: slugSchema,
  alias: z
    .string()
    .trim()
    .min(1, "Alias is required")
    .max(200, "Alias is longer than 200 characters")
    .refine((a) => toAliasKey(a).length > 0, "Alias needs at least one letter or digit"),
});
const officeInputSchema = z.object({
  officeId: z.coerce.number().int().positive().max(2_147_483_647),
  title: z.string().trim().min(1, "Title is required").max(200, "Title is longer than 200 characters"),
  fromDate: partialDateSchema,
  toDate: partialDateSchema,
});
const mergeInputSchema = z
  .object({ targetSlug: slugSchema, sourceSlug: slugSchema })
  .refine((v) => v.targetSlug !== v.sourceSlug, { message: "A person cannot be merged into themselves", path: ["sourceSlug"] });

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return false;
  if (!m[3]) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** Partial dates as the first and last day they can mean, so "2019" ends after "2019-06-24". */
function toRangeStart(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}
function toRangeEnd(partial: string): string {
  return partial.length === 4 ? `${partial}-12-31` : partial.length === 7 ? `${partial}-31` : partial;
}

function fieldError(field: string, message: string, code: "bad_request" | "not_found" | "conflict" = "bad_request"): AppError {
  return new AppError(code, message, { [field]: [message] });
}

async function getPersonId(tx: DbClient, slug: string, field: string): Promise<number> {
  const person = await tx.person.findUnique({ where: { slug }, select: { id: true } });
  if (!person) throw fieldError(field, `There is no person “${slug}”`, "not_found");
  return person.id;
}

/** Adds a spelling of a person's name. The same spelling twice (as lookups compare them) is a conflict. */
export async function addAlias(db: PrismaClient, slug: unknown, alias: unknown, actor: string): Promise<{ id: number; alias: string }> {
  const input = parseInput(aliasInputSchema, { slug, alias });
  return db.$transaction(async (tx) => {
    const personId = await getPersonId(tx, input.slug, "alias");
    const normalized = toAliasKey(input.alias);
    const existing = await tx.personAlias.findUnique({ where: { personId_normalized: { personId, normalized } } });
    if (existing) throw fieldError("alias", `“${existing.alias}” is already an alias, spelled the same way for lookups`, "conflict");
    const created = await tx.personAlias.create({ data: { personId, alias: input.alias, normalized } });
    await tx.auditLog.create({ data: { actor, action: "person.alias-add", entityType: "person", entityId: String(personId), after: { alias: input.alias } } });
    return { id: created.id, alias: created.alias };
  });
}

/** Corrects an office's title and dates (partial dates; an empty date means unknown or still in office). */
export async function updateOffice(db: PrismaClient, officeId: unknown, patch: { title?: unknown; fromDate?: unknown; toDate?: unknown }, actor: string): Promise<{ changed: boolean }> {
  const input = parseInput(officeInputSchema, { officeId, ...patch });
  if (input.fromDate && input.toDate && toRangeStart(input.fromDate) > toRangeEnd(input.toDate)) {
    throw fieldError("toDate", "The office cannot end before it starts");
  }
  return db.$transaction(async (tx) => {
    const office = await tx.personOffice.findUnique({ where: { id: input.officeId } });
    if (!office) throw fieldError("form", `There is no office #${input.officeId}`, "not_found");
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const key of ["title", "fromDate", "toDate"] as const) {
      if (office[key] !== input[key]) {
        before[key] = office[key];
        after[key] = input[key];
      }
    }
    if (!Object.keys(after).length) return { changed: false };
    await tx.personOffice.update({ where: { id: office.id }, data: { title: input.title, fromDate: input.fromDate, toDate: input.toDate } });
    await tx.auditLog.create({
      data: { actor, action: "person.office-update", entityType: "person", entityId: String(office.personId), before: { officeId: office.id, ...before }, after: { officeId: office.id, ...after } },
    });
    return { changed: true };
  });
}

export interface MergePeopleResult {
  target: string;
  merged: string;
  events: number;
  aliases: number;
}

/**
 * Merges a duplicate person into the right one: their events and aliases follow (and offices the target does not
 * already have), the duplicate is deleted, and its slug is recorded in the audit log as pointing at the target.
 * Where both took part in an event, the target's participation (role, side) is kept.
 */
export async function mergePeople(db: PrismaClient, targetSlug: unknown, sourceSlug: unknown, actor: string): Promise<MergePeopleResult> {
  const input = parseInput(mergeInputSchema, { targetSlug, sourceSlug });
  return db.$transaction(
    async (tx) => {
      // Locked before reading, so a concurrent merge of the same people waits and then finds the duplicate gone.
      const locked = await tx.$queryRaw<{ id: number; slug: string }[]>`
        SELECT id, slug FROM person WHERE slug IN (${input.targetSlug}, ${input.sourceSlug}) ORDER BY id FOR UPDATE`;
      const idOf = (slug: string, field: string) => {
        const row = locked.find((p) => p.slug === slug);
        if (!row) throw fieldError(field, `There is no person “${slug}”`, "not_found");
        return row.id;
      };
      const targetId = idOf(input.targetSlug, "targetSlug");
      const sourceId = idOf(input.sourceSlug, "sourceSlug");
      const load = (id: number) => tx.person.findUniqueOrThrow({ where: { id }, include: { aliases: true, offices: true, participants: { select: { eventId: true } } } });
      const target = await load(targetId);
      const source = await load(sourceId);

      const targetEvents = new Set(target.participants.map((p) => p.eventId));
      const moving = source.participants.map((p) => p.eventId).filter((id) => !targetEvents.has(id));
      await tx.eventParticipant.updateMany({ where: { personId: source.id, eventId: { in: moving } }, data: { personId: target.id } });

      const knownAliases = new Set(target.aliases.map((a) => a.normalized));
      const newAliases = source.aliases.filter((a) => !knownAliases.has(a.normalized));
      await tx.personAlias.createMany({ data: newAliases.map((a) => ({ personId: target.id, alias: a.alias, normalized: a.normalized })), skipDuplicates: true });
      const officeKey = (o: { title: string; fromDate: string | null; toDate: string | null }) => `${o.title}|${o.fromDate ?? ""}|${o.toDate ?? ""}`;
      const knownOffices = new Set(target.offices.map(officeKey));
      const newOffices = source.offices.filter((o) => !knownOffices.has(officeKey(o)));
      await tx.personOffice.updateMany({ where: { id: { in: newOffices.map((o) => o.id) } }, data: { personId: target.id } });

      await tx.person.update({
        where: { id: target.id },
        data: { countryCode: target.countryCode ?? source.countryCode, needsReview: target.needsReview && source.needsReview },
      });
      await tx.person.delete({ where: { id: source.id } });

      const affected = source.participants.map((p) => p.eventId);
      await tx.auditLog.createMany({
        data: [
          {
            actor, action: "person.merge", entityType: "person", entityId: String(target.id),
            before: { slug: target.slug, name: target.name, country: target.countryCode, aliases: target.aliases.map((a) => a.alias) },
            after: { mergedFrom: { id: source.id, slug: source.slug, name: source.name }, aliasesAdded: newAliases.map((a) => a.alias), events: affected },
          },
          {
            actor, action: "person.merge-into", entityType: "person", entityId: String(source.id),
            before: { slug: source.slug, name: source.name, country: source.countryCode, aliases: source.aliases.map((a) => a.alias), events: affected },
            after: { mergedInto: { id: target.id, slug: target.slug } },
          },
          ...affected.map((eventId) => ({
            actor, action: "event.participant-merge", entityType: "event", entityId: String(eventId),
            before: { participant: source.slug }, after: { participant: target.slug },
          })),
        ],
      });
      return { target: target.slug, merged: source.slug, events: affected.length, aliases: newAliases.length };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
