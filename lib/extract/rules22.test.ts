/**
 * rules-22: multi-report precision (round I) — background told around the news: a day written before "this year", a
 * namesake introduced by another given name, a participle's arrival, a date counted by "months after", a month that
 * modifies another noun, a present perfect's clause, a season. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'3 August this year'", () => {
  it("is a day, so 'the following day' counts on from it", () => {
    expect(describeEvents("On 3 August this year, Sergei Shoigu arrived in Pyongyang for a parade.", "2023-10-10", "visit")).toEqual(["2023-08-03/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'August this year' stays a month", () => {
    expect(describeEvents("In August this year, Sergei Shoigu arrived in Pyongyang for a parade.", "2023-10-10", "visit")).toEqual(["2023-08-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("a bare surname the article gave to a namesake", () => {
  it("is the namesake, not the registered person", () => {
    const text = "Pavel Belousov, a banker from Kazan, led a trade mission to Pyongyang in 2005.\n\nThe accord signed by Belousov nearly twenty years ago still stands.";
    expect(describeEvents(text, "2024-11-20", "agreement")).toEqual([]);
  });

  it("near miss: with no namesake in the article, the surname is the registered person", () => {
    expect(describeEvents("The accord signed by Belousov nearly twenty years ago still stands.", "2024-11-20", "agreement")).toEqual(["2005-01-01/year Andrei Belousov null"]);
  });
});

describe("'having arrived' with no place of its own", () => {
  const story = "Sergey Lavrov flew into Pyongyang on Monday.\n\nIn Pyongyang the talks went well.";

  it("arrived where the verb it hangs on happened, not in the story's city", () => {
    const text = `${story} Kim Jong Un first met Vladimir Putin at a university campus in Vladivostok on 25 April 2019, having arrived by train the day before.`;
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual(["2023-10-16/day Sergey Lavrov Pyongyang", "2019-04-24/day Kim Jong Un Vladivostok"]);
  });

  it("near miss: a pluperfect arrival of the story's traveller is still in the story's city", () => {
    const text = `${story} Kim Jong Un met Lavrov at the Kumsusan palace. Lavrov had arrived the day before.`;
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual(["2023-10-15/day Sergey Lavrov Pyongyang"]);
  });
});

describe("'N months after' the event that follows", () => {
  it("dates that event, not the trip told before it", () => {
    const text = "PYONGYANG, Sept. 20 -- Sergei Shoigu arrived in Pyongyang on Friday.\n\nShoigu's visit takes place three months after the talks between Putin and Kim Jong Un in Pyongyang on 19 June.";
    expect(describeEvents(text, "2024-09-20", "visit")).toEqual(["2024-09-20/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a day of the trip's own before the offset still dates it", () => {
    const text = "Shoigu arrived in Pyongyang on Tuesday, three months after the summit between Putin and Kim Jong Un.";
    expect(describeEvents(text, "2024-09-20", "visit")).toEqual(["2024-09-17/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a month written before another event noun ('the June summit')", () => {
  const lead = "PYONGYANG, Oct. 20 -- Sergey Lavrov arrived in Pyongyang on Sunday.\n\n";

  it("dates that noun only, not a visit named earlier in the sentence", () => {
    expect(describeEvents(`${lead}Analysts said the Lavrov visit keeps up the momentum of the June summit.`, "2024-10-20", "visit")).toEqual(["2024-10-20/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a month written before the visit itself dates the visit", () => {
    expect(describeEvents(`${lead}Analysts said Lavrov's June visit kept up the momentum of the summit.`, "2024-10-20", "visit")).toEqual(["2024-10-20/day Sergey Lavrov Pyongyang", "2024-06-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a present perfect ('has received')", () => {
  it("takes no past date from a clause opened after its comma", () => {
    const text = "Kim Jong Un has personally received Sergey Lavrov, a sign that the partnership they sealed last month still holds.";
    expect(describeEvents(text, "2024-10-20", "meeting")).toEqual(["2024-10-01/month Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a date set off alone after the comma still dates it", () => {
    expect(describeEvents("Kim Jong Un has received Sergey Lavrov only once, in 2019.", "2024-10-20", "meeting")).toEqual(["2019-01-01/year Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a season ('in the spring')", () => {
  it("is no time of the report: the undated trip it tells is left out", () => {
    expect(describeEvents("Earlier, in the spring, Sergei Shoigu attended a concert in Pyongyang.", "2024-10-20", "visit")).toEqual([]);
  });

  it("near miss: a month is a date", () => {
    expect(describeEvents("Earlier, in April, Sergei Shoigu attended a concert in Pyongyang.", "2024-10-20", "visit")).toEqual(["2024-04-01/month Sergei Shoigu Pyongyang"]);
  });

  it("frames the undated sentence after it too", () => {
    const text = "MOSCOW, Oct. 20 -- Choe Son Hui arrived in Moscow on Sunday.\n\nLavrov and Choe last met in the summer in Pyongyang. Lavrov was then also received by Kim Jong Un.";
    expect(describeEvents(text, "2024-10-20", "meeting")).toEqual([]);
  });

  it("near miss: after a month, the undated sentence takes that month", () => {
    const text = "MOSCOW, Oct. 20 -- Choe Son Hui arrived in Moscow on Sunday.\n\nLavrov and Choe last met in July in Pyongyang. Lavrov was then also received by Kim Jong Un.";
    expect(describeEvents(text, "2024-10-20", "meeting")).toEqual(["2024-07-01/month Choe Son Hui+Sergey Lavrov Pyongyang", "2024-07-01/month Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a meeting 'on a previous visit'", () => {
  const lead = "MOSCOW, Oct. 28 -- Choe Son Hui held talks with Sergey Lavrov on Monday.\n\nNo one said whether she would see the president.";

  it("is an earlier occasion, not the report's news", () => {
    expect(describeEvents(`${lead} She was received by Putin at the Kremlin on an earlier trip, and some had expected the same.`, "2025-10-28", "meeting")).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: without the earlier occasion, the undated reception is the report's news", () => {
    expect(describeEvents(`${lead} She was received by Putin at the Kremlin, and some had expected the same.`, "2025-10-28", "meeting")).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null", "2025-10-28/day Choe Son Hui+Vladimir Putin Moscow"]);
  });
});
