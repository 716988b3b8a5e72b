/**
 * rules-35e: dates and welcomes that other parts of a sentence lent to an event — "Today X heads ..." is nowadays, not a
 * day for "the same day" to count from; "a 2000 treaty" carries its year as "the 2000 treaty" does; "a decade ago this
 * week" is ten years back; a passive greeting after an opening "Upon his arrival" is the arrival's welcome; a clause
 * opening with a season ("and by the autumn Lavrov was there") takes no date from the clause before it; a timeline entry's
 * day set off by a plain hyphen dates its who-clause; a recent day opening a report with no act on it gives the report's
 * undated news its month; an act "shortly after" which a month's act came takes no date; a place right after an
 * earlier signing verb ("signed in Pyongyang ... and the declaration adopted on ...") is that verb's only; "the treaty signed
 * between them on the 24th", in a sentence about ratifying it, is not a signing on the 24th; nor is "a month ago it was
 * still a piece of paper signed in Pyongyang" a signing a month ago.
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

describe("a timeline entry's day set off by a plain hyphen", () => {
  it("dates the verbs of the entry, in a who-clause too", () => {
    const text = "12 March 2019 - Sergey Lavrov becomes the first Russian minister to meet Kim Jong Un, who receives him in Pyongyang.";
    expect(describeEvents(text, "2020-02-09", "meeting", { sortNames: true })).toEqual(["2019-03-12/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("dates a verb after a semicolon of the entry", () => {
    const text = "17 June 2025 - Two weeks later, Sergei Shoigu travels to Pyongyang again; Kim Jong Un receives him.";
    expect(describeEvents(text, "2025-07-20", "meeting", { sortNames: true })).toEqual(["2025-06-17/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a day the sentence runs on from, with no hyphen, heads no entry", () => {
    const text = "12 March 2019 saw Sergey Lavrov become the first Russian minister to meet Kim Jong Un, who receives him in Pyongyang.";
    expect(describeEvents(text, "2020-02-09", "meeting", { sortNames: true })).not.toContain("2019-03-12/day Kim Jong Un+Sergey Lavrov Pyongyang");
  });

  it("near miss: an act a who-clause tells as coming later takes no date from the entry", () => {
    const text = "May 2024 - Sergei Shoigu is moved to the Security Council and replaced by Andrei Belousov, who later makes his own trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-10", "visit")).toEqual([]);
  });
});

describe("a recent day opening a report with no act told on it", () => {
  // (No act is told on the day itself: "He personally led Russia's defence minister around a hall" would be the
  // meeting of that day since rules35f.)
  const rest = "The drones on show, according to state media, were the newest the country has built.\n\nIt is hard to read that as anything but a sales pitch. Shoigu, who flew in for the anniversary of the 1950 landing, was the first defence minister to turn up in Pyongyang since the Soviet era.";

  it("puts the report's undated news in that day's month", () => {
    const text = `Last Wednesday, Kim Jong Un offered a foreign guest something few have seen. ${rest}`;
    expect(describeEvents(text, "2025-08-02", "visit")).toEqual(["2025-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a day more than a month back is recalled, and the report keeps its own month", () => {
    const text = `On 3 May, Kim Jong Un offered a foreign guest something few have seen. ${rest}`;
    expect(describeEvents(text, "2025-08-02", "visit")).toEqual(["2025-08-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("an act in a clause opened by 'shortly after' past a month", () => {
  it("came before that month's act, at a time not given", () => {
    const text = "The first round was held in Moscow in November, when Choe Son Hui travelled to Russia shortly after the State Duma voted to ratify the treaty.";
    expect(describeEvents(text, "2025-06-10", "ratification")).toEqual([]);
  });

  it("near miss: a day keeps the act told shortly after it", () => {
    const text = "Sergey Lavrov met Kim Jong Un on 5 May shortly after he landed in Pyongyang.";
    expect(describeEvents(text, "2025-06-10", "visit")).toEqual(["2025-05-05/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a place written right after an earlier signing verb", () => {
  it("is that act's, not the later one's", () => {
    const text = "Both sides noted that the DPRK-Russia Joint Declaration signed in Pyongyang on 19 July 2019 and the DPRK-Russia Moscow Declaration adopted on 4 August 2023 are being implemented.";
    expect(describeEvents(text, "2025-06-10", "agreement", { sortNames: true })).toEqual([
      "2019-07-19/day Kim Jong Un+Vladimir Putin Pyongyang",
      "2023-08-04/day Kim Jong Un+Vladimir Putin null",
    ]);
  });

  it("near miss: a place after the object of the earlier verb is still the sentence's", () => {
    const text = "Vladimir Putin and Kim Jong Un signed a declaration in Pyongyang on 19 July 2023 and signed another one on 20 July 2023.";
    expect(describeEvents(text, "2025-06-10", "agreement")).toEqual([
      "2023-07-19/day Vladimir Putin+Kim Jong Un Pyongyang",
      "2023-07-20/day Vladimir Putin+Kim Jong Un Pyongyang",
    ]);
  });
});

describe("a bare day of the month after a signing told as a participle, in a sentence about ratifying", () => {
  it("is the ratification's day, not the signing's", () => {
    const text = "The State Duma passed the ratification bill for the partnership treaty signed between Russia and North Korea on the 24th.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual([]);
    expect(describeEvents(text, "2024-10-25", "ratification")).toEqual(["2024-10-24/day  null"]);
  });

  it("near miss: a day written with its month after the participle is the signing's", () => {
    const text = "The State Duma passed the ratification bill for the partnership treaty signed between Russia and North Korea on 19 June.";
    expect(describeEvents(text, "2024-10-25", "agreement")).toEqual(["2024-06-19/day Vladimir Putin+Kim Jong Un null"]);
  });
});

describe("a signing told as a participle after a noun the sentence says something was", () => {
  it("takes no date from the state told before it", () => {
    const text = "A month ago the treaty between Russia and North Korea was still a piece of paper signed in Pyongyang.";
    expect(describeEvents(text, "2024-11-20", "agreement")).toEqual([]);
  });

  it("near miss: a passive signing of the document is dated by the sentence", () => {
    const text = "A month ago the treaty between Russia and North Korea was signed in Pyongyang.";
    expect(describeEvents(text, "2024-11-20", "agreement")).toEqual(["2024-10-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});
