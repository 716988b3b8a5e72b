/**
 * rules-21: precision on background told in passing — a sentence opening "N months later" after a named month, ...
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a sentence opening 'N months later'", () => {
  it("counts on from the month named before, not from a later paragraph", () => {
    const text =
      "In March 2001, Kim Jong Il's envoy went to Moscow. Three months later Putin, still new in office, travelled to Pyongyang himself.\n\nHis successor met Kim Jong Un on Russky Island in April 2019.";
    expect(describeEvents(text, "2023-09-20", "visit")).toContain("2001-06-01/month Vladimir Putin Pyongyang");
  });

  it("leaves a dated visit alone: 'Three months later, on 19 July 2001, Putin visited Pyongyang'", () => {
    const text = "In March 2001, Kim Jong Il's envoy went to Moscow. Three months later, on 19 July 2001, Putin visited Pyongyang.";
    expect(describeEvents(text, "2023-09-20", "visit")).toContain("2001-07-19/day Vladimir Putin Pyongyang");
  });
});

describe("a told sequence after a span 'until the following Sunday'", () => {
  const text =
    "Kim Jong Un's train reached Khasan on 12 September and would not leave Russia until the following Sunday. Much of the week went to factories.\n\nThe high point came the following day at the Vostochny Cosmodrome, where Vladimir Putin welcomed him. Two days after that, in Komsomolsk-on-Amur, Andrei Belousov escorted Kim around the aircraft plant.";

  it("counts 'the following day' from the arrival, not from the span's end, and 'two days after that' on from it", () => {
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual([
      "2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome",
      "2023-09-15/day Andrei Belousov+Kim Jong Un Komsomolsk-on-Amur",
    ]);
  });

  it("still counts 'the following day' from a day that closes no span", () => {
    const plain = "Kim Jong Un's train reached Khasan on Sunday, 17 September. The following day Vladimir Putin welcomed him at the Vostochny Cosmodrome.";
    expect(describeEvents(plain, "2023-09-20", "meeting")).toEqual(["2023-09-18/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });
});

describe("'five weeks after' a summit in a list of how long ago things were", () => {
  it("dates the summit five weeks before the report, not with the day of the call named before it", () => {
    const text = "Sergey Lavrov's trip lands a month after Vladimir Putin and Kim Jong Un's July 2 phone call, in which Putin briefed Kim ahead of his trip, and barely five weeks after the two leaders' third summit, in Vladivostok.";
    expect(describeEvents(text, "2025-08-14", "meeting")).toEqual(["2025-07-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("keeps the day of a summit written out: 'five weeks after their July 2 summit'", () => {
    const text = "Sergey Lavrov's trip comes five weeks after Vladimir Putin and Kim Jong Un's July 2 summit in Vladivostok.";
    expect(describeEvents(text, "2025-08-14", "meeting").map((e) => e.split(" ")[0])).toEqual(["2025-07-02/day"]);
  });
});

describe("a history that 'goes back to 2011, when ...'", () => {
  it("dates the when-clause in that year, not on the day of the news", () => {
    const text = "Sergey Lavrov landed in Pyongyang on Thursday. His dealings with the Kim family go back to 2012, when, as foreign minister, he met Kim Jong Un's uncle in Moscow.";
    expect(describeEvents(text, "2025-10-09", "meeting").map((e) => e.split(" ")[0])).toEqual(["2012-01-01/year"]);
  });

  it("leaves 'went back to Moscow' undated by a year: no year follows", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Pyongyang on Thursday and went back to Moscow the next day.";
    expect(describeEvents(text, "2025-10-10", "meeting")).toEqual(["2025-10-09/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });
});

describe("a during-which clause after a noun in apposition to a dated visit", () => {
  const lead = "Kim Jong Un is expected to receive the delegation. ";
  it("signs on the visit's date: 'state visit in June 2024 — his third meeting with Kim, during which the two signed'", () => {
    const text = lead + "The trip follows a string of Russian visitors since Vladimir Putin's state visit in June 2024 — his second summit with Kim, during which the two signed a partnership treaty.";
    expect(describeEvents(text, "2025-10-09", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin North Korea"]);
  });

  it("keeps a clause dated of its own", () => {
    const text = lead + "The trip follows Vladimir Putin's state visit in June 2024 — his second summit with Kim, during which the two signed a partnership treaty on June 19.";
    expect(describeEvents(text, "2025-10-09", "agreement").map((e) => e.split(" ")[0])).toEqual(["2024-06-19/day"]);
  });
});

describe("a welcome at the border told with an adverb: 'arriving at the border, where Kim was reportedly greeted by'", () => {
  it("is no meeting with the official who greeted him", () => {
    const text = "Television pictures showed the train arriving at the border, where Kim Jong Un was reportedly greeted by Russia's defence minister, Andrei Belousov, and local officials before travelling on.";
    expect(describeEvents(text, "2024-09-12", "meeting")).toEqual([]);
  });

  it("still has the host who greeted him at the summit venue meet him", () => {
    const text = "The train pulled into the Vostochny Cosmodrome on Wednesday, where Kim Jong Un was reportedly greeted by Vladimir Putin.";
    expect(describeEvents(text, "2024-09-12", "meeting")).toEqual(["2024-09-11/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("'the two sides' after a subject that names the two countries", () => {
  const lead = "Kim Jong Un received Sergey Lavrov in Wonsan on Saturday. ";
  it("are the countries, not the last two people named", () => {
    const text = lead + "Moscow and Pyongyang have deepened their arms trade under the partnership treaty the two sides signed last year.";
    expect(describeEvents(text, "2025-07-14", "agreement")).toEqual(["2024-01-01/year Kim Jong Un+Vladimir Putin null"]);
  });

  it("are still the people when the sentence names them", () => {
    const text = lead + "Lavrov and Choe Son Hui said the agreement the two sides signed on Friday would stand.";
    const [agreement] = describeEvents(text, "2025-07-14", "agreement");
    expect(agreement).toContain("Choe Son Hui");
    expect(agreement).toContain("Sergey Lavrov");
  });
});
