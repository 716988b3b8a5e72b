/**
 * The ingest service on a real PostgreSQL: de-duplication, merging reports, versions, atomicity; what an event shows
 * when its reports differ on people or place, and the hand edits a later report may not undo.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-db";
import { AppError } from "../errors";
import { updateEvent } from "../events/edit";
import { getExtractContext } from "./extract-context";
import { ingestArticle, ingestArticles, type IngestResult } from "./ingest";

const wire = {
  title: "Lavrov and Choe hold talks in Moscow",
  publishedAt: "2024-01-17",
  url: "https://example.org/test/wire-1",
  text:
    "MOSCOW, January 16 - Russian Foreign Minister Sergey Lavrov held talks with North Korean Foreign Minister Choe Son Hui in Moscow on Tuesday. " +
    "The two ministers discussed the agreements reached at the September 2023 summit between Vladimir Putin and Kim Jong Un at the Vostochny Cosmodrome.",
};

const otherOutlet = {
  title: "North Korea's top diplomat meets Lavrov",
  publishedAt: "2024-01-18",
  url: "https://example.org/test/daily-2",
  text:
    "North Korean Foreign Minister Choi Son Hui met Russian Foreign Minister Sergei Lavrov in Moscow on January 16, the Russian foreign ministry said. " +
    "Analysts said the visit signalled closer ties.",
};

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log, person, person_alias, person_office RESTART IDENTITY CASCADE`);
});

describe("ingestArticle", () => {
  it("stores the article and its events as drafts with people, sources and an audit trail", async () => {
    const result = await ingestArticle(t.db, wire, { actor: "tester" });
    expect(result.status).toBe("added");
    const meeting = result.events.find((e) => e.type === "meeting" && e.date === "2024-01-16");
    expect(meeting).toBeDefined();
    expect(meeting!.status).toBe("draft");
    expect(meeting!.participants.map((p) => p.name).sort()).toEqual(["Choe Son Hui", "Sergey Lavrov"]);
    const source = await t.db.eventSource.findFirstOrThrow({ where: { eventId: meeting!.id } });
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.article.id } });
    expect(article.text.slice(source.evidenceStart, source.evidenceEnd)).toBe(source.evidence);
    const audit = await t.db.auditLog.findMany({ where: { actor: "tester" } });
    expect(audit.map((a) => a.action)).toContain("article.ingest");
  });

  it("changes nothing when the same article comes again", async () => {
    const first = await ingestArticle(t.db, wire, { actor: "tester" });
    const counts = async () => [await t.db.article.count(), await t.db.event.count(), await t.db.eventSource.count()];
    const before = await counts();
    const again = await ingestArticle(t.db, { ...wire, text: `${wire.text}\n\n` }, { actor: "tester" });
    expect(again.status).toBe("duplicate");
    expect(again.article.id).toBe(first.article.id);
    expect(await counts()).toEqual(before);
  });

  it("makes one event with two sources from two outlets' reports of one meeting", async () => {
    await ingestArticle(t.db, wire, { actor: "tester" });
    const second = await ingestArticle(t.db, otherOutlet, { actor: "tester" });
    expect(second.mergedEventIds.length).toBeGreaterThan(0);
    const meetings = await t.db.event.findMany({ where: { type: "meeting", date: new Date("2024-01-16T00:00:00Z") }, include: { sources: true } });
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sources).toHaveLength(2);
    expect(meetings[0].sourcesDisagree).toBe(false);
  });

  it("keeps two events of one article apart even when the merge rule would join them", async () => {
    const article = {
      title: "Lavrov and Choe meet twice",
      publishedAt: "2024-01-17",
      url: "https://example.org/test/twice",
      text: "Sergey Lavrov held talks with Choe Son Hui in Moscow on Monday. Lavrov met Choe Son Hui again in Moscow on Tuesday.",
    };
    const result = await ingestArticle(t.db, article, { actor: "tester" });
    expect(result.events.filter((e) => e.type === "meeting").map((e) => e.date).sort()).toEqual(["2024-01-15", "2024-01-16"]);
    // A later report of the Tuesday meeting still finds its event.
    await ingestArticle(t.db, { ...otherOutlet, url: "https://example.org/test/tuesday" }, { actor: "tester" });
    const tuesday = await t.db.event.findMany({ where: { type: "meeting", date: new Date("2024-01-16T00:00:00Z") }, include: { sources: true } });
    expect(tuesday.map((e) => e.sources.length)).toEqual([2]);
  });

  it("stores the same URL with new text as a new version", async () => {
    const first = await ingestArticle(t.db, wire, { actor: "tester" });
    const updated = await ingestArticle(t.db, { ...wire, text: `${wire.text} The talks lasted three hours.` }, { actor: "tester" });
    expect(updated.status).toBe("new-version");
    const stored = await t.db.article.findUniqueOrThrow({ where: { id: updated.article.id } });
    expect(stored.version).toBe(2);
    expect(stored.previousVersionId).toBe(first.article.id);
    // The same event, whose source is now the new version (one article, one source).
    const meetings = await t.db.event.findMany({ where: { type: "meeting", date: new Date("2024-01-16T00:00:00Z") }, include: { sources: true } });
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sources.map((s) => s.articleId)).toEqual([updated.article.id]);
    const history = await t.db.auditLog.findMany({ where: { entityType: "event", entityId: String(meetings[0].id), action: "event.source-superseded" } });
    expect(history).toHaveLength(1);
  });

  it("re-checks what a new version no longer reports: the event goes back to review, with the reason in its history", async () => {
    const first = await ingestArticle(t.db, wire, { actor: "tester", publish: true });
    const summit = first.events.find((e) => e.title.includes("Vostochny") || e.date.startsWith("2023-09"));
    const talks = first.events.find((e) => e.type === "meeting" && e.date === "2024-01-16")!;
    // The corrected text keeps the talks and drops the sentence about the 2023 summit.
    const corrected = { ...wire, text: wire.text.split(". ")[0] + ". The ministry gave no further details." };
    const updated = await ingestArticle(t.db, corrected, { actor: "editor-script" });
    expect(updated.status).toBe("new-version");
    expect(updated.events.map((e) => e.id)).toContain(talks.id);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: talks.id } })).status).toBe("published");
    if (summit) {
      const stale = await t.db.event.findUniqueOrThrow({ where: { id: summit.id }, include: { sources: true } });
      expect(stale.status).toBe("draft");
      expect(stale.sources.map((s) => s.articleId)).toEqual([first.article.id]);
      const recheck = await t.db.auditLog.findFirstOrThrow({ where: { entityId: String(summit.id), action: "event.recheck" } });
      expect(recheck.actor).toBe("editor-script");
      expect(JSON.stringify(recheck.after)).toContain("no longer reports this event");
    }
    expect(summit, "the first version reported the 2023 summit as an event of its own").toBeDefined();
  });

  it.each([
    [{ ...wire, publishedAt: "2024-02-30" }, "publishedAt"],
    [{ ...wire, title: "" }, "title"],
    [{ ...wire, text: "   " }, "text"],
    [{ ...wire, url: "javascript:alert(1)" }, "url"],
  ])("refuses bad input with a 400 and writes nothing (%#)", async (input, field) => {
    const error = await ingestArticle(t.db, input, { actor: "tester" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message).toContain(field);
    expect(await t.db.article.count()).toBe(0);
  });

  it("refuses text over 2 MB with a 413", async () => {
    const error = await ingestArticle(t.db, { ...wire, text: "x".repeat(2 * 1024 * 1024 + 1) }, { actor: "tester" }).catch((e: unknown) => e);
    expect((error as AppError).status).toBe(413);
  });

  it("stores an article once when the same upload arrives twice at the same moment", async () => {
    const results = await Promise.all([1, 2, 3].map(() => ingestArticle(t.db, otherOutlet, { actor: "tester" })));
    expect(results.filter((r) => r.status === "added")).toHaveLength(1);
    expect(await t.db.article.count()).toBe(1);
  });

  it("leaves nothing half-written when storing fails part-way", async () => {
    const base = getExtractContext();
    // A registry entry whose country code cannot be stored makes the participant insert fail after the article insert.
    // (The article names its pair, so that the event is kept although no pair joins that country to North Korea.)
    const broken = { ...base, people: base.people.map((p) => (p.slug === "sergey-lavrov" ? { ...p, country: "RUSSIA" } : p)) };
    await expect(ingestArticle(t.db, { ...wire, relationship: "kp-ru" }, { actor: "tester", context: broken })).rejects.toBeTruthy();
    expect(await t.db.article.count()).toBe(0);
    expect(await t.db.event.count()).toBe(0);
    expect(await t.db.auditLog.count()).toBe(0);
  });

  it("finds the event a report is about among many of the same type that year", async () => {
    // A busy archive: 600 other meetings in the days before, stored first, then the one the report is about.
    const filler = await t.db.person.create({ data: { slug: "filler-official", name: "Filler Official" } });
    const fillers = await t.db.event.createManyAndReturn({
      data: Array.from({ length: 600 }, (_, i) => ({
        type: "meeting", title: `Other meeting ${i}`, date: new Date(Date.UTC(2024, 0, 1 + (i % 15))), datePrecision: "day" as const,
        status: "published" as const, confidence: 0.9, extractorVersion: "test",
      })),
      select: { id: true },
    });
    await t.db.eventParticipant.createMany({ data: fillers.map((e) => ({ eventId: e.id, personId: filler.id, countryCode: null })) });
    const first = await ingestArticle(t.db, wire, { actor: "tester", publish: true });
    const meeting = first.events.find((e) => e.type === "meeting" && e.date === "2024-01-16")!;

    const second = await ingestArticle(t.db, otherOutlet, { actor: "tester" });
    expect(second.mergedEventIds).toContain(meeting.id);
    expect(await t.db.event.count({ where: { type: "meeting", date: new Date("2024-01-16T00:00:00Z") } })).toBe(1);
  });

  it("looks past the best-ranked candidates when none of them is the event", async () => {
    // 30 talks of the same two ministers on the same day, but in Pyongyang: each ranks before the Moscow talks
    // (same people, same day, older), and none is the same event.
    const people = await Promise.all(["sergey-lavrov", "choe-son-hui"].map((slug) => ingestPerson(slug)));
    const elsewhere = await t.db.event.createManyAndReturn({
      data: Array.from({ length: 30 }, (_, i) => ({
        type: "meeting", title: `Pyongyang talks ${i}`, date: new Date("2024-01-16T00:00:00Z"), datePrecision: "day" as const, location: "Pyongyang",
        status: "published" as const, confidence: 0.9, extractorVersion: "test",
      })),
      select: { id: true },
    });
    await t.db.eventParticipant.createMany({ data: elsewhere.flatMap((e) => people.map((p) => ({ eventId: e.id, personId: p.id, countryCode: p.countryCode }))) });
    const first = await ingestArticle(t.db, wire, { actor: "tester" });
    const moscow = first.events.find((e) => e.type === "meeting" && e.date === "2024-01-16")!;
    expect(elsewhere.map((e) => e.id)).not.toContain(moscow.id);

    const second = await ingestArticle(t.db, otherOutlet, { actor: "tester" });
    expect(second.mergedEventIds).toContain(moscow.id);
    expect(await t.db.eventSource.count({ where: { eventId: { in: elsewhere.map((e) => e.id) } } })).toBe(0);
  });

  it("finds a stay that began before the report's days and reaches them", async () => {
    const choe = await ingestPerson("choe-son-hui");
    const stay = await t.db.event.create({
      data: {
        type: "visit", title: "Choe's stay in Russia", date: new Date("2024-01-10T00:00:00Z"), endDate: new Date("2024-01-20T00:00:00Z"), datePrecision: "day",
        location: "Moscow", status: "published", confidence: 0.9, extractorVersion: "test", participants: { create: [{ personId: choe.id, countryCode: "KP" }] },
      },
    });
    const arrival = {
      title: "Choe in Moscow",
      publishedAt: "2024-01-17",
      url: "https://example.org/test/choe-stay",
      text: "North Korean Foreign Minister Choe Son Hui was in Moscow on January 16 on her visit to Russia, the ministry said.",
    };
    const result = await ingestArticle(t.db, arrival, { actor: "tester" });
    expect(result.events.some((e) => e.type === "visit")).toBe(true);
    expect(result.mergedEventIds).toContain(stay.id);
  });

  async function ingestPerson(slug: string) {
    const entry = getExtractContext().people.find((p) => p.slug === slug)!;
    return t.db.person.create({ data: { slug, name: entry.name, countryCode: entry.country } });
  }

  it("joins a visit implied by a meeting five days after the reported arrival, whichever comes first", async () => {
    const arrival = { title: "Choe arrives in Russia", publishedAt: "2024-10-31", url: "https://example.org/test/arrival", text: "North Korean Foreign Minister Choe Son Hui arrived in Russia on Wednesday, October 30." };
    const audience = { title: "Putin receives Choe", publishedAt: "2024-11-05", url: "https://example.org/test/audience", text: "MOSCOW, November 4 - Vladimir Putin received North Korean Foreign Minister Choe Son Hui in the Kremlin on Monday." };
    for (const order of [[arrival, audience], [audience, arrival]]) {
      await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log RESTART IDENTITY CASCADE`);
      for (const article of order) await ingestArticle(t.db, article, { actor: "tester" });
      const visits = await t.db.event.findMany({ where: { type: "visit" }, include: { sources: true } });
      expect(visits).toHaveLength(1);
      expect(visits[0].sources).toHaveLength(2);
      // The arrival dates the visit; the meeting only stretches it.
      expect([visits[0].date, visits[0].endDate]).toEqual([new Date("2024-10-30T00:00:00Z"), new Date("2024-11-04T00:00:00Z")]);
    }
  });

  it("still joins the arrival to a visit dated by a meeting once a report of her stay on the meeting's day joined it too", async () => {
    const arrival = { title: "Choe arrives in Russia", publishedAt: "2024-10-31", url: "https://example.org/test/arrival", text: "North Korean Foreign Minister Choe Son Hui arrived in Russia on Wednesday, October 30." };
    const audience = { title: "Putin receives Choe", publishedAt: "2024-11-05", url: "https://example.org/test/audience", text: "MOSCOW, November 4 - Vladimir Putin received North Korean Foreign Minister Choe Son Hui in the Kremlin on Monday." };
    const stay = { title: "Choe in Moscow", publishedAt: "2024-11-05", url: "https://example.org/test/stay", text: "North Korean Foreign Minister Choe Son Hui was in Moscow on Monday, November 4." };
    for (const article of [audience, stay, arrival]) await ingestArticle(t.db, article, { actor: "tester" });
    const visits = await t.db.event.findMany({ where: { type: "visit" }, include: { sources: true } });
    expect(visits).toHaveLength(1);
    expect(visits[0].sources).toHaveLength(3);
  });

  it("lets a later day-precise report take over an event first stored from a month-only retrospective", async () => {
    const retrospective = { title: "A year of talks", publishedAt: "2024-12-30", url: "https://example.org/test/review", text: "Sergey Lavrov held talks with Choe Son Hui in Moscow in January, the first of two rounds this year." };
    await ingestArticle(t.db, retrospective, { actor: "tester" });
    await ingestArticle(t.db, wire, { actor: "tester" });
    const january = { gte: new Date("2024-01-01T00:00:00Z"), lte: new Date("2024-01-31T00:00:00Z") };
    const meetings = await t.db.event.findMany({ where: { type: "meeting", date: january }, include: { sources: true } });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ date: new Date("2024-01-16T00:00:00Z"), datePrecision: "day" });
    expect(meetings[0].sources).toHaveLength(2);
  });

  it("joins a month-only report to the best-attested of two events it fits, not to the earlier one", async () => {
    const talks = (day: number, url: string) => ({
      title: `Shoigu in Pyongyang, June ${day}`, publishedAt: `2025-06-${String(day + 1).padStart(2, "0")}`, url,
      text: `Sergei Shoigu held talks with Kim Jong Un in Pyongyang on June ${day}.`,
    });
    await ingestArticle(t.db, talks(4, "https://example.org/test/june-4"), { actor: "tester" });
    for (const n of [1, 2, 3]) await ingestArticle(t.db, { ...talks(17, `https://example.org/test/june-17-${n}`), text: `${talks(17, "").text} Report ${n}.` }, { actor: "tester" });
    const review = { title: "Shoigu's June", publishedAt: "2025-06-30", url: "https://example.org/test/june-review", text: "Sergei Shoigu held talks with Kim Jong Un in Pyongyang in June." };
    const result = await ingestArticle(t.db, review, { actor: "tester" });
    const meeting = result.events.find((e) => e.type === "meeting")!;
    expect(meeting.date).toBe("2025-06-17");
    expect(result.mergedEventIds).toContain(meeting.id);
  });

  it("joins a month-only report to the article's own news when one of the events it fits is", async () => {
    const talks = (day: string, url: string, n: number) => ({
      title: `Shoigu in Pyongyang, June ${day}`, publishedAt: `2025-06-${day}`, url, text: `Sergei Shoigu held talks with Kim Jong Un in Pyongyang on June ${Number(day)}. Report ${n}.`,
    });
    for (const n of [1, 2, 3]) await ingestArticle(t.db, talks("04", `https://example.org/test/own-4-${n}`, n), { actor: "tester" });
    await ingestArticle(t.db, talks("17", "https://example.org/test/own-17", 1), { actor: "tester" });
    const sameDay = { title: "Shoigu back in Pyongyang", publishedAt: "2025-06-18", url: "https://example.org/test/own-review", text: "Sergei Shoigu held talks with Kim Jong Un in Pyongyang this month." };
    const result = await ingestArticle(t.db, sameDay, { actor: "tester" });
    expect(result.events.find((e) => e.type === "meeting")!.date).toBe("2025-06-17");
  });

  it("joins a report naming the head of state with two officials to his audience, not to the officials' talks that day", async () => {
    const report = (n: number, text: string) => ({ title: `Wonsan report ${n}`, publishedAt: "2025-07-13", url: `https://example.org/test/wonsan-${n}`, text });
    // The ministers' talks are stored first, so an older event ranks first among equals.
    await ingestArticle(t.db, report(1, "Sergey Lavrov held talks with Choe Son Hui in Wonsan on Saturday."), { actor: "tester" });
    const audience = await ingestArticle(t.db, report(2, "Kim Jong Un received Sergey Lavrov in Wonsan on Saturday."), { actor: "tester" });
    const all = await ingestArticle(t.db, report(3, "Kim Jong Un received Sergey Lavrov and Choe Son Hui in Wonsan on Saturday."), { actor: "tester" });
    const meetingOf = (r: IngestResult) => r.events.find((e) => e.type === "meeting")!.id;
    expect(meetingOf(all)).toBe(meetingOf(audience));
    expect(all.mergedEventIds).toContain(meetingOf(audience));
    expect(await t.db.event.count({ where: { type: "meeting" } })).toBe(2);
  });

  it("joins talks of 'last week', in a week that ran across two months, to the talks of its last days", async () => {
    const friday = { title: "Lavrov and Choe meet", publishedAt: "2024-11-01", url: "https://example.org/test/last-week-1", text: "Sergey Lavrov held talks with Choe Son Hui in Moscow on Friday." };
    const later = { title: "After the talks", publishedAt: "2024-11-06", url: "https://example.org/test/last-week-2", text: "Choe Son Hui held talks with Sergey Lavrov in Moscow last week, her second trip there this year." };
    const first = await ingestArticle(t.db, friday, { actor: "tester" });
    const second = await ingestArticle(t.db, later, { actor: "tester" });
    const meetingOf = (r: IngestResult) => r.events.find((e) => e.type === "meeting")!.id;
    expect(meetingOf(second)).toBe(meetingOf(first));
    const stored = await t.db.event.findUniqueOrThrow({ where: { id: meetingOf(first) } });
    expect([stored.date.toISOString().slice(0, 10), stored.datePrecision]).toEqual(["2024-11-01", "day"]);
  });

  it("lets a report that names its day claim its event before a vaguer report of the same article takes it", async () => {
    const talks = (day: string, n: number) => ({
      title: `Shoigu in Pyongyang, June ${Number(day)}`, publishedAt: `2025-06-${day}`, url: `https://example.org/test/claim-${day}-${n}`,
      text: `Sergei Shoigu held talks with Kim Jong Un in Pyongyang on June ${Number(day)}. Report ${n}.`,
    });
    for (const n of [1, 2, 3]) await ingestArticle(t.db, talks("04", n), { actor: "tester" });
    await ingestArticle(t.db, talks("17", 1), { actor: "tester" });
    // The month-only "both times" comes first in the text, and would otherwise take the article's own news.
    const recap = {
      title: "Shoigu's June", publishedAt: "2025-06-18", url: "https://example.org/test/claim-recap",
      text: "Sergei Shoigu went to Pyongyang twice in June, meeting Kim Jong Un both times. On Tuesday Shoigu held talks with Kim in Pyongyang.",
    };
    await ingestArticle(t.db, recap, { actor: "tester" });
    const meetings = await t.db.event.findMany({ where: { type: "meeting" }, include: { sources: true }, orderBy: { date: "asc" } });
    expect(meetings.map((m) => [m.date.toISOString().slice(0, 10), m.sources.length])).toEqual([["2025-06-04", 4], ["2025-06-17", 2]]);
  });

  it("lets a report naming both sides claim its event before a one-sided one of the day before takes it", async () => {
    const summit = { title: "Summit at the cosmodrome", publishedAt: "2023-09-14", url: "https://example.org/test/sides-summit", text: "Vladimir Putin and Kim Jong Un held talks at the Vostochny Cosmodrome on Wednesday, September 13." };
    // The welcome at the border names Kim alone; told first, it would have joined the summit a day away.
    const journey = {
      title: "The leader's journey", publishedAt: "2023-09-14", url: "https://example.org/test/sides-journey",
      text: "Kim Jong Un arrived at Khasan Station in Russia on September 12, where he was warmly welcomed by officials of the Primorsky Territory.\n\nThe next day, September 13, Kim Jong Un held talks with Vladimir Putin at the Vostochny Cosmodrome during his visit to Russia.",
    };
    await ingestArticle(t.db, summit, { actor: "tester" });
    const result = await ingestArticle(t.db, journey, { actor: "tester" });
    const talks = await t.db.event.findMany({ where: { type: "meeting", participants: { some: { person: { slug: "vladimir-putin" } } } }, include: { sources: true } });
    expect(talks).toHaveLength(1);
    const own = talks[0].sources.find((s) => s.articleId === result.article.id);
    expect(own?.evidence).toContain("held talks with Vladimir Putin");
  });

  it("publishes directly when asked (trusted bulk loads)", async () => {
    const result = await ingestArticle(t.db, wire, { actor: "tester", publish: true });
    expect(result.events.every((e) => e.status === "published")).toBe(true);
  });
});

describe("when a report makes two stored events one", () => {
  // A year-end summary stores Choe's October trip month-only; the Kremlin audience then implies a trip dated
  // 4 November, which the month does not reach; her arrival on 30 October fits both.
  const summary = { title: "A year of trips", publishedAt: "2024-12-10", url: "https://example.org/test/one-summary", text: "North Korean Foreign Minister Choe Son Hui visited Russia in October 2024, the ministry's yearly summary said." };
  const audience = { title: "Putin sees Choe", publishedAt: "2024-11-05", url: "https://example.org/test/one-audience", text: "Russian President Vladimir Putin received North Korean Foreign Minister Choe Son Hui at the Kremlin on Monday, his spokesman said." };
  const arrival = { title: "Choe lands in Moscow", publishedAt: "2024-10-31", url: "https://example.org/test/one-arrival", text: "North Korean Foreign Minister Choe Son Hui arrived in Moscow on Wednesday for an official visit, the Russian foreign ministry said." };
  const visits = () => t.db.event.findMany({ where: { type: "visit", status: { not: "rejected" } }, include: { sources: true } });

  it("merges them, as the reports in another order would have made one event", async () => {
    for (const article of [arrival, audience, summary]) await ingestArticle(t.db, article, { actor: "tester" });
    expect((await visits()).map((v) => v.sources.length)).toEqual([3]);
    await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log RESTART IDENTITY CASCADE`);

    await ingestArticle(t.db, summary, { actor: "tester" });
    await ingestArticle(t.db, audience, { actor: "tester" });
    expect(await visits()).toHaveLength(2);
    const last = await ingestArticle(t.db, arrival, { actor: "cli:editor" });
    const [visit] = await visits();
    expect(await visits()).toHaveLength(1);
    expect(visit).toMatchObject({ date: new Date("2024-10-30T00:00:00Z"), datePrecision: "day" });
    expect(visit.sources).toHaveLength(3);
    expect(last.events.map((e) => e.id)).toContain(visit.id);
    // The other is rejected into it, and both histories say who merged them and why.
    const merges = await t.db.auditLog.findMany({ where: { action: { in: ["event.merge", "event.merge-into"] } }, orderBy: { id: "asc" } });
    expect(merges.map((m) => [m.action, m.actor])).toEqual([["event.merge", "cli:editor"], ["event.merge-into", "cli:editor"]]);
    expect(merges[0].after).toMatchObject({ reason: `article #${last.article.id} made them one event` });
    const gone = await t.db.event.findUniqueOrThrow({ where: { id: Number(merges[1].entityId) } });
    expect(gone.status).toBe("rejected");
  });

  it("joins a meeting that a first, wrongly placed report kept apart, and keeps the place most reports give", async () => {
    const report = (n: number, city: string) => ({
      title: `Kremlin talks, report ${n}`, publishedAt: "2001-08-05", url: `https://example.org/test/elsewhere-${n}`,
      text: `Vladimir Putin and Kim Jong Il held talks in ${city} on August 4, 2001, officials said. Report ${n}.`,
    });
    // A day later in the other capital is another meeting, whatever the places: it stays apart.
    const nextDay = { title: "Talks the day after", publishedAt: "2001-08-06", url: "https://example.org/test/elsewhere-next", text: "Vladimir Putin and Kim Jong Il held talks in Pyongyang on August 5, 2001, officials said." };
    const meetings = () => t.db.event.findMany({ where: { type: "meeting", status: { not: "rejected" } }, include: { sources: true }, orderBy: { date: "asc" } });
    await ingestArticle(t.db, report(1, "Pyongyang"), { actor: "tester" });
    await ingestArticle(t.db, report(2, "Moscow"), { actor: "tester" });
    expect(await meetings()).toHaveLength(2);
    await ingestArticle(t.db, report(3, "Moscow"), { actor: "tester" });
    await ingestArticle(t.db, nextDay, { actor: "tester" });
    expect((await meetings()).map((m) => [m.date.toISOString().slice(0, 10), m.location, m.sources.length])).toEqual([
      ["2001-08-04", "Moscow", 3],
      ["2001-08-05", "Pyongyang", 1],
    ]);
  });

  it("leaves an event an editor published to the editor", async () => {
    await ingestArticle(t.db, summary, { actor: "tester", publish: true });
    await ingestArticle(t.db, audience, { actor: "tester" });
    await ingestArticle(t.db, arrival, { actor: "tester" });
    expect((await visits()).map((v) => v.status).sort()).toEqual(["draft", "published"]);
    expect(await t.db.auditLog.count({ where: { action: "event.merge" } })).toBe(0);
  });
});

describe("ingestArticles (bulk loads: one transaction for many)", () => {
  const corrected = { ...wire, text: `${wire.text} The ministry later said the talks lasted three hours.` };

  it("gives each article the outcome it would get alone: added, merged, duplicate, new version", async () => {
    const outcomes = await ingestArticles(t.db, [wire, otherOutlet, wire, corrected].map((input) => ({ input })), { actor: "tester" });
    const results = outcomes.map((o) => (o.ok ? o.result : null));
    expect(results.map((r) => r?.status)).toEqual(["added", "added", "duplicate", "new-version"]);
    expect(results[1]!.mergedEventIds.length).toBeGreaterThan(0);
    expect(results[2]!.article.id).toBe(results[0]!.article.id);
    expect(results[2]!.events.map((e) => e.id)).toEqual(results[0]!.events.map((e) => e.id));
    expect(await t.db.article.count()).toBe(3);
    const meetings = await t.db.event.findMany({ where: { type: "meeting", date: new Date("2024-01-16T00:00:00Z") }, include: { sources: true } });
    expect(meetings).toHaveLength(1);
    // The new version's source replaced the old one's: still one source per article version in use, two outlets.
    expect(meetings[0].sources.map((s) => s.articleId).sort()).toEqual([2, 3]);
    expect(await t.db.auditLog.count({ where: { action: { in: ["article.ingest", "article.new-version"] } } })).toBe(3);
  });

  it("fails a bad article alone, before the transaction, and stores the rest", async () => {
    const outcomes = await ingestArticles(t.db, [{ input: wire }, { input: { ...otherOutlet, publishedAt: "someday" } }, { input: { ...otherOutlet, relationship: "kp-us" } }], { actor: "tester" });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, false]);
    expect(outcomes[1].ok ? null : (outcomes[1].error as AppError).message).toMatch(/Publication date/);
    expect(outcomes[2].ok ? null : (outcomes[2].error as AppError).message).toMatch(/Unknown relationship "kp-us"/);
    expect(await t.db.article.count()).toBe(1);
  });

  it("when the shared transaction fails, ingests each article on its own, so only the failing one is lost", async () => {
    const refuse = async (_tx: unknown, result: IngestResult) => {
      if (result.article.title === otherOutlet.title) throw new Error("the caller's record could not be written");
    };
    const third = { ...otherOutlet, title: "A third report", url: "https://example.org/test/third" };
    const outcomes = await ingestArticles(t.db, [wire, otherOutlet, third].map((input) => ({ input, inTransaction: refuse })), { actor: "tester" });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect((await t.db.article.findMany({ orderBy: { id: "asc" } })).map((a) => a.title)).toEqual([wire.title, third.title]);
    const meeting = await t.db.event.findFirstOrThrow({ where: { type: "meeting", date: new Date("2024-01-16T00:00:00Z") }, include: { sources: true } });
    expect(meeting.sources).toHaveLength(2);
  });
});

describe("combineConfidence", () => {
  it("raises confidence with independent reports but counts reprints of one text once", async () => {
    const { combineConfidence } = await import("../events/merge");
    expect(combineConfidence([{ confidence: 0.8, textDigest: "a" }])).toBe(0.8);
    expect(combineConfidence([{ confidence: 0.8, textDigest: "a" }, { confidence: 0.8, textDigest: "a" }])).toBe(0.8);
    expect(combineConfidence([{ confidence: 0.8, textDigest: "a" }, { confidence: 0.8, textDigest: "b" }])).toBe(0.96);
  });
});

const report = (n: number, text: string, publishedAt = "2024-06-20") => ({ title: `Report ${n}`, publishedAt, url: `https://example.org/claims/${n}`, text });

const summitReports = [1, 2, 3, 4, 5].map((n) => report(n, `Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in Pyongyang on Wednesday. Report number ${n}.`));
// One outlet got it wrong: it puts a third leader in the room.
const strayReport = report(9, "Vladimir Putin, Kim Jong Un and Xi Jinping held talks in Pyongyang on Wednesday.");

async function meetingsOn(day: string) {
  const events = await t.db.event.findMany({
    where: { type: "meeting", date: new Date(`${day}T00:00:00Z`) },
    include: { participants: { include: { person: true } }, sources: true },
  });
  return events.map((e) => ({ id: e.id, location: e.location, date: e.date, sources: e.sources.length, people: e.participants.map((p) => p.person.name).sort() }));
}

describe("people and place from the sources' claims", () => {
  it("leaves off a person only one of many reports names, whichever report came first", async () => {
    for (const order of [[strayReport, ...summitReports], [...summitReports, strayReport]]) {
      await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log RESTART IDENTITY CASCADE`);
      for (const article of order) await ingestArticle(t.db, article, { actor: "tester" });
      const meetings = await meetingsOn("2024-06-19");
      expect(meetings).toHaveLength(1);
      expect(meetings[0].sources).toBe(6);
      expect(meetings[0].people).toEqual(["Kim Jong Un", "Vladimir Putin"]);
    }
    // Each source still says what it said, and the History says who left the event and when.
    const stray = await t.db.eventSource.findFirstOrThrow({ where: { article: { url: strayReport.url }, event: { type: "meeting" } } });
    expect(stray.claimedPeople).toHaveLength(3);
    await t.db.$executeRawUnsafe(`TRUNCATE article, event, event_source, event_participant, audit_log RESTART IDENTITY CASCADE`);
    for (const article of [strayReport, ...summitReports]) await ingestArticle(t.db, article, { actor: "tester" });
    const [meeting] = await meetingsOn("2024-06-19");
    const audit = await t.db.auditLog.findMany({ where: { action: "event.add-source", entityId: String(meeting.id) } });
    expect(audit.map((a) => (a.after as { peopleLeft?: string[] }).peopleLeft).filter(Boolean)).toEqual([["xi-jinping"]]);
  });

  it("keeps a person a few reports name while the event has few sources", async () => {
    await ingestArticle(t.db, strayReport, { actor: "tester" });
    await ingestArticle(t.db, summitReports[0], { actor: "tester" });
    expect((await meetingsOn("2024-06-19"))[0].people).toEqual(["Kim Jong Un", "Vladimir Putin", "Xi Jinping"]);
  });

  it("shows the place most reports give, not the first report's", async () => {
    await ingestArticle(t.db, report(1, "Kim Jong Un received Sergei Shoigu in Wonsan on Wednesday.", "2025-06-05"), { actor: "tester" });
    for (const n of [2, 3]) await ingestArticle(t.db, report(n, `Kim Jong Un met Sergei Shoigu in Pyongyang on Wednesday, state media said. Report ${n}.`, "2025-06-05"), { actor: "tester" });
    const [meeting] = await meetingsOn("2025-06-04");
    expect(meeting).toMatchObject({ location: "Pyongyang", sources: 3 });
    const audit = await t.db.auditLog.findMany({ where: { action: "event.add-source", entityId: String(meeting.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => (a.after as { location?: string }).location)).toContain("Pyongyang");
  });
});

describe("an editor's hand edits", () => {
  it("stay when a later report of the event arrives: date, place and people", async () => {
    await ingestArticle(t.db, report(1, "Kim Jong Un received Sergei Shoigu in Wonsan on Wednesday.", "2025-06-05"), { actor: "tester" });
    const [meeting] = await meetingsOn("2025-06-04");
    await updateEvent(t.db, meeting.id, { date: "2025-06-05", datePrecision: "day", location: "Kalma", participants: ["kim-jong-un"] }, "editor-1");
    for (const n of [2, 3]) await ingestArticle(t.db, report(n, `Kim Jong Un met Sergei Shoigu in Pyongyang on Wednesday, state media said. Report ${n}.`, "2025-06-05"), { actor: "tester" });
    const after = await meetingsOn("2025-06-05");
    expect(after).toEqual([expect.objectContaining({ id: meeting.id, location: "Kalma", sources: 3, people: ["Kim Jong Un"] })]);
    expect(await meetingsOn("2025-06-04")).toEqual([]);
  });

  it("do not stop the sources from moving a field the editor did not touch", async () => {
    await ingestArticle(t.db, report(1, "Kim Jong Un received Sergei Shoigu in Wonsan on Wednesday.", "2025-06-05"), { actor: "tester" });
    const [meeting] = await meetingsOn("2025-06-04");
    await updateEvent(t.db, meeting.id, { title: "Kim receives Shoigu" }, "editor-1");
    for (const n of [2, 3]) await ingestArticle(t.db, report(n, `Kim Jong Un met Sergei Shoigu in Pyongyang on Wednesday, state media said. Report ${n}.`, "2025-06-05"), { actor: "tester" });
    expect(await meetingsOn("2025-06-04")).toEqual([expect.objectContaining({ id: meeting.id, location: "Pyongyang", sources: 3 })]);
  });
});
