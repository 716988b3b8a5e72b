/** Relationships (country pairs) on a real PostgreSQL: the migration's default pair, the shipped pairs, adding one. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { AppError } from "../errors";
import { RELATIONSHIPS } from "../people/relationship-data";
import { createRelationship, getRelationship, listRelationships, syncRelationships } from "./repo";

async function expectError(promise: Promise<unknown>, code: AppError["code"], text: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toContain(text);
}

describe("relationships", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("a migrated database has North Korea–Russia as its default pair", async () => {
    expect((await listRelationships(t.db)).map((r) => r.slug)).toEqual(["kp-ru"]);
    const pair = await getRelationship(t.db);
    expect(pair).toMatchObject({ slug: "kp-ru", name: "North Korea–Russia", countries: [{ code: "KP" }, { code: "RU" }] });
  });

  it("adds the shipped pairs once, in their order, after the default", async () => {
    expect(await syncRelationships(t.db, RELATIONSHIPS)).toBe(RELATIONSHIPS.length - 1);
    expect(await syncRelationships(t.db, RELATIONSHIPS)).toBe(0);
    const all = await listRelationships(t.db);
    expect(all.map((r) => r.slug)).toEqual(["kp-ru", "kp-cn", "ru-cn"]);
    expect(all[1].countries.map((c) => c.name)).toEqual(["North Korea", "China"]);
    expect((await getRelationship(t.db, "ru-cn")).name).toBe("Russia–China");
  });

  it("answers an unknown pair with a bad request that lists the known ones", async () => {
    await expectError(getRelationship(t.db, "kp-us"), "bad_request", "kp-ru, kp-cn, ru-cn");
  });

  it("adds a pair with a slug from its codes, ordered last, and its countries from the registry", async () => {
    const added = await createRelationship(t.db, { countries: ["ru", "ir"], name: "Russia–Iran" });
    expect(added).toMatchObject({ slug: "ru-ir", name: "Russia–Iran", countries: [{ code: "RU" }, { code: "IR", name: "Iran" }] });
    const all = await listRelationships(t.db);
    expect(all[all.length - 1].slug).toBe("ru-ir");
    expect(added.sortOrder).toBeGreaterThan(all[all.length - 2].sortOrder);
  });

  it("refuses a second pair of the same two countries, a taken slug, one country twice and unknown countries", async () => {
    await expectError(createRelationship(t.db, { countries: ["CN", "KP"], name: "China–DPRK" }), "conflict", "kp-cn");
    await expectError(createRelationship(t.db, { countries: ["KP", "US"], name: "x", slug: "kp-ru" }), "conflict", "kp-ru");
    await expectError(createRelationship(t.db, { countries: ["KP", "KP"], name: "x" }), "bad_request", "two different countries");
    await expectError(createRelationship(t.db, { countries: ["KP", "XX"], name: "x" }), "bad_request", "Unknown country XX");
    await expectError(createRelationship(t.db, { countries: ["KP"], name: "x" }), "bad_request", "exactly two");
    expect((await listRelationships(t.db)).length).toBe(4);
  });
});
