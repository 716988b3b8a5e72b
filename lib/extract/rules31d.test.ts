/**
 * rules-31d: dated background told as an image or with its document elided — "became the first Kremlin leader to set
 * foot in North Korea" with the year, "was in Pyongyang to sign the treaty", "It was signed ..." after a sentence about
 * the treaty, "received in Pyongyang <titles> <name>", and "Kim's armoured train pulled into Vladivostok".
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("'became the first ... to set foot in' a country", () => {
  it("is a visit on the day the sentence gives", () => {
    const text = "Months later, on 20 July 2000, Putin became the first Kremlin leader to set foot in North Korea.";
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual(["2000-07-20/day Vladimir Putin North Korea"]);
  });

  it("near miss: without a year, the record retells a crossing and tells no visit", () => {
    const text = "Kim Jong Un became the first leader of his country to set foot in China since the war, the ministry said.";
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual([]);
  });
});

describe("a signing told as the purpose of a past stay", () => {
  it("'was in Pyongyang to sign the treaty' signed it", () => {
    const text = "On 10 February 2000 Sergey Lavrov was in Pyongyang to sign a new treaty with Choe Son Hui.";
    expect(describeEvents(text, "2023-10-20", "agreement")).toEqual(["2000-02-10/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'is in Pyongyang to sign' is a purpose still ahead", () => {
    const text = "Sergey Lavrov is in Pyongyang to sign a new treaty with Choe Son Hui on Friday.";
    expect(describeEvents(text, "2023-10-20", "agreement")).toEqual([]);
  });
});

describe("'It was signed' after a sentence about a treaty", () => {
  it("is the signing of that treaty", () => {
    const text = "Older readers remember the treaty that is now replaced. It was signed in Pyongyang on 10 February 2000 by Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2024-12-06", "agreement")).toEqual(["2000-02-10/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: after a paragraph break, 'It' names no document", () => {
    const text = "Older readers remember the treaty that is now replaced.\n\nIt was signed in Pyongyang on 10 February 2000 by Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2024-12-06", "agreement")).toEqual([]);
  });
});

describe("'received in <place>' followed by the guest's titles and name", () => {
  it("is a meeting with the guest", () => {
    const text = "On October 9, Kim Jong Un received in Pyongyang Secretary of the Security Council of the Russian Federation Sergei Shoigu, who led a delegation.";
    expect(describeEvents(text, "2025-10-20", "meeting")).toEqual(["2025-10-09/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a message received there is no meeting with its sender", () => {
    const text = "On October 9, Kim Jong Un received in Pyongyang a message of greetings from Sergei Shoigu, who could not come.";
    expect(describeEvents(text, "2025-10-20", "meeting")).toEqual([]);
  });
});

describe("a leader's train that 'pulled into' a city", () => {
  it("is the leader's arrival, and the meeting 'the following day' is the day after", () => {
    const text = "Kim Jong Un's armoured train pulled into Vladivostok on 24 April 2019, and he met Putin for the first time the following day.";
    expect(describeEvents(text, "2024-06-21", "visit")).toEqual(["2019-04-24/day Kim Jong Un Vladivostok"]);
    expect(describeEvents(text, "2024-06-21", "meeting")).toEqual(["2019-04-25/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: with no vehicle named, 'pulled into' is no arrival", () => {
    const text = "Kim Jong Un's economy pulled into China on 24 April 2019 a record share of its trade.";
    expect(describeEvents(text, "2024-06-21", "visit")).toEqual([]);
  });
});

describe("a participle 'sitting down with' set off by a comma", () => {
  it("is a meeting of the sentence's subject with the person named", () => {
    const text = "A year later Kim Jong Un made a long journey by rail across Russia, sitting down with Putin in Moscow on 5 August 2001.";
    expect(describeEvents(text, "2024-06-21", "meeting")).toEqual(["2001-08-05/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: 'as X was sitting down with Y' gives the main clause's subject no part in it", () => {
    const text = "Xi Jinping was in Paris on Tuesday as Sergei Shoigu was sitting down with Kim Jong Un.";
    expect(describeEvents(text, "2025-06-20", "meeting").some((e) => e.includes("Xi Jinping"))).toBe(false);
  });
});

describe("'following their first' with its place and day", () => {
  it("is the first meeting of the pair the sentence names", () => {
    const text = "The talks at the spaceport marked the second summit between Kim Jong Un and Putin, following their first on an island off Vladivostok on April 25, 2019.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toContain("2019-04-25/day Kim Jong Un+Vladimir Putin null");
  });

  it("near miss: 'following their first' with no place, as a number, tells no meeting", () => {
    const text = "The talks at the spaceport marked the second summit between Kim Jong Un and Putin, following their first-ever exchange of letters on April 25, 2019.";
    expect(describeEvents(text, "2023-09-14", "meeting").some((e) => e.startsWith("2019-04-25"))).toBe(false);
  });
});
