/**
 * Visit wording in press reports: arrivals without a place, stay lengths, plans and third-country clauses.
 * Sentences are written for these tests.
 */
import { describe, it, expect } from "vitest";
import { buildExtractContext, extractEvents } from "./index";
import { TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const context = buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES);
const run = (text: string, publishedAt: string, title = "") => extractEvents({ title, text, publishedAt }, context).events;
const visits = (text: string, publishedAt: string, title = "") =>
  run(text, publishedAt, title).filter((e) => e.type === "visit").map((e) => `${e.date}/${e.datePrecision}${e.endDate ? `-${e.endDate}` : ""} ${e.participants.map((p) => p.name).join("+")} ${e.location}`);

describe("visits", () => {
  it("places an arrival with no place of its own in the story's city and reads the stay's length", () => {
    const text = "PYONGYANG, March 5 (Wire) — Sergey Lavrov held talks with Choe Son Hui in Pyongyang on Tuesday.\n\nLavrov flew in on Monday for a three-day stay.";
    expect(visits(text, "2024-03-05")).toEqual(["2024-03-04/day-2024-03-06 Sergey Lavrov Pyongyang"]);
  });

  it("reads a bare 'arrived on <day>' as the arrival in the city the article is about", () => {
    const text = "Choe Son Hui received Andrei Belousov in Pyongyang on Friday. Belousov arrived on Thursday, a ministry statement said.";
    expect(visits(text, "2024-11-30")).toEqual(["2024-11-28/day Andrei Belousov Pyongyang"]);
  });

  it("reads 'spent Monday to Wednesday in X' and 'is in X on Thursday and Friday' as ranges", () => {
    expect(visits("Sergei Shoigu spent Monday to Wednesday in Pyongyang, his office said on Thursday.", "2024-03-29")).toEqual([
      "2024-03-25/day-2024-03-27 Sergei Shoigu Pyongyang",
    ]);
    expect(visits("Lavrov is in Pyongyang on Thursday and Friday for talks.", "2025-08-15")).toEqual(["2025-08-14/day-2025-08-15 Sergey Lavrov Pyongyang"]);
  });

  it("reads 'spent N days in X' as a stay ending on the day given for the way home, or starting on another day given", () => {
    const home = "Kim Jong Un spent six days in Russia, touring a factory and a naval base, before his train took him home on Sunday.";
    expect(visits(home, "2023-09-21")).toEqual(["2023-09-12/day-2023-09-17 Kim Jong Un Russia"]);
    expect(visits("Sergei Shoigu spent three days in Pyongyang starting on Tuesday, his ministry said.", "2024-03-29")).toEqual(["2024-03-26/day-2024-03-28 Sergei Shoigu Pyongyang"]);
    expect(visits("Sergei Shoigu spent two days in Pyongyang and left on Wednesday.", "2024-03-29")).toEqual(["2024-03-26/day-2024-03-27 Sergei Shoigu Pyongyang"]);
  });

  it("does not make a visit of the place a traveller flew in from, nor of the person he accompanied there", () => {
    const text = "MOSCOW, May 2 (Wire) — Choe Son Hui arrived in Moscow on Wednesday.\n\nShe flew in from Beijing, where she had accompanied Kim Jong Un to a forum.";
    const out = visits(text, "2024-05-02");
    expect(out).toEqual(["2024-05-01/day Choe Son Hui Moscow"]);
  });

  it("drops announced and scheduled events and speculation about the coming days", () => {
    expect(run("The Kremlin said on Monday that Putin will make a state visit to North Korea on June 18-19, his first trip there in years.", "2024-06-17")).toEqual([]);
    expect(run("Officials worked to save a summit between Kim Jong Un and Xi Jinping that had been set for June 12 in Beijing.", "2024-05-30")).toEqual([]);
    expect(run("Everything points to Kim Jong Un travelling to Russia within days for his first meeting with Putin.", "2019-04-22")).toEqual([]);
  });

  it("keeps clauses joined by 'and' with their own time and actors apart", () => {
    const events = run("On May 3 Putin and Xi Jinping met in Beijing, and in June Sergei Shoigu led a delegation to the party congress.", "2025-12-15");
    expect(events.map((e) => `${e.type} ${e.participants.map((p) => p.name).join("+")} ${e.location}`)).toEqual(["meeting Vladimir Putin+Xi Jinping Beijing", "visit Vladimir Putin Beijing"]);
  });

  it("does not date an event by a date inside a restrictive relative clause or by an offset before a noun", () => {
    const text = "Shoigu arrived in Pyongyang on Monday. During his stay Shoigu laid flowers at a monument to soldiers who died in 1950.";
    expect(visits(text, "2024-06-04")).toEqual(["2024-06-03/day Sergei Shoigu Pyongyang"]);
    const summit = run("Kim Jong Un arrived in Vladivostok on Wednesday, a day before his first summit with Putin.", "2019-04-24");
    expect(summit.map((e) => `${e.type} ${e.date}`)).toEqual(["visit 2019-04-24"]);
  });

  it("lets a headline join the body's events but start none of its own", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Wonsan on Saturday, state media said on Sunday.";
    const events = run(text, "2025-07-14", "KCNA: Kim calls Lavrov visit 'very important'");
    // The only visit is the one the meeting in Wonsan implies, with its low confidence; the headline adds nothing.
    expect(events.map((e) => e.type)).toEqual(["meeting", "visit"]);
    expect(events[1].confidence).toBeLessThan(0.5);
  });

  it("does not take the subject of a sentence as the owner of 'the visit' it praises", () => {
    const text = "Kim Jong Un met Sergey Lavrov in Wonsan on Saturday, and the North Korean leader valued the visit as important.";
    expect(visits(text, "2025-07-13").some((v) => v.includes("Kim Jong Un"))).toBe(false);
  });

  it("gives a coordinated clause with its own subject no inherited subject", () => {
    const text = "In August, Putin telephoned Kim Jong Un, and Defence Minister Belousov came to Pyongyang that same month.";
    expect(visits(text, "2025-12-15")).toEqual(["2025-08-01/month Andrei Belousov Pyongyang"]);
    // ... nor lends its subject to the clause before it.
    const later = "In August, Putin telephoned Kim Jong Un before his summit, and Defence Minister Belousov came to Pyongyang that same month.";
    expect(visits(later, "2025-12-15")).toEqual(["2025-08-01/month Andrei Belousov Pyongyang"]);
    expect(run(later, "2025-12-15").filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join("+"))).toEqual(["Kim Jong Un+Vladimir Putin"]);
  });

  it("reads an arrival told in a relative clause or with its manner: by train, shortly before dawn, entered, flew into", () => {
    const base = "Vladimir Putin and Kim Jong Un held talks in Vladivostok on Thursday.";
    expect(visits(`${base} Kim, who arrived by armoured train on Wednesday, called the talks useful.`, "2019-04-25")).toEqual(["2019-04-24/day Kim Jong Un Vladivostok"]);
    expect(visits(`${base} Kim, who entered Russia on Tuesday, called the talks useful.`, "2019-04-25")).toEqual(["2019-04-23/day Kim Jong Un Russia"]);
    expect(visits("Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday. Putin, who landed shortly before dawn, leaves tonight.", "2024-06-19")).toEqual(["2024-06-19/day Vladimir Putin Pyongyang"]);
    expect(visits("Sergey Lavrov held talks with Choe Son Hui in Wonsan on Saturday. Lavrov flew into Wonsan late on Friday.", "2025-07-12")).toEqual(["2025-07-11/day Sergey Lavrov Wonsan"]);
  });

  it("reads 'reached the city' in a sentence with no other trigger word as the arrival in the story's city", () => {
    const text = "VLADIVOSTOK, April 25 (Wire) — Vladimir Putin and Kim Jong Un held talks on Thursday. Kim reached the city by armoured train on Wednesday.";
    expect(visits(text, "2019-04-25")).toEqual(["2019-04-24/day Kim Jong Un Vladivostok"]);
  });

  it("does not read reaching or arriving at an agreement as a trip", () => {
    expect(visits("Sergey Lavrov and Choe Son Hui arrived at an agreement on Tuesday in Moscow.", "2024-01-17")).toEqual([]);
    expect(visits("Sergey Lavrov and Choe Son Hui reached an understanding on Tuesday in Moscow.", "2024-01-17")).toEqual([]);
  });

  it("reads 'whose visit began on <day>' as the start of the stay named elsewhere", () => {
    const text = "Choe Son Hui has spent this week in Moscow. Choe, whose official visit began on Tuesday, met Sergey Lavrov on Wednesday.";
    expect(visits(text, "2019-11-22")).toEqual(["2019-11-19/day Choe Son Hui Moscow"]);
  });

  it("does not read the month May as the modal 'may'", () => {
    const events = run("On May 3 Sergey Lavrov met Choe Son Hui in Pyongyang.", "2024-12-01");
    expect(events.map((e) => `${e.type} ${e.date}/${e.datePrecision}`)).toEqual(["meeting 2024-05-03/day", "visit 2024-05-03/day"]);
  });

  it("resolves a subject pronoun after an opening time phrase", () => {
    const text = "Sergei Shoigu arrived in Pyongyang on Sunday. On Monday he was received by Kim Jong Un.";
    const meeting = run(text, "2024-11-21").find((e) => e.type === "meeting")!;
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(["Kim Jong Un", "Sergei Shoigu"]);
    expect(meeting.date).toBe("2024-11-18");
  });

  it("does not make the sentence subject a signatory of a treaty named in a participle phrase", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Saturday for the anniversary of the partnership treaty signed on June 19 last year.";
    const agreement = run(text, "2025-06-30").find((e) => e.type === "agreement");
    expect(agreement?.participants.map((p) => p.name) ?? []).not.toContain("Sergey Lavrov");
    if (agreement) expect(agreement.date).toBe("2024-06-19");
  });

  it("gives a later event noun only the people named with it", () => {
    const text = "Kim Jong Un met Sergey Lavrov in Pyongyang on Thursday, as the two countries follow up on last month's summit.";
    const meetings = run(text, "2023-10-19").filter((e) => e.type === "meeting");
    // "last month's summit" names nobody: it is the leaders' (lib/extract/index.test.ts), not Kim and Lavrov's.
    expect(meetings.map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join("+")}`)).toEqual(["2023-10-19 Kim Jong Un+Sergey Lavrov", "2023-09-01 Kim Jong Un+Vladimir Putin"]);
  });

  it("does not date an undated act timed from another event by the report's day", () => {
    const text = "MOSCOW, Oct. 9 (Wire) — Sergey Lavrov met Choe Son Hui in Moscow on Tuesday.\n\nThe talks came two days after Xi Jinping travelled to Pyongyang.";
    // (Choe's own visit is implied by her talks in Moscow; Xi's trip is counted back from the talks' day, rules-22d.)
    expect(visits(text, "2018-10-09")).toEqual(["2018-10-09/day Choe Son Hui Moscow", "2018-10-07/day Xi Jinping Pyongyang"]);
  });

  it("does not give a crowd's arrival to a leader named elsewhere in the sentence", () => {
    const text = "Russian tourists have begun arriving at the beach resort in Wonsan, a year after Putin and Kim Jong Un signed their treaty.";
    expect(visits(text, "2025-07-01")).toEqual([]);
  });

  it("gives a told visit dated only by a meeting during it the low confidence of an implied one", () => {
    const text = "Vladimir Putin received Choe Son Hui in Moscow on Monday. Her visit to Russia had begun in Vladivostok before she travelled on to the capital.";
    const visit = run(text, "2024-11-05").find((e) => e.type === "visit");
    expect(visit).toMatchObject({ date: "2024-11-04", participants: [{ name: "Choe Son Hui" }] });
    expect(visit!.confidence).toBeLessThan(0.5);
  });

  it("reads a guest's visit from a meeting held in the host's country, as a low-confidence event", () => {
    const events = run("Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday, state media said on Friday.", "2023-10-20");
    const visit = events.find((e) => e.type === "visit");
    expect(visit).toMatchObject({ date: "2023-10-19", datePrecision: "day", location: "Pyongyang", participants: [{ name: "Sergey Lavrov" }] });
    expect(visit!.confidence).toBeLessThan(0.5);
    expect(events.find((e) => e.type === "meeting")!.parentKey).toBe(visit!.key);
  });

  it("implies no visit from a meeting recalled from the past, nor a second one where the article tells of the trip", () => {
    expect(visits("Putin and Kim Jong Un held their first summit in Vladivostok on April 25, 2019, an official recalled on Monday.", "2024-06-17")).toEqual([]);
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on Thursday. Lavrov had arrived on Wednesday.";
    expect(visits(text, "2023-10-20")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });
});

