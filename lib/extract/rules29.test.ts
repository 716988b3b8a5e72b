/**
 * rules-29: precision of retold trips — "N days earlier" counts back from the day just told (in the sentence, else in
 * the paragraph or opening the sentence), not from the report's day as "ago" does; "asked X to come and visit" is an
 * invitation; a meeting place after the guest's long name and title is still the meeting's ("held talks with Vladimir
 * Vladimirovich Putin, president of the Russian Federation, in Beijing"), not the dateline's city; "travelled to the
 * talks together", with no place, is a ride to the table and no journey; a month without its year in a sentence opened
 * by "by then" is no later than the day told before it; a sentence opened by "during that trip" after a trip told over
 * several days takes none of its days.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'N days earlier'", () => {
  it("counts back from the day named earlier in the sentence", () => {
    const text = "Shoigu last came in 2016, when Kim Jong Un received him in Pyongyang on March 21, 2016; he had flown into North Korea three days earlier on a military plane.";
    expect(describeEvents(text, "2025-06-06", "visit")).toContain("2016-03-18/day Sergei Shoigu North Korea");
  });

  it("counts back from the day the paragraph just told", () => {
    const text = "Then on August 14 Kim Jong Un received Lavrov in Pyongyang. Two days earlier, Putin and Kim Jong Un had spoken by phone.";
    expect(describeEvents(text, "2025-09-05", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'two days ago' still counts from the report's day", () => {
    const text = "Then on August 14 Kim Jong Un received Lavrov in Pyongyang. Putin and Kim Jong Un spoke by phone two days ago.";
    expect(describeEvents(text, "2025-09-05", "call")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'asked X to come and visit'", () => {
  it("is an invitation, no trip", () => {
    const text = "Putin and Kim Jong Un held talks in Beijing on Wednesday, and the Kremlin said Putin had asked Kim to come and visit Russia.";
    expect(describeEvents(text, "2025-09-04", "visit").filter((e) => e.includes("Russia"))).toEqual([]);
  });

  it("near miss: a trip told after the request's own clause is still a trip", () => {
    const text = "Kim Jong Un had asked Lavrov to report back, and Lavrov flew to Pyongyang on Monday.";
    expect(describeEvents(text, "2025-09-04", "visit")).toEqual(["2025-09-01/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a meeting place after the guest's long name and title", () => {
  it("is the meeting's place, not the dateline's city", () => {
    const text = "Pyongyang, September 4 (KCNA) -- Kim Jong Un held talks with Vladimir Vladimirovich Putin, president of the Russian Federation, in Beijing on September 3.";
    expect(describeEvents(text, "2025-09-04", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: a place as far off after plain words is not the meeting's", () => {
    const text = "Pyongyang, September 4 (KCNA) -- Kim Jong Un held talks with Putin on September 3 about the railway bridge and the new trade fair that opens next month in Vladivostok.";
    expect(describeEvents(text, "2025-09-04", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'travelled to the talks together'", () => {
  it("is a ride to the table, no journey to the traveller's host country", () => {
    const text = "Putin and Kim Jong Un held talks in Beijing on Wednesday. The Kremlin said the two leaders had travelled to the talks together in the Russian presidential car.";
    expect(describeEvents(text, "2025-09-04", "visit").filter((e) => e.includes("Russia"))).toEqual([]);
  });

  it("near miss: 'travelled to the talks in Vladivostok' is a trip there", () => {
    const text = "Kim Jong Un travelled to the talks in Vladivostok by armoured train on Wednesday.";
    expect(describeEvents(text, "2025-09-04", "visit")).toEqual(["2025-09-03/day Kim Jong Un Vladivostok"]);
  });
});

describe("a month without its year after 'By then'", () => {
  it("is no later than the day told before it", () => {
    const text = "Choe Son Hui was received by Putin in Moscow on 4 November 2024. By then the partnership treaty signed in Pyongyang in June had already passed the State Duma.";
    expect(describeEvents(text, "2025-10-31", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: without 'by then' the month is the latest one before the report", () => {
    const text = "Choe Son Hui was received by Putin in Moscow on 4 November 2024. The partnership treaty signed in Pyongyang in June has since passed the State Duma.";
    expect(describeEvents(text, "2025-10-31", "agreement")).toEqual(["2025-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'During that trip' after a trip told over several days", () => {
  it("dates what follows to none of its days", () => {
    const text = "Last year, Choe Son Hui arrived in Moscow on October 30, and Putin received her in the Kremlin on November 4. During that trip she also held a strategic dialogue with Lavrov.";
    expect(describeEvents(text, "2025-10-27", "meeting")).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: after a trip told on one day, it takes that day", () => {
    const text = "Choe Son Hui arrived in Moscow on Monday. During that trip she held talks with Lavrov.";
    expect(describeEvents(text, "2025-10-29", "meeting")).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null"]);
  });
});
