/**
 * rules-33f: reports of the newest passes whose own news was missed — galleries whose captions count their pictures
 * ("Photo 2 of 5:") or put place and day after a dash ("Photo 3 - Pyongyang, 16 November 2023:"); a co-chair named by
 * office with the name set off by commas; "they" after a phrase naming the session; a guest shown round by a host in a
 * sentence that names no time; talks "held between" the two named after the verb; "the first strategic dialogue ...
 * was held"; "On the 2nd" after "the 30th of last month" in a report of the 5th.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a gallery whose captions count the pictures", () => {
  it("keeps each dated caption, so what it shows is read", () => {
    const text = [
      "Photo 1 of 4: North Korean leader Kim Jong Un, accompanied by Russian Defence Minister Sergei Shoigu, inspects a bomber at an airfield near Vladivostok on September 16, 2023.",
      "Photo 2 of 4: Kim looks at a missile under the wing of an interceptor.",
    ].join("\n\n");
    expect(describeEvents(text, "2023-09-18", "meeting", { sortNames: true })).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("near miss: an archive picture of the gallery, dated by no day of its own, stays dropped", () => {
    const text = [
      "Photo 1 of 3: Kim Jong Un looks at a bomber at an airfield near Vladivostok on Saturday.",
      "Photo 3 of 3: File picture: Kim Jong Un and Vladimir Putin hold talks at the Kremlin.",
    ].join("\n\n");
    expect(describeEvents(text, "2023-09-18", "meeting")).toEqual([]);
  });
});

describe("a gallery whose captions give place and day after a dash", () => {
  it("keeps a short dated caption, so a signing it shows is read", () => {
    const text = [
      "Photo 1 - Pyongyang, 14 November 2023: Sergey Lavrov walks down the steps of his plane at the airport of the North Korean capital, where a band played and officials of the ministry lined up to greet him on a cold morning. (Photo: pool)",
      "Photo 2 - Pyongyang, 15 November 2023: Lavrov and Choe Son Hui shake hands after signing a plan of exchanges. (Photo: pool)",
    ].join("\n\n");
    expect(describeEvents(text, "2023-11-16", "agreement", { sortNames: true })).toEqual(["2023-11-15/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a file photo of the gallery dated by its month only stays dropped", () => {
    const text = [
      "Photo 1 - Pyongyang, 14 November 2023: Sergey Lavrov walks down the steps of his plane at the airport of the North Korean capital, where a band played and officials of the ministry lined up to greet him on a cold morning. (Photo: pool)",
      "Photo 2 - File photo, Moscow, July 2023: Lavrov and Choe Son Hui shake hands after signing a plan of exchanges. (Photo: archive)",
    ].join("\n\n");
    expect(describeEvents(text, "2023-11-16", "agreement")).toEqual([]);
  });
});

describe("co-chairs, the second named by office and then by name", () => {
  it("hold the session they chair together", () => {
    const text = "On Tuesday, Russia's foreign minister, Sergey Lavrov, and North Korea's minister of foreign affairs, Choe Son Hui, chaired the third session of a joint working group.";
    expect(describeEvents(text, "2024-03-08", "meeting", { sortNames: true })).toEqual(["2024-03-05/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: one side's official who chairs a meeting of his own body meets no one", () => {
    const text = "On Tuesday, Kim Jong Un inspected a farm, and Russia's security council secretary, Sergei Shoigu, chaired a session of the council.";
    expect(describeEvents(text, "2024-03-08", "meeting")).toEqual([]);
  });
});

describe("'they' right after a phrase naming the session", () => {
  it("are the two who held it, and sign its document", () => {
    const text = "On Wednesday, Sergey Lavrov and Choe Son Hui held the second session of their strategic dialogue in Moscow. At the end of the session they signed a plan of consultations.";
    expect(describeEvents(text, "2024-11-08", "agreement", { sortNames: true })).toEqual(["2024-11-06/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: 'they' after a session of one side's own body is not read as the two", () => {
    const text = "On Wednesday, Sergey Lavrov and Choe Son Hui held talks in Moscow. The next week the Security Council met, and after the session they issued a statement.";
    expect(describeEvents(text, "2024-11-08", "agreement")).toEqual([]);
  });
});

describe("a guest shown round by a host, in a sentence that names no time", () => {
  it("meets the host on the day the lead gives", () => {
    const text = "MOSCOW, Sept 16 - North Korean leader Kim Jong Un on Saturday inspected strategic bombers at an airfield near Vladivostok.\n\nKim was shown round the airfield by Sergei Shoigu, Russia's defence minister, officials said.";
    expect(describeEvents(text, "2023-09-16", "meeting", { sortNames: true })).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("near miss: one with a time that is not a day stays unread", () => {
    const text = "MOSCOW, Sept 16 - North Korean leader Kim Jong Un on Saturday inspected strategic bombers at an airfield near Vladivostok.\n\nIn 2019 Kim was shown round a ship by Sergei Shoigu, officials recalled.";
    expect(describeEvents(text, "2023-09-16", "meeting")).toEqual([]);
  });
});

describe("talks held between two people named after the verb", () => {
  it("are talks of the two", () => {
    const text = "Talks were held on March 3 between the foreign ministers of the two countries, Sergey Lavrov and Choe Son Hui, at the foreign ministry.";
    expect(describeEvents(text, "2024-03-05", "meeting", { sortNames: true })).toEqual(["2024-03-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks held after a quarrel between two are not theirs", () => {
    const text = "Talks were held on March 3 in Geneva, weeks after a quarrel between Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2024-03-05", "meeting")).toEqual([]);
  });
});

describe("a strategic dialogue that was held", () => {
  it("is a meeting of the ministers named as present", () => {
    const text = "Moscow, March 4 -- The first strategic dialogue between the foreign ministers of the DPRK and Russia was held in Moscow on March 3.\n\nPresent there from the DPRK side was Choe Son Hui, and from the Russian side Sergey Lavrov.";
    expect(describeEvents(text, "2024-03-04", "meeting", { sortNames: true })).toEqual(["2024-03-03/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: a dialogue not named as a round of one is not read as held talks", () => {
    const text = "Moscow, March 4 -- A dialogue on culture was held in Moscow on March 3.\n\nPresent there from the DPRK side was Choe Son Hui, and from the Russian side Sergey Lavrov.";
    expect(describeEvents(text, "2024-03-04", "meeting")).toEqual([]);
  });
});

describe("'on the Nth' after a later day of last month", () => {
  it("is of the report's own month", () => {
    const text = "Choe Son Hui began her visit to Russia on the 29th of last month. On the 1st, she held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2024-11-04", "meeting", { sortNames: true })).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: an earlier day that the report's own month cannot hold stays in last month", () => {
    const text = "Choe Son Hui began her visit to Russia on the 29th of last month. On the 20th, she had held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2024-11-04", "meeting", { sortNames: true })).toEqual(["2024-10-20/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a guest standing beside one host at a site", () => {
  it("is with him there, on the day told", () => {
    const text = "Photo 1 of 3: On Saturday, Kim Jong Un stood beside Russian Defence Minister Sergei Shoigu at a naval base in Vladivostok.";
    expect(describeEvents(text, "2023-09-18", "meeting", { sortNames: true })).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });

  it("near miss: a line-up at a parade is no meeting", () => {
    const text = "On Saturday, Kim Jong Un stood beside Vladimir Putin and Xi Jinping at the parade in Beijing.";
    expect(describeEvents(text, "2025-09-08", "meeting")).toEqual([]);
  });

  it("near miss: with no place named after the site, nothing is read", () => {
    const text = "On Saturday, Kim Jong Un stood beside Russian Defence Minister Sergei Shoigu at a naval base.";
    expect(describeEvents(text, "2023-09-18", "meeting")).toEqual([]);
  });
});

describe("a meeting told as 'was with' someone, its owner not named", () => {
  it("is the meeting of the one the text is about, dated at the sentence's end", () => {
    const text = "Kim Jong Un spent most of last week in Russia. Whom did he meet? The main meeting was with President Vladimir Putin at the Vostochny Cosmodrome in the Amur region on 13 September.";
    expect(describeEvents(text, "2023-09-18", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("near miss: one of the same side as the one the text is about adds no party", () => {
    const text = "Vladimir Putin spent the week in Moscow. The main meeting was with Sergey Lavrov at the Kremlin in the capital of the country on 13 September.";
    expect(describeEvents(text, "2023-09-18", "meeting")).toEqual([]);
  });
});

describe("'a week ago Friday'", () => {
  it("is the Friday of the week before the last one", () => {
    const text = "A week ago Friday, Vladimir Putin and Kim Jong Un held talks in Vladivostok.";
    expect(describeEvents(text, "2023-09-30", "meeting", { sortNames: true })).toEqual(["2023-09-22/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: a bare 'Friday' is still the last Friday", () => {
    const text = "On Friday, Vladimir Putin and Kim Jong Un held talks in Vladivostok.";
    expect(describeEvents(text, "2023-09-30", "meeting", { sortNames: true })).toEqual(["2023-09-29/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("a year written as the adjective of a noun after 'of'", () => {
  it("does not date the verb before it, which is then read as recent news", () => {
    const text = "Sergei Shoigu lands in Pyongyang at the head of a delegation invited for the anniversary of the 1953 armistice.";
    expect(describeEvents(text, "2023-07-27", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a year told as the time, 'in 1953', still dates it", () => {
    const text = "In 2019 Sergei Shoigu landed in Pyongyang at the head of a delegation invited for the anniversary.";
    expect(describeEvents(text, "2023-07-27", "visit")).toEqual(["2019-01-01/year Sergei Shoigu Pyongyang"]);
  });
});

describe("a pair that spent an afternoon together", () => {
  it("met", () => {
    const text = "On Friday, Vladimir Putin and Kim Jong Un spent an afternoon together in Vladivostok, talking railways over lunch.";
    expect(describeEvents(text, "2023-09-30", "meeting", { sortNames: true })).toEqual(["2023-09-29/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: one who spent an afternoon alone in a city met no one", () => {
    const text = "On Friday, Kim Jong Un spent an afternoon in Vladivostok, touring the harbour.";
    expect(describeEvents(text, "2023-09-30", "meeting")).toEqual([]);
  });
});

describe("officials of the two sides who gathered for a session of their joint body", () => {
  it("held it, with the two who signed its document that day as its parties", () => {
    const text = "When Russian and North Korean officials gathered in Pyongyang on 15 March 2024 for the third session of their joint commission, few noticed. The commission had not met for a year, and its co-chairs - Russia's foreign minister, Sergey Lavrov, and the North's foreign minister, Choe Son Hui - are well known. They signed a plan of exchanges that day.";
    expect(describeEvents(text, "2024-12-10", "meeting", { sortNames: true })).toEqual(["2024-03-15/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: officials who gathered outside a building held no session", () => {
    const text = "When Russian and North Korean officials gathered in Pyongyang on 15 March 2024 outside the embassy, few noticed. Sergey Lavrov and Choe Son Hui signed a plan of exchanges that day.";
    expect(describeEvents(text, "2024-12-10", "meeting")).toEqual([]);
  });
});

describe("a timeline's heading 'The same day - ...'", () => {
  const before = "Here is how the first summit went.\n\n1. 13 September 2023 - The summit\n\nKim Jong Un and Vladimir Putin held talks at the cosmodrome.\n\n";

  it("is the day of the heading before it, however far back", () => {
    const text = `${before}2. The same day - A document\n\nBefore the day was out, Putin and Kim Jong Un signed a declaration.`;
    expect(describeEvents(text, "2024-06-18", "agreement", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'The same day' opening a sentence after a recalled paragraph is still the news's day", () => {
    const text = `${before}The same day, Putin and Kim Jong Un signed a declaration in Moscow.`;
    expect(describeEvents(text, "2024-06-18", "agreement", { sortNames: true })).toEqual(["2024-06-18/day Kim Jong Un+Vladimir Putin Moscow"]);
  });
});

describe("a meeting 'a week ago Friday' in the host's country", () => {
  it("is news of a week ago, so it tells the guest's trip too", () => {
    const text = "A week ago Friday, Vladimir Putin and Kim Jong Un held talks in Vladivostok.";
    expect(describeEvents(text, "2023-09-30", "visit", { implied: true })).toEqual(["2023-09-22/day Kim Jong Un Vladivostok (implied)"]);
  });

  it("near miss: one 'three weeks ago Friday' is recalled, and tells no trip", () => {
    const text = "Three weeks ago Friday, Vladimir Putin and Kim Jong Un held talks in Vladivostok.";
    expect(describeEvents(text, "2023-09-30", "visit", { implied: true })).toEqual([]);
  });
});

describe("a host who had shown a guest a site", () => {
  it("met him, on the day told", () => {
    const text = "On 16 September Sergei Shoigu hosted Kim Jong Un at an airfield near Vladivostok. A day earlier, Sergey Lavrov had shown the North Korean leader a university in Vladivostok.";
    expect(describeEvents(text, "2023-10-09", "meeting", { sortNames: true })).toContain("2023-09-15/day Kim Jong Un+Sergey Lavrov Vladivostok");
  });

  it("near miss: a film that had shown him nothing tells no host", () => {
    const text = "On 16 September Kim Jong Un toured a plant in Vladivostok. Russian television had shown the plant a day earlier.";
    expect(describeEvents(text, "2023-10-09", "meeting")).toEqual([]);
  });
});

describe("a host who walked a guest along a row of arms", () => {
  it("showed them to him", () => {
    const text = "On 16 September at an airfield outside Vladivostok, Sergei Shoigu walked Kim Jong Un along a row of strategic bombers.";
    expect(describeEvents(text, "2023-10-09", "meeting", { sortNames: true })).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });

  it("near miss: walked along a line of officials at the airport is the welcome", () => {
    const text = "On 16 September at the airport in Vladivostok, Sergei Shoigu walked Kim Jong Un along a line of officials.";
    expect(describeEvents(text, "2023-10-09", "meeting")).toEqual([]);
  });
});

describe("'had shown' in a clause naming the thing shown before it", () => {
  it("near miss: is another occasion's showing, not the day's", () => {
    const text = "4. Artyom, Saturday 16 September. At the airfield, Sergei Shoigu showed Kim Jong Un the bombers. It echoed the weapons exhibition Kim had shown Shoigu in Pyongyang over the summer.";
    expect(describeEvents(text, "2023-09-19", "meeting").filter((e) => e.includes("Pyongyang"))).toEqual([]);
  });
});
