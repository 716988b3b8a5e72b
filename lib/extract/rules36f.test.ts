/**
 * rules-36f: own news told across sentences. A meeting noun owned by its day ("Friday's audience with Kim") that names
 * only the host is with the guest told meeting on that day a few sentences before; a protocol signed "there", or on a
 * day by no one named, is signed by the session's parties; "the 10th meeting" is no day; "spent the earlier part of
 * the same day in talks" is talks on the main clause's day; a live page's bare "Talks have begun" are the talks its
 * headline lists; a signing "at the end of a session of" the two governments' commission tells the session; the law
 * that completes a side's domestic procedures is its ratification.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a day's audience naming only the host", () => {
  it("is with the guest told arriving at a meeting that day just before", () => {
    const text = "When Sergey Lavrov stepped into a meeting hall in Pyongyang on Tuesday, the mood was warm. He has made the trip often.\n\nTuesday's audience with Kim Jong Un lasted under an hour.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-13/day Sergey Lavrov+Kim Jong Un Pyongyang"]);
    expect(describeEvents(text, "2025-05-16", "visit")).toEqual(["2025-05-13/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: an audience not owned by a day takes no guest from before", () => {
    const text = "When Sergey Lavrov stepped into a meeting hall in Pyongyang on Tuesday, the mood was warm. He has made the trip often.\n\nAn audience with Kim Jong Un is still being sought.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-13/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a guest told on another day is not the day's guest", () => {
    const text = "When Sergey Lavrov stepped into a meeting hall in Pyongyang on Monday, the mood was warm. He has made the trip often.\n\nTuesday's audience with Kim Jong Un lasted under an hour.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-12/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a protocol signed there, by no one named", () => {
  const held = "The second session of the joint commission took place in Moscow on 3 March. Present there were Choe Son Hui, head of the North Korean side, and Sergey Lavrov, head of the Russian side.\n\n";

  it("is signed at the session told before, by its parties, on its day", () => {
    const text = `${held}The protocol of the session was signed there.`;
    expect(describeEvents(text, "2025-03-04", "agreement", { sortNames: true })).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: a protocol signed there on a day of its own keeps that day", () => {
    const text = `${held}A protocol on fisheries had been signed there on 12 May 2019.`;
    expect(describeEvents(text, "2025-03-04", "agreement")).toEqual([]);
  });
});

describe("a protocol's signing on a day, by no one named", () => {
  it("is signed by the two who held that day's session", () => {
    const text = "MOSCOW, 4 March 2025 - The association welcomes the signing yesterday in Pyongyang of the protocol of the commission's session.\n\nThe session, which was held yesterday, was co-chaired by the foreign minister, Sergey Lavrov, and by the foreign minister, Choe Son Hui.";
    expect(describeEvents(text, "2025-03-04", "agreement", { sortNames: true })).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
    // (and the session is placed where its protocol was signed, so no trip to the dateline city is read)
    expect(describeEvents(text, "2025-03-04", "visit")).toEqual(["2025-03-03/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a memorandum's signing that day is not the session's protocol", () => {
    const text = "MOSCOW, 4 March 2025 - The association welcomes the signing yesterday in Pyongyang of a memorandum on fisheries.\n\nThe session, which was held yesterday, was co-chaired by the foreign minister, Sergey Lavrov, and by the foreign minister, Choe Son Hui.";
    expect(describeEvents(text, "2025-03-04", "agreement")).toEqual([]);
  });
});

describe("an ordinal before a gathering's noun", () => {
  it("counts meetings and is no day of the month", () => {
    const text = "Choe Son Hui met Sergey Lavrov in Moscow in October. The 12th meeting of their commission ended with a joint statement.";
    expect(describeEvents(text, "2025-11-20", "meeting")).toEqual(["2025-10-01/month Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: 'on the 12th' with a comma after it is still a day", () => {
    const text = "Choe Son Hui arrived in Moscow in October. On the 12th, meeting Sergey Lavrov, she spoke of the treaty.";
    expect(describeEvents(text, "2025-11-20", "meeting", { sortNames: true })).toEqual(["2025-10-12/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("talks filling the earlier part of the same day", () => {
  const opening = "On Monday Vladimir Putin made time for Choe Son Hui, receiving her at the Kremlin after she had spent ";

  it("are the pronoun's talks, on the main clause's day", () => {
    const text = `${opening}the earlier part of the same day in talks with Sergey Lavrov.`;
    expect(describeEvents(text, "2025-03-04", "meeting", { sortNames: true })).toEqual([
      "2025-03-03/day Choe Son Hui+Vladimir Putin Moscow",
      "2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow",
    ]);
  });

  it("near miss: the better part of a year in talks is no occasion", () => {
    const text = `${opening}the better part of a year in talks with Sergey Lavrov.`;
    expect(describeEvents(text, "2025-03-04", "meeting", { sortNames: true })).toEqual(["2025-03-03/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: a day of the clause's own ('the previous day') is not the main clause's day told again", () => {
    const text = `${opening}the earlier part of the previous day in talks with Sergey Lavrov.`;
    expect(describeEvents(text, "2025-03-04", "meeting", { sortNames: true })).not.toContain("2025-03-03/day Choe Son Hui+Sergey Lavrov Moscow");
  });
});

describe("a live page's bare talks", () => {
  const entries =
    "08:30 - Good morning. Russia's foreign minister is in North Korea for two days.\n\n" +
    "10:15 - Talks have begun. Pool photos show the two delegations at a long table.\n\n" +
    "16:40 - Sergey Lavrov was received by Kim Jong Un this afternoon.";

  it("are the talks the headline lists, with the one it names after 'talks with'", () => {
    const text = "Live: Lavrov in Pyongyang - talks with Choe Son Hui, audience with Kim\n\n" + entries;
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-20/day Choe Son Hui+Sergey Lavrov Pyongyang", "2025-05-20/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a headline that lists no talks names no one for them", () => {
    const text = "Live: Lavrov in Pyongyang - a day with Choe Son Hui, audience with Kim\n\n" + entries;
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).not.toContain("2025-05-20/day Choe Son Hui+Sergey Lavrov Pyongyang");
  });
});

describe("a signing at the end of a session of the two governments' commission", () => {
  it("tells the session too, held that day by the signers", () => {
    const text = "Russia and North Korea signed a memorandum on Tuesday at the end of a session of their joint commission on trade in Moscow. The document was signed by Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2025-04-10", "meeting", { sortNames: true })).toEqual(["2025-04-08/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: a session of one side's own body tells no meeting of the pair", () => {
    const text = "Russia and North Korea signed a memorandum on Tuesday at the end of a session of the Security Council in Moscow. The document was signed by Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2025-04-10", "meeting")).toEqual([]);
  });
});

describe("the law that completes a side's domestic procedures", () => {
  it("is its leader's ratification", () => {
    const text = "North Korea ratified the treaty last week. The Russian side had completed its domestic procedures when Vladimir Putin signed the corresponding federal law on 2 March.";
    expect(describeEvents(text, "2025-03-12", "ratification")).toContain("2025-03-02/day Vladimir Putin null");
  });

  it("near miss: a corresponding law signed with no procedures told is no ratification", () => {
    const text = "Vladimir Putin signed the corresponding federal law on 2 March, setting new fishing quotas.";
    expect(describeEvents(text, "2025-03-12", "ratification")).toEqual([]);
  });
});
