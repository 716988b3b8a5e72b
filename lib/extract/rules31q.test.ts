/**
 * rules-31q: recall on the newest reports, second round. A pair that chairs a session together meets; a spaced
 * hyphen closes an aside, not a since-clause; boarding a train bound for a place sets off there; "the next day he"
 * after a semicolon; a host who walks a guest across a dam; "the day after he crossed the border" counted from the
 * crossing; a live blog's entries are its own day's news; "put their names to" read in a sentence with no other
 * trigger word; "they" right after "the talks"; and a year naming another document inside a clause about the object.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a pair that chairs a session together", () => {
  it("holds a meeting, the other co-chair set off by commas", () => {
    const text =
      "Sergey Lavrov landed in Pyongyang on Monday. " +
      "On Tuesday he and his counterpart, Choe Son Hui, the North's foreign minister, presided over the first session of the new joint committee.";
    expect(describeEvents(text, "2025-03-06", "meeting")).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: one man chairing a session of his own side's council meets nobody", () => {
    const text = "On Tuesday Lavrov chaired a session of the ministry's board in Moscow, and Choe Son Hui spoke in Pyongyang.";
    expect(describeEvents(text, "2025-03-06", "meeting")).toEqual([]);
  });
});

describe("a spaced hyphen after a since-clause", () => {
  it("closes the aside, so the verb after it is the main clause's", () => {
    const text =
      "Sergei Shoigu flew into Pyongyang on Monday. " +
      "The next day Shoigu and Kim Jong Un reviewed a parade - the largest since before the pandemic - and signed an agreement on military exchanges.";
    expect(describeEvents(text, "2025-03-06", "agreement")).toEqual(["2025-03-04/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a verb inside the since-clause itself still tells no dated signing", () => {
    const text = "Trade has grown every month since Shoigu and Kim Jong Un signed an agreement on military exchanges.";
    expect(describeEvents(text, "2025-03-06", "agreement")).toEqual([]);
  });
});

describe("boarding a train bound for a place", () => {
  it("is the trip there", () => {
    const text = "In January, Kim Jong Un boarded his armoured train for Moscow, and the journey took nine days.";
    expect(describeEvents(text, "2025-03-06", "visit")).toEqual(["2025-01-01/month Kim Jong Un Moscow"]);
  });

  it("near miss: boarding a train home names no destination", () => {
    const text = "In January, Kim Jong Un boarded his armoured train home after a stop at the border.";
    expect(describeEvents(text, "2025-03-06", "visit")).toEqual([]);
  });
});

describe("'the next day he' after a semicolon", () => {
  it("is the subject of the clause before", () => {
    const text = "The foreign minister Sergey Lavrov arrived in Pyongyang on 3 March; the next day he held talks with Choe Son Hui.";
    expect(describeEvents(text, "2025-03-06", "meeting")).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a clause with a named subject of its own keeps it", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on 3 March; the next day Putin spoke to reporters in Moscow about the weather.";
    expect(describeEvents(text, "2025-03-06", "meeting")).toEqual([]);
  });
});

describe("a host who walks a guest across a site", () => {
  it("meets him, on the day after the crossing told before (not after the last day named)", () => {
    const text =
      "Kim Jong Un's armoured train crossed the Tumen River into Russia at Khasan on Saturday, 1 March. " +
      "By Wednesday his train was heading for the Chinese border. " +
      "On the day after he crossed the border, his first stop was a shipyard, where Shoigu walked him across the new dock.";
    expect(describeEvents(text, "2025-03-06", "meeting")).toEqual(["2025-03-02/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: walking across a place alone meets nobody", () => {
    const text = "On Sunday Shoigu walked across the new dock while Kim Jong Un stayed in Pyongyang.";
    expect(describeEvents(text, "2025-03-06", "meeting")).toEqual([]);
  });
});

describe("a live blog's entries", () => {
  const opening = "09:05 - Good morning. Putin held talks with Xi Jinping in Beijing yesterday, and flies on today.\n\n10:20 - Wheels down in Pyongyang.\n\n";
  it("are the news of the blog's own day, not of the first day its opening recalls", () => {
    const text = `${opening}17:10 - It is done. Putin and Kim Jong Un have put their names to a joint declaration.`;
    expect(describeEvents(text, "2025-03-06", "agreement")).toEqual(["2025-03-06/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: putting one's name on a list is no signing", () => {
    const text = `${opening}17:10 - Putin and Kim Jong Un put their names on a list of guests.`;
    expect(describeEvents(text, "2025-03-06", "agreement")).toEqual([]);
  });
});

describe("'they' right after the talks", () => {
  it("is the pair who held them", () => {
    const text = "Putin and Kim Jong Un held talks in Pyongyang on 4 March.\n\nAt the end of the talks they signed a joint declaration.";
    expect(describeEvents(text, "2025-03-06", "agreement")).toEqual(["2025-03-04/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'they' saying something signs nothing", () => {
    const text = "Putin and Kim Jong Un held talks in Pyongyang on 4 March.\n\nAt the end of the talks they said little.";
    expect(describeEvents(text, "2025-03-06", "agreement")).toEqual([]);
  });
});

describe("a year naming another document", () => {
  it("inside a clause about the signed text does not date the signing", () => {
    const text =
      "Putin flew into Pyongyang on Wednesday and held talks with Kim Jong Un. " +
      "By the same evening the two men had put their names to a declaration that insists the 1972 Anti-Ballistic Missile treaty must stand.";
    expect(describeEvents(text, "2000-07-21", "agreement")).toEqual(["2000-07-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: the year written with the signed document itself still dates it", () => {
    const text = "Putin and Kim Jong Un signed the 2000 declaration in Pyongyang.";
    expect(describeEvents(text, "2024-07-21", "agreement")).toEqual(["2000-01-01/year Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("stepping onto the tarmac at a place", () => {
  it("is the arrival there", () => {
    const text = "When Lavrov stepped onto the tarmac at Pyongyang's airport on 3 March, few expected a long stay.";
    expect(describeEvents(text, "2025-03-06", "visit")).toEqual(["2025-03-03/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: stepping onto a stage is no arrival", () => {
    const text = "When Lavrov stepped onto the stage at the Moscow forum on 3 March, he spoke about trade.";
    expect(describeEvents(text, "2025-03-06", "visit")).toEqual([]);
  });
});
