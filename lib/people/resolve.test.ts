import { describe, it, expect } from "vitest";
import { TEST_COUNTRIES, TEST_PEOPLE } from "../extract/testing";
import { buildAliasIndex, findPersonMentions, foldNameToken, resolveRoleHolder } from "./resolve";

const index = buildAliasIndex(TEST_PEOPLE, TEST_COUNTRIES);
const names = (text: string, date = "2024-06-01", articleSlugs?: Set<string>) =>
  findPersonMentions(text, index, { date, articleSlugs }).map((m) => m.name);

describe("foldNameToken", () => {
  it("folds romanisation variants onto one key", () => {
    expect(["Choi", "Chwe", "Choe"].map(foldNameToken)).toEqual(["choe", "choe", "choe"]);
    expect(["Song", "Sun", "Son"].map(foldNameToken)).toEqual(["son", "son", "son"]);
    expect(["Hee", "Hui"].map(foldNameToken)).toEqual(["hui", "hui"]);
    expect(["Sergei", "Sergey"].map(foldNameToken)).toEqual(["sergey", "sergey"]);
    expect(["Alexander", "Aleksandr"].map(foldNameToken)).toEqual(["aleksandr", "aleksandr"]);
    expect(foldNameToken("Dmitriy")).toBe("dmitry");
  });
});

describe("buildAliasIndex", () => {
  it("is built once per registry array", () => {
    expect(buildAliasIndex(TEST_PEOPLE, TEST_COUNTRIES)).toBe(index);
  });
});

describe("findPersonMentions", () => {
  it("finds names in their common spellings, hyphenations and order", () => {
    expect(names("Choi Song Hee met Sergei Lavrov.")).toEqual(["Choe Son Hui", "Sergey Lavrov"]);
    expect(names("KIM JONG-UN and Lavrov Sergey")).toEqual(["Kim Jong Un", "Sergey Lavrov"]);
    expect(names("Владимир Путин")).toEqual(["Vladimir Putin"]);
  });

  it("resolves titled surnames through the office held on the date", () => {
    expect(names("Foreign Minister Choe said", "2024-01-16")).toEqual(["Choe Son Hui"]);
    expect(names("Defence Minister Belousov arrived", "2024-11-29")).toEqual(["Andrei Belousov"]);
  });

  it("resolves role-only references by date", () => {
    expect(names("the Russian foreign minister arrived", "2024-01-16")).toEqual(["Sergey Lavrov"]);
    expect(names("North Korea's top diplomat said", "2021-03-01")).toEqual(["Ri Son Gwon"]);
    expect(names("North Korea's top diplomat said", "2024-03-01")).toEqual(["Choe Son Hui"]);
    expect(names("the Russian defence minister", "2023-07-27")).toEqual(["Sergei Shoigu"]);
    expect(names("the Russian defence minister", "2024-11-29")).toEqual(["Andrei Belousov"]);
    expect(names("the Kremlin chief said")).toEqual(["Vladimir Putin"]);
    expect(names("North Korean leader")).toEqual(["Kim Jong Un"]);
  });

  it("resolves both holders in a plural role phrase", () => {
    expect(names("the foreign ministers of Russia and North Korea met", "2024-01-16").sort()).toEqual(["Choe Son Hui", "Sergey Lavrov"]);
  });

  it("resolves a bare surname only when the article leaves one candidate", () => {
    const article = new Set(["kim-jong-un"]);
    expect(names("Kim said", "2024-06-01", article)).toEqual(["Kim Jong Un"]);
    expect(names("Kim said", "2024-06-01", new Set())).toEqual([]);
    // Both Kims named: the head of state is the one a bare "Kim" means.
    expect(names("Kim said", "2024-06-01", new Set(["kim-jong-un", "kim-yo-jong"]))).toEqual(["Kim Jong Un"]);
    // A distinctive Russian surname stands alone.
    expect(names("Lavrov said")).toEqual(["Sergey Lavrov"]);
  });

  it("does not read a longer unknown Korean name as a registered shorter one", () => {
    expect(names("Kim Jong Un Chol arrived")).toEqual([]);
  });

  it("records titled people missing from the registry as new", () => {
    const m = findPersonMentions("Russian Deputy Minister Ivan Petrov arrived", index, { date: "2024-05-01" });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ name: "Ivan Petrov", slug: "ivan-petrov", country: "RU", isNew: true, role: "Russian Deputy Minister" });
  });

  it("takes a new person's country from the delegation they lead", () => {
    const m = findPersonMentions("A delegation of the Russian Federation led by Deputy Minister Ivan Sorokin arrived", index, { date: "2024-05-01" });
    expect(m[0]).toMatchObject({ name: "Ivan Sorokin", country: "RU", isNew: true });
  });

  it("reports the role held on the date", () => {
    const [m] = findPersonMentions("Sergei Shoigu", index, { date: "2024-09-13" });
    expect(m.role).toBe("Secretary of the Security Council");
  });
});

describe("resolveRoleHolder", () => {
  it("returns null when nobody or several hold the office", () => {
    expect(resolveRoleHolder(index, "CN", "foreign-minister", "2024-01-01")).toBeNull();
  });
});
