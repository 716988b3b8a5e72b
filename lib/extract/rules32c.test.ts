/**
 * rules-32c: an act counted from another the text already dated — "Kim's decree came two days after Putin put his own
 * signature to the ratification law" dates Putin's signing two days before the decree's day, and makes it Putin's,
 * not Kim's; "put his own signature to" is the signing idiom too, and the noun "signature" tells a law's signing as
 * "signed" does; "it came the same day as Choe's formal talks with Lavrov" dates those talks by the day just told; a
 * host who "is showing him round" meets the guest as one who "showed him round" does.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a subject's act that came days after another", () => {
  it("dates the other act that many days before the subject's day, and gives it to its own subject", () => {
    const text = "Kim Jong Un ratified the treaty by decree on Monday. Kim's decree came two days after Vladimir Putin signed the ratification law.";
    expect(describeEvents(text, "2024-11-14", "ratification")).toEqual(["2024-11-11/day Kim Jong Un null", "2024-11-09/day Vladimir Putin null"]);
  });

  it("reads 'put his own signature to the ratification law' as the signing", () => {
    const text = "Kim Jong Un ratified the treaty by decree on Monday. Kim's decree came two days after Vladimir Putin put his own signature to the ratification law.";
    expect(describeEvents(text, "2024-11-14", "ratification")).toEqual(["2024-11-11/day Kim Jong Un null", "2024-11-09/day Vladimir Putin null"]);
  });

  it("near miss: a day past a comma from the noun belongs to another act, so the count has no day to start from", () => {
    const text = "Kim Jong Un ratified the treaty by decree, a step the Duma had taken on Monday. Kim's decree came two days after Vladimir Putin signed the ratification law.";
    expect(describeEvents(text, "2024-11-14", "ratification").some((d) => d.startsWith("2024-11-09"))).toBe(false);
  });
});

describe("'put his own signature to'", () => {
  it("is the signing idiom with 'own' too", () => {
    const text = "Sergey Lavrov and Choe Son Hui put their own signatures to the plan in Moscow on Monday.";
    expect(describeEvents(text, "2025-05-14", "agreement", { sortNames: true })).toEqual(["2025-05-12/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: putting one's own name on a list is no signing", () => {
    const text = "Sergey Lavrov put his own name on the list of speakers in Moscow on Monday, Choe Son Hui said.";
    expect(describeEvents(text, "2025-05-14", "agreement")).toEqual([]);
  });
});

describe("the same day as someone's talks", () => {
  it("dates the owned talks by the day the comparison points to", () => {
    const text = "Vladimir Putin received Choe Son Hui at the Kremlin on January 16. It came the same day as Choe's formal talks with Sergey Lavrov.";
    expect(describeEvents(text, "2024-01-19", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Vladimir Putin Moscow", "2024-01-16/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks named inside a report the day is compared with are not dated by it", () => {
    const text = "Vladimir Putin received Choe Son Hui at the Kremlin on January 16. It came the same day as reports that Choe's formal talks with Sergey Lavrov had stalled.";
    expect(describeEvents(text, "2024-01-19", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Vladimir Putin Moscow"]);
  });
});

describe("a host who is showing a guest round", () => {
  it("meets him on the day told, as one who showed him round does", () => {
    const text = "Kim Jong Un reached the shipyard on Friday. Andrei Belousov is showing him round the dry dock today, agencies say.";
    expect(describeEvents(text, "2025-03-21", "meeting", { sortNames: true })).toEqual(["2025-03-21/day Andrei Belousov+Kim Jong Un null"]);
  });

  it("near miss: one who is showing interest in the dock shows nobody round", () => {
    const text = "Kim Jong Un reached the shipyard on Friday. Andrei Belousov is showing great interest in the dry dock today, agencies say.";
    expect(describeEvents(text, "2025-03-21", "meeting")).toEqual([]);
  });

  it("near miss: pictures showing him in the dock are no showing round", () => {
    const text = "Kim Jong Un reached the shipyard on Friday. Pictures released by Andrei Belousov's ministry today, showing him round the dry dock, were widely shared.";
    expect(describeEvents(text, "2025-03-21", "meeting")).toEqual([]);
  });
});
