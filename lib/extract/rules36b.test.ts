/**
 * rules-36b: own news missed for a reading error in one sentence. A meeting noun that opens the sentence with a
 * which-clause telling when it was held dates the verb the subject goes on to: "The session, which was held on
 * Monday, was chaired by Lavrov and Choe" is Monday's meeting of the two.
 * The one two leaders stood either side of at a parade is the centre of a line-up, no party of the talks they held
 * after it.
 * A conversation between two named people, right after a sentence in its paragraph about a phone call, is that call.
 * A participle "receiving" set off by a comma, with a person after it, is the subject's meeting on the main clause's day.
 * Talks told by the verb phrase "spent the morning in talks with", undated, right after a dated event of one of their
 * parties, are of that event's day, though a year closes an appended phrase after them.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a meeting subject with a which-clause telling when it was held", () => {
  it("dates the verb the subject goes on to", () => {
    const text = "The meeting, which took place yesterday, was co-chaired by Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2024-11-05", "meeting", { sortNames: true })).toEqual(["2024-11-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a which-clause after a person subject tells that person's day, not the meeting's", () => {
    const text = "The delegation, which arrived in Moscow yesterday, was received by Sergey Lavrov and Choe Son Hui today.";
    expect(describeEvents(text, "2024-11-05", "meeting", { sortNames: true })).not.toContainEqual(expect.stringMatching(/^2024-11-04/));
  });

  it("near miss: a which-clause telling when the meeting was announced does not date it", () => {
    const text = "The session, which was announced yesterday, was co-chaired by Sergey Lavrov and Choe Son Hui in Moscow.";
    expect(describeEvents(text, "2024-11-05", "meeting", { sortNames: true })).not.toContainEqual(expect.stringMatching(/^2024-11-04/));
  });
});

describe("the one two leaders stood either side of", () => {
  it("is no party of the talks they held afterwards", () => {
    const text = "Having stood on either side of Xi Jinping at the parade on Monday, Vladimir Putin and Kim Jong Un held talks in Beijing on Tuesday.";
    expect(describeEvents(text, "2025-09-05", "meeting", { sortNames: true })).toEqual(["2025-09-02/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: one the two held talks with is a party", () => {
    const text = "Having stood at the parade on Monday, Vladimir Putin and Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.";
    expect(describeEvents(text, "2025-09-05", "meeting", { sortNames: true })).toEqual(["2025-09-02/day Kim Jong Un+Vladimir Putin+Xi Jinping Beijing"]);
  });
});

describe("a conversation retold right after a sentence about a phone call", () => {
  it("is the call", () => {
    const text = "Nobody expected the phone call to matter. Monday's conversation between Vladimir Putin and Kim Jong Un ran for an hour.";
    expect(describeEvents(text, "2025-08-14", "call", { sortNames: true })).toEqual(["2025-08-11/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: with no phone call told before, a conversation is no call", () => {
    const text = "Nobody expected the visit to matter. Monday's conversation between Vladimir Putin and Kim Jong Un ran for an hour.";
    expect(describeEvents(text, "2025-08-14", "call")).toEqual([]);
  });

  it("near miss: a conversation with a place of its own was face to face", () => {
    const text = "Nobody expected the phone call to matter. Monday's conversation between Vladimir Putin and Kim Jong Un in Beijing ran for an hour.";
    expect(describeEvents(text, "2025-08-14", "call")).toEqual([]);
  });
});

describe("a participle of receiving set off by a comma", () => {
  it("is the subject's meeting with the one received, on the main clause's day", () => {
    const text = "On Monday Vladimir Putin broke with his own custom, receiving Choe Son Hui at the Kremlin for an hour.";
    expect(describeEvents(text, "2024-11-06", "meeting", { sortNames: true })).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: receiving a thing is no meeting", () => {
    const text = "On Monday Vladimir Putin broke with his own custom, receiving a letter from Choe Son Hui at the Kremlin.";
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual([]);
  });

  it("near miss: receiving a guest at the airport is a welcome, no meeting", () => {
    const text = "On Monday Sergey Lavrov broke with his own custom, receiving Choe Son Hui at the airport himself.";
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual([]);
  });
});

describe("a morning spent in talks, told right after a dated event of a party", () => {
  const opening = "When the leader wants to send a message, the place is part of it. So it was on Friday, when Kim Jong Un received ";
  const talks = "\n\nLavrov had already spent the morning in talks with Choe Son Hui, the second round of a dialogue the two sides launched last year.";

  it("is of that event's day, past a year in an appended phrase", () => {
    const text = `${opening}Sergey Lavrov at a seaside villa.${talks}`;
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-16/day Kim Jong Un+Sergey Lavrov null", "2025-05-16/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: after an event of other people they take no day", () => {
    const text = `${opening}Sergei Shoigu at a seaside villa.${talks}`;
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-16/day Kim Jong Un+Sergei Shoigu null"]);
  });
});
