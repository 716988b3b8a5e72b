/**
 * rules-37c2: a photo caption that closes on ", the day the two men signed ..." is still a caption of the two together
 * that day — "Kim and Putin in the Kremlin on 4 May 2003, the day the two men opened the railway talks" tells their
 * meeting in Moscow that day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a caption with a closing clause about the day", () => {
  it("is still the two people's meeting that day", () => {
    const text = "FROM THE ARCHIVE: Kim Jong Un and Putin in the Kremlin on 4 May 2019, the day the two men signed a fisheries accord.";
    expect(describeEvents(text, "2020-01-10", "meeting")).toEqual(["2019-05-04/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: a closing clause that names a third person is no caption's", () => {
    const text = "Kim Jong Un and Putin in the Kremlin on 4 May 2019, the day Lavrov signed a fisheries accord.";
    expect(describeEvents(text, "2020-01-10", "meeting")).toEqual([]);
  });

  it("near miss: a clause after the day that is not about the day is no caption's", () => {
    const text = "Kim Jong Un and Putin in the Kremlin on 4 May 2019, a meeting the two men later signed off as useful.";
    expect(describeEvents(text, "2020-01-10", "meeting")).toEqual([]);
  });
});
