/**
 * rules-36i: the people of a plan are no travellers of a trip told next to it. "visits" right after a word of their
 * level ("welcomed high-level visits") is a plural noun, not a verb; what "plans for" are made ("discussed plans for
 * visits") is still to come; a visit "still not given a date" is a plan and lends its place to no trip; and a visit
 * with no place that takes one from another trip, to a country none of its people is from, keeps only that trip's
 * travellers ("During the visit the two sides signed a plan. Choe then travelled on to Belarus" sends no Russian to
 * Belarus). Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

const TALKS = "Choe Son Hui held talks with Sergey Lavrov in Moscow on Monday.";
const ONWARD = "Choe then travelled on to Belarus.";

describe("'visits' after a word of their level", () => {
  it("is a plural noun: the two sides of the talks are no travellers of the onward trip", () => {
    const text = [TALKS, "The two sides agreed on closer cooperation and welcomed high-level visits.", ONWARD].join(" ");
    expect(describeEvents(text, "2025-11-05", "visit", { implied: true })).toEqual([
      "2025-11-03/day Choe Son Hui Moscow (implied)",
      "2025-11-03/day Choe Son Hui Belarus",
    ]);
  });

  it("tells no visit of the ones who praise them", () => {
    const text = "Sergey Lavrov and Choe Son Hui praised top-level visits to Pyongyang on Monday.";
    expect(describeEvents(text, "2025-11-05", "visit")).toEqual([]);
  });

  it("near miss: after 'at ministerial level' it may be a verb, and tells a visit", () => {
    const text = "A team led by Sergey Lavrov at ministerial level visits Pyongyang on Monday.";
    expect(describeEvents(text, "2025-11-05", "visit")).toEqual(["2025-11-03/day Sergey Lavrov Pyongyang"]);
  });
});

describe("what plans are made for", () => {
  it("is still to come: 'discussed plans for visits' sends no one on the onward trip", () => {
    const text = [TALKS, "Both sides said they had discussed plans for visits.", ONWARD].join(" ");
    expect(describeEvents(text, "2025-11-05", "visit", { implied: true })).toEqual([
      "2025-11-03/day Choe Son Hui Moscow (implied)",
      "2025-11-03/day Choe Son Hui Belarus",
    ]);
  });

  it("is still to come for a named traveller too", () => {
    const text = "Lavrov talked over plans for a Kim Jong Un trip to Moscow with Choe Son Hui in Pyongyang on Monday.";
    expect(describeEvents(text, "2025-11-05", "visit")).toEqual([]);
  });

  it("near miss: a visit told after the plans of something else is made", () => {
    const text = "After laying out plans for the region Lavrov visited Pyongyang on Monday.";
    expect(describeEvents(text, "2025-11-05", "visit")).toEqual(["2025-11-03/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a visit still not given a date", () => {
  it("is a plan, and lends its place to no trip told near it", () => {
    const text = [
      "Kim Jong Un held talks with Xi Jinping in Beijing on 3 September.",
      "Kim also met Vladimir Putin during the same trip.",
      "The oft-promised Kim visit to Moscow has still not been given a date.",
    ].join(" ");
    expect(describeEvents(text, "2025-09-10", "visit")).not.toContainEqual(expect.stringMatching(/Moscow/));
  });

  it("so is one that has yet to be scheduled", () => {
    const text = "Kim Jong Un's visit to Moscow has yet to be scheduled, Sergey Lavrov said on Tuesday.";
    expect(describeEvents(text, "2025-09-10", "visit")).toEqual([]);
  });

  it("near miss: a visit that had not been announced was still made", () => {
    const text = "Sergei Shoigu's visit to Pyongyang on Monday had not been announced.";
    expect(describeEvents(text, "2025-06-05", "visit")).toEqual(["2025-06-02/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a visit that takes its place from a trip to a third country", () => {
  it("keeps only that trip's traveller", () => {
    const text = [TALKS, "During the visit the two sides signed a plan on consultations.", ONWARD].join(" ");
    expect(describeEvents(text, "2025-11-05", "visit")).not.toContainEqual(expect.stringMatching(/Lavrov/));
  });

  it("near miss: the traveller's companion from her own side goes with her", () => {
    const text = "Choe Son Hui and Kim Yo Jong made the trip together on Tuesday. Choe arrived in Belarus on Tuesday.";
    expect(describeEvents(text, "2025-11-05", "visit")).toEqual(["2025-11-04/day Choe Son Hui+Kim Yo Jong Belarus"]);
  });
});
