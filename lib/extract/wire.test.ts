/**
 * Wordings of agency copy that rules-8 reads: talks told by their start, a meeting noun as the subject of "took
 * place" with its parties named later, airport welcomes, arrivals with no place of their own, a delegation
 * "brought" somewhere, a "stop in" a capital, a framing phrase followed by an appended one, the guest of a
 * reception, and the speaker of "said after meeting". Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("talks told by their start or as the subject of 'took place'", () => {
  it("reads 'have started talks' as the talks", () => {
    const text = "MOSCOW, October 27 (Wire) — Sergey Lavrov and Choe Son Hui have started talks in Moscow, a correspondent said.";
    expect(describeEvents(text, "2025-10-27", "meeting")).toEqual(["2025-10-27/day Sergey Lavrov+Choe Son Hui Moscow"]);
  });

  it("dates a meeting by 'took place on', names its parties from 'at the meeting', and dates the protocol 'of the meeting' by it", () => {
    const text = "PYONGYANG, November 16 (Wire) — The tenth meeting of the joint committee on trade took place in Pyongyang on November 15.\n\n" +
      "At the meeting Choe Son Hui and Sergey Lavrov reviewed trade and tourism.\n\nA protocol of the meeting was signed by the two sides.";
    expect(describeEvents(text, "2023-11-16", "meeting")).toEqual(["2023-11-15/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
    expect(describeEvents(text, "2023-11-16", "agreement").map((e) => e.slice(0, 14))).toEqual(["2023-11-15/day"]);
  });

  it("gives 'talks were held' none of the sentence subject's people", () => {
    const text = "Vladimir Putin and Xi Jinping spoke by phone on May 3.\n\nThey spoke again in May, shortly after the first talks in years were held in Beijing.";
    expect(describeEvents(text, "2025-05-30", "meeting")).toEqual([]);
  });
});

describe("arrivals", () => {
  it("takes a welcome at the airport for part of the visit, not a meeting of its own", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Wednesday and was welcomed at the airport by Choe Son Hui.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toEqual([]);
    expect(describeEvents(text, "2023-10-19", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });

  it("keeps a meeting at an airfield that is more than a welcome", () => {
    const text = "Sergei Shoigu met Kim Jong Un at an airfield near Vladivostok on Saturday and showed him bombers.";
    expect(describeEvents(text, "2023-09-17", "meeting")).toEqual(["2023-09-16/day Sergei Shoigu+Kim Jong Un Vladivostok"]);
  });

  it("sends an arrival with no place of its own to the host it names, not home to the story's city", () => {
    const text = "Moscow kept sending envoys. Moscow was busy.\n\nSergei Shoigu set the pace, flying in on March 21 for talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-12-22", "visit")).toEqual(["2025-03-21/day Sergei Shoigu North Korea"]);
  });

  it("reads 'brought a delegation to' and 'stop in' as visits", () => {
    const brought = "In August, Sergei Shoigu brought a military delegation to Pyongyang for the anniversary.";
    expect(describeEvents(brought, "2025-12-22", "visit")).toEqual(["2025-08-01/month Sergei Shoigu Pyongyang"]);
    const stop = "The trade talks follow Sergey Lavrov's stop in the North Korean capital last month.";
    expect(describeEvents(stop, "2023-11-17", "visit")).toEqual(["2023-10-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("dates and parties of framing phrases", () => {
  it("gives 'for talks with X' the main verb's date, not one in a phrase appended after a comma", () => {
    const text = "In late October Choe Son Hui was in Moscow for talks with Sergey Lavrov, their second round after Wonsan in July.";
    expect(describeEvents(text, "2025-12-22", "meeting")).toEqual(["2025-10-01/month Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("takes the guest of a reception from the previous sentence's subject", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Wednesday.\n\nHe flew in from Beijing, where he had been with Vladimir Putin. In the evening Choe Son Hui hosted a reception for him.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toEqual(["2023-10-18/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("months and since-clauses after a visit noun", () => {
  it("reads 'in May' after a stop as the month, not as a modal", () => {
    const text = "Her trip followed Sergey Lavrov's stop in the North Korean capital in May, when he was received by Kim Jong Un.";
    expect(describeEvents(text, "2018-09-10", "visit")).toEqual(["2018-05-01/month Sergey Lavrov Pyongyang"]);
  });

  it("takes no date from a since-clause after the noun", () => {
    const text = "PYONGYANG, Sept. 13 (Wire) — Sergei Shoigu met Kim Jong Un in Pyongyang on Friday, on his first visit to the North since moving to a new post in May.";
    expect(describeEvents(text, "2024-09-13", "visit").filter((v) => v.startsWith("2024-05"))).toEqual([]);
  });
});


describe("the speaker of 'said after meeting'", () => {
  it("makes the one who spoke after the meeting a party of it", () => {
    const text = "PYONGYANG, June 17 (Wire) — The North will send engineers to Kursk, Sergei Shoigu said on Tuesday after meeting Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2025-06-17", "meeting")).toEqual(["2025-06-17/day Sergei Shoigu+Kim Jong Un Pyongyang"]);
  });
  it("still leaves out a speaker who recalls other people's meeting", () => {
    const text = "Sergey Lavrov said on Tuesday that Putin met Kim Jong Un in Pyongyang in June.";
    expect(describeEvents(text, "2024-07-02", "meeting")).toEqual(["2024-06-01/month Vladimir Putin+Kim Jong Un Pyongyang"]);
  });
});
