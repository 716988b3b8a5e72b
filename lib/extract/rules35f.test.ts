/**
 * rules-35f: the held-out batch's own news — a signing that "capped" talks ends the talks of its day, as one that
 * "followed" them does; a timeline entry's day set off by a plain spaced hyphen ("17 June 2025 - ...") heads its
 * clauses after a semicolon, as a dash does; and on a live page a chamber that "has voted to ratify" the treaty did so
 * on the page's day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a signing that capped talks", () => {
  it("ends talks of the signing's day", () => {
    const text = "PYONGYANG, May 14 (Wire) - Vladimir Putin and Kim Jong Un signed a new trade accord in Pyongyang on Wednesday.\n\nThe signing capped several hours of talks between the two leaders at a state guesthouse.";
    expect(describeEvents(text, "2025-05-14", "meeting", { sortNames: true })).toEqual(["2025-05-14/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a signing that capped years of talks ends no one meeting", () => {
    const text = "PYONGYANG, May 14 (Wire) - Vladimir Putin and Kim Jong Un signed a new trade accord in Pyongyang on Wednesday.\n\nThe signing capped years of talks between the two leaders.";
    expect(describeEvents(text, "2025-05-14", "meeting")).toEqual([]);
  });
});

describe("a timeline entry set off by a spaced hyphen", () => {
  it("dates the clause after its semicolon", () => {
    const text = "Milestones of the year.\n\n3 March 2025 - Sergei Shoigu travels to Pyongyang again; Kim Jong Un receives him at the party headquarters.";
    expect(describeEvents(text, "2025-06-19", "meeting", { sortNames: true })).toEqual(["2025-03-03/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a date joined to a word by its hyphen opens no entry", () => {
    const text = "Milestones of the year.\n\nThe March 2025-era plans were shelved; Kim Jong Un receives Sergei Shoigu at the party headquarters.";
    expect(describeEvents(text, "2025-06-19", "meeting").some((e) => e.startsWith("2025-03"))).toBe(false);
  });
});

describe("a chamber's present-perfect vote on a live page", () => {
  const open = "Tuesday 11 March 2025 - live updates.\n\n09:00 - Good morning, welcome to our coverage.\n\n10:15 - Lawmakers are gathering in Moscow.\n\n";
  it("is the ratification of the page's day", () => {
    const text = `${open}12:40 - The State Duma has voted to ratify the new agreement with North Korea.`;
    expect(describeEvents(text, "2025-03-11", "ratification", { actor: true })).toEqual(["2025-03-11/day ;State Duma null"]);
  });

  it("near miss: a vote told as earlier with 'had' is not the page's news", () => {
    const text = `${open}12:40 - The State Duma had voted to ratify an earlier agreement with North Korea.`;
    expect(describeEvents(text, "2025-03-11", "ratification", { actor: true })).toEqual([]);
  });
});

describe("a timeline entry's who-clause told as later", () => {
  it("takes none of the entry's day", () => {
    const text = "Milestones of the year.\n\n12 May 2024 - Sergei Shoigu leaves the ministry and is replaced by Andrei Belousov, who later makes his own trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-19", "visit")).toEqual([]);
  });
});
