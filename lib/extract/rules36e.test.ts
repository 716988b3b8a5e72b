/**
 * rules-36e: "last week" is the calendar week before the report's. When that week ran across two months, the mention
 * is dated by the month it began in and reaches to its Sunday, so the talks "last week" written on Wednesday 6
 * November can be those of Friday 1 November. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildExtractContext, extractEvents } from "./index";
import { TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const context = buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES);
const meetingDates = (text: string, publishedAt: string) =>
  extractEvents({ title: "", text, publishedAt }, context)
    .events.filter((e) => e.type === "meeting")
    .map((e) => `${e.date}/${e.datePrecision}${e.endDate ? ` to ${e.endDate}` : ""}`);

describe("'last week' across two months", () => {
  const text = "Choe Son Hui held talks with Sergey Lavrov in Moscow last week, her second trip there this year.";

  it("is the month the week began in, reaching to its Sunday", () => {
    // Written on Wednesday 6 November 2024: the week before ran from Monday 28 October to Sunday 3 November.
    expect(meetingDates(text, "2024-11-06")).toEqual(["2024-10-01/month to 2024-11-03"]);
    // Written on Friday 8 November: the same week, though seven days back is already November.
    expect(meetingDates(text, "2024-11-08")).toEqual(["2024-10-01/month to 2024-11-03"]);
  });

  it("near miss: a week before that lay in one month is that month, with no end", () => {
    expect(meetingDates(text, "2024-11-20")).toEqual(["2024-11-01/month"]);
  });

  it("near miss: 'the past week' (the seven days before) keeps its reading", () => {
    expect(meetingDates("Choe Son Hui held talks with Sergey Lavrov in Moscow over the past week.", "2024-11-06")).toEqual(["2024-10-01/month"]);
  });
});
