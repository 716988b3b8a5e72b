/**
 * rules-32j: the year of a day or month written without one, in retrospectives. "Later that year, in October" is in the
 * year the text last wrote; a day still ahead of the report but told as done is of the year before; a day told in the
 * past a few weeks from the day its paragraph just gave with a year is of that year. Also: an act told right after or
 * before a gerund ("shake hands after signing the accord in May 2019") takes the gerund's date; talks "expected on Monday"
 * or "expected to cover" are a plan; "received him for talks" has "him" as its object; "a Russian deputy minister met him
 * on the platform" is a welcome by the unnamed official; "they" opening a sentence is not people named past a comma
 * after it; "then-U.S." ends no sentence; a place toured is where the two were; "two months after Kim's talks with Xi"
 * names its own parties; "the first time in 24 years, since July 2000, that X has visited" tells no visit; an undated
 * meeting after a lead dated a day or two before the wire's dateline joins the lead's; "on the 4th" with no month
 * named yet is a day of the report's month a few days back; a trip that "entered Russian territory" by train is overland.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";
import { analyseArticle } from "./analyze";
import { splitSentences } from "./segment";
import { describeEvents, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const dates = (sentence: string, publishedAt: string, options: Parameters<typeof findDateMentions>[2] = {}) =>
  findDateMentions(sentence, { publishedAt }, options).map((d) => `${d.date}/${d.precision}`);

describe("a month set off after 'earlier that year' or 'later that year'", () => {
  it("is in the year the text last wrote out", () => {
    expect(dates("Later that year, in October, the two ministers signed a visa accord.", "2024-03-10", { previousYear: "2001-05-02" })).toEqual(["2001-10-01/month"]);
  });

  it("near miss: a month with no such opening keeps the report's year", () => {
    expect(dates("In October, the two ministers signed a visa accord.", "2024-11-10", { previousYear: "2001-05-02" })).toEqual(["2024-10-01/month"]);
  });
});

describe("a year-less day still ahead of the report, told as done", () => {
  it("is of the year before", () => {
    expect(dates("The upper house ratified the accord on March 12.", "2025-03-09")).toEqual(["2024-03-12/day"]);
  });

  it("near miss: the same day told as ahead stays in the report's year", () => {
    expect(dates("The upper house is expected to ratify the accord on March 12.", "2025-03-09", { future: true })).toEqual(["2025-03-12/day"]);
  });

  it("near miss: the day after the report, for time zones, stays", () => {
    expect(dates("The upper house ratified the accord on March 10.", "2025-03-09")).toEqual(["2025-03-10/day"]);
  });
});

describe("a year-less day told in the past near the day its paragraph just gave", () => {
  it("is of that day's year", () => {
    expect(dates("The envoy had flown in the night before, landing on 7 May after a stop in Beijing.", "2023-06-20", { previousDay: "2018-05-08", previousDayInParagraph: true })).toEqual(["2018-05-07/day"]);
  });

  it("near miss: a day far from the one the paragraph gave keeps the report's year", () => {
    expect(dates("The envoy had flown in on 7 May after a stop in Beijing.", "2023-06-20", { previousDay: "2018-09-08", previousDayInParagraph: true })).toEqual(["2023-05-07/day"]);
  });

  it("near miss: a day told in another paragraph keeps the report's year", () => {
    expect(dates("The envoy had flown in on 7 May after a stop in Beijing.", "2023-06-20", { previousDay: "2018-05-08", previousDayInParagraph: false })).toEqual(["2023-05-07/day"]);
  });
});

describe("an act told right after a gerund", () => {
  it("takes the gerund's date", () => {
    const text = "Archive picture: Vladimir Putin and Kim Jong Un shake hands after signing the accord in Vladivostok in May 2019.";
    expect(describeEvents(text, "2024-10-31", "meeting", { sortNames: true })).toEqual(["2019-05-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
    expect(describeEvents("Vladimir Putin shook hands with Kim Jong Un after signing the accord in Vladivostok in May 2019.", "2024-10-31", "meeting", { sortNames: true })).toEqual(["2019-05-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: an act set off from the gerund's date by a comma does not take it", () => {
    const text = "Vladimir Putin shook hands with Kim Jong Un after signing the accord, which the Duma ratified in May 2019.";
    expect(describeEvents(text, "2024-10-31", "meeting").some((e) => e.startsWith("2019-05"))).toBe(false);
  });
});

describe("talks told as expected", () => {
  it("with their party named before 'is expected on Monday' are a plan", () => {
    const text = "Choe Son Hui landed in Moscow on Saturday. Her talks with Sergey Lavrov are expected on Monday.";
    expect(describeEvents(text, "2024-10-27", "meeting")).toEqual([]);
  });

  it("followed by 'expected to cover' are a plan", () => {
    const text = "Choe Son Hui is in Moscow for talks expected to cover the new treaty.";
    expect(describeEvents(text, "2024-10-27", "meeting")).toEqual([]);
  });

  it("near miss: talks with their party told as held stay a meeting", () => {
    const text = "Choe Son Hui landed in Moscow on Saturday. Her talks with Sergey Lavrov were held on Monday.";
    expect(describeEvents(text, "2024-10-29", "meeting", { sortNames: true })).toEqual(["2024-10-28/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a host who received him for talks", () => {
  it("received the man the text was about", () => {
    const text = "Sergei Shoigu was in Pyongyang twice in May. On 12 May, Kim Jong Un received him for talks on air defence.";
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-12/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: 'received his talks' partner' is no object pronoun", () => {
    const text = "Sergei Shoigu was in Pyongyang twice in May. On 12 May, Kim Jong Un received her counterpart from Minsk.";
    expect(describeEvents(text, "2025-05-20", "meeting").some((e) => e.includes("Sergei Shoigu"))).toBe(false);
  });
});

describe("a guest met at the station by someone told only by a title", () => {
  it("is welcomed, not in a meeting with the last leader named", () => {
    const text = "Vladimir Putin hosted talks last week. Kim Jong Un's train reached the border on Tuesday, where a Russian deputy minister met him on the platform.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual([]);
  });

  it("near miss: a named host who met him on the platform still meets him", () => {
    const text = "Kim Jong Un's train reached the border on Tuesday, where Sergei Shoigu met him on the platform and held talks with him.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toEqual(["2023-09-12/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("'they' opening a sentence", () => {
  const they = (text: string) => {
    const analysis = analyseArticle(splitSentences(text), "2023-09-14", TEST_PEOPLE, TEST_COUNTRIES);
    return analysis.sentences[1].people.filter((p) => p.kind === "anaphor").map((p) => p.slug).sort();
  };

  it("are the pair told before, not people named beyond a comma after it", () => {
    expect(they("It was the second summit between Kim Jong Un and Vladimir Putin. They first met in Vladivostok in April 2019, weeks after Kim's talks with then-U.S. envoy Xi Jinping.")).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  it("near miss: people named in the pronoun's own clause may still be 'they'", () => {
    expect(they("It was the second summit between Kim Jong Un and Vladimir Putin. They met Xi Jinping and Kim Jong Un first, in Vladivostok.")).not.toEqual(["kim-jong-un", "vladimir-putin"]);
  });
});

describe("a place toured", () => {
  it("is where the two were", () => {
    const text = "From the archive: Kim Jong Un and Vladimir Putin during a tour of the Vostochny Cosmodrome on Sept. 13, 2023, the last time the two leaders met.";
    expect(describeEvents(text, "2024-06-19", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("near miss: a place named after 'of' without a tour is not the meeting's place", () => {
    const text = "Kim Jong Un met Vladimir Putin on Sept. 13, 2023, to discuss the future of the Vostochny Cosmodrome.";
    expect(describeEvents(text, "2024-06-19", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("initials after a hyphened prefix", () => {
  it("end no sentence ('then-U.S. President')", () => {
    expect(splitSentences("Kim met then-U.S. President Trump in Hanoi. The talks failed.").map((s) => s.text)).toEqual(["Kim met then-U.S. President Trump in Hanoi.", "The talks failed."]);
  });

  it("near miss: a hyphened word before a full stop still ends one", () => {
    expect(splitSentences("Kim met his long-time ally. The talks failed.").map((s) => s.text)).toEqual(["Kim met his long-time ally.", "The talks failed."]);
  });
});

describe("a later talks noun with its own possessor and with-party", () => {
  it("takes no subject from the clause before", () => {
    const text = "It was the second summit between Kim Jong Un and Vladimir Putin. They first met in Vladivostok in April 2019, two months after Kim's talks with Xi Jinping in Beijing.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true }).filter((e) => e.includes("Vladimir Putin"))).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: talks with no possessor still share the clause's subject", () => {
    const text = "It was the second summit between Kim Jong Un and Vladimir Putin. They first met in Vladivostok in April 2019, two months after talks with Xi Jinping in Beijing.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toContain("2019-02-01/month Kim Jong Un+Vladimir Putin+Xi Jinping Beijing");
  });
});

describe("'the first time in years, since <date>, that X has visited'", () => {
  it("measures the visit just told, no visit of its own", () => {
    const text = "It is the first time in 19 years, since May 2005, that Sergey Lavrov has visited Pyongyang, and the first round of talks since the meeting in Moscow in January.";
    expect(describeEvents(text, "2024-06-20", "visit")).toEqual([]);
  });

  it("near miss: a since-phrase with no 'first time' leaves the visit told", () => {
    const text = "In the years since May 2005, Sergey Lavrov has visited Pyongyang twice, in 2018 and in 2023.";
    expect(describeEvents(text, "2024-06-20", "visit").length).toBeGreaterThan(0);
  });
});

describe("an undated meeting after a wire's lead dated the day before its dateline", () => {
  it("is the lead's meeting, not one on the dateline day", () => {
    const text = "Pyongyang, March 1 -- Kim Jong Un received Sergey Lavrov, who is on a visit to the DPRK, on February 28.\n\nKim Jong Un warmly welcomed Sergey Lavrov and his party.";
    expect(describeEvents(text, "2019-03-01", "meeting", { sortNames: true })).toEqual(["2019-02-28/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a lead day a week before the dateline is no longer in its window", () => {
    const text = "Pyongyang, March 1 -- Kim Jong Un received Sergey Lavrov, who is on a visit to the DPRK, on February 22.\n\nKim Jong Un warmly welcomed Sergey Lavrov and his party.";
    expect(describeEvents(text, "2019-03-01", "meeting", { sortNames: true })).not.toEqual(["2019-02-22/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'on the 4th' with no month named yet", () => {
  it("is a day a few days back in the report's month", () => {
    expect(dates("The two leaders held a summit at the Kremlin on the 4th (local time).", "2001-08-05")).toEqual(["2001-08-04/day"]);
  });

  it("near miss: a day later in the month than the report gives no date", () => {
    expect(dates("The two leaders held a summit at the Kremlin on the 24th.", "2001-08-05")).toEqual([]);
  });

  it("near miss: 'the 4th' without 'on' gives no date", () => {
    expect(dates("It was the 4th summit of the two leaders.", "2001-08-05")).toEqual([]);
  });
});

describe("a trip that entered the country through a land crossing", () => {
  const lead = "(Moscow = Correspondent) North Korea's leader Kim Jong Un and Russian President Vladimir Putin held a summit at the Kremlin on the 4th (local time) and signed a declaration.\n\nIt is the second meeting between the two leaders after President Putin's visit to Pyongyang in July last year.\n\n";
  const kimVisits = (text: string) => describeEvents(text, "2025-08-05", "visit").filter((e) => e.includes("Kim Jong Un"));

  it("is the trip of the talks in the capital nine days later", () => {
    expect(kimVisits(lead + "Chairman Kim, who entered Russian territory through Khasan on the 26th of last month aboard a special train, arrived in Moscow after crossing Siberia.")).toEqual(["2025-07-26/day Kim Jong Un Moscow"]);
  });

  it("near miss: a plane that entered the airspace is no overland trip", () => {
    expect(kimVisits(lead + "Chairman Kim, who entered Russian airspace on the 26th of last month aboard a special plane, arrived in Moscow after a stop in Omsk.")).toHaveLength(2);
  });
});
