/**
 * rules-37b2: a guest shown round by a host, told with a pronoun ("At the dam he was shown around by Belousov"), in a
 * sentence the classifier finds no trigger in; and an undated sentence set at a named site ("At the Zeya plant, ...")
 * that an earlier sentence dated, which is on that day rather than on the day of the sentence just before it; and a
 * leader's epithet with no name ("On Tuesday, the great leader looked round ...") standing for the leader just told of;
 * "By the afternoon he and Kim had held talks" (a pronoun after an opening "By the" time); a traveller who "pulled into"
 * a town aboard a train named with two words before it; and ", the day after Kim arrived" closing a clause whose day
 * was told, which puts the arrival on the day before; and a traveller who "stopped in" a place on his way elsewhere, or
 * "stopped off" there.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a pronoun shown round by a host", () => {
  it("is the guest the text was about, who meets the host", () => {
    const text = "Kim Jong Un toured an aircraft works in Komsomolsk on Friday. Inside the assembly hall, he was shown around by Andrei Belousov.";
    expect(describeEvents(text, "2025-03-23", "meeting", { sortNames: true })).toEqual(["2025-03-21/day Andrei Belousov+Kim Jong Un Russia"]);
  });

  it("near miss: a pronoun standing for a host's own minister, shown round by a colleague, meets no one of the other side", () => {
    const text = "Andrei Belousov toured an aircraft works in Komsomolsk on Friday. Inside the assembly hall, he was shown around by Sergei Shoigu.";
    expect(describeEvents(text, "2025-03-23", "meeting")).toEqual([]);
  });
});

describe("an undated sentence set at a site named before", () => {
  it("is on the day the site was visited, not on the day told just before it", () => {
    const text = "Kim Jong Un visited the Zeya hydroelectric station on Sunday, officials said.\n\nKim Jong Un's train had crossed the border on Saturday. At the Zeya plant, he was shown around by Andrei Belousov.";
    expect(describeEvents(text, "2025-03-24", "meeting", { sortNames: true })).toEqual(["2025-03-23/day Andrei Belousov+Kim Jong Un Russia"]);
  });

  it("near miss: a site of another name takes the paragraph's day", () => {
    const text = "Kim Jong Un visited the Zeya hydroelectric station on Sunday, officials said.\n\nKim Jong Un's train had crossed the border on Saturday. At the Amur plant, he was shown around by Andrei Belousov.";
    expect(describeEvents(text, "2025-03-24", "meeting", { sortNames: true })).toEqual(["2025-03-22/day Andrei Belousov+Kim Jong Un Russia"]);
  });
});

describe("a leader's epithet opening the sentence", () => {
  it("is the leader the text was just about", () => {
    const text = "Kim Jong Un began his visit to Russia on Monday. On Tuesday, the great leader looked round a shipyard in Vladivostok, accompanied by Andrei Belousov.";
    expect(describeEvents(text, "2025-03-27", "meeting", { sortNames: true })).toEqual(["2025-03-25/day Andrei Belousov+Kim Jong Un Russia"]);
  });

  it("near miss: after a minister's sentence it stands for no one", () => {
    const text = "Choe Son Hui began her visit to Moscow on Monday. On Tuesday, the great leader looked round a shipyard, accompanied by Andrei Belousov.";
    expect(describeEvents(text, "2025-03-27", "meeting")).toEqual([]);
  });

  it("near miss: an epithet with 'of' after it is someone else's title", () => {
    const text = "Kim Jong Un began his visit to Russia on Monday. On Tuesday, the great leader of the revolution looked round a shipyard, accompanied by Andrei Belousov.";
    expect(describeEvents(text, "2025-03-27", "meeting")).toEqual([]);
  });
});

describe("a pronoun after an opening 'By the' time", () => {
  it("is the subject just told of", () => {
    const text = "Vladimir Putin's plane landed in Pyongyang before dawn on Wednesday. By the afternoon he and Kim Jong Un had held talks at the guesthouse.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-06-18/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: after a sentence about one of the host's own officials, it brings in no guest named only as a letter's sender", () => {
    const text = "Ri Son Gwon returned to Pyongyang on Wednesday with a letter from Vladimir Putin. By the afternoon he and Kim Jong Un had held talks at the guesthouse.";
    expect(describeEvents(text, "2025-06-20", "meeting").filter((e) => e.includes("Vladimir Putin"))).toEqual([]);
  });
});

describe("pulled into a town aboard a train", () => {
  it("is the traveller's arrival, with two words before 'train'", () => {
    const text = "Kim Jong Un pulled into Vladivostok aboard his dark-green armoured train on Tuesday.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-06-17/day Kim Jong Un Vladivostok"]);
  });

  it("near miss: pulling into a town by car is not read as a train's arrival", () => {
    const text = "Kim Jong Un pulled into Vladivostok aboard his dark-green armoured car on Tuesday.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual([]);
  });
});

describe("', the day after' closing a clause whose day was told", () => {
  it("puts what follows on the day before that day", () => {
    const text = "Kim Jong Un and Vladimir Putin met on Thursday for long talks at the university, the day after Kim Jong Un arrived in Vladivostok.";
    expect(describeEvents(text, "2025-06-21", "visit")).toEqual(["2025-06-18/day Kim Jong Un Vladivostok"]);
  });

  it("near miss: an opening 'The day after' still counts on from the day told", () => {
    const text = "Kim Jong Un and Vladimir Putin held talks in Vladivostok on Thursday. The day after, Kim Jong Un arrived in Khabarovsk.";
    expect(describeEvents(text, "2025-06-21", "visit")).toContain("2025-06-20/day Kim Jong Un Khabarovsk");
  });
});

describe("a stop on a journey", () => {
  it("is a visit to the place, told with the way on", () => {
    const text = "Kim Jong Un stopped in Vladivostok on Tuesday on his way to Moscow.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-06-17/day Kim Jong Un Vladivostok"]);
  });

  it("is a visit to the place, told as 'stopped off'", () => {
    const text = "Kim Jong Un stopped off in Vladivostok on Tuesday.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-06-17/day Kim Jong Un Vladivostok"]);
  });

  it("near miss: something else that stopped in a town is no one's visit", () => {
    const text = "Kim Jong Un said the fighting stopped in Vladivostok on Tuesday.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual([]);
  });
});
