/**
 * rules-28b: precision of side events told with a trip — a where-clause on the place a traveller came from tells of
 * what happened there, not of the arrival; people of one side at a gathering they attend ("joined Putin at a summit")
 * hold no meeting of their own; "met A and then B" and "met both A and B" are two meetings of the subject, not one of
 * three people; the guests' own ambassador at their welcome is of their side, not a host.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'from X, where ...' after an arrival", () => {
  it("keeps the people of the where-clause out of the arrival, and one side at a summit holds no meeting", () => {
    const text = "Lavrov landed in Pyongyang on Tuesday, after flying in from Beijing where he had joined Putin at a summit on China's trade plans.";
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual(["2023-10-17/day Sergey Lavrov Pyongyang"]);
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual([]);
  });

  it("near miss: a meeting of the two sides in the where-clause is still read", () => {
    const text = "Lavrov landed in Pyongyang on Tuesday, after flying in from Beijing where he had met Choe Son Hui at a forum on trade.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-17/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'met A and then B', 'met both A and B'", () => {
  it("reads two meetings of the subject", () => {
    const text = "Choe Son Hui arrived in Moscow on Sunday. Choe met Lavrov and then Putin in Moscow on Tuesday.";
    expect(describeEvents(text, "2024-01-20", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow", "2024-01-16/day Choe Son Hui+Vladimir Putin Moscow"]);
    const both = "Choe Son Hui arrived in Moscow on Sunday. On her trip Choe met both Lavrov and Putin.";
    expect(describeEvents(both, "2024-01-20", "meeting")).toEqual(["2024-01-14/day Choe Son Hui+Sergey Lavrov null", "2024-01-14/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("near miss: 'met A and B' stays one meeting of three", () => {
    const text = "Choe Son Hui arrived in Moscow on Sunday. On Tuesday Choe met Lavrov and Putin in Moscow.";
    expect(describeEvents(text, "2024-01-20", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov+Vladimir Putin Moscow"]);
  });
});

describe("the guests' own ambassador at their welcome", () => {
  it("is of their side, not a host", () => {
    const text = "Shoigu arrived in Pyongyang on Friday. At the airport, the Russian delegation was welcomed by North Korean officials and the Russian ambassador, Sergey Lavrov.";
    expect(describeEvents(text, "2024-09-14", "meeting")).toEqual([]);
  });

  it("near miss: the hosts' ambassador welcoming them is a host", () => {
    const text = "Shoigu arrived in Pyongyang on Friday. At the airport, the Russian delegation was welcomed by the North Korean ambassador, Choe Son Hui.";
    expect(describeEvents(text, "2024-09-14", "meeting")).toEqual(["2024-09-13/day Choe Son Hui null"]);
  });
});
