/**
 * rules-37b: own news the extractor missed. A live page's entry that tells a meeting in the simple past ("10:45 -
 * Lavrov and Choe shook hands") is that day's; "the two men shake hands" is the pair's meeting; a host who "came out to
 * greet him" met him; "shows his guest a bomber" names the guest (never a letter's sender); a later leg's arrival dates what follows it; and a
 * trip implied by one meeting abroad places the next unplaced meeting on it.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

const livePage = (entry: string, background: string) =>
  `09:30 - Good morning. Choe Son Hui landed in Moscow on Tuesday and is due to see Sergey Lavrov today.\n\n${entry}\n\n${background}\n\n14:00 - The talks are over.\n\n15:10 - We are closing this page.`;

describe("a live entry's meeting in the simple past", () => {
  it("is the page's day, not the same pair's earlier talks the page recalls", () => {
    const text = livePage("10:45 - Lavrov and Choe shook hands in front of the cameras before sitting down opposite each other.", "12:00 - On the record: in March Choe spent two days in Moscow and held talks with Lavrov.");
    expect(describeEvents(text, "2024-11-01", "meeting", { sortNames: true })).toEqual([
      "2024-03-01/month Choe Son Hui+Sergey Lavrov Moscow",
      "2024-11-01/day Choe Son Hui+Sergey Lavrov null",
    ]);
  });

  it("near miss: an entry given over to background tells no meeting of the day", () => {
    const text = livePage("10:45 - Background: Lavrov and Choe shook hands in front of the cameras at their first meeting.", "12:00 - On the record: in March Choe spent two days in Moscow and held talks with Lavrov.");
    expect(describeEvents(text, "2024-11-01", "meeting", { sortNames: true })).toEqual(["2024-03-01/month Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("the two men shaking hands", () => {
  it("is the meeting of the pair told before", () => {
    const text = "Putin waited at the door of the hall. Kim Jong Un's car drew up on Wednesday and the two men shook hands.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: two teams shaking hands is no meeting of the leaders watching", () => {
    const text = "Putin and Kim Jong Un watched the match on Wednesday, and afterwards the two teams shook hands.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual([]);
  });
});

describe("a host who came out to greet a guest", () => {
  it("met him", () => {
    const text = "Kim Jong Un reached the cosmodrome on Wednesday. Putin came out to greet him at the door.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: coming out to greet the crowd meets nobody named", () => {
    const text = "Kim Jong Un reached the cosmodrome on Wednesday. Putin came out to greet the crowd at the gate.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual([]);
  });
});

describe("a host showing his guest something", () => {
  it("meets the guest the text was about", () => {
    const text = "Kim Jong Un flew to Vladivostok on Friday.\n\nOn Saturday Sergei Shoigu showed his guest a strategic bomber at the airfield.";
    expect(describeEvents(text, "2023-09-17", "meeting", { sortNames: true })).toEqual(["2023-09-16/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: the guest is never one named only as the sender of a letter", () => {
    const text = "On Wednesday the minister handed Kim Jong Un a letter from Vladimir Putin.\n\nKim Jong Un then showed his guest round the exhibition.";
    expect(describeEvents(text, "2023-07-28", "meeting")).toEqual([]);
  });

  it("near miss: his guests, a crowd, are no one named", () => {
    const text = "Kim Jong Un flew to Vladivostok on Friday.\n\nOn Saturday Sergei Shoigu showed his guests a strategic bomber at the airfield.";
    expect(describeEvents(text, "2023-09-17", "meeting")).toEqual([]);
  });
});

describe("an arrival on a later day of a trip", () => {
  it("dates the undated meeting told after it", () => {
    const text = "Kim Jong Un crossed into Russia on September 12 on a train.\n\nOn September 13 Kim Jong Un arrived at the cosmodrome. Putin greeted him at the gate.";
    expect(describeEvents(text, "2023-09-15", "meeting", { sortNames: true })).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a later day that is no arrival leaves the trip's day as before", () => {
    const text = "Kim Jong Un crossed into Russia on September 12 on a train.\n\nOn September 13 Kim Jong Un toured a museum in the town. Putin greeted him at the gate.";
    expect(describeEvents(text, "2023-09-15", "meeting", { sortNames: true })).toEqual(["2023-09-12/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a trip implied by a meeting abroad", () => {
  it("places the next day's unplaced meeting on it, so the host is not sent abroad", () => {
    const text = "15.09.2023 - Kim Jong Un and Sergey Lavrov hold talks in Vladivostok.\n\n16.09.2023 - Sergei Shoigu shows Kim Jong Un a bomber at an airfield.";
    expect(describeEvents(text, "2023-09-17", "visit", { implied: true })).toEqual(["2023-09-15/day Kim Jong Un Vladivostok (implied)"]);
  });

  it("near miss: with no meeting placed abroad, the head of state is still taken for the host", () => {
    const text = "16.09.2023 - Sergei Shoigu shows Kim Jong Un a bomber at an airfield.";
    expect(describeEvents(text, "2023-09-17", "visit", { implied: true })).toEqual(["2023-09-16/day Sergei Shoigu North Korea (implied)"]);
  });
});
