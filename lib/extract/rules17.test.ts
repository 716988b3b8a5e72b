/**
 * rules-17: the sentences of six outlets' reports of a ministerial commission trip and of a foreign minister's
 * trip. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

// Paragraphs enough that a dated line below them is no dateline.
const OPENING = "The analysis opens here.\n\nIt goes on.\n\nAnd on.\n\nAnd on again.\n\n";

describe("a timeline entry set off by an em dash", () => {
  it("dates the entry's clause by the day before its dash", () => {
    const text = `${OPENING}KEY DATES\nMarch 3, 2024 — Sergei Shoigu flies to Pyongyang to see Kim Jong Un.\nMay 9, 2024 — Putin and Kim Jong Un hold talks in Vladivostok.`;
    expect(describeEvents(text, "2024-08-01", "visit")).toEqual(["2024-03-03/day Sergei Shoigu Pyongyang"]);
    expect(describeEvents(text, "2024-08-01", "meeting")).toEqual(["2024-05-09/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("keeps a dash after more than a date a clause boundary", () => {
    const text = `${OPENING}On March 3 the talks were called off — Sergei Shoigu flew to Pyongyang on March 5 instead.`;
    expect(describeEvents(text, "2024-08-01", "visit")).toEqual(["2024-03-05/day Sergei Shoigu Pyongyang"]);
  });
});

describe("'their' right after an unnamed group of leaders", () => {
  it("is the group's, not the ministers' the text was about", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on 16 January. They reviewed the accords reached by the leaders of the two countries at their meeting in Vladivostok on 25 April 2019.";
    expect(describeEvents(text, "2024-01-17", "meeting")).toEqual([
      "2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow",
      "2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok",
    ]);
  });

  it("is still the two people told before when no such group stands before it", () => {
    const text = "Sergey Lavrov and Choe Son Hui held talks in Moscow on 16 January. They recalled their meeting in Pyongyang on 19 October 2023.";
    expect(describeEvents(text, "2024-01-17", "meeting")).toEqual([
      "2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow",
      "2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang",
    ]);
  });
});

describe("other people's trips told just before", () => {
  const opening = "Filler line.\n\nWhen Andrei Belousov landed in Pyongyang last Tuesday, he came with a new brief. ";
  it("set no month for a new subject's undated trip, which is the story's own", () => {
    const text = `${opening}Sergei Shoigu came in July for a parade; Sergey Lavrov came in October for talks. Belousov came to talk about shells.`;
    // ("last Tuesday" written on a Wednesday is the Tuesday a week before, rules-33d.)
    expect(describeEvents(text, "2024-11-20", "visit")).toEqual(["2024-11-12/day Andrei Belousov Pyongyang"]);
  });

  it("still set the month when the subject joins them ('too')", () => {
    const text = `Filler line.\n\nSergei Shoigu flew to Pyongyang in July for the parade. Sergey Lavrov flew to Pyongyang too, for talks.`;
    expect(describeEvents(text, "2024-11-20", "visit")).toEqual(["2024-07-01/month Sergei Shoigu Pyongyang", "2024-07-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a greeting on a platform or at a border station", () => {
  it("is a welcome, no meeting, even after a long title or the guest's train", () => {
    const text = "Filler line.\n\nSergei Shoigu was the man who greeted Kim Jong Un's motorcade at the Khasan border station when the leader drove into Russia in September.";
    expect(describeEvents(text, "2023-11-20", "meeting")).toEqual([]);
    const caption = "Filler line.\n\nFILE — Sergei Shoigu, left, greets North Korean leader Kim Jong Un on the platform at Khasan, Sept. 12, 2023.";
    expect(describeEvents(caption, "2023-11-20", "meeting")).toEqual([]);
  });

  it("is still a meeting when it is held elsewhere", () => {
    const text = "Filler line.\n\nSergei Shoigu greeted Kim Jong Un at the Kremlin on 12 September 2023.";
    expect(describeEvents(text, "2023-11-20", "meeting")).toEqual(["2023-09-12/day Kim Jong Un+Sergei Shoigu Moscow"]);
  });
});

describe("a session told without its people", () => {
  it("is held by the heads of the two sides named just after it", () => {
    const text = "Filler line.\n\nThe fifth session of the joint commission was held in Moscow on 1 November. The Russian side of the commission is chaired by the Minister of Foreign Affairs, Sergey Lavrov, and the Korean side by Choe Son Hui.";
    expect(describeEvents(text, "2024-11-03", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("takes nobody from a sentence that does not say they headed it, or names people of one side", () => {
    const text = "Filler line.\n\nThe fifth session of the joint commission was held in Moscow on 1 November. Sergey Lavrov later praised Choe Son Hui for her patience.";
    expect(describeEvents(text, "2024-11-03", "meeting")).toEqual([]);
    const oneSide = "Filler line.\n\nThe fifth session of the joint commission was held in Moscow on 1 November. The Russian side was headed by Sergey Lavrov and Sergei Shoigu.";
    expect(describeEvents(oneSide, "2024-11-03", "meeting")).toEqual([]);
  });
});

describe("a document signed in a relative clause whose subject has an appositive", () => {
  it("is the signing of the document named before 'that'", () => {
    const text = "Filler line.\n\nThe talks ended with a memorandum that Sergey Lavrov and his counterpart, Foreign Minister Choe Son Hui, signed on 1 November.";
    expect(describeEvents(text, "2024-11-03", "agreement")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("is no signing of a thing that is no document", () => {
    const text = "Filler line.\n\nThe talks ended with a photograph that Sergey Lavrov and his counterpart, Foreign Minister Choe Son Hui, signed on 1 November.";
    expect(describeEvents(text, "2024-11-03", "agreement")).toEqual([]);
  });
});

describe("a meeting noun with 'held' set off by commas", () => {
  it("is the meeting held on that day", () => {
    const text = "Filler line.\n\nThe session, held in Moscow on 1 November, brought Sergey Lavrov and Choe Son Hui together for five hours.";
    expect(describeEvents(text, "2024-11-03", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("is no meeting for 'held up' or another noun", () => {
    expect(describeEvents("Filler line.\n\nThe summit, held up by weeks of haggling between Sergey Lavrov and Choe Son Hui, is still undated.", "2024-11-03", "meeting")).toEqual([]);
    expect(describeEvents("Filler line.\n\nThe record, held in Moscow on 1 November by Sergey Lavrov and Choe Son Hui, was broken.", "2024-11-03", "meeting")).toEqual([]);
  });
});

describe("a day spent in talks", () => {
  it("dates the talks with the person named after them", () => {
    const text = "Filler line.\n\nChoe Son Hui reached Moscow on Sunday and spent Monday in talks with Sergey Lavrov.";
    expect(describeEvents(text, "2025-10-29", "meeting")).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("is no one meeting for a long stretch spent in talks", () => {
    expect(describeEvents("Filler line.\n\nChoe Son Hui spent years in talks with Sergey Lavrov.", "2025-10-29", "meeting")).toEqual([]);
    expect(describeEvents("Filler line.\n\nChoe Son Hui spent three days in talks with Sergey Lavrov.", "2025-10-29", "meeting")).toEqual([]);
  });
});

describe("a possessive pronoun opening a clause after ', and'", () => {
  it("owns the meeting noun as its subject", () => {
    const text = "Filler line.\n\nChoe Son Hui reached Moscow on Sunday, and her talks with Sergey Lavrov the next day were long.";
    expect(describeEvents(text, "2025-10-29", "meeting")).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("is no party of a noun that only times the clause ('a day before her talks')", () => {
    const text = "Filler line.\n\nChoe Son Hui reached Moscow on Sunday, a day before her talks with Sergey Lavrov.";
    expect(describeEvents(text, "2025-10-29", "meeting")).toEqual([]);
  });
});

describe("talks and a phone call in two clauses of one sentence", () => {
  it("are a meeting and a call", () => {
    const text = "Filler line.\n\nKim Jong Un and Putin held talks in Beijing on Sept. 3, and spoke by phone in August.";
    expect(describeEvents(text, "2025-10-29", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
    expect(describeEvents(text, "2025-10-29", "call")).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("are one call when the talks are the call's noun", () => {
    const text = "Filler line.\n\nKim Jong Un and Putin spoke by phone on August 12, and the talks lasted an hour.";
    expect(describeEvents(text, "2025-10-29", "meeting")).toEqual([]);
    expect(describeEvents(text, "2025-10-29", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'the visit of' a titled traveller", () => {
  it("reads the name after a title chain, not the title's country, as the traveller and dates the trip", () => {
    const text = "Filler line.\n\nHe said the contacts, including the visit of the Minister of Defence of the Russian Federation Andrei Belousov to Pyongyang on 29–30 November, had helped.";
    expect(describeEvents(text, "2024-12-10", "visit")).toEqual(["2024-11-29/day Andrei Belousov Pyongyang"]);
  });

  it("takes no traveller named later in another clause", () => {
    const text = "Filler line.\n\nThe visit of the delegation to Pyongyang on 29 November, which Andrei Belousov praised, had helped.";
    expect(describeEvents(text, "2024-12-10", "visit")).toEqual([]);
  });
});

describe("a timeline entry with no verb", () => {
  it("tells a titled person's stay in the place after 'in', over a span of days too", () => {
    const text = `${OPENING}MILESTONES\nMarch 3, 2024 — Sergei Shoigu flies to Pyongyang.\nNov. 29–30, 2024 — Defence Minister Andrei Belousov in Pyongyang.`;
    expect(describeEvents(text, "2024-12-10", "visit")).toEqual(["2024-03-03/day Sergei Shoigu Pyongyang", "2024-11-29/day Andrei Belousov Pyongyang"]);
  });

  it("tells nothing outside a timeline, or with more than a name before 'in'", () => {
    expect(describeEvents(`${OPENING}Defence Minister Andrei Belousov in Pyongyang.`, "2024-12-10", "visit")).toEqual([]);
    const text = `${OPENING}MILESTONES\nMarch 3, 2024 — Sergei Shoigu flies to Pyongyang.\nNov. 29, 2024 — Interest in Andrei Belousov grows in Pyongyang.`;
    expect(describeEvents(text, "2024-12-10", "visit")).toEqual(["2024-03-03/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a total count of trips, then a list counting them by month", () => {
  it("tells each counted trip at its month", () => {
    const text = "Filler line.\n\nAndrei Belousov has been to Pyongyang three times this year: once in February and twice in May.";
    expect(describeEvents(text, "2025-10-29", "visit")).toEqual([
      "2025-02-01/month Andrei Belousov Pyongyang",
      "2025-05-01/month Andrei Belousov Pyongyang",
      "2025-05-01/month Andrei Belousov Pyongyang",
    ]);
  });

  it("tells none when the items do not add up to the total, or the list holds other things", () => {
    expect(describeEvents("Filler line.\n\nAndrei Belousov has been to Pyongyang three times this year — once in February and once in May.", "2025-10-29", "visit")).toEqual([]);
    expect(describeEvents("Filler line.\n\nAndrei Belousov has been to Pyongyang three times this year — once in February and twice since the summer.", "2025-10-29", "visit")).toEqual([]);
  });
});

describe("a framing trip noun owned by a titled name", () => {
  it("is that person's trip at the clause's date", () => {
    const text = "Filler line.\n\nThe accord was signed in Pyongyang in June 2024, during President Vladimir Putin's state visit to North Korea.";
    expect(describeEvents(text, "2025-10-27", "visit")).toEqual(["2024-06-01/month Vladimir Putin North Korea"]);
  });

  it("is no trip for another noun after the titled name", () => {
    const text = "Filler line.\n\nThe accord was praised in June 2024, during President Vladimir Putin's state address to North Korea's envoys.";
    expect(describeEvents(text, "2025-10-27", "visit")).toEqual([]);
  });
});

describe("a journey verb in a where-clause", () => {
  it("goes to the place the clause hangs on", () => {
    const text = "Filler line.\n\nSergey Lavrov and Kim Jong Un last met in July in Wonsan, where the Russian minister travelled for talks.";
    expect(describeEvents(text, "2025-10-27", "visit")).toEqual(["2025-07-01/month Sergey Lavrov Wonsan"]);
  });

  it("is no trip without the comma of a clause about the place", () => {
    const text = "Filler line.\n\nWonsan is the resort where Kim Jong Un travelled as a boy.";
    expect(describeEvents(text, "2025-10-27", "visit")).toEqual([]);
  });
});

describe("an audience with a host, its day set off by a comma", () => {
  it("is dated by the day closing the sentence and held with the host alone of his side", () => {
    const text = "Filler line.\n\nChoe Son Hui came back in October, began a new \"strategic dialogue\" with Lavrov, and was granted another audience with Putin, on November 4.";
    expect(describeEvents(text, "2025-10-28", "meeting")).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("takes no day from a comma-set phrase that goes on", () => {
    const text = "Filler line.\n\nChoe Son Hui recalled her audience with Putin, on November 4 a turning point, as warm.";
    expect(describeEvents(text, "2025-10-28", "meeting")).toEqual([]);
  });
});

describe("a named declaration adopted", () => {
  it("is the pair's leaders' signing at the date", () => {
    const text = "Filler line.\n\nRussian and North Korean officials recalled that the Russia-DPRK Joint Declaration adopted in Pyongyang in June 2024 still guides them.";
    expect(describeEvents(text, "2025-10-28", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("is no signing when a legislature adopts it", () => {
    const text = "Filler line.\n\nRussian and North Korean officials recalled that the Sochi Declaration adopted by the State Duma in June 2024 still guides them.";
    expect(describeEvents(text, "2025-10-28", "agreement")).toEqual([]);
  });
});

describe("a bare arrival in a clause that times another event", () => {
  const opening = "Filler line.\n\nPyongyang was busy. Pyongyang was calm. ";
  it("is not sent to the city the undated story names most", () => {
    const text = `${opening}\n\nXi Jinping, in South Korea this week for a forum, has said little. Choe Son Hui's trip, timed just before Xi Jinping landed, was a signal.`;
    expect(describeEvents(text, "2025-10-30", "visit")).toEqual([]);
  });

  it("still is when its traveller is a party of the main clause", () => {
    expect(describeEvents(`${opening}Kim Jong Un met Putin on Monday, shortly after Putin landed.`, "2025-10-30", "visit")).toEqual(["2025-10-27/day Vladimir Putin Pyongyang"]);
  });
});
