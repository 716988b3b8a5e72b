/**
 * rules-37c2: a photo caption that closes on ", the day the two men signed ..." is still a caption of the two together
 * that day — "Kim and Putin in the Kremlin on 4 May 2003, the day the two men opened the railway talks" tells their
 * meeting in Moscow that day.
 * And a timeline entry opened by two days a fortnight apart ("2 and 16 May 2024 - Lavrov makes two trips to Pyongyang and
 * is received by Kim on each") tells a trip and a meeting on each day: the bare first day is read as a day of the
 * month written after the second.
 * "A year and sixteen days after that" counts on from the last day named; and
 * talks "between the defence ministers" are between the two of different countries who hold that office.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";
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

describe("two days joined by 'and' before one month", () => {
  it("reads the bare first day as a day of that month", () => {
    const dates = findDateMentions("Talks were held on 2 and 16 May 2024 in the capital.", { publishedAt: "2024-06-01" }).map((d) => `${d.date}/${d.precision}`);
    expect(dates).toEqual(["2024-05-02/day", "2024-05-16/day"]);
  });

  it("near miss: two days in a row stay one stay", () => {
    const dates = findDateMentions("Talks were held on 2 and 3 May 2024 in the capital.", { publishedAt: "2024-06-01" }).map((d) => `${d.date}/${d.precision}/${d.endDate}`);
    expect(dates).toEqual(["2024-05-02/day/2024-05-03"]);
  });

  it("near miss: numbers before a unit are no days", () => {
    const dates = findDateMentions("Trade grew by 2 and 16 percent in May 2024.", { publishedAt: "2024-06-01" }).map((d) => `${d.date}/${d.precision}`);
    expect(dates).toEqual(["2024-05-01/month"]);
  });
});

describe("a timeline entry opened by two days", () => {
  it("tells the trips and meetings on each day when it says so", () => {
    const text = "2 and 16 May 2024 - Lavrov makes two trips to Pyongyang in a fortnight and is received by Kim Jong Un on each.";
    expect(describeEvents(text, "2024-09-01", "meeting", { sortNames: true })).toEqual(["2024-05-16/day Kim Jong Un+Sergey Lavrov null", "2024-05-02/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: an entry that tells one trip keeps it on one day", () => {
    const text = "2 and 16 May 2024 - Lavrov is received by Kim Jong Un in Pyongyang.";
    expect(describeEvents(text, "2024-09-01", "meeting", { sortNames: true })).toEqual(["2024-05-16/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("talks between ministers named by their office", () => {
  const lead = "Lavrov arrived in Pyongyang on 13 May. Present at the dinner were Choe Son Hui and Dmitry Peskov, the Kremlin spokesman.";

  it("are held by the two who hold that office, not the nearest pair", () => {
    const text = `${lead} On the same day, talks were held between the foreign ministers of the two countries.`;
    expect(describeEvents(text, "2024-05-14", "meeting", { sortNames: true })).toEqual(["2024-05-13/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: an office neither holds gives them no talks", () => {
    const text = `${lead} On the same day, talks were held between the defence ministers of the two countries.`;
    expect(describeEvents(text, "2024-05-14", "meeting", { sortNames: true })).toEqual([]);
  });
});

describe("a year and a count of days after that", () => {
  it("counts on from the last day named", () => {
    const text = "Putin received Kim Jong Un in the Kremlin on 10 March 2019. A year and sixteen days after that, the two met again in Vladivostok.";
    expect(describeEvents(text, "2024-06-21", "meeting", { sortNames: true })).toEqual(["2019-03-10/day Kim Jong Un+Vladimir Putin Moscow", "2020-03-26/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("counts from a day named earlier in the same sentence, a year on", () => {
    const dates = findDateMentions("They met on 13 September 2023, and a year and nineteen days after that they met again.", { publishedAt: "2025-06-21" }, { previousDay: "2019-03-10" }).map((d) => `${d.date}/${d.precision}`);
    expect(dates).toEqual(["2023-09-13/day", "2024-10-02/day"]);
  });

  it("near miss: a year and a half names no day", () => {
    const dates = findDateMentions("A year and a half after that, the two met again.", { publishedAt: "2024-06-21" }, { previousDay: "2019-03-10" }).map((d) => `${d.date}/${d.precision}`);
    expect(dates).toEqual([]);
  });

  it("near miss: with no day named before, no date", () => {
    const dates = findDateMentions("A year and sixteen days after that, the two met again.", { publishedAt: "2024-06-21" }).map((d) => `${d.date}/${d.precision}`);
    expect(dates).toEqual([]);
  });
});
