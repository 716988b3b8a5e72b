/**
 * rules-33j: own news of the newest articles that went unread — a meeting told as "sat down in <place> with" a
 * person, the place of the talks standing between the verb and its party ("the minister sat down in Moscow with his
 * counterpart").
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("sat down in a place with a person", () => {
  it("is a meeting with that person there", () => {
    const text = "Sergey Lavrov sat down in Pyongyang with Choe Son Hui on Tuesday to prepare the summit.";
    expect(describeEvents(text, "2024-12-06", "meeting", { sortNames: true })).toEqual(["2024-12-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("takes a second party joined by 'and then with'", () => {
    const text = "A week ago today, Sergey Lavrov sat down in Pyongyang with his North Korean counterpart, Choe Son Hui, and then with Kim Jong Un.";
    expect(describeEvents(text, "2024-12-06", "meeting", { sortNames: true })).toEqual([
      "2024-11-29/day Choe Son Hui+Sergey Lavrov Pyongyang",
      "2024-11-29/day Kim Jong Un+Sergey Lavrov Pyongyang",
    ]);
  });

  it("near miss: sat down in a place with a thing is no meeting", () => {
    const text = "Sergey Lavrov sat down in Pyongyang with a cup of tea on Tuesday, Choe Son Hui said.";
    expect(describeEvents(text, "2024-12-06", "meeting")).toEqual([]);
  });
});

describe("'and was afterwards' between two meetings", () => {
  it("splits them as 'and was then' does", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov in Moscow on Tuesday and was afterwards received by Vladimir Putin at the Kremlin.";
    expect(describeEvents(text, "2024-01-18", "meeting", { sortNames: true })).toEqual([
      "2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow",
      "2024-01-16/day Choe Son Hui+Vladimir Putin Moscow",
    ]);
  });

  it("near miss: 'afterwards' with no conjunction joins no second clause", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov and Vladimir Putin in Moscow on Tuesday, afterwards flying home.";
    expect(describeEvents(text, "2024-01-18", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov+Vladimir Putin Moscow"]);
  });
});

describe("'and' before a clause with a subject of its own", () => {
  it("ends the clause before it, though no comma stands there", () => {
    const text = "On Thursday Sergey Lavrov held talks with Choe Son Hui and Kim Jong Un received him in the evening.";
    expect(describeEvents(text, "2023-10-21", "meeting", { sortNames: true })).toEqual([
      "2023-10-19/day Choe Son Hui+Sergey Lavrov null",
      "2023-10-19/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });

  it("near miss: a second name joined by 'and' with no verb after it is a party of the same talks", () => {
    const text = "On Thursday Sergey Lavrov held talks with Choe Son Hui and Kim Jong Un in the evening.";
    expect(describeEvents(text, "2023-10-21", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Choe Son Hui+Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("', the same afternoon,' after 'and'", () => {
  it("joins a second verb to the subject, not to the first verb's object", () => {
    const text = "On Thursday Sergey Lavrov held talks with Choe Son Hui and, the same afternoon, was received by Kim Jong Un.";
    expect(describeEvents(text, "2023-10-21", "meeting", { sortNames: true })).toEqual([
      "2023-10-19/day Choe Son Hui+Sergey Lavrov null",
      "2023-10-19/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });
});
