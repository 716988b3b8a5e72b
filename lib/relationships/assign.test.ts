import { describe, expect, it } from "vitest";
import type { ExtractedParticipant } from "../extract/types";
import { assignRelationships } from "./assign";

const KP_RU = { id: 1, slug: "kp-ru", countries: ["KP", "RU"] as const };
const KP_CN = { id: 2, slug: "kp-cn", countries: ["KP", "CN"] as const };
const RU_CN = { id: 3, slug: "ru-cn", countries: ["RU", "CN"] as const };
const PAIRS = [KP_RU, KP_CN, RU_CN];

const person = (name: string, country: string | null): ExtractedParticipant => ({ name, slug: name.toLowerCase().replace(/ /g, "-"), country, role: null, isNew: false });
const kim = person("Kim Jong Un", "KP");
const xi = person("Xi Jinping", "CN");
const putin = person("Vladimir Putin", "RU");
const lavrov = person("Sergey Lavrov", "RU");
const event = (participants: ExtractedParticipant[], location: string | null = null) => ({ participants, location });
const slugs = (events: ReturnType<typeof event>[], articleCountries: string[] = []) => assignRelationships(events, PAIRS, articleCountries).map((p) => p?.slug ?? null);

describe("assignRelationships", () => {
  it("puts an event into the pair of its two sides, whatever the pair's order", () => {
    expect(slugs([event([kim, xi])])).toEqual(["kp-cn"]);
    expect(slugs([event([xi, putin])])).toEqual(["ru-cn"]);
    expect(slugs([event([putin, kim])])).toEqual(["kp-ru"]);
  });

  it("takes the other side from the place when only one side is named", () => {
    expect(slugs([event([kim], "Beijing")])).toEqual(["kp-cn"]);
    expect(slugs([event([xi], "Pyongyang")])).toEqual(["kp-cn"]);
    expect(slugs([event([kim], "Vladivostok")])).toEqual(["kp-ru"]);
  });

  it("gives a three-way summit to the pair with most people, then to the article's pair, not to the host", () => {
    expect(slugs([event([putin, lavrov, kim, xi], "Beijing")], ["RU", "KP"])).toEqual(["kp-ru"]);
    expect(slugs([event([putin, kim, xi], "Beijing")], ["CN", "KP"])).toEqual(["kp-cn"]);
  });

  it("puts one-sided events into the article's pair: its two main countries, else most of its events", () => {
    const noParties = event([], null);
    const xiAlone = event([xi]);
    expect(slugs([xiAlone, noParties], ["RU", "CN"])).toEqual(["ru-cn", "ru-cn"]);
    expect(slugs([event([putin, xi]), event([lavrov, xi], "Moscow"), xiAlone])).toEqual(["ru-cn", "ru-cn", "ru-cn"]);
  });

  it("falls back to a pair of one of the event's countries, then to the default pair", () => {
    expect(slugs([event([xi])])).toEqual(["kp-cn"]);
    expect(slugs([event([person("Donald Trump", "US")], "Washington")])).toEqual(["kp-ru"]);
    expect(slugs([event([person("Unknown Envoy", null)])])).toEqual(["kp-ru"]);
  });

  it("keeps out an event between countries that no pair joins, whatever the article's pair", () => {
    const trump = person("Donald Trump", "US");
    const rubio = person("Marco Rubio", "US");
    expect(slugs([event([putin, trump], "Anchorage"), event([lavrov, rubio], "Kuala Lumpur"), event([putin, kim])], ["KP", "RU"])).toEqual([null, null, "kp-ru"]);
    // One side's traveller in a third country's city: "Putin flew on to Hanoi".
    expect(slugs([event([putin], "Hanoi"), event([putin], "Moscow"), event([kim], "Beijing")], ["KP", "RU"])).toEqual([null, "kp-ru", "kp-cn"]);
    // Nor does the place make them one: two countries' people in a third country's city.
    expect(slugs([event([lavrov, rubio], "Wonsan")], ["KP", "RU"])).toEqual([null]);
    // A third country's leader beside both sides of a pair is still that pair's event.
    expect(slugs([event([lavrov, kim, rubio])], ["KP", "RU"])).toEqual(["kp-ru"]);
  });

  it("keeps no event of several people of one country that no pair has (rules-20)", () => {
    const blinken = person("Antony Blinken", "US");
    const austin = person("Lloyd Austin", "US");
    expect(slugs([event([blinken, austin], "Washington"), event([blinken, austin]), event([kim, putin])], ["KP", "RU"])).toEqual([null, null, "kp-ru"]);
    // One person of such a country alone still goes to the article's pair; two people of a pair's country too.
    expect(slugs([event([blinken]), event([putin, lavrov], "Moscow")], ["KP", "RU"])).toEqual(["kp-ru", "kp-ru"]);
  });

  it("uses the pairs it is given: a database with only the default pair keeps only that pair's events", () => {
    expect(assignRelationships([event([kim, xi]), event([kim, putin]), event([xi])], [KP_RU]).map((p) => p?.slug ?? null)).toEqual([null, "kp-ru", "kp-ru"]);
    expect(assignRelationships([], [])).toEqual([]);
  });

  it("puts every event into the pair an article names, those of no pair too", () => {
    expect(assignRelationships([event([putin, person("Donald Trump", "US")])], [KP_CN], [], { keepAll: true }).map((p) => p?.slug)).toEqual(["kp-cn"]);
  });
});
