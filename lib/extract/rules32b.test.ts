/**
 * rules-32b: background documents recalled by their signing day — "the Moscow Declaration of 5 August 2017" names the
 * declaration signed that day, and "The Treaty on Good Neighbourliness between Russia and North Korea was signed in
 * Pyongyang on 19 June 2024" is that signing however long the name before the passive.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a document's name followed by 'of' and a full day", () => {
  it("is the document signed that day, by the leaders of the pair, not by those who cite it", () => {
    const text = "Sergey Lavrov and Choe Son Hui praised the Treaty on Comprehensive Strategic Partnership between Russia and North Korea of 19 June 2024 as the bedrock of their ties.";
    expect(describeEvents(text, "2025-03-01", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("reads each document of a list on its own day", () => {
    const text = "The two leaders stressed the importance of the Pyongyang Joint Declaration of 20 July 2016 and the Moscow Declaration of August 5, 2017.";
    expect(describeEvents(text, "2025-03-01", "agreement", { sortNames: true })).toEqual([
      "2016-07-20/day Kim Jong Un+Vladimir Putin null",
      "2017-08-05/day Kim Jong Un+Vladimir Putin null",
    ]);
  });

  it("near miss: a treaty written in lower case is no named document, and its 'of' dates nothing", () => {
    const text = "Sergey Lavrov and Choe Son Hui praised a treaty of 19 June 2024 between Russia and North Korea as the bedrock of their ties.";
    expect(describeEvents(text, "2025-03-01", "agreement")).toEqual([]);
  });

  it("near miss: a named document followed by a month alone is no signing day", () => {
    const text = "Sergey Lavrov and Choe Son Hui praised the Treaty on Comprehensive Strategic Partnership between Russia and North Korea of June 2024 as the bedrock of their ties.";
    expect(describeEvents(text, "2025-03-01", "agreement")).toEqual([]);
  });
});

describe("a passive whose subject is the document's name opening the sentence", () => {
  it("is the signing, dated and placed by the passive's phrases", () => {
    const text = "The Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK was signed in Pyongyang on June 19, 2024.";
    expect(describeEvents(text, "2025-08-15", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a subject that only opens with a document's name is someone else, whose signing is no document's", () => {
    const text = "The Treaty on Comprehensive Strategic Partnership between Russia and the DPRK's chief drafter was signed by a Moscow university as a lecturer on June 19, 2024.";
    expect(describeEvents(text, "2025-08-15", "agreement")).toEqual([]);
  });
});

describe("a past meeting in a when-clause of an invitation", () => {
  it("is told as having happened, between the inviter and the one invited", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on Friday. A trip by Kim to Russia is still awaited. Vladimir Putin invited him to Moscow when they met in Beijing last month, officials said.";
    expect(describeEvents(text, "2025-10-11", "meeting", { sortNames: true })).toContain("2025-09-01/month Kim Jong Un+Vladimir Putin Beijing");
  });

  it("near miss: a meeting still to come in the when-clause stays a plan", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on Friday. A trip by Kim to Russia is still awaited. Vladimir Putin invited him to Moscow when they meet in Beijing next month, officials said.";
    expect(describeEvents(text, "2025-10-11", "meeting", { sortNames: true }).filter((e) => e.includes("Vladimir Putin"))).toEqual([]);
  });
});

describe("his or her counterpart, unnamed", () => {
  it("is the holder of the same office on the other side, named earlier", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Tuesday. On 19 October 2023 he held talks with his Korean counterpart in Pyongyang.";
    expect(describeEvents(text, "2025-03-01", "meeting", { sortNames: true })).toContain("2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang");
  });

  it("near miss: someone of another office on the other side is no counterpart", () => {
    const text = "Sergei Shoigu met Choe Son Hui in Moscow on Tuesday. On 19 October 2024 he held talks with his North Korean counterpart in Pyongyang.";
    expect(describeEvents(text, "2025-03-01", "meeting", { sortNames: true }).filter((e) => e.startsWith("2024-10-19") && e.includes("Choe"))).toEqual([]);
  });
});

describe("the conversation between the heads of state in a place", () => {
  it("is the two heads' meeting there, not the speaker's", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on Monday. She said her side valued the outcome of the conversation between the heads of state in Beijing on September 3.";
    expect(describeEvents(text, "2025-10-27", "meeting", { sortNames: true })).toContain("2025-09-03/day Kim Jong Un+Vladimir Putin Beijing");
  });

  it("near miss: a conversation with no place of its own may be a call, and tells no meeting", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on Monday. She said her side valued the outcome of the conversation between the heads of state on September 3.";
    expect(describeEvents(text, "2025-10-27", "meeting").filter((e) => e.startsWith("2025-09-03"))).toEqual([]);
  });
});

describe("a ratification's steps told as participles after 'with'", () => {
  it("reads each chamber and the decree on its own day", () => {
    const text = "The treaty went through its ratification in a few weeks, with the State Duma voting for it on October 24, the Federation Council following on November 6 and Kim Jong Un ratifying it by decree on November 11.";
    expect(describeEvents(text, "2025-03-01", "ratification", { actor: true })).toEqual([
      "2024-10-24/day ;State Duma null",
      "2024-11-06/day ;Federation Council null",
      "2024-11-11/day Kim Jong Un null",
    ]);
  });

  it("near miss: the same participles telling a budget's passage are no ratification", () => {
    const text = "The budget moved quickly, with the State Duma voting for it on October 24 and the Federation Council following on November 6.";
    expect(describeEvents(text, "2025-03-01", "ratification", { actor: true })).toEqual([]);
  });
});
