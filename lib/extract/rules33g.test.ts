/**
 * rules-33g: a hedged count of years back ("nearly 24 years ago", "more than 20 years ago") is a little less or a little
 * more than the count, so its year is that of the middle of the half-year beside the mark; undated talks in a
 * state-media report filed the day after its lead's news take the lead's day; a sentence about another occasion does
 * not borrow the place of the article's news; and a "round" of talks held between two people is their meeting, and lends
 * them to another round of the same series told held at a place.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a hedged count of years back", () => {
  it("'nearly N years ago' told late in the year falls early in the later year", () => {
    const text = "The accord signed by Sergey Lavrov nearly 15 years ago is still in force.";
    expect(describeEvents(text, "2024-11-20", "agreement")).toEqual(["2010-01-01/year Sergey Lavrov null"]);
  });

  it("'almost N years ago' told early in the year stays in the year of the mark", () => {
    const text = "The accord signed by Sergey Lavrov almost 15 years ago is still in force.";
    expect(describeEvents(text, "2024-03-20", "agreement")).toEqual(["2009-01-01/year Sergey Lavrov null"]);
  });

  it("'more than N years ago' told early in the year falls late in the year before the mark", () => {
    const text = "The accord signed by Sergey Lavrov more than 15 years ago is still in force.";
    expect(describeEvents(text, "2024-02-10", "agreement")).toEqual(["2008-01-01/year Sergey Lavrov null"]);
  });

  it("near miss: 'about N years ago' is the year of the mark", () => {
    const text = "The accord signed by Sergey Lavrov about 15 years ago is still in force.";
    expect(describeEvents(text, "2024-11-20", "agreement")).toEqual(["2009-01-01/year Sergey Lavrov null"]);
  });

  it("near miss: an unhedged count is the year of the mark", () => {
    const text = "The accord signed by Sergey Lavrov 15 years ago is still in force.";
    expect(describeEvents(text, "2024-11-20", "agreement")).toEqual(["2009-01-01/year Sergey Lavrov null"]);
  });
});

describe("a report filed after the day its lead gives", () => {
  const lead = "Pyongyang, March 5 -- The economic plan between the two countries was signed in Pyongyang on March 4.\n\n";

  it("dates undated talks further down on the lead's day, not the dateline's", () => {
    const text = `${lead}Sergey Lavrov arrived in Pyongyang on March 4.\n\nTalks between Sergey Lavrov and Choe Son Hui were held in a warm atmosphere.`;
    expect(describeEvents(text, "2025-03-05", "meeting", { sortNames: true })).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("dates the lead's act told again on the lead's day", () => {
    const text = `${lead}Sergey Lavrov arrived in Pyongyang on March 4.\n\nThe plan was signed by Sergey Lavrov and Choe Son Hui for their governments.`;
    expect(describeEvents(text, "2025-03-05", "agreement", { sortNames: true })).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: with no arrival told before the dateline's day, the undated talks keep it", () => {
    const text = `${lead}Talks between Sergey Lavrov and Choe Son Hui were held in a warm atmosphere.`;
    expect(describeEvents(text, "2025-03-05", "meeting", { sortNames: true })).toEqual(["2025-03-05/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a lead dated on the dateline's own day keeps it for the undated talks", () => {
    const text = "Pyongyang, March 5 -- The economic plan between the two countries was signed in Pyongyang on March 5.\n\nSergey Lavrov arrived in Pyongyang on March 4.\n\nTalks between Sergey Lavrov and Choe Son Hui were held in a warm atmosphere.";
    expect(describeEvents(text, "2025-03-05", "meeting", { sortNames: true })).toEqual(["2025-03-05/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'a few days later' after a day named in the same sentence", () => {
  it("counts from that day, so a later meeting of the same people stays apart from an earlier one", () => {
    const text = "On May 3 of last year Kim Jong Un received Sergei Shoigu in Pyongyang.\n\nOn 10 October 2023, Putin hosted Kim in Moscow, and a few days later it was Shoigu who showed Kim Jong Un a tank plant near Kazan.";
    expect(describeEvents(text, "2024-09-19", "meeting", { sortNames: true })).toEqual([
      "2023-05-03/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2023-10-10/day Kim Jong Un+Vladimir Putin Moscow",
      "2023-10-01/month Kim Jong Un+Sergei Shoigu Kazan",
    ]);
  });

  it("near miss: opening its own sentence, it counts from the day told before", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on 3 May 2023. A few days later Shoigu showed Kim Jong Un a tank plant.";
    expect(describeEvents(text, "2024-09-19", "meeting", { sortNames: true })).toEqual(["2023-05-03/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("a round of a dialogue held between two people", () => {
  it("is their meeting", () => {
    const text = "The paper reviews the third round of the security consultations, held between Sergey Lavrov and Choe Son Hui in Pyongyang on 4 March 2025.";
    expect(describeEvents(text, "2025-03-10", "meeting", { sortNames: true })).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a round 'held off' was not held", () => {
    const text = "The paper reviews the third round of the security consultations, held off since 4 March 2025 by a row between Sergey Lavrov and Choe Son Hui.";
    expect(describeEvents(text, "2025-03-10", "meeting")).toEqual([]);
  });

  it("lends its parties to another round of the same series held at a place", () => {
    const text = "The paper reviews the third round of the security consultations, held between Sergey Lavrov and Choe Son Hui in Pyongyang on 4 March 2025.\n\nUnlike the second round of the security consultations, held in Moscow on 2 December 2024, it dwelt on trade.";
    expect(describeEvents(text, "2025-03-10", "meeting", { sortNames: true })).toEqual([
      "2025-03-04/day Choe Son Hui+Sergey Lavrov Pyongyang",
      "2024-12-02/day Choe Son Hui+Sergey Lavrov Moscow",
    ]);
  });

  it("near miss: a round of another series has no parties from it", () => {
    const text = "The paper reviews the third round of the security consultations, held between Sergey Lavrov and Choe Son Hui in Pyongyang on 4 March 2025.\n\nUnlike the second round of the fisheries talks, held in Moscow on 2 December 2024, it dwelt on trade.";
    expect(describeEvents(text, "2025-03-10", "meeting", { sortNames: true })).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });
});
