/**
 * rules-31f: the talks an undated lead told, dated by the body as "the DPRK-Russia talks ... on the same day"; an
 * arrival told by its month ("who had arrived in Russia at the end of October") as the trip of meetings in the first
 * days of the next month; "in late October and early November" as one stay. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("the two countries' talks dated in the body after an undated lead", () => {
  it("are the talks of the lead", () => {
    const text =
      "Pyongyang, June 20 -- Kim Jong Un held talks with Vladimir Putin, who is paying a state visit to the DPRK.\n\n" +
      "Putin arrived in Pyongyang early on June 19.\n\n" +
      "The DPRK-Russia talks took place at a guesthouse on the same day.";
    expect(describeEvents(text, "2024-06-20", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: talks of the two countries in another month leave the lead's talks on its own day", () => {
    const text =
      "Pyongyang, June 20 -- Kim Jong Un held talks with Vladimir Putin, who is paying a state visit to the DPRK.\n\n" +
      "Putin arrived in Pyongyang early on June 19.\n\n" +
      "The last DPRK-Russia talks took place in Moscow on March 3.";
    expect(describeEvents(text, "2024-06-20", "meeting")).toEqual(["2024-06-20/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("an arrival told by its month in the sentence of the meetings", () => {
  it("is the trip of a meeting in the first days of the next month", () => {
    const text = "Choe Son Hui, who had arrived in Russia at the end of October, was received by Vladimir Putin in Moscow on November 4.";
    expect(describeEvents(text, "2024-11-06", "visit")).toEqual(["2024-10-01/month Choe Son Hui Russia"]);
  });

  it("near miss: a meeting later in the next month tells its own trip", () => {
    const text = "Choe Son Hui, who had arrived in Russia at the end of October, was received by Vladimir Putin in Moscow on November 20.";
    expect(describeEvents(text, "2024-11-21", "visit")).toHaveLength(2);
  });
});

describe("a stay 'in late October and early November'", () => {
  it("is one trip", () => {
    const text = "Choe Son Hui spent several days in Russia in late October and early November, holding talks with Sergey Lavrov.";
    expect(describeEvents(text, "2024-12-04", "visit")).toEqual(["2024-10-01/month Choe Son Hui Russia"]);
  });

  it("near miss: 'in late October and again in early November' is two trips", () => {
    const text = "Choe Son Hui spent several days in Russia in late October and again in early November.";
    expect(describeEvents(text, "2024-12-04", "visit")).toHaveLength(2);
  });
});
