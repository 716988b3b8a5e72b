/**
 * rules-33i: who a pronoun or a "their" stands for, and whether a visit is one —
 * "Lavrov's predecessor, Igor Ivanov, ..." makes Ivanov the subject the next "he" points back to; "Kim invited him
 * during their meeting" is Kim and the one invited; "a down payment on a Putin visit" is a visit still to come; those
 * named in what "prepared the ground for" talks are not its parties; each item of a list of meetings, and a when-clause
 * on it, is at the place written with it; a paragraph going on "at the plant" the one before named is on that one's day;
 * an act in an undated who-clause on a person described as he is now has no date from around it.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a name set in apposition to a possessed noun opening the sentence", () => {
  it("is the subject a following 'he' points back to, not the possessor", () => {
    const text = "Defence Minister Andrei Belousov flew in on Friday. Belousov's predecessor, Sergei Shoigu, now heads the Security Council. He was last in Pyongyang on 4 October, when Kim Jong Un received him for talks.";
    expect(describeEvents(text, "2024-11-29", "visit")).toContain("2024-10-04/day Sergei Shoigu Pyongyang");
    expect(describeEvents(text, "2024-11-29", "visit")).not.toContain("2024-10-04/day Andrei Belousov Pyongyang");
  });

  it("near miss: a possessor with no name in apposition stays the subject", () => {
    const text = "Defence Minister Andrei Belousov flew in on Friday. Belousov's predecessor now heads the Security Council, Sergei Shoigu said. He was last in Pyongyang on 4 October, when Kim Jong Un received him for talks.";
    expect(describeEvents(text, "2024-11-29", "visit")).toContain("2024-10-04/day Andrei Belousov Pyongyang");
  });
});

describe("'their' after a subject and its object pronoun", () => {
  it("is the subject and the one the pronoun stands for", () => {
    const text = "Sergey Lavrov held talks with Kim Jong Un in Pyongyang on Thursday. Will Putin come? Kim invited him during their meeting in May and the Kremlin says he accepted.";
    expect(describeEvents(text, "2024-10-20", "meeting", { sortNames: true })).toContain("2024-05-01/month Kim Jong Un+Vladimir Putin null");
    expect(describeEvents(text, "2024-10-20", "meeting", { sortNames: true })).not.toContain("2024-05-01/month Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: 'their' with no object pronoun before it is still the pair the text was about", () => {
    const text = "Sergey Lavrov held talks with Kim Jong Un in Pyongyang on Thursday. Will Putin come? Kim recalled their meeting in May, Lavrov said.";
    expect(describeEvents(text, "2024-10-20", "meeting", { sortNames: true })).not.toContain("2024-05-01/month Kim Jong Un+Vladimir Putin null");
  });
});

describe("a down payment on a visit", () => {
  it("is a visit still to come", () => {
    const text = "An analyst called the Lavrov trip to Pyongyang on Tuesday a down payment on a Putin visit to Pyongyang.";
    expect(describeEvents(text, "2024-10-20", "visit")).toEqual(["2024-10-15/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a visit told beside a payment of another kind is still one", () => {
    const text = "Vladimir Putin paid a visit to Pyongyang on Tuesday, days after a down payment on the new bridge was made.";
    expect(describeEvents(text, "2024-10-20", "visit")).toEqual(["2024-10-15/day Vladimir Putin Pyongyang"]);
  });
});

describe("those named in what prepared the ground for talks", () => {
  it("are not parties of the talks", () => {
    const text = "Choe Son Hui's trip to Moscow in May and a visit to Pyongyang by Sergey Lavrov in June prepared the ground for Friday's talks.";
    expect(describeEvents(text, "2024-07-14", "meeting")).toEqual([]);
  });

  it("near miss: a subject who held the talks himself is still a party", () => {
    const text = "Sergey Lavrov held Friday's talks with Choe Son Hui in Pyongyang.";
    expect(describeEvents(text, "2024-07-14", "meeting", { sortNames: true })).toEqual(["2024-07-12/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });
});

describe("a list of meetings, each with its place", () => {
  it("places a last item marked 'most recently' at its own place, and a when-clause on it there too", () => {
    const text = "Vladimir Putin and Kim Jong Un met in Vladivostok in April 2019, at the Vostochny Cosmodrome in September 2023, and most recently in Pyongyang on 19 June 2024, when they held talks.";
    const got = describeEvents(text, "2025-08-14", "meeting", { sortNames: true });
    expect(got).toContain("2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang");
    expect(got.some((e) => e.startsWith("2024-06-19/day") && e.endsWith("Vladivostok"))).toBe(false);
  });

  it("near miss: a when-clause after a date with no place of its own keeps the sentence's place", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok on 25 April 2019, when they held talks for three hours.";
    expect(describeEvents(text, "2025-08-14", "meeting", { sortNames: true })).toEqual(["2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("a paragraph going on at 'the' place the one before named", () => {
  it("is on that paragraph's day", () => {
    const text = "Pyongyang, May 5 (KCNA) -- Kim Jong Un looked round the tractor plant in Khabarovsk on May 4.\n\nHe was warmly greeted at the plant by Denis Manturov, deputy prime minister of Russia.";
    expect(describeEvents(text, "2024-05-05", "meeting", { sortNames: true })).toEqual(["2024-05-04/day Denis Manturov+Kim Jong Un null"]);
  });

  it("near miss: a place the paragraph before did not name leaves the report's day", () => {
    const text = "Pyongyang, May 5 (KCNA) -- Kim Jong Un looked round the tractor plant in Khabarovsk on May 4.\n\nHe was warmly greeted at the theatre by Denis Manturov, deputy prime minister of Russia.";
    expect(describeEvents(text, "2024-05-05", "meeting", { sortNames: true })).not.toContain("2024-05-04/day Denis Manturov+Kim Jong Un null");
  });
});

describe("an act in an undated who-clause on a person described as he is now", () => {
  it("takes no date from the sentences around it", () => {
    const text = "Kim Jong Un toured the port of Vladivostok on 13 September 2023. Putin is now in Beijing, and Sergei Shoigu, who guided Kim Jong Un round the airfield, has become secretary of the Security Council.";
    expect(describeEvents(text, "2024-08-24", "meeting")).toEqual([]);
  });

  it("near miss: a who-clause in a sentence told in the past still takes the time around it", () => {
    const text = "Kim Jong Un toured the port of Vladivostok on 13 September 2023. Sergei Shoigu, who guided Kim Jong Un round the airfield, then flew back to Moscow.";
    expect(describeEvents(text, "2024-08-24", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Sergei Shoigu null"]);
  });
});
