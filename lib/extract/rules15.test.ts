/**
 * rules-15: background mentions of earlier events that the multi-report articles carry beside their own news.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a trip told as someone's first since a date", () => {
  it("tells the traveller's previous trip there, in the month given", () => {
    expect(describeEvents("Sergey Lavrov landed in Wonsan on Friday for talks, his first trip to the North since October 2023.", "2025-07-13", "visit")).toEqual([
      "2025-07-11/day Sergey Lavrov Wonsan",
      "2023-10-01/month Sergey Lavrov North Korea",
    ]);
    expect(describeEvents("It was Vladimir Putin's first visit to North Korea since July 2000.", "2024-06-20", "visit")).toContain("2000-07-01/month Vladimir Putin North Korea");
  });

  it("tells nothing when 'since' opens a clause, the trip went abroad, or only a year is given", () => {
    expect(describeEvents("Andrei Belousov flew to Pyongyang on Friday, his first trip there since he took over the ministry in May.", "2024-11-30", "visit")).toEqual(["2024-11-29/day Andrei Belousov Pyongyang"]);
    expect(describeEvents("Kim Jong Un arrived in Vladivostok on Tuesday, his first trip abroad since April 2019.", "2023-09-13", "visit")).toEqual(["2023-09-12/day Kim Jong Un Vladivostok"]);
    expect(describeEvents("Sergey Lavrov landed in Pyongyang on Wednesday, his first trip to North Korea since 2018.", "2023-10-19", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a previous trip dated after a comma", () => {
  it("takes the date set off after the noun and its place", () => {
    expect(describeEvents("Two decades have passed since Vladimir Putin's only previous visit to Pyongyang, in July 2000.", "2024-06-20", "visit")).toEqual(["2000-07-01/month Vladimir Putin Pyongyang"]);
  });

  it("leaves the comma after a visit not told as an earlier one to the clause around it", () => {
    expect(describeEvents("Sergey Lavrov discussed Vladimir Putin's visit to Pyongyang, on Tuesday, with Choe Son Hui.", "2024-06-20", "visit")).toEqual([]);
  });
});

describe("a summit named by the pair of countries", () => {
  it("is between their leaders at its date, though the sentence names one of them", () => {
    expect(describeEvents("Recalling the memorable DPRK-Russia summit talks held in Pyongyang in June last year, Kim Jong Un praised the alliance.", "2025-07-13", "meeting")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("is nothing without a date", () => {
    expect(describeEvents("Kim Jong Un said the accords of the DPRK-Russia summit were being carried out.", "2025-07-13", "meeting")).toEqual([]);
  });
});
