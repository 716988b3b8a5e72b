/**
 * rules-33h: dates counted from the wrong anchor — a count of years set off right before a date written out yields to
 * that date ("had gone to Moscow a year earlier, in May 2010"); "a year ago this week" is that week a year back; an
 * undated verb counted off another event ("met again a year after the summit") takes no date of the paragraph.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a count of years set off before a date written out", () => {
  it("yields to that date", () => {
    const text = "The 1998 accord still binds them. Sergey Lavrov had visited Pyongyang a year earlier, in March 2010, the first such trip in years.";
    expect(describeEvents(text, "2020-06-02", "visit")).toEqual(["2010-03-01/month Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a count with no date beside it still counts from the year last named", () => {
    const text = "In 2011 the two signed a fisheries deal. Sergey Lavrov had visited Pyongyang a year earlier, the first such trip in years.";
    expect(describeEvents(text, "2020-06-02", "visit")).toEqual(["2010-01-01/year Sergey Lavrov Pyongyang"]);
  });
});

describe("a year ago this week", () => {
  it("is this week a year back, told at its month", () => {
    const text = "A year ago this week, Sergey Lavrov landed in Pyongyang.";
    expect(describeEvents(text, "2022-03-17", "visit")).toEqual(["2021-03-01/month Sergey Lavrov Pyongyang"]);
  });

  it("near miss: this week alone is the report's own month", () => {
    const text = "This week, Sergey Lavrov landed in Pyongyang.";
    expect(describeEvents(text, "2022-03-17", "visit")).toEqual(["2022-03-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("an undated verb counted off another event after it", () => {
  it("takes no date from the paragraph, nor does the event it is counted from", () => {
    const text = "Putin held talks with Kim Jong Un in Moscow in May 2012. Kim Jong Un visited Pyongyang. They met in Pyongyang a year after the Moscow summit.";
    expect(describeEvents(text, "2020-06-02", "meeting", { sortNames: true })).toEqual(["2012-05-01/month Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: a count of days stays near the paragraph's time", () => {
    const text = "Putin held talks with Kim Jong Un in Moscow in May 2012. Kim Jong Un visited Pyongyang. They met in Pyongyang two days after the Moscow summit.";
    expect(describeEvents(text, "2020-06-02", "meeting", { sortNames: true })).toEqual(["2012-05-01/month Kim Jong Un+Vladimir Putin Moscow", "2012-05-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a date right after a meeting noun in a participle phrase naming other agreements", () => {
  it("is that meeting's, not the talks'", () => {
    const text = "The visit went well.\n\nSergey Lavrov held talks with Choe Son Hui on 4 June. At the talks, the two ministers reviewed the accords reached at the Pyongyang summit in May.";
    expect(describeEvents(text, "2025-07-10", "meeting")).toEqual(["2025-06-04/day Sergey Lavrov+Choe Son Hui Pyongyang", "2025-05-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a meeting held at the summit takes the summit's month", () => {
    const text = "The visit went well.\n\nSergei Shoigu met Kim Jong Un at the Pyongyang summit in May.";
    expect(describeEvents(text, "2025-07-10", "meeting")).toEqual(["2025-05-01/month Sergei Shoigu+Kim Jong Un Pyongyang"]);
  });
});

describe("a date closing a second predicate coordinated after a relative clause", () => {
  it("dates that predicate only", () => {
    const text = "The visit went well.\n\nChoe Son Hui held talks with Sergey Lavrov, who praised the two armies, and was received by Putin on 6 March.";
    expect(describeEvents(text, "2025-07-10", "meeting")).toEqual(["2025-07-01/month Choe Son Hui+Sergey Lavrov null", "2025-03-06/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("near miss: with nothing between the two predicates, the day is both's", () => {
    const text = "The visit went well.\n\nChoe Son Hui held talks with Sergey Lavrov and was received by Putin on 6 March.";
    expect(describeEvents(text, "2025-07-10", "meeting")).toEqual(["2025-03-06/day Choe Son Hui+Sergey Lavrov null", "2025-03-06/day Choe Son Hui+Vladimir Putin null"]);
  });
});

describe("a bare 'on the Nth' after a month named in passing", () => {
  it("is in the report's month when the story had told days of that month", () => {
    const text = "Andrei Belousov arrived in Pyongyang on the 29th. The pact signed during the summit in June is about to take effect. Sergey Lavrov also met Choe Son Hui in Moscow on the 4th.";
    expect(describeEvents(text, "2024-11-30", "meeting")).toEqual(["2024-06-01/month Vladimir Putin+Kim Jong Un null", "2024-11-04/day Sergey Lavrov+Choe Son Hui Moscow"]);
  });

  it("near miss: with no recent day told, the day is of the month last named", () => {
    const text = "The pact was signed during the summit in June and is about to take effect. Sergey Lavrov also met Choe Son Hui in Moscow on the 4th.";
    expect(describeEvents(text, "2024-11-30", "meeting")).toEqual(["2024-06-01/month Vladimir Putin+Kim Jong Un null", "2024-06-04/day Sergey Lavrov+Choe Son Hui Moscow"]);
  });
});

describe("a border crossing told as a week or more ago", () => {
  it("is the start of the trip whose arrival the article dates", () => {
    const text = "Kim Jong Un rolled into Moscow yesterday after days aboard his train.\n\nKim's train left North Korea more than a week ago and crossed into the Russian Far East.";
    expect(describeEvents(text, "2025-08-04", "visit")).toEqual(["2025-08-03/day Kim Jong Un Moscow"]);
  });

  it("near miss: a crossing told only as last month stays a trip of its own", () => {
    const text = "Kim Jong Un rolled into Moscow yesterday after days aboard his train.\n\nHe crossed into the Russian Far East last month.";
    expect(describeEvents(text, "2025-08-04", "visit")).toEqual(["2025-08-03/day Kim Jong Un Moscow", "2025-07-01/month Kim Jong Un Russia"]);
  });
});
