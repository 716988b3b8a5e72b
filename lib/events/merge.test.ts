import { describe, expect, it } from "vitest";
import { areDatesCompatible, areLocationsCompatible, chooseEventDate, chooseParticipants, choosePlace, isSameEvent, isSameEventElsewhere, keepSameDayFits, listPlaceVotes, choosePeriodFit, preferClosestPeople, type MergeProbe } from "./merge";

const meeting = (over: Partial<MergeProbe> = {}): MergeProbe => ({
  type: "meeting", date: "2024-01-16", precision: "day", endDate: null, location: "Moscow", actor: null,
  participants: [{ slug: "sergey-lavrov", country: "RU" }, { slug: "choe-son-hui", country: "KP" }], ...over,
});

describe("isSameEvent", () => {
  it("joins two reports of one meeting", () => {
    expect(isSameEvent(meeting(), meeting({ participants: [{ slug: "choe-son-hui", country: "KP" }] }))).toBe(true);
  });
  it("joins a month-precision background mention with the dated event", () => {
    expect(isSameEvent(meeting(), meeting({ date: "2024-01-01", precision: "month", location: null }))).toBe(true);
  });
  it("tolerates a report one day off when the people are the same", () => {
    expect(isSameEvent(meeting(), meeting({ date: "2024-01-17" }))).toBe(true);
    expect(isSameEvent(meeting(), meeting({ date: "2024-01-17", participants: [{ slug: "sergey-lavrov", country: "RU" }, { slug: "kim-jong-un", country: "KP" }] }))).toBe(false);
  });
  it("keeps apart the minister's talks and her audience with the president on the same day", () => {
    const audience = meeting({ participants: [{ slug: "vladimir-putin", country: "RU" }, { slug: "choe-son-hui", country: "KP" }] });
    expect(isSameEvent(meeting(), audience)).toBe(false);
    const joint = meeting({ participants: [{ slug: "vladimir-putin", country: "RU" }, { slug: "sergey-lavrov", country: "RU" }, { slug: "choe-son-hui", country: "KP" }] });
    expect(isSameEvent(audience, joint)).toBe(true);
  });
  it("joins two reports of the leaders' talks that each put another host official in the room, but not talks that share one side only", () => {
    const leaders = [{ slug: "vladimir-putin", country: "RU" }, { slug: "kim-jong-un", country: "KP" }];
    const withXi = meeting({ location: "Beijing", participants: [...leaders, { slug: "xi-jinping", country: "CN" }] });
    expect(isSameEvent(withXi, meeting({ location: "Beijing", participants: [...leaders, { slug: "li-qiang", country: "CN" }] }))).toBe(true);
    expect(isSameEvent(withXi, meeting({ location: "Beijing", participants: [leaders[1], { slug: "li-qiang", country: "CN" }] }))).toBe(false);
  });
  it("keeps apart different types, other months, other people and other countries", () => {
    expect(isSameEvent(meeting(), meeting({ type: "call" }))).toBe(false);
    expect(isSameEvent(meeting(), meeting({ date: "2024-02-01", precision: "month" }))).toBe(false);
    expect(isSameEvent(meeting(), meeting({ participants: [{ slug: "vladimir-putin", country: "RU" }, { slug: "kim-jong-un", country: "KP" }] }))).toBe(false);
    expect(isSameEvent(meeting(), meeting({ location: "Pyongyang" }))).toBe(false);
  });
  it("lets no place keep a month-only background mention of a meeting from its dated event, but still a visit", () => {
    const background = meeting({ date: "2024-01-01", precision: "month", location: "Pyongyang" });
    expect(isSameEvent(meeting(), background)).toBe(true);
    const trip = (over: Partial<MergeProbe>) => meeting({ type: "visit", participants: [{ slug: "sergey-lavrov", country: "RU" }], ...over });
    expect(isSameEvent(trip({ location: "Pyongyang" }), trip({ date: "2024-01-01", precision: "month", location: "Beijing" }))).toBe(false);
  });
  it("compares institutions when no people take part (ratifications)", () => {
    const duma = meeting({ type: "ratification", participants: [], actor: "State Duma", location: null, date: "2024-10-24" });
    expect(isSameEvent(duma, { ...duma })).toBe(true);
    expect(isSameEvent(duma, { ...duma, actor: "Federation Council" })).toBe(false);
  });
});

