import { describe, it, expect } from "vitest";
import { findDateMentions, inferYearForDay, parseDateline } from "./dates";

const anchor = { publishedAt: "2024-11-30" }; // a Saturday

function first(text: string, a: { publishedAt: string; reference?: string } = anchor, future = false) {
  const m = findDateMentions(text, a, { future })[0];
  return m ? { date: m.date, precision: m.precision, endDate: m.endDate } : null;
}

describe("findDateMentions", () => {
  it.each([
    ["on 16 January 2024", "2024-01-16"],
    ["on January 16, 2024", "2024-01-16"],
    ["on Jan. 16, 2024", "2024-01-16"],
    ["on 2024-01-16", "2024-01-16"],
    ["on November 29", "2024-11-29"],
    ["on Dec. 28", "2023-12-28"],
    ["on Friday", "2024-11-29"],
    ["on Saturday", "2024-11-30"],
    ["last Saturday", "2024-11-23"],
    ["yesterday", "2024-11-29"],
    ["today", "2024-11-30"],
  ])("resolves %s to a day", (text, date) => {
    expect(first(text)).toEqual({ date, precision: "day", endDate: null });
  });

  it.each([
    ["in June", "2024-06-01"],
    ["September 2023", "2023-09-01"],
    ["earlier this month", "2024-11-01"],
    ["last month", "2024-10-01"],
    ["in December", "2023-12-01"],
    ["in June this year", "2024-06-01"],
    ["mid-May", "2024-05-01"],
  ])("resolves %s to a month", (text, date) => {
    expect(first(text)).toEqual({ date, precision: "month", endDate: null });
  });

  it.each([
    ["in 2019", "2019-01-01"],
    ["last year", "2023-01-01"],
  ])("resolves %s to a year", (text, date) => {
    expect(first(text)).toEqual({ date, precision: "year", endDate: null });
  });

  it.each([
    ["January 15-17", "2024-01-15", "2024-01-17"],
    ["from 17 to 19 June", "2024-06-17", "2024-06-19"],
    ["June 18–19", "2024-06-18", "2024-06-19"],
    ["June 30 - July 2, 2023", "2023-06-30", "2023-07-02"],
  ])("resolves the range %s", (text, date, endDate) => {
    expect(first(text)).toEqual({ date, precision: "day", endDate });
  });

  it("reads days joined by 'and' as a range only when they follow each other", () => {
    expect(first("on June 18 and 19")).toEqual({ date: "2024-06-18", precision: "day", endDate: "2024-06-19" });
    const two = findDateMentions("on June 4 and June 17", anchor).map((m) => [m.date, m.endDate]);
    expect(two).toEqual([["2024-06-04", null], ["2024-06-17", null]]);
  });

  it("does not take 'may' the verb for a month", () => {
    expect(findDateMentions("He may visit soon.", anchor)).toEqual([]);
  });

  it("resolves a year-less date forward only in a future clause", () => {
    expect(first("the visit will take place on January 10", anchor, true)?.date).toBe("2025-01-10");
    expect(first("they met on January 10, and will meet again", anchor, true)?.date).toBe("2024-01-10");
  });

  it("counts 'the following day' from a day named earlier in the sentence", () => {
    const dates = findDateMentions("He arrived on Dec. 26 and signed the protocol the following day.", { publishedAt: "2025-01-03" });
    expect(dates.map((d) => d.date)).toEqual(["2024-12-26", "2024-12-27"]);
  });

  it("counts weekdays from the dateline day when given", () => {
    expect(first("on Tuesday", { publishedAt: "2024-01-18", reference: "2024-01-16" })?.date).toBe("2024-01-16");
  });
});

describe("a day without its year after the same month with one", () => {
  it("takes the year written earlier in the sentence for that month", () => {
    const dates = findDateMentions("He last came in July 2000, when the two signed a declaration on July 19.", { publishedAt: "2011-08-24" });
    expect(dates.map((d) => [d.date, d.precision])).toEqual([["2000-07-01", "month"], ["2000-07-19", "day"]]);
  });

  it("leaves a day of another month to the report's year", () => {
    const dates = findDateMentions("Unlike in July 2000, the talks on August 20 were short.", { publishedAt: "2011-08-24" });
    expect(dates.map((d) => d.date)).toEqual(["2000-07-01", "2011-08-20"]);
  });
});

