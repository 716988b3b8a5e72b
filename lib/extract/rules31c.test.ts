/**
 * rules-31c: dated background told in words the rules did not read — a ratification's steps told one sentence each
 * after the first ("The Federation Council approved the corresponding law on ..."; "Kim completed his side by decree
 * on ..."), a chamber that "voted the treaty through", a timeline's "label: day" item, and an earlier round of talks
 * ("The first round took place in Moscow on ...").
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, actor: true });

describe("a chamber that 'voted the treaty through'", () => {
  it("ratified it on that day", () => {
    const text = "The pact is now in force. The State Duma voted the treaty through unanimously on 22 October.";
    expect(describeEvents(text, "2024-12-10", "ratification")).toEqual(["2024-10-22/day ;State Duma null"]);
  });

  it("ratified it in the month told after the particle ('through last October' is no bound)", () => {
    const text = "Since the State Duma voted the accord through last October, the two armies have trained together.";
    expect(describeEvents(text, "2025-04-02", "ratification")).toEqual(["2024-10-01/month ;State Duma null"]);
  });

  it("near miss: a budget voted through is no ratification", () => {
    const text = "The State Duma voted the budget through on 22 October, days after the treaty talks.";
    expect(describeEvents(text, "2024-12-10", "ratification")).toEqual([]);
  });
});

describe("the next step of a ratification told in a sentence of its own", () => {
  const steps =
    "The State Duma ratified the treaty on October 22. The Federation Council approved the corresponding law on November 5. " +
    "Putin signed the law on November 8. Kim Jong Un completed the North Korean side by decree on 12 November.";

  it("is that ratification's step, the chamber's or the leader's", () => {
    expect(describeEvents(steps, "2024-12-10", "ratification")).toEqual([
      "2024-10-22/day ;State Duma null",
      "2024-11-05/day ;Federation Council null",
      "2024-11-08/day Vladimir Putin null",
      "2024-11-12/day Kim Jong Un null",
    ]);
  });

  it("near miss: in a paragraph of its own, after no ratification, a law signed is no step of one", () => {
    const text = "The State Duma ratified the treaty on October 22.\n\nPutin signed the law on November 8. The Federation Council approved the corresponding law on November 5.";
    expect(describeEvents(text, "2024-12-10", "ratification")).toEqual(["2024-10-22/day ;State Duma null"]);
  });
});

describe("a timeline item that is only a label and its day", () => {
  it("dates the label's noun", () => {
    const text = "How the treaty came into force, step by step:\n\n– Putin's signature on the ratification law: 8 November.";
    expect(describeEvents(text, "2024-12-10", "ratification")).toEqual(["2024-11-08/day Vladimir Putin null"]);
  });

  it("near miss: a label followed by a clause of its own before the day dates nothing", () => {
    const text = "How the treaty came into force, step by step:\n\n– Putin's signature on the ratification law, which analysts expected: 8 November.";
    expect(describeEvents(text, "2024-12-10", "ratification")).toEqual([]);
  });
});

describe("an earlier round of the talks just told", () => {
  it("is a meeting of the same two, on the day and at the place given", () => {
    const text =
      "Sergey Lavrov and Choe Son Hui held talks in Wonsan on Saturday. " +
      "The negotiations, which took place at a seaside resort, became the second round of their strategic dialogue. " +
      "The first round took place in Moscow on November 1, 2024.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toContain("2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow");
  });

  it("after a semicolon, it is the round of the talks named in the clause before", () => {
    const text = "The talks in Wonsan were the second round of the dialogue between Sergey Lavrov and Choe Son Hui; the first was held in Moscow on November 1, 2024.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toContain("2024-11-01/day Choe Son Hui+Sergey Lavrov Moscow");
  });

  it("near miss: a first round with no talks told before it is no meeting", () => {
    const text = "Sergey Lavrov praised Choe Son Hui on Saturday. The first round took place in Moscow on November 1, 2024.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual([]);
  });
});