describe("isSameEventElsewhere", () => {
  const elsewhere = meeting({ location: "Pyongyang" });
  it("takes one meeting of the same two people on the same day in two countries", () => {
    expect(isSameEventElsewhere(meeting(), elsewhere)).toBe(true);
    expect(isSameEventElsewhere(meeting({ type: "agreement" }), meeting({ type: "agreement", location: "Pyongyang" }))).toBe(true);
  });
  it("not a day apart, not one side only, not another person on a side, and not trips or calls", () => {
    expect(isSameEventElsewhere(meeting(), meeting({ location: "Pyongyang", date: "2024-01-17" }))).toBe(false);
    expect(isSameEventElsewhere(meeting(), meeting({ location: "Pyongyang", participants: [{ slug: "choe-son-hui", country: "KP" }] }))).toBe(false);
    const audience = meeting({ location: "Pyongyang", participants: [{ slug: "vladimir-putin", country: "RU" }, { slug: "choe-son-hui", country: "KP" }] });
    expect(isSameEventElsewhere(meeting(), audience)).toBe(false);
    expect(isSameEventElsewhere(meeting({ type: "visit" }), meeting({ type: "visit", location: "Pyongyang" }))).toBe(false);
    expect(isSameEventElsewhere(meeting({ date: "2024-01-01", precision: "month" }), meeting({ date: "2024-01-01", precision: "month", location: "Pyongyang" }))).toBe(false);
  });
});

describe("keepSameDayFits", () => {
  const trio = [{ slug: "vladimir-putin", country: "RU" }, { slug: "kim-jong-un", country: "KP" }, { slug: "xi-jinping", country: "CN" }];
  const talks = meeting({ date: "2025-09-03", location: "Beijing", participants: trio.slice(0, 2) });
  const strayDayBefore = meeting({ date: "2025-09-02", location: "Tianjin", participants: trio });
  it("sends a report naming all three to the talks on its day, not to the three-person event a day away", () => {
    const report = meeting({ date: "2025-09-03", location: "Beijing", participants: trio });
    expect(isSameEvent(strayDayBefore, report) && isSameEvent(talks, report)).toBe(true);
    expect(keepSameDayFits([strayDayBefore, talks], report)).toEqual([talks]);
  });
  it("keeps every fit when none is on the day, and for a visit, dated by any day of the stay", () => {
    const report = meeting({ date: "2025-09-04", participants: trio });
    expect(keepSameDayFits([strayDayBefore, talks], report)).toEqual([strayDayBefore, talks]);
    const stay = (date: string) => meeting({ type: "visit", date, participants: trio.slice(1, 2) });
    expect(keepSameDayFits([stay("2025-09-02"), stay("2025-09-03")], stay("2025-09-03"))).toHaveLength(2);
  });
});

describe("preferClosestPeople", () => {
  const lavrov = { slug: "sergey-lavrov", country: "RU" };
  const choe = { slug: "choe-son-hui", country: "KP" };
  const kim = { slug: "kim-jong-un", country: "KP" };
  it("sends a report of Kim's audience to the audience, not to the ministers' talks that picked Kim up from a report of both", () => {
    const talks = { id: 1, shared: 2, participants: [lavrov, choe, kim] };
    const audience = { id: 2, shared: 2, participants: [kim, lavrov] };
    expect(preferClosestPeople([talks, audience], { participants: [kim, lavrov] }).map((c) => c.id)).toEqual([2, 1]);
  });
  it("still puts the event sharing more people first, and keeps the order of equals", () => {
    const both = { id: 1, shared: 3, participants: [lavrov, choe, kim, { slug: "vladimir-putin", country: "RU" }] };
    const talks = { id: 2, shared: 2, participants: [lavrov, choe] };
    const other = { id: 3, shared: 2, participants: [lavrov, kim] };
    expect(preferClosestPeople([talks, other, both], { participants: [lavrov, choe, kim] }).map((c) => c.id)).toEqual([1, 2, 3]);
  });
});

describe("date compatibility", () => {
  it("treats a range and a day inside it as compatible", () => {
    expect(areDatesCompatible({ date: "2024-06-18", precision: "day", endDate: "2024-06-19" }, { date: "2024-06-19", precision: "day", endDate: null })).toBe(true);
  });
  it("places cities in their countries", () => {
    expect(areLocationsCompatible("Pyongyang", "North Korea")).toBe(true);
    expect(areLocationsCompatible("Vladivostok", "Moscow")).toBe(true);
    expect(areLocationsCompatible("Beijing", "Moscow")).toBe(false);
    expect(areLocationsCompatible(null, "Moscow")).toBe(true);
  });
});

