/**
 * rules-33b: day-dated mentions the extractor missed — a guest "given a tour" of a place by his host (the passive of
 * "gave him a tour"), and a day that "marks the first anniversary of" a visit or a signing, which dates that visit or
 * signing the count of years before it, and a visit that "comes 13 days after" a trip told in figures or words past six.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a guest given a tour of a place by a named host", () => {
  it("meets the host on the day told", () => {
    const text = "Kim Jong Un reached the Far East on 3 May and, the following day, was given a tour of the shipyard by Vladimir Putin.";
    expect(describeEvents(text, "2025-05-10", "meeting", { sortNames: true })).toEqual(["2025-05-04/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a tour given by someone not named tells no meeting", () => {
    const text = "On Friday Kim Jong Un was given a tour of the factory by its director.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual([]);
  });

  it("near miss: something else given by a leader is no tour", () => {
    const text = "On Friday Kim Jong Un was given a copy of the book by Vladimir Putin.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual([]);
  });
});

describe("a day that marks an anniversary of an event", () => {
  it("dates the event that many years before it", () => {
    const text = "12 March marks the fifth anniversary of Sergey Lavrov's visit to Pyongyang.";
    expect(describeEvents(text, "2025-03-05", "visit")).toEqual(["2020-03-12/day Sergey Lavrov Pyongyang"]);
  });

  it("dates each noun of the of-phrases", () => {
    const text = "2 October marks the second anniversary of Vladimir Putin's state visit to Pyongyang and of the signing of the partnership treaty.";
    expect(describeEvents(text, "2025-09-28", "visit")).toEqual(["2023-10-02/day Vladimir Putin Pyongyang"]);
    expect(describeEvents(text, "2025-09-28", "agreement").map((e) => e.slice(0, 14))).toEqual(["2023-10-02/day"]);
  });

  it("near miss: a year that marks an anniversary names no day", () => {
    const text = "2025 marks the tenth anniversary of Sergey Lavrov's visit to Pyongyang.";
    expect(describeEvents(text, "2025-03-05", "visit")).toEqual([]);
  });

  it("near miss: an anniversary with no count does not move the day", () => {
    const text = "12 March marks an anniversary of Sergey Lavrov's visit to Pyongyang.";
    expect(describeEvents(text, "2025-03-05", "visit").filter((e) => e.startsWith("2020"))).toEqual([]);
  });
});

describe("a visit that comes a count of days after another", () => {
  it("dates what follows that many days before the report, past six days too", () => {
    const text = "The current visit comes 11 days after Sergei Shoigu's previous trip to Pyongyang.";
    expect(describeEvents(text, "2025-08-20", "visit")).toEqual(["2025-08-09/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a count past a month names no day", () => {
    const text = "The current visit comes 45 days after Sergei Shoigu's previous trip to Pyongyang.";
    expect(describeEvents(text, "2025-08-20", "visit").filter((e) => e.includes("/day"))).toEqual([]);
  });

  it("near miss: 'came', in a retelling, names no day", () => {
    const text = "His visit came 11 days after Sergei Shoigu's previous trip to Pyongyang.";
    expect(describeEvents(text, "2025-08-20", "visit").filter((e) => e.includes("/day"))).toEqual([]);
  });
});

describe("the start of a meeting that frames what its parties do", () => {
  it("is the meeting, on the caption's day", () => {
    const text = "MOSCOW, March 3, 2025 — Kim Jong Un and Vladimir Putin smile at the start of their fifth summit, in a hall of the Kremlin.";
    expect(describeEvents(text, "2025-06-06", "meeting", { sortNames: true })).toEqual(["2025-03-03/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: the start of the year frames no meeting", () => {
    const text = "Sergey Lavrov and Choe Son Hui exchanged letters at the start of the new year.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });
});

describe("'and again' after a when-clause on the first date", () => {
  it("is a second visit on the later date", () => {
    const text = "Sergey Lavrov went to Pyongyang on 2 May, when Kim Jong Un received him, and again 20 days later.";
    expect(describeEvents(text, "2025-10-31", "visit")).toEqual(["2025-05-02/day Sergey Lavrov Pyongyang", "2025-05-22/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a clause after the when-clause with a subject of its own is no second visit", () => {
    const text = "Sergey Lavrov went to Pyongyang on 2 May, when Kim Jong Un received him, and the talks resumed 20 days later.";
    expect(describeEvents(text, "2025-10-31", "visit")).toEqual(["2025-05-02/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a leader's decree that came on a day, right after a sentence about ratifying", () => {
  it("is his ratification on that day", () => {
    const text = "Vladimir Putin signed the ratification law on 3 March. Kim Jong Un's decree came the following Thursday.";
    expect(describeEvents(text, "2025-04-01", "ratification")).toEqual(["2025-03-03/day Vladimir Putin null", "2025-03-06/day Kim Jong Un null"]);
  });

  it("near miss: after a sentence about something else, a decree is no ratification", () => {
    const text = "Vladimir Putin opened the new bridge on 3 March. Kim Jong Un's decree came the following Thursday.";
    expect(describeEvents(text, "2025-04-01", "ratification")).toEqual([]);
  });

  it("near miss: a decree that came as a surprise names no day", () => {
    const text = "Vladimir Putin signed the ratification law on 3 March. Kim Jong Un's decree came as a surprise to diplomats.";
    expect(describeEvents(text, "2025-04-01", "ratification")).toEqual(["2025-03-03/day Vladimir Putin null"]);
  });
});
