/**
 * rules-22c: multi-report precision (round K) — a chain of counted days, a when-clause with a subject of its own, a
 * country owning an institution, a document named by the trip it was signed on. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'N days after that' in a chain of counted days", () => {
  it("counts on from the last step of the chain, itself counted (the upper house's step is dated too)", () => {
    const text = "The lower house passed the treaty on 3 March; the upper house followed 10 days later; and Vladimir Putin signed the ratification law two days after that.";
    expect(describeEvents(text, "2024-05-20", "ratification")).toEqual(["2024-03-03/day  null", "2024-03-13/day  null", "2024-03-15/day Vladimir Putin null"]);
  });

  it("near miss: in a sentence of its own it counts on from the last day written before", () => {
    const text = "The lower house passed the treaty on 3 March. Vladimir Putin signed the ratification law two days after that.";
    expect(describeEvents(text, "2024-05-20", "ratification")).toEqual(["2024-03-03/day  null", "2024-03-05/day Vladimir Putin null"]);
  });

  it("near miss: with no day written at all it dates nothing", () => {
    expect(describeEvents("Vladimir Putin signed the ratification law two days after that.", "2024-05-20", "ratification")).toEqual(["2024-05-01/month Vladimir Putin null"]);
  });
});

describe("a when-clause naming its own subject ('received X when X visited')", () => {
  const text = "Sergey Lavrov held talks in Moscow. Kim Jong Un received Sergey Lavrov, his old partner, when Lavrov visited in July in his role as envoy.";

  it("is the visit of its subject, not of the main clause's", () => {
    expect(describeEvents(text, "2024-10-20", "visit")).toEqual([]);
  });

  it("dates the main verb by its own date", () => {
    expect(describeEvents(text, "2024-10-20", "meeting")).toEqual(["2024-07-01/month Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a when-clause with no subject of its own is the main subject's trip", () => {
    expect(describeEvents("Kim Jong Un met Sergey Lavrov when visiting Vladivostok in July.", "2024-10-20", "visit")).toEqual(["2024-07-01/month Kim Jong Un Vladivostok"]);
  });
});

describe("a country owning an institution ('the head of China's foreign ministry')", () => {
  it("is no destination", () => {
    expect(describeEvents("Choe Son Hui visited in May with the head of China's foreign ministry.", "2024-10-20", "visit")).toEqual([]);
  });

  it("near miss: a country owning a place is still the destination", () => {
    expect(describeEvents("Choe Son Hui visited China's capital in May.", "2024-10-20", "visit")).toEqual(["2024-05-01/month Choe Son Hui China"]);
  });
});

describe("a document named by the trip it was signed on ('a pact signed during X's trip')", () => {
  const lead = "MOSCOW, Oct. 20 -- Choe Son Hui arrived in Moscow on Sunday.\n\n";

  it("tells an earlier trip, which takes no report date", () => {
    expect(describeEvents(`${lead}Their alliance rests on a pact signed during Putin's trip to Pyongyang.`, "2024-10-20", "visit")).toEqual(["2024-10-20/day Choe Son Hui Moscow"]);
  });

  it("near miss: a date written with the trip still dates it", () => {
    expect(describeEvents(`${lead}Their alliance rests on a pact signed during Putin's trip to Pyongyang in June.`, "2024-10-20", "visit")).toEqual(["2024-10-20/day Choe Son Hui Moscow", "2024-06-01/month Vladimir Putin Pyongyang"]);
  });

  it("near miss: a signing told by its own subject is not a document's name", () => {
    expect(describeEvents(`${lead}Kim Jong Un signed a pact during Putin's trip to Pyongyang.`, "2024-10-20", "visit")).toEqual(["2024-10-20/day Choe Son Hui Moscow", "2024-10-20/day Vladimir Putin Pyongyang"]);
  });
});
