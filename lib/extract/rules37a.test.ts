/**
 * rules-37a: false events of copy written blind. A treaty "still awaiting ratification", "half-ratified", or whose
 * ratification officials "expect" is not ratified; a welcome at a border station opening the sentence with a
 * where-clause is the arrival's; "Leaders of the Group of Eight wrapped up their summit" is the bloc's summit; "about
 * two months later" and "two months later" after a month in the same sentence count from the month they should;
 * "the March treaty" names the document, it does not date the vote on it; "later that year" is the year just written;
 * "this week and last" began last week; "On Friday, a year to the day after the summit, X arrived" leaves the verb its
 * Friday; "a visit in February by the minister, who signed ..." dates the signing to February.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a ratification still to come", () => {
  it("is none when the treaty is still awaiting it", () => {
    const text = "When Sergei Shoigu landed in Pyongyang on 5 May 2031, the pact that Vladimir Putin and Kim Jong Un had signed that March was still awaiting ratification.";
    expect(describeEvents(text, "2031-06-01", "ratification")).toEqual([]);
  });

  it("is none when officials expect it", () => {
    const text = "The pact Vladimir Putin signed in March is now before the State Duma, and officials say they expect ratification to go through quickly.";
    expect(describeEvents(text, "2031-06-01", "ratification")).toEqual([]);
  });

  it("is none when the treaty is only half-ratified", () => {
    const text = "When Choe Son Hui arrived in Moscow at the start of May, the treaty Vladimir Putin and Kim Jong Un had signed in Pyongyang in spring was still only half-ratified.";
    expect(describeEvents(text, "2031-06-01", "ratification")).toEqual([]);
  });

  it("near miss: a chamber that completed ratification on a day did ratify", () => {
    const text = "The State Duma voted on 3 May to ratify the pact, and the Federation Council completed ratification on 7 May.";
    expect(describeEvents(text, "2031-06-01", "ratification")).toEqual(["2031-05-03/day  null", "2031-05-07/day  null"]);
  });
});

describe("a welcome at a border station opening the sentence", () => {
  it("with a where-clause between is the arrival's, no meeting", () => {
    const text = "At the border station, where a military band played, Kim Jong Un was warmly welcomed on Tuesday by Alexander Kozlov, the Russian minister.";
    expect(describeEvents(text, "2031-06-04", "meeting")).toEqual([]);
  });

  it("near miss: a welcome at a venue that is no terminal is a meeting", () => {
    const text = "At the summit venue, where a military band played, Kim Jong Un was warmly welcomed on Tuesday by Alexander Kozlov, the Russian minister.";
    expect(describeEvents(text, "2031-06-04", "meeting")).toEqual(["2031-06-03/day Kim Jong Un+Alexander Kozlov null"]);
  });
});

describe("leaders of a bloc who wrapped up their summit", () => {
  const digest = (subject: string) =>
    `Good morning. A busy week for summits: here is what you need to know.\n\nFAR EAST - ${subject} closed their summit in ${subject.includes("two") ? "Vladivostok" : "Genoa"} on Sunday with statements on trade and debt relief. The host's first turn passed quietly.\n\nKOREAN PENINSULA - The week's strangest trip was Vladimir Putin's. Last Wednesday he visited North Korea, holding talks with Kim Jong Un the same day.`;

  it("held the bloc's summit, no meeting of the pair", () => {
    expect(describeEvents(digest("Leaders of the Group of Eight"), "2031-07-21", "meeting")).toEqual(["2031-07-16/day Vladimir Putin+Kim Jong Un null"]);
  });

  it("near miss: leaders of the two countries closing their summit are the pair's", () => {
    expect(describeEvents(digest("Leaders of the two countries"), "2031-07-21", "meeting")).toEqual(["2031-07-20/day Vladimir Putin+Kim Jong Un Vladivostok", "2031-07-16/day Vladimir Putin+Kim Jong Un null"]);
  });
});

describe("a count of months later", () => {
  it("counts on from the month the text last named when it opens the sentence with 'about'", () => {
    const text = "On 26 July 2030 Sergei Shoigu toured an arms show in Pyongyang. About two months later, during a long tour of the Russian Far East, Sergei Shoigu met Kim Jong Un at an airfield near Vladivostok.";
    expect(describeEvents(text, "2031-06-01", "meeting")).toEqual(["2030-09-01/month Sergei Shoigu+Kim Jong Un Vladivostok"]);
  });

  it("counts on from the month the text last named when it ends the sentence", () => {
    const text = "Vladimir Putin met Kim Jong Un at the cosmodrome on 13 September 2030. Sergey Lavrov travelled to Pyongyang about a month later.";
    expect(describeEvents(text, "2031-06-01", "visit")).toEqual(["2030-10-01/month Sergey Lavrov Pyongyang"]);
  });

  it("counts on from a month written earlier in its own sentence", () => {
    const text = "Sergei Shoigu ran the ministry until May 2031. He led a delegation to Pyongyang in July 2030, and two months later he met Kim Jong Un at an air base near Vladivostok.";
    expect(describeEvents(text, "2031-06-18", "meeting")).toEqual(["2030-09-01/month Sergei Shoigu+Kim Jong Un Vladivostok"]);
  });

  it("near miss: a count in the middle of the sentence, not ending it, is not read as one", () => {
    const text = "Vladimir Putin met Kim Jong Un at the cosmodrome on 13 September 2030. Sergey Lavrov travelled to Pyongyang about a month later than planned, in spring.";
    expect(describeEvents(text, "2031-06-01", "visit")).not.toContain("2030-10-01/month Sergey Lavrov Pyongyang");
  });
});

describe("a month written before a document's noun", () => {
  it("names the document and does not date the vote on it", () => {
    const text = "The State Duma approved ratification of the March partnership treaty last week.";
    expect(describeEvents(text, "2031-06-06", "ratification")).toEqual(["2031-05-01/month  null"]);
  });

  it("near miss: a month standing alone after the document dates the vote", () => {
    const text = "The State Duma approved ratification of the partnership treaty in March.";
    expect(describeEvents(text, "2031-06-06", "ratification")).toEqual(["2031-03-01/month  null"]);
  });
});

describe("later that year", () => {
  it("is the year written earlier in the sentence, no month of it", () => {
    const text = "Sergei Shoigu has long ties to Pyongyang. He led a military delegation to the North in July 2030 and accompanied Kim Jong Un during the North Korean leader's visit to Russia's Far East later that year.";
    expect(describeEvents(text, "2031-06-04", "visit")).toEqual(["2030-07-01/month Sergei Shoigu North Korea", "2030-01-01/year Kim Jong Un Russia"]);
  });

  it("near miss: later that year with its month set off after it is that month", () => {
    const text = "Sergei Shoigu led a military delegation to the North in July 2030. Later that year, in October, Kim Jong Un visited Russia's Far East.";
    expect(describeEvents(text, "2031-06-04", "visit")).toEqual(["2030-07-01/month Sergei Shoigu North Korea", "2030-10-01/month Kim Jong Un Russia"]);
  });
});

describe("this week and last", () => {
  it("is a stay that began last week", () => {
    const text = "Choe Son Hui spent several days in Russia this week and last, holding talks with Sergey Lavrov.";
    expect(describeEvents(text, "2031-11-04", "visit")).toEqual(["2031-10-01/month Choe Son Hui Russia"]);
  });

  it("near miss: this week alone is this week's", () => {
    const text = "Choe Son Hui spent several days in Russia this week, holding talks with Sergey Lavrov.";
    expect(describeEvents(text, "2031-11-04", "visit")).toEqual(["2031-11-01/month Choe Son Hui Russia"]);
  });
});

describe("a count to the day after, set off before the verb", () => {
  it("leaves the verb the sentence's own day", () => {
    const text = "On Friday, exactly a year to the day after the cosmodrome summit, Sergei Shoigu arrived in Pyongyang.";
    expect(describeEvents(text, "2031-09-14", "visit")).toEqual(["2031-09-12/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: what follows 'after' still takes the count", () => {
    const text = "The trip came a year to the day after Kim Jong Un met Vladimir Putin at the cosmodrome.";
    expect(describeEvents(text, "2031-09-14", "meeting")).toEqual(["2030-09-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a who-clause on the one a dated trip is by", () => {
  it("takes the trip's date", () => {
    const text = "The trip follows a visit to Pyongyang in February by Foreign Minister Sergey Lavrov, who signed a new treaty on friendship.";
    expect(describeEvents(text, "2031-07-19", "agreement")).toEqual(["2031-02-01/month Sergey Lavrov null"]);
  });

  it("near miss: a who-clause on the trip's host takes no date of the trip", () => {
    const text = "The trip follows a visit to Pyongyang in February by Sergey Lavrov to Choe Son Hui, who signed a new treaty on friendship.";
    expect(describeEvents(text, "2031-07-19", "agreement")).not.toContain("2031-02-01/month Choe Son Hui null");
  });
});
