/**
 * rules-31i: recall on reports that tell their news in ways the rules did not read — a numbered photo gallery whose
 * other captions are dated, meetings told "on both trips", talks "under way" as the report is written, and a lead's
 * undated "has arrived" in a report whose only day up front is a recalled one months old.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a numbered caption in a gallery whose captions date what they show", () => {
  it("tells the story with the others, even without a date of its own", () => {
    const text =
      "Our pictures from the foreign minister's trip.\n\n" +
      "Photo 1: Sergey Lavrov steps off his plane in Pyongyang on Tuesday, greeted by an honour guard.\n\n" +
      "Photo 2: Lavrov and Choe Son Hui sit down for talks in Pyongyang the same day.\n\n" +
      "Photo 3: Children wave flags along the road into the city.";
    expect(describeEvents(text, "2025-03-13", "meeting")).toEqual(["2025-03-11/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: an archive picture without a full date of its own stays a credit line", () => {
    const text =
      "Our pictures from the foreign minister's trip.\n\n" +
      "Photo 1: Sergey Lavrov steps off his plane in Pyongyang on Tuesday, greeted by an honour guard.\n\n" +
      "Photo 2 (file, spring 2019): Putin and Kim Jong Un sit down for talks in Vladivostok.";
    expect(describeEvents(text, "2025-03-13", "meeting")).toEqual([]);
  });

  it("an archive picture with a full date of its own, day first, tells what it shows", () => {
    const text =
      "Our pictures from the foreign minister's trip.\n\n" +
      "Photo 1: Sergey Lavrov steps off his plane in Pyongyang on Tuesday, greeted by an honour guard.\n\n" +
      "Photo 2 (file): Putin and Kim Jong Un after talks in Vladivostok on 25 April 2019.";
    expect(describeEvents(text, "2025-03-13", "meeting")).toEqual(["2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: a caption before the first one that names a day has no day to count 'the same day' from", () => {
    const text =
      "Our pictures from the foreign minister's trip.\n\n" +
      "Photo 1: Sergey Lavrov landed in Pyongyang and sat down for talks with Choe Son Hui the same day.\n\n" +
      "Photo 2: Lavrov lays a wreath in Pyongyang on Wednesday.";
    expect(describeEvents(text, "2025-03-17", "meeting")).toEqual([]);
  });

  it("near miss: with no dated caption, numbered captions stay credit lines", () => {
    const text =
      "The minister's visit in pictures.\n\n" +
      "Photo 1: Lavrov and Choe Son Hui sit down for talks in Pyongyang.\n\n" +
      "Photo 2: Children wave flags along the road into the city.";
    expect(describeEvents(text, "2025-03-13", "meeting")).toEqual([]);
  });
});

describe("a meeting told 'on both trips' after two dated trips", () => {
  it("is one meeting on each trip's day", () => {
    const text =
      "Over the spring, Sergei Shoigu, the Security Council secretary, travelled to Pyongyang on 3 March and again on 20 " +
      "April, and was received by Kim Jong Un on both trips.";
    expect(describeEvents(text, "2025-05-10", "meeting").sort()).toEqual([
      "2025-03-03/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-04-20/day Kim Jong Un+Sergei Shoigu Pyongyang",
    ]);
  });

  it("near miss: a meeting on one of the trips stays one meeting", () => {
    const text =
      "Over the spring, Sergei Shoigu, the Security Council secretary, travelled to Pyongyang on 3 March and again on 20 " +
      "April, and was received by Kim Jong Un on the second trip.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toHaveLength(1);
  });
});

describe("talks 'under way' between two named people", () => {
  it("are held on the report's own day", () => {
    const text = "11:40 - Putin's motorcade has reached the palace.\n\n12:15 - Talks between Putin and Kim Jong Un are under way.";
    expect(describeEvents(text, "2024-06-19", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: preparations for talks under way are no talks", () => {
    const text = "Officials said preparations for a meeting of Putin and Kim Jong Un are under way.";
    expect(describeEvents(text, "2024-06-19", "meeting")).toEqual([]);
  });
});

describe("a lead's undated 'has arrived' in a report whose only day up front is months old", () => {
  it("is the report's own month, not the recalled day", () => {
    const text =
      "A Russian delegation headed by Sergei Shoigu has arrived in Pyongyang for talks.\n\n" +
      "The talks follow the agreements reached during the visit of Vladimir Putin to the DPRK on 19 June 2024.";
    expect(describeEvents(text, "2024-11-02", "visit")).toContainEqual("2024-11-01/month Sergei Shoigu Pyongyang");
    expect(describeEvents(text, "2024-11-02", "visit")).not.toContainEqual("2024-06-19/day Sergei Shoigu Pyongyang");
  });

  it("near miss: a day up front in the report's own week still dates the lead", () => {
    const text =
      "A Russian delegation headed by Sergei Shoigu has arrived in Pyongyang for talks.\n\n" +
      "The talks follow a telephone call between Vladimir Putin and Kim Jong Un on 30 October.";
    expect(describeEvents(text, "2024-11-02", "visit")).toContainEqual("2024-10-30/day Sergei Shoigu Pyongyang");
  });
});
