/**
 * rules-34c: what a sentence names besides its own event — "on the same day, March 5" after a month written with its
 * year is that day, not the day told last; the makers of a deal "reached by" two leaders are no parties to the talks
 * about it; "the Russian official's visit" is a Russian's trip, not one to Russia; the date of what the news followed
 * ("following the first round last November") sets no time frame for the sentences after it; a look-back's year-less
 * day goes on in the year it looks back to; a clause leading the sentence has a subject of its own; a round of a
 * strategic dialogue "was held" between the two named, or the two foreign ministers; a pair seated across from each
 * other met; so does a pair walking together; a person "sent" to a place travelled there; "was last there on March 21"
 * is a dated stay.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("'on the same day' set off before a day written out", () => {
  it("is that day, in the year the sentence wrote with its month", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov in Moscow on Monday. In March 2024 she held talks with Lavrov and was received by Vladimir Putin on the same day, March 5.";
    expect(describeEvents(text, "2025-10-29", "meeting", { sortNames: true })).toEqual([
      "2025-10-27/day Choe Son Hui+Sergey Lavrov Moscow",
      "2024-03-01/month Choe Son Hui+Sergey Lavrov null",
      "2024-03-05/day Choe Son Hui+Vladimir Putin null",
    ]);
  });

  it("near miss: with no month written before it, 'the same day' stays the day told last", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov in Moscow on Monday. She was received by Vladimir Putin in the Kremlin on the same day, October 27.";
    expect(describeEvents(text, "2025-10-29", "meeting", { sortNames: true })).toEqual([
      "2025-10-27/day Choe Son Hui+Sergey Lavrov Moscow",
      "2025-10-27/day Choe Son Hui+Vladimir Putin Moscow",
    ]);
  });
});

describe("the makers of a deal 'reached by' two leaders", () => {
  it("are no parties to the talks about carrying it out", () => {
    const text = "Choe Son Hui met Sergey Lavrov on Monday for talks on carrying out the agreements reached by Vladimir Putin and Kim Jong Un.";
    expect(describeEvents(text, "2025-10-29", "meeting", { sortNames: true })).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: leaders who reached a deal at talks told in the sentence met", () => {
    const text = "The deal was reached by Vladimir Putin and Kim Jong Un at their talks in Pyongyang on Monday.";
    expect(describeEvents(text, "2025-10-29", "meeting", { sortNames: true })).toEqual(["2025-10-27/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a country adjective on the visit's owner", () => {
  it("is the traveller's country, not the destination", () => {
    const text = "File photo: Kim Jong Un and Sergei Shoigu talk at a table during the Russian official's earlier visit, on March 21, 2025.";
    expect(describeEvents(text, "2025-06-18", "visit")).toEqual([]);
  });

  it("near miss: 'a Russian visit' with no owner after the adjective is a visit to Russia", () => {
    const text = "Kim Jong Un and Sergei Shoigu talk at a table during the Russian visit, on March 21, 2025.";
    expect(describeEvents(text, "2025-06-18", "visit")).toEqual(["2025-03-21/day Kim Jong Un Russia"]);
  });
});

describe("the date of what the news followed", () => {
  it("sets no time frame for an undated sentence after it", () => {
    const text = "Sergey Lavrov held strategic talks with Choe Son Hui in Wonsan on the 12th. It was their second round, following the first in Moscow last November. Kim Jong Un received Lavrov after the talks.";
    expect(describeEvents(text, "2025-07-13", "meeting", { sortNames: true })).not.toContain("2024-11-01/month Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: a date told as the paragraph's own time still frames the sentence after it", () => {
    const text = "Sergey Lavrov held strategic talks with Choe Son Hui in Moscow last November. Kim Jong Un received Lavrov after the talks.";
    expect(describeEvents(text, "2025-07-13", "meeting", { sortNames: true })).toContain("2024-11-01/month Kim Jong Un+Sergey Lavrov null");
  });
});

describe("a year-less day in a look-back", () => {
  it("goes on from the last day written with the year the text looks back to", () => {
    const text = "A year ago this month, Sergei Shoigu flew to Pyongyang twice.\n\nHis first trip began on May 3, 2025.\n\nOn May 19, after Kim Jong Un had received him a second time, Shoigu spoke of a labour deal.";
    expect(describeEvents(text, "2026-05-24", "meeting", { sortNames: true })).toEqual(["2025-05-19/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a day before the written one is this year's news", () => {
    const text = "Exactly a year ago today, on May 19, 2025, Vladimir Putin landed in Pyongyang.\n\nSergei Shoigu flew to Pyongyang on May 3 and was received by Kim Jong Un.";
    expect(describeEvents(text, "2026-05-19", "meeting", { sortNames: true })).toEqual(["2026-05-03/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a text that never says it looks back keeps the report's year", () => {
    const text = "The treaty was signed on May 3, 2025.\n\nOn May 19, Kim Jong Un received Sergei Shoigu in Pyongyang.";
    expect(describeEvents(text, "2026-05-24", "meeting", { sortNames: true })).toEqual(["2026-05-19/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("a clause leading the sentence", () => {
  it("has its own subject; the pronoun in the next sentence is the main clause's", () => {
    const text = "As Xi Jinping was opening the congress, Sergei Shoigu was on his way to Pyongyang. Kim Jong Un received him on Wednesday.";
    expect(describeEvents(text, "2025-06-06", "meeting", { sortNames: true })).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: with no verb of its own in the leading phrase, its name is still the subject", () => {
    const text = "As Russia's envoy, Sergei Shoigu went to see Xi Jinping in Beijing. Kim Jong Un received him on Wednesday.";
    expect(describeEvents(text, "2025-06-06", "meeting", { sortNames: true })).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a time told as the one the people had last met", () => {
  const text = (verb: string) => `Kim Jong Un received Sergei Shoigu on Wednesday. It was Shoigu's second trip to North Korea since he took up his new post last year. The two men ${verb} in March. Russian outlets said Shoigu was there on Vladimir Putin's instructions.`;
  it("is no time frame for the undated sentence after it", () => {
    expect(describeEvents(text("had last met"), "2025-06-06", "visit")).toEqual(["2025-06-04/day Sergei Shoigu North Korea"]);
  });

  it("near miss: a month told as the paragraph's time still frames it", () => {
    expect(describeEvents(text("met"), "2025-06-06", "visit")).toEqual(["2025-06-04/day Sergei Shoigu North Korea", "2025-03-01/month Sergei Shoigu North Korea"]);
  });
});

describe("a round of a strategic dialogue that was held", () => {
  it("is a meeting of the two named between", () => {
    const text = "The third round of the strategic dialogue between Choe Son Hui and Sergey Lavrov was held in Moscow on Tuesday.";
    expect(describeEvents(text, "2025-11-06", "meeting", { sortNames: true })).toEqual(["2025-11-04/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("between the foreign ministers of the pair's countries, is a meeting of those ministers on its day", () => {
    const text = "On Tuesday the third round of the strategic dialogue between the foreign ministers of Russia and the DPRK was held in Moscow.";
    expect(describeEvents(text, "2025-11-06", "meeting", { sortNames: true })).toEqual(["2025-11-04/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: a forum's dialogue, not a round of a strategic one, names no pair", () => {
    const text = "On Tuesday the annual dialogue between the foreign ministers of Russia and the DPRK and four other states was held in Moscow.";
    expect(describeEvents(text, "2025-11-06", "meeting", { sortNames: true })).toEqual([]);
  });
});

describe("a pair seated across from each other", () => {
  it("is a meeting of the pair", () => {
    const text = "Sergey Lavrov and Choe Son Hui sat across the table from each other in Moscow on Tuesday.";
    expect(describeEvents(text, "2025-11-06", "meeting", { sortNames: true })).toEqual(["2025-11-04/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: seated across from a portrait is no meeting", () => {
    const text = "Sergey Lavrov and Choe Son Hui sat across from a portrait in Moscow on Tuesday.";
    expect(describeEvents(text, "2025-11-06", "meeting", { sortNames: true })).toEqual([]);
  });
});

describe("the visit of 'the Russian official'", () => {
  it("is the trip of the sentence's Russian", () => {
    const text = "File photo: Kim Jong Un and Sergei Shoigu sit across from each other during the Russian official's previous visit to Pyongyang, on March 21, 2025.";
    expect(describeEvents(text, "2025-06-18", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a pair walking together", () => {
  it("is a meeting of the pair, a caption's way", () => {
    const text = "Archive photo: Vladimir Putin and Kim Jong Un walk together through the cosmodrome's assembly hall on Sept. 13, 2023.";
    expect(describeEvents(text, "2025-10-11", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: walking together with one's own guards is no meeting of the one watching", () => {
    const text = "Vladimir Putin walked together with his guards through the hall on Sept. 13, 2023, and Kim Jong Un watched on television.";
    expect(describeEvents(text, "2025-10-11", "meeting")).toEqual([]);
  });
});

describe("a person sent to a place", () => {
  it("is the trip of the one sent, named right after the verb", () => {
    const text = "Earlier this month Moscow sent former president Dmitry Medvedev to Pyongyang for the ruling party's jubilee.";
    expect(describeEvents(text, "2025-10-28", "visit")).toEqual(["2025-10-01/month Dmitry Medvedev Pyongyang"]);
  });

  it("near miss: a message sent to a named leader is no trip", () => {
    const text = "Earlier this month Moscow sent a message to Kim Jong Un in Pyongyang for the ruling party's jubilee.";
    expect(describeEvents(text, "2025-10-28", "visit")).toEqual([]);
  });

  it("near miss: one of a leader's aides sent is not the leader", () => {
    const text = "Earlier this month Moscow sent one of Vladimir Putin's closest aides to Pyongyang for the ruling party's jubilee.";
    expect(describeEvents(text, "2025-10-28", "visit")).toEqual([]);
  });
});

describe("'was last there on' a day", () => {
  it("is the last stay before, in the place the text was about", () => {
    const text = "Sergei Shoigu arrived in Pyongyang on Wednesday and was received by Kim Jong Un. It was his second trip to the North Korean capital this year. He was last there on March 21, when Kim also received him.";
    expect(describeEvents(text, "2025-06-04", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang", "2025-03-21/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'last there' with no day after it tells no dated stay", () => {
    const text = "Sergei Shoigu arrived in Pyongyang on Wednesday and was received by Kim Jong Un. He was last there as defence minister, he said.";
    expect(describeEvents(text, "2025-06-04", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang"]);
  });
});
