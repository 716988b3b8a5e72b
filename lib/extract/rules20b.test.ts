/**
 * rules-20 (b): own news and passing mentions missed in briefs, live pages and wires. Sentences are written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a meeting noun dated by its which-clause", () => {
  it("dates 'the talks between X and Y, which began on Thursday, have ended'", () => {
    const text = "The talks between Lavrov and his North Korean counterpart Choe Son Hui, which began on Thursday, have ended without a joint statement.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("reads 'this morning' in a live post as the day of publication", () => {
    const text = "Talks between Choe Son Hui and Sergey Lavrov, which opened this morning, ran for three hours, agencies said.";
    expect(describeEvents(text, "2024-11-01", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("leaves talks still to come, or a which-clause that does not tell when they were held, undated", () => {
    const planned = "The talks between Lavrov and Choe Son Hui, which are due to open on Friday, will cover trade.";
    expect(describeEvents(planned, "2023-10-19", "meeting")).toEqual([]);
    const other = "The talks between Lavrov and Choe Son Hui, which Moscow had requested in May, produced no statement.";
    expect(describeEvents(other, "2023-10-19", "meeting")).toEqual([]);
  });
});

describe("a passive meeting verb after ', and'", () => {
  it("splits 'holding talks with X, and being received by Y' into two meetings", () => {
    const text = "Sergey Lavrov spent Thursday in Pyongyang, holding talks with his counterpart, Choe Son Hui, and being received by Kim Jong Un, who praised the alliance.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang", "2023-10-19/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("splits 'sat down with X, and later that day he was received by Y'", () => {
    const text = "Andrei Belousov landed on Thursday. On Friday he sat down with Choe Son Hui, the foreign minister, and later that day he was received by Kim Jong Un.";
    expect(describeEvents(text, "2024-11-30", "meeting")).toEqual(["2024-11-29/day Andrei Belousov+Choe Son Hui null", "2024-11-29/day Andrei Belousov+Kim Jong Un null"]);
  });

  it("keeps one meeting for talks with two hosts at once, and no meeting for an airport welcome", () => {
    const both = "Sergei Shoigu held talks with Kim Jong Un and Choe Son Hui in Pyongyang on Tuesday.";
    expect(describeEvents(both, "2024-09-14", "meeting")).toEqual(["2024-09-10/day Choe Son Hui+Kim Jong Un+Sergei Shoigu Pyongyang"]);
    const airport = "Sergei Shoigu held talks with Xi Jinping in Beijing on Monday, and was welcomed at Pyongyang airport by Choe Son Hui on Tuesday.";
    expect(describeEvents(airport, "2024-09-14", "meeting")).toEqual(["2024-09-09/day Sergei Shoigu+Xi Jinping Beijing"]);
  });
});

describe("'the ministers of the two countries' as the parties of held talks", () => {
  it("reads 'Talks between the foreign ministers of the two countries were held' as the pair just named", () => {
    const text = "Choe Son Hui arrived in Moscow on Thursday and was met at the airport by Russian officials. Sergey Lavrov hosted a lunch for the delegation.\n\nTalks between the foreign ministers of the two countries were held at the ministry on Friday.";
    expect(describeEvents(text, "2024-11-02", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("still takes no earlier person for a verb whose subject is the countries themselves, nor for 'the ministers of' one country", () => {
    const countries = "Andrei Belousov was in Pyongyang on Friday. The treaty the two countries signed in June took effect.";
    expect(describeEvents(countries, "2024-11-30", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin null"]);
    const oneSide = "Choe Son Hui arrived in Moscow on Thursday. Sergey Lavrov was away. Talks between the ministers of Russia were held on Friday.";
    expect(describeEvents(oneSide, "2024-11-02", "meeting")).toEqual([]);
  });
});

describe("a guest shown round 'accompanied by' a host of the other side", () => {
  it("reads ', accompanied by Minister X' after a dated tour as a meeting in the host's country", () => {
    const text = "Kim Jong Un on Saturday inspected a frigate of the Pacific Fleet in Vladivostok, accompanied by Russian Defence Minister Sergei Shoigu, the ministry said.";
    expect(describeEvents(text, "2023-09-17", "meeting")).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("reads an opening 'Accompanied by X,' as well", () => {
    const text = "Accompanied by Shoigu, Kim Jong Un on Saturday looked round a bomber at the Knevichi airfield.";
    expect(describeEvents(text, "2023-09-17", "meeting")).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("reads no meeting in an arrival in company, a companion of the same side, or a planned tour", () => {
    const arrival = "Vladimir Putin landed in Pyongyang on Tuesday night, accompanied by Kim Jong Un, who had waited on the tarmac.";
    expect(describeEvents(arrival, "2024-06-19", "meeting")).toEqual([]);
    const ownSide = "Vladimir Putin on Saturday toured the cosmodrome, accompanied by Sergey Lavrov.";
    expect(describeEvents(ownSide, "2023-09-17", "meeting")).toEqual([]);
    const planned = "Kim Jong Un will tour the airfield on Saturday, accompanied by Sergei Shoigu.";
    expect(describeEvents(planned, "2023-09-15", "meeting")).toEqual([]);
  });
});

describe("'became the first ... to visit'", () => {
  it("reads the infinitive after 'became the first X' as the visit made", () => {
    const text = "Sergei Shoigu's trip was no accident. In July he became the first Russian defence minister to visit Pyongyang since 1991.";
    expect(describeEvents(text, "2023-09-18", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("leaves a visit that would or is expected to make someone the first as a plan", () => {
    const would = "Sergei Shoigu would become the first Russian defence minister to visit Pyongyang in July.";
    expect(describeEvents(would, "2023-06-18", "visit")).toEqual([]);
    const expected = "Sergei Shoigu is expected to become the first defence minister to visit Pyongyang in July.";
    expect(describeEvents(expected, "2023-06-18", "visit")).toEqual([]);
  });
});

describe("a timeline's old summit", () => {
  it("implies no guest's visit from a summit of two decades before the article", () => {
    const text = "KEY DATES\n\n2001\n\nAug. 4 - Putin and Kim Jong Un hold talks in the Kremlin.\n\n2024\n\nJune 19 - Putin and Kim Jong Un sign the treaty.";
    expect(describeEvents(text, "2024-12-05", "visit")).toEqual([]);
    expect(describeEvents(text, "2024-12-05", "meeting")).toEqual(["2001-08-04/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("still implies the guest's visit from a dated meeting of the year under review", () => {
    const text = "The year in review. Sergei Shoigu met Kim Jong Un in Pyongyang on June 4, and the two discussed the front.";
    expect(describeEvents(text, "2025-12-20", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang (implied)"]);
  });
});
