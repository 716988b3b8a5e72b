/**
 * rules-32l: a bare day "on the 9th" in a report whose last named month is paragraphs back is of the report's own
 * month when it fits there ("The pact signed in March ... ¶ The minister signed the decree on the 9th", in a report of
 * the 11th); and an early day after "the end of last month" is of the month after it ("arrived at the end of last
 * month and held talks on the 2nd"). Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a bare day far from the month last named", () => {
  it("is of the report's own month when it fits a few days back", () => {
    const text = "Sergey Lavrov is due to discuss the accord the two countries drew up in March.\n\nSergey Lavrov met Choe Son Hui in Moscow on the 8th, state media said.";
    expect(describeEvents(text, "2025-09-11", "meeting")).toEqual(["2025-09-08/day Sergey Lavrov+Choe Son Hui Moscow"]);
  });

  it("near miss: a month named in the same paragraph still holds the day", () => {
    const text = "Sergey Lavrov travelled to Moscow in March, and he met Choe Son Hui there on the 8th.";
    expect(describeEvents(text, "2025-09-11", "meeting")).toEqual(["2025-03-08/day Sergey Lavrov+Choe Son Hui Moscow"]);
  });
});

describe("an early day after the end of last month", () => {
  it("is of the month after it", () => {
    const text = "Choe Son Hui arrived in Russia at the end of last month and met Sergey Lavrov in Moscow on the 2nd.";
    expect(describeEvents(text, "2025-09-11", "meeting")).toEqual(["2025-09-02/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: an early day after the start of last month stays in it", () => {
    const text = "Choe Son Hui arrived in Russia at the start of last month and met Sergey Lavrov in Moscow on the 2nd.";
    expect(describeEvents(text, "2025-09-11", "meeting")).toEqual(["2025-08-02/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("meeting a guest at the airport in a where-clause of his arrival", () => {
  it("is the welcome, not a meeting", () => {
    const text = "Sergey Lavrov flew into Wonsan on Friday, where Choe Son Hui met him at the airport.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual([]);
  });

  it("near miss: meeting the guest at an airfield with no arrival told is a meeting", () => {
    const text = "Sergei Shoigu met Kim Jong Un at an airfield near the city on Friday and showed him the bombers.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toHaveLength(1);
  });
});

describe("a date for a visit", () => {
  it("is a plan, not a visit made", () => {
    const text = "The two ministers set no date on Tuesday for new talks, nor a date for a visit by Kim Jong Un to Moscow.";
    expect(describeEvents(text, "2025-07-16", "visit")).toEqual([]);
  });

  it("near miss: a visit made on a date set for something else is a visit", () => {
    const text = "On Tuesday, the date for the treaty's anniversary, Sergey Lavrov paid a visit to Pyongyang.";
    expect(describeEvents(text, "2025-07-16", "visit")).toEqual(["2025-07-15/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a place that ends a quoted source", () => {
  it("is where the source sits, not where the event was", () => {
    const text = "Sergei Shoigu flew in on Tuesday, according to a short statement from the foreign ministry in Moscow, and was received by Kim Jong Un the same day.";
    expect(describeEvents(text, "2025-06-05", "meeting")).toEqual(["2025-06-03/day Sergei Shoigu+Kim Jong Un null"]);
  });

  it("near miss: a place told after the source's clause has moved on stays the event's", () => {
    const text = "Kim Jong Un received Sergei Shoigu on Tuesday, according to officials, at a guest house in Pyongyang.";
    expect(describeEvents(text, "2025-06-05", "meeting")).toEqual(["2025-06-03/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("a place troops or workers are sent to", () => {
  it("is not where the one sending them goes", () => {
    const text = "On his second trip, on 9 May, Kim Jong Un received Sergei Shoigu and agreed to send 3,000 engineers to Kursk.";
    expect(describeEvents(text, "2025-05-20", "visit")).not.toContainEqual(expect.stringContaining("Kursk"));
  });

  it("near miss: a trip to the place where the troops were sent goes there", () => {
    const text = "Kim Jong Un, who had sent troops to the front, made a trip to Kursk on Monday.";
    expect(describeEvents(text, "2025-05-20", "visit")).toEqual(["2025-05-19/day Kim Jong Un Kursk"]);
  });
});

describe("shortly afterwards", () => {
  it("is in the month of the day the paragraph last named, not the report's day", () => {
    const text = "The Duma backed the accord on 3 March. Kim Jong Un ratified the accord by decree shortly afterwards.";
    expect(describeEvents(text, "2025-04-20", "ratification")).toContainEqual("2025-03-01/month Kim Jong Un null");
  });

  it("is read in a sentence holding no other word of a date (the date reader's precheck once skipped it there)", () => {
    const text = "The Duma backed the accord on 3 March. Kim Jong Un ratified it shortly afterwards.";
    expect(describeEvents(text, "2025-04-20", "ratification")).toContainEqual("2025-03-01/month Kim Jong Un null");
  });

  it("near miss: shortly after a named act is not counted from the last day", () => {
    const text = "The Duma backed the accord on 3 March. Kim Jong Un ratified the accord by decree shortly after the vote in the assembly on Saturday.";
    expect(describeEvents(text, "2025-04-20", "ratification")).toContainEqual("2025-04-19/day Kim Jong Un null");
  });
});

describe("a year-less day in the month last written with its year", () => {
  it("is in that year", () => {
    const text = "Sergey Lavrov last went north in March 2023, a month after the summit. On that trip Kim Jong Un received him in Pyongyang on 9 March.";
    expect(describeEvents(text, "2025-07-11", "meeting")).toContainEqual("2023-03-09/day Kim Jong Un+Sergey Lavrov Pyongyang");
  });

  it("near miss: in the next paragraph the day takes the report's year", () => {
    const text = "Sergey Lavrov last went north in March 2023, a month after the summit.\n\nKim Jong Un received Sergey Lavrov in Pyongyang on 9 March.";
    expect(describeEvents(text, "2025-07-11", "meeting")).toContainEqual("2025-03-09/day Kim Jong Un+Sergey Lavrov Pyongyang");
  });
});

describe("a year-less month in a past perfect after a day just named", () => {
  it("is the last such month before that day", () => {
    const text = "On 20 January 2024 the accord came into force in Moscow. Kim Jong Un had already ratified the accord by decree in December.";
    expect(describeEvents(text, "2025-01-21", "ratification")).toContainEqual("2023-12-01/month Kim Jong Un null");
  });

  it("near miss: a simple past keeps the month nearest the report", () => {
    const text = "On 20 January 2024 the accord came into force in Moscow. Kim Jong Un ratified the accord by decree in December.";
    expect(describeEvents(text, "2025-01-21", "ratification")).toContainEqual("2024-12-01/month Kim Jong Un null");
  });

  it("near miss: a month told with 'last year' keeps that year", () => {
    const text = "On 20 January 2024 the accord came into force in Moscow. Kim Jong Un had already ratified the accord by decree in December last year.";
    expect(describeEvents(text, "2025-01-21", "ratification")).toContainEqual("2024-12-01/month Kim Jong Un null");
  });
});

describe("'then visits X before heading home'", () => {
  it("is a leg of the trip already told, not a visit of its own", () => {
    const text = "12 May 2023 - Kim Jong Un and Vladimir Putin hold talks in Moscow. Kim then visits Novosibirsk before heading home.";
    expect(describeEvents(text, "2024-01-10", "visit").filter((e) => e.includes("Novosibirsk"))).toEqual([]);
  });

  it("near miss: a stop told with its own day, not on the way home, stays a visit", () => {
    const text = "12 May 2023 - Kim Jong Un and Vladimir Putin hold talks in Moscow. Kim then visits Novosibirsk on 14 May.";
    expect(describeEvents(text, "2024-01-10", "visit")).toEqual(["2023-05-14/day Kim Jong Un Novosibirsk"]);
  });
});

describe("a parliament's approval with no chamber named", () => {
  it("is no leader's ratification", () => {
    const text = "Kim Jong Un signed the decree ratifying the accord on 3 March, after Russia's parliament had approved it in February.";
    expect(describeEvents(text, "2025-03-20", "ratification")).toEqual(["2025-03-03/day Kim Jong Un null"]);
  });

  it("near miss: an approval by a chamber named stays that chamber's", () => {
    const text = "Kim Jong Un signed the decree ratifying the accord on 3 March, after the Duma had approved it in February.";
    expect(describeEvents(text, "2025-03-20", "ratification", { actor: true })).toContainEqual("2025-02-01/month ;State Duma null");
  });
});
