/**
 * rules-33g: a hedged count of years back ("nearly 24 years ago", "more than 20 years ago") is a little less or a little
 * more than the count, so its year is that of the middle of the half-year beside the mark; talks "were held" in a
 * state-media report take the day its dateline or lead gave; a sentence about another occasion does not borrow the
 * place of the article's news; and a "round" of talks held between two people is their meeting.
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
