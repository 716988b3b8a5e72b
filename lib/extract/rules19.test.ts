/**
 * rules-19: background mentions that took the wrong people or place, from blind reports of a foreign minister's and a
 * security chief's trips. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a document's participle after its name", () => {
  it("makes no signatory of the speaker: 'the Joint Declaration adopted in June 2018' is the leaders' of that date", () => {
    const text = "Choe Son Hui met Sergey Lavrov on Thursday. She noted that the spirit of the DPRK-Russia Joint Declaration adopted in June 2018 lives on.";
    expect(describeEvents(text, "2023-10-20", "agreement")).toEqual(["2018-06-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("still reads the signatories named after 'by'", () => {
    const text = "Choe Son Hui met Sergey Lavrov on Thursday. She praised the Joint Declaration adopted in June 2021 by Sergey Lavrov and Ri Son Gwon.";
    expect(describeEvents(text, "2023-10-20", "agreement")).toEqual(["2021-06-01/month Ri Son Gwon+Sergey Lavrov null"]);
  });

  it("leaves an active verb's subject as its party: 'Ri and Lavrov concluded the agreement'", () => {
    const text = "Ri Son Gwon and Sergey Lavrov concluded the visa agreement in Moscow in June 2021.";
    expect(describeEvents(text, "2023-10-20", "agreement")).toEqual(["2021-06-01/month Ri Son Gwon+Sergey Lavrov Moscow"]);
  });
});

describe("an undated recalled meeting and the lead's meeting", () => {
  it("does not place the lead's meeting, told under a Pyongyang dateline, at a summit site in Russia recalled later", () => {
    const text = "Pyongyang, May 5 (Chollima) -- Kim Jong Un received Sergey Lavrov on May 4.\n\nRecalling the summit talks at the Vostochny Cosmodrome, he said ties had entered a new era.";
    expect(describeEvents(text, "2024-05-05", "meeting")).toEqual(["2024-05-04/day Kim Jong Un+Sergey Lavrov null"]);
    expect(describeEvents(text, "2024-05-05", "visit").filter((x) => x.includes("Kim Jong Un"))).toEqual([]);
  });

  it("still joins an undated retelling placed in the dateline's country", () => {
    const text = "Pyongyang, May 5 (Chollima) -- Kim Jong Un received Sergey Lavrov on May 4.\n\nThe talks in Pyongyang were held in a warm atmosphere, Kim said of his talks with Lavrov.";
    expect(describeEvents(text, "2024-05-05", "meeting")).toEqual(["2024-05-04/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("a sentence opening with a pronoun and telling no event", () => {
  it("keeps the previous subject: a name later in it does not become the next 'he'", () => {
    const text = "Who is Shoigu? He served as defence minister until 2024, when Vladimir Putin moved him to the Security Council. He is close to Putin. He flew to Pyongyang in July 2023.";
    expect(describeEvents(text, "2025-03-23", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("still lets a sentence opening with a name set the subject", () => {
    const text = "Who is Shoigu? Vladimir Putin moved him to the Security Council in 2024. Putin values him. He flew to Pyongyang in June 2024.";
    expect(describeEvents(text, "2025-03-23", "visit")).toEqual(["2024-06-01/month Vladimir Putin Pyongyang"]);
  });
});

describe("a timeline entry's opening date", () => {
  it("dates a clause after the entry's semicolon that has no date of its own", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Friday and met Kim Jong Un.\n\nTIMELINE\n\nSept. 13, 2024 — Shoigu, by then Security Council secretary, in Pyongyang; Kim Jong Un receives him.";
    expect(describeEvents(text, "2025-03-24", "meeting")).toContain("2024-09-13/day Kim Jong Un+Sergei Shoigu null");
  });

  it("leaves a clause with a date of its own to that date", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Friday and met Kim Jong Un.\n\nTIMELINE\n\nSept. 12, 2024 — Shoigu lands in Pyongyang; on Sept. 13 Kim Jong Un receives him.";
    expect(describeEvents(text, "2025-03-24", "meeting")).toContain("2024-09-13/day Kim Jong Un+Sergei Shoigu null");
    expect(describeEvents(text, "2025-03-24", "meeting").filter((x) => x.startsWith("2024-09-12"))).toEqual([]);
  });
});

describe("a count of trips and a list of as many dates after its colon", () => {
  it("makes each listed date a trip, whatever date the verb took from an opening phrase", () => {
    const text = "Sergei Shoigu was in Pyongyang last week. Counting last week, Shoigu has now been to Pyongyang three times in two years: July 2023, September 2024 and March 2025.";
    expect(describeEvents(text, "2025-03-26", "visit").sort()).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang", "2024-09-01/month Sergei Shoigu Pyongyang", "2025-03-01/month Sergei Shoigu Pyongyang"]);
  });

  it("reads no list whose dates do not add up to the count", () => {
    const text = "Sergei Shoigu was in Pyongyang last week. Counting last week, Shoigu has now been to Pyongyang three times in two years: July 2023 and March 2025.";
    expect(describeEvents(text, "2025-03-26", "visit")).toEqual(["2025-03-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("'returned' followed by a time", () => {
  it("is a return to the place of the traveller's other trips", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Friday. He first went to Pyongyang in July 2023, and he returned in September last year.";
    expect(describeEvents(text, "2025-03-23", "visit")).toContain("2024-09-01/month Sergei Shoigu Pyongyang");
  });

  it("is no trip when it goes home or comes from elsewhere", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Friday. He first went to Pyongyang in July 2023, and he returned home in September last year.";
    expect(describeEvents(text, "2025-03-23", "visit").filter((x) => x.startsWith("2024-09"))).toEqual([]);
    const from = "Sergei Shoigu flew to Pyongyang on Friday. He first went to Pyongyang in July 2023, and he returned from Beijing in May 2024.";
    expect(describeEvents(from, "2025-03-23", "visit").filter((x) => x.startsWith("2024"))).toEqual([]);
  });
});

describe("'returned' with a place in its own clause", () => {
  it("goes to that place, not to the place of the earlier trip", () => {
    const text = "Kim Jong Un travelled to Vladivostok by train in April 2019. He returned in September 2023 for talks at the Vostochny Cosmodrome.";
    expect(describeEvents(text, "2023-10-01", "visit")).toContain("2023-09-01/month Kim Jong Un Vostochny Cosmodrome");
    expect(describeEvents(text, "2023-10-01", "visit")).not.toContain("2023-09-01/month Kim Jong Un Vladivostok");
  });
});

describe("a pronoun after 'during which'", () => {
  it("is the person just named before it", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Wednesday. The visit follows Kim Jong Un's trip to Russia in September, during which he met Vladimir Putin in Vladivostok on 13 September.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("passes over a person of the other gender", () => {
    const text = "Choe Son Hui landed in Moscow on Wednesday. The visit follows Kim Jong Un's trip to Russia in September, during which she met Sergey Lavrov in Moscow on 13 September.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toEqual(["2023-09-13/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("a date opening the sentence before its comma", () => {
  it("dates a clause after a semicolon with no date of its own", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Wednesday.\n\nIn July, Sergei Shoigu was in Pyongyang; Kim Jong Un showed him round an arms exhibition.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toContain("2023-07-01/month Kim Jong Un+Sergei Shoigu null");
  });

  it("leaves a date in the later clause to that clause", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Wednesday.\n\nIn July, Sergei Shoigu was in Pyongyang; on July 26 Kim Jong Un showed him round an arms exhibition.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toContain("2023-07-26/day Kim Jong Un+Sergei Shoigu null");
  });
});

describe("a place-and-date phrase set off after a meeting noun and its parties", () => {
  it("dates the noun: 'the second summit between Kim and Putin, at Vladivostok on September 13, where ...'", () => {
    const text = "Sergei Shoigu met Kim Jong Un in July. Two months later came the second summit between Kim Jong Un and Vladimir Putin, at Vladivostok on September 13, where Putin spoke of satellites.";
    expect(describeEvents(text, "2023-10-23", "meeting")).toContain("2023-09-13/day Kim Jong Un+Vladimir Putin Vladivostok");
  });

  it("takes no date from beyond the phrase's closing comma", () => {
    const text = "Sergei Shoigu met Kim Jong Un in July. Two months later came the second summit between Kim Jong Un and Vladimir Putin, at Vladivostok, where Putin spoke on September 13 of satellites.";
    expect(describeEvents(text, "2023-10-23", "meeting").filter((x) => x.startsWith("2023-09-13"))).toEqual([]);
  });
});
