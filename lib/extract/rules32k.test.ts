/**
 * rules-32k: past events recalled in later articles. A legislature that "voted on 3 March to ratify" the treaty, the
 * vote's day told between the verb and its infinitive, cast the vote (as one that "voted to ratify" it on 3 March).
 * A timeline's entry opening with a year-less day ("March 9 - The minister lands in Moscow") is in the year of the
 * entry before it ("March 3, 2024 - ..."), when that keeps the entries in order; entries may be numbered ("2."). An
 * entry that is only a day and a title ("9 March 2024 - A second round") dates the first sentence under it. A
 * chamber's vote told as a noun ("the vote in the State Duma on 3 March") right after a sentence naming the document
 * is that document's vote. A timeline entry's "train crosses the border" is the crossing, as "crossed" is.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a chamber that voted on a day to ratify", () => {
  it("cast the vote that day, in a clause after 'after'", () => {
    const text = "The minister flew in ten days after the State Duma voted on 3 March to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification", { actor: true })).toEqual(["2025-03-03/day ;State Duma null"]);
  });

  it("with the day told month first, too", () => {
    const text = "That came only after the Federation Council voted on March 12 to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification", { actor: true })).toEqual(["2025-03-12/day ;Federation Council null"]);
  });

  it("near miss: a chamber that agreed on a day to ratify later has cast no vote", () => {
    const text = "The minister flew in ten days after the State Duma agreed on 3 March to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification")).toEqual([]);
  });

  it("near miss: a vote still expected on a day is no vote", () => {
    const text = "The State Duma is expected to vote on 3 April to ratify the accord.";
    expect(describeEvents(text, "2025-03-20", "ratification")).toEqual([]);
  });
});

describe("a timeline entry with a year-less day", () => {
  it("is in the year of the entry before it", () => {
    const text = "How the accord came to be.\n\nMarch 3, 2024 - The State Duma votes to ratify the accord.\n\nMarch 9 - Choe Son Hui lands in Moscow.";
    expect(describeEvents(text, "2025-05-02", "visit")).toEqual(["2024-03-09/day Choe Son Hui Moscow"]);
  });

  it("so is a numbered one", () => {
    const text = "How the accord came to be.\n\n1. March 3, 2024: the vote\n\nThe deputies backed it.\n\n2. March 9: Choe Son Hui lands in Moscow\n\nShe came for talks.";
    expect(describeEvents(text, "2025-05-02", "visit")).toEqual(["2024-03-09/day Choe Son Hui Moscow"]);
  });

  it("near miss: one earlier in the year than the entry before it is in the year after", () => {
    const text = "How the accord came to be.\n\nMarch 3, 2024 - The State Duma votes to ratify the accord.\n\nFebruary 9 - Choe Son Hui lands in Moscow.";
    expect(describeEvents(text, "2025-05-02", "visit")).toEqual(["2025-02-09/day Choe Son Hui Moscow"]);
  });

  it("near miss: one listed under a year heading of its own is in that year", () => {
    const text = "How the accord came to be.\n\nMarch 3, 2024 - The State Duma votes to ratify the accord.\n\n2025\n\nMarch 9 - Choe Son Hui lands in Moscow.";
    expect(describeEvents(text, "2025-05-02", "visit")).toEqual(["2025-03-09/day Choe Son Hui Moscow"]);
  });
});

describe("a timeline entry that is only a day and a title", () => {
  it("dates the first sentence under it", () => {
    const text = "Lavrov's trips, in order.\n\n2. 9 March 2024 - A second round\nSergey Lavrov was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2025-05-02", "meeting", { sortNames: true })).toEqual(["2024-03-09/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a title with no day leaves the sentence to the report's time", () => {
    const text = "Lavrov's trips, in order.\n\n2. A second round\nSergey Lavrov was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2025-05-02", "meeting", { sortNames: true })).toEqual(["2025-05-01/month Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a sentence after the first under it is not dated by the title", () => {
    const text = "Lavrov's trips, in order.\n\n2. 9 March 2024 - A second round\nThe trip was short. Sergey Lavrov was back in Pyongyang, where Kim Jong Un received him.";
    expect(describeEvents(text, "2025-05-02", "meeting", { sortNames: true })).toEqual(["2025-05-01/month Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("a chamber's vote told as a noun after a sentence naming the document", () => {
  it("is that document's vote", () => {
    const text = "The Federation Council ratified the accord on Wednesday. The senators' approval comes after the vote in the State Duma on 3 March.";
    expect(describeEvents(text, "2025-03-13", "ratification", { actor: true })).toEqual(["2025-03-12/day ;Federation Council null", "2025-03-03/day ;State Duma null"]);
  });

  it("also across a paragraph break, as a wire report sets each sentence apart", () => {
    const text = "The Federation Council ratified the accord on Wednesday.\n\nThe senators' approval comes after the vote in the State Duma on 3 March.";
    expect(describeEvents(text, "2025-03-13", "ratification", { actor: true })).toEqual(["2025-03-12/day ;Federation Council null", "2025-03-03/day ;State Duma null"]);
  });

  it("is the chamber's named with it, not another's before it", () => {
    const text = "The Federation Council ratified the accord on Wednesday.\n\nThe upper house's approval comes after the vote in the State Duma on 3 March.";
    expect(describeEvents(text, "2025-03-13", "ratification", { actor: true })).toEqual(["2025-03-12/day ;Federation Council null", "2025-03-03/day ;State Duma null"]);
  });

  it("near miss: a vote in the chamber on something else is not the document's", () => {
    const text = "The Federation Council ratified the accord on Wednesday. The vote in the State Duma on the budget came on 3 March.";
    expect(describeEvents(text, "2025-03-13", "ratification", { actor: true })).toEqual(["2025-03-12/day ;Federation Council null"]);
  });

  it("near miss: with no document in the sentence before, the vote is of nothing known", () => {
    const text = "The Federation Council met on Wednesday. The senators' session comes after the vote in the State Duma on 3 March.";
    expect(describeEvents(text, "2025-03-13", "ratification")).toEqual([]);
  });
});

describe("a timeline entry's 'crosses the border'", () => {
  it("is the traveller's crossing that day", () => {
    const text = "A look back.\n\nMarch 3, 2024 - Kim Jong Un's train crosses the border into Russia.\n\nMarch 4, 2024 - Kim Jong Un and Vladimir Putin meet in Vladivostok.";
    expect(describeEvents(text, "2025-05-02", "visit")).toEqual(["2024-03-03/day Kim Jong Un Russia"]);
  });

  it("near miss: 'crosses the border' in running text tells a habit, no one crossing", () => {
    const text = "A look back. On most trips Kim Jong Un's train crosses the border into Russia at night.";
    expect(describeEvents(text, "2025-05-02", "visit")).toEqual([]);
  });
});
