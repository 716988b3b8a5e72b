/**
 * rules-23: precision of plans and dates in the Far East trip reports — a bare verb after "and" shares the mood of the
 * infinitive or future verb before it ("is expected to tour ..., and hold talks"); a passive welcome in a where-clause
 * after an airport is the arrival ceremony, not talks; a season told with the verb is its time, so a month in a
 * clause coordinated after it is that clause's; a date opening a clause with its own named subject ends a list of the
 * verb's dates; "the next morning" is the next day; a month in a future clause sets no time frame for the next sentence.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a bare verb after 'and' in a plan", () => {
  it("shares the plan's mood", () => {
    const text = "On Sunday Kim Jong Un is expected to tour a shipyard in Vladivostok, and hold talks with Sergei Shoigu.";
    expect(describeEvents(text, "2023-09-16", "meeting")).toEqual([]);
  });

  it("near miss: a past verb after 'and' is still told as done", () => {
    const text = "On Sunday Kim Jong Un toured a shipyard in Vladivostok, and held talks with Sergei Shoigu.";
    expect(describeEvents(text, "2023-09-18", "meeting")).toEqual(["2023-09-17/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });
});

describe("a passive welcome in a where-clause after an airport", () => {
  it("is the arrival ceremony", () => {
    const text = "Television showed Choe Son Hui leaving her plane at a Moscow airport on Sunday, where she was met by foreign ministry officials.";
    expect(describeEvents(text, "2024-01-15", "meeting")).toEqual([]);
  });

  it("near miss: a where-clause after a city is not", () => {
    const text = "Choe Son Hui flew to Moscow on Sunday, where she was met by Sergey Lavrov.";
    expect(describeEvents(text, "2024-01-15", "meeting")).toEqual(["2024-01-14/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a season told with the verb", () => {
  it("leaves a month in a clause coordinated after it to that clause", () => {
    const text = "Sergey Lavrov went to Pyongyang in the autumn, and a trade delegation followed him in November.";
    expect(describeEvents(text, "2024-01-20", "visit")).toEqual([]);
  });

  it("near miss: a month narrowing the season still dates the verb", () => {
    const text = "Sergey Lavrov went to Pyongyang in the autumn, in October.";
    expect(describeEvents(text, "2024-01-20", "visit")).toEqual(["2023-10-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a listed date opening a clause with its own named subject", () => {
  it("ends the list of the verb's dates", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok in April 2019 and at Vostochny in September 2023, and in 2025 Kim Jong Un made a long rail journey to Beijing to see Xi Jinping.";
    expect(describeEvents(text, "2025-09-19", "meeting")).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok", "2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("near miss: a place and date after ', and in' is still listed", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok in April 2019, and in Pyongyang in June 2024.";
    expect(describeEvents(text, "2025-09-19", "meeting")).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok", "2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'the next morning'", () => {
  it("is the day after the one told before", () => {
    const text = "On Friday Kim Jong Un was in Komsomolsk-on-Amur. The next morning, at an airfield outside Vladivostok, Sergei Shoigu showed him a strategic bomber.";
    expect(describeEvents(text, "2023-09-19", "meeting")).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });

  it("near miss: 'the same afternoon' takes no day of its own", () => {
    const text = "On Friday Kim Jong Un toured a factory in Komsomolsk-on-Amur. Sergei Shoigu showed him a strategic bomber the same afternoon.";
    expect(describeEvents(text, "2023-09-19", "meeting")).toEqual(["2023-09-15/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a month in a future clause in the sentence before", () => {
  it("sets no time frame for what is told as done", () => {
    const text = "Talks went well.\n\nThe Kremlin says a new rail bridge will open in October. North Korea fired two missiles into the sea just as Kim Jong Un was arriving at Vladivostok.";
    expect(describeEvents(text, "2023-09-19", "visit")).toEqual(["2023-09-01/month Kim Jong Un Vladivostok"]);
  });

  it("near miss: a month of something done still does", () => {
    const text = "Talks went well.\n\nA new rail bridge opened in October. North Korea fired two missiles into the sea just as Kim Jong Un was arriving at Vladivostok.";
    expect(describeEvents(text, "2023-12-19", "visit")).toEqual(["2023-10-01/month Kim Jong Un Vladivostok"]);
  });
});
