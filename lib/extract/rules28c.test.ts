/**
 * rules-28c: a gallery of captions each opening "PYONGYANG, June 4, 2025 —" is no wire dateline, so each caption keeps
 * its day; a head of state "met at the airport by" his counterpart is the start of their talks (a minister so met
 * is only welcomed); "The Federation Council followed suit on <day>" after a sentence telling a chamber's
 * ratification is the second chamber's; "Hours earlier she had sat across from Lavrov", opening a sentence, is on the
 * day named last and has the woman named there as its subject; "landed and, within hours, was sitting across from Kim"
 * is told in the past, no speculation; an unplaced meeting held on one party's trip abroad dates no journey of the other
 * to the first one's country.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a gallery of dated captions", () => {
  it("keeps each caption's day as that of what it shows", () => {
    const text = "Sergei Shoigu was back in North Korea this week. The photos below were released by state media.\n\nPYONGYANG, May 13, 2025 — Kim Jong Un shakes hands with Shoigu at the party headquarters.\n\nPYONGYANG, May 13, 2025 — Shoigu lays a wreath at the Mansu Hill monument.";
    expect(describeEvents(text, "2025-05-15", "meeting")).toEqual(["2025-05-13/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: one wire dateline is the report's day, so a weekday counts back from it", () => {
    const text = "PYONGYANG, May 15, 2025 — Kim Jong Un received Sergei Shoigu on Tuesday, state media said.\n\nThe two men discussed the war in Ukraine.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-13/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("'was met at the airport by' a counterpart", () => {
  it("is the start of the two leaders' talks", () => {
    const text = "Putin landed in Pyongyang before dawn on Wednesday and was met at the airport by Kim Jong Un himself.";
    expect(describeEvents(text, "2024-06-20", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a minister met there by his counterpart, no arrival told, stays a welcome, no meeting", () => {
    const text = "Lavrov landed in Pyongyang on Friday and was met at the airport by Choe Son Hui.";
    expect(describeEvents(text, "2023-10-22", "meeting")).toEqual([]);
  });
});

describe("'<chamber> followed suit on <day>'", () => {
  it("is that chamber's ratification after one told in the sentence before", () => {
    const text = "The State Duma ratified the defence pact with Pyongyang on 24 October. The Federation Council followed suit on Wednesday with a unanimous vote.";
    expect(describeEvents(text, "2024-11-08", "ratification")).toEqual(["2024-10-24/day  null", "2024-11-06/day  null"]);
  });

  it("near miss: after a sentence telling no ratification it is none", () => {
    const text = "The State Duma passed a tax bill on 24 October. The Federation Council followed suit on Wednesday.";
    expect(describeEvents(text, "2024-11-08", "ratification")).toEqual([]);
  });
});

describe("'Hours earlier she ...'", () => {
  it("is on the day just named, even across a paragraph break, with the woman named there as subject", () => {
    const text = "Choe Son Hui was driven into the Kremlin on January 16th for an audience nobody had announced.\n\nHours earlier she had sat across from Lavrov at the foreign ministry.";
    expect(describeEvents(text, "2024-01-20", "meeting")).toContain("2024-01-16/day Choe Son Hui+Sergey Lavrov null");
  });

  it("near miss: inside a later paragraph's sentence, with no day named in that paragraph, it dates nothing", () => {
    const text = "Choe Son Hui was driven into the Kremlin on January 16th for an audience nobody had announced.\n\nThe talks with Lavrov, hours earlier, were the ones that mattered.";
    expect(describeEvents(text, "2024-01-20", "meeting").filter((e) => e.includes("Lavrov"))).not.toContain("2024-01-16/day Choe Son Hui+Sergey Lavrov null");
  });
});

describe("'and, within hours, was sitting across from'", () => {
  it("is a meeting told in the past, its subject the clause's before", () => {
    const text = "Andrei Belousov landed in Pyongyang on Thursday and, within hours, was sitting across a table from Kim Jong Un.";
    expect(describeEvents(text, "2025-06-07", "meeting")).toEqual(["2025-06-05/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });

  it("near miss: 'within hours' before a future stays speculation", () => {
    const text = "Andrei Belousov landed in Pyongyang on Thursday and, within hours, could be sitting across a table from Kim Jong Un.";
    expect(describeEvents(text, "2025-06-07", "meeting")).toEqual([]);
  });
});

describe("an unplaced meeting on one party's trip abroad", () => {
  it("dates no undated journey of the other party to the first one's country", () => {
    const text = "Choe Son Hui arrived in Moscow on January 14th. On January 16th she sat down with Lavrov at a guest house. Lavrov went to Pyongyang in the autumn.";
    expect(describeEvents(text, "2024-01-20", "visit")).toEqual(["2024-01-14/day Choe Son Hui Moscow"]);
  });

  it("near miss: with no trip of hers told, the meeting still dates his journey", () => {
    const text = "On January 16th Choe Son Hui sat down with Lavrov at a guest house. Lavrov went to Pyongyang for the talks.";
    expect(describeEvents(text, "2024-01-20", "visit")).toEqual(["2024-01-16/day Sergey Lavrov Pyongyang (implied)"]);
  });
});
