/**
 * rules-29b: days counted from an act told earlier — "The inspection of the fleet came the day after Kim met Shoigu":
 * the subject retells an act whose day was told ("spent Friday inspecting"), so the clause after "the day after" is
 * the day before it; "Two days after her arrival she held talks with Lavrov" counts on from the day the arrival was told
 * on ("arriving on Monday"), not from the last day named; "was then driven to the Kremlin to be received by Putin" is
 * the purpose of a finished journey, told as having happened.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'The <act>ion of ... came the day after <clause>'", () => {
  it("dates the clause the day before the day the act was told on", () => {
    const text = "Kim Jong Un spent Friday inspecting warships in Vladivostok. The inspection of the fleet came the day after Kim met Shoigu in Khabarovsk.";
    expect(describeEvents(text, "2025-06-08", "meeting")).toEqual(["2025-06-05/day Kim Jong Un+Sergei Shoigu Khabarovsk"]);
  });

  it("near miss: with no such act told, it still counts on from the last day named", () => {
    const text = "Kim Jong Un spent Friday at a shipyard in Vladivostok. The inspection of the fleet came the day after Kim met Shoigu in Khabarovsk.";
    expect(describeEvents(text, "2025-06-08", "meeting")).toEqual(["2025-06-07/day Kim Jong Un+Sergei Shoigu Khabarovsk"]);
  });
});

describe("'<n> days after her arrival' opening a sentence", () => {
  it("counts on from the day the arrival was told on", () => {
    const text = "Choe Son Hui spent three days in Moscow last week, arriving on Monday, June 2, and leaving on Wednesday. Two days after her arrival she held talks with Lavrov.";
    expect(describeEvents(text, "2025-06-10", "meeting")).toEqual(["2025-06-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: with no day of the arrival told, it takes none from the last day named", () => {
    const text = "Choe Son Hui flew home from Moscow on Wednesday, June 4. Two days after her arrival she held talks with Lavrov.";
    expect(describeEvents(text, "2025-06-10", "meeting")).not.toContain("2025-06-06/day Choe Son Hui+Sergey Lavrov Moscow");
  });
});

describe("'was then driven to <place> to be received by <name>'", () => {
  it("tells the reception as having happened", () => {
    const text = "Choe Son Hui landed in Moscow on Monday. On Tuesday she was then driven to the Kremlin to be received by Putin.";
    expect(describeEvents(text, "2025-06-05", "meeting")).toEqual(["2025-06-03/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("near miss: 'will be driven ... to be received' is a plan", () => {
    const text = "Choe Son Hui landed in Moscow on Monday. On Tuesday she will be driven to the Kremlin to be received by Putin.";
    expect(describeEvents(text, "2025-06-05", "meeting")).toEqual([]);
  });
});
