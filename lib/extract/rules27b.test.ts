/**
 * rules-27b: hosts and subjects told indirectly — "where he was shown around by Belousov", "had been shown around the
 * plant by Belousov": a guest shown round by a host of the other side meets him (passive of the guided tour); "The
 * Russian minister paid a visit" opening a sentence is the Russian minister named before, as "the Russian minister"
 * inside one is; "..., and on June 3 he was received by Kim": a pronoun after a time phrase opening a clause after
 * "and" is that clause's subject; "..., who, in turn, asked that Putin come": a relative clause runs on past an aside
 * right after its pronoun, so the person named in it is no party of the meeting before.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'was shown around (the plant) by <host>'", () => {
  it("is a meeting of the guest and the host of the other side", () => {
    const text = "Kim Jong Un on Thursday visited a tank factory in Khabarovsk, where he was shown around by Andrei Belousov.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-05/day Andrei Belousov+Kim Jong Un Russia"]);
  });

  it("also with the place shown between the verb and 'by'", () => {
    const text = "Kim Jong Un reached Khabarovsk on Wednesday. On Thursday Kim Jong Un had been shown around the tank works outside the city by Andrei Belousov.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-05/day Andrei Belousov+Kim Jong Un Russia"]);
  });

  it("near miss: a guide of the guest's own side is no meeting", () => {
    const text = "Kim Jong Un on Thursday visited a tank factory in Khabarovsk, where he was shown around by Ri Son Gwon.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });

  it("near miss: a tour still to come is no meeting", () => {
    const text = "Kim Jong Un will be shown around a tank factory in Khabarovsk by Andrei Belousov on Thursday.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });
});

describe("'The Russian minister' opening a sentence", () => {
  it("is the Russian minister named before", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui in Moscow on Tuesday. The Russian minister flew to Pyongyang on June 3.";
    expect(describeEvents(text, "2025-06-06", "visit")).toContain("2025-06-03/day Sergey Lavrov Pyongyang");
  });

  it("near miss: with no Russian minister named before, it stays nobody", () => {
    const text = "Kim Jong Un met Vladimir Putin in Moscow on Tuesday. The Russian minister flew to Pyongyang on June 3.";
    expect(describeEvents(text, "2025-06-06", "visit")).toEqual(["2025-06-03/day Kim Jong Un Moscow (implied)"]);
  });
});

describe("', and on <day> he <verb>'", () => {
  it("reads the pronoun as the subject of its clause", () => {
    const text = "Sergey Lavrov flew to Pyongyang on June 2, and on June 3 he was received by Kim Jong Un.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-03/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a pronoun inside a reported clause after the time phrase is left alone", () => {
    const text = "Sergey Lavrov flew to Pyongyang on June 2, and on June 3 Choe Son Hui said he was received by Kim Jong Un.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });
});

describe("', who, in turn, <verb> ...'", () => {
  it("keeps the person named in the relative clause out of the meeting", () => {
    const text = "Lavrov met Choe Son Hui in Pyongyang on June 3 and was received by Kim Jong Un, who, in turn, asked that Vladimir Putin come soon.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-03/day Choe Son Hui+Sergey Lavrov Pyongyang", "2025-06-03/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a meeting told inside the relative clause is still read, with the antecedent as its subject", () => {
    const text = "Lavrov was received in Pyongyang on June 3 by Kim Jong Un, who, in turn, met Vladimir Putin in Moscow on June 5.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-03/day Kim Jong Un+Sergey Lavrov Pyongyang", "2025-06-05/day Kim Jong Un+Vladimir Putin Moscow"]);
  });
});
