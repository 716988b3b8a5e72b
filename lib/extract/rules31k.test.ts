/**
 * rules-31k: wrong people and non-events. A title naming a party's office is not the state's ("the Just Russia
 * leader"); a person named after a country's title and a comma is that person, whom "him" then points to; a host who
 * takes a guest on a tour travels nowhere; signers named by office ("the two foreign ministers") are not the leaders;
 * a Korean given name written "Xiao-ming" is still a name; a bare plural title as a subject tells a custom, and "the
 * simultaneous visits" no visit.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a title whose country word is part of a party's name", () => {
  it("is not the head of state", () => {
    const text = "Kim Jong Un received the Just Russia leader in Pyongyang on Tuesday.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual(["2025-06-10/day Kim Jong Un Pyongyang"]);
  });

  it("near miss: 'the Russian leader' still is", () => {
    const text = "Kim Jong Un received the Russian leader in Pyongyang on Tuesday.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual(["2025-06-10/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a name set off by commas after a country's possessive title", () => {
  it("is a person of its own, whom 'him' points to", () => {
    const text =
      "Kim Jong Un met Lavrov in Pyongyang on Monday. " +
      "On Wednesday Kim received a delegation led by Russia's deputy foreign minister, Ivan Petrenko, and discussed trade with him.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual([
      "2025-06-09/day Kim Jong Un+Sergey Lavrov Pyongyang",
      "2025-06-11/day Ivan Petrenko+Kim Jong Un null",
    ]);
  });

  it("near miss: after 'the <title>,' as before", () => {
    const text =
      "Kim Jong Un met Lavrov in Pyongyang on Monday. " +
      "On Wednesday Kim received a delegation led by the deputy foreign minister, Ivan Petrenko, and discussed trade with him.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual([
      "2025-06-09/day Kim Jong Un+Sergey Lavrov Pyongyang",
      "2025-06-11/day Ivan Petrenko+Kim Jong Un null",
    ]);
  });
});

describe("a host who takes a guest on a tour", () => {
  const text =
    "Kim Jong Un's train crossed into Russia on Monday. " +
    "On Tuesday presidential envoy Ivan Petrenko took the North Korean leader on a tour of a dam on the Amur.";

  it("shows him the place, and makes no visit of his own", () => {
    expect(describeEvents(text, "2025-06-12", "visit")).toEqual(["2025-06-09/day Kim Jong Un Russia"]);
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual(["2025-06-10/day Ivan Petrenko+Kim Jong Un null"]);
  });

  it("near miss: going on a tour oneself is still one's visit", () => {
    const text = "Sergei Shoigu arrived in Pyongyang on Tuesday. On Wednesday he went on a tour of a shipyard.";
    expect(describeEvents(text, "2025-06-12", "visit")).toEqual(["2025-06-10/day Sergei Shoigu Pyongyang"]);
  });
});

describe("signers named by their office", () => {
  it("are the holders of that office, not the leaders of the sentence before", () => {
    const text = "Putin flew to Pyongyang on Tuesday and met Kim Jong Un. That trip followed a treaty signed by the two foreign ministers in Moscow in March.";
    expect(describeEvents(text, "2025-06-12", "agreement")).toEqual(["2025-03-01/month Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: 'the two leaders' are the leaders", () => {
    const text = "Putin flew to Pyongyang on Tuesday and met Kim Jong Un. That trip followed a treaty signed by the two leaders in Moscow in March.";
    expect(describeEvents(text, "2025-06-12", "agreement")).toEqual(["2025-03-01/month Kim Jong Un+Vladimir Putin Moscow"]);
  });
});

describe("a given name with a hyphenated second syllable", () => {
  it("names a person of its own", () => {
    const text = "Chinese President Wang Xiao-ming was received by Kim Jong Un in Pyongyang on Monday.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual(["2025-06-09/day Kim Jong Un+Wang Xiao-ming Pyongyang"]);
  });

  it("near miss: written as one word, as before", () => {
    const text = "Chinese President Wang Xiaoming was received by Kim Jong Un in Pyongyang on Monday.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual(["2025-06-09/day Kim Jong Un+Wang Xiaoming Pyongyang"]);
  });
});

describe("a bare plural title as the subject", () => {
  it("tells a custom, no meeting", () => {
    const text = "Putin landed in Pyongyang on Wednesday. Russian presidents received Kim Jong Un in Moscow but never returned the favour.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual([]);
  });

  it("near miss: with a year it is an occasion", () => {
    const text = "Putin landed in Pyongyang on Wednesday. Russian presidents received Kim Jong Un in Moscow in 2019.";
    expect(describeEvents(text, "2025-06-12", "meeting")).toEqual(["2019-01-01/year Kim Jong Un Moscow"]);
  });
});

describe("'the simultaneous visits'", () => {
  const visits = (sentence: string) => classifySentence(sentence).filter((t) => t.type === "visit").map((t) => ({ text: t.text, generic: t.generic }));

  it("is a generic mention, no visit", () => {
    expect(visits("Analysts read the simultaneous visits as Kim balancing his two partners.")).toEqual([{ text: "visits", generic: true }]);
  });

  it("near miss: a subject's verb is a visit", () => {
    expect(visits("The president visits Pyongyang on Monday.")).toEqual([{ text: "visits", generic: false }]);
  });
});
