/**
 * rules-13: shapes from ten multi-report articles written blind, most of them false events. Sentences are written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a summit of a bloc of states told as a noun", () => {
  it("is no meeting of the leader who attended it, whatever the country named beside it", () => {
    expect(describeEvents("Vladimir Putin flew to the Chinese capital from Tianjin, where he attended the summit of the Shanghai Cooperation Organization on Aug. 31.", "2025-09-03", "meeting")).toEqual([]);
    expect(describeEvents("Vladimir Putin spoke to Chinese reporters at the SCO summit in Tianjin on Aug. 31.", "2025-09-03", "meeting")).toEqual([]);
  });

  it("leaves a meeting told by its own verb there, and a summit of the pair", () => {
    expect(describeEvents("Vladimir Putin met Kim Jong Un at the SCO summit in Tianjin on Aug. 31.", "2025-09-03", "meeting")).toEqual(["2025-08-31/day Kim Jong Un+Vladimir Putin Tianjin"]);
    expect(describeEvents("Vladimir Putin and Kim Jong Un held a summit in Vladivostok on Aug. 31.", "2025-09-03", "meeting")).toEqual(["2025-08-31/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("a possessive opening the sentence", () => {
  const before = "Sergei Shoigu visited Pyongyang on June 4, when Kim Jong Un received him.";

  it("stands for the subject before it, not for a name later in the sentence", () => {
    const text = `${before} His first trip of the year came in March, and Kim Jong Un met him then as well.`;
    expect(describeEvents(text, "2025-06-18", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang", "2025-03-01/month Sergei Shoigu North Korea"]);
  });

  it("after an opening preposition still points ahead to the clause's subject", () => {
    const text = `${before} During his own trip to Vladivostok in April, Kim Jong Un met Vladimir Putin.`;
    expect(describeEvents(text, "2025-06-18", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang", "2025-04-01/month Kim Jong Un Vladivostok"]);
  });
});

describe("a weekday beside the day written out", () => {
  const ratifications = (text: string) => describeWith(text, "2024-12-05", "ratification", { actor: true });

  it("is that day, not the weekday counted back from a report weeks later", () => {
    expect(ratifications("Putin signed the ratification law on Saturday, Nov. 9.")).toEqual(["2024-11-09/day Vladimir Putin null"]);
  });

  it("counts back from the report when it stands alone", () => {
    expect(ratifications("Putin signed the ratification law on Saturday.")).toEqual(["2024-11-30/day Vladimir Putin null"]);
  });
});

describe("an undated act retold in the passive by the next sentence", () => {
  const ratifications = (text: string) => describeWith(text, "2024-12-05", "ratification", { actor: true });
  const lead = "Putin signed the ratification law on Nov. 9. Kim Jong Un ratified the treaty by decree.";

  it("takes the retelling's date rather than the day of the act told before it", () => {
    expect(ratifications(`${lead} State media reported the decree on Nov. 12, saying it had been issued the day before.`)).toEqual(["2024-11-09/day Vladimir Putin null", "2024-11-11/day Kim Jong Un null"]);
  });

  it("takes no date from a next sentence that tells an event of its own", () => {
    expect(ratifications(`${lead} State media said on Nov. 12 that it had been signed the day before Kim Jong Un met Sergey Lavrov.`)).not.toContain("2024-11-11/day Kim Jong Un null");
  });
});

describe("a box of dated items set apart by bars", () => {
  const box = (third: string) => `Sergey Lavrov held talks with Choe Son Hui in Wonsan on July 12.\n\nKey dates: 2019-04-25 summit, Vladivostok | 2024-06-19 summit, Pyongyang | ${third}`;

  it("reads each item with its own date, a bare summit as the pair's leaders', never with a name from the next item", () => {
    expect(describeEvents(box("2025-07-12 Lavrov–Choe talks, Wonsan"), "2025-07-21", "meeting")).toEqual([
      "2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan",
      "2019-04-25/day Kim Jong Un+Vladimir Putin null",
      "2024-06-19/day Kim Jong Un+Vladimir Putin null",
    ]);
  });

  it("gives no meeting to a summit item of another body, which the next item's names had joined", () => {
    expect(describeEvents(box("2024-07-10 NATO summit, Washington | 2025-07-12 Lavrov–Choe talks, Wonsan"), "2025-07-21", "meeting")).not.toContainEqual(expect.stringMatching(/^2024-07-10/));
  });
});

describe("a verb in a since-clause", () => {
  it("tells no signing on the day of the main clause when it has no date of its own", () => {
    expect(describeEvents("Sergey Lavrov landed in Wonsan on Friday, July 11, the latest of many visitors since Vladimir Putin and Kim Jong Un signed their treaty.", "2025-07-21", "agreement")).toEqual([]);
  });

  it("is the event it names when a date follows 'since'", () => {
    expect(describeEvents("Relations have grown closer since Vladimir Putin and Kim Jong Un signed their treaty in Pyongyang in June 2024.", "2025-07-21", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a span of days written out before a meeting told without its day", () => {
  it("dates the meeting to the span's month, not to its first day", () => {
    expect(describeEvents("Sergey Lavrov's trip to Wonsan (July 11–13) still shapes the agenda. Kim Jong Un received him there.", "2025-08-16", "meeting")).toEqual(["2025-07-01/month Kim Jong Un+Sergey Lavrov null"]);
  });

  it("leaves the arrival's day to a stay whose length alone gives its end", () => {
    expect(describeEvents("Sergey Lavrov flew into Wonsan on July 11 for a three-day stay. Kim Jong Un received him there.", "2025-08-16", "meeting")).toEqual(["2025-07-11/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a bound opening the sentence ('By June 2024,')", () => {
  const before = "Kim Jong Un went to the Vostochny Cosmodrome in September 2023. ";

  it("dates the sentence's undated signing at its precision, not the paragraph's earlier month", () => {
    expect(describeEvents(`${before}By June 2024, the treaty Vladimir Putin and Kim Jong Un signed in Pyongyang bound Russia to defend the North.`, "2025-09-06", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("dates nothing from a bound inside the sentence", () => {
    expect(describeEvents(`${before}The treaty Vladimir Putin and Kim Jong Un signed in Pyongyang had been drafted by June 2024.`, "2025-09-06", "agreement")).not.toContain("2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang");
  });
});
