/**
 * rules-32e: who a name stands for, and which events a sentence tells. A bare "Kim" in a timeline entry is read as of
 * the entry's day ("4 May 2001 - ... Kim afterwards visits St Petersburg" is the father's trip); "Yesterday Shoigu" is Shoigu;
 * "the law, signed by Putin, ratifying the treaty" is the ratification, not a signing of the treaty; "the first time
 * ... since he took office in 2012" dates no meeting; a meeting whose only party is a third country's, told of one of
 * the pair, is not the pair's; a welcome at a border station "of X, in Y, where" is still at the station; "after the
 * leaders' summit last month" is the leaders' summit, not the speaker's.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { RegistryPerson } from "../people/types";
import { buildExtractContext, extractEvents } from "./index";
import { describeEvents, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const KIM_JONG_IL: RegistryPerson = {
  slug: "kim-jong-il", name: "Kim Jong Il", country: "KP", aliases: ["Kim Jong-il"],
  offices: [{ title: "General Secretary of the WPK", roleKey: "head-of-state", level: "head", from: "1994-07-08", to: "2011-12-17" }],
};
const withFather = buildExtractContext([...TEST_PEOPLE, KIM_JONG_IL], TEST_COUNTRIES);
const visitsWithFather = (text: string, publishedAt: string) =>
  extractEvents({ title: "", text, publishedAt }, withFather).events.filter((e) => e.type === "visit").map((e) => `${e.date}/${e.datePrecision} ${e.participants.map((p) => p.name).join("+")} ${e.location}`);

describe("a bare surname in a sentence with no date of its own", () => {
  it("is read as of the day its paragraph is at", () => {
    const text = "Kim Jong Un has not travelled by train since the pandemic.\n\n4 May 2001 - Kim Jong Il and Putin hold talks in the Kremlin. Kim afterwards visits St Petersburg on his way back.";
    expect(visitsWithFather(text, "2021-05-04").some((v) => v.endsWith("Kim Jong Il St. Petersburg"))).toBe(true);
    expect(visitsWithFather(text, "2021-05-04").some((v) => v.includes("Kim Jong Un"))).toBe(false);
  });

  it("near miss: in a paragraph of its own it is read as of the report's day", () => {
    const text = "4 May 2001 - Kim Jong Il reaches Vladivostok after a week on the rails.\n\nKim Jong Un flew to Khabarovsk on Monday. Kim then tours Vladivostok.";
    expect(visitsWithFather(text, "2021-05-04").some((v) => v.includes("Kim Jong Il Khabarovsk"))).toBe(false);
  });
});

describe("a time adverb before a surname", () => {
  it("is no given name: 'Yesterday Shoigu' is Shoigu", () => {
    const text = "Sergei Shoigu has been to North Korea three times. September 13, 2024 - Yesterday Shoigu was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2024-09-14", "meeting", { sortNames: true })).toEqual(["2024-09-13/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a capitalised given name before the surname is another person", () => {
    const text = "Sergei Shoigu has been to North Korea three times. Yesterday Anatoly Shoigu was back in Pyongyang.";
    expect(describeEvents(text, "2024-09-14", "visit")).toEqual([]);
  });
});

describe("a law signed by the head of state, ratifying a treaty", () => {
  it("is the ratification, not a signing of the treaty", () => {
    const text = "Nov. 9, 2024: The official portal publishes the bill, signed by Putin, ratifying the treaty with North Korea.";
    expect(describeEvents(text, "2024-12-01", "agreement")).toEqual([]);
    expect(describeEvents(text, "2024-12-01", "ratification")).toEqual(["2024-11-09/day Vladimir Putin null"]);
  });

  it("near miss: the treaty itself, signed by the two leaders, is their agreement", () => {
    const text = "June 19, 2024: The treaty, signed by Putin and Kim Jong Un in Pyongyang, was ratified later in the year.";
    expect(describeEvents(text, "2024-12-01", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'the first time ... since' a dated act", () => {
  it("dates no meeting with the year of the since-clause", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday, the first time Kim has sat down with a Russian minister since he took charge at the end of 2011.";
    expect(describeEvents(text, "2018-06-01", "meeting", { sortNames: true })).toEqual(["2018-05-31/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a dated meeting after the since-clause is closed keeps its year", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday, the first time in years; in 2019 Kim met Putin in Vladivostok.";
    expect(describeEvents(text, "2018-06-01", "meeting", { sortNames: true })).toContain("2019-01-01/year Kim Jong Un+Vladimir Putin Vladivostok");
  });
});

describe("a meeting whose only party is a third country's", () => {
  it("told of one of the pair, is no event of the pair", () => {
    const text = "Kim Jong Un has met Putin once this year and held a second, hastily arranged meeting with Chinese President Xi Jinping in Dalian on Saturday.";
    expect(describeEvents(text, "2018-05-31", "meeting").some((e) => /^\S+ Xi Jinping /.test(e))).toBe(false);
  });

  it("near miss: one of the pair as its only party keeps the meeting", () => {
    const text = "Chinese President Xi Jinping said on Monday that Kim Jong Un held a hastily arranged meeting in Pyongyang on Saturday.";
    expect(describeEvents(text, "2018-05-31", "meeting")).toEqual(["2018-05-26/day Kim Jong Un Pyongyang"]);
  });
});

describe("a welcome at a border station whose region is named", () => {
  it("is a welcome, not a meeting", () => {
    const text = "The train reached Russia on Tuesday at the border station of Khasan, in the Primorye region, where Kim Jong Un was met by Sergei Shoigu.";
    expect(describeEvents(text, "2019-04-24", "meeting")).toEqual([]);
  });

  it("near miss: a meeting in a city named after the station's clause is a meeting", () => {
    const text = "The train reached Russia on Tuesday at the border station of Khasan, and Kim Jong Un went on to Vladivostok, where he was met by Sergei Shoigu for talks.";
    expect(describeEvents(text, "2019-04-24", "meeting").length).toBeGreaterThan(0);
  });
});

describe("a dated summit after 'after the'", () => {
  it("is the leaders' summit, not a meeting of the speaker", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Monday. He said that contacts between the two sides had grown in all areas after the leaders' summit last month.";
    expect(describeEvents(text, "2023-10-19", "meeting", { sortNames: true }).some((e) => e.includes("Sergey Lavrov"))).toBe(false);
  });

  it("near miss: talks with no date of their own keep their subject", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Monday and flew home on Tuesday after the talks with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-19", "meeting", { sortNames: true }).some((e) => e.includes("Choe Son Hui+Sergey Lavrov"))).toBe(true);
  });
});

describe("a date after a later meeting noun 'held ... on'", () => {
  it("is that noun's, not the earlier verb's", () => {
    const text = "Kim Jong Un had talks with Sergei Shoigu on Saturday. At the talks, both sides exchanged views on cooperation in line with the agreement reached at the summit talks held at the Vostochny Cosmodrome on September 13.";
    expect(describeEvents(text, "2023-09-17", "meeting", { sortNames: true }).filter((e) => e.includes("Sergei Shoigu"))).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a date right after the verb's own object is the verb's", () => {
    const text = "Kim Jong Un held talks with Sergei Shoigu, whom he had hosted at the Vostochny Cosmodrome, on September 13.";
    expect(describeEvents(text, "2023-09-17", "meeting", { sortNames: true })).toContain("2023-09-13/day Kim Jong Un+Sergei Shoigu null");
  });
});

describe("a trip named in a 'during' phrase after a meeting verb", () => {
  it("takes the meeting's day as a day of the trip, not its arrival", () => {
    const text = "23 August 2002 - Putin and Kim Jong Un meet again in Vladivostok, during Kim's second train trip to the Russian Far East.";
    expect(describeEvents(text, "2021-08-04", "visit", { implied: true })).toEqual(["2002-08-23/day Kim Jong Un Vladivostok (implied)"]);
  });

  it("near miss: a trip with its own day in the phrase is dated by it", () => {
    const text = "Putin and Kim Jong Un met in Vladivostok during Kim's visit to Russia on 22 August 2002.";
    expect(describeEvents(text, "2021-08-04", "visit", { implied: true })).toEqual(["2002-08-22/day Kim Jong Un Russia"]);
  });
});

describe("an undated meeting told in a when-clause", () => {
  it("retells an earlier meeting and takes no date from the report", () => {
    const text = "The treaty took effect a year ago today.\n\nIts mutual defence clause has been tested once.\n\nKim Jong Un has not been to Moscow yet. Putin invited him when they met in Pyongyang, and the Kremlin says the invitation stands.";
    expect(describeEvents(text, "2025-12-04", "meeting")).toEqual([]);
  });

  it("near miss: a when-clause with a date of its own is a dated meeting", () => {
    const text = "The treaty took effect a year ago today.\n\nIts mutual defence clause has been tested once.\n\nKim Jong Un has not been to Moscow yet. Putin invited him when they met in Pyongyang on June 19, 2024, and the Kremlin says the invitation stands.";
    expect(describeEvents(text, "2025-12-04", "meeting", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a second date with a pronoun subject and a verb of its own", () => {
  it("is that clause's, not another call of the first verb", () => {
    const text = "Putin and Kim Jong Un spoke by phone in August, and on 3 September 2025 they held talks in Beijing.";
    expect(describeEvents(text, "2025-12-04", "call")).toEqual(["2025-08-01/month Vladimir Putin+Kim Jong Un null"]);
  });

  it("near miss: 'and again on' a second date is a second call", () => {
    const text = "Putin and Kim Jong Un spoke by phone in August, and again on 3 September 2025.";
    expect(describeEvents(text, "2025-12-04", "call")).toEqual(["2025-08-01/month Vladimir Putin+Kim Jong Un null", "2025-09-03/day Vladimir Putin+Kim Jong Un null"]);
  });
});

describe("'they' after a short time phrase opening the clause", () => {
  it("stands for the pair told before", () => {
    const text = "Putin and Kim Jong Un spoke by phone in August. On 3 September 2025 they met in Vladivostok.";
    expect(describeEvents(text, "2025-12-04", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: 'they' with no verb of meeting after it stands for nobody's meeting", () => {
    const text = "Putin and Kim Jong Un spoke by phone in August. On 3 September 2025 they were both in Vladivostok for a parade.";
    expect(describeEvents(text, "2025-12-04", "meeting")).toEqual([]);
  });
});

describe("', and before that' with a named subject", () => {
  it("opens a clause of its own, with its own parties and place", () => {
    const text = "Kim Jong Un and Putin met in Vladivostok in 2019, and before that Lavrov met Kim in 2018.";
    expect(describeEvents(text, "2024-06-01", "meeting", { sortNames: true })).toContain("2018-01-01/year Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: a name with no verb after 'and before that' is the first verb's gapped object", () => {
    const text = "Sergey Lavrov met Kim Jong Un in Pyongyang in 2018, and before that Choe Son Hui in Moscow in 2017.";
    // (Choe stays a party of Lavrov's verb; that the gapped clause is not yet read as a meeting of its own is left.)
    expect(describeEvents(text, "2024-06-01", "meeting", { sortNames: true }).some((e) => e.includes("Choe Son Hui") && e.includes("Sergey Lavrov"))).toBe(true);
  });
});
