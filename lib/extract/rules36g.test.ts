/**
 * rules-36g (false events): a bare arrival in a story filed from a third country's city ("SEOUL - ...") is no arrival
 * in that city: "SEOUL - Kim met the Russian minister in Pyongyang on Friday. The minister arrived on Friday" tells an
 * arrival in Pyongyang, where the lead just placed him.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a bare arrival under a third country's dateline", () => {
  it("lands where the sentence before placed the traveller", () => {
    const text =
      "SEOUL, March 8 (Wire) - Kim Jong Un received Sergei Shoigu in Pyongyang on Thursday, state media said on Friday.\n\nShoigu arrived on Thursday for a two-day stay and was greeted by senior officials.";
    expect(describeEvents(text, "2025-03-08", "visit")).toEqual(["2025-03-06/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a lead that placed someone else does not place the arrival", () => {
    const text =
      "SEOUL, March 8 (Wire) - Kim Jong Un toured a tractor factory in Pyongyang on Thursday, state media said on Friday.\n\nSergei Shoigu arrived on Thursday for a two-day stay and was greeted by senior officials.";
    expect(describeEvents(text, "2025-03-08", "visit")).not.toContain("2025-03-06/day Sergei Shoigu Pyongyang");
  });
});

describe("days counted after a call told paragraphs back", () => {
  it("count on from the day of the call", () => {
    const text =
      "Friday's phone conversation between Vladimir Putin and Kim Jong Un set the tone for the month.\n\nPutin had other business in the meantime, and the Kremlin said little more about it.\n\nThree days after the call, Sergei Shoigu arrived in Pyongyang and was received by Kim.";
    expect(describeEvents(text, "2025-06-17", "visit")).toEqual(["2025-06-16/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: with no call dated before, the count is not made from the report's day", () => {
    const text =
      "Putin and Kim have spoken by phone more often this year, officials say.\n\nThree days after the call, Sergei Shoigu arrived in Pyongyang and was received by Kim.";
    expect(describeEvents(text, "2025-06-17", "visit")).not.toContain("2025-06-20/day Sergei Shoigu Pyongyang");
    expect(describeEvents(text, "2025-06-17", "visit")).not.toContain("2025-06-17/day Sergei Shoigu Pyongyang");
  });
});

describe("the two sides who named a thing", () => {
  it("are no party added to the act around the name", () => {
    const text =
      "Foreign Minister Choe Son Hui is said to be close to Kim Jong Un.\n\nShe came back in May 2024 for what the two sides called a strategic dialogue, and Vladimir Putin received her in the Kremlin on 20 May 2024.";
    expect(describeEvents(text, "2025-10-27", "meeting")).toEqual(["2024-05-20/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: the two sides who hold the talks are its parties", () => {
    const text =
      "Foreign Minister Choe Son Hui met Sergey Lavrov in Moscow on 20 October 2025.\n\nOn 27 October 2025 the two sides held a strategic dialogue.";
    expect(describeEvents(text, "2025-10-28", "meeting", { sortNames: true })).toContain("2025-10-27/day Choe Son Hui+Sergey Lavrov null");
  });
});

describe("a live page whose entries open with a bare clock time", () => {
  it("tells its undated news on the page's day", () => {
    const text =
      "08:30 (Moscow time) Good morning from Pyongyang, where Sergei Shoigu is on a visit.\n\n09:10 Shoigu arrived in Pyongyang yesterday, state media said.\n\n15:20 Kim Jong Un and Shoigu have finished their talks after three hours.";
    expect(describeEvents(text, "2025-06-05", "meeting", { sortNames: true })).toEqual(["2025-06-05/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: times inside the paragraphs make no live page", () => {
    const text =
      "Good morning from Pyongyang, where Sergei Shoigu is on a visit that began at 08:30 yesterday.\n\nShoigu arrived in Pyongyang yesterday at 09:10, state media said.\n\nKim Jong Un and Shoigu have finished their talks, which began at 15:20.";
    expect(describeEvents(text, "2025-06-05", "meeting", { sortNames: true })).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu null"]);
  });
});
