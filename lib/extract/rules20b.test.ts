/**
 * rules-20 (b): own news and passing mentions missed in briefs, live pages and wires. Sentences are written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a meeting noun dated by its which-clause", () => {
  it("dates 'the talks between X and Y, which began on Thursday, have ended'", () => {
    const text = "The talks between Lavrov and his North Korean counterpart Choe Son Hui, which began on Thursday, have ended without a joint statement.";
    expect(describeEvents(text, "2023-10-20", "meeting")).toEqual(["2023-10-19/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("reads 'this morning' in a live post as the day of publication", () => {
    const text = "Talks between Choe Son Hui and Sergey Lavrov, which opened this morning, ran for three hours, agencies said.";
    expect(describeEvents(text, "2024-11-01", "meeting")).toEqual(["2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("leaves talks still to come, or a which-clause that does not tell when they were held, undated", () => {
    const planned = "The talks between Lavrov and Choe Son Hui, which are due to open on Friday, will cover trade.";
    expect(describeEvents(planned, "2023-10-19", "meeting")).toEqual([]);
    const other = "The talks between Lavrov and Choe Son Hui, which Moscow had requested in May, produced no statement.";
    expect(describeEvents(other, "2023-10-19", "meeting")).toEqual([]);
  });
});
