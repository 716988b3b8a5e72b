import { describe, it, expect } from "vitest";
import { COUNTRIES, REGISTRY_PEOPLE } from "./registry-data";
import { ROLE_KEYS } from "./types";
import type { CountryCode, RegistryOffice, RegistryPerson, RoleKey } from "./types";

// ---------------------------------------------------------------- helpers

/** Alias key for the uniqueness check: case, hyphens, spaces and dots folded. */
function aliasKey(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/[\s\-‐‑–—.]/g, "");
}

const DAY = 86_400_000;

function isValidDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Earliest and latest day (UTC ms) that a full or partial ISO date can stand for; null when it does not parse. */
function dateBounds(s: string): [number, number] | null {
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return [Date.UTC(y, mo - 1, 1), Date.UTC(y, mo, 1) - DAY];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(y, mo, d)) return null;
    const t = Date.UTC(y, mo - 1, d);
    return [t, t];
  }
  return null;
}

/** The widest span an office may cover: null from/to are open-ended. */
function possibleSpan(o: RegistryOffice): [number, number] {
  const from = o.from === null ? -Infinity : dateBounds(o.from)![0];
  const to = o.to === null ? Infinity : dateBounds(o.to)![1];
  return [from, to];
}

interface Held {
  person: RegistryPerson;
  office: RegistryOffice;
}

