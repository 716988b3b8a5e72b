/**
 * rules-35e: dates and welcomes that other parts of a sentence lent to an event — "Today X heads ..." is nowadays, not a
 * day for "the same day" to count from; "a 2000 treaty" carries its year as "the 2000 treaty" does; "a decade ago this
 * week" is ten years back; a passive greeting after an opening "Upon his arrival" is the arrival's welcome; and a clause
 * opening with a season ("and by the autumn Lavrov was there") takes no date from the clause before it.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("an opening 'Today' before a post someone holds", () => {
  it("is nowadays: 'the same day' after it counts from the day told before", () => {
    const text = "Lavrov sat down with Choe Son Hui in Pyongyang on 3 March. Today Choe heads the foreign ministry's policy council.\n\nLavrov was also received by Kim Jong Un the same day, a rare honour.";
    expect(describeEvents(text, "2025-04-10", "meeting", { sortNames: true })).toEqual([
      "2025-03-03/day Choe Son Hui+Sergey Lavrov Pyongyang",
      "2025-03-03/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });

  it("near miss: 'Today' before an act is the report's day, which 'the same day' counts from", () => {
    const text = "Lavrov sat down with Choe Son Hui in Pyongyang on 3 March. Today Choe arrived in Moscow for talks.\n\nShe was also received by Vladimir Putin the same day, a rare honour.";
    expect(describeEvents(text, "2025-04-10", "meeting", { sortNames: true })).toContain("2025-04-10/day Choe Son Hui+Vladimir Putin Moscow");
  });
});

describe("a year after 'a' before a document", () => {
  it("dates the document, as after 'the'", () => {
    const text = "The old pact lapsed in 1995, and a 2000 treaty, signed by Vladimir Putin and Kim Jong Un, replaced it.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual(["2000-01-01/year Vladimir Putin+Kim Jong Un null"]);
  });

  it("near miss: a number after 'a' before a count of something else is no year", () => {
    const text = "Vladimir Putin and Kim Jong Un signed a treaty in front of a 2000 strong crowd.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual(["2024-10-01/month Vladimir Putin+Kim Jong Un null"]);
  });
});

describe("a decade ago this week", () => {
  it("is this month ten years back", () => {
    const text = "A decade ago this week, Sergey Lavrov flew to Pyongyang for his first talks there.";
    expect(describeEvents(text, "2025-04-10", "visit")).toEqual(["2015-04-01/month Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'a decade ago' with no 'this week' is left to the year readers", () => {
    const text = "This week Sergey Lavrov flew to Pyongyang, as he had a decade ago.";
    expect(describeEvents(text, "2025-04-10", "visit")).toEqual(["2025-04-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a passive greeting after an opening 'Upon his arrival'", () => {
  it("is the arrival's welcome, no meeting", () => {
    const text = "Upon his arrival in the Far East on 20 August, Kim Jong Un was greeted by Sergei Shoigu and local officials.";
    expect(describeEvents(text, "2025-08-25", "meeting")).toEqual([]);
  });

  it("near miss: a greeting told with no arrival is a meeting", () => {
    const text = "In the Far East on 20 August, Kim Jong Un was greeted by Sergei Shoigu and local officials.";
    expect(describeEvents(text, "2025-08-25", "meeting", { sortNames: true })).toEqual(["2025-08-20/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a clause coordinated after a dated one that opens with a season", () => {
  it("takes none of the date before it", () => {
    const text = "Last March, Sergei Shoigu toured a factory in Pyongyang, and by the autumn Sergey Lavrov was in Pyongyang as well.";
    expect(describeEvents(text, "2025-06-21", "visit")).toEqual(["2025-03-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a clause that opens with no season keeps the date before it", () => {
    const text = "Last March, Sergei Shoigu toured a factory in Pyongyang, and by then Sergey Lavrov was in Pyongyang as well.";
    expect(describeEvents(text, "2025-06-21", "visit")).toEqual(["2025-03-01/month Sergei Shoigu Pyongyang", "2025-03-01/month Sergey Lavrov Pyongyang"]);
  });
});