describe("inferYearForDay", () => {
  it("takes the latest such day on or just after the anchor", () => {
    expect(inferYearForDay(1, 16, "2024-01-18")).toBe(2024);
    expect(inferYearForDay(12, 28, "2025-01-03")).toBe(2024);
    expect(inferYearForDay(1, 19, "2024-01-18")).toBe(2024); // one day of time-zone slack
  });
});

describe("parseDateline", () => {
  it.each([
    ["MOSCOW, January 16. /TASS/. Lavrov met Choe.", "Moscow", "2024-01-16"],
    ["PYONGYANG, Nov. 30 (KCNA) -- Kim received the minister.", "Pyongyang", "2023-11-30"],
    ["SEOUL, June 20 (Yonhap) -- The talks ended.", "Seoul", "2023-06-20"],
  ])("reads %s", (text, location, date) => {
    const dl = parseDateline(text, "2024-01-18");
    expect(dl?.location).toBe(location);
    expect(dl?.date?.date).toBe(date);
  });
  it("ignores an ordinary sentence", () => {
    expect(parseDateline("Moscow, Pyongyang and Beijing issued statements.", "2024-01-18")).toBeNull();
  });
});

describe("day with a relative year", () => {
  it("reads 'June 19 last year' as a day of the previous year", () => {
    const [d] = findDateMentions("the pact signed on June 19 last year", { publishedAt: "2025-06-30" });
    expect(d).toMatchObject({ date: "2024-06-19", precision: "day" });
  });
});

describe("a day after", () => {
  const dates = (text: string) => findDateMentions(text, anchor).map((m) => [m.text, m.date]);
  it("counts back from the day written right before it", () => {
    expect(dates("Kim showed him the missiles on Wednesday, a day after Shoigu flew into Pyongyang.")).toEqual([
      ["on Wednesday", "2024-11-27"],
      ["a day after", "2024-11-26"],
    ]);
    expect(dates("The law took effect on November 4, two days after the Duma voted.")[1]).toEqual(["two days after", "2024-11-02"]);
  });
  it("dates nothing when no day comes right before it", () => {
    expect(dates("In June, a day after the summit ended, the two sides said little.")).toEqual([["In June", "2024-06-01"]]);
    expect(dates("A day after Shoigu arrived, Kim received him.")).toEqual([]);
  });
});

describe("that July", () => {
  const dates = (text: string, previousYear: string | null = null) => findDateMentions(text, anchor, { previousYear }).map((m) => [m.text, m.date]);
  it("is the month of the year the sentence is set in, or else of the year the text last wrote out", () => {
    expect(dates("In 2000 Kim Jong Il hosted Putin, who visited Pyongyang that July for talks.")).toEqual([["In 2000", "2000-01-01"], ["that July", "2000-07-01"]]);
    expect(dates("The alliance of 1961 had lapsed, and Putin visited Pyongyang that July for talks.", "2000-02-01")[1]).toEqual(["that July", "2000-07-01"]);
  });
});

describe("N months after", () => {
  const dates = (text: string) => findDateMentions(text, anchor).map((m) => [m.text, m.date]);
  it("counts back from a date the sentence gave before it, else from the report", () => {
    expect(dates("The first summit, in April 2019, came two months after the talks in Hanoi.")[1]).toEqual(["two months after", "2019-02-01"]);
    expect(dates("The visit came a month after the talks in Moscow.")[0]).toEqual(["a month after", "2024-10-01"]);
  });
});

describe("a month opening the sentence", () => {
  it("reads 'In March' and 'In May' at a sentence's start, and still no bare 'May'", () => {
    expect(first("In March the secretary held talks.")).toEqual({ date: "2024-03-01", precision: "month", endDate: null });
    expect(first("In May, Lavrov met Choe.")).toEqual({ date: "2024-05-01", precision: "month", endDate: null });
    expect(first("May the talks go well.")).toBeNull();
  });
});
