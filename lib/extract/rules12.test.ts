/**
 * rules-12: shapes from follow-up and retrospective copy that earlier rules missed. Sentences are written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("telling the other party something at the meeting that frames it", () => {
  const text = "Kim Jong Un told Vladimir Putin at their September 13 summit that his country would stand by Russia, the agency said on Thursday.\n\nThe two leaders met at the Vostochny space centre. Kim will stay in Russia for several more days.";

  it("makes the speaker a party, and the day written with the noun dates the meeting told again later", () => {
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
    expect(describeEvents(text, "2023-09-14", "visit")).toEqual(["2023-09-13/day Kim Jong Un Vostochny Cosmodrome (implied)"]);
  });

  it("is no meeting when the one told is no party, or when the noun is only expected", () => {
    expect(describeEvents("Sergey Lavrov told journalists at a briefing on Monday that Kim Jong Un would come to Russia.", "2023-09-14", "meeting")).toEqual([]);
    expect(describeEvents("Kim Jong Un told Vladimir Putin at a summit that could come as soon as June that the two countries were allies.", "2023-09-14", "meeting")).toEqual([]);
  });
});

describe("talks that the subject's event followed", () => {
  it("are a meeting on the day of the signing told just before, between its parties when they name none", () => {
    const text = "PYONGYANG, June 19 (Wire) — Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.\n\nThe signing followed several hours of talks between the two leaders at a state guesthouse. Putin is due in Vietnam next.";
    expect(describeEvents(text, "2024-06-19", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("are a meeting of their own parties on the day of the audience ('talks she had held with X')", () => {
    const text = "Vladimir Putin received North Korean Foreign Minister Choe Son Hui on Tuesday, the agency reported on Thursday.\n\nChoe passed on greetings from Kim Jong Un. The audience followed talks she had held with Sergey Lavrov at the foreign ministry's mansion that morning.";
    expect(describeEvents(text, "2024-01-18", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Vladimir Putin null", "2024-01-16/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("are no meeting when they ran for years", () => {
    const text = "PYONGYANG, June 19 (Wire) — Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.\n\nThe signing followed years of talks between the two leaders.";
    expect(describeEvents(text, "2024-06-19", "meeting")).toEqual([]);
  });
});

describe("a retrospective of two leaders' meetings", () => {
  const lead = "The partnership treaty Putin and Kim Jong Un signed in Pyongyang on Wednesday was five years in the making.\n\n";

  it("reads 'sat down together' as a meeting of the plural subject", () => {
    expect(describeEvents(`${lead}The two leaders first sat down together on Russky Island in April 2019 and parted without a document.`, "2024-06-21", "meeting")).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("reads 'their next meeting, at PLACE in MONTH YEAR, ended ...' as a past meeting, not a plan", () => {
    expect(describeEvents(`${lead}Their next meeting, at the Vostochny Cosmodrome in September 2023, ended with an invitation to Pyongyang.`, "2024-06-21", "meeting")).toEqual(["2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("keeps a next meeting that is still to come a plan", () => {
    expect(describeEvents(`${lead}Their next meeting, in Moscow in 2026, is expected to deal with the treaty.`, "2024-06-21", "meeting")).toEqual([]);
    expect(describeEvents(`${lead}The two leaders will sit down together again in Moscow.`, "2024-06-21", "meeting")).toEqual([]);
  });
});

describe("a verb in a bracketed where-clause after a dated event noun", () => {
  const before = "Sergei Shoigu came to Pyongyang in July 2023. That trip came before ";

  it("takes the date written with the noun, resolved from the article's day, not the paragraph's earlier year", () => {
    expect(describeEvents(`${before}the June summit in Vladivostok (where Putin and Kim Jong Un signed an agreement on fisheries).`, "2024-09-16", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("takes nothing from a noun that names no meeting or visit", () => {
    expect(describeEvents(`${before}the summit in Vladivostok and the June parade (where Putin and Kim Jong Un signed an agreement on fisheries).`, "2024-09-16", "agreement")).toEqual(["2023-07-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a bare month of the report's own month in a review of the year before", () => {
  it("is in the reviewed year when the article last wrote that year", () => {
    expect(describeEvents("The relationship changed in 2024. It opened with Choe Son Hui's January trip to Moscow.", "2025-01-10", "visit")).toEqual(["2024-01-01/month Choe Son Hui Moscow"]);
  });

  it("is the current month when no earlier year was written", () => {
    expect(describeEvents("Choe Son Hui's January trip to Moscow was her first this year.", "2025-01-10", "visit")).toEqual(["2025-01-01/month Choe Son Hui Moscow"]);
  });
});

describe("a second verb after 'and' and a dated phrase in commas", () => {
  it("inherits the subject but not the first verb's object: two meetings", () => {
    expect(describeEvents("Choe Son Hui held talks with Sergey Lavrov and, on January 16, was received by Vladimir Putin in the Kremlin.", "2024-01-20", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov null", "2024-01-16/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("is one meeting when one verb names both", () => {
    expect(describeEvents("Choe Son Hui held talks with Sergey Lavrov and Vladimir Putin on January 16.", "2024-01-20", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov+Vladimir Putin null"]);
  });
});

describe("'met' in a sentence that also tells of a call", () => {
  it("is a meeting of its own", () => {
    const text = "Putin and Kim Jong Un spoke by telephone on August 12, and the two leaders met in Beijing on September 3.";
    expect(describeEvents(text, "2025-12-20", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
    expect(describeEvents(text, "2025-12-20", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("leaves the call's own talk nouns to the call", () => {
    expect(describeEvents("Putin and Kim Jong Un held a telephone conversation on August 12 and discussed the talks in Beijing.", "2025-12-20", "meeting")).toEqual([]);
  });
});

describe("a guest's visit implied by a meeting a review of the year reports", () => {
  const lead = "Few years have seen as many contacts as 2025.\n\n";

  it("is read from a main-clause meeting in the host's city on a day written without its year", () => {
    expect(describeEvents(`${lead}Sergei Shoigu met Kim Jong Un in Pyongyang on June 4 to settle the dispatch of engineers.`, "2025-12-22", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang (implied)"]);
  });

  it("is read from a head of state receiving the guest, at home when no city is named", () => {
    expect(describeEvents(`${lead}On October 9, on the eve of the party's anniversary, Kim Jong Un received Sergey Lavrov.`, "2025-12-22", "visit")).toEqual(["2025-10-09/day Sergey Lavrov North Korea (implied)"]);
    expect(describeEvents(`${lead}On October 9 Sergey Lavrov met Kim Jong Un.`, "2025-12-22", "visit")).toEqual([]);
  });

  it("is not read from a recalled meeting: a relative clause, 'first', or a date with its own year", () => {
    expect(describeEvents(`${lead}Kim Jong Un, who received Sergey Lavrov on October 9, spoke of friendship.`, "2025-12-22", "visit")).toEqual([]);
    expect(describeEvents(`${lead}Sergei Shoigu, who last met Kim Jong Un in Pyongyang on June 4, is now in Beijing.`, "2025-12-22", "visit")).toEqual([]);
    expect(describeEvents(`${lead}Sergei Shoigu first met Kim Jong Un in Pyongyang on June 4.`, "2025-12-22", "visit")).toEqual([]);
    expect(describeEvents(`${lead}Sergei Shoigu met Kim Jong Un in Pyongyang on June 4, 2024 to settle the dispatch of engineers.`, "2025-12-22", "visit")).toEqual([]);
  });
});

describe("a summit of last week in the host's city", () => {
  it("implies the guest's visit at the month's precision", () => {
    expect(describeEvents("The summit between Vladimir Putin and Kim Jong Un in Vladivostok last week gave Moscow a direct line to Pyongyang.", "2019-05-02", "visit")).toEqual(["2019-04-01/month Kim Jong Un Vladivostok (implied)"]);
  });

  it("implies nothing for a summit of last month, nor for a treaty signed last week", () => {
    expect(describeEvents("The summit between Vladimir Putin and Kim Jong Un in Vladivostok last month gave Moscow a direct line to Pyongyang.", "2019-05-20", "visit")).toEqual([]);
    expect(describeEvents("The treaty that Vladimir Putin and Kim Jong Un signed in Pyongyang last week was published on Thursday.", "2024-06-27", "visit")).toEqual([]);
  });
});

describe("'leading the delegation to' a celebration", () => {
  it("is a visit like 'led', dated by its clause", () => {
    expect(describeEvents("Russia and North Korea grew closer.\n\nShoigu last came in July 2023 as defence minister, leading the Russian delegation to the 70th anniversary of the Korean War armistice.", "2024-09-16", "visit")).toEqual(["2023-07-01/month Sergei Shoigu North Korea"]);
  });

  it("goes nowhere when the celebration names no host", () => {
    expect(describeEvents("Russia and North Korea grew closer.\n\nShoigu spoke in July 2023 as defence minister, leading the Russian delegation to the party congress.", "2024-09-16", "visit")).toEqual([]);
  });
});

describe("a leader's signature in a sentence about ratification", () => {
  const ratifications = (text: string) => describeWith(text, "2025-01-10", "ratification", { sortNames: true, actor: true });

  it("is that leader's ratification on the signature's day, beside the chamber's vote", () => {
    expect(ratifications("The ratification moved quickly (a Duma vote in October, Putin's signature on November 9), and Kim Jong Un matched it with a decree on November 11.")).toEqual(["2024-10-01/month ;State Duma null", "2024-11-09/day Vladimir Putin null", "2024-11-11/day Kim Jong Un null"]);
  });

  it("is nothing outside a ratification, nor for someone who is no head of state", () => {
    expect(ratifications("Putin's signature on November 9 sealed a deal on grain exports.")).toEqual([]);
    expect(ratifications("The ratification moved quickly, and Peskov's signature on November 9 was on the press release.")).toEqual([]);
  });
});

describe("'the signing of the treaty' as a noun", () => {
  it("is a signing dated by the phrase written with it, by the leaders of the visit told beside it", () => {
    const text = "Russia and North Korea became allies in 2024.\n\nIn between came Putin's state visit to Pyongyang on June 19, the signing of the treaty that same day, and a stream of officials.";
    expect(describeEvents(text, "2025-01-10", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("takes no date from outside its phrase ('the anniversary of the signing'), and 'a sign of' is no signing", () => {
    expect(describeEvents("PYONGYANG, June 19 (Wire) -- Today marks the anniversary of the signing of the treaty between Kim Jong Un and Vladimir Putin.", "2025-06-19", "agreement")).toEqual([]);
    // (rules-33b: a counted anniversary dates the signing that many years back, not on the day that marks it.)
    expect(describeEvents("PYONGYANG, June 19 (Wire) -- Today marks the first anniversary of the signing of the treaty between Kim Jong Un and Vladimir Putin.", "2025-06-19", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
    expect(describeEvents("Russia and North Korea became allies in 2024.\n\nPutin and Kim Jong Un met in Pyongyang on June 19 in a sign of trust about the treaty.", "2025-01-10", "agreement")).toEqual([]);
  });
});

describe("'took him round' an exhibition", () => {
  const lead = "Sergei Shoigu came to Pyongyang in July 2023. ";

  it("resolves 'him' as the guest shown round: a meeting with the host", () => {
    expect(describeEvents(`${lead}During that trip Kim Jong Un personally took him round an exhibition of new weapons.`, "2024-09-16", "meeting")).toEqual(["2023-07-01/month Kim Jong Un+Sergei Shoigu null"]);
  });

  it("is no meeting when he is only taken somewhere", () => {
    expect(describeEvents(`${lead}During that trip Kim Jong Un personally took him to an exhibition of new weapons.`, "2024-09-16", "meeting")).toEqual([]);
  });
});
