/**
 * rules-36a: false events read from an anniversary retrospective and a list of summits —
 * "that Thursday" points back to the week of the day the text last told ("Exactly a year ago, on 31 May ... He flew in
 * that Thursday"), not to the report's own week; and "The second, in Hanoi ..." after "Kim's first summit with a third
 * country's leader" is a summit of those two, not of the pair's heads of state.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";
import { describeEvents } from "./testing";

describe("'that' before a weekday", () => {
  it("points back to the week of the day told before", () => {
    const text = "Two years ago, on 14 March 2023, a Russian minister came calling.\n\nSergey Lavrov flew into Pyongyang that Tuesday and was received by Kim Jong Un.";
    expect(describeEvents(text, "2025-03-14", "visit")).toEqual(["2023-03-14/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: with no day told before, the weekday is read as before", () => {
    const text = "Sergey Lavrov flew into Pyongyang that Tuesday and was received by Kim Jong Un.";
    expect(describeEvents(text, "2025-03-14", "visit")).toEqual(["2025-03-11/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'said that Tuesday's talks' is a that-clause, not a pointer back", () => {
    const text = "The ministry's statement of 2 February 2023 set out the plan.\n\nA spokesman said that Tuesday's talks between Choe Son Hui and Sergey Lavrov in Pyongyang had gone well.";
    expect(describeEvents(text, "2025-03-14", "meeting", { sortNames: true }).map((d) => d.split(" ")[0])).toEqual(["2025-03-11/day"]);
  });
});

describe("an ordinal after a summit with a third country's leader", () => {
  it("keeps that summit's parties", () => {
    const text = "Kim Jong Un's first summit with Xi Jinping, in Beijing in March 2018, came as a surprise. The second, in Dalian in May 2018, was shorter.";
    expect(describeEvents(text, "2019-05-31", "meeting", { sortNames: true }).filter((d) => /Putin/.test(d))).toEqual([]);
  });

  it("near miss: after a summit of the pair's leaders, the ordinal is theirs", () => {
    const text = "The first Kim Jong Un–Putin summit, in Vladivostok in April 2019, produced nothing on paper. The second, at Vostochny in September 2023, produced invitations.";
    expect(describeEvents(text, "2024-01-10", "meeting", { sortNames: true })).toContain("2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome");
  });
});

describe("a pronoun whose counterpart is named after it", () => {
  it("is one who holds the counterpart's office, not the last subject", () => {
    const text = "The session followed a summit between Vladimir Putin and Kim Jong Un in September and a visit by Sergey Lavrov, who flew into Pyongyang on 18 October. The next day he held talks with his counterpart Choe Son Hui.";
    expect(describeEvents(text, "2023-12-14", "meeting", { sortNames: true })).toContain("2023-10-19/day Choe Son Hui+Sergey Lavrov null");
    expect(describeEvents(text, "2023-12-14", "meeting", { sortNames: true }).filter((d) => /Putin\+|Choe Son Hui\+Vladimir/.test(d) && d.startsWith("2023-10"))).toEqual([]);
  });

  it("near miss: one who holds that office already stays who he is", () => {
    const text = "Vladimir Putin and Sergey Lavrov flew into Pyongyang on 18 June. The next day he held talks with his counterpart Kim Jong Un.";
    expect(describeEvents(text, "2024-06-25", "meeting", { sortNames: true })).toContain("2024-06-19/day Kim Jong Un+Vladimir Putin null");
  });
});

describe("the one whose minister is named", () => {
  it("is no traveller of the minister's trip ('Kim's foreign minister was in Moscow')", () => {
    expect(describeEvents("Kim Jong Un's foreign minister was in Moscow last week.", "2025-11-03", "visit")).toEqual([]);
  });

  it("nor when a while-clause names him and the main clause's 'his minister' points back", () => {
    expect(describeEvents("While Washington was courting Kim Jong Un, his foreign minister was in Moscow.", "2025-11-03", "visit")).toEqual([]);
  });

  it("near miss: one who comes with his foreign minister is still a traveller", () => {
    expect(describeEvents("Kim Jong Un arrived in Vladivostok with his foreign minister on Wednesday.", "2019-04-26", "visit")).toEqual(["2019-04-24/day Kim Jong Un Vladivostok"]);
  });

  it("near miss: a name ending a main clause before 'his minister' stays a party", () => {
    expect(describeEvents("Sergey Lavrov arrived in Pyongyang and met Kim Jong Un, his foreign minister and senior officials on Thursday.", "2025-03-22", "meeting", { sortNames: true }).map((d) => d.split(" ")[0] + " " + /Kim Jong Un/.test(d))).toContain("2025-03-20/day true");
  });
});

describe("a bare weekday owning an event", () => {
  it("is tomorrow when that weekday is the next day ('Thursday's summit', written on a Wednesday): a summit still to come, no meeting", () => {
    const text = "Kim Jong Un's motorcade left the station for Russky Island, the site of Thursday's summit with Vladimir Putin.";
    expect(describeEvents(text, "2019-04-24", "meeting")).toEqual([]);
    expect(findDateMentions(text, { publishedAt: "2019-04-24" }).map((d) => [d.date, Boolean(d.future)])).toEqual([["2019-04-25", true]]);
  });

  it("near miss: two days ahead, it is still the one just gone", () => {
    const text = "Kim Jong Un's motorcade left the station for Russky Island, the site of Thursday's summit with Vladimir Putin.";
    expect(describeEvents(text, "2019-04-23", "meeting", { sortNames: true }).map((d) => d.split(" ")[0])).toEqual(["2019-04-18/day"]);
  });
});
