/**
 * rules-30: "that July" after a year given with its preposition before it ("was signed in February 2000, and Putin went
 * that July") is in that year, not the year the text last wrote out; "the following Monday" counts on from the day just
 * told in the paragraph (or earlier in its sentence) to the first such weekday, not back from the report; the sides of a
 * comment clause after the event ("held talks in Moscow, underscoring the pace of exchanges between the two sides") are
 * no parties of it; "at a hotel in the new Wonsan-Kalma resort" is a place with its preposition ("new" may stand
 * after the article); "the pact that Putin and Kim signed during a summit" makes the summit the signers' meeting, not
 * one of the main clause's subject.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'that July' after 'in February 2000' in the same sentence", () => {
  it("takes the year of the sentence, not the one written in the sentence before", () => {
    const text = "The first alliance dates from 1961. A looser accord was initialled in March 2000, and Putin flew to Pyongyang that July.";
    expect(describeEvents(text, "2024-06-21", "visit")).toEqual(["2000-07-01/month Vladimir Putin Pyongyang"]);
  });

  it("near miss: a year that only names a thing ('the accord of 2000') still leaves the year written before", () => {
    const text = "The talks resumed in 1999. The accord of 2000 was cited, and Putin flew to Pyongyang that July.";
    expect(describeEvents(text, "2024-06-21", "visit")).toEqual(["1999-07-01/month Vladimir Putin Pyongyang"]);
  });
});

describe("'the following Monday' after a day just told", () => {
  it("is the first Monday after that day", () => {
    const text = "The upper house approved the treaty on 6 November, and Putin signed the ratification law three days after that. Kim Jong Un signed his own decree ratifying it the following Monday.";
    expect(describeEvents(text, "2024-12-06", "ratification")).toContain("2024-11-11/day Kim Jong Un null");
  });

  it("near miss: a bare 'on Monday' still counts back from the report", () => {
    const text = "The upper house approved the treaty on 6 November. Kim Jong Un signed a decree ratifying it on Monday.";
    expect(describeEvents(text, "2024-12-06", "ratification")).toContain("2024-12-02/day Kim Jong Un null");
  });
});

describe("'the two sides' in a comment clause after the event", () => {
  it("is no party of the talks", () => {
    const text = "Kim Jong Un ratified the treaty on Monday.\n\nChoe held talks with Sergei Lavrov in Moscow last week, highlighting the growing warmth between the two sides.";
    expect(describeEvents(text, "2024-11-12", "visit")).toEqual([]);
  });

  it("near miss: 'the two sides' as the subject of the talks still names them", () => {
    const text = "Choe Son Hui flew to Moscow on Monday to meet Sergei Lavrov. The two sides held talks in Moscow on Tuesday, underscoring their warming ties.";
    expect(describeEvents(text, "2024-11-12", "meeting")).toEqual(["2024-11-12/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("'in the new <place> complex'", () => {
  it("places the talks there, not at a place named earlier in the sentence", () => {
    const text = "Lavrov came straight from a forum in Kuala Lumpur and on Saturday held talks with Choe Son Hui at a hotel in the new Wonsan-Kalma resort.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });

  it("near miss: 'the new <place> hospital' with no preposition before it is no location", () => {
    const text = "Lavrov held talks with Choe Son Hui on Saturday, praising the new Pyongyang hospital.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'that X and Y signed during a summit' after another clause's subject", () => {
  it("makes the summit the signers' meeting, not the main clause subject's", () => {
    const text = "Andrei Belousov held talks in Pyongyang in November, weeks after the two countries ratified the pact that Kim Jong Un and Russian President Vladimir Putin signed during a summit in June.";
    expect(describeEvents(text, "2024-12-04", "meeting")).toEqual(["2024-11-01/month Andrei Belousov Pyongyang", "2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: 'met Kim in Pyongyang during a visit' keeps the subject as the traveller", () => {
    expect(describeEvents("Sergei Shoigu met Kim Jong Un in Pyongyang during a visit in June.", "2024-12-04", "visit")).toEqual(["2024-06-01/month Sergei Shoigu Pyongyang"]);
  });
});
