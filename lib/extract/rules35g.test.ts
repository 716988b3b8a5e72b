/**
 * rules-35g: background paragraphs that retell a signing or a reception in shapes the rules did not read —
 * "That treaty, which binds each side if the other is attacked, was signed by Putin and Kim at their summit" (a
 * condition inside a relative clause set off by commas is the document's content, not the signing's; the document is
 * still the passive's subject across the clause),
 * "Today Choe heads the committee. ... Volodin was received by Kim the same day" (an opening "Today" before a verb of
 * office or state is "nowadays", no day for "the same day" to count from),
 * "Last Thursday he spent the morning in talks with Choe" (a pronoun after an opening "Last ..." or "Then" is the
 * subject; hours or a part of a day spent in talks with someone is a meeting with him),
 * "According to Moscow, he sat down with Kim" (the source phrase ends at its comma),
 * "the treaty their countries signed", "the treaty that Moscow and Pyongyang concluded" (signers that are countries
 * take none of the people the sentence names),
 * "talks with Choe, the second session of a dialogue the two sides launched last year" (a date right after a later
 * verb of the same type, past a comma, is that verb's),
 * "The first trip, on 4 June, produced little" (an ordinal trip with no owner is one more trip of the traveller told
 * just before).
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

describe("a pronoun after an opening 'Last ...' or 'Then'", () => {
  it("is the subject named before", () => {
    const text = "Sergey Lavrov flew to Pyongyang. Last Thursday he held talks with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-27", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: an opening 'Last' before a name leaves the name the subject", () => {
    const text = "Sergey Lavrov flew to Pyongyang. Last Thursday Vladimir Putin spoke with Kim Jong Un by telephone.";
    expect(describeEvents(text, "2023-10-27", "call", { sortNames: true })).toEqual(["2023-10-19/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a part of a day spent in talks with someone", () => {
  it("is a meeting with him, dated by the sentence", () => {
    const text = "On Thursday Sergey Lavrov spent the morning in talks with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-27", "meeting", { sortNames: true })).toEqual(["2023-10-26/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: years spent in talks are no occasion", () => {
    const text = "On Thursday Sergey Lavrov said he had spent years in talks with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-27", "meeting")).toEqual([]);
  });
});

describe("a source phrase opening the sentence", () => {
  it("ends at its comma: the pronoun after it is the subject", () => {
    const text = "Sergey Lavrov flew on to Pyongyang on Wednesday. According to Moscow, he sat down with Kim Jong Un on Wednesday.";
    expect(describeEvents(text, "2023-10-20", "meeting", { sortNames: true })).toEqual(["2023-10-18/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("ends at its comma: the names after it are the parties", () => {
    const text = "According to Peskov, Kim Jong Un met Sergey Lavrov on Wednesday.";
    expect(describeEvents(text, "2023-10-20", "meeting", { sortNames: true })).toEqual(["2023-10-18/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: the one it names is still no party", () => {
    const text = "According to Vladimir Putin, Kim Jong Un met Sergey Lavrov on Wednesday.";
    expect(describeEvents(text, "2023-10-20", "meeting", { sortNames: true })).toEqual(["2023-10-18/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a signing whose subject is the countries", () => {
  it("'their countries' takes none of the people named before it", () => {
    const text = "Sergey Lavrov met Choe Son Hui on Monday. The two ministers reviewed how the treaty their countries signed on June 19, 2024 is being carried out.";
    expect(describeEvents(text, "2025-10-08", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("two capitals joined by 'and' take none of the people named before them", () => {
    const text = "Sergey Lavrov met Choe Son Hui on Monday. The two ministers discussed the treaty that Moscow and Pyongyang signed on June 19, 2024.";
    expect(describeEvents(text, "2025-10-08", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: people who sign in a capital are the signers", () => {
    const text = "Sergey Lavrov and Choe Son Hui signed a consultation plan in Pyongyang on June 19, 2024.";
    expect(describeEvents(text, "2025-10-08", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });
});

describe("a date right after a later verb of the same type, past a comma", () => {
  it("is that verb's, not the first one's", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui on Saturday. He met Kim Jong Un in the evening, the leader who first received him in Pyongyang in 2018.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).not.toContain("2018-01-01/year Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: a date right after the first verb is still its own", () => {
    const text = "Sergey Lavrov met Kim Jong Un on Saturday, after he had held talks with Choe Son Hui.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })[0]).toEqual("2025-07-12/day Kim Jong Un+Sergey Lavrov null");
  });
});

describe("an ordinal trip with no owner opening a sentence", () => {
  it("is one more trip of the one traveller the sentence before brings to a place", () => {
    const text = "When Sergei Shoigu stepped off his plane in Pyongyang on Tuesday, it was his second journey in two weeks. The first trip, on 4 June, was short.";
    expect(describeEvents(text, "2025-06-19", "visit")).toContain("2025-06-04/day Sergei Shoigu Pyongyang");
  });

  it("near miss: with two people named before, the trip is no one's", () => {
    const text = "When Sergei Shoigu stepped off his plane in Pyongyang on Tuesday, Sergey Lavrov was in Beijing. The first trip, on 4 June, was short.";
    expect(describeEvents(text, "2025-06-19", "visit")).not.toContain("2025-06-04/day Sergei Shoigu Pyongyang");
  });
});
