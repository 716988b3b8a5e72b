/**
 * rules-11: wordings from retrospective wire copy that earlier rules missed. Attending something in a named place
 * abroad is a visit; a meeting noun as the subject of "was in PLACE" is a meeting; "was back in" is a stay; a leader
 * who "matched it with a decree" in a sentence about ratification ratified, and the chamber named earlier in the
 * sentence neither takes the decree's date nor becomes its actor. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, actor: true });

describe("attending something in a named place", () => {
  it("is a visit when the place is in the other country", () => {
    const text = "It was the first visit by a Russian defence minister since Belousov's predecessor, Sergei Shoigu, attended a military parade in Pyongyang in July last year.";
    expect(describeEvents(text, "2024-11-30", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
    const told = "Kim Jong Un held talks with Sergei Shoigu in Pyongyang on Friday. As defence minister, Shoigu attended the armistice anniversary celebrations in Pyongyang in July 2023.";
    expect(describeEvents(told, "2024-09-14", "visit")).toContain("2023-07-01/month Sergei Shoigu Pyongyang");
  });

  it("is no visit at home, nor without a place, nor for a month read as a place", () => {
    expect(describeEvents("Vladimir Putin attended the Victory Day parade in Moscow on May 9.", "2024-05-10", "visit")).toEqual([]);
    expect(describeEvents("Kim Jong Un attended a parade in Pyongyang on Thursday.", "2024-09-14", "visit")).toEqual([]);
    expect(describeEvents("Sergei Shoigu attended the armistice anniversary in July 2023.", "2024-09-14", "visit")).toEqual([]);
    expect(describeEvents("A Russian delegation attended the parade in Pyongyang on Thursday.", "2024-09-14", "delegation")).toEqual([]);
  });
});

describe("a meeting noun as the subject of 'was in PLACE'", () => {
  it("reads the meeting, its parties and its date", () => {
    const text = "Kim Jong Un and Vladimir Putin regularly exchange letters and greetings on national holidays, but their last face-to-face meeting was in Pyongyang in June last year.";
    expect(describeEvents(text, "2025-08-13", "meeting")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("takes the parties from the sentence before through 'their'", () => {
    const text = "Kim Jong Un wrote to Vladimir Putin on Monday. Their last meeting was in Pyongyang in June last year.";
    expect(describeEvents(text, "2025-08-13", "meeting")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'was back in'", () => {
  it("is a stay, dated by a bare month in a year in review", () => {
    expect(describeEvents("In September, Shoigu was back in Pyongyang.", "2025-01-10", "visit")).toEqual(["2024-09-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("a decree matching a ratification", () => {
  it("is the leader's ratification on the decree's day, and the chamber keeps its own", () => {
    const text = "If 2023 was the year of the summit, 2024 was the year of the treaty.\n\nThe ratification itself moved quickly by Russian standards (a Duma vote in October, the Federation Council in early November, Putin's signature on November 9), and Kim Jong Un matched it with a decree on November 11.";
    expect(describeEvents(text, "2025-01-10", "ratification")).toEqual(["2024-10-01/month ;State Duma null", "2024-11-01/month ;Federation Council null", "2024-11-09/day Vladimir Putin null", "2024-11-11/day Kim Jong Un null"]);
  });

  it("is nothing in a sentence that speaks of no ratification", () => {
    expect(describeEvents("Kim Jong Un answered the sanctions with a decree on November 11.", "2025-01-10", "ratification")).toEqual([]);
  });
});

describe("a framing noun with its party after 'with'", () => {
  it("reads 'after her talks with X on DATE' as those talks, with X a party", () => {
    const text = "Vladimir Putin received North Korean Foreign Minister Choe Son Hui in the Kremlin on Monday, Russian state media reported on Tuesday. The audience came three days after her talks with Sergey Lavrov on November 1.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin Moscow", "2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("still leaves out the party of another event the trigger is not ('to brief him on the conversation with X')", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Monday to brief her on the conversation with Kim Jong Un.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toEqual(["2024-11-04/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("an ordinal as the subject of 'was held'", () => {
  it("is the meeting noun of the sentence before, with its place and date", () => {
    const text = "Vladimir Putin welcomed Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n\nIt is the second summit between the two men. The first was held in Vladivostok in April 2019.";
    expect(describeEvents(text, "2023-09-13", "meeting")).toContain("2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok");
  });

  it("is nothing without a meeting noun before it", () => {
    const text = "Kim Jong Un toured a factory on Wednesday.\n\nIt is his second trip abroad this year. The first was held in Vladivostok in April 2019.";
    expect(describeEvents(text, "2023-09-13", "meeting")).toEqual([]);
  });
});
