/**
 * rules-12: shapes from follow-up and retrospective copy that earlier rules missed. Sentences are written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("telling the other party something at the meeting that frames it", () => {
  const text = "Kim Jong Un told Vladimir Putin at their September 13 summit that his country would stand by Russia, the agency said on Thursday.\n\nThe two leaders met at the Vostochny space centre. Kim will stay in Russia for several more days.";

  it("makes the speaker a party, and the day written with the noun dates the meeting told again later", () => {
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
    expect(describeEvents(text, "2023-09-14", "visit")).toEqual(["2023-09-13/day Kim Jong Un Vostochny Cosmodrome (implied)"]);
  });

  it("is no meeting when the one told is no party, or when the noun is only expected", () => {
    expect(describeEvents("Sergey Lavrov told journalists at a briefing on Monday that Kim Jong Un would come to Russia.", "2023-09-14", "meeting")).toEqual([]);
    expect(describeEvents("Kim Jong Un told Vladimir Putin at a summit that could come as soon as June that the two countries were allies.", "2023-09-14", "meeting")).toEqual([]);
  });
});