describe("chooseEventDate", () => {
  it("prefers the most precise claim and flags nothing when claims agree", () => {
    const chosen = chooseEventDate([
      { date: "2024-06-01", precision: "month", endDate: null },
      { date: "2024-06-19", precision: "day", endDate: null },
    ]);
    expect(chosen).toEqual({ date: "2024-06-19", precision: "day", endDate: null, disagree: false });
  });
  it("takes the majority day and flags the disagreement", () => {
    const chosen = chooseEventDate([
      { date: "2024-06-19", precision: "day", endDate: null },
      { date: "2024-06-18", precision: "day", endDate: null },
      { date: "2024-06-19", precision: "day", endDate: null },
    ]);
    expect(chosen.date).toBe("2024-06-19");
    expect(chosen.disagree).toBe(true);
  });
});

describe("visits", () => {
  const visit = (over: Partial<MergeProbe> = {}): MergeProbe => ({
    type: "visit", date: "2024-11-28", precision: "day", endDate: null, location: "Pyongyang", actor: null, participants: [{ slug: "andrei-belousov", country: "RU" }], ...over,
  });
  it("joins reports that date one visit by arrival and by a meeting two days later", () => {
    expect(isSameEvent(visit(), visit({ date: "2024-11-30" }))).toBe(true);
  });
  it("keeps apart two visits of one person a week apart", () => {
    expect(isSameEvent(visit(), visit({ date: "2024-12-05" }))).toBe(false);
  });
  it("joins a visit implied by a meeting up to a week after the reported arrival, stored in either order", () => {
    const arrival = visit({ date: "2024-10-30", location: "Russia", participants: [{ slug: "choe-son-hui", country: "KP" }] });
    const implied = { ...arrival, date: "2024-11-04", location: "Moscow", impliedDate: true };
    expect(isSameEvent(arrival, implied)).toBe(true);
    expect(isSameEvent(implied, arrival)).toBe(true);
    // Two dates by meetings alone, or two arrivals, are held to the usual three days.
    expect(isSameEvent({ ...arrival, impliedDate: true }, implied)).toBe(false);
    expect(isSameEvent(arrival, { ...implied, impliedDate: false })).toBe(false);
  });
  it("keeps an implied visit apart from a stay that ended before it, or one that began more than ten days before", () => {
    const implied = visit({ date: "2024-12-06", impliedDate: true });
    expect(isSameEvent(visit({ endDate: "2024-11-30" }), implied)).toBe(false);
    expect(isSameEvent(visit({ endDate: "2024-12-04" }), implied)).toBe(true);
    expect(isSameEvent(visit(), visit({ date: "2024-12-09", impliedDate: true }))).toBe(false);
    expect(isSameEvent(visit(), visit({ date: "2024-12-08", impliedDate: true }))).toBe(true);
    // Talks nine days after a border crossing (a long overland journey) are on that trip; a second trip a fortnight
    // after the first is not.
    expect(isSameEvent(visit(), visit({ date: "2024-12-07", impliedDate: true }))).toBe(true);
    expect(isSameEvent(visit(), visit({ date: "2024-12-11", impliedDate: true }))).toBe(false);
    // A meeting cannot precede the arrival by more than the usual tolerance.
    expect(isSameEvent(visit(), visit({ date: "2024-11-24", impliedDate: true }))).toBe(false);
  });
});

describe("chooseEventDate for visits", () => {
  it("spans a visit from the earliest to the latest day its reports give, without calling that a disagreement", () => {
    const chosen = chooseEventDate(
      [
        { date: "2018-04-10", precision: "day", endDate: null },
        { date: "2018-04-09", precision: "day", endDate: "2018-04-11" },
        { date: "2018-04-01", precision: "month", endDate: null },
      ],
      "visit",
    );
    expect(chosen).toEqual({ date: "2018-04-09", precision: "day", endDate: "2018-04-11", disagree: false });
  });
  it("starts a visit on the day most reports give, not on one report's day-early outlier", () => {
    const chosen = chooseEventDate(
      [
        { date: "2024-06-18", precision: "day", endDate: null },
        { date: "2024-06-19", precision: "day", endDate: null },
        { date: "2024-06-19", precision: "day", endDate: null },
      ],
      "visit",
    );
    expect(chosen).toEqual({ date: "2024-06-19", precision: "day", endDate: null, disagree: true });
  });
  it("still flags a visit whose reports name another month", () => {
    const chosen = chooseEventDate([{ date: "2018-04-09", precision: "day", endDate: null }, { date: "2018-05-01", precision: "month", endDate: null }], "visit");
    expect(chosen.disagree).toBe(true);
  });
  it("starts a visit on the day a report of the arrival gives, however many reports only imply the visit by a later meeting", () => {
    const implied = { date: "2024-01-16", precision: "day" as const, endDate: null, confidence: 0.45 };
    const chosen = chooseEventDate([implied, implied, implied, { date: "2024-01-14", precision: "day", endDate: null, confidence: 0.86 }], "visit");
    expect(chosen).toEqual({ date: "2024-01-14", precision: "day", endDate: "2024-01-16", disagree: false });
  });
  it("lets implied claims decide when no direct one exists", () => {
    const chosen = chooseEventDate([{ date: "2024-01-16", precision: "day", endDate: null, confidence: 0.45 }], "visit");
    expect(chosen).toEqual({ date: "2024-01-16", precision: "day", endDate: null, disagree: false });
  });
});

