/**
 * rules-32d: reading dates where a wrong one is worse than none. Days counted off the report's own day in words missed
 * so far ("twenty years ago today", "a year ago this month", "the 3rd of last month", a sentence-opening "Last
 * Friday"); a year-less day that takes the year of the story around it ("The next day, 12 May", a month between two
 * sentences writing out one earlier year); and times that cannot be read, left undated ("Shortly before that",
 * "Barely three months after taking office", "when they met", a date that opens a clause of its own after a call).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("an anniversary counted in tens of years", () => {
  it("is the report's day that many years back", () => {
    const text = "Thirty years ago today, Kim Jong Un and Vladimir Putin signed a friendship treaty in Moscow.";
    expect(describeEvents(text, "2031-03-10", "agreement", { sortNames: true })).toEqual(["2001-03-10/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: tens of years ago without 'today' names the year only", () => {
    const text = "Thirty years ago, Kim Jong Un and Vladimir Putin signed a friendship treaty in Moscow.";
    expect(describeEvents(text, "2031-03-10", "agreement", { sortNames: true })).toEqual(["2001-01-01/year Kim Jong Un+Vladimir Putin Moscow"]);
  });
});

describe("years ago this month", () => {
  it("is the report's month that many years back", () => {
    const text = "Two years ago this month, Sergei Shoigu flew into Pyongyang for talks with Kim Jong Un.";
    expect(describeEvents(text, "2027-05-20", "visit")).toEqual(["2025-05-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'this month' alone is the report's month", () => {
    const text = "Earlier this month, Sergei Shoigu flew into Pyongyang for talks with Kim Jong Un.";
    expect(describeEvents(text, "2027-05-20", "visit")).toEqual(["2027-05-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("a day of last month", () => {
  it("is that day of the month before the report's", () => {
    const text = "Kim Jong Un, who entered Russia on the 12th of last month by train, reached Moscow yesterday.";
    expect(describeEvents(text, "2025-02-04", "visit")).toContain("2025-01-12/day Kim Jong Un Russia");
  });

  it("near miss: 'the 12th' with no month named is left undated", () => {
    const text = "Kim Jong Un, who entered Russia on the 12th by train, reached Moscow yesterday.";
    expect(describeEvents(text, "2025-02-04", "visit").some((d) => d.includes("-12/day"))).toBe(false);
  });
});

describe("a sentence opening 'Last Friday'", () => {
  it("written on a Friday, is the Friday a week before", () => {
    const text = "Last Friday, Sergey Lavrov made a one-day trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-13", "visit")).toEqual(["2025-06-06/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'On Friday' written on a Friday is that day", () => {
    const text = "On Friday, Sergey Lavrov made a one-day trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-13", "visit")).toEqual(["2025-06-13/day Sergey Lavrov Pyongyang"]);
  });
});

describe("'the next day' set off beside a year-less day", () => {
  it("gives that day the year of the day it counts from", () => {
    const text = "On 11 May 2021 Sergei Shoigu arrived in Pyongyang. The next day, 12 May, Kim Jong Un received him.";
    expect(describeEvents(text, "2026-03-02", "meeting", { sortNames: true })).toEqual(["2021-05-12/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a day that does not fall on the counted one keeps its own reading", () => {
    const text = "On 11 May 2021 Sergei Shoigu arrived in Pyongyang. The next day, 20 May, Kim Jong Un received him.";
    expect(describeEvents(text, "2026-03-02", "meeting").some((d) => d.startsWith("2021-05-12"))).toBe(false);
  });
});

describe("a sentence opening 'Barely N months after' something undated", () => {
  it("counts from a time not given, so it dates nothing", () => {
    const text = "Barely three months after taking office, Sergei Shoigu was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2026-03-02", "visit")).toEqual([]);
  });

  it("near miss: with a day of its own the sentence keeps that day", () => {
    const text = "Barely three months after taking office, Sergei Shoigu was back in Pyongyang on 13 September 2024.";
    expect(describeEvents(text, "2026-03-20", "visit")).toEqual(["2024-09-13/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a hedge set off by commas in a future clause", () => {
  it("leaves its month in the future", () => {
    const text = "Sergei Shoigu was in Pyongyang in late July, where Kim Jong Un showed him drones, and officials say a minister is expected to go there, possibly as early as October.";
    expect(describeEvents(text, "2023-09-18", "meeting", { sortNames: true })).toEqual(["2023-07-01/month Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a month in a past clause after the same hedge stays past", () => {
    const text = "Sergey Lavrov travelled to Pyongyang, possibly as early as October, and met Kim Jong Un there.";
    expect(describeEvents(text, "2023-12-18", "meeting", { sortNames: true })).toEqual(["2023-10-01/month Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'Shortly before that' opening a sentence", () => {
  it("dates the sentence's event from nothing", () => {
    const text = "On 14 August, Sergei Shoigu led a delegation to Pyongyang. Shortly before that, Sergey Lavrov spent a weekend in Wonsan, meeting Kim Jong Un.";
    expect(describeEvents(text, "2025-10-03", "meeting")).toEqual([]);
  });

  it("near miss: 'Two days before that' counts a known amount, and keeps its date", () => {
    const text = "On 14 August, Sergei Shoigu led a delegation to Pyongyang. Later that day, Sergey Lavrov met Kim Jong Un in Wonsan.";
    expect(describeEvents(text, "2025-10-03", "meeting", { sortNames: true })).toEqual(["2025-08-14/day Kim Jong Un+Sergey Lavrov Wonsan"]);
  });
});

describe("a meeting recalled in a 'when' clause", () => {
  it("takes no date from the report", () => {
    const text = "Vladimir Putin invited Kim Jong Un to Moscow when they met in Pyongyang, the Kremlin said.";
    expect(describeEvents(text, "2025-12-04", "meeting")).toEqual([]);
  });

  it("near miss: the same clause with a date of its own is dated", () => {
    const text = "Vladimir Putin invited Kim Jong Un to Moscow when they met in Pyongyang in June 2024, the Kremlin said.";
    expect(describeEvents(text, "2025-12-04", "meeting", { sortNames: true })).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a phone call listed with a date that opens a clause of its own", () => {
  it("is not on that date too", () => {
    const text = "Vladimir Putin and Kim Jong Un spoke by phone in August, and on 3 September 2025 they met in Beijing.";
    expect(describeEvents(text, "2025-12-04", "call", { sortNames: true })).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'and again on' a second date is a second call", () => {
    const text = "Vladimir Putin and Kim Jong Un spoke by phone in August, and again on 3 September 2025.";
    expect(describeEvents(text, "2025-12-04", "call")).toHaveLength(2);
  });
});

describe("a year-less month between two sentences that write out the same earlier year", () => {
  it("is in that year", () => {
    const text = "A year ago, on 2 March 2030, the treaty between Russia and North Korea entered into force.\n\nHow was it ratified?\n\nThe Federation Council ratified it in early February. Vladimir Putin signed the law on 20 February 2030.";
    expect(describeEvents(text, "2031-03-02", "ratification", { actor: true })).toContain("2030-02-01/month ;Federation Council null");
  });

  it("near miss: with different years on either side it keeps the report's reading", () => {
    const text = "A year ago, on 2 March 2030, the treaty between Russia and North Korea entered into force.\n\nHow was it ratified?\n\nThe Federation Council ratified it in early February. Vladimir Putin signed the law on 20 February 2029.";
    expect(describeEvents(text, "2031-03-02", "ratification", { actor: true })).toContain("2031-02-01/month ;Federation Council null");
  });
});

describe("a count back from the day, set off in the sentence before", () => {
  it("gives the next sentence no time: the day written out does", () => {
    const text = "2 June 2024 - Vladimir Putin, two months after his inauguration, makes a speech in Moscow. He holds talks with Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2026-01-10", "meeting", { sortNames: true })).toEqual(["2024-06-02/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a count forward from the day is the time the paragraph goes on in", () => {
    const text = "2 June 2024 - Vladimir Putin makes a speech in Moscow and, two days later, meets a delegation. He holds talks with Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2026-01-10", "meeting", { sortNames: true })).toEqual(["2024-06-04/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a title in an undated sentence", () => {
  it("is read at the day its paragraph last named", () => {
    const text = "On 25 July 2023 a Russian delegation arrived in Pyongyang. The Russian defence minister then held talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-08-04", "meeting", { sortNames: true })).toEqual(["2023-07-25/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a day named in another paragraph leaves it at the report's time", () => {
    const text = "On 25 July 2023 a Russian delegation arrived in Pyongyang.\n\nThe Russian defence minister then held talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-08-04", "meeting", { sortNames: true }).every((d) => d.includes("Andrei Belousov"))).toBe(true);
  });
});

describe("a day word opening the sentence before a surname", () => {
  it("is no part of the name", () => {
    const text = "Yesterday Shoigu was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2024-09-14", "visit")).toEqual(["2024-09-13/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a capitalised word that is a first name still joins the surname it stands before", () => {
    const text = "Andrei Shoigu, a trader, was back in Pyongyang yesterday.";
    expect(describeEvents(text, "2024-09-14", "visit")).toEqual([]);
  });
});

describe("'the first time X has' after a meeting told", () => {
  it("is that meeting, not one in the year after 'since'", () => {
    const text = "Kim Jong Un met Sergey Lavrov in Pyongyang on Thursday, the first time Kim has sat down with a minister from Moscow since he took power in 2011.";
    expect(describeEvents(text, "2018-06-01", "meeting", { sortNames: true })).toEqual(["2018-05-31/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'the first time X met Y was in 2014' tells that earlier meeting", () => {
    const text = "Kim Jong Un met Sergey Lavrov in Pyongyang on Thursday. The first time Kim met Lavrov was in 2014.";
    expect(describeEvents(text, "2018-06-01", "meeting", { sortNames: true })).toContain("2014-01-01/year Kim Jong Un+Sergey Lavrov null");
  });
});

describe("a law 'signed by' its president", () => {
  it("is the ratification it makes, no agreement", () => {
    const text = "A screenshot of the legal portal shows the law, signed by Vladimir Putin on Saturday, ratifying the treaty.";
    expect(describeEvents(text, "2024-12-04", "agreement")).toEqual([]);
  });

  it("near miss: a treaty 'signed by' two leaders is their agreement", () => {
    const text = "The treaty, signed by Vladimir Putin and Kim Jong Un on Saturday, has come into force.";
    expect(describeEvents(text, "2024-12-04", "agreement", { sortNames: true })).toEqual(["2024-11-30/day Kim Jong Un+Vladimir Putin null"]);
  });
});
