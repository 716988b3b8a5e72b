import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { DEFAULT_FILTERS, parseDateBound, parseEventFilters, toSearchParams, type EventFilters } from "./filters";

describe("event filters", () => {
  it("round-trips every field through the URL", () => {
    const filters: EventFilters = {
      pair: "kp-cn", from: "2023-09-01", to: "2024-12-31", type: ["meeting", "visit"], participant: ["choe-son-hui", "sergey-lavrov"],
      country: ["KP", "RU"], level: ["head", "minister"], location: "Moscow", q: "treaty", status: "all", page: 3, pageSize: 25, sort: "date",
    };
    expect(parseEventFilters(toSearchParams(filters))).toEqual(filters);
  });

  it("keeps URLs short: defaults are not written", () => {
    expect(toSearchParams(DEFAULT_FILTERS).toString()).toBe("");
    expect(toSearchParams({ ...DEFAULT_FILTERS, type: ["call"] }).toString()).toBe("type=call");
  });

  it("reads partial dates as the whole period", () => {
    const f = parseEventFilters(new URLSearchParams("from=2024-02&to=2024"));
    expect(f.from).toBe("2024-02-01");
    expect(f.to).toBe("2024-12-31");
    expect(parseDateBound("2024-02", "end")).toBe("2024-02-29");
  });

  it("round-trips every single field on its own, and the defaults", () => {
    const variants: Partial<EventFilters>[] = [
      { from: "2024-06-19" }, { to: "2024-06-19" }, { type: ["agreement"] }, { participant: ["kim-jong-un"] }, { country: ["RU"] },
      { level: ["vice"] }, { level: ["parliament", "other"] }, { location: "Pyongyang" }, { q: "a, b & c?" }, { status: "draft" },
      { page: 2 }, { pageSize: 200 }, { sort: "-sources" }, { pair: "ru-cn" },
    ];
    for (const variant of variants) {
      const filters: EventFilters = { ...DEFAULT_FILTERS, ...variant };
      expect(parseEventFilters(toSearchParams(filters))).toEqual(filters);
    }
    expect(parseEventFilters(toSearchParams(DEFAULT_FILTERS))).toEqual(DEFAULT_FILTERS);
  });

  it("reads levels from the URL as a list", () => {
    expect(parseEventFilters(new URLSearchParams("level=minister,head")).level).toEqual(["minister", "head"]);
    expect(toSearchParams({ ...DEFAULT_FILTERS, level: ["minister"] }).toString()).toBe("level=minister");
  });

  it("accepts repeated and comma-separated lists alike", () => {
    const f = parseEventFilters(new URLSearchParams("type=meeting&type=call,visit&country=ru"));
    expect(f.type).toEqual(["meeting", "call", "visit"]);
    expect(f.country).toEqual(["RU"]);
  });

  it.each([
    ["from=2024-13-01", "from"],
    ["to=yesterday", "to"],
    ["type=party", "type"],
    ["participant=Robert'); DROP TABLE event;--", "participant"],
    ["page=0", "page"],
    ["pageSize=100000", "pageSize"],
    ["from=2025-01-01&to=2024-01-01", "from"],
    ["status=secret", "status"],
    ["level=general", "level"],
    ["pair=KP RU", "pair"],
    ["pair=../etc", "pair"],
    ["sort=id", "sort"],
    ["sort=date;DROP TABLE event", "sort"],
    ["country=RU' OR '1'='1", "country"],
    ["type=meeting' OR 1=1 --", "type"],
    ["status=published'--", "status"],
    ["pageSize=1e9", "pageSize"],
    ["page=Infinity", "page"],
    ["from=2024-02-30", "from"],
    ["q=a%00b", "q"],
    ["location=Moscow%0D%0ASet-Cookie", "location"],
    [`q=${"x".repeat(201)}`, "q"],
    ["q=a&q=b", "q"],
    ["page=1&page=2", "page"],
    ["status=all&status=draft", "status"],
  ])("rejects %s with a 400 that names the field", (query, field) => {
    try {
      parseEventFilters(new URLSearchParams(query));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).message).toContain(field);
    }
  });

  it("keeps SQL in free-text filters as plain text to search for", () => {
    const f = parseEventFilters(new URLSearchParams({ q: "'; DROP TABLE event; --", location: "%' OR 1=1 --" }));
    expect(f.q).toBe("'; DROP TABLE event; --");
    expect(f.location).toBe("%' OR 1=1 --");
  });

  it("ignores parameters that are not filters", () => {
    expect(parseEventFilters(new URLSearchParams("interval=year&utm_source=x"))).toEqual(DEFAULT_FILTERS);
  });
});
