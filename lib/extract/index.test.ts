import { describe, it, expect } from "vitest";
import { buildExtractContext, EXTRACTOR_VERSION, extractEvents } from "./index";
import { TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const context = buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES);
const run = (text: string, publishedAt: string) => extractEvents({ title: "", text, publishedAt }, context);
const brief = (text: string, publishedAt: string) =>
  run(text, publishedAt).events.map((e) => `${e.type} ${e.date}/${e.datePrecision} ${e.participants.map((p) => p.name).join("+")}`);

describe("extractEvents", () => {
  it("carries a version", () => {
    expect(context.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it("dates a wire lead from its dateline and merges later mentions into it", () => {
    const text = [
      "MOSCOW, January 16. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with North Korean Foreign Minister Choe Son Hui in Moscow.",
      "The two ministers also discussed the situation on the Korean Peninsula, the ministry said.",
      "Lavrov thanked Choe for the talks.",
    ].join("\n\n");
    const result = run(text, "2024-01-18");
    // Besides the visit the talks in Moscow imply (lib/extract/visits.test.ts).
    const meetings = result.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    const [e] = meetings;
    expect(e).toMatchObject({ type: "meeting", date: "2024-01-16", datePrecision: "day", location: "Moscow" });
    expect(e.participants.map((p) => p.name).sort()).toEqual(["Choe Son Hui", "Sergey Lavrov"]);
    expect(result.text.slice(e.evidenceStart, e.evidenceEnd)).toBe(e.evidence);
  });

  it("reports a visit with its meetings, the meeting pointing to the visit", () => {
    const text = "Defence Minister Andrei Belousov arrived in Pyongyang on Friday. Kim Jong Un received Belousov on Friday.";
    const events = run(text, "2024-11-30").events;
    const visit = events.find((e) => e.type === "visit")!;
    const meeting = events.find((e) => e.type === "meeting")!;
    expect(visit).toMatchObject({ date: "2024-11-29", location: "Pyongyang" });
    expect(visit.participants.map((p) => p.name)).toEqual(["Andrei Belousov"]);
    expect(meeting.parentKey).toBe(visit.key);
  });

  it("keeps background events with their own (coarser) dates", () => {
    expect(brief("Lavrov recalled that Putin and Kim Jong Un met at the Vostochny Cosmodrome in September 2023.", "2024-01-18")).toEqual([
      "meeting 2023-09-01/month Vladimir Putin+Kim Jong Un",
    ]);
  });

  it("drops plans, invitations, negations and undated generic mentions", () => {
    const text = [
      "Putin accepted an invitation to visit North Korea.",
      "Lavrov is expected to meet Choe Son Hui next month.",
      "Lavrov and Choe Son Hui have met several times.",
      "Kim Jong Un did not meet Putin.",
    ].join(" ");
    expect(run(text, "2024-01-18").events).toEqual([]);
  });

  it("does not count a spokesman or a message sender as a participant", () => {
    const text = "Kim Jong Un received Sergei Shoigu in Pyongyang on September 13 and accepted a message from Putin, Kremlin spokesman Dmitry Peskov said.";
    const meeting = run(text, "2024-09-14").events.find((e) => e.type === "meeting")!;
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(["Kim Jong Un", "Sergei Shoigu"]);
  });

  it("reads a phone call as a call, not a meeting", () => {
    expect(brief("Putin and Xi Jinping held a telephone conversation on Tuesday.", "2024-06-05")).toEqual([
      "call 2024-06-04/day Vladimir Putin+Xi Jinping",
    ]);
  });

  it("separates the ratification steps and names the acting body", () => {
    const text = "The State Duma ratified the treaty on October 24, and the Federation Council on November 6.";
    const events = run(text, "2024-11-10").events.filter((e) => e.type === "ratification");
    expect(events.map((e) => [e.actor, e.date])).toEqual([
      ["State Duma", "2024-10-24"],
      ["Federation Council", "2024-11-06"],
    ]);
  });

  it("resolves 'he' and 'the two leaders' to people named before", () => {
    const text = "Putin landed in Pyongyang on June 19. He was greeted by Kim Jong Un. The two leaders held talks on June 19.";
    const meeting = run(text, "2024-06-20").events.find((e) => e.type === "meeting")!;
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(["Kim Jong Un", "Vladimir Putin"]);
  });

  it("lowers confidence for hedged and context-dated events", () => {
    const sure = run("Lavrov met Choe Son Hui in Moscow on January 16, 2024.", "2024-01-18").events[0];
    const hedged = run("Lavrov reportedly met Choe Son Hui in Moscow on January 16, 2024.", "2024-01-18").events[0];
    expect(hedged.confidence).toBeLessThan(sure.confidence);
    expect(sure.confidence).toBeGreaterThan(0.8);
  });

  it("is deterministic", () => {
    const text = "Kim Jong Un met Putin at the Vostochny Cosmodrome on September 13, 2023.";
    expect(run(text, "2023-09-14")).toEqual(run(text, "2023-09-14"));
  });
  it("reads 'telephoned' as the verb it is, dated by a fronted month", () => {
    expect(brief("In August, Vladimir Putin telephoned Kim Jong Un.", "2025-12-15")).toEqual(["call 2025-08-01/month Vladimir Putin+Kim Jong Un"]);
  });

  describe("dates listed between dashes", () => {
    it("keeps the list in the clause it dates: one event per listed date", () => {
      const text = "Sergei Shoigu travelled to Pyongyang three times — in March, and on June 4 and June 17 — carrying messages from Putin.";
      expect(brief(text, "2025-12-15")).toEqual(["visit 2025-03-01/month Sergei Shoigu", "visit 2025-06-04/day Sergei Shoigu", "visit 2025-06-17/day Sergei Shoigu"]);
    });

    it("takes the days listed after the month that frames them", () => {
      const text = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang twice in June – on June 4 and again on June 17 – about engineers for Kursk.";
      expect(brief(text, "2025-12-20")).toEqual(["meeting 2025-06-04/day Sergei Shoigu+Kim Jong Un", "meeting 2025-06-17/day Sergei Shoigu+Kim Jong Un", "visit 2025-06-04/day Sergei Shoigu", "visit 2025-06-17/day Sergei Shoigu"]);
    });

    it("reads a list of places with dates, and still cuts at a dash that opens a clause", () => {
      const text = "Vladimir Putin and Kim Jong Un know each other well. They have met three times — in Vladivostok in April 2019, at the Vostochny Cosmodrome in September 2023 and in Pyongyang in June 2024.";
      expect(run(text, "2025-01-10").events.map((e) => `${e.date}/${e.datePrecision} ${e.location}`)).toEqual(["2019-04-01/month Vladivostok", "2023-09-01/month Vostochny Cosmodrome", "2024-06-01/month Pyongyang"]);
      expect(brief("Sergey Lavrov arrived in Pyongyang on Monday — Kim Jong Un received Xi Jinping in March.", "2025-05-14")).toEqual(["visit 2025-05-12/day Sergey Lavrov", "meeting 2025-03-01/month Kim Jong Un+Xi Jinping"]);
    });
  });

  it("reads a chamber's vote told as a noun as its ratification, dated by the possessive day", () => {
    const events = run("The ministry's statement followed Thursday's vote in the State Duma to ratify the treaty with Pyongyang.", "2024-10-27").events;
    expect(events.map((e) => `${e.type} ${e.date}/${e.datePrecision} ${e.actor}`)).toEqual(["ratification 2024-10-24/day State Duma"]);
    expect(brief("In the North a treaty can be ratified by decree rather than by a vote in the Supreme People's Assembly.", "2024-10-27")).toEqual([]);
  });

  it("reads 'next to' and 'the next day' as no sign of the future", () => {
    const text = "Kim Jong Un and Vladimir Putin stood next to each other at Wednesday's parade. Later that day the two leaders met in Beijing, agencies reported on Thursday.";
    expect(brief(text, "2025-09-04")).toEqual(["meeting 2025-09-03/day Vladimir Putin+Kim Jong Un"]);
  });

  it("takes the day written next to the month that frames it", () => {
    // (The guest's visit is implied by the head of state receiving him: rules-7.)
    expect(brief("Kim Jong Un received Sergei Shoigu for the second time this month on June 17, state media said.", "2025-06-18")).toEqual([
      "meeting 2025-06-17/day Kim Jong Un+Sergei Shoigu",
      "visit 2025-06-17/day Sergei Shoigu",
    ]);
  });

  it("lets a headline naming two events add nobody to a side the body already names", () => {
    const result = extractEvents(
      {
        title: "Lavrov and Choe hold talks, then Putin receives her",
        text: "Sergey Lavrov held talks with Choe Son Hui in Moscow on Tuesday. Later the same day Vladimir Putin received Choe in the Kremlin.",
        publishedAt: "2024-01-17",
      },
      context,
    );
    expect(result.events.map((e) => `${e.type} ${e.date} ${e.participants.map((p) => p.name).sort().join("+")}`)).toEqual([
      "meeting 2024-01-16 Choe Son Hui+Sergey Lavrov",
      "visit 2024-01-16 Choe Son Hui",
      "meeting 2024-01-16 Choe Son Hui+Vladimir Putin",
    ]);
  });
  it("reads 'the talks with X, held in Y on Thursday' as held on that day, not on the day of the report", () => {
    expect(brief("State media on Friday gave wide coverage to Kim Jong Un's talks with Vladimir Putin, held in Vladivostok on Thursday.", "2019-04-26")).toEqual([
      "meeting 2019-04-25/day Kim Jong Un+Vladimir Putin",
      "visit 2019-04-25/day Kim Jong Un",
    ]);
  });

  it("keeps a headline's event when the body tells only of other types of event", () => {
    const result = extractEvents(
      { title: "Kim and Putin meet for the first time", text: "VLADIVOSTOK, April 25 (Wire) — Kim Jong Un arrived in Vladivostok by train on Wednesday. The two leaders sat side by side on Thursday.", publishedAt: "2019-04-25" },
      context,
    );
    expect(result.events.map((e) => `${e.type} ${e.participants.map((p) => p.name).sort().join("+")}`).sort()).toEqual(["meeting Kim Jong Un+Vladimir Putin", "visit Kim Jong Un"]);
  });
  it("takes a companion in another activity ('after watching a parade with Xi') for no party of the talks", () => {
    expect(brief("Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday, hours after watching a military parade together with Xi Jinping.", "2025-09-03")).toEqual(["meeting 2025-09-03/day Vladimir Putin+Kim Jong Un"]);
  });

  describe("a summit that names nobody", () => {
    it("is the pair's leaders' summit, with the place written with it", () => {
      const text = "Vladimir Putin and Kim Jong Un exchanged letters. Officials compared it with the Vladivostok summit of April 2019, which produced warm words.";
      const summit = run(text, "2023-09-18").events.find((e) => e.type === "meeting");
      expect(summit).toMatchObject({ date: "2019-04-01", datePrecision: "month", location: "Vladivostok" });
      expect(summit!.participants.map((p) => p.name).sort()).toEqual(["Kim Jong Un", "Vladimir Putin"]);
    });
    it("reads 'the summit between the two leaders' with no leader named as the pair's heads of state", () => {
      const text = "Sergey Lavrov met Choe Son Hui in Moscow on Monday. According to the agency, the session agreed on steps in line with what was agreed at the September summit between the two leaders.";
      expect(brief(text, "2023-11-16")).toContain("meeting 2023-09-01/month Vladimir Putin+Kim Jong Un");
    });
    it("is nobody's when named after a place outside the pair or after a body", () => {
      const meetings = (text: string) => brief(text, "2025-08-20").filter((e) => e.startsWith("meeting") && e.includes("Putin"));
      expect(meetings("Kim Jong Un wrote to Vladimir Putin on Monday. The Alaska summit on August 15 was short.")).toEqual([]);
      expect(meetings("Kim Jong Un wrote to Vladimir Putin on Monday. The BRICS summit on August 15 was short.")).toEqual([]);
    });
  });
});

