/**
 * rules-35c: timelines told as numbered entries, each a title line over a paragraph. A title that names its people or
 * its event ("4. January 16, 2024 - Choe in the Kremlin") dates the first sentence under it as a bare title does, and a
 * since-phrase's year in that sentence ("his first since 2000") is no date of its own. The year written in a title's
 * day is the year of the paragraph right under it ("October 18-19, 2023 - ..." over "arrived on 18 October"). "Twelve
 * months ago this week" is the month that many months back. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a timeline title that names its people", () => {
  it("dates the first sentence under it", () => {
    const text = "How the ties grew.\n\n3. 9 March 2023 - Lavrov and Kim\n\nSergey Lavrov was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2025-05-02", "meeting", { sortNames: true })).toEqual(["2023-03-09/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a title that is a sentence of its own, with its stop, is an entry, not a title over the paragraph", () => {
    const text = "How the ties grew.\n\n3. 9 March 2023 - Sergey Lavrov flies to Minsk for a regional forum.\n\nSergey Lavrov was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2025-05-02", "meeting", { sortNames: true })).toEqual(["2025-05-01/month Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("a since-phrase in the sentence under a title", () => {
  it("does not keep the title from dating it", () => {
    const text = "How the pact came about.\n\n1. 19 June 2024 - Signing in Pyongyang\n\nVladimir Putin and Kim Jong Un signed the treaty in Pyongyang, on Putin's first trip there since 2000.";
    expect(describeEvents(text, "2024-12-20", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: a day of the sentence's own still dates it", () => {
    const text = "How the pact came about.\n\n1. 19 June 2024 - Signing in Pyongyang\n\nVladimir Putin and Kim Jong Un signed the treaty in Pyongyang on 20 June.";
    expect(describeEvents(text, "2024-12-20", "agreement", { sortNames: true })).toEqual(["2024-06-20/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("the year of a timeline title's day", () => {
  it("is the year of a year-less day in the paragraph under it", () => {
    const text = "A year of contacts.\n\n2. October 18-19, 2023 - A new phase\n\nSergey Lavrov arrived in Pyongyang on 18 October for two days of talks.";
    expect(describeEvents(text, "2024-10-25", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a paragraph further down keeps the report's year", () => {
    const text = "A year of contacts.\n\n2. October 18-19, 2023 - A new phase\n\nThe talks were long.\n\nSergey Lavrov arrived in Pyongyang on 18 October for two days of talks.";
    expect(describeEvents(text, "2024-10-25", "visit")).toEqual(["2024-10-18/day Sergey Lavrov Pyongyang"]);
  });
});

describe("months ago this week", () => {
  it("is the month that many months back", () => {
    const text = "Twelve months ago this week, Sergey Lavrov flew to Pyongyang for talks.";
    expect(describeEvents(text, "2024-10-19", "visit")).toEqual(["2023-10-01/month Sergey Lavrov Pyongyang"]);
  });

  it("near miss: this week alone is the report's own week", () => {
    const text = "Twelve months on, Sergey Lavrov flew to Pyongyang this week for talks.";
    expect(describeEvents(text, "2024-10-19", "visit")).not.toContain("2023-10-01/month Sergey Lavrov Pyongyang");
  });
});

describe("a meeting told after 'after' with a pronoun subject", () => {
  it("is the pronoun's own meeting, apart from the main clause's audience", () => {
    const text = "Vladimir Putin welcomed Choe Son Hui at the Kremlin on Tuesday, hours after she held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2024-01-17", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Vladimir Putin Moscow", "2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: a clause with a time of its own is left as one reading (its day is not the main verb's)", () => {
    const text = "Vladimir Putin welcomed Choe Son Hui at the Kremlin on Tuesday, after she held talks with Sergey Lavrov the week before.";
    expect(describeEvents(text, "2024-01-17", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov+Vladimir Putin Moscow"]);
  });
});

describe("a leader's signature that a ratification is said to follow", () => {
  it("is that leader's ratification on its day, right after a sentence about ratifying", () => {
    const text = "Kim Jong Un signed a decree ratifying the pact with Russia on Tuesday. It follows Vladimir Putin's signature on Saturday.";
    expect(describeEvents(text, "2024-11-13", "ratification")).toEqual(["2024-11-12/day Kim Jong Un null", "2024-11-09/day Vladimir Putin null"]);
  });

  it("near miss: after a sentence on something else it is no ratification", () => {
    const text = "Kim Jong Un watched a missile test on Tuesday. It follows Vladimir Putin's signature on Saturday.";
    expect(describeEvents(text, "2024-11-13", "ratification")).toEqual([]);
  });
});

describe("talks between a pair that have begun", () => {
  it("are a meeting of the pair on the live entry's day", () => {
    const text = "Live updates, all times local.\n\n08:00 - Good morning.\n\n09:00 - Sergey Lavrov woke up in Pyongyang.\n\n10:30 - Agencies say talks between Sergey Lavrov and Choe Son Hui have begun at the guest house.";
    expect(describeEvents(text, "2023-10-19", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks that have begun to stall are no meeting", () => {
    const text = "Live updates, all times local.\n\n08:00 - Good morning.\n\n09:00 - Sergey Lavrov woke up in Pyongyang.\n\n10:30 - Agencies say talks between Sergey Lavrov and Choe Son Hui have begun to stall over fishing rights.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toEqual([]);
  });
});

describe("a live entry's talks named by their pair and told over", () => {
  it("are the pair's meeting that day", () => {
    const text = "Live updates, all times local.\n\n08:00 - Good morning.\n\n09:10 - Sergey Lavrov and Choe Son Hui are due to sit down this morning.\n\n12:40 - The Lavrov-Choe talks are over.";
    expect(describeEvents(text, "2023-10-19", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks told as all but over are not yet a meeting held", () => {
    const text = "Live updates, all times local.\n\n08:00 - Good morning.\n\n09:10 - Sergey Lavrov and Choe Son Hui are due to sit down next week.\n\n12:40 - Hopes for Lavrov-Choe talks are over.";
    expect(describeEvents(text, "2023-10-19", "meeting")).toEqual([]);
  });
});

describe("a timeline entry's present passive 'is shown around ... by'", () => {
  it("is the guest's meeting with the host who shows him round", () => {
    const text = "Sept. 15 - Kim Jong Un is shown around the aircraft plant by Sergei Shoigu.";
    expect(describeEvents(text, "2023-09-20", "meeting", { sortNames: true })).toEqual(["2023-09-15/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("near miss: one still to be shown around is no meeting", () => {
    const text = "Sept. 15 - Kim Jong Un is to be shown around the aircraft plant by Sergei Shoigu.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual([]);
  });
});
