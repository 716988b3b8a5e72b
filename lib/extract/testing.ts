/**
 * A small, hand-made registry for unit tests, so they do not move when the shipped registry grows.
 */
import type { Country, RegistryPerson } from "../people/types";
import { buildExtractContext, extractEvents } from "./index";
import type { ExtractContext } from "./types";

export const TEST_COUNTRIES: Country[] = [
  { code: "RU", name: "Russia", aliases: ["Russian", "Russian Federation"] },
  { code: "KP", name: "North Korea", aliases: ["North Korean", "DPRK"] },
  { code: "CN", name: "China", aliases: ["Chinese"] },
];

export const TEST_PEOPLE: RegistryPerson[] = [
  {
    slug: "vladimir-putin", name: "Vladimir Putin", country: "RU", aliases: ["Putin", "Владимир Путин"],
    offices: [{ title: "President of Russia", roleKey: "head-of-state", level: "head", from: "2012-05-07", to: null }],
  },
  {
    slug: "sergey-lavrov", name: "Sergey Lavrov", country: "RU", aliases: ["Sergei Lavrov", "Lavrov"],
    offices: [{ title: "Minister of Foreign Affairs", roleKey: "foreign-minister", level: "minister", from: "2004-03-09", to: null }],
  },
  {
    slug: "sergei-shoigu", name: "Sergei Shoigu", country: "RU", aliases: ["Sergey Shoigu", "Shoigu"],
    offices: [
      { title: "Minister of Defence", roleKey: "defence-minister", level: "minister", from: "2012-11-06", to: "2024-05-12" },
      { title: "Secretary of the Security Council", roleKey: "security-council-secretary", level: "minister", from: "2024-05-12", to: null },
    ],
  },
  {
    slug: "andrei-belousov", name: "Andrei Belousov", country: "RU", aliases: ["Andrey Belousov", "Belousov"],
    offices: [{ title: "Minister of Defence", roleKey: "defence-minister", level: "minister", from: "2024-05-14", to: null }],
  },
  {
    slug: "dmitry-peskov", name: "Dmitry Peskov", country: "RU", aliases: ["Peskov"],
    offices: [{ title: "Kremlin Press Secretary", roleKey: "other", level: "other", from: "2012-05", to: null }],
  },
  {
    slug: "kim-jong-un", name: "Kim Jong Un", country: "KP", aliases: ["Kim Jong-un", "김정은"],
    offices: [{ title: "Supreme Leader of the DPRK", roleKey: "head-of-state", level: "head", from: "2011-12", to: null }],
  },
  {
    slug: "kim-yo-jong", name: "Kim Yo Jong", country: "KP", aliases: ["Kim Yo-jong"], female: true,
    offices: [{ title: "Vice Department Director of the WPK Central Committee", roleKey: "party-official", level: "other", from: "2014", to: null }],
  },
  {
    slug: "choe-son-hui", name: "Choe Son Hui", country: "KP", aliases: ["Choe Son-hui"], female: true,
    offices: [
      { title: "First Vice Minister of Foreign Affairs", roleKey: "deputy-foreign-minister", level: "vice", from: "2019-04", to: "2022-06" },
      { title: "Minister of Foreign Affairs", roleKey: "foreign-minister", level: "minister", from: "2022-06", to: null },
    ],
  },
  {
    slug: "ri-son-gwon", name: "Ri Son Gwon", country: "KP", aliases: ["Ri Son-gwon"],
    offices: [{ title: "Minister of Foreign Affairs", roleKey: "foreign-minister", level: "minister", from: "2020-01", to: "2022-06" }],
  },
  {
    slug: "xi-jinping", name: "Xi Jinping", country: "CN", aliases: [],
    offices: [{ title: "President of China", roleKey: "head-of-state", level: "head", from: "2013-03-14", to: null }],
  },
];

export interface DescribeOptions {
  /** Participants A to Z instead of in the order the extractor gives. */
  sortNames?: boolean;
  /** The acting institution after the names (";State Duma"). */
  actor?: boolean;
  /** " (implied)" after an event below 0.5 confidence (a visit read from a meeting). */
  implied?: boolean;
}

/**
 * The events of one type extracted from `text` with the test registry, one line each ("2024-06-19/day Vladimir
 * Putin+Kim Jong Un Pyongyang"), for compact expectations.
 */
export function describeEvents(text: string, publishedAt: string, type: string, options: DescribeOptions = {}): string[] {
  return extractEvents({ title: "", text, publishedAt }, testContext())
    .events.filter((e) => e.type === type)
    .map((e) => {
      const names = e.participants.map((p) => p.name);
      if (options.sortNames) names.sort();
      const actor = options.actor && e.actor ? `;${e.actor}` : "";
      const implied = options.implied && e.confidence < 0.5 ? " (implied)" : "";
      return `${e.date}/${e.datePrecision} ${names.join("+")}${actor} ${e.location}${implied}`;
    });
}

let context: ExtractContext | null = null;
const testContext = () => (context ??= buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES));
