/**
 * rules-29d: background reports of trips, talks and calls — "during the Russian president's state visit": a country in
 * the traveller's title is his own, no destination; "Two days earlier" counts back from a day the paragraph named
 * ("two days ago" from the report's day); "met on June 4 and, barely two weeks later, again on June 17": an aside may
 * stand before "again"; "held the first round of what they called a strategic dialogue" is a round of talks; a
 * participle set off by a comma takes a date written after it before one of the clause it follows.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a country adjective in the traveller's title inside a framing phrase", () => {
  it("is his own country, not where he went", () => {
    const text = "The treaty was signed in Pyongyang on June 19, 2024, during the Russian president's state visit.";
    expect(describeEvents(text, "2025-03-01", "visit")).toEqual(["2024-06-19/day Vladimir Putin Pyongyang"]);
  });

  it("near miss: 'during his Russia visit' still goes to Russia", () => {
    const text = "Kim Jong Un signed the treaty in Pyongyang on June 19, 2024, during his Russia visit.";
    expect(describeEvents(text, "2025-03-01", "visit")).toEqual(["2024-06-19/day Kim Jong Un Russia"]);
  });
});

describe("'N days earlier' after a day named in the paragraph", () => {
  it("counts back from that day", () => {
    const text = "On August 14 Kim Jong Un received Lavrov in Pyongyang. Two days earlier, Putin and Kim had spoken by phone.";
    expect(describeEvents(text, "2025-09-05", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'two days ago' counts back from the report's day", () => {
    const text = "On August 14 Kim Jong Un received Lavrov in Pyongyang. Putin and Kim spoke by phone two days ago, the Kremlin said.";
    expect(describeEvents(text, "2025-09-05", "call")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("also after a paragraph break, when it opens the sentence", () => {
    const text = "On August 14 Kim Jong Un received Lavrov in Pyongyang.\n\nTwo days earlier, Putin and Kim had spoken by phone.";
    expect(describeEvents(text, "2025-09-05", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a day named in another paragraph is no anchor for one inside the sentence", () => {
    const text = "On August 14 Kim Jong Un received Lavrov in Pyongyang.\n\nPutin and Kim had spoken by phone two days earlier, the Kremlin said.";
    expect(describeEvents(text, "2025-09-05", "call")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'and, <aside>, again on <day>'", () => {
  it("is the same meeting held once more", () => {
    const text = "Lavrov met Choe Son Hui in Moscow on March 3 and, barely a week later, again on March 11.";
    expect(describeEvents(text, "2025-04-01", "meeting")).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow", "2025-03-11/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: a later day in a clause of its own is not another meeting", () => {
    const text = "Lavrov met Choe Son Hui in Moscow on March 3 and said, barely a week later, that she would come again on March 11.";
    expect(describeEvents(text, "2025-04-01", "meeting")).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("'held the first round of what they called a dialogue'", () => {
  it("is a round of talks", () => {
    const text = "Two days later Choe Son Hui and Lavrov held the first round of what they called a strategic dialogue.";
    expect(describeEvents(text, "2024-12-01", "meeting")).toEqual(["2024-12-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: praising what they called a dialogue holds no talks", () => {
    expect(describeEvents("Choe Son Hui and Lavrov praised what they called a strategic dialogue.", "2024-12-01", "meeting")).toEqual([]);
  });
});

describe("a participle after a comma", () => {
  it("takes the day written after it, not the month of the clause before", () => {
    const text = "Choe Son Hui came to Russia in January, holding talks with Lavrov in Moscow on January 16.";
    expect(describeEvents(text, "2024-06-01", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: with no date of its own it keeps the clause's", () => {
    const text = "Choe Son Hui arrived in Moscow on January 14, holding talks with Lavrov.";
    expect(describeEvents(text, "2024-06-01", "meeting")).toEqual(["2024-01-14/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});
