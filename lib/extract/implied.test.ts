/**
 * Events an article reports without a sentence of their own (rules-7): the guest's visit behind a meeting that no
 * sentence places, an undated audience "before the tour", a talks noun dated across a name in apposition, and a
 * meeting of "the two leaders" abroad. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { implied: true });

describe("a meeting no sentence places", () => {
  it("sends the guest of a head of state to the host's country", () => {
    const text = "Kim Jong Un received Russian Foreign Minister Sergey Lavrov on Thursday, state media said.\n\nLavrov handed over a message from the Kremlin.";
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual(["2023-10-19/day Sergey Lavrov North Korea (implied)"]);
  });

  it("sends the guest to the dateline's city when the dateline is in the host's country", () => {
    const text = "PYONGYANG, July 27 (Wire) — Choe Son Hui held talks with Sergei Shoigu on Wednesday about military ties.";
    expect(describeEvents(text, "2023-07-27", "visit")).toEqual(["2023-07-26/day Sergei Shoigu Pyongyang (implied)"]);
  });

  it("implies no visit when the head of state is the one travelling, nor between two ministers without a dateline", () => {
    const abroad = "Kim Jong Un arrived in Russia on Tuesday by train.\n\nKim met Sergei Shoigu on Wednesday and toured an airfield.";
    expect(describeEvents(abroad, "2023-09-14", "visit").filter((v) => v.includes("Shoigu"))).toEqual([]);
    const ministers = "Choe Son Hui held talks with Sergey Lavrov on Friday, the foreign ministry said.";
    expect(describeEvents(ministers, "2024-11-02", "visit")).toEqual([]);
  });
});

describe("meetings told around another verb", () => {
  it("dates an audience 'before the tour' by the article's day: 'before the' names a same-day event, not the past", () => {
    const text = "Sergei Shoigu flew into Pyongyang on Tuesday for an anniversary hosted by Kim Jong Un.\n\nState media showed the guests at a weapons fair. Before the tour, Kim received Shoigu for talks.";
    expect(describeEvents(text, "2023-07-27", "meeting")).toEqual(["2023-07-25/day Sergei Shoigu+Kim Jong Un null"]);
  });

  it("dates 'X's meeting with the visiting minister, Name, in Pyongyang on Friday' and keeps the guest as a party", () => {
    const text = "State television opened its news on Saturday with Kim Jong Un's meeting with the visiting Russian defence minister, Andrei Belousov, in Pyongyang on Friday.";
    expect(describeEvents(text, "2024-11-30", "meeting")).toEqual(["2024-11-29/day Kim Jong Un+Andrei Belousov Pyongyang"]);
  });

  it("reads 'the two leaders met in Beijing' as a meeting of the pair's heads of state, wherever it was", () => {
    const text = "Russia and North Korea drew closer all year. On Sept. 3 the two leaders met in Beijing, and Russian officials called it a success.";
    expect(describeEvents(text, "2025-12-15", "meeting")).toEqual(["2025-09-03/day Vladimir Putin+Kim Jong Un Beijing"]);
  });

  it("does not read 'the two leaders' in one of the article's two countries: the pair may be misread", () => {
    const text = "Moscow looked east. On Sept. 3 the two leaders met in Beijing on the sidelines of China's parade.";
    expect(describeEvents(text, "2025-12-15", "meeting")).toEqual([]);
  });
});
