/**
 * "Key dates" pieces (a list of days under year headings, told in the present tense) and the retrospective clauses
 * of explainers. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("year headings", () => {
  const timeline = [
    "Milestones in the relationship since 2000:",
    "2023",
    "Oct. 19 - Sergey Lavrov holds talks with Choe Son Hui in Pyongyang.",
    "2019",
    "April 25 - Kim Jong Un holds talks with Putin on Russky Island near Vladivostok.",
  ].join("\n\n");

  it("dates a year-less day by the year heading above it, not by the report's year", () => {
    expect(describeEvents(timeline, "2024-12-05", "meeting")).toEqual([
      "2023-10-19/day Sergey Lavrov+Choe Son Hui Pyongyang",
      "2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok",
    ]);
  });

  it("takes no heading from a year inside a sentence, nor from a year after the report", () => {
    const prose = "The year 2019 mattered.\n\nOn April 25 Kim Jong Un held talks with Putin in Vladivostok.";
    expect(describeEvents(prose, "2024-12-05", "meeting")).toEqual(["2024-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
    const ahead = "2026\n\nApril 25 - Kim Jong Un holds talks with Putin in Vladivostok.";
    expect(describeEvents(ahead, "2024-12-05", "meeting")).toEqual(["2024-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("a timeline's present tense", () => {
  it("reads a chamber's vote, its approval and a flight told in the present as past events under a dated entry", () => {
    const text = [
      "2024",
      "Oct. 24 - The State Duma votes unanimously to ratify the treaty.",
      "Nov. 6 - The Federation Council approves the treaty.",
      "Nov. 29 - Andrei Belousov flies to Pyongyang and is received by Kim Jong Un.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-12-05", "ratification", { actor: true })).toEqual(["2024-10-24/day ;State Duma null", "2024-11-06/day ;Federation Council null"]);
    expect(describeEvents(text, "2024-12-05", "visit")).toEqual(["2024-11-29/day Andrei Belousov Pyongyang"]);
  });

  it("leaves the present tense of running text alone: a preview's vote and flight are still to come", () => {
    const text = "The State Duma votes to ratify the treaty on Wednesday, and Andrei Belousov flies to Pyongyang next.";
    expect(describeEvents(text, "2024-10-21", "ratification")).toEqual([]);
    expect(describeEvents(text, "2024-10-21", "visit")).toEqual([]);
  });
});

describe("talks and an audience in one clause", () => {
  it("keeps 'holds talks with X and is received by Y' two meetings, as in the past tense", () => {
    const text = "Jan. 16 - Choe Son Hui holds talks with Sergey Lavrov in Moscow and is received by Vladimir Putin in the Kremlin.";
    expect(describeEvents(text, "2024-12-05", "meeting")).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow", "2024-01-16/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("reads a round of a dialogue as a meeting", () => {
    const text = "Choe Son Hui and Sergey Lavrov held the first round of a new strategic dialogue in Moscow on November 1.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("a framing phrase with its own possessor", () => {
  it("gives 'three days after her talks with Lavrov' to her, not to the one who received her", () => {
    const text = "Vladimir Putin received Choe Son Hui in the Kremlin on November 4, three days after her talks in Moscow with Sergey Lavrov.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toEqual(["2024-11-04/day Vladimir Putin+Choe Son Hui Moscow", "2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
  it("still gives 'after his talks with Xi' to the subject it belongs to", () => {
    const text = "Vladimir Putin received Choe Son Hui on November 4, after his talks with Xi Jinping.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toEqual(["2024-11-04/day Vladimir Putin+Choe Son Hui null", "2024-11-04/day Vladimir Putin+Xi Jinping null"]);
  });
});

describe("an explainer's treaty", () => {
  it("joins a caption's 'treaty signing in Pyongyang, June 19' to the treaty the text names, instead of a second one", () => {
    const text = "The treaty that Vladimir Putin and Kim Jong Un signed in Pyongyang in June has cleared every step.\n\n" +
      "People in Seoul watch a broadcast of the treaty signing in Pyongyang, June 19.";
    expect(describeEvents(text, "2024-11-13", "agreement")).toEqual(["2024-06-19/day Vladimir Putin+Kim Jong Un Pyongyang"]);
  });
  it("reads no ratification in the instruments the two sides are still to exchange", () => {
    const text = "Sergey Lavrov met Choe Son Hui on November 1.\n\nThe treaty only enters into force on the day the two sides exchange their instruments of ratification.";
    expect(describeEvents(text, "2024-11-13", "ratification")).toEqual([]);
    expect(describeEvents(text, "2024-11-13", "entry-into-force")).toEqual([]);
  });
});

describe("the purpose of a finished journey", () => {
  it("reads 'travelled to Vladivostok to meet Putin' as the meeting too", () => {
    const text = "In April 2019, Kim Jong Un travelled to Vladivostok to meet Vladimir Putin for the first time.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin null"]);
  });
  it("reads no meeting in a journey still planned", () => {
    expect(describeEvents("Kim Jong Un plans to travel to Moscow to meet Vladimir Putin.", "2025-10-01", "meeting")).toEqual([]);
    expect(describeEvents("Kim Jong Un will travel to Moscow to meet Vladimir Putin.", "2025-10-01", "meeting")).toEqual([]);
  });
});

describe("a possessed meeting noun as the subject of 'took place'", () => {
  it("takes the possessor as a party: 'Their first summit took place in Vladivostok in April 2019'", () => {
    const text = "Kim Jong Un and Vladimir Putin last met in September at the Vostochny Cosmodrome. Their first summit took place in Vladivostok in April 2019.";
    expect(describeEvents(text, "2024-06-19", "meeting", { sortNames: true })).toEqual([
      "2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome",
      "2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok",
    ]);
  });
  it("and with a name: 'Kim Jong Un's first summit with Putin took place ...'", () => {
    const text = "Kim Jong Un's first summit with Vladimir Putin took place in Vladivostok in April 2019.";
    expect(describeEvents(text, "2024-06-19", "meeting")).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("a list of where and when", () => {
  it("reads 'have met three times: in X in 2019, at the Y space centre last year and in Z in June' as three meetings", () => {
    const text = "Kim Jong Un and Vladimir Putin have now met three times: in Vladivostok in 2019, at the Vostochny space centre last year and in Pyongyang in June.";
    expect(describeEvents(text, "2024-11-13", "meeting")).toEqual([
      "2019-01-01/year Kim Jong Un+Vladimir Putin Vladivostok",
      "2023-01-01/year Kim Jong Un+Vladimir Putin Vostochny Cosmodrome",
      "2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang",
    ]);
  });
  it("reads no list into 'three times' with no places and dates after it", () => {
    expect(describeEvents("Kim Jong Un and Vladimir Putin have now met three times, officials said.", "2024-11-13", "meeting")).toEqual([]);
  });
});

describe("'On the same day' after a recalled date", () => {
  it("is the news day when the last day named was recalled from long before", () => {
    const text = "MOSCOW, January 16 (Wire) — Sergey Lavrov held talks with Choe Son Hui on January 16.\n\n" +
      "They reviewed what was agreed during Lavrov's visit to Pyongyang on October 19, 2023.\n\n" +
      "On the same day, Vladimir Putin received Choe Son Hui in the Kremlin.";
    expect(describeEvents(text, "2024-01-16", "meeting")).toContain("2024-01-16/day Vladimir Putin+Choe Son Hui Moscow");
  });
  it("is still the day just named when that day is recent", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui in Moscow on January 14.\n\nOn the same day, Vladimir Putin received Choe Son Hui in the Kremlin.";
    expect(describeEvents(text, "2024-01-16", "meeting")).toContain("2024-01-14/day Vladimir Putin+Choe Son Hui Moscow");
  });
});

describe("the perfect of a call", () => {
  it("reads 'they have spoken by telephone once, on August 12' as the call", () => {
    const text = "Kim Jong Un and Vladimir Putin met in Beijing on September 3. Since their June summit they have spoken by telephone once, on August 12.";
    expect(describeEvents(text, "2025-09-04", "call", { sortNames: true })).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
    expect(describeEvents("Kim Jong Un and Vladimir Putin have spoken by telephone several times.", "2025-09-04", "call")).toEqual([]);
  });
});

describe("'the president' beside one state's institutions", () => {
  it("is that state's president: 'the Federation Council approved it ..., and the president signed the ratification law'", () => {
    const text = "The Federation Council approved it on Wednesday, and the president signed the ratification law on Saturday.";
    expect(describeEvents(text, "2024-11-10", "ratification", { actor: true })).toEqual(["2024-11-06/day ;Federation Council null", "2024-11-09/day Vladimir Putin null"]);
  });
  it("stays unresolved with no institution, or with both states' institutions around it", () => {
    expect(describeEvents("The president signed the ratification law on Saturday.", "2024-11-10", "ratification")).toEqual([]);
    const both = "The Federation Council and the Supreme People's Assembly approved it, and the president signed the ratification law on Saturday.";
    expect(describeEvents(both, "2024-11-10", "ratification", { actor: true }).some((e) => e.includes("Vladimir Putin"))).toBe(false);
  });
});

describe("ratification as the subject of a modal", () => {
  it("reads no ratification in 'Ratification by the State Duma could come as early as Wednesday'", () => {
    expect(describeEvents("Ratification by the State Duma could come as early as Wednesday.", "2024-10-21", "ratification")).toEqual([]);
    expect(describeEvents("Ratification by the State Duma took place on October 24.", "2024-10-25", "ratification")).toEqual(["2024-10-24/day  null"]);
  });
});

describe("another event's party and an adverb of time", () => {
  it("leaves the other party of 'before Putin's meeting with Xi Jinping' out of the call", () => {
    const text = "Vladimir Putin telephoned Kim Jong Un in August, before Putin's meeting with Xi Jinping.";
    expect(describeEvents(text, "2025-09-08", "call", { sortNames: true })).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });
  it("dates 'The day before, Lavrov met ...' by the day before, not by the day named earlier", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui in Wonsan on July 12. The day before, Lavrov met Xi Jinping in Beijing.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-12/day Sergey Lavrov+Choe Son Hui Wonsan", "2025-07-11/day Sergey Lavrov+Xi Jinping Beijing"]);
  });
});

describe("a possessed meeting noun read for itself", () => {
  it("keeps the party after 'with' in 'photographs of Kim's talks with Shoigu on Wednesday'", () => {
    const text = "State media carried photographs of Kim Jong Un's talks with Sergei Shoigu on Wednesday.";
    expect(describeEvents(text, "2023-07-28", "meeting")).toEqual(["2023-07-26/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("the town named after 'the city of'", () => {
  it("takes Wonsan, not the dateline's city, for 'flew into the east coast city of Wonsan'", () => {
    const text = "SEOUL, July 12 (Wire) - Sergey Lavrov held talks with Choe Son Hui on Saturday.\n\nLavrov, who flew into the east coast city of Wonsan on Friday, is due to leave on Sunday.";
    expect(describeEvents(text, "2025-07-12", "visit")).toEqual(["2025-07-11/day Sergey Lavrov Wonsan"]);
  });
});

describe("a meeting on a trip, told under the home dateline", () => {
  it("reads no guest's visit to the dateline's city when one of the people is abroad that week", () => {
    const text = "PYONGYANG, September 16 (Agency) -- Kim Jong Un crossed the border into Russia by train on September 12.\n\n" +
      "On September 15 Kim Jong Un was greeted at an aircraft plant by Andrei Belousov.";
    expect(describeEvents(text, "2023-09-16", "visit")).toEqual(["2023-09-12/day Kim Jong Un Russia"]);
  });
  it("still reads the guest's visit when nobody is abroad", () => {
    const text = "PYONGYANG, November 30 (Agency) -- Kim Jong Un received Andrei Belousov on November 29.";
    expect(describeEvents(text, "2024-11-30", "visit", { implied: true })).toEqual(["2024-11-29/day Andrei Belousov Pyongyang (implied)"]);
  });
});

describe("talks told by their end", () => {
  it("reads 'had finished a few hours of talks' as the talks", () => {
    const text = "On Wednesday Vladimir Putin and Kim Jong Un had finished a few hours of talks in Pyongyang and signed a treaty.";
    expect(describeEvents(text, "2024-06-20", "meeting")).toEqual(["2024-06-19/day Vladimir Putin+Kim Jong Un Pyongyang"]);
    expect(describeEvents("Vladimir Putin and Kim Jong Un finished their speeches in Pyongyang on Wednesday.", "2024-06-20", "meeting")).toEqual([]);
  });
});

describe("a pronoun after 'since'", () => {
  it("stands for the subject: 'his first trip abroad since he traveled to Vladivostok in April 2019'", () => {
    const text = "Kim Jong Un is in Russia. It is his first trip abroad since he traveled to Vladivostok in April 2019.";
    expect(describeEvents(text, "2023-09-13", "visit")).toContain("2019-04-01/month Kim Jong Un Vladivostok");
  });
});

describe("the lead's undated talks and an earlier trip the same month", () => {
  it("keeps the lead's talks apart from talks two weeks before", () => {
    const text = "MOSCOW, June 17 (Wire) - Sergei Shoigu, who arrived in Pyongyang on Tuesday, has held talks with Kim Jong Un, the press service reported.\n\n" +
      "Shoigu was last in the North Korean capital two weeks ago: on June 4 he also came to Pyongyang and held talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-06-17", "meeting")).toEqual(["2025-06-17/day Sergei Shoigu+Kim Jong Un null", "2025-06-04/day Sergei Shoigu+Kim Jong Un Pyongyang"]);
  });
});

describe("titles before a name", () => {
  it("reads the guest after a chain of titles: 'has received Honorary Chairman of the Board of Trustees of the Russian Geographical Society, ... Sergei Shoigu'", () => {
    const text = "Kim Jong Un has received Honorary Chairman of the Board of Trustees of the Russian Geographical Society, Head of the Organising Committee Sergei Shoigu on Tuesday.";
    expect(describeEvents(text, "2025-06-18", "meeting")).toEqual(["2025-06-17/day Kim Jong Un+Sergei Shoigu null"]);
    expect(describeEvents("Kim Jong Un has received a letter of thanks from the people of Kursk and Sergei Shoigu.", "2025-06-18", "meeting")).toEqual([]);
  });
  it("reads 'the former Russian defence minister' as the one named who held that office, not its holder today", () => {
    const text = "Sergei Shoigu came to Pyongyang on Monday. The former Russian defence minister met Kim Jong Un on Tuesday.";
    expect(describeEvents(text, "2025-06-18", "meeting")).toEqual(["2025-06-17/day Sergei Shoigu+Kim Jong Un null"]);
  });
});

describe("an arrival told as an image, and a month of 'that year'", () => {
  it("reads 'stepped off his plane in Pyongyang on Tuesday' as the arrival, and 'stepped off the stage' as nothing", () => {
    expect(describeEvents("Sergei Shoigu stepped off his plane in Pyongyang on Tuesday.", "2025-06-18", "visit")).toEqual(["2025-06-17/day Sergei Shoigu Pyongyang"]);
    expect(describeEvents("Sergei Shoigu stepped off the stage in Moscow on Tuesday.", "2025-06-18", "visit")).toEqual([]);
  });
  it("dates 'In September that year ... travelled by armoured train to ... where Putin received him on 13 September' in the year written before", () => {
    const text = "Sergei Shoigu came to Pyongyang in July 2023. In September that year Kim Jong Un travelled by armoured train to Vladivostok, where Vladimir Putin received him on 13 September.";
    expect(describeEvents(text, "2025-06-20", "visit")).toContain("2023-09-01/month Kim Jong Un Vladivostok");
    expect(describeEvents(text, "2025-06-20", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a title without a country", () => {
  it("reads 'the Security Council secretary' as Russia's, not a national security council's", () => {
    expect(describeEvents("In March the Security Council secretary held talks with Kim Jong Un in Pyongyang.", "2025-06-18", "meeting")).toEqual(["2025-03-01/month Sergei Shoigu+Kim Jong Un Pyongyang"]);
    expect(describeEvents("In March the National Security Council secretary held talks with Kim Jong Un in Pyongyang.", "2025-06-18", "meeting")).toEqual([]);
  });
});

describe("an entry's dash", () => {
  const entries = (dash: string) => [
    "The defence minister was in Pyongyang on Friday.",
    `Oct. 30 ${dash} Choe Son Hui flies into Moscow.`,
    `Nov. 9 ${dash} Vladimir Putin signs the ratification law.`,
  ].join("\n\n");

  it("dates each entry by its own day whether a hyphen, an en dash or an em dash follows the day", () => {
    for (const dash of ["-", "–", "—"]) {
      expect(describeEvents(entries(dash), "2024-12-01", "ratification")).toEqual(["2024-11-09/day Vladimir Putin null"]);
      expect(describeEvents(entries(dash), "2024-12-01", "visit")).toEqual(["2024-10-30/day Choe Son Hui Moscow"]);
    }
  });

  it("still parts two clauses at a dash that follows a date inside the sentence", () => {
    const text = "Kim Jong Un met Sergei Shoigu in Pyongyang on June 4 – and Putin says he will go to Pyongyang next year.";
    expect(describeEvents(text, "2025-06-10", "meeting")).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
    // The plan after the dash stays a plan: no visit by Putin, on June 4 or any day.
    expect(describeEvents(text, "2025-06-10", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang"]);
  });
});