describe("chooseEventDate ties", () => {
  it("settles a tie between two reports of a night arrival by the reports that date the visit by the day's talks", () => {
    const implied = { date: "2024-06-19", precision: "day" as const, endDate: null, confidence: 0.45 };
    const chosen = chooseEventDate(
      [{ date: "2024-06-18", precision: "day", endDate: null, confidence: 0.91 }, { date: "2024-06-19", precision: "day", endDate: null, confidence: 0.82 }, implied, implied],
      "visit",
    );
    expect(chosen).toEqual({ date: "2024-06-19", precision: "day", endDate: null, disagree: true });
  });
  it("settles a tie between two direct dates of a signing by the other reports, else takes the earlier", () => {
    const direct = (date: string) => ({ date, precision: "day" as const, endDate: null, confidence: 0.9 });
    const unsure = { ...direct("2024-11-12"), confidence: 0.4 };
    expect(chooseEventDate([direct("2024-11-11"), direct("2024-11-12"), unsure]).date).toBe("2024-11-12");
    expect(chooseEventDate([direct("2024-11-12"), direct("2024-11-11")]).date).toBe("2024-11-11");
  });
});

describe("choosePlace", () => {
  it("takes the place most sources give, a bare country counting for the places in it", () => {
    expect(choosePlace(["Seoul", "North Korea", "North Korea", "Pyongyang"])).toBe("Pyongyang");
    expect(choosePlace(["Seoul", "Seoul", "North Korea"])).toBe("Seoul");
    expect(choosePlace(["Wonsan", "Pyongyang"])).toBe("Wonsan");
    expect(choosePlace([null, null])).toBeNull();
  });
  it("lets the place of a report that names the day outvote a month-only retelling's, which stored first", () => {
    const claim = (date: string, precision: "day" | "month", location: string | null) => ({ date, precision, endDate: null, location });
    const votes = listPlaceVotes([claim("2001-08-01", "month", "Pyongyang"), claim("2001-08-04", "day", "Moscow")]);
    expect(choosePlace(votes)).toBe("Moscow");
    expect(choosePlace(listPlaceVotes([claim("2001-08-01", "month", "Pyongyang"), claim("2001-08-04", "day", null)]))).toBe("Pyongyang");
  });
});

describe("chooseParticipants", () => {
  it("keeps whoever any source names while there are few, and drops one name against many", () => {
    expect([...chooseParticipants([[1, 2, 3], [1, 2]])].sort()).toEqual([1, 2, 3]);
    expect([...chooseParticipants([[1, 2, 3], [1, 2], [1, 2], [1, 2], [1, 2], [1]])].sort()).toEqual([1, 2]);
  });
});

describe("choosePeriodFit", () => {
  const lavrov = { slug: "sergey-lavrov", country: "RU" };
  const choe = { slug: "choe-son-hui", country: "KP" };
  const kim = { slug: "kim-jong-un", country: "KP" };
  it("sends a July retelling of the ministers' talks to the talks, not to Kim's surer audience that picked Choe up from one report", () => {
    const talks = { id: 1, shared: 2, date: "2025-07-12", confidence: 0.8, participants: [lavrov, choe] };
    const audience = { id: 2, shared: 2, date: "2025-07-12", confidence: 0.95, participants: [lavrov, kim, choe] };
    expect(choosePeriodFit([audience, talks], { participants: [lavrov, choe] }, "2026-03-20")?.id).toBe(1);
  });
  it("still takes the article's own news, then the best attested, among equally close events", () => {
    const june = { id: 1, shared: 1, date: "2024-06-02", confidence: 0.9, participants: [lavrov] };
    const july = { id: 2, shared: 1, date: "2024-07-20", confidence: 0.6, participants: [lavrov] };
    expect(choosePeriodFit([june, july], { participants: [lavrov] }, "2024-07-22")?.id).toBe(2);
    expect(choosePeriodFit([june, july], { participants: [lavrov] }, "2024-12-01")?.id).toBe(1);
    expect(choosePeriodFit([], { participants: [lavrov] }, "2024-12-01")).toBeUndefined();
  });
});
