/**
 * rules-33a: a date told as "dated" belongs to the document it follows, not to the act coordinated with it ("the
 * president's signature on one side and a decree of the chairman dated 3 May on the other").
 * A time told inside "before his death" is the death's; officials no name is given for, greeting a guest in a where-clause
 * of a station, are its welcome; a headline's dated visit stands when the body names the visit only by a bare noun;
 * "the speaker" after ", and" is the parliament head just named; "had talk with" someone is talks.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildExtractContext, extractEvents } from "./index";
import { describeEvents, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const testContext = () => buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES);

describe("a date told as 'dated' after a decree", () => {
  it("dates the decree, of the leader named after 'of', and not the signing coordinated before it", () => {
    const text = "The ratification was completed in Moscow with the signing of the law by President Vladimir Putin and in Pyongyang with a decree of Chairman Kim Jong Un dated 12 November 2024.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-12/day Kim Jong Un null"]);
  });

  it("near miss: an act with a day of its own keeps it beside the dated decree", () => {
    const text = "Vladimir Putin signed the ratification law on 10 November, and Kim Jong Un ratified the treaty with a decree dated 12 November.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-10/day Vladimir Putin null", "2024-11-12/day Kim Jong Un null"]);
  });

  it("near miss: a decree alone keeps the day it is dated", () => {
    const text = "Kim Jong Un ratified the treaty with a decree dated 12 November 2024.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-12/day Kim Jong Un null"]);
  });
});

describe("a time told inside 'before his death'", () => {
  it("is the death's, not the meeting's, which keeps its year", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok in 2019, in the last summit the two held before his death that October.";
    expect(describeEvents(text, "2025-10-13", "meeting", { sortNames: true })).toEqual(["2019-01-01/year Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: the month of the summit itself, with no death between, still narrows it", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok in 2019, in the last summit the two held that October.";
    expect(describeEvents(text, "2025-10-13", "meeting", { sortNames: true })).toEqual(["2019-10-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: a month told with the meeting, before the death is named, is still its month", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok in October 2019, a year before his death.";
    expect(describeEvents(text, "2025-10-13", "meeting", { sortNames: true })).toEqual(["2019-10-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("officials no name is given for greeting a guest in a where-clause of a station", () => {
  it("are the arrival's welcome, not a meeting with the leader named before", () => {
    const text = "Vladimir Putin is to hold talks with Kim Jong Un on Thursday. Kim arrived on Tuesday by train after crossing the border at the Khasan station, where local officials greeted him with flowers.";
    expect(describeEvents(text, "2023-09-13", "meeting")).toEqual([]);
  });

  it("near miss: a leader named as the one greeting him there does meet him", () => {
    const text = "Kim Jong Un arrived on Tuesday at the Vostochny Cosmodrome station, where Vladimir Putin greeted him with a long handshake.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual(["2023-09-12/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });
});

describe("a headline's dated visit over a body that names the visit only by a bare noun", () => {
  it("is kept: the body's noun takes no date and stands for no event of its own", () => {
    const title = "Institute issues paper on Lavrov's 11-13 July visit to Wonsan";
    const text = "The institute today released a paper analysing Foreign Minister Sergey Lavrov's visit to North Korea.";
    const events = extractEvents({ title, text, publishedAt: "2025-07-15" }, testContext()).events.filter((e) => e.type === "visit");
    expect(events.map((e) => `${e.date}/${e.datePrecision} ${e.participants.map((p) => p.name).join("+")} ${e.location}`)).toEqual(["2025-07-11/day Sergey Lavrov Wonsan"]);
  });

  it("near miss: a body that dates the visit itself tells it, and the headline only joins it", () => {
    const title = "Institute issues paper on Lavrov's 11-13 July visit to Wonsan";
    const text = "Foreign Minister Sergey Lavrov arrived in Wonsan on 12 July, the institute said in a paper released today.";
    const events = extractEvents({ title, text, publishedAt: "2025-07-15" }, testContext()).events.filter((e) => e.type === "visit");
    expect(events.map((e) => `${e.date}/${e.datePrecision} ${e.participants.map((p) => p.name).join("+")} ${e.location}`)).toEqual(["2025-07-12/day Sergey Lavrov Wonsan"]);
  });
});

describe("'the speaker' opening a clause after ', and'", () => {
  const withSpeakers = buildExtractContext([
    ...TEST_PEOPLE,
    { slug: "vyacheslav-volodin", name: "Vyacheslav Volodin", country: "RU", aliases: ["Volodin"], offices: [{ title: "Chairman of the State Duma", roleKey: "parliament-head", level: "parliament", from: "2016-10-05", to: null }] },
    { slug: "choe-ryong-hae", name: "Choe Ryong Hae", country: "KP", aliases: [], offices: [{ title: "Chairman of the Standing Committee of the Supreme People's Assembly", roleKey: "parliament-head", level: "parliament", from: "2019-04-11", to: null }] },
  ], TEST_COUNTRIES);
  const meetings = (text: string) => extractEvents({ title: "", text, publishedAt: "2025-08-17" }, withSpeakers).events.filter((e) => e.type === "meeting").map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join("+")}`);

  it("is the parliament head named before it, so his second meeting is his own", () => {
    const text = "Kim Jong Un received Volodin on Thursday, and the speaker then held talks with Choe Ryong Hae.";
    expect(meetings(text)).toEqual(["2025-08-14 Kim Jong Un+Vyacheslav Volodin", "2025-08-14 Choe Ryong Hae+Vyacheslav Volodin"]);
  });

  it("near miss: 'the speaker of' another body names someone else, not the head named before", () => {
    const text = "Kim Jong Un received Volodin on Thursday, and the speaker of the city assembly then held talks with Choe Ryong Hae.";
    expect(meetings(text)).not.toContain("2025-08-14 Choe Ryong Hae+Vyacheslav Volodin");
  });
});

describe("a talk 'with' someone, in the singular", () => {
  it("is talks with him", () => {
    const text = "Sergey Lavrov, who came to Pyongyang for the anniversary on Thursday, also had talk with Choe Son Hui.";
    expect(describeEvents(text, "2025-08-16", "meeting", { sortNames: true })).toEqual(["2025-08-14/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a talk of another kind, with no one after it, is no meeting", () => {
    const text = "Sergey Lavrov said on Thursday that he had a talk show in mind for Choe Son Hui.";
    expect(describeEvents(text, "2025-08-16", "meeting")).toEqual([]);
  });
});
