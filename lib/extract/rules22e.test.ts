/**
 * rules-22e: recall of reports — "put their names to" a document as a signing; "signed it" / "put their names to it"
 * where "it" is the document the sentence opens with.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'put their names to' a document", () => {
  it("is a signing by the one named", () => {
    const text = "The accord dates from March, when Sergey Lavrov flew to Pyongyang and put his name to a fisheries protocol.";
    expect(describeEvents(text, "2024-05-02", "agreement")).toEqual(["2024-03-01/month Sergey Lavrov null"]);
  });

  it("near miss: a name put on a guest list is no signing", () => {
    const text = "Sergey Lavrov flew to Pyongyang in March and put his name on a list of speakers for the fisheries conference.";
    expect(describeEvents(text, "2024-05-02", "agreement")).toEqual([]);
  });
});

describe("'it' standing for the document the sentence opens with", () => {
  it("makes 'put their names to it' a signing on the day the sentence gives", () => {
    const text = "The pact goes back to 12 March, when Sergey Lavrov and Choe Son Hui met in Pyongyang and put their names to it the same day.";
    expect(describeEvents(text, "2024-05-02", "agreement")).toEqual(["2024-03-12/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("makes 'signed it' a signing when the sentence opens with the treaty", () => {
    const text = "The treaty took months to draft before Sergey Lavrov and Choe Son Hui signed it in Pyongyang on 12 March.";
    expect(describeEvents(text, "2024-05-02", "agreement")).toEqual(["2024-03-12/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'it' after a sentence opening with a letter or a law is no treaty signed", () => {
    const letter = "The letter goes back to 12 March, when Sergey Lavrov and Choe Son Hui met in Pyongyang and signed it the same day.";
    expect(describeEvents(letter, "2024-05-02", "agreement")).toEqual([]);
    const law = "The ratification law passed the Duma in March, and Vladimir Putin signed it on 12 March.";
    expect(describeEvents(law, "2024-05-02", "agreement")).toEqual([]);
  });
});
