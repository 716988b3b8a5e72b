/**
 * rules-22g: precision of recalled trips and retold meetings — "X, reporting the meeting on Thursday, said": the day is
 * the report's, not the meeting's; "flew in on Putin's orders" names Putin as the sender, not one of "the two men" after
 * it; "a framework the two governments created after signing a treaty" has the governments as the gerund's subject; a
 * meeting during a stay told as "has been in Russia since last week" is on that stay, not a trip of its own; a hyphen
 * with a space either side is a dash, so a place after it is not the place of the return before it (a lone one: not
 * in a range of days, nor one of a pair around an aside).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'X, reporting the meeting on <day>, said'", () => {
  it("dates the report, not the meeting, which takes no day from it", () => {
    const text = "Belousov flew into Pyongyang on Monday. Rodong Sinmun, reporting the meeting on Tuesday afternoon, said Kim Jong Un and Belousov found wide agreement.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual([]);
  });

  it("near miss: 'said X held a meeting on <day>' still dates the meeting", () => {
    expect(describeEvents("Rodong Sinmun said Belousov held a meeting with Kim Jong Un in Pyongyang on Tuesday afternoon.", "2025-06-06", "meeting")).toEqual(["2025-06-03/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });
});

describe("'on X's orders' before 'the two men'", () => {
  it("names the sender, who is not one of the pair", () => {
    const text = "Shoigu landed in Vladivostok on Tuesday on Putin's orders and was welcomed by Kim Jong Un. The two men met again on Wednesday.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-03/day Kim Jong Un+Sergei Shoigu Vladivostok", "2025-06-04/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a possessor of the talks themselves is one of the pair", () => {
    const text = "Shoigu stood by as Putin's talks with Kim Jong Un in Vladivostok ran long on Tuesday. The two men met again on Wednesday.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toContain("2025-06-04/day Kim Jong Un+Vladimir Putin null");
  });
});

describe("'the two governments <verb> after signing'", () => {
  it("has the governments as the signers, so the person named before is no party", () => {
    const text = "Choe Son Hui landed in Moscow on Tuesday. Her talks with Lavrov on Thursday were the first in a format the two governments set up after signing a security pact in June.";
    expect(describeEvents(text, "2024-11-08", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a gerund after a person's own verb keeps that person", () => {
    const text = "Choe Son Hui landed in Moscow on Tuesday. She held talks with Lavrov on Thursday after signing a security pact in June.";
    expect(describeEvents(text, "2024-11-08", "agreement")).toEqual(["2024-06-01/month Choe Son Hui null"]);
  });
});

describe("'has been in <country> since last week'", () => {
  it("is a stay up to the report: a meeting there since is on it, with no trip of its own", () => {
    const text = "Putin received Choe Son Hui in Moscow on Monday. Choe Son Hui has been in Russia since last week.";
    expect(describeEvents(text, "2024-11-05", "visit")).toEqual(["2024-10-01/month Choe Son Hui Russia"]);
  });

  it("near miss: 'was in Russia two weeks ago' is a past stay, and the meeting still tells a trip", () => {
    // (Not "last week": written on Tuesday 5 November, that week reached Sunday 3 November, and a stay then may
    // well have lasted to the Monday's meeting.)
    const text = "Putin received Choe Son Hui in Moscow on Monday. Choe Son Hui was in Russia two weeks ago.";
    expect(describeEvents(text, "2024-11-05", "visit")).toEqual(["2024-11-04/day Choe Son Hui Moscow (implied)", "2024-10-01/month Choe Son Hui Russia"]);
  });

  it("near miss: 'has been in Russia twice since June' counts trips, not a stay", () => {
    const text = "Putin received Choe Son Hui in Moscow on Monday. Choe Son Hui has been in Russia twice since June.";
    expect(describeEvents(text, "2024-11-05", "visit")).toContain("2024-11-04/day Choe Son Hui Moscow (implied)");
  });
});

describe("a spaced hyphen as a dash", () => {
  it("ends the return's clause: a place after it is another clause's", () => {
    const text = "Shoigu went to Pyongyang in May 2024, when Kim Jong Un received him. He returned on 2 February this year, and was again received by Kim Jong Un - weeks before Kyiv said its units had been fighting in Kursk.";
    expect(describeEvents(text, "2025-04-10", "visit")).toEqual(["2024-05-01/month Sergei Shoigu Pyongyang", "2025-02-02/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a place before the dash, in the return's own clause, is where it went", () => {
    const text = "Shoigu went to Pyongyang in May 2024, when Kim Jong Un received him. He returned on 2 February this year for talks in Vladivostok - weeks before Kyiv said its units had been fighting in Kursk.";
    expect(describeEvents(text, "2025-04-10", "visit")).toEqual(["2024-05-01/month Sergei Shoigu Pyongyang", "2025-02-02/day Sergei Shoigu Vladivostok"]);
  });

  it("near miss: a range of days ('3 - 4 May') is no dash, so the talks after it keep their subject", () => {
    const text = "Sergey Lavrov was in Pyongyang on 3 - 4 May 2023 and held talks with Choe Son Hui there.";
    expect(describeEvents(text, "2023-05-10", "meeting")).toEqual(["2023-05-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: so does a pair of em dashes", () => {
    const text = "Andrei Belousov landed in Pyongyang on 2 March 2025 — his second trip there in four months — and was received by Kim Jong Un the next day.";
    expect(describeEvents(text, "2025-03-10", "meeting")).toEqual(["2025-03-03/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });

  it("near miss: a pair of hyphens around an aside leaves the clause going on after it", () => {
    const text = "Andrei Belousov landed in Pyongyang on 2 March 2025 - his second trip there in four months - and was received by Kim Jong Un the next day.";
    expect(describeEvents(text, "2025-03-10", "meeting")).toEqual(["2025-03-03/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });
});
