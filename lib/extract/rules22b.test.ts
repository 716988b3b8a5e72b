/**
 * rules-22b: recall of reports — a gerund opening the sentence ("Before meeting Kim, ..."); "put their signatures to";
 * a signing "at the close of the session"; "the previous day" in the lead; a session told with its leaders, dated by "the
 * commission met" after it; a ratification's steps counted on ("13 days later", "three days after that").
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a gerund opening the sentence: 'After meeting X, Y held talks with Z'", () => {
  it("is a meeting of X and Y, and the main verb a meeting of Y and Z only", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday.\n\nAfter meeting Kim, Lavrov held talks with Choe Son Hui on Thursday.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Kim Jong Un+Sergey Lavrov Pyongyang", "2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a person after the comma still joins the main verb", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday.\n\nAfter the ceremony, Lavrov held talks with Kim and Choe Son Hui on Thursday.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("'put their signatures to' the document", () => {
  it("is a signing by the two named", () => {
    const text = "Sergey Lavrov and Choe Son Hui put their signatures to the new trade plan in Pyongyang on Friday.";
    expect(describeEvents(text, "2023-12-09", "agreement")).toEqual(["2023-12-08/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: praising signatures gathered for a plan is no signing", () => {
    const text = "Sergey Lavrov and Choe Son Hui praised the signatures gathered for the new trade plan in Pyongyang on Friday.";
    expect(describeEvents(text, "2023-12-09", "agreement")).toEqual([]);
  });
});

describe("a signing 'at the close of the session'", () => {
  it("tells the session as a meeting of the signers, on the signing's day", () => {
    const text = "Sergey Lavrov flew into Pyongyang on Monday. At the close of the commission's eleventh session on Tuesday, Lavrov and Choe Son Hui signed a plan for 2024.";
    expect(describeEvents(text, "2023-12-14", "meeting")).toEqual(["2023-12-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: the close of a chamber's session, with one country's people, is no meeting", () => {
    const text = "At the close of the Duma's spring session on Tuesday, Vladimir Putin signed a letter of thanks.";
    expect(describeEvents(text, "2024-07-25", "meeting")).toEqual([]);
  });
});

describe("'the previous day' in the opening paragraphs", () => {
  it("is the day before the news, which the undated lead then tells", () => {
    const text = "Sergey Lavrov and Choe Son Hui put their signatures to a new trade plan at the close of the commission's session, the ministry said.\n\nLavrov's delegation, which arrived in Pyongyang the previous day, includes thirty officials.";
    expect(describeEvents(text, "2023-12-13", "agreement")).toEqual(["2023-12-13/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a day named outright is the news day itself", () => {
    const text = "Sergey Lavrov and Choe Son Hui put their signatures to a new trade plan at the close of the commission's session, the ministry said.\n\nLavrov's delegation arrived in Pyongyang on Monday and includes thirty officials.";
    expect(describeEvents(text, "2023-12-13", "agreement")).toEqual(["2023-12-11/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'the session took place, with X and Y leading their sides' and then 'the commission met <day>'", () => {
  it("is one meeting of X and Y on that day", () => {
    const text = "The commission's eleventh session took place in Pyongyang, with Sergey Lavrov and Choe Son Hui leading their sides.\n\nLavrov arrived on Monday, the ministry said, and the commission met the day after his arrival.";
    expect(describeEvents(text, "2023-12-14", "meeting")).toEqual(["2023-12-12/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a commission that met, its heads named nowhere, is no meeting of the traveller", () => {
    const text = "The commission's eleventh session took place in Pyongyang.\n\nLavrov arrived on Monday, the ministry said, and the commission met the day after his arrival.";
    expect(describeEvents(text, "2023-12-14", "meeting")).toEqual([]);
  });
});

describe("a ratification's steps counted on: 'N days later', 'N days after that'", () => {
  it("dates each step from the step before it", () => {
    const text = "The State Duma ratified the treaty on 10 March; the Federation Council followed 9 days later; and Putin signed the ratification law two days after that.";
    expect(describeEvents(text, "2025-04-02", "ratification")).toEqual(["2025-03-10/day  null", "2025-03-19/day  null", "2025-03-21/day Vladimir Putin null"]);
  });

  it("near miss: a chamber that followed at no counted distance is no dated step", () => {
    const text = "The State Duma ratified the treaty on 10 March; the Federation Council followed soon afterwards.";
    expect(describeEvents(text, "2025-04-02", "ratification")).toEqual(["2025-03-10/day  null"]);
  });
});