function officesOf(country: CountryCode, roleKey: RoleKey, filter: (o: RegistryOffice) => boolean = () => true): Held[] {
  const out: Held[] = [];
  for (const person of REGISTRY_PEOPLE) {
    if (person.country !== country) continue;
    for (const office of person.offices) if (office.roleKey === roleKey && filter(office)) out.push({ person, office });
  }
  return out;
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** True when a (partial) date lies wholly inside the month. */
function withinMonth(date: string | null, month: string): boolean {
  if (date === null) return false;
  const b = dateBounds(date);
  const mb = dateBounds(month)!;
  return b !== null && b[0] >= mb[0] && b[1] <= mb[1];
}

/**
 * Holders of a role in one month. Exactly one is expected; two are accepted only for a handover inside the month
 * (the outgoing holder's end and the incoming holder's start both fall in that month).
 * Returns a problem description, or null when the month is fine.
 */
function monthProblem(held: Held[], month: string): string | null {
  const [ms, me] = dateBounds(month)!;
  const holders = held.filter((h) => {
    const [from, to] = possibleSpan(h.office);
    return from <= me && to >= ms;
  });
  if (holders.length === 1) return null;
  if (holders.length === 2) {
    const [a, b] = [...holders].sort((x, y) => possibleSpan(x.office)[0] - possibleSpan(y.office)[0]);
    if (withinMonth(a.office.to, month) && withinMonth(b.office.from, month)) return null;
  }
  const names = holders.map((h) => `${h.person.name} (${h.office.from} – ${h.office.to})`).join(", ");
  return holders.length === 0 ? `${month}: no holder` : `${month}: ${holders.length} holders: ${names}`;
}

function coverageProblems(
  held: Held[],
  first: string,
  last: string,
  exceptions: Record<string, string> = {},
): string[] {
  const problems: string[] = [];
  for (const month of monthsBetween(first, last)) {
    const p = monthProblem(held, month);
    if (p !== null && !(month in exceptions)) problems.push(p);
    if (p === null && month in exceptions) problems.push(`${month}: listed as an exception but has no problem`);
  }
  return problems;
}

/** The holder of a role on a given day, for the resolution examples. */
function holderOn(country: CountryCode, roleKey: RoleKey, day: string): string[] {
  const t = dateBounds(day)![0];
  return officesOf(country, roleKey)
    .filter((h) => {
      const [from, to] = possibleSpan(h.office);
      return from <= t && t <= to;
    })
    .map((h) => h.person.name);
}

// ---------------------------------------------------------------- tests

describe("registry data: shape", () => {
  it("has at least 150 people", () => {
    expect(REGISTRY_PEOPLE.length).toBeGreaterThanOrEqual(150);
  });

  it("covers the country pair heavily", () => {
    const kp = REGISTRY_PEOPLE.filter((p) => p.country === "KP").length;
    const ru = REGISTRY_PEOPLE.filter((p) => p.country === "RU").length;
    expect(kp).toBeGreaterThanOrEqual(50);
    expect(ru).toBeGreaterThanOrEqual(70);
    expect(kp + ru).toBeGreaterThanOrEqual(170);
  });

  it("has unique kebab-case slugs and unique canonical names", () => {
    const slugs = REGISTRY_PEOPLE.map((p) => p.slug);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(slugs.length);
    const names = REGISTRY_PEOPLE.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("uses the agreed canonical spellings", () => {
    const required = [
      "Vladimir Putin", "Kim Jong Un", "Sergey Lavrov", "Choe Son Hui", "Andrei Belousov", "Sergei Shoigu", "Kim Yo Jong",
      "Mikhail Mishustin", "Alexander Kozlov", "Ri Son Gwon", "Kim Tok Hun", "Pak Thae Song", "No Kwang Chol",
      "Kang Sun Nam", "Choe Ryong Hae", "Vyacheslav Volodin", "Valentina Matviyenko", "Alexander Matsegora",
      "Sin Hong Chol", "Ri Yong Ho", "Andrei Rudenko", "Im Chon Il", "Nikolai Patrushev", "Sergei Naryshkin",
      "Alexander Bortnikov", "Valery Gerasimov", "Olga Lyubimova", "Oleg Kozhemyako", "Dmitry Peskov", "Maria Zakharova",
      "Kim Song Nam", "Pak Jong Chon", "Jo Yong Won", "Kim Yong Chol", "Ri Pyong Chol", "Yun Jong Ho", "Igor Morgulov",
      "Dmitry Medvedev", "Yuri Trutnev", "Alexander Novak", "Kim Jae Ryong",
    ];
    const names = new Set(REGISTRY_PEOPLE.map((p) => p.name));
    expect(required.filter((n) => !names.has(n))).toEqual([]);
  });

  it("writes DPRK canonical names without hyphens", () => {
    const hyphenated = REGISTRY_PEOPLE.filter((p) => p.country === "KP" && p.name.includes("-")).map((p) => p.name);
    expect(hyphenated).toEqual([]);
  });

  it("places every person in a listed country", () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    expect(REGISTRY_PEOPLE.filter((p) => !codes.has(p.country)).map((p) => p.name)).toEqual([]);
  });
});

describe("registry data: aliases", () => {
  it("shares no alias between two people (case, hyphens and spaces folded)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of REGISTRY_PEOPLE) {
      const keys = new Set([p.name, ...p.aliases].map(aliasKey));
      for (const k of keys) {
        const other = owner.get(k);
        if (other !== undefined && other !== p.slug) clashes.push(`${k}: ${other} / ${p.slug}`);
        owner.set(k, p.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has no empty or untrimmed alias", () => {
    const bad = REGISTRY_PEOPLE.flatMap((p) => p.aliases.filter((a) => a.trim() !== a || a === "").map((a) => `${p.slug}: "${a}"`));
    expect(bad).toEqual([]);
  });

  it("never uses a bare Korean surname, and Latin/Cyrillic Korean aliases always have two or more words", () => {
    const bare = new Set(["kim", "ri", "lee", "yi", "rhee", "pak", "park", "choe", "choi", "chwe", "jo", "cho", "no", "ro", "roh", "han", "kang", "hwang", "sin", "shin", "yun", "yoon", "im", "rim", "lim", "jang", "hyon", "hyun", "kwon", "ji", "moon"]);
    const bad: string[] = [];
    for (const p of REGISTRY_PEOPLE) {
      if (p.country !== "KP" && p.country !== "KR") continue;
      for (const a of p.aliases) {
        if (bare.has(a.toLowerCase())) bad.push(`${p.slug}: ${a}`);
        const latinOrCyrillic = /^[\p{Script=Latin}\p{Script=Cyrillic}\s\-'.]+$/u.test(a);
        if (latinOrCyrillic && a.split(/[\s-]+/).filter(Boolean).length < 2) bad.push(`${p.slug}: ${a}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("gives the key people hyphenated, South Korean, Cyrillic and hangul spellings", () => {
    const aliasesOf = (name: string) => new Set(REGISTRY_PEOPLE.find((p) => p.name === name)!.aliases);
    for (const a of ["Kim Jong-un", "Kim Jong-Un", "Ким Чен Ын", "김정은"]) expect(aliasesOf("Kim Jong Un").has(a)).toBe(true);
    for (const a of ["Choe Son-hui", "Choi Son-hui", "Choi Sun-hee", "최선희", "Цой Сон Хи"]) expect(aliasesOf("Choe Son Hui").has(a)).toBe(true);
    for (const a of ["Sergei Lavrov", "Сергей Лавров", "Lavrov"]) expect(aliasesOf("Sergey Lavrov").has(a)).toBe(true);
    for (const a of ["Sergey Shoigu", "Shoygu", "Сергей Шойгу"]) expect(aliasesOf("Sergei Shoigu").has(a)).toBe(true);
    for (const a of ["Valentina Matvienko", "Валентина Матвиенко"]) expect(aliasesOf("Valentina Matviyenko").has(a)).toBe(true);
    for (const a of ["Aleksandr Matsegora", "Alexandr Matsegora"]) expect(aliasesOf("Alexander Matsegora").has(a)).toBe(true);
  });

  it("lists country aliases without clashes and without city metonyms", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COUNTRIES) {
      for (const a of [c.name, ...c.aliases]) {
        const k = aliasKey(a);
        const other = owner.get(k);
        if (other !== undefined && other !== c.code) clashes.push(`${a}: ${other} / ${c.code}`);
        owner.set(k, c.code);
      }
    }
    expect(clashes).toEqual([]);
    const all = COUNTRIES.flatMap((c) => c.aliases.map((a) => a.toLowerCase()));
    for (const city of ["pyongyang", "moscow", "kremlin", "beijing", "washington", "seoul"]) expect(all).not.toContain(city);
    const codes = COUNTRIES.map((c) => c.code);
    for (const code of ["KP", "RU", "CN", "US", "KR", "JP", "UA", "BY", "MN", "VN", "IR", "SY"]) expect(codes).toContain(code);
  });
});

describe("registry data: offices", () => {
  it("uses only known role keys and levels, and ambassadors name their posting", () => {
    const roleKeys = new Set<string>(ROLE_KEYS);
    const levels = new Set(["head", "minister", "vice", "parliament", "other"]);
    const bad: string[] = [];
    for (const p of REGISTRY_PEOPLE) {
      for (const o of p.offices) {
        if (!roleKeys.has(o.roleKey)) bad.push(`${p.slug}: roleKey ${o.roleKey}`);
        if (!levels.has(o.level)) bad.push(`${p.slug}: level ${o.level}`);
        if (o.title.trim() === "") bad.push(`${p.slug}: empty title`);
        if (o.roleKey === "ambassador" && !/^[A-Z]{2}$/.test(o.toCountry ?? "")) bad.push(`${p.slug}: ambassador without toCountry`);
        if (o.toCountry !== undefined && o.roleKey !== "ambassador") bad.push(`${p.slug}: toCountry on ${o.roleKey}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("has dates that parse, with from <= to", () => {
    const bad: string[] = [];
    for (const p of REGISTRY_PEOPLE) {
      for (const o of p.offices) {
        const from = o.from === null ? null : dateBounds(o.from);
        const to = o.to === null ? null : dateBounds(o.to);
        if (o.from !== null && from === null) bad.push(`${p.slug}: bad from ${o.from}`);
        if (o.to !== null && to === null) bad.push(`${p.slug}: bad to ${o.to}`);
        if (from && to && from[0] > to[1]) bad.push(`${p.slug}: ${o.title} from ${o.from} after to ${o.to}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("never has two holders of a single-holder role certainly overlapping (beyond a handover day)", () => {
    // Roles held by one person at a time per country; parliament heads are grouped by chamber below.
    const singleHolder: RoleKey[] = ["head-of-state", "head-of-government", "foreign-minister", "defence-minister", "security-council-secretary"];
    const bad: string[] = [];
    const countries = [...new Set(REGISTRY_PEOPLE.map((p) => p.country))];
    for (const country of countries) {
      for (const roleKey of singleHolder) {
        const held = officesOf(country, roleKey);
        for (let i = 0; i < held.length; i++) {
          for (let j = i + 1; j < held.length; j++) {
            const a = held[i];
            const b = held[j];
            // Certain span: from the latest possible start to the earliest possible end.
            const certain = (o: RegistryOffice): [number, number] => [
              o.from === null ? -Infinity : dateBounds(o.from)![1],
              o.to === null ? Infinity : dateBounds(o.to)![0],
            ];
            const [as, ae] = certain(a.office);
            const [bs, be] = certain(b.office);
            const overlap = Math.min(ae, be) - Math.max(as, bs);
            if (overlap > 0) bad.push(`${country} ${roleKey}: ${a.person.name} / ${b.person.name}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("registry data: continuous coverage of the pair's key roles, 2018-01 to 2025-12", () => {
  // Real-world vacancies or overlaps would be listed here per country+role, keyed by month, with the reason.
  // None exist for these roles in this period: every change was a direct handover.
  const EXCEPTIONS: Record<string, Record<string, string>> = {};

  const roles: RoleKey[] = ["head-of-state", "head-of-government", "foreign-minister", "defence-minister"];
  for (const country of ["KP", "RU"] as const) {
    for (const roleKey of roles) {
      it(`${country} ${roleKey}: exactly one holder every month`, () => {
        const problems = coverageProblems(officesOf(country, roleKey), "2018-01", "2025-12", EXCEPTIONS[`${country} ${roleKey}`]);
        expect(problems).toEqual([]);
      });
    }
  }
});

describe("registry data: continuous coverage of other referenced roles", () => {
  it("RU security council secretary, 2014-01 to 2025-12", () => {
    expect(coverageProblems(officesOf("RU", "security-council-secretary"), "2014-01", "2025-12")).toEqual([]);
  });

  it("the pair's four head-of-state / government / foreign / defence roles also hold from 2014, except known DPRK gaps", () => {
    const EXCEPTIONS_2014: Record<string, Record<string, string>> = {
      // Hyon Yong Chol was removed in late April 2015; Pak Yong Sik's appointment is only known to the year 2015
      // (first confirmed in July 2015), so January-April 2015 cannot be assigned to exactly one holder.
      "KP defence-minister": Object.fromEntries(monthsBetween("2015-01", "2015-04").map((m) => [m, "2015 change, month unknown"])),
    };
    const problems: string[] = [];
    for (const country of ["KP", "RU"] as const) {
      for (const roleKey of ["head-of-state", "head-of-government", "foreign-minister", "defence-minister"] as RoleKey[]) {
        const ex = EXCEPTIONS_2014[`${country} ${roleKey}`] ?? {};
        problems.push(...coverageProblems(officesOf(country, roleKey), "2014-01", "2017-12", ex).map((p) => `${country} ${roleKey} ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it("parliament heads, per chamber, 2014-01 to 2025-12", () => {
    const chambers: Array<[CountryCode, RegExp]> = [
      ["RU", /State Duma$/],
      ["RU", /Federation Council$/],
      ["KP", /^Chairman of the Supreme People's Assembly$/],
      ["KP", /(Presidium|Standing Committee)/],
    ];
    const problems: string[] = [];
    for (const [country, re] of chambers) {
      problems.push(
        ...coverageProblems(officesOf(country, "parliament-head", (o) => re.test(o.title)), "2014-01", "2025-12").map((p) => `${country} ${re}: ${p}`),
      );
    }
    expect(problems).toEqual([]);
  });

  it("ambassadors both ways, 2014-01 to 2025-12, with the real vacancy listed", () => {
    const kpToRu = officesOf("KP", "ambassador", (o) => o.toCountry === "RU");
    const ruToKp = officesOf("RU", "ambassador", (o) => o.toCountry === "KP");
    // Kim Hyong Jun left Moscow in May 2019; Sin Hong Chol got agrément in July 2019 but only arrived in February 2020.
    // In between a chargé d'affaires ran the embassy.
    const vacancy = Object.fromEntries(monthsBetween("2019-06", "2020-01").map((m) => [m, "chargé d'affaires only"]));
    expect(coverageProblems(kpToRu, "2014-01", "2025-12", vacancy)).toEqual([]);
    // Matsegora died on 6 December 2025; his month still has him as holder.
    expect(coverageProblems(ruToKp, "2014-01", "2025-12")).toEqual([]);
  });
});

describe("registry data: role resolution examples", () => {
  it("resolves role + country + date to the right person", () => {
    expect(holderOn("RU", "foreign-minister", "2024-06-15")).toEqual(["Sergey Lavrov"]);
    expect(holderOn("KP", "defence-minister", "2023-09-13")).toEqual(["Kang Sun Nam"]);
    expect(holderOn("RU", "defence-minister", "2023-07-26")).toEqual(["Sergei Shoigu"]);
    expect(holderOn("RU", "defence-minister", "2024-11-29")).toEqual(["Andrei Belousov"]);
    expect(holderOn("KP", "defence-minister", "2024-11-29")).toEqual(["No Kwang Chol"]);
    expect(holderOn("KP", "foreign-minister", "2019-04-25")).toEqual(["Ri Yong Ho"]);
    expect(holderOn("KP", "foreign-minister", "2021-03-01")).toEqual(["Ri Son Gwon"]);
    expect(holderOn("KP", "foreign-minister", "2024-06-19")).toEqual(["Choe Son Hui"]);
    expect(holderOn("KP", "head-of-government", "2023-09-13")).toEqual(["Kim Tok Hun"]);
    expect(holderOn("KP", "head-of-government", "2025-03-01")).toEqual(["Pak Thae Song"]);
    expect(holderOn("RU", "head-of-government", "2019-04-25")).toEqual(["Dmitry Medvedev"]);
    expect(holderOn("RU", "security-council-secretary", "2024-06-19")).toEqual(["Sergei Shoigu"]);
    expect(holderOn("RU", "security-council-secretary", "2023-06-01")).toEqual(["Nikolai Patrushev"]);
    expect(holderOn("KP", "head-of-state", "2019-04-25")).toEqual(["Kim Jong Un"]);
    expect(holderOn("RU", "head-of-state", "2024-06-19")).toEqual(["Vladimir Putin"]);
    // The friendship treaty of February 2000 was signed by Lavrov's and Choe's predecessors.
    expect(holderOn("RU", "foreign-minister", "2000-02-09")).toEqual(["Igor Ivanov"]);
    expect(holderOn("KP", "foreign-minister", "2000-02-09")).toEqual(["Paek Nam Sun"]);
    // Third countries' leaders of the 2000s, whom background copy names beside Kim Jong Il and Putin.
    expect(holderOn("KR", "head-of-state", "2000-06-13")).toEqual(["Kim Dae-jung"]);
    expect(holderOn("CN", "head-of-state", "2000-07-18")).toEqual(["Jiang Zemin"]);
    expect(holderOn("JP", "head-of-government", "2002-09-17")).toEqual(["Junichiro Koizumi"]);
  });
});
