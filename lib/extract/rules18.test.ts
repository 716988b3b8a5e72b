/**
 * rules-18: background mentions that took a wrong date or place, from blind reports of a defence minister's trip and a
 * leaders' phone call. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { isFurniture } from "./clean";
import { findDateMentions } from "./dates";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a hyphened pair of countries before a meeting noun", () => {
  it("names the two sides, not the place: a later undated 'Korea-Russia summit' moves no meeting to Russia", () => {
    const text = "Kim Jong Un met Andrei Belousov on Friday. He praised the Korea-Russia summit talks that raised ties to a new level.";
    expect(describeEvents(text, "2024-12-01", "meeting")).toEqual(["2024-11-29/day Andrei Belousov+Kim Jong Un null"]);
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual(["2024-11-29/day Andrei Belousov North Korea (implied)"]);
  });

  it("still takes a single country's adjective before the noun as the place", () => {
    expect(describeEvents("Kim Jong Un praised the results of his Vladivostok talks with Vladimir Putin on April 25.", "2019-05-01", "meeting")).toEqual([
      "2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok",
    ]);
  });
});

describe("an undated trip and a meeting held elsewhere", () => {
  it("does not date a leader's trip to a country by his meeting, at home, with that country's envoy", () => {
    const text = "Andrei Belousov arrived in Pyongyang on Friday.\n\nVladimir Putin hosted North Korean foreign minister Choe Son Hui in Moscow on 4 November.\n\nOfficials in Seoul are watching closely.\n\nAn invitation for Kim Jong Un to come to Russia was first made when Putin was in Pyongyang.";
    expect(describeEvents(text, "2024-12-02", "visit").filter((x) => x.includes("Vladimir Putin"))).toEqual([]);
  });

  it("still dates the trip by a meeting with that country's leader where the place is not given", () => {
    const text = "Andrei Belousov arrived in Pyongyang on Friday.\n\nKim Jong Un received Sergei Shoigu on 13 September.\n\nOfficials in Seoul are watching closely.\n\nShoigu had travelled to Pyongyang.";
    expect(describeEvents(text, "2024-12-02", "visit")).toContain("2024-09-13/day Sergei Shoigu Pyongyang (implied)");
  });
});

describe("a when-clause right after a verb", () => {
  it("dates the verb by the occasion it tells: 'signed when Putin flew to Pyongyang in June 2024'", () => {
    const text = "Vladimir Putin spoke to Kim Jong Un by phone on Tuesday. The alliance pact, signed when Putin flew to Pyongyang in June 2024, came into force last December.";
    expect(describeEvents(text, "2025-08-13", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("leaves the verb's date alone when the when-clause hangs off a longer stretch after it", () => {
    const text = "Vladimir Putin spoke to Kim Jong Un by phone on Tuesday. Putin and Kim signed the pact long before officials in Seoul took notice when Kim went to Moscow in May.";
    expect(describeEvents(text, "2025-08-13", "agreement").filter((x) => x.startsWith("2025-05"))).toEqual([]);
  });
});

describe("the countries as a verb's subject", () => {
  it("makes no party of a person named before 'the two countries signed'", () => {
    const text = "Andrei Belousov landed in Pyongyang on Friday. His trip, a first for Belousov, comes as the pact the two countries signed in June nears entry into force.";
    expect(describeEvents(text, "2024-12-01", "agreement").filter((x) => x.includes("Belousov"))).toEqual([]);
  });

  it("still takes the people named as the subject: 'the pact Putin and Kim Jong Un signed in June'", () => {
    const text = "Andrei Belousov landed in Pyongyang on Friday. His trip comes as the pact Vladimir Putin and Kim Jong Un signed in June nears entry into force.";
    expect(describeEvents(text, "2024-12-01", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'last' before a month of this year", () => {
  const dateOf = (text: string, publishedAt: string) => findDateMentions(text, { publishedAt })[0]?.date;

  it("reads a month up to two back as the year before: 'last June' written in August", () => {
    expect(dateOf("They spoke of the summit held last June.", "2025-08-20")).toBe("2024-06-01");
    expect(describeEvents("Vladimir Putin called Kim Jong Un on Tuesday. They recalled their talks in Pyongyang last June.", "2025-08-13", "meeting")).toEqual([
      "2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang",
    ]);
  });

  it("keeps a month further back in the report's year, and 'in June' written in August", () => {
    expect(dateOf("They spoke of the summit held last March.", "2025-08-20")).toBe("2025-03-01");
    expect(dateOf("They spoke of the summit held in June.", "2025-08-20")).toBe("2025-06-01");
  });
});

describe("'picked up the phone to' a person", () => {
  it("reads a call to the person named right after it, by the caller named nearest before it", () => {
    expect(describeEvents("Vladimir Putin picked up the phone to Kim Jong Un on Tuesday.", "2025-08-15", "call")).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
    const text = "Vladimir Putin had a busy week.\n\nLast week, days before he flew to Beijing to shake Xi Jinping's hand, Vladimir Putin picked up the phone to Kim Jong Un.";
    expect(describeEvents(text, "2025-08-18", "call")).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("reads no call when 'to' opens a purpose that is not a call", () => {
    expect(describeEvents("Vladimir Putin picked up the phone to find Kim Jong Un had written on Tuesday.", "2025-08-15", "call")).toEqual([]);
  });
});

describe("talks told by their start with a perfect", () => {
  it("reads 'have begun talks' as the meeting of the two named", () => {
    expect(describeEvents("Andrei Belousov and Kim Jong Un have begun talks in Pyongyang, officials said on Friday.", "2024-11-29", "meeting")).toEqual([
      "2024-11-01/month Andrei Belousov+Kim Jong Un Pyongyang",
    ]);
  });

  it("reads no meeting in talks only hoped for", () => {
    expect(describeEvents("Andrei Belousov hopes talks with Kim Jong Un can be begun soon.", "2024-11-29", "meeting")).toEqual([]);
  });
});

describe("meetings counted in one month", () => {
  it("tells two meetings for 'received ... twice in <month> this year'", () => {
    expect(describeEvents("Kim Jong Un received Sergei Shoigu in Pyongyang twice in June this year.", "2025-08-13", "meeting")).toEqual([
      "2025-06-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-06-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
    ]);
  });

  it("tells none for a count with no month", () => {
    expect(describeEvents("Kim Jong Un has received Sergei Shoigu twice since the treaty took effect.", "2025-08-13", "meeting")).toEqual([]);
  });
});

describe("a file photo's caption that dates what it shows", () => {
  it("is kept as text, and its meeting read", () => {
    const caption = "FILE PHOTO: Vladimir Putin and Kim Jong Un hold talks at a state guesthouse in Pyongyang, June 19, 2024. Kremlin/File Photo";
    expect(isFurniture(caption)).toBe(false);
    expect(describeEvents(`A gallery of the visit.\n\n${caption}`, "2024-11-30", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("still drops a credit line or an undated caption", () => {
    expect(isFurniture("FILE PHOTO: Kremlin press service / Reuters")).toBe(true);
    expect(isFurniture("Photo: Troops parade through the square in front of the leaders / AFP")).toBe(true);
  });
});
