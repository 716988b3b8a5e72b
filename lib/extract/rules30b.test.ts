/**
 * rules-30b: talks told by their start and captions of a gallery — "Talks between the two foreign ministers began in
 * the afternoon" tells the talks after a between-phrase of a few words, as "the talks began" does (not "began to
 * stall"); an unnumbered "Photo:" caption that dates what it shows by a weekday and goes on past the picture with a
 * sentence of its own, or runs past the 200 characters of a credit line, tells it, as a numbered one does, even with an
 * agency's credit at its end.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'Talks between the two ministers began'", () => {
  it("tells the talks of the pair", () => {
    const text = "Choe Son Hui landed in Moscow on Monday. Sergey Lavrov was in Kazan that day. Talks between the two foreign ministers began on Tuesday at a guesthouse outside the city.";
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual(["2024-11-05/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks that began to stall are not told as held", () => {
    const text = "Choe Son Hui landed in Moscow on Monday. Sergey Lavrov was in Kazan that day. Talks between the two countries on a fisheries deal began to stall years ago.";
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual([]);
  });
});

describe("an unnumbered photo caption dated by a weekday, with a sentence past the picture", () => {
  it("tells what it shows, even with an agency's credit at its end", () => {
    const text = "Sergey Lavrov spent the weekend in Wonsan.\n\nPhoto: Kim Jong Un and Lavrov walk along the beach. State media said on Monday that Kim Jong Un received Lavrov on Sunday. (KCNA)";
    expect(describeEvents(text, "2025-07-15", "meeting")).toEqual(["2025-07-13/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("tells it too when one long sentence runs past a credit line", () => {
    const text = "Sergey Lavrov spent the weekend in Wonsan.\n\nPhoto: Kim Jong Un greets Sergey Lavrov at a seaside villa outside Wonsan on Sunday, at the start of a meeting that state media later described as warm and comradely, with the two men posing for cameras on the terrace. (KCNA)";
    expect(describeEvents(text, "2025-07-15", "meeting")).toEqual(["2025-07-13/day Kim Jong Un+Sergey Lavrov Wonsan"]);
  });

  it("near miss: an undated caption with a credit is still dropped", () => {
    const text = "Sergey Lavrov spent the weekend in Wonsan.\n\nPhoto: Kim Jong Un receives Lavrov at a seaside villa. (KCNA)";
    expect(describeEvents(text, "2025-07-15", "meeting")).toEqual([]);
  });
});
