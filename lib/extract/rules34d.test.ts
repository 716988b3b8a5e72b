/**
 * rules-34d: readings for passes mr-778 to mr-801 — a tarmac welcome by a greeter with a long title, a bill of
 * ratification handed to a chamber, a summit "still on for Friday", a call "placed" to someone, and officials "on both
 * sides" who are not the pair named before.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a welcome on the tarmac by a greeter told with a long title", () => {
  it("is the arrival's welcome, no meeting", () => {
    const text = "Sergey Lavrov, left, is greeted by the North's minister of foreign affairs and head of delegation, Choe Son Hui, on the tarmac at the airport on Tuesday.";
    expect(describeEvents(text, "2023-11-16", "meeting")).toEqual([]);
  });

  it("near miss: a greeting whose clause goes on to talks before any station is named stays a meeting", () => {
    const text = "Sergey Lavrov was greeted by Choe Son Hui on Tuesday, and the two of them then sat down for long talks over lunch before both went on to the station.";
    expect(describeEvents(text, "2023-11-16", "meeting", { sortNames: true })).toEqual(["2023-11-14/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a bill of ratification submitted to a chamber", () => {
  it("is its referral, no ratification", () => {
    const text = "The bill on ratification was sent to the State Duma by the president on 14 October 2024.";
    expect(describeEvents(text, "2024-10-20", "ratification")).toEqual([]);
  });

  it("near miss: a law on ratification signed is one", () => {
    const text = "The law on ratification was signed by Vladimir Putin on 14 October 2024.";
    expect(describeEvents(text, "2024-10-20", "ratification")).toEqual(["2024-10-14/day Vladimir Putin null"]);
  });
});

describe("a summit still on for a day", () => {
  it("is kept on the calendar, not held", () => {
    const text = "Putin and Kim Jong Un exchanged letters today. The summit between Putin and Kim Jong Un is still on for Friday.";
    expect(describeEvents(text, "2025-08-12", "meeting")).toEqual([]);
  });

  it("near miss: a summit that was on a day was held then", () => {
    const text = "The summit between Putin and Kim Jong Un was on Friday.";
    expect(describeEvents(text, "2025-08-12", "meeting")).toEqual(["2025-08-08/day Vladimir Putin+Kim Jong Un null"]);
  });
});

describe("a call placed to someone", () => {
  it("is a call to him, also as 'the one he placed' after a call noun", () => {
    expect(describeEvents("Putin placed a call to Kim Jong Un on Monday.", "2025-08-13", "call")).toEqual(["2025-08-11/day Vladimir Putin+Kim Jong Un null"]);
    const text = "Putin spent the week on the phone. The call that drew notice was the one he placed to Kim Jong Un last Tuesday.";
    expect(describeEvents(text, "2025-08-19", "call")).toEqual(["2025-08-12/day Vladimir Putin+Kim Jong Un null"]);
  });

  it("near miss: 'placed a call to action', or 'the one he placed' after no call noun, is no call", () => {
    expect(describeEvents("Putin placed a call to action before Kim Jong Un arrived on Monday.", "2025-08-13", "call")).toEqual([]);
    const text = "Putin spent the week abroad. The wreath that drew notice was the one he placed to Kim Jong Un's left last Tuesday.";
    expect(describeEvents(text, "2025-08-19", "call")).toEqual([]);
  });
});

describe("a delegation landing, told with the traveller's possessive", () => {
  it("is his arrival", () => {
    const text = "Sergey Lavrov flew to Pyongyang. His delegation landed on 14 November 2023.";
    expect(describeEvents(text, "2024-12-16", "visit")).toContain("2023-11-14/day Sergey Lavrov Pyongyang");
  });

  it("near miss: a possessive with another noun that landed is not", () => {
    const text = "Sergey Lavrov flew to Pyongyang. His proposal landed on 14 November 2023.";
    expect(describeEvents(text, "2024-12-16", "visit").filter((e) => e.startsWith("2023-11-14"))).toEqual([]);
  });
});

describe("officials on both sides", () => {
  it("are not the pair named before, so a summit elsewhere gets no parties from them", () => {
    const text = "Putin met Kim Jong Un in Moscow on Monday. Friday's summit in Beijing produced no deal, and officials on both sides have offered differing accounts.";
    expect(describeEvents(text, "2025-08-19", "meeting")).toEqual(["2025-08-18/day Vladimir Putin+Kim Jong Un Moscow"]);
  });

  it("near miss: 'both sides' as a subject are still the pair", () => {
    const text = "Putin met Kim Jong Un on Friday. On Saturday both sides signed a deal on trade.";
    expect(describeEvents(text, "2025-08-19", "agreement", { sortNames: true })).toEqual(["2025-08-16/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'the two leaders' in an article about two countries", () => {
  it("are the leaders of those two, not a third country's leader named as often", () => {
    const text = "Putin spoke by telephone with Kim Jong Un on Tuesday, days before his talks with Xi Jinping. Putin told Kim about his coming meeting with Xi Jinping, the Kremlin said. Their ties were sealed when Putin went to Pyongyang on June 19, 2024. During that trip the two leaders signed a treaty on partnership.";
    expect(describeEvents(text, "2025-08-12", "agreement")).toEqual(["2024-06-19/day Vladimir Putin+Kim Jong Un null"]);
  });

  it("near miss: in an article about Russia and China they are Putin and Xi", () => {
    const text = "Putin spoke by telephone with Xi Jinping on Tuesday, days before his talks with Kim Jong Un. Putin told Xi about his coming meeting with Kim Jong Un, the Kremlin said. Chinese and Russian officials praised the call in Beijing and Moscow, and Chinese media called China and Russia close. Their ties were sealed when Putin went to Beijing on June 19, 2024. During that trip the two leaders signed a treaty on partnership.";
    expect(describeEvents(text, "2025-08-12", "agreement")).toEqual(["2024-06-19/day Vladimir Putin+Xi Jinping null"]);
  });
});

describe("'the two leaders' with a place in a third country", () => {
  it("near miss: get no weight from the article's two countries, the third country's leader may be one", () => {
    const text = "Putin spoke by telephone with Kim Jong Un on Tuesday, days before his talks with Xi Jinping. Putin told Kim about his coming meeting with Xi Jinping, the Kremlin said. Their ties were sealed when Putin went to Pyongyang on June 19, 2024. On June 25, 2024 the two leaders signed a treaty on partnership in Beijing.";
    expect(describeEvents(text, "2025-08-12", "agreement")).toEqual(["2024-06-25/day Vladimir Putin+Xi Jinping Beijing"]);
  });
});

describe("phone conversations told in the plural", () => {
  it("are a kind, so later talks on a trip stay a meeting", () => {
    const text = "Putin spoke by telephone with Kim Jong Un on Tuesday. The Kremlin gave few details. Analysts in Seoul were surprised. Phone conversations between the two men are rare. Putin went to Pyongyang on June 19, 2024. During that trip the two leaders held talks.";
    expect(describeEvents(text, "2025-08-12", "meeting")).toEqual(["2024-06-19/day Vladimir Putin+Kim Jong Un null"]);
  });

  it("near miss: their conversation told in the singular still makes the talks a call", () => {
    const text = "Putin spoke by telephone with Kim Jong Un on Tuesday. The Kremlin gave few details. Analysts in Seoul were surprised. Their phone conversation was short. Putin went to Pyongyang on June 19, 2024. During that trip the two leaders held talks.";
    expect(describeEvents(text, "2025-08-12", "meeting")).toEqual([]);
  });
});

describe("a document's that-clause telling its signing", () => {
  it("takes no date from the main verb before the document", () => {
    const text = "The State Duma passed on the 24th the bill ratifying the Treaty on Partnership that Russia signed with North Korea, according to media. The treaty was signed by Kim Jong Un and Vladimir Putin when the two held a summit in Pyongyang on June 19.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a treaty whose clause runs long before the verb is signed on the sentence's day", () => {
    const text = "On the 24th the treaty that had been drafted for many months was signed by Putin and Kim Jong Un.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual(["2024-10-24/day Vladimir Putin+Kim Jong Un null"]);
  });
});

describe("a passive signing, its agents named, then a when-clause", () => {
  it("happened on the when-clause's occasion", () => {
    const text = "The treaty was signed by Kim Jong Un and Vladimir Putin when the two held a summit in Pyongyang on June 19.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a summit told in a clause of its own after the signing does not date it", () => {
    const text = "The treaty was signed by Kim Jong Un and Vladimir Putin; the two held a summit in Pyongyang on June 19.";
    expect(describeEvents(text, "2024-10-25", "agreement").filter((e) => e.startsWith("2024-06-19"))).toEqual([]);
  });
});

describe("a count of months in whole years ago", () => {
  it("is as loose as 'a year ago': the year, no finer", () => {
    const text = "Twelve months ago, few paid attention when Sergey Lavrov flew to Pyongyang.";
    expect(describeEvents(text, "2024-12-16", "visit")).toEqual(["2023-01-01/year Sergey Lavrov Pyongyang"]);
  });

  it("near miss: any other count of months ago is that month", () => {
    const text = "Eleven months ago, few paid attention when Sergey Lavrov flew to Pyongyang.";
    expect(describeEvents(text, "2024-12-16", "visit")).toEqual(["2024-01-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a landing with no place, right after the same traveller's trip to a place", () => {
  const tail = " Talks in Moscow followed, and Moscow was pleased, Moscow said, and in Moscow all agreed.";
  it("landed where the trip went, not in the city the story names most", () => {
    const text = `Sergey Lavrov flew to Pyongyang. He landed on 14 November 2023.${tail}`;
    expect(describeEvents(text, "2024-12-16", "visit")).toContain("2023-11-14/day Sergey Lavrov Pyongyang");
  });

  it("near miss: someone else's landing keeps the story's city", () => {
    const text = `Sergey Lavrov flew to Pyongyang. Choe Son Hui landed on 14 November 2023.${tail}`;
    expect(describeEvents(text, "2024-12-16", "visit")).toContain("2023-11-14/day Choe Son Hui Moscow");
  });
});

describe("a delegation that flew in, told with its leader's possessive", () => {
  it("is his trip", () => {
    const text = "Sergey Lavrov leads the Russian side. His delegation flew into Pyongyang on Tuesday.";
    expect(describeEvents(text, "2023-11-15", "visit")).toEqual(["2023-11-14/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: another thing of his that flew is no trip", () => {
    const text = "Sergey Lavrov leads the Russian side. His proposal flew into the news on Tuesday, in Pyongyang.";
    expect(describeEvents(text, "2023-11-15", "visit")).toEqual([]);
  });
});

describe("sitting down for a session or talks", () => {
  it("is holding them", () => {
    const text = "On November 15 Lavrov and his counterpart Choe Son Hui sat down for the tenth session of the commission and signed a protocol.";
    expect(describeEvents(text, "2023-11-22", "meeting")).toEqual(["2023-11-15/day Sergey Lavrov+Choe Son Hui null"]);
  });

  it("near miss: sitting down for an interview is no meeting", () => {
    const text = "On November 15 Lavrov and Choe Son Hui sat down for an interview with state television in Moscow.";
    expect(describeEvents(text, "2023-11-22", "meeting")).toEqual([]);
  });
});

describe("an undated trip told in one sentence with a signing", () => {
  it("takes the signing's day, before an older meeting of the same people", () => {
    const text = "Putin met Kim Jong Un at their 2023 summit. In the summer, Putin himself travelled to North Korea, and on 19 June 2024 the two leaders signed the treaty.";
    expect(describeEvents(text, "2024-12-16", "visit")).toEqual(["2024-06-19/day Vladimir Putin North Korea"]);
  });

  it("near miss: a signing told in a sentence of its own does not date the trip", () => {
    const text = "Putin met Kim Jong Un at their 2023 summit. In the summer, Putin himself travelled to North Korea. Later, on 19 June 2024, the two leaders signed the treaty.";
    expect(describeEvents(text, "2024-12-16", "visit").filter((e) => e.startsWith("2024-06-19"))).toEqual([]);
  });
});

describe("a pair chairing a session, the second named with his office after the name", () => {
  it("hold it with each other", () => {
    const text = "On 15 November, Lavrov and Choe Son Hui, the North's foreign minister, chaired the tenth session of the commission and signed its protocol.";
    expect(describeEvents(text, "2023-11-20", "meeting")).toEqual(["2023-11-15/day Sergey Lavrov+Choe Son Hui null"]);
  });

  it("near miss: one person with his office after the name chairs a session of his own side", () => {
    const text = "Putin, the president, chaired a session of the Security Council on 15 November.";
    expect(describeEvents(text, "2023-11-20", "meeting")).toEqual([]);
  });
});
