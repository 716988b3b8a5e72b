/**
 * rules-21 (b): an article's own news told in shapes the extractor missed — a train that "rolled into" a city, a trip
 * told with the participle "making his first visit", a caption's present-tense handshake, and a wire dateline whose
 * agency stands bare before the dash ("SEOUL, June 18 KNS - ..."). Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a train or motorcade that 'rolled into' a named place", () => {
  it("is an arrival there", () => {
    const text = "Kim Jong Un's armoured train rolled into Khabarovsk on Friday morning.";
    expect(describeEvents(text, "2023-09-16", "visit")).toEqual(["2023-09-15/day Kim Jong Un Khabarovsk"]);
  });

  it("is no trip when tanks roll into a country in the background", () => {
    const text = "Russian tanks rolled into Ukraine in February 2022, long before Kim Jong Un's trip was planned.";
    expect(describeEvents(text, "2023-09-16", "visit")).toEqual([]);
  });
});

describe("a trip told with the participle 'making his first visit'", () => {
  it("reads the participle as the trip", () => {
    const text = "Choe Son Hui landed at Vnukovo airport on Monday, making her first visit to Russia as foreign minister.";
    expect(describeEvents(text, "2024-01-16", "visit")).toEqual(["2024-01-15/day Choe Son Hui Russia"]);
  });

  it("leaves an invitation to make a visit alone", () => {
    const text = "Putin renewed his invitation to Kim Jong Un, urging him to consider making a visit to Moscow next year.";
    expect(describeEvents(text, "2024-01-16", "visit")).toEqual([]);
  });
});

describe("a present-tense handshake in a caption", () => {
  it("is a meeting on the caption's day", () => {
    const text = "WONSAN, July 12, 2025 — Kim Jong Un shakes hands with Sergey Lavrov before their talks.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual(["2025-07-12/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("leaves a plan to shake hands alone", () => {
    const text = "Kim Jong Un is expected to be shaking hands with Putin in Moscow at some point next year, officials said.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual([]);
  });
});

describe("a wire dateline with a bare agency name before the dash", () => {
  it("dates 'on Tuesday' from the dateline, not the day the media reported it", () => {
    const text = "SEOUL, March 26 NKW - Kim Jong Un received Sergei Shoigu in Pyongyang on Tuesday, state media said Wednesday.";
    expect(describeEvents(text, "2025-03-26", "meeting")).toEqual(["2025-03-25/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("does not read a sentence that starts with a city and a date as a dateline", () => {
    const text = "Pyongyang, March 2025 - a city that has welcomed Shoigu on each of his previous trips - has received no visitor since.";
    expect(describeEvents(text, "2025-06-26", "visit")).toEqual([]);
  });
});

describe("an undated lead that hosts a guest in a named place of the host's country", () => {
  it("implies the guest's trip in the report's own month", () => {
    const text = "Key takeaways\n\n• Sergey Lavrov hosted North Korea's Choe Son Hui at a government dacha outside Moscow, the foreign ministry said.\n\n• The two discussed the partnership treaty.";
    expect(describeEvents(text, "2024-11-05", "visit")).toEqual(["2024-11-01/month Choe Son Hui Moscow (implied)"]);
  });

  it("implies no trip from a plan to host her", () => {
    const text = "Key takeaways\n\n• Sergey Lavrov will host North Korea's Choe Son Hui at a government dacha outside Moscow, the foreign ministry said.";
    expect(describeEvents(text, "2024-11-05", "visit")).toEqual([]);
  });

  it("implies no trip from an undated 'has received her on each of her previous trips'", () => {
    const text = "Analysts noted the warmth of the ties.\n\nSergey Lavrov has received Choe Son Hui in Moscow on each of her previous trips, the ministry said.";
    expect(describeEvents(text, "2024-11-05", "visit")).toEqual([]);
  });
});

describe("an aggregator's summary block ('Key takeaways' and bullets) over the story", () => {
  const body = "Sergey Lavrov has arrived in North Korea and held talks with Choe Son Hui, according to Russian agencies.\n\nLavrov is no stranger to the country. He went there in October of last year.";

  it("leaves the body's first sentences in the lead, so its undated news is the report's own", () => {
    const text = `Key takeaways\n\n• Lavrov has flown to North Korea, Russian agencies said.\n\n• It is his second trip there.\n\n${body}`;
    expect(describeEvents(text, "2024-11-29", "visit")).toEqual(["2024-11-01/month Sergey Lavrov North Korea", "2023-10-01/month Sergey Lavrov North Korea"]);
  });

  it("does not take a bullet list with no summary header for the lead", () => {
    const text = "• Russia's foreign minister keeps travelling.\n\n• Analysts see a pattern.\n\n• More trips are planned.\n\nLavrov went to North Korea in October of last year for talks on the war in Ukraine.";
    expect(describeEvents(text, "2024-11-29", "visit")).toEqual(["2023-10-01/month Sergey Lavrov North Korea"]);
  });
});

describe("a round of a dialogue whose name is quoted", () => {
  it("is a meeting: 'held the first round of a new \"security dialogue\" with'", () => {
    const text = 'Sergey Lavrov arrived in Pyongyang on Monday. On Tuesday he held the first round of a new "security dialogue" with Choe Son Hui.';
    expect(describeEvents(text, "2025-07-16", "meeting")).toEqual(["2025-07-15/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("is no meeting when the round is only planned", () => {
    const text = 'The two ministers plan to hold the first round of a new "security dialogue" in Pyongyang next year, Sergey Lavrov and Choe Son Hui said.';
    expect(describeEvents(text, "2025-07-16", "meeting")).toEqual([]);
  });
});

describe("a pair that 'shake hands'", () => {
  it("is a meeting of the pair", () => {
    const text = "WONSAN, July 12, 2025 — Sergey Lavrov and Choe Son Hui shake hands at a seaside hotel before their talks.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("is no meeting when the pair are only expected to", () => {
    const text = "Sergey Lavrov and Choe Son Hui are expected to shake hands in Wonsan next month, diplomats said.";
    expect(describeEvents(text, "2025-06-14", "meeting")).toEqual([]);
  });
});

describe("a bulletin's verbless line 'NAME back in PLACE.'", () => {
  it("gives the place of the return the next line dates", () => {
    const text = "• Lavrov back in Pyongyang. The Russian foreign minister flew in on Thursday (10 July) for talks.";
    expect(describeEvents(text, "2025-07-14", "visit")).toEqual(["2025-07-10/day Sergey Lavrov Pyongyang"]);
  });

  it("is no trip for a leader back in his own capital", () => {
    const text = "• Putin back in Moscow. The president flew in on Thursday (10 July) from Astana.";
    expect(describeEvents(text, "2025-07-14", "visit")).toEqual([]);
  });

  it("is no trip inside a sentence with its own verb of wishing", () => {
    const text = "Officials hope to see Lavrov back in Pyongyang before the end of the year.";
    expect(describeEvents(text, "2025-07-14", "visit")).toEqual([]);
  });
});

describe("a host 'personally leading the tour' of a guest", () => {
  it("is a meeting of host and guest on the day", () => {
    const text = "Kim Jong Un was shown a shipyard in Vladivostok on Friday, with Sergei Shoigu personally leading the tour, state television said.";
    expect(describeEvents(text, "2023-09-17", "meeting")).toEqual(["2023-09-15/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("is no meeting when the tour is only planned", () => {
    const text = "Kim Jong Un is expected to see a shipyard in Vladivostok on Friday, with Sergei Shoigu leading the tour, officials said.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual([]);
  });
});

describe("a chamber's 'approval' told as a noun", () => {
  it("is the chamber's ratification: 'follows the Federation Council's approval on Wednesday of the treaty'", () => {
    const text = "The visit follows the Federation Council's approval on Wednesday of the partnership treaty.";
    expect(describeEvents(text, "2024-11-08", "ratification")).toEqual(["2024-11-06/day  null"]);
  });

  it("is no ratification when the treaty still needs that approval", () => {
    const text = "The partnership treaty still needs the Federation Council's approval, officials said on Wednesday.";
    expect(describeEvents(text, "2024-11-08", "ratification")).toEqual([]);
  });
});

describe("'spent the day in talks with'", () => {
  it("is a meeting on the day told before", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Friday. The Russian foreign minister spent the day in talks with Choe Son Hui.";
    expect(describeEvents(text, "2024-12-02", "meeting")).toEqual(["2024-11-29/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("is no meeting for 'spent years in talks'", () => {
    const text = "Sergey Lavrov spent years in talks with Choe Son Hui's predecessors before the treaty was drafted.";
    expect(describeEvents(text, "2024-12-02", "meeting")).toEqual([]);
  });
});
