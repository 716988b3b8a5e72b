import { describe, it, expect } from "vitest";
import { classifySentence, isReportingDate } from "./classify";

const facts = (s: string) => classifySentence(s).filter((t) => t.factual && !t.generic).map((t) => t.type);

describe("classifySentence", () => {
  it.each([
    ["Lavrov held talks with Choe in Moscow on Tuesday.", ["meeting"]],
    ["Kim received the visiting minister at his office.", ["meeting", "visit"]],
    ["Putin visited Pyongyang in June.", ["visit"]],
    ["The delegation arrived in Moscow on Monday.", ["visit"]],
    ["The two ministers spoke by phone on Friday.", ["call"]],
    ["They held telephone talks on Friday.", ["call"]],
    ["The leaders signed a treaty on comprehensive partnership.", ["agreement"]],
    ["The State Duma voted to ratify the treaty on Thursday.", ["ratification"]],
    ["The pact was approved by the Federation Council on November 6.", ["ratification"]],
    ["The treaty entered into force on December 4.", ["entry-into-force"]],
  ])("%s", (sentence, types) => {
    expect(facts(sentence)).toEqual(types);
  });

  it.each([
    "Kim will visit Russia next year.",
    "Lavrov is expected to meet Choe later this month.",
    "Putin plans to visit Pyongyang.",
    "The two sides agreed to hold talks next year.",
    "Putin accepted an invitation to visit North Korea.",
    "Lavrov did not meet Kim.",
    "Kim has never visited Moscow.",
    "If Kim travels to Moscow, he would meet Putin.",
    "Will the leaders meet again?",
    "A summit between the two leaders could take place this year.",
    "Moon is due in Pyongyang next week for a third summit.",
    "Preparations are under way for a visit by Putin.",
    "Putin does receive visiting ministers from close partners.",
  ])("reports nothing factual in: %s", (sentence) => {
    expect(facts(sentence)).toEqual([]);
  });

  it("marks frequency wording as generic", () => {
    const [t] = classifySentence("Lavrov and Choe have met several times.");
    expect(t.generic).toBe(true);
  });

  it("does not read 'received a letter' as a meeting object requirement being met", () => {
    const [t] = classifySentence("Kim received a letter from Putin.");
    expect(t.needsPersonObject).toBe(true);
  });
});

describe("isReportingDate", () => {
  it("marks the date of a report, not of the event", () => {
    const s = "Kim met Belousov on Friday, the Korean Central News Agency said Saturday.";
    expect(isReportingDate(s, s.indexOf("Saturday"))).toBe(true);
    expect(isReportingDate(s, s.indexOf("on Friday"))).toBe(false);
  });
});

// rules-10: the exchange of instruments told in the passive or with "ratification documents" is the entry into force,
// and a decree signed "to ratify" is the ratification itself.
describe("classifySentence: exchanges of instruments and decrees", () => {
  it.each([
    ["Instruments of ratification were exchanged in Moscow by Deputy Foreign Minister Andrei Rudenko.", ["entry-into-force"]],
    ["Rudenko and a North Korean vice foreign minister exchanged the ratification documents at a ceremony in Moscow.", ["entry-into-force"]],
    ["The two sides exchanged instruments of ratification on Wednesday.", ["entry-into-force"]],
    ["Kim signed a decree of the chairman of the State Affairs Commission on Monday to ratify the treaty.", ["ratification"]],
  ])("%s", (sentence, types) => {
    expect(facts(sentence)).toEqual(types);
  });

  it("leaves a condition on a future exchange and a purpose without a signed instrument out", () => {
    expect(facts("The treaty will enter into force on the day the instruments of ratification are exchanged.")).toEqual([]);
    expect(facts("Kim travelled to Moscow to ratify the treaty.")).not.toContain("ratification");
  });
});
