/**
 * rules-37d: background mentions told in ways the extractor missed —
 * "Friday's talks came exactly two years after Kim and Putin met": the act after "after" is that many years before
 * the weekday the subject names, to the day when the text says "exactly";
 * "his last summit on Russian soil, with Putin in Vladivostok on 25 April 2019": a meeting noun's party set off by a
 * comma, the day closing the sentence still the noun's;
 * "his armoured train rolled across the Tumen river into Russia": a train crossing the frontier river carries its
 * passenger across, into the other country of the article's pair when none is named.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a weekday's event that came a count of years after another", () => {
  const lead = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Friday.";

  it("dates the other event that many years before the weekday, to the day when told exactly", () => {
    const text = `${lead} Friday's talks came exactly two years after Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome.`;
    expect(describeEvents(text, "2025-09-13", "meeting", { sortNames: true })).toEqual([
      "2025-09-12/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2023-09-12/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome",
    ]);
  });

  it("near miss: without 'exactly' the earlier event keeps only its month", () => {
    const text = `${lead} Friday's talks came two years after Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome.`;
    expect(describeEvents(text, "2025-09-13", "meeting", { sortNames: true })).toEqual([
      "2025-09-12/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome",
    ]);
  });

  it("near miss: a count of weeks is not read as years", () => {
    const text = `${lead} Friday's talks came two weeks after Kim Jong Un and Vladimir Putin spoke by phone.`;
    expect(describeEvents(text, "2025-09-13", "meeting", { sortNames: true }).filter((e) => e.startsWith("2023"))).toEqual([]);
  });
});

describe("a meeting noun whose party follows a comma", () => {
  const lead = "Kim Jong Un held talks with Sergei Shoigu in Pyongyang on Friday.";

  it("keeps the day that closes the sentence after the party", () => {
    const text = `${lead} It echoed his first summit on Russian soil, with Vladimir Putin in Vladivostok on 25 April 2019.`;
    expect(describeEvents(text, "2025-09-13", "meeting", { sortNames: true })).toEqual([
      "2025-09-12/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok",
    ]);
  });

  it("near miss: a with-phrase that names no one dates no meeting", () => {
    const text = `${lead} It echoed his first summit on Russian soil, with talks held in Vladivostok on 25 April 2019.`;
    expect(describeEvents(text, "2025-09-13", "meeting", { sortNames: true })).toEqual(["2025-09-12/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("a train that rolled across the frontier river", () => {
  it("is its passenger crossing into the country named", () => {
    const text = "Kim Jong Un's armoured train rolled across the Tumen river into Russia early on Tuesday.";
    expect(describeEvents(text, "2023-09-14", "visit")).toEqual(["2023-09-12/day Kim Jong Un Russia"]);
  });

  it("with no country named, goes to the other country of the article's pair", () => {
    const text = "Kim Jong Un is expected to meet Vladimir Putin this week. His armoured train rolled across the Tumen river on Tuesday morning.";
    expect(describeEvents(text, "2023-09-16", "visit")).toEqual(["2023-09-12/day Kim Jong Un Russia"]);
  });

  it("near miss: a crossing on the way home is no trip to the other country", () => {
    const text = "Kim Jong Un met Vladimir Putin last week. His armoured train rolled across the Tumen river on its way home on Sunday.";
    expect(describeEvents(text, "2023-09-19", "visit")).toEqual([]);
  });

  it("near miss: a train rolling across a plain crosses no frontier", () => {
    const text = "Kim Jong Un's armoured train rolled across the plain towards Vladivostok early on Tuesday.";
    expect(describeEvents(text, "2023-09-14", "visit")).toEqual([]);
  });
});
