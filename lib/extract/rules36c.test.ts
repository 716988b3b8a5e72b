/**
 * rules-36c: reading a report of an old event through. "That Thursday" points back to the day the text last told,
 * not to the Thursday before the report ("A year ago, on 7 June 2022, ... Lavrov flew in that Tuesday" is 7 June 2022).
 * And a sentence whose subject is a thing ("The forum followed ... a visit by Lavrov, who flew in on 18 October") hands a
 * pronoun opening the next one ("The next day he held talks") to the person its who-clause gives an act, not to the
 * first person it names as a party to a noun ("the summit between Putin and Kim").
 * A guest "shown into the Kremlin to see Putin" after ", and later that day she" meets him, she with him; and the
 * partner of an opening phrase of the subject's other meeting ("On the same day as his audience with Kim, Belousov held
 * talks with No") is no party of the main clause's talks.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a weekday after 'that'", () => {
  it("is the one of the week of the day last told, even a paragraph back", () => {
    const text = "Two years ago, on 7 June 2022, Sergey Lavrov went north for talks that few expected.\n\nLavrov flew into Pyongyang that Tuesday and was received by Kim Jong Un.";
    expect(describeEvents(text, "2024-06-07", "visit")).toEqual(["2022-06-07/day Sergey Lavrov Pyongyang"]);
    expect(describeEvents(text.replace("that Tuesday", "that Thursday"), "2024-06-07", "visit")).toEqual(["2022-06-09/day Sergey Lavrov Pyongyang"]);
  });

  it("is the one before the day last told when that week's weekday came first", () => {
    const text = "Sergey Lavrov was received by Kim Jong Un, state media reported on Saturday, 8 June 2024. Earlier that Friday, Lavrov had flown into Pyongyang.";
    expect(describeEvents(text, "2024-06-10", "visit")).toEqual(["2024-06-07/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: with no day told, it is the weekday before the report", () => {
    const text = "Sergey Lavrov flew into Pyongyang that Thursday and was received by Kim Jong Un.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-20/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'that' after a verb of saying opens a clause and points back to nothing", () => {
    const text = "Two years ago, on 7 June 2022, Sergey Lavrov went north for talks that few expected.\n\nOfficials said that Thursday Sergey Lavrov flew into Pyongyang.";
    const visits = describeEvents(text, "2025-03-22", "visit");
    expect(visits).toHaveLength(1);
    expect(visits[0].startsWith("2025-03")).toBe(true);
  });
});

describe("a pronoun after a sentence whose subject is a thing", () => {
  const lead = "The forum followed the summit between Vladimir Putin and Kim Jong Un in September and a visit by Sergey Lavrov, who flew into Pyongyang on 18 October.";
  it("stands for the one a who-clause gave an act of his own", () => {
    const text = `${lead} The next day he held talks with Choe Son Hui.`;
    const meetings = describeEvents(text, "2023-12-14", "meeting", { sortNames: true });
    expect(meetings).toContain("2023-10-19/day Choe Son Hui+Sergey Lavrov null");
  });

  it("near miss: a person opening the sentence stays its subject", () => {
    const text = "Vladimir Putin praised the visit by Sergey Lavrov, who flew into Pyongyang on 18 October. The next day he held talks with Kim Jong Un.";
    expect(describeEvents(text, "2023-12-14", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a who-clause telling no act makes no subject", () => {
    const text = "The forum followed a statement by Vladimir Putin and remarks by Sergey Lavrov, who is a veteran of such forums. The next day he held talks with Kim Jong Un.";
    expect(describeEvents(text, "2023-12-14", "meeting", { sortNames: true }).map((e) => e.split(" ").slice(1).join(" "))).toEqual(["Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a guest shown or taken somewhere to see someone, in a clause after another meeting", () => {
  it("meets him, the clause's own subject with him", () => {
    const text = "On 3 March Choe Son Hui sat across a table from Sergey Lavrov in Moscow, and that evening she was shown into the Kremlin to see Vladimir Putin.";
    expect(describeEvents(text, "2025-03-05", "meeting", { sortNames: true })).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow", "2025-03-03/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: the earlier verb's object is still no party of the sight", () => {
    const text = "On 3 March Choe Son Hui held talks with Sergey Lavrov in Moscow before being taken to see Vladimir Putin.";
    expect(describeEvents(text, "2025-03-05", "meeting", { sortNames: true })).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow", "2025-03-03/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: shown into a building to see a thing is no meeting", () => {
    const text = "On 3 March Choe Son Hui was shown into the Kremlin to see the Tsar Cannon.";
    expect(describeEvents(text, "2025-03-05", "meeting")).toEqual([]);
  });
});

describe("an opening phrase of the subject's own other meeting", () => {
  it("keeps its partner out of the main clause's talks", () => {
    const text = "Kim Jong Un received Andrei Belousov on 5 May. On the same day as his audience with Kim Jong Un, Andrei Belousov held talks with Ri Son Gwon.";
    expect(describeEvents(text, "2025-05-08", "meeting", { sortNames: true })).toEqual(["2025-05-05/day Andrei Belousov+Kim Jong Un null", "2025-05-05/day Andrei Belousov+Ri Son Gwon null"]);
  });

  it("near miss: without a possessive ('the audience') the phrase is not read as the subject's own (reading unchanged)", () => {
    const text = "Kim Jong Un received Andrei Belousov on 5 May. On the same day as the audience with Kim Jong Un, Andrei Belousov held talks with Ri Son Gwon.";
    expect(describeEvents(text, "2025-05-08", "meeting", { sortNames: true })).toEqual(["2025-05-05/day Andrei Belousov+Kim Jong Un+Ri Son Gwon null"]);
  });
});

describe("talks held between a group named after the verb", () => {
  const lead = "Sergey Lavrov arrived in Pyongyang on 2 May at the invitation of Choe Son Hui. Kim Jong Un received him that evening.";
  it("are the talks of the pair the group stands for", () => {
    const text = `${lead} On the same day, talks were held between the foreign ministers of the two countries.`;
    expect(describeEvents(text, "2025-05-04", "meeting", { sortNames: true })).toEqual(["2025-05-02/day Kim Jong Un+Sergey Lavrov null", "2025-05-02/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks between the two delegations name no pair of people", () => {
    const text = `Sergey Lavrov arrived in Pyongyang on 2 May. On the same day, talks were held between the two delegations.`;
    expect(describeEvents(text, "2025-05-04", "meeting")).toEqual([]);
  });
});

describe("talks held between a group that names an office", () => {
  it("near miss: take none of the group's pair who does not hold it", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on 2 May at the invitation of Choe Son Hui. Ri Son Gwon and Dmitry Peskov sat in the front row at the concert. On the same day, talks were held between the foreign ministers of the two countries.";
    expect(describeEvents(text, "2025-05-04", "meeting", { sortNames: true }).join(" ")).not.toMatch(/Peskov|Ri Son Gwon/);
  });
});
