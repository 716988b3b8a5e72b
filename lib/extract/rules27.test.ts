/**
 * rules-27: negations and owners told around a report — "the Kremlin said no agreements had been signed": a negated
 * subject opening the clause a verb of saying reports is no signing; "following up the leaders' summit" is a verb, not
 * the framing "following the summit", and a noun the leaders own is theirs, not the parties' of the sentence telling
 * of it; "..., and on October 19 he held talks": a pronoun after a conjunction and a time phrase is the sentence subject,
 * and the talks are at the place the arrival joined to them names; "as the Russian leader departs for Vietnam, the
 * second stop on his tour": a possessive in a clause opened by "as" is that clause's subject; "the two countries'
 * partnership is expanding under the treaty they signed": "they" is the countries, not the people named before.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'said no <things> had been signed'", () => {
  it("is a negated signing, not a signing", () => {
    const text = "Kim Jong Un and Putin held talks in Pyongyang on Wednesday, and the Kremlin said no treaty had been signed.";
    expect(describeEvents(text, "2024-06-21", "agreement")).toEqual([]);
  });

  it("near miss: a negation ended by a comma leaves the signing after it", () => {
    const text = "Peskov said no date had been set for a return visit, but Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday.";
    expect(describeEvents(text, "2024-06-21", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'following up the leaders' summit'", () => {
  it("is the leaders' summit, not one of the sides that tell of it", () => {
    const text = "Putin received Choe Son Hui in the Kremlin on Tuesday. Both sides say they are following up the leaders' summit held in the Russian Far East in September.";
    expect(describeEvents(text, "2024-01-17", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Vladimir Putin Moscow", "2023-09-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'the two leaders'' talks' still names the pair told before", () => {
    const text = "Putin and Kim Jong Un met at Vostochny on September 13. The two leaders' talks lasted five hours.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });
});

describe("', and on <day> he held talks'", () => {
  it("has the sentence subject as the pronoun", () => {
    const text = "Lavrov flew to Pyongyang on October 18, and on October 19 he held talks with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-25", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a clause with a named subject keeps it", () => {
    const text = "Lavrov flew to Pyongyang on October 18, and on October 19 Kim Jong Un received him.";
    expect(describeEvents(text, "2023-10-25", "meeting")).toEqual(["2023-10-19/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'X flew to P on <day>, and on <day> he held talks'", () => {
  it("places the talks at the destination of the arrival", () => {
    const text = "Lavrov flew to Pyongyang on October 18, and on October 19 he held talks with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-25", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a place told with the talks themselves wins", () => {
    const text = "Lavrov flew to Pyongyang on October 18, and on October 19 he held talks with Choe Son Hui in Wonsan.";
    expect(describeEvents(text, "2023-10-25", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });
});

describe("'as the Russian leader departs for Hanoi, the second leg of his tour'", () => {
  it("gives the tour to the subject of the as-clause, not the host seeing him off", () => {
    const text = "Kim Jong Un bids farewell to Putin at the airport on Wednesday night as the Russian president leaves for Hanoi, the second leg of his tour.";
    expect(describeEvents(text, "2024-06-20", "visit")).toEqual([]);
  });

  it("near miss: after the as-clause has ended, the main subject owns the visit", () => {
    const text = "Putin, who landed as Kim Jong Un waited on the tarmac, began his visit to Pyongyang on Wednesday.";
    expect(describeEvents(text, "2024-06-20", "visit")).toEqual(["2024-06-19/day Vladimir Putin Pyongyang"]);
  });
});

describe("'the two countries' ties ... under the pact they signed'", () => {
  it("has the countries, not the minister and his host, sign the pact", () => {
    const text = "Shoigu held talks with Kim Jong Un in Pyongyang on Tuesday, a sign that the two countries' ties are deepening under the pact they signed last year.";
    expect(describeEvents(text, "2025-06-06", "agreement")).not.toContain("2024-01-01/year Kim Jong Un+Sergei Shoigu Pyongyang");
  });

  it("near miss: 'the two men said they signed' keeps the men", () => {
    const text = "Shoigu held talks with Kim Jong Un in Pyongyang on Tuesday, and the two men said they signed a pact on drones.";
    expect(describeEvents(text, "2025-06-06", "agreement")).toEqual(["2025-06-03/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});
