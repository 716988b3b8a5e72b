/**
 * rules-27d: "the then foreign minister, Pavel Orlov, flew to Pyongyang": an unregistered name set off by commas right
 * after "the <title>" is that title's holder, a new person as when written straight after the title (a list after the
 * comma names nobody); "Shoigu is Moscow's envoy to Pyongyang. He was also there on March 21": "was there" with a date
 * after it is a stay in the place the sentence before went to; "crossed the Russian border" is a crossing as "crossed the
 * border" is, the border named by whose it is.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'the <title>, Name,' before the verb", () => {
  it("names the title's holder, a new person, as the traveller", () => {
    const text = "In early March 2001 the then trade minister, Pavel Orlov, flew to Pyongyang for two days of talks.";
    expect(describeEvents(text, "2001-06-01", "visit")).toEqual(["2001-03-01/month Pavel Orlov Pyongyang"]);
  });

  it("near miss: a list after the comma names no holder", () => {
    const text = "On 5 March 2001 the trade minister, Pavel Orlov and Putin flew to Pyongyang.";
    expect(describeEvents(text, "2001-06-01", "visit")).toEqual(["2001-03-05/day Vladimir Putin Pyongyang"]);
  });
});

describe("'was there on <date>'", () => {
  it("is a stay in the place the sentence before went to", () => {
    const text = "Shoigu met Kim Jong Un in Pyongyang on Tuesday. Shoigu has become the Kremlin's favourite messenger to Pyongyang. He was there on 2 February as well.";
    expect(describeEvents(text, "2025-06-19", "visit")).toEqual(["2025-06-17/day Sergei Shoigu Pyongyang (implied)", "2025-02-02/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'was there' with no date after it tells no trip of its own", () => {
    const text = "Shoigu met Kim Jong Un in Pyongyang on Tuesday. Belousov was there as well.";
    expect(describeEvents(text, "2025-06-19", "visit")).toEqual(["2025-06-17/day Sergei Shoigu Pyongyang (implied)"]);
  });
});

describe("'crossed the <country> border'", () => {
  it("is a trip into that country, as 'crossed the border' is", () => {
    const text = "Kim Jong Un's motorcade crossed the Russian border near Khasan on Monday morning.";
    expect(describeEvents(text, "2025-09-03", "visit")).toEqual(["2025-09-01/day Kim Jong Un Khasan"]);
  });

  it("near miss: crossing a line that is no border is no trip", () => {
    const text = "Kim Jong Un crossed the red line on Monday, Seoul said.";
    expect(describeEvents(text, "2025-09-03", "visit")).toEqual([]);
  });
});
