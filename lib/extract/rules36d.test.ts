/**
 * rules-36d: older events an article recalls with a day date, missed for a reading error —
 * "the two leaders talked for hours" (a pair named by title, talking), "the meeting of the leaders of the two countries
 * in Vladivostok on 25 April 2019" (parties named only as the two countries' leaders), "12-13 September 2023 - The
 * train crosses into Russia" (a timeline entry spanning days, written day first), "21 March 2025 - The spring
 * visit" over "He arrived and was received on the same day" (a heading's day told again as "the same day"), a date in a
 * which-clause after the verb under such a heading (the clause's own), and "returned on 13 September and was
 * received by Kim" (a return with no place goes to the host's country).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("the two leaders who talked", () => {
  it("is a meeting of the pair the article was about", () => {
    const text = "Kim Jong Un came to Russia by train in April 2019 to see Vladimir Putin. Few expected much. In a university hall on 25 April 2019, the two leaders talked for three hours.";
    expect(describeEvents(text, "2023-09-20", "meeting", { sortNames: true })).toContain("2019-04-25/day Kim Jong Un+Vladimir Putin null");
  });

  it("near miss: the two leaders who talked about something tell no meeting", () => {
    const text = "Kim Jong Un and Vladimir Putin are old partners. On 25 April 2019, the two leaders talked about the harvest in separate speeches.";
    expect(describeEvents(text, "2023-09-20", "meeting")).toEqual([]);
  });
});

describe("a meeting of the leaders of the two countries", () => {
  it("is the two countries' heads of state on its day", () => {
    const text = "Russian and North Korean traders have done more business since the meeting of the leaders of the two countries in Vladivostok on 25 April 2019.";
    expect(describeEvents(text, "2023-11-20", "meeting", { sortNames: true })).toEqual(["2019-04-25/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a meeting of the two countries' foreign ministers is not the leaders'", () => {
    const text = "Russian and North Korean traders have done more business since the meeting of the foreign ministers of the two countries in Moscow on 16 January 2024.";
    expect(describeEvents(text, "2024-11-20", "meeting")).toEqual([]);
  });
});

describe("a timeline entry spanning days written day first", () => {
  it("tells its entry in the present, as a timeline does", () => {
    const text = "A timeline of the year.\n\n12-13 September 2023 - Kim Jong Un's train crosses into Russia on 12 September.";
    expect(describeEvents(text, "2024-11-14", "visit")).toEqual(["2023-09-12/day Kim Jong Un Russia"]);
  });

  it("near miss: outside a timeline the present crossing is no past trip", () => {
    const text = "A look at the year.\n\nIn the plan for 12-13 September, Kim Jong Un's train crosses into Russia on 12 September.";
    expect(describeEvents(text, "2023-09-01", "visit")).toEqual([]);
  });
});

describe("a heading's day told again as 'the same day'", () => {
  it("dates the arrival the sentence under the heading tells", () => {
    const text = "A look back at a busy year.\n\n1.\n21 March 2025 - The spring visit\n\nSergei Shoigu arrived in Pyongyang and was received by Kim Jong Un on the same day.";
    expect(describeEvents(text, "2026-03-20", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'the next day' under the heading is another day, and dates no arrival with it", () => {
    const text = "A look back at a busy year.\n\n1.\n21 March 2025 - The spring visit\n\nSergei Shoigu arrived in Pyongyang and was received by Kim Jong Un the next day.";
    expect(describeEvents(text, "2026-03-20", "visit")).not.toContain("2025-03-21/day Sergei Shoigu Pyongyang");
  });
});

describe("a date in a which-clause after the verb under a timeline's heading", () => {
  it("is the clause's own, so the heading's day dates the verb", () => {
    const text = "Six dates in the life of a treaty.\n\n2.\n24 October 2024 - The lower house votes\n\nRussia's lower house approved the ratification bill, which the government had sent it earlier in the month.";
    expect(describeEvents(text, "2024-12-11", "ratification", { actor: true })).toEqual(["2024-10-24/day ;State Duma null"]);
  });

  it("near miss: a date of the verb's own clause keeps the verb from the heading's day", () => {
    const text = "Six dates in the life of a treaty.\n\n2.\n24 October 2024 - The lower house votes\n\nRussia's lower house approved the ratification bill earlier in the month, which surprised nobody.";
    expect(describeEvents(text, "2024-12-11", "ratification", { actor: true })).not.toContain("2024-10-24/day ;State Duma null");
  });
});

describe("a return with no place, received by a host of the other side", () => {
  it("went to the host's country", () => {
    const text = "Sergei Shoigu moved to the Security Council in May. Shoigu returned on 13 September 2024 and was received by Kim Jong Un the same day.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual(["2024-09-13/day Sergei Shoigu North Korea"]);
  });

  it("near miss: a return received by a host of the traveller's own country is no trip abroad", () => {
    const text = "Sergei Shoigu spent a week abroad. Shoigu returned on 13 September 2024 and was received by Vladimir Putin the same day.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual([]);
  });
});
