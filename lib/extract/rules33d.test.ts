/**
 * rules-33d: dates that put recalled events on the wrong day. "Last <weekday>" naming yesterday's weekday is a week
 * further back; "a week ago Friday" is the Friday before the last; "seventeen years ago" and "during a 2002 trip" are
 * years; "before the day was out" is the day just told; "a few days later" opening the next clause is not the day before
 * it, and a year opening the sentence is the year of the days after it;
 * "it comes three months after" counts back from the day the paragraph told; a present perfect under "in the past
 * fourteen months" sums up meetings and dates none of them; "on the 2nd" after "the 30th of last month" is in the
 * report's own month.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("'last' before yesterday's weekday", () => {
  it("is that weekday a week before: 'last Wednesday' written on a Thursday is eight days back", () => {
    const text = "When Sergey Lavrov landed in Pyongyang last Wednesday, the welcome was lavish.";
    expect(describeEvents(text, "2025-03-20", "visit")).toEqual(["2025-03-12/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'last Friday' written on a Monday is still three days back", () => {
    const text = "When Sergey Lavrov landed in Pyongyang last Friday, the welcome was lavish.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-21/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a bare 'on Wednesday' written on a Thursday is yesterday", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Wednesday for talks.";
    expect(describeEvents(text, "2025-03-20", "visit")).toEqual(["2025-03-19/day Sergey Lavrov Pyongyang"]);
  });
});

describe("'a week ago <weekday>'", () => {
  it("is that weekday a week before its latest occurrence", () => {
    const text = "A week ago Friday, Sergei Shoigu flew into Pyongyang for an afternoon of talks.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-14/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a bare 'on Friday' written on a Saturday is yesterday", () => {
    const text = "On Friday, Sergei Shoigu flew into Pyongyang for an afternoon of talks.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });
});

describe("years ago counted in any number word", () => {
  it("'seventeen years ago' is that year", () => {
    const text = "Pyongyang is where Sergey Lavrov first met Kim Jong Un seventeen years ago, his aides like to recall.";
    expect(describeEvents(text, "2025-04-24", "meeting", { sortNames: true })).toEqual(["2008-01-01/year Kim Jong Un+Sergey Lavrov null"]);
  });

  it("'twenty-one years ago' is that year", () => {
    const text = "Sergey Lavrov signed a protocol with Choe Son Hui twenty-one years ago, when both were junior diplomats.";
    expect(describeEvents(text, "2025-04-24", "agreement", { sortNames: true })).toEqual(["2004-01-01/year Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: 'seventeen years ago today' is still the anniversary's day", () => {
    const text = "Seventeen years ago today, Sergey Lavrov met Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2025-04-24", "meeting", { sortNames: true })).toEqual(["2008-04-24/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("'during a 2018 trip'", () => {
  it("dates what was done on the trip to its year", () => {
    const text = "Sergey Lavrov toured the Wonsan resort during a 2018 trip to North Korea.";
    expect(describeEvents(text, "2025-07-12", "visit")).toEqual(["2018-01-01/year Sergey Lavrov Wonsan"]);
  });

  it("near miss: a year before a document ('citing a 2018 agreement') does not date the visit", () => {
    const text = "Sergey Lavrov toured the Wonsan resort on Friday, citing a 2018 agreement on tourism.";
    expect(describeEvents(text, "2025-07-12", "visit")).toEqual(["2025-07-11/day Sergey Lavrov Wonsan"]);
  });
});

describe("'before the day was out'", () => {
  it("is the day just told, even paragraphs back in a look back", () => {
    const text = "Sergey Lavrov flew into Pyongyang on 11 July 2023.\n\nBefore the day was out, Sergey Lavrov and Choe Son Hui signed a protocol.";
    expect(describeEvents(text, "2025-09-01", "agreement", { sortNames: true })).toEqual(["2023-07-11/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("a timeline's entry headed 'The same day - ' is the day of the entry before it", () => {
    const text = "1. 11 July 2023 - Lavrov arrives\nSergey Lavrov flew into Pyongyang.\n\n2. The same day - A protocol\nSergey Lavrov and Choe Son Hui signed a protocol.";
    expect(describeEvents(text, "2025-09-01", "agreement", { sortNames: true })).toEqual(["2023-07-11/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: 'On the same day' opening a sentence after a paragraph recalling an old visit is the news's day", () => {
    const text = "Sergey Lavrov had flown into Pyongyang on 11 July 2023.\n\nOn the same day, Sergey Lavrov and Choe Son Hui signed a protocol.";
    expect(describeEvents(text, "2025-09-01", "agreement", { sortNames: true })).toEqual(["2025-09-01/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'a few days later' opening the next clause", () => {
  it("dates that clause at the month, not at the day told before it", () => {
    const text = "On 3 May 2023, Putin welcomed Kim Jong Un at the cosmodrome, and a few days later it was Sergei Shoigu who showed Kim Jong Un the new bombers.";
    expect(describeEvents(text, "2025-01-10", "meeting", { sortNames: true })).toContain("2023-05-01/month Kim Jong Un+Sergei Shoigu null");
  });

  it("'the following day' after 'two days later' goes on from the day counted", () => {
    const text = "Kim Jong Un met Putin on 13 May 2023. Two days later Sergey Lavrov showed him the port, and the following day Sergei Shoigu showed him the bombers.";
    expect(describeEvents(text, "2025-01-10", "meeting", { sortNames: true })).toContain("2023-05-16/day Kim Jong Un+Sergei Shoigu null");
  });

  it("near miss: without the count, the clause keeps the day told before it", () => {
    const text = "On 3 May 2023, Putin welcomed Kim Jong Un at the cosmodrome, and Sergei Shoigu showed Kim Jong Un the new bombers.";
    expect(describeEvents(text, "2025-01-10", "meeting", { sortNames: true })).toContain("2023-05-03/day Kim Jong Un+Sergei Shoigu null");
  });
});

describe("a year opening the sentence", () => {
  it("is the year of a day written without one after it", () => {
    const text = "In 2023, when he was still minister, Sergei Shoigu arrived in Pyongyang on July 25, and the following day Kim Jong Un received him.";
    expect(describeEvents(text, "2025-03-24", "meeting", { sortNames: true })).toEqual(["2023-07-26/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a year later in the sentence leaves an earlier day to the report's year", () => {
    const text = "Sergei Shoigu arrived in Pyongyang on March 3, his first trip since 2023.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-03/day Sergei Shoigu Pyongyang"]);
  });
});

describe("'it comes N months after'", () => {
  it("counts back from the day the paragraph told", () => {
    const text = "Sergei Shoigu flew to Pyongyang on 13 September 2024 and was received by Kim Jong Un. It comes less than three months after Putin and Kim Jong Un signed their treaty in Pyongyang.";
    expect(describeEvents(text, "2025-09-15", "agreement", { sortNames: true })).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: 'the visit comes three months after' in the news counts back from the report", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Monday. The visit comes three months after Putin and Kim Jong Un signed their treaty in Pyongyang.";
    expect(describeEvents(text, "2025-09-15", "agreement", { sortNames: true })).toEqual(["2025-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a present perfect under 'in the past fourteen months'", () => {
  it("sums up meetings and dates none", () => {
    const text = "In the past 14 months, Sergey Lavrov and Choe Son Hui have met in both capitals.";
    expect(describeEvents(text, "2024-10-31", "meeting")).toEqual([]);
  });

  it("sums up in words too", () => {
    const text = "Over the past two years, Kim Jong Un and Putin have met three times.";
    expect(describeEvents(text, "2024-10-31", "meeting")).toEqual([]);
  });

  it("near miss: a simple past under the span is a told meeting", () => {
    const text = "In the past 14 months, Sergey Lavrov met Choe Son Hui in Moscow on 16 January.";
    expect(describeEvents(text, "2024-10-31", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("'on the 2nd' after 'the 30th of last month'", () => {
  it("is further on in the story: the report's own month", () => {
    const text = "Choe Son Hui began her visit to Russia on the 28th of last month. On the 2nd, she held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2025-06-05", "meeting", { sortNames: true })).toEqual(["2025-06-02/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a day after the one just told stays in its month", () => {
    const text = "Choe Son Hui began her visit to Russia on the 18th of last month. On the 22nd, she held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2025-06-05", "meeting", { sortNames: true })).toEqual(["2025-05-22/day Choe Son Hui+Sergey Lavrov null"]);
  });
});
