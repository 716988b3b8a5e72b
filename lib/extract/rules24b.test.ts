/**
 * rules-24b: reports of the treaty's ratification and of guests' visits — an undated "has just ratified" is the news of
 * the report's own day; a host who "walks" a guest "through" a display meets him, in a caption's present too and after
 * a title of up to six words; "the day before" in a paragraph after one recalling a day over a month from the news
 * counts from the news; "the two ministers sat down" is the pair's meeting; "The signing came three days after the
 * Federation Council, the upper house, approved the legislation" dates the chamber's vote from the signing told before
 * (an appositive in the clause, a ratification law's signing, "the legislation" of a sentence naming a signing);
 * "their summit talks that day": an occasion's "that day" is the day just named; "holding a second round of "strategic
 * dialogue" talks" is a meeting.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true, actor: true });

describe("an undated 'has just <verb>'", () => {
  it("is the report's own day", () => {
    const text = "Lawmakers in Moscow met through the morning. The Federation Council has just ratified the pact with Pyongyang.";
    expect(describeEvents(text, "2024-11-06", "ratification")).toEqual(["2024-11-06/day ;Federation Council null"]);
  });

  it("near miss: 'has ratified' without 'just' keeps only the report's month", () => {
    const text = "Lawmakers in Moscow met through the morning. The Federation Council has ratified the pact with Pyongyang.";
    expect(describeEvents(text, "2024-11-06", "ratification")).toEqual(["2024-11-01/month ;Federation Council null"]);
  });
});

describe("'<host> walks <guest> through'", () => {
  it("is a meeting, in the present of a caption too, after a long title", () => {
    const text = "Kim Jong Un walks visiting Russian Defence Minister Sergei Shoigu through an arms fair in Pyongyang on Tuesday.";
    expect(describeEvents(text, "2023-07-28", "meeting")).toEqual(["2023-07-25/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: walking past a guest without a person led through is no meeting", () => {
    const text = "Kim Jong Un walks through an arms fair in Pyongyang on Tuesday, days before Sergei Shoigu is due.";
    expect(describeEvents(text, "2023-07-28", "meeting")).toEqual([]);
  });
});

describe("'the day before' after a paragraph recalling an old day", () => {
  it("counts from the news, not from the day recalled", () => {
    const text = "WONSAN, July 12. Lavrov and Choe Son Hui held talks on Saturday in Wonsan.\n\nTheir first round took place in Moscow on November 1, 2024.\n\nLavrov arrived in Wonsan the day before, flying in from Kuala Lumpur.";
    expect(describeEvents(text, "2025-07-12", "visit")).toContain("2025-07-11/day Sergey Lavrov Wonsan");
  });

  it("near miss: in the recalling paragraph itself it still counts from the day recalled", () => {
    const text = "WONSAN, July 12. Lavrov and Choe Son Hui held talks on Saturday in Wonsan.\n\nTheir first round took place in Moscow on November 1, 2024, and Choe Son Hui had arrived in Moscow the day before.";
    expect(describeEvents(text, "2025-07-12", "visit")).toContain("2024-10-31/day Choe Son Hui Moscow");
  });
});

describe("'the two <plural> sat down'", () => {
  it("is a meeting of the pair told before", () => {
    const text = "Lavrov landed in Wonsan on Friday and was met at the airport by Choe Son Hui. On Saturday the two ministers sat down for a second round of their dialogue.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toContain("2025-07-12/day Choe Son Hui+Sergey Lavrov null");
  });

  it("near miss: one person who sat down for an interview meets nobody", () => {
    const text = "Lavrov landed in Wonsan on Friday. On Saturday the minister sat down for an interview with state television.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual([]);
  });
});

describe("'The signing came <n> days after <chamber>, <appositive>, approved the legislation'", () => {
  it("dates the chamber's approval that many days before the signing told before", () => {
    const text = "Putin signed the law ratifying the pact with Pyongyang on Saturday, November 9. The signing came three days after the Federation Council, the upper chamber, approved the legislation.";
    expect(describeEvents(text, "2024-11-11", "ratification")).toEqual(["2024-11-09/day Vladimir Putin null", "2024-11-06/day ;Federation Council null"]);
  });

  it("near miss: a chamber approving a bill in a sentence naming no signing is no ratification", () => {
    const text = "Putin signed the law ratifying the pact with Pyongyang on Saturday, November 9. Three days earlier the Federation Council approved the bill on fuel taxes.";
    expect(describeEvents(text, "2024-11-11", "ratification")).toEqual(["2024-11-09/day Vladimir Putin null"]);
  });
});

describe("'<occasion> that day'", () => {
  it("is the day just named", () => {
    const text = "Putin and Kim Jong Un signed the treaty in Pyongyang on June 19. Coming out of their summit talks that day, the two leaders praised the document.";
    expect(describeEvents(text, "2024-10-24", "meeting")).toContain("2024-06-19/day Kim Jong Un+Vladimir Putin null");
  });

  it("near miss: 'since that day' names no occasion and dates no talks", () => {
    const text = "Putin and Kim Jong Un signed the treaty in Pyongyang on June 19. Since that day the two leaders have praised their summit talks.";
    expect(describeEvents(text, "2024-10-24", "meeting")).toEqual([]);
  });
});

describe("'holding a <ordinal> round of \"<name>\" talks'", () => {
  it("is a meeting, the quoted name before the noun too", () => {
    const text = "Lavrov spent Saturday in Wonsan, holding a second round of \"strategic dialogue\" talks with Choe Son Hui.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });

  it("near miss: a round only hoped for is no meeting held", () => {
    const text = "Lavrov said on Saturday in Wonsan that holding a second round of \"strategic dialogue\" talks with Choe Son Hui would be useful.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual([]);
  });
});
