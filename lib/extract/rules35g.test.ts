/**
 * rules-35g: background paragraphs that retell a signing or a reception in shapes the rules did not read —
 * "That treaty, which binds each side if the other is attacked, was signed by Putin and Kim at their summit" (a
 * condition inside a relative clause set off by commas is the document's content, not the signing's; the document is
 * still the passive's subject across the clause),
 * "Today Choe heads the committee. ... Volodin was received by Kim the same day" (an opening "Today" before a verb of
 * office or state is "nowadays", no day for "the same day" to count from).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a condition inside a relative clause closed before the verb", () => {
  const text = "The pact, which obliges each country to help the other if it comes under attack, was signed by Vladimir Putin and Kim Jong Un at their summit in Pyongyang on June 19, 2024.";

  it("leaves the signing it describes a fact", () => {
    expect(describeEvents(text, "2025-07-12", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("leaves the summit named with it a fact", () => {
    expect(describeEvents(text, "2025-07-12", "meeting", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a condition outside the relative clause still governs the verb", () => {
    const conditional = "If the pact, which Moscow drafted in the spring, is signed by Vladimir Putin and Kim Jong Un in Pyongyang, it will bind both.";
    expect(describeEvents(conditional, "2024-06-10", "agreement")).toEqual([]);
  });

  it("near miss: a passive after a relative clause whose subject is no document is no signing", () => {
    const book = "The guest book, which lay open in the hall of the guesthouse for the whole of the state visit, was signed by Vladimir Putin and Kim Jong Un on June 19, 2024.";
    expect(describeEvents(book, "2025-07-12", "agreement")).toEqual([]);
  });
});

describe("an opening 'Today' before a verb of office", () => {
  it("is no day for a later 'the same day' to count from", () => {
    const text = "Sergey Lavrov sat down with Choe Son Hui in Pyongyang on 14 August. Today Choe heads the foreign ministry's most senior team.\n\nLavrov was also received by Kim Jong Un the same day.";
    expect(describeEvents(text, "2025-09-12", "meeting", { sortNames: true })).toEqual([
      "2025-08-14/day Choe Son Hui+Sergey Lavrov Pyongyang",
      "2025-08-14/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });

  it("near miss: an opening 'Today' before a meeting verb is the news's day", () => {
    const text = "Today Choe Son Hui meets Sergey Lavrov in Moscow.";
    expect(describeEvents(text, "2025-09-12", "meeting", { sortNames: true })).toEqual(["2025-09-12/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

