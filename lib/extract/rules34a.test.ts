/**
 * rules-34a: days written in figures — "on 04.06.2025", a timeline's "21.03.2025 - Shoigu is back", the day first as
 * European and Russian copy writes it; "14/09/2024" only when day and month cannot be confused; and a day written before
 * its month with a Juche year, "on 27 October, Juche 114 (2025)". Times, sums, section and version numbers are no days.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";
import { describeEvents } from "./testing";

const anchor = { publishedAt: "2025-06-20" };

function days(text: string): string[] {
  return findDateMentions(text, anchor).map((m) => `${m.date}/${m.precision}`);
}

describe("a day written in figures with dots", () => {
  it("is read day first", () => {
    expect(days("The delegation left Moscow on 05.02.2024 and returned a week later.")).toEqual(["2024-02-05/day"]);
    expect(days("Signed in Vladivostok, 9.11.2023.")).toEqual(["2023-11-09/day"]);
  });

  it("dates a timeline entry that opens with it", () => {
    const text = "14.03.2025 - Sergei Shoigu arrives in Pyongyang at the head of a security delegation.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-03-14/day Sergei Shoigu Pyongyang"]);
  });

  it("dates a list item and a second day in it", () => {
    const text = "- 02.05.2025: Sergey Lavrov lands in Pyongyang; on 03.05.2025 he holds talks with Choe Son Hui.";
    expect(describeEvents(text, "2025-10-20", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a day the calendar does not have is no date", () => {
    expect(days("The figures were revised on 31.06.2025 without notice.")).toEqual([]);
    expect(days("Form 12.13.2024 was filed.")).toEqual([]);
  });

  it("near miss: a time of day is no date", () => {
    expect(days("The talks began at 18.30 and ended after dark.")).toEqual([]);
  });

  it("near miss: a sum, a decimal and a section number are no dates", () => {
    expect(days("The court fined the outlet 1.250.000 roubles.")).toEqual([]);
    expect(days("Trade grew by 1.5 per cent.")).toEqual([]);
    expect(days("Article 4.1.2 of the treaty covers mutual aid.")).toEqual([]);
    expect(days("The figure of 3.12.2024.1 appears in the annex.")).toEqual([]);
  });

  it("near miss: figures that number a version or a clause are no date", () => {
    expect(days("The ministry released version 2.10.2025 of the app.")).toEqual([]);
    expect(days("See section 12.3.2021 of the customs code.")).toEqual([]);
  });
});

describe("a day written in figures with slashes", () => {
  it("is read when one number can only be the day", () => {
    expect(days("The memorandum dated 14/09/2024 was published.")).toEqual(["2024-09-14/day"]);
    expect(days("The memorandum dated 09/14/2024 was published.")).toEqual(["2024-09-14/day"]);
  });

  it("near miss: a day that could be read either way is left", () => {
    expect(days("The memorandum dated 04/06/2025 was published.")).toEqual([]);
  });
});

describe("a day written before its month with a Juche year", () => {
  it("is a day of that year", () => {
    expect(days("The ministers held talks in Moscow on 27 October, Juche 114 (2025).")).toEqual(["2025-10-27/day"]);
    expect(days("The treaty came into force on 4 December Juche 113.")).toEqual(["2024-12-04/day"]);
  });

  it("near miss: a Gregorian year that does not fit the Juche year gives no day", () => {
    expect(days("The treaty came into force on 4 December Juche 114 (2024).").filter((d) => d.endsWith("/day"))).toEqual([]);
  });
});
