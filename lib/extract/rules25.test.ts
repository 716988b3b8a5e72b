/**
 * rules-25: precision of background told around a visit — "a state founded in 1948" dates the founding, not the
 * sentences after it; a host who "went to the airport to greet his guest" makes no trip; a summit "between
 * the leaders of the North and South", "the north-south summit" or one "between Kim and South Korean President X"
 * is the two Koreas', not the article's pair's; an undated "has sat down with Kim" is the meeting already naming both
 * people, not a nearer one whose host went unnamed; "China, which Kim visited in March" was a visit to China.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'a state founded in <year>'", () => {
  it("sets no time frame for the undated visit told next", () => {
    const text = "Putin became the first Kremlin leader in 24 years to set foot in North Korea, a state founded in 1948 under Soviet tutelage. Putin flew to Pyongyang after a stop in Beijing.";
    expect(describeEvents(text, "2024-06-20", "visit")).toEqual(["2024-06-01/month Vladimir Putin Pyongyang"]);
  });

  it("near miss: a year of the traveller's own past still does", () => {
    const text = "Putin became the first Kremlin leader in 24 years to set foot in North Korea, a state he last saw in 2000. Putin flew to Pyongyang after a stop in Beijing.";
    expect(describeEvents(text, "2024-06-20", "visit")).toEqual(["2000-01-01/year Vladimir Putin Pyongyang"]);
  });
});

describe("'went to the airport to greet his guest'", () => {
  it("is the host's errand, not a trip of his", () => {
    const text = "PYONGYANG, June 19 -- Putin arrived in Pyongyang on Wednesday, returning the visit Kim Jong Un paid to Russia last September. Kim Jong Un went to the airport himself to greet his guest.";
    expect(describeEvents(text, "2024-06-19", "visit")).toEqual(["2024-06-19/day Vladimir Putin Pyongyang", "2023-09-01/month Kim Jong Un Russia"]);
  });

  it("near miss: 'came to the Vostochny Cosmodrome to meet' is still a visit", () => {
    const text = "MOSCOW, Sept. 10 -- Kim Jong Un came to the Vostochny Cosmodrome on Sunday to meet Putin.";
    expect(describeEvents(text, "2023-09-10", "visit")).toEqual(["2023-09-10/day Kim Jong Un Vostochny Cosmodrome"]);
  });
});

describe("an inter-Korean summit", () => {
  it("'between the leaders of the North and South' is no summit of the pair", () => {
    const text = "PYONGYANG, June 19 -- Putin arrived in Pyongyang on Wednesday. The talks follow last month's summit between the leaders of the North and South.";
    expect(describeEvents(text, "2024-06-19", "meeting").filter((e) => e.startsWith("2024-05"))).toEqual([]);
  });

  it("'the north-south summit' is none either", () => {
    const text = "PYONGYANG, June 19 -- Putin arrived in Pyongyang on Wednesday. Russia welcomed the results of the north-south summit held in Pyongyang in May.";
    expect(describeEvents(text, "2024-06-19", "meeting").filter((e) => e.startsWith("2024-05"))).toEqual([]);
  });

  it("nor one 'between Kim and South Korean President X', whom no registry knows", () => {
    const text = "PYONGYANG, June 19 -- Putin arrived in Pyongyang on Wednesday. The talks follow last month's summit between Kim Jong Un and South Korean President Moon.";
    expect(describeEvents(text, "2024-06-19", "meeting").filter((e) => e.startsWith("2024-05"))).toEqual([]);
  });

  it("near miss: 'last month's summit between the two leaders' is still the pair's", () => {
    const text = "PYONGYANG, June 19 -- Putin arrived in Pyongyang on Wednesday. The talks follow last month's summit between the two leaders.";
    expect(describeEvents(text, "2024-06-19", "meeting").filter((e) => e.startsWith("2024-05"))).toEqual(["2024-05-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("an undated retelling naming both people", () => {
  it("joins the meeting that names them both, not a nearer one with an unnamed host", () => {
    const text = "PYONGYANG, June 20 -- On Wednesday Putin flew into Pyongyang and was met by Kim Jong Un. Beijing's leaders received Putin in Beijing on Tuesday. He is now the only leader who has sat down with Kim Jong Un.";
    expect(describeEvents(text, "2024-06-20", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null", "2024-06-18/day Vladimir Putin Beijing"]);
  });

  it("near miss: one naming a third person leaves both meetings as they were", () => {
    const text = "PYONGYANG, June 20 -- On Wednesday Putin flew into Pyongyang and was met by Kim Jong Un. Beijing's leaders received Putin in Beijing on Tuesday. He later sat down with Lavrov.";
    expect(describeEvents(text, "2024-06-20", "meeting")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null", "2024-06-18/day Vladimir Putin Beijing"]);
  });
});

describe("'<place>, which X visited in <month>'", () => {
  it("is a visit to the place the which-clause hangs on, not to the article's other country", () => {
    const text = "MOSCOW, Sept. 13 -- Kim Jong Un crossed into Russia on Tuesday. Analysts said the trip showed Pyongyang hedging against China, which Kim visited in March.";
    expect(describeEvents(text, "2023-09-13", "visit").filter((e) => e.startsWith("2023-03"))).toEqual(["2023-03-01/month Kim Jong Un China"]);
  });

  it("near miss: 'Russia, which Kim visited in March' stays a visit to Russia", () => {
    const text = "MOSCOW, Sept. 13 -- Kim Jong Un crossed into Russia on Tuesday. Analysts said the trip showed Pyongyang courting Russia, which Kim visited in March.";
    expect(describeEvents(text, "2023-09-13", "visit").filter((e) => e.startsWith("2023-03"))).toEqual(["2023-03-01/month Kim Jong Un Russia"]);
  });
});
