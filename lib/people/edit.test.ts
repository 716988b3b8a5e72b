/** Editors' corrections to people on a real PostgreSQL: aliases, offices, merging duplicates, and the audit log. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { fromIsoDay } from "../dates";
import { AppError } from "../errors";
import { addAlias, isPartialDate, mergePeople, updateOffice } from "./edit";
import { toAliasKey } from "./normalize";
import { findMergedPersonSlug, findPersonProfile, listPeople, listPeopleBySlugs, searchPeople } from "./repo";

let t: TestDatabase;

async function createPerson(slug: string, name: string, countryCode: string | null, options: { aliases?: string[]; needsReview?: boolean; offices?: { title: string; fromDate: string | null; toDate: string | null }[] } = {}) {
  return t.db.person.create({
    data: {
      slug, name, countryCode, needsReview: options.needsReview ?? false,
      aliases: { create: [name, ...(options.aliases ?? [])].map((alias) => ({ alias, normalized: toAliasKey(alias) })) },
      offices: { create: (options.offices ?? []).map((o) => ({ ...o, roleKey: "deputy-foreign-minister", level: "vice" })) },
    },
  });
}

async function createEvent(title: string, personIds: number[], status: "draft" | "published" | "rejected" = "published") {
  return t.db.event.create({
    data: {
      type: "meeting", title, date: fromIsoDay("2019-06-24"), datePrecision: "day", status, confidence: 0.8, extractorVersion: "test",
      participants: { create: personIds.map((personId) => ({ personId, countryCode: "KP", role: "Vice Minister" })) },
    },
  });
}

async function expectFieldError(promise: Promise<unknown>, field: string, code = "bad_request") {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).details?.[field]?.length).toBeGreaterThan(0);
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.$executeRawUnsafe(`TRUNCATE event, event_participant, audit_log, person, person_alias, person_office RESTART IDENTITY CASCADE`);
  await t.db.country.createMany({ data: [{ code: "RU", name: "Russia", aliases: [] }, { code: "KP", name: "North Korea", aliases: [] }], skipDuplicates: true });
});

describe("isPartialDate", () => {
  it("accepts years, months and real days only", () => {
    expect(["2019", "2019-06", "2019-06-24", "2024-02-29"].every(isPartialDate)).toBe(true);
    expect(["19", "2019-13", "2019-02-30", "June 2019", ""].some(isPartialDate)).toBe(false);
  });
});

describe("addAlias", () => {
  it("adds a spelling that searches then find, with an audit row", async () => {
    const person = await createPerson("im-chon-il", "Im Chon Il", "KP");
    await addAlias(t.db, "im-chon-il", "Rim Chun-il", "editor-1");
    expect((await searchPeople(t.db, "rim chun"))[0]).toMatchObject({ slug: "im-chon-il", matched: "Rim Chun-il" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "person", entityId: String(person.id) } });
    expect(audit).toMatchObject({ actor: "editor-1", action: "person.alias-add", after: { alias: "Rim Chun-il" } });
  });

  it("refuses a spelling the person already has, an empty one, and an unknown person", async () => {
    await createPerson("im-chon-il", "Im Chon Il", "KP");
    await expectFieldError(addAlias(t.db, "im-chon-il", "im chon-il", "e"), "alias", "conflict");
    await expectFieldError(addAlias(t.db, "im-chon-il", " - ", "e"), "alias");
    await expectFieldError(addAlias(t.db, "nobody", "Nobody", "e"), "alias", "not_found");
    expect(await t.db.auditLog.count()).toBe(0);
  });
});

describe("updateOffice", () => {
  it("corrects title and dates, recording only what changed", async () => {
    const person = await createPerson("sin-hong-chol", "Sin Hong Chol", "KP", { offices: [{ title: "Ambassador", fromDate: "2020", toDate: null }] });
    const office = await t.db.personOffice.findFirstOrThrow({ where: { personId: person.id } });
    expect(await updateOffice(t.db, office.id, { title: "Ambassador to Russia", fromDate: "2020-02", toDate: "" }, "editor-2")).toEqual({ changed: true });
    expect(await t.db.personOffice.findUniqueOrThrow({ where: { id: office.id } })).toMatchObject({ title: "Ambassador to Russia", fromDate: "2020-02", toDate: null });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "person" } });
    expect(audit).toMatchObject({ actor: "editor-2", action: "person.office-update", entityId: String(person.id) });
    expect(audit.before).toEqual({ officeId: office.id, title: "Ambassador", fromDate: "2020" });
    expect(audit.after).toEqual({ officeId: office.id, title: "Ambassador to Russia", fromDate: "2020-02" });
    expect(await updateOffice(t.db, office.id, { title: "Ambassador to Russia", fromDate: "2020-02", toDate: null }, "editor-2")).toEqual({ changed: false });
    expect(await t.db.auditLog.count()).toBe(1);
  });

  it("refuses bad dates, an end before the start, and an empty title", async () => {
    const person = await createPerson("sin-hong-chol", "Sin Hong Chol", "KP", { offices: [{ title: "Ambassador", fromDate: "2020", toDate: null }] });
    const office = await t.db.personOffice.findFirstOrThrow({ where: { personId: person.id } });
    await expectFieldError(updateOffice(t.db, office.id, { title: "A", fromDate: "Feb 2020", toDate: null }, "e"), "fromDate");
    await expectFieldError(updateOffice(t.db, office.id, { title: "A", fromDate: "2020-02", toDate: "2019" }, "e"), "toDate");
    await expectFieldError(updateOffice(t.db, office.id, { title: " ", fromDate: null, toDate: null }, "e"), "title");
    // "2020" as an end date means the end of 2020, so an office from March 2020 to 2020 is fine.
    expect(await updateOffice(t.db, office.id, { title: "Ambassador", fromDate: "2020-03", toDate: "2020" }, "e")).toEqual({ changed: true });
  });
});

describe("mergePeople", () => {
  it("moves events, aliases and offices to the target, deletes the duplicate and points its slug at the target", async () => {
    const target = await createPerson("im-chon-il", "Im Chon Il", "KP", { offices: [{ title: "Vice Minister of Foreign Affairs", fromDate: null, toDate: null }] });
    const duplicate = await createPerson("rim-chun-ill", "Rim Chun Ill", null, { needsReview: true, aliases: ["Lim Chun Il"], offices: [{ title: "Vice Minister of Foreign Affairs", fromDate: null, toDate: null }, { title: "Director", fromDate: "2015", toDate: "2018" }] });
    const both = await createEvent("Both named", [target.id, duplicate.id]);
    const onlyDuplicate = await createEvent("Duplicate only", [duplicate.id]);

    const result = await mergePeople(t.db, "im-chon-il", "rim-chun-ill", "editor-3");
    expect(result).toEqual({ target: "im-chon-il", merged: "rim-chun-ill", events: 2, aliases: 2 });

    expect(await t.db.person.findUnique({ where: { slug: "rim-chun-ill" } })).toBeNull();
    const profile = (await findPersonProfile(t.db, "im-chon-il"))!;
    expect(profile.events.map((e) => e.title).sort()).toEqual(["Both named", "Duplicate only"]);
    expect(profile.aliases.map((a) => a.alias)).toEqual(["Im Chon Il", "Lim Chun Il", "Rim Chun Ill"]);
    expect(profile.offices.map((o) => o.title)).toEqual(["Vice Minister of Foreign Affairs", "Director"]);
    expect(profile.needsReview).toBe(false);
    expect(await t.db.eventParticipant.count({ where: { eventId: both.id } })).toBe(1);
    expect(await t.db.eventParticipant.findFirstOrThrow({ where: { eventId: onlyDuplicate.id } })).toMatchObject({ personId: target.id, role: "Vice Minister" });

    expect(await findMergedPersonSlug(t.db, "rim-chun-ill")).toBe("im-chon-il");
    expect(await findMergedPersonSlug(t.db, "never-existed")).toBeNull();
    expect(profile.history.map((h) => h.action)).toEqual(["person.merge"]);
    const pointer = await t.db.auditLog.findFirstOrThrow({ where: { action: "person.merge-into" } });
    expect(pointer).toMatchObject({ actor: "editor-3", entityId: String(duplicate.id), before: { slug: "rim-chun-ill" }, after: { mergedInto: { id: target.id, slug: "im-chon-il" } } });
    expect(await t.db.auditLog.count({ where: { action: "event.participant-merge", entityId: String(onlyDuplicate.id) } })).toBe(1);
  });

  it("follows a chain of merges to the person that remains", async () => {
    await createPerson("a-person", "A Person", "KP");
    await createPerson("b-person", "B Person", "KP");
    await createPerson("c-person", "C Person", "KP");
    await mergePeople(t.db, "b-person", "a-person", "e");
    await mergePeople(t.db, "c-person", "b-person", "e");
    expect(await findMergedPersonSlug(t.db, "a-person")).toBe("c-person");
  });

  it("refuses merging a person into themselves or an unknown person", async () => {
    await createPerson("im-chon-il", "Im Chon Il", "KP");
    await expectFieldError(mergePeople(t.db, "im-chon-il", "im-chon-il", "e"), "sourceSlug");
    await expectFieldError(mergePeople(t.db, "im-chon-il", "nobody", "e"), "sourceSlug", "not_found");
    expect(await t.db.person.count()).toBe(1);
  });
});

describe("listPeople", () => {
  it("finds people by any alias, with their open office and their events that are not rejected", async () => {
    const choe = await createPerson("choe-son-hui", "Choe Son Hui", "KP", {
      aliases: ["Choi Son-hui"],
      offices: [{ title: "Vice Minister", fromDate: "2016", toDate: "2019" }, { title: "Minister of Foreign Affairs", fromDate: "2022-06", toDate: null }],
    });
    await createPerson("igor-morgulov", "Igor Morgulov", "RU");
    await createEvent("Published", [choe.id]);
    await createEvent("Draft", [choe.id], "draft");
    await createEvent("Rejected", [choe.id], "rejected");
    const page = await listPeople(t.db, { q: "choi son", page: 1, pageSize: 20 });
    expect(page.total).toBe(1);
    expect(page.people[0]).toEqual({ slug: "choe-son-hui", name: "Choe Son Hui", country: "KP", countryName: "North Korea", currentOffice: "Minister of Foreign Affairs", eventCount: 2, needsReview: false });
    expect((await listPeople(t.db, { page: 1, pageSize: 1 })).people.map((p) => p.slug)).toEqual(["choe-son-hui"]);
    expect((await listPeople(t.db, { page: 2, pageSize: 1 })).people.map((p) => p.slug)).toEqual(["igor-morgulov"]);
  });
});

describe("people known only from drafts", () => {
  async function setUp() {
    const choe = await createPerson("choe-son-hui", "Choe Son Hui", "KP");
    const kim = await createPerson("kim-song-nam", "Kim Song Nam", "KP", { needsReview: true });
    const kang = await createPerson("kang-sun-nam", "Kang Sun Nam", "KP");
    await createEvent("Published", [choe.id]);
    await createEvent("Draft", [choe.id, kim.id], "draft");
    await createEvent("Rejected", [kang.id], "rejected");
    return { choe, kim, kang };
  }

  it("are not offered to readers: the registry list, the suggestions and the filter's names hold published people only", async () => {
    await setUp();
    const published = await listPeople(t.db, { page: 1, pageSize: 20, scope: "published" });
    expect(published.people.map((p) => [p.slug, p.eventCount])).toEqual([["choe-son-hui", 1]]);
    expect(published.total).toBe(1);
    expect((await listPeople(t.db, { q: "kim song", page: 1, pageSize: 20, scope: "published" })).total).toBe(0);
    // Editors see everyone, counting drafts but not rejected events.
    const all = await listPeople(t.db, { page: 1, pageSize: 20 });
    expect(all.people.map((p) => [p.slug, p.eventCount])).toEqual([["choe-son-hui", 2], ["kang-sun-nam", 0], ["kim-song-nam", 1]]);

    expect(await searchPeople(t.db, "nam", { scope: "published" })).toEqual([]);
    expect((await searchPeople(t.db, "son", { scope: "published" })).map((p) => p.slug)).toEqual(["choe-son-hui"]);
    expect((await searchPeople(t.db, "nam", { scope: "draft" })).map((p) => p.slug)).toEqual(["kim-song-nam"]);
    expect((await searchPeople(t.db, "nam", { scope: "rejected" })).map((p) => p.slug)).toEqual(["kang-sun-nam"]);
    expect((await searchPeople(t.db, "nam")).map((p) => p.slug).sort()).toEqual(["kang-sun-nam", "kim-song-nam"]);

    const slugs = ["choe-son-hui", "kim-song-nam", "kang-sun-nam"];
    expect((await listPeopleBySlugs(t.db, slugs, "published")).map((p) => p.slug)).toEqual(["choe-son-hui"]);
    expect((await listPeopleBySlugs(t.db, slugs, "all")).map((p) => p.slug).sort()).toEqual(["choe-son-hui", "kim-song-nam"]);
    expect(await listPeopleBySlugs(t.db, slugs)).toHaveLength(3);
  });

  it("have a profile without events for readers, and join them once an event of theirs is published", async () => {
    const { kim } = await setUp();
    expect((await findPersonProfile(t.db, "kim-song-nam", "published"))!.events).toEqual([]);
    expect((await findPersonProfile(t.db, "kim-song-nam"))!.events.map((e) => e.title)).toEqual(["Draft"]);
    expect((await findPersonProfile(t.db, "kang-sun-nam"))!.events).toEqual([]);
    const draft = await t.db.event.findFirstOrThrow({ where: { title: "Draft" } });
    await t.db.event.update({ where: { id: draft.id }, data: { status: "published" } });
    expect((await findPersonProfile(t.db, "kim-song-nam", "published"))!.events.map((e) => e.title)).toEqual(["Draft"]);
    expect((await searchPeople(t.db, "kim song", { scope: "published" })).map((p) => p.slug)).toEqual([kim.slug]);
  });
});

describe("findPersonProfile", () => {
  it("lists a busy person's newest events only, with the count of all of them", async () => {
    const person = await createPerson("pak-pong-ju", "Pak Pong Ju", "KP");
    for (const [i, day] of ["2019-01-10", "2019-03-05", "2019-02-20", "2018-12-01"].entries()) {
      const event = await createEvent(`Meeting ${i + 1}`, [person.id]);
      await t.db.event.update({ where: { id: event.id }, data: { date: fromIsoDay(day) } });
    }
    const profile = (await findPersonProfile(t.db, "pak-pong-ju", "published", 2))!;
    expect(profile.eventTotal).toBe(4);
    expect(profile.events.map((e) => [e.title, e.date])).toEqual([
      ["Meeting 2", "2019-03-05"],
      ["Meeting 3", "2019-02-20"],
    ]);
    expect((await findPersonProfile(t.db, "pak-pong-ju", "published"))!.eventTotal).toBe(4);
    expect((await findPersonProfile(t.db, "pak-pong-ju", "draft"))!.eventTotal).toBe(0);
  });
});
