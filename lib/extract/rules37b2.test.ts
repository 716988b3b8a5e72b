/**
 * rules-37b2: a guest shown round by a host, told with a pronoun ("At the dam he was shown around by Belousov"), in a
 * sentence the classifier finds no trigger in; and an undated sentence set at a named site ("At the Zeya plant, ...")
 * that an earlier sentence dated, which is on that day rather than on the day of the sentence just before it; and a
 * leader's epithet with no name ("On Tuesday, the great leader looked round ...") standing for the leader just told of.
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
