/**
 * rules-33e: who or what an event belongs to — a year that names which treaty or anniversary is meant dates no other
 * event ("invited for the anniversary of the 1961 alliance"); a treaty named in full with its participle takes no
 * signatories from the sentence; a head of state the registry does not know, beside a third country, makes the
 * signing or call that country's; an event told "a year after" another takes none of the dates before the count; a
 * date right after a noun a named person owns ("Shoigu's trip in January") is that person's event's.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a year between 'the' and a noun", () => {
  it("names which alliance is meant and does not date the arrival", () => {
    const text = "Sergei Shoigu lands in Pyongyang with a delegation invited for the 60th anniversary of the 1961 alliance.";
    expect(describeEvents(text, "2021-07-10", "visit")).toEqual(["2021-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("names which treaty a declaration supports: no signing, nor talks, in that year", () => {
    const text = "The communique Vladimir Putin and Kim Jong Un signed after their talks voices support for the 1987 missile treaty.";
    expect(describeEvents(text, "2021-07-10", "agreement", { sortNames: true })).toEqual(["2021-07-01/month Kim Jong Un+Vladimir Putin null"]);
    expect(describeEvents(text, "2021-07-10", "meeting", { sortNames: true })).toEqual(["2021-07-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: the occasion a verb's own phrase names ('flew to Pyongyang for the 2023 parade') still dates it", () => {
    const text = "Sergei Shoigu flew to Pyongyang for the 2023 parade.";
    expect(describeEvents(text, "2024-09-19", "visit")).toEqual(["2023-01-01/year Sergei Shoigu Pyongyang"]);
  });

  it("near miss: after a preposition of time ('during the 2023 parade') the year tells when, however far from the verb", () => {
    const text = "Sergei Shoigu was in Pyongyang with a military delegation during the 2023 parade.";
    expect(describeEvents(text, "2024-09-19", "visit")).toEqual(["2023-01-01/year Sergei Shoigu Pyongyang"]);
  });

  it("near miss: the participle told of the dated document ('the 1961 treaty, signed in Moscow by') is its signing", () => {
    const text = "The 1961 treaty of alliance, signed in Moscow by Vladimir Putin and Kim Jong Un, had a similar clause.";
    expect(describeEvents(text, "2024-07-10", "agreement", { sortNames: true })).toEqual(["1961-01-01/year Kim Jong Un+Vladimir Putin Moscow"]);
  });
});

describe("a participle after a treaty's full name", () => {
  it("takes no signatories from the sentence's subject: the treaty goes to the leaders of its date", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on Monday. They said the two sides would build ties on the basis of the Treaty on Friendship, Trade and Cooperation concluded in February.";
    expect(describeEvents(text, "2024-07-20", "agreement", { sortNames: true })).toEqual(["2024-02-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: the two sides as the subject of 'concluded' are its parties", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on Monday. They said the two sides concluded the Treaty on Friendship, Trade and Cooperation in February.";
    expect(describeEvents(text, "2024-07-20", "agreement", { sortNames: true })).toEqual(["2024-02-01/month Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a head of state the registry does not know, beside a third country", () => {
  const before = "Kim Jong Un hosted Sergey Lavrov in Pyongyang last week. ";

  it("makes a signing with one of the pair that country's, not the pair's", () => {
    const text = `${before}Vladimir Putin flew in from the Chinese capital, where he and President Hu Jintao had signed a declaration of their own on Tuesday.`;
    expect(describeEvents(text, "2024-07-20", "agreement")).toEqual([]);
  });

  it("and a call", () => {
    const text = `${before}Vladimir Putin spoke by phone with President Hu Jintao of China on Monday.`;
    expect(describeEvents(text, "2024-07-20", "call")).toEqual([]);
  });

  it("near miss: a signing with both sides of the pair stays", () => {
    const text = `${before}Vladimir Putin, Kim Jong Un and President Hu Jintao signed a joint declaration in Beijing on Monday.`;
    expect(describeEvents(text, "2024-07-20", "agreement", { sortNames: true })).toEqual(["2024-07-15/day Hu Jintao+Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: with no third country named, the unknown leader is still taken for the other side", () => {
    const text = `${before}Vladimir Putin signed a pact in Moscow with President Nikolai Petrov on Monday.`;
    expect(describeEvents(text, "2024-07-20", "agreement", { sortNames: true })).toEqual(["2024-07-15/day Nikolai Petrov+Vladimir Putin Moscow"]);
  });
});

describe("an event told a count of time after another", () => {
  it("takes none of the dates written before the count: 'the meeting last week came a year after the summit'", () => {
    const text = "Sergei Shoigu met Kim Jong Un in Pyongyang on September 13. The Pyongyang meeting last week came almost exactly a year after the cosmodrome summit.";
    expect(describeEvents(text, "2024-09-19", "meeting", { sortNames: true })).toEqual(["2024-09-13/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: with no count before 'after' ('their second meeting this year after the trip'), the trip is of that year, not of today", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow today, their second meeting this year after the Russian minister's trip to Wonsan.";
    expect(describeEvents(text, "2025-10-27", "visit")).toContain("2025-01-01/year Sergey Lavrov Wonsan");
  });
});

describe("a date right after a noun a named person owns", () => {
  it("is that person's event's, not the verb's before it", () => {
    const text = "On 2 March Sergey Lavrov was received by Kim Jong Un in Wonsan, the latest in a run of ministerial visits that began with Sergei Shoigu's trip in January.";
    expect(describeEvents(text, "2025-03-05", "visit")).toEqual(["2025-03-02/day Sergey Lavrov Wonsan"]);
  });

  it("near miss: after a noun no one owns ('landed in Pyongyang for a visit in January') it dates the verb", () => {
    const text = "Sergey Lavrov landed in Pyongyang for a visit in January.";
    expect(describeEvents(text, "2025-03-05", "visit")).toEqual(["2025-01-01/month Sergey Lavrov Pyongyang"]);
  });
});
