/**
 * rules-25b: trips and signings told in the progressive or in a gallery — "has been paying an official visit to Russia
 * since Monday" tells a trip under way, as "paid a visit" tells a finished one; a numbered photo caption that dates what
 * it shows by a weekday ("Photo 4: The two leaders sign the treaty at the end of Tuesday's talks") tells it, as one with
 * a full date does; "within hours of the arrival" counts from an event, so it is no forecast; "Pavel Orlov, the foreign
 * minister, flew" titles an unknown name set off before its title, as "Foreign Minister Pavel Orlov" does.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'has been paying a visit to <country> since <day>'", () => {
  it("tells a trip under way, dated by the day it began", () => {
    expect(describeEvents("Kim Jong Un has been paying an official visit to Russia since June 3, when his train reached Vladivostok.", "2024-06-06", "visit")).toEqual(["2024-06-03/day Kim Jong Un Vladivostok"]);
  });

  it("near miss: 'urged him to consider paying a visit' is still no trip", () => {
    expect(describeEvents("Lavrov urged Kim Jong Un to consider paying a visit to Russia.", "2024-06-06", "visit")).toEqual([]);
  });
});

describe("a numbered photo caption dated by a weekday", () => {
  it("tells what it shows, as a gallery does", () => {
    const text = "Vladimir Putin has ended his stay in Pyongyang.\n\nPhoto 4: The two leaders, Putin and Kim Jong Un, sign the treaty at the end of Tuesday's talks.";
    expect(describeEvents(text, "2024-06-21", "agreement")).toEqual(["2024-06-18/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a short undated numbered caption is still dropped", () => {
    const text = "Vladimir Putin ended his stay in Pyongyang on Thursday.\n\nPhoto 4: Putin and Kim Jong Un sign the treaty.";
    expect(describeEvents(text, "2024-06-21", "agreement")).toEqual([]);
  });
});

describe("'within hours of the arrival'", () => {
  it("counts from an event, so the talks it tells happened", () => {
    const text = "Sergei Shoigu landed in Pyongyang on Tuesday. Within hours of his arrival, Shoigu began talks with Kim Jong Un.";
    expect(describeEvents(text, "2024-09-13", "meeting")).toEqual(["2024-09-10/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: 'within days' alone is still a forecast", () => {
    expect(describeEvents("Sergei Shoigu could begin talks with Kim Jong Un within days.", "2024-09-13", "meeting")).toEqual([]);
  });
});

describe("'<Name>, the foreign minister,'", () => {
  it("titles an unknown name set off before its title, as one after it", () => {
    expect(describeEvents("On Monday Pavel Orlov, the foreign minister, flew to Pyongyang.", "2024-06-06", "visit")).toEqual(["2024-06-03/day Pavel Orlov Pyongyang"]);
  });

  it("near miss: an unknown name before no title is still nobody", () => {
    expect(describeEvents("On Monday Pavel Orlov, a businessman, flew to Pyongyang.", "2024-06-06", "visit")).toEqual([]);
  });
});
