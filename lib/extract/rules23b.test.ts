/**
 * rules-23b: reports told in background sections — "received him the following day": a time after the pronoun does
 * not hide it; "Kim's tour of the Far East, which began on 12 September": a which-clause after a trip noun and its
 * place dates the trip, as one after talks and their party dates the talks (a date with its year, "September 12,
 * 2023", is read whole though the clause as cut ends at its comma); a gallery's captions — "Photo 7: FILE - Lavrov
 * and Choe attend talks in Pyongyang, North Korea, Thursday, Oct. 19, 2023." — are kept when they date what they show,
 * a hyphen with a space either side joins no name, a caption's full date closing it after the noun's place dates the
 * noun, and a joint caption's place may be set in a wider one; "crossed Russia in the summer of 2001, and on 4 August
 * that year held talks": the day is in the year written before it, and a verb right after the time adverbial that
 * opens the clause has the subject before the comma; "X's visit ... produced a partnership treaty", "talks ... that
 * produced the Moscow Declaration": a visit or talks that produced a named kind of document had it signed.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'received him the following day'", () => {
  it("reads the pronoun before a time as the guest", () => {
    const text = "Kim Jong Un crossed into Russia on 12 September. Putin received him the following day at the cosmodrome.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a pronoun before another -ing word is still not read", () => {
    const text = "Kim Jong Un crossed into Russia on 12 September. Putin received him leading a delegation.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual([]);
  });
});

describe("'<trip> to <place>, which began on <date>'", () => {
  it("dates the trip", () => {
    expect(describeEvents("Choe Son Hui's visit to Moscow, which began on Tuesday, was short.", "2024-11-20", "visit")).toEqual(["2024-11-19/day Choe Son Hui Moscow"]);
  });

  it("reads a date with its year whole", () => {
    expect(describeEvents("Choe Son Hui's visit to Moscow, which began on November 1, 2024, was her second this year.", "2024-11-20", "visit")).toEqual(["2024-11-01/day Choe Son Hui Moscow"]);
  });

  it("near miss: a clause telling of something else gives no date", () => {
    expect(describeEvents("Choe Son Hui's visit to Moscow, which she first saw on November 1, 2024, was short.", "2024-11-20", "visit")).toEqual([]);
  });
});

describe("'Photo <n>:' captions that date what they show", () => {
  it("reads the talks in a numbered caption, past its FILE label", () => {
    expect(describeEvents("Photo 3: FILE - Shoigu and Kim Jong Un hold talks in Pyongyang, North Korea, Friday, July 26, 2024.", "2024-08-01", "meeting")).toEqual(["2024-07-26/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a bare 'Photo:' credit line is still furniture", () => {
    expect(describeEvents("Photo: Kim Jong Un meets Shoigu in Pyongyang, July 26, 2024.", "2024-08-01", "meeting")).toEqual([]);
  });
});

describe("'FILE - <surname>'", () => {
  it("reads the surname after a spaced hyphen as a name of its own", () => {
    expect(describeEvents("FILE - Lavrov met Choe Son Hui in Pyongyang on Oct. 19, 2023.", "2024-01-17", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: an unspaced hyphen still joins a longer name", () => {
    expect(describeEvents("Alexei-Lavrov met Choe Son Hui in Pyongyang on Oct. 19, 2023.", "2024-01-17", "meeting")).toEqual([]);
  });
});

describe("'attend talks in <place>, <country>, <full date>.'", () => {
  it("dates the talks by the date closing the sentence", () => {
    expect(describeEvents("Belousov and Kim Jong Un attend talks in Pyongyang, North Korea, Friday, Nov. 29, 2024.", "2024-12-01", "meeting")).toEqual(["2024-11-29/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });

  it("near miss: a relative day after the place gives no date", () => {
    expect(describeEvents("Belousov and Kim Jong Un attend talks in Pyongyang, North Korea, last Friday.", "2024-12-01", "meeting")).toEqual([]);
  });
});

describe("a joint caption's place set in a wider one", () => {
  it("is the two meeting there", () => {
    expect(describeEvents("Photo 5: Shoigu and Kim Jong Un view a rocket at the Vostochny Cosmodrome in Russia's Amur region, Sept. 13, 2023.", "2023-09-20", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Sergei Shoigu Vostochny Cosmodrome"]);
  });

  it("near miss: two of one side make no meeting", () => {
    expect(describeEvents("Photo 5: Kim Jong Un and Kim Yo Jong view a rocket at the Vostochny Cosmodrome in Russia's Amur region, Sept. 13, 2023.", "2023-09-20", "meeting")).toEqual([]);
  });
});

describe("', and on <day> that year <verb>'", () => {
  it("dates the day in the year written before and keeps the subject", () => {
    expect(describeEvents("Shoigu flew to Pyongyang in 2019, and on 4 August that year met Kim Jong Un.", "2023-09-19", "meeting")).toEqual(["2019-08-04/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("keeps the subject after a day without 'that year'", () => {
    expect(describeEvents("Shoigu flew to Pyongyang on 25 July, and on 26 July met Kim Jong Un.", "2023-09-19", "meeting")).toEqual(["2023-07-26/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a bare day after the year is still read from the report", () => {
    expect(describeEvents("Shoigu flew to Pyongyang in 2019, and on 4 August met Kim Jong Un.", "2023-09-19", "meeting")).toEqual(["2023-08-04/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a clause naming its own subject after the adverbial inherits nobody", () => {
    expect(describeEvents("Shoigu flew to Pyongyang in July, and on 26 July Kim Jong Un received Lavrov.", "2023-09-19", "meeting")).toEqual(["2023-07-26/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'<visit> ... produced a <document>'", () => {
  it("is the document signed on the visit", () => {
    expect(describeEvents("Putin's visit to Pyongyang on June 19, 2024 produced a Comprehensive Strategic Partnership treaty.", "2025-01-10", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: producing something other than a document signs nothing", () => {
    expect(describeEvents("Putin's visit to Pyongyang on June 19, 2024 produced a wave of Western criticism and no treaty.", "2025-01-10", "agreement")).toEqual([]);
  });
});
