/**
 * rules-27c: arrival ceremonies and retold signings — a guest welcomed on arrival by his own counterpart, or embraced
 * on the tarmac, is the arrival's ceremony when the article holds their talks on another day; a person a message's
 * that-clause tells about ("confirmation that Putin would come") is no party to the meeting it was carried to; "the
 * two signed the declaration" after a sentence telling the declaration's signing without its signatories names them;
 * a meeting in the country within two weeks of a crossing of its land border is on the trip that crossing began.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a counterpart's welcome on arrival, talks on another day", () => {
  it("is the arrival's ceremony, not a meeting of its own", () => {
    const text = "Russian Foreign Minister Sergey Lavrov landed at Pyongyang's Sunan airport on Monday night and was welcomed by North Korean Foreign Minister Choe Son Hui. On Tuesday Lavrov held talks with Choe in Pyongyang.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: with no other day for their talks, the welcome still tells them", () => {
    const text = "Russian Foreign Minister Sergey Lavrov landed at Pyongyang's Sunan airport on Monday and was welcomed by North Korean Foreign Minister Choe Son Hui.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-02/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });
});

describe("'embraced on the tarmac by'", () => {
  it("is a welcome at the plane, no meeting", () => {
    const text = "Lavrov flew into Pyongyang on Monday, was embraced on the tarmac by Choe Son Hui, and went to his residence.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });

  it("near miss: an embrace at the talks is still a meeting", () => {
    expect(describeEvents("Kim Jong Un embraced Sergei Shoigu in Pyongyang on Monday before their talks.", "2025-06-06", "meeting")).toEqual(["2025-06-02/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("'confirmation that X would ...'", () => {
  it("tells a message's content, not a party", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Monday. Lavrov brought a letter and confirmation that Vladimir Putin would come to Pyongyang.";
    expect(describeEvents(text, "2025-06-06", "visit").filter((e) => e.includes("Vladimir Putin"))).toEqual([]);
  });

  it("near miss: the that-clause's own verb keeps its subject as a party", () => {
    const text = "A short dispatch on Tuesday carried confirmation that Kim Jong Un had met Sergei Shoigu in Pyongyang on Monday.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-02/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("'X and Y signed the declaration' after its signing", () => {
  it("names the signatories of the declaration just told", () => {
    const text = "PYONGYANG, June 6 -- Kim Jong Un held talks with Vladimir Putin in Moscow on June 4. The Moscow Joint Declaration was signed on the same day after the talks. Kim Jong Un and Vladimir Putin signed the declaration, which calls for closer ties.";
    expect(describeEvents(text, "2025-06-06", "agreement")).toEqual(["2025-06-04/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: with no signing told before, 'signed the declaration' keeps its own day", () => {
    const text = "PYONGYANG, June 6 -- Kim Jong Un held talks with Vladimir Putin in Moscow on June 4. Kim Jong Un and Vladimir Putin signed the declaration on June 5.";
    expect(describeEvents(text, "2025-06-06", "agreement")).toEqual(["2025-06-05/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a trip begun at a land border", () => {
  it("holds the talks in the capital nine days later, with no second visit", () => {
    const text = "Kim Jong Un's train crossed into Russia on June 1, and he travelled for days across Siberia. He held talks with Vladimir Putin in Moscow on June 10.";
    expect(describeEvents(text, "2025-06-11", "visit")).toEqual(["2025-06-01/day Kim Jong Un Russia"]);
  });

  it("near miss: a flight to the capital two weeks after an earlier visit is a trip of its own", () => {
    const text = "Sergei Shoigu arrived in Pyongyang on June 1. He held talks with Kim Jong Un in Pyongyang on June 10.";
    expect(describeEvents(text, "2025-06-11", "visit")).toEqual(["2025-06-01/day Sergei Shoigu Pyongyang", "2025-06-10/day Sergei Shoigu Pyongyang (implied)"]);
  });
});
