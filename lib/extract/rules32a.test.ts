/**
 * rules-32a: background visits recalled long after, in wordings the extractor did not read —
 * "A year later Kim repaid the visit, riding his train all the way to Moscow": returning a visit or a favour is a
 * journey of one's own when the sentence says where it went.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a visit or a favour returned with a journey to a place", () => {
  it("is the returner's visit there, dated by the sentence", () => {
    const text = "Vladimir Putin went to Pyongyang in May 2015. Kim Jong Un returned the visit in 2016 with a long rail journey to Moscow.";
    expect(describeEvents(text, "2024-03-02", "visit")).toEqual(["2015-05-01/month Vladimir Putin Pyongyang", "2016-01-01/year Kim Jong Un Moscow"]);
  });

  it("reads the participle of travel and a relative year too", () => {
    const text = "Vladimir Putin went to Pyongyang in May 2015. A year later Kim Jong Un repaid the favour, riding his armoured train across the whole of Siberia to Moscow.";
    expect(describeEvents(text, "2024-03-02", "visit")).toEqual(["2015-05-01/month Vladimir Putin Pyongyang", "2016-01-01/year Kim Jong Un Moscow"]);
  });

  it("near miss: a favour returned with no journey is no visit", () => {
    const text = "Vladimir Putin went to Pyongyang in May 2015. In 2016 Kim Jong Un returned the favour by backing Moscow at the United Nations.";
    expect(describeEvents(text, "2024-03-02", "visit")).toEqual(["2015-05-01/month Vladimir Putin Pyongyang"]);
  });

  it("near miss: a favour returned by sending someone else to a place is no journey of the sender's", () => {
    const text = "In 2016 Kim Jong Un returned the favour, sending a trade delegation to Moscow.";
    expect(describeEvents(text, "2024-03-02", "visit")).toEqual([]);
  });
});

describe("a bare 'went' with only a month after it", () => {
  it("goes to the place the sentence before sent people to", () => {
    const text = "Moscow has sent a series of senior envoys to Pyongyang since the war began. Sergey Lavrov went last October, and Kim Jong Un received him.";
    expect(describeEvents(text, "2024-09-16", "visit")).toEqual(["2023-10-01/month Sergey Lavrov Pyongyang"]);
  });

  it("goes to the place written earlier in its own sentence", () => {
    const text = "The last Russian minister to visit Pyongyang was Sergei Shoigu, who went in July for the armistice parade.";
    expect(describeEvents(text, "2024-09-16", "visit")).toEqual(["2024-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'went quiet in October' is no trip", () => {
    const text = "Moscow has sent a series of senior envoys to Pyongyang since the war began. Sergey Lavrov went quiet in October, and Kim Jong Un spoke instead.";
    expect(describeEvents(text, "2024-09-16", "visit")).toEqual([]);
  });
});

describe("a where-clause set off by a comma after a dated journey or summit noun", () => {
  it("dates the meeting in it by the noun", () => {
    const text = "Kim Jong Un's travel abroad had been limited to his 2019 journey to Vladivostok, where he held his first summit with Vladimir Putin.";
    expect(describeEvents(text, "2023-07-28", "meeting", { sortNames: true })).toEqual(["2019-01-01/year Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a clause joined by 'and' is not the noun's, and does not take its date", () => {
    const text = "Kim Jong Un spoke of his 2019 journey to Vladivostok, and he met Vladimir Putin.";
    expect(describeEvents(text, "2023-07-28", "meeting", { sortNames: true })).not.toContain("2019-01-01/year Kim Jong Un+Vladimir Putin null");
  });
});

describe("a journey framing the clause, as a trip or a tour does", () => {
  it("is the possessor's visit to the place it went through", () => {
    const text = "During Kim Jong Un's journey through the Russian Far East in September 2023, it was Sergei Shoigu who showed him the bombers.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2023-09-01/month Kim Jong Un Russia"]);
  });

  it("near miss: a journey that frames nothing, the subject of a documentary, is no visit", () => {
    const text = "Kim Jong Un's journey through the Russian Far East was the subject of a documentary in September 2023.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual([]);
  });

  it("near miss: a journey home frames no visit to the place named after it", () => {
    const text = "During Sergei Shoigu's journey home, crowds waited for Kim Jong Un in Pyongyang in September 2023.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual([]);
  });
});

describe("the start of a tour, framing a meeting", () => {
  it("is the visit of the one who toured", () => {
    const text = "Kim Jong Un met Vladimir Putin on 13 September 2023, at the start of his week-long tour of the Russian Far East.";
    expect(describeEvents(text, "2025-08-16", "visit")).toEqual(["2023-09-13/day Kim Jong Un Russia"]);
  });

  it("near miss: the start of the tourist season is no tour", () => {
    const text = "Kim Jong Un met Vladimir Putin on 13 September 2023, at the start of the tourist season in the Russian Far East.";
    expect(describeEvents(text, "2025-08-16", "visit")).toEqual([]);
  });
});
