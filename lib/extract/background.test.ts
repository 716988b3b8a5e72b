/**
 * Background mentions that retrospective and follow-up wire copy uses, which rules-9 reads: a meeting told through
 * the agreements it reached, a summit recalled with its place and date in commas (and "The second, at ..." for the
 * next one), meetings told as an audience, a dialogue launched, a host showing a guest round, talks "held in" a place
 * after "X told Y", and a delegation led to an anniversary abroad. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a meeting told through the agreements it reached", () => {
  it("reads the leaders' meeting from 'agreements reached by the leaders' with a place and a date", () => {
    const text = "MOSCOW, March 3 (Wire) — Sergey Lavrov held talks with Choe Son Hui in Moscow on Monday on carrying out the agreements reached by the two countries' leaders in Pyongyang in June last year.";
    expect(describeEvents(text, "2025-03-03", "meeting")).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow", "2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("takes 'at the highest level' for the leaders and a day when one is given", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Pyongyang on October 19.\n\nThe ministers reviewed the understandings reached at the highest level at Vostochny Cosmodrome on September 13.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang", "2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("takes the parties named after 'reached', even when the clause plans to implement them", () => {
    const text = "The two sides agreed to implement the agreements reached by Sergey Lavrov and Choe Son Hui in Moscow in November.";
    expect(describeEvents(text, "2025-01-20", "meeting")).toEqual(["2024-11-01/month Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("reads nothing without a place, without a date, or without the leaders or parties", () => {
    expect(describeEvents("Kim said ties would deepen in the spirit of the agreements reached by the two leaders in September.", "2023-10-20", "meeting")).toEqual([]);
    expect(describeEvents("Kim said ties would deepen in the spirit of the agreements reached by the two leaders in Vladivostok.", "2023-10-20", "meeting")).toEqual([]);
    expect(describeEvents("Officials praised the agreements reached in Moscow in November on trade.", "2025-01-20", "meeting")).toEqual([]);
  });
});

describe("a summit recalled with its place and date in commas", () => {
  it("dates the noun from the phrase in commas and reads the compound of surnames as its parties", () => {
    const text = "Vladimir Putin and Kim Jong Un met in Beijing on Wednesday.\n\nThe previous Putin-Kim meeting, in Pyongyang in June last year, raised their ties to an alliance.";
    expect(describeEvents(text, "2025-09-04", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing", "2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("reads 'The second, at ...' and 'The third, in ...' as the previous sentence's summit, each with its own date", () => {
    const text = "Each meeting of Putin and Kim Jong Un has gone further.\n\nThe first Kim–Putin summit, in Vladivostok in April 2019, produced nothing on paper. " +
      "The second, at Vostochny Cosmodrome in September 2023, produced invitations. The third, in Pyongyang on June 19, produced a treaty.";
    expect(describeEvents(text, "2024-07-02", "meeting")).toEqual([
      "2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok",
      "2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome",
      "2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang",
    ]);
  });

  it("reads no ordinal after a sentence without a meeting noun, and no date from a reporting phrase in commas", () => {
    expect(describeEvents("Kim Jong Un has sent Putin two letters.\n\nThe second, in Pyongyang on June 19, was warmer.", "2024-07-02", "meeting")).toEqual([]);
    expect(describeEvents("The summit, in a statement on Friday, was called a success by Putin and Kim Jong Un.", "2025-07-02", "meeting")).toEqual([]);
  });
});

describe("meetings told through other nouns and verbs", () => {
  it("gives an audience the parties of the meeting told before it in the sentence", () => {
    const text = "MOSCOW, Nov. 4 (Wire) — Vladimir Putin received Choe Son Hui in the Kremlin on Monday.\n\nIt was her second Kremlin meeting with Putin this year, after an audience in January.";
    expect(describeEvents(text, "2024-11-04", "meeting")).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin Moscow", "2024-01-01/month Choe Son Hui+Vladimir Putin null"]);
  });

  it("reads a dialogue launched in a clause after the noun", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui in Wonsan on Saturday.\n\nThe talks were the second round of a strategic dialogue the two ministers launched in Moscow in November.";
    expect(describeEvents(text, "2025-07-12", "meeting")).toContain("2024-11-01/month Choe Son Hui+Sergey Lavrov Moscow");
  });

  it("takes a host showing a guest round for a meeting, and footage showing someone for none", () => {
    expect(describeEvents("Sergei Shoigu showed Kim Jong Un the strategic bombers at an airfield near Vladivostok on Saturday.", "2023-09-17", "meeting")).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
    expect(describeEvents("Kim Jong Un met Sergei Shoigu on Wednesday.\n\nOn Thursday Kim personally guided him around an exhibition of new weapons in Pyongyang.", "2023-07-28", "meeting")).toContain("2023-07-27/day Kim Jong Un+Sergei Shoigu Pyongyang");
    expect(describeEvents("Russian television footage showed Kim Jong Un at a tank factory in Pyongyang on Friday.", "2025-03-10", "meeting")).toEqual([]);
    expect(describeEvents("Kim Jong Un arrived in Vladivostok on Friday.\n\nOn Saturday Sergei Shoigu walked him past the bombers at an airfield near Vladivostok.", "2023-09-18", "meeting")).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });

  it("reads the speaker and the addressee of 'told' as the parties of the talks that frame it, on the day of the telling", () => {
    const text = "Choe Son Hui told Sergey Lavrov on Friday that North Korea stood with Russia, in talks held in Moscow as the war went on.";
    expect(describeEvents(text, "2024-11-03", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("a delegation led to a celebration abroad", () => {
  it("sends a delegation led to an anniversary with no place to the other country of the pair", () => {
    const text = "Russia and North Korea grew closer in 2025.\n\nRussian President Vladimir Putin and North Korean leader Kim Jong Un met in Beijing on September 3, and in October Sergey Lavrov led a party delegation to the Workers' Party's 80th anniversary.";
    expect(describeEvents(text, "2025-12-15", "visit")).toEqual(["2025-10-01/month Sergey Lavrov North Korea"]);
  });

  it("sends it to the third country a celebration is named after, not to the pair", () => {
    const text = "Russia and North Korea grew closer in 2025.\n\nRussian President Vladimir Putin received North Korean Foreign Minister Choe Son Hui in Moscow on August 12.\n\nIn September Sergey Lavrov led a delegation to the anniversary of China's victory.";
    expect(describeEvents(text, "2025-12-15", "visit")).toEqual(["2025-08-12/day Choe Son Hui Moscow", "2025-09-01/month Sergey Lavrov China"]);
  });
});

describe("the ministers", () => {
  it("reads 'between the ministers' and 'which the ministers opened' as the pair of ministers named before", () => {
    const text = "MOSCOW, October 27 (Wire) — Sergey Lavrov and Choe Son Hui have started talks in Moscow.\n\nThe previous round of talks between the ministers took place in Wonsan in July. " +
      "It was the second session of a dialogue which the ministers opened in Moscow last November.";
    expect(describeEvents(text, "2025-10-27", "meeting")).toEqual([
      "2025-10-27/day Choe Son Hui+Sergey Lavrov Moscow",
      "2025-07-01/month Choe Son Hui+Sergey Lavrov Wonsan",
      "2024-11-01/month Choe Son Hui+Sergey Lavrov Moscow",
    ]);
  });
});

describe("a negated subject", () => {
  it("reads no meeting from 'No Russian leader has met a North Korean leader since 2011'", () => {
    const text = "MOSCOW, April 20 (Wire) — Kim Jong Un is expected in Vladivostok next week. No Russian leader has met a North Korean leader since 2011.";
    expect(describeEvents(text, "2019-04-20", "meeting")).toEqual([]);
  });
});
