/**
 * rules-34b: read from the blind pass mr-730 to mr-753 — a day between "received" and its object ("received on 14 May
 * the delegation"), a date inside what a second verb said ("welcomed them and noted that ... 80 years ago"), a title a
 * subject "became" (no one else), "this October" and months after the report's own, a treaty "the two countries
 * signed" (no one else's), a subject named right before a when-clause's verb, what was "discussed by phone", "ushered
 * in to see", "both sides completed ratification", a pronoun that points past the one whose orders they were, and a
 * trip told in a who-clause on the guest of a dated audience; talks "held" for "two and a half hours"; a caption of two
 * leaders touring a place "in Russia's Amur region"; "returned once more and met Kim on 17 June"; "Last Wednesday's
 * talks" after a sentence about one pair; talks told by a noun with one party on a live page's day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a day between the verb of an audience and its object", () => {
  it("leaves the delegation the object, its head the guest", () => {
    const text = "Pyongyang, July 27 -- Kim Jong Un received on July 26 the delegation of the Russian defence ministry headed by Sergei Shoigu, minister of defence.";
    expect(describeEvents(text, "2023-07-27", "meeting", { sortNames: true })).toEqual(["2023-07-26/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a letter received on a day is no audience", () => {
    const text = "Pyongyang, July 27 -- Kim Jong Un received on July 26 a letter from Sergei Shoigu, minister of defence.";
    expect(describeEvents(text, "2023-07-27", "meeting")).toEqual([]);
  });
});

describe("a date inside what a second verb said", () => {
  it("does not date the welcome before it", () => {
    const text = "Kim Jong Un warmly welcomed Sergey Lavrov on Friday and noted that the two peoples fought side by side 75 years ago.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).toEqual(["2025-07-11/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("leaves an undated welcome to the report's time, not the remark's", () => {
    const text = "Kim Jong Un warmly welcomed Sergey Lavrov and noted that the two peoples fought side by side 75 years ago.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).toEqual(["2025-07-01/month Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a date before the verb of saying is still the welcome's", () => {
    const text = "Sergey Lavrov welcomed Choe Son Hui in Moscow 2 years ago and said that ties had grown since.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).toEqual(["2023-01-01/year Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("a title a subject became", () => {
  it("is his, not the one who held it before", () => {
    const text = "Andrei Belousov was appointed Russian defence minister in May 2024, and in November Kim Jong Un received him in Pyongyang.";
    expect(describeEvents(text, "2025-04-18", "meeting", { sortNames: true })).toEqual(["2024-11-01/month Andrei Belousov+Kim Jong Un Pyongyang"]);
  });

  it("so a pronoun after it is the subject too", () => {
    const text = "Belousov became Russia's defence minister in May 2024, and on Nov. 29 of that year Kim Jong Un received him in Pyongyang.";
    expect(describeEvents(text, "2025-04-18", "meeting", { sortNames: true })).toEqual(["2024-11-29/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });

  it("near miss: a title a verb takes as its object is the holder of the day", () => {
    const text = "Kim Jong Un received the defence minister of Russia in Pyongyang in May 2024.";
    expect(describeEvents(text, "2025-04-18", "meeting", { sortNames: true })).toEqual(["2024-05-01/month Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("a month after the report's own", () => {
  it("dates no visit told as done ('this October', written in June)", () => {
    const text = "Seventy years this October since the two established ties, a date Sergey Lavrov recalled during his visit to Pyongyang.";
    expect(describeEvents(text, "2018-06-07", "visit")).toEqual(["2018-06-01/month Sergey Lavrov Pyongyang"]);
  });

  it("nor does one written with its year", () => {
    const text = "Seventy years on 9 October 2018 since the two established ties, a date Sergey Lavrov recalled during his visit to Pyongyang.";
    expect(describeEvents(text, "2018-06-07", "visit")).toEqual(["2018-06-01/month Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'last October' is a month gone, and dates the visit", () => {
    const text = "Sergey Lavrov visited Pyongyang last October.";
    expect(describeEvents(text, "2018-06-07", "visit")).toEqual(["2017-10-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("a treaty the two countries signed", () => {
  it("takes none of the people the sentence names for its parties", () => {
    const text = "Choe Son Hui told Lavrov that the trade plan the two countries signed in May was working.";
    expect(describeEvents(text, "2025-07-14", "agreement")).toEqual([]);
  });

  it("near miss: one the people themselves signed is theirs", () => {
    const text = "Choe Son Hui said that Lavrov and she signed the trade plan in May.";
    expect(describeEvents(text, "2025-07-14", "agreement", { sortNames: true })).toEqual(["2025-05-01/month Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a when-clause with its own subject right before its verb", () => {
  it("is that subject's act, not the main clause's people's", () => {
    const text = "Sergei Shoigu accompanied Putin when the Russian president hosted Kim Jong Un at the cosmodrome on 13 September 2023.";
    expect(describeEvents(text, "2025-03-28", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a meeting verb before the when-clause keeps its own parties", () => {
    const text = "Sergei Shoigu flew to Vladivostok and met Kim Jong Un when the Russian president hosted the talks on 13 September 2023.";
    expect(describeEvents(text, "2025-03-28", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Sergei Shoigu+Vladimir Putin null"]);
  });
});

describe("something discussed by phone", () => {
  it("was discussed in a call", () => {
    const text = "Putin discussed the summit with Kim Jong Un by phone on Tuesday.";
    expect(describeEvents(text, "2025-07-14", "call", { sortNames: true })).toEqual(["2025-07-08/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: discussed with no phone is a meeting", () => {
    const text = "Putin discussed the summit with Kim Jong Un on Tuesday.";
    expect(describeEvents(text, "2025-07-14", "call")).toEqual([]);
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).toEqual(["2025-07-08/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("ushered in to see", () => {
  it("is a meeting with the one seen", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Friday and was ushered in to see Kim Jong Un within the hour.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual(["2025-07-11/day Sergey Lavrov+Kim Jong Un Pyongyang"]);
  });

  it("near miss: ushered into a hall where the leader spoke is no meeting", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Friday and was ushered in to the hall where Kim Jong Un spoke.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual([]);
  });
});

describe("both sides completing ratification", () => {
  it("is no ratification of the two leaders at the signing's day", () => {
    const text = "Putin and Kim Jong Un signed the treaty in Pyongyang on 19 June 2024, and both sides completed ratification later that year.";
    expect(describeEvents(text, "2025-03-28", "ratification")).toEqual([]);
  });

  it("near miss: one leader completing it on his day is his ratification", () => {
    const text = "Putin and Kim Jong Un signed the treaty in Pyongyang on 19 June 2024, and Putin completed its ratification on 9 November.";
    expect(describeEvents(text, "2025-03-28", "ratification")).toEqual(["2024-11-09/day Vladimir Putin null"]);
  });
});

describe("the one on whose orders a trip was made", () => {
  it("is no traveller, and a later pronoun points past him", () => {
    const text = "Sergei Shoigu's short trip in March 2025, made on Putin's orders, opened a year in which he returned to Pyongyang again.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-03-01/month Sergei Shoigu Pyongyang"]);
  });

  it("near miss: one the trip was made with travelled too", () => {
    const text = "Sergei Shoigu's short trip in March 2025, made with Putin, opened a year in which he returned to Pyongyang again.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-03-01/month Sergei Shoigu Pyongyang", "2025-03-01/month Vladimir Putin Pyongyang"]);
  });
});

describe("a trip told in a who-clause on the guest of a dated audience", () => {
  const before = "Choe Son Hui met Sergey Lavrov in Moscow on 12 July. ";
  it("is the trip he was received on, not one of the paragraph's earlier days", () => {
    const text = before + "On 14 August Kim Jong Un received Andrei Belousov, who led a parliamentary delegation to the anniversary of Korea's liberation.";
    expect(describeEvents(text, "2025-09-03", "visit").filter((e) => e.includes("Belousov"))).toEqual(["2025-08-14/day Andrei Belousov North Korea"]);
  });

  it("near miss: with no audience in the sentence the guest's day is not read into it", () => {
    const text = before + "On 14 August Kim Jong Un praised Andrei Belousov, who led a parliamentary delegation to the anniversary of Korea's liberation.";
    expect(describeEvents(text, "2025-09-03", "visit")).not.toContain("2025-08-14/day Andrei Belousov North Korea");
  });
});

describe("talks counted by how long they lasted", () => {
  it("are talks held ('held roughly two and a half hours of talks')", () => {
    const text = "On Wednesday Putin and Kim Jong Un held roughly two and a half hours of talks in Beijing.";
    expect(describeEvents(text, "2025-09-05", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: hours of something else held are no talks", () => {
    const text = "On Wednesday Putin held roughly two and a half hours of rallies in Moscow with Kim Jong Un watching.";
    expect(describeEvents(text, "2025-09-05", "meeting")).toEqual([]);
  });
});

describe("a caption of two leaders touring a place set only in a country's region", () => {
  it("is their meeting on the caption's day", () => {
    const text = "Pictures of the week.\n\nFILE - Kim Jong Un and Vladimir Putin tour the space centre in Russia's Amur region, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-09-05", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Russia"]);
  });

  it("near miss: a phrase after 'in' that is no place leaves the caption unread", () => {
    const text = "Pictures of the week.\n\nFILE - Kim Jong Un and Vladimir Putin tour the space centre in their own way, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-09-05", "meeting")).toEqual([]);
  });
});

describe("a trip verb joined by 'and' to a dated meeting verb", () => {
  const before = "Sergey Lavrov flew to Pyongyang on 4 June. ";
  it("is the trip of that meeting's day ('returned once more and met Kim on 17 June')", () => {
    const text = before + "Less than two weeks later, Lavrov returned once more and met Kim Jong Un on 17 June.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-06-04/day Sergey Lavrov Pyongyang", "2025-06-17/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a meeting of others in a clause of its own lends the trip no day", () => {
    const text = before + "Less than two weeks later, Lavrov returned to Pyongyang, and Choe Son Hui met Kim Jong Un on 17 June.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-06-04/day Sergey Lavrov Pyongyang"]);
  });
});

describe("talks owned by their day, naming no one, after a sentence about one pair", () => {
  it("are that pair's talks", () => {
    const text = "After the parade, Putin and Kim Jong Un drove off together in one car.\n\nLast Wednesday's talks in Beijing lasted two hours, by the Kremlin's count.";
    expect(describeEvents(text, "2025-09-10", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: after a sentence naming three leaders they are no one's", () => {
    const text = "After the parade, Putin, Kim Jong Un and Xi Jinping drove off together in one car.\n\nLast Wednesday's talks in Beijing lasted two hours, by the Kremlin's count.";
    expect(describeEvents(text, "2025-09-10", "meeting")).toEqual([]);
  });

  it("near miss: talks with no day of their own are left as they were", () => {
    const text = "After the parade, Putin and Kim Jong Un drove off together in one car.\n\nThe talks in Beijing lasted two hours, by the Kremlin's count.";
    expect(describeEvents(text, "2025-09-10", "meeting")).toEqual([]);
  });
});

describe("talks told by a noun with one party on a live page's day", () => {
  const live =
    "Live: Parade day in Beijing - Xi, Putin and Kim on the rostrum; Putin and Kim hold talks\n\n" +
    "13:10 - Pool reporters say Putin and Kim left the lunch reception together in Putin's armoured limousine, heading for bilateral talks at a state guesthouse in Beijing. The two leaders last rode together in June 2024.\n\n" +
    "15:40 - The talks are under way. In his opening words, Putin thanked the North for its soldiers.\n\n" +
    "17:40 - The Kremlin says the talks lasted nearly three hours in all, including a private conversation over tea. According to state media, Putin invited Kim to visit Russia.\n\n";
  it("are the day's talks the page told with him among others", () => {
    const text = live + "18:20 - Video posted by a Russian reporter seems to show Korean aides carefully wiping the chair and table Kim used after the talks, a sign of the tight security around the North Korean leader.";
    expect(describeEvents(text, "2025-09-03", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: talks named with another party stay apart", () => {
    const text = live + "18:20 - Video posted by a Russian reporter seems to show Korean aides carefully wiping the chair and table Kim used after the talks with Xi Jinping, a sign of the tight security around the North Korean leader.";
    expect(describeEvents(text, "2025-09-03", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing", "2025-09-03/day Kim Jong Un+Xi Jinping null"]);
  });
});
