/**
 * rules-36g (in rules36h.test.ts): a gallery's numbered caption dated in figures, day first ("on 18/11/2014",
 * "18.11.2014"), dates what it shows as one dated by a month's name does, so it is kept as the story and not dropped
 * as a credit line; the one sent, named by the surname alone before an apposition, is the traveller
 * ("Kim sent Choe, then his aide, to Moscow"); a headline that joins two countries by a dash ("the Moscow–Pyongyang line")
 * names the article's pair though the body names a third more often. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a numbered caption dated in figures", () => {
  it("tells the meeting it shows (slashes)", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow on 21/10/2024. The talks ran past midnight.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting", { sortNames: true })).toEqual(["2024-10-21/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("tells the meeting it shows (dots)", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow on 21.10.2024. The talks ran past midnight.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting", { sortNames: true })).toEqual(["2024-10-21/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: the same caption with no day stays a credit line", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow. The talks ran past midnight.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting")).toEqual([]);
  });

  it("near miss: a run of figures that is no day dates nothing", () => {
    const text = [
      "A gallery from the envoy's trip.",
      "Photo 2 of 5: Sergey Lavrov shakes hands with Choe Son Hui in Moscow, archive no. 21/10/20245. The talks ran long.",
    ].join("\n\n");
    expect(describeEvents(text, "2024-10-23", "meeting")).toEqual([]);
  });
});

describe("one sent, named by the surname alone", () => {
  it("before an apposition's comma, is the traveller", () => {
    const text = "Choe Son Hui was then a vice minister.\n\nIn November 2019, Kim Jong Un sent Choe, his most trusted aide, to Moscow with a letter.";
    expect(describeEvents(text, "2021-04-26", "visit")).toEqual(["2019-11-01/month Choe Son Hui Moscow"]);
  });

  it("near miss: a surname sent with a comma that opens no apposition is no traveller", () => {
    const text = "In November 2019, Kim Jong Un sent Choe, Putin and Xi Jinping letters to Moscow and Beijing.";
    expect(describeEvents(text, "2021-04-26", "visit")).toEqual([]);
  });

  it("near miss: a leader sent a thing goes nowhere", () => {
    const text = "In November 2014, Kim Jong Un sent Putin a letter to read before the talks in Moscow.";
    expect(describeEvents(text, "2019-04-26", "visit")).toEqual([]);
  });
});

describe("a headline joining two countries by a dash", () => {
  it("names the pair whose leaders 'the two leaders' are, though the body names a third country more", () => {
    const text = "Winter on the Moscow–Pyongyang line\n\nOn Oct. 3 the two leaders met in Beijing after China's parade, and China's ministers watched.";
    expect(describeEvents(text, "2025-12-20", "meeting", { sortNames: true })).toEqual(["2025-10-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: a headline naming the two countries without the dash leaves the body's count", () => {
    const text = "Winter for Moscow and for Pyongyang\n\nOn Oct. 3 the two leaders met in Beijing after China's parade, and China's ministers watched.";
    expect(describeEvents(text, "2025-12-20", "meeting", { sortNames: true })).not.toEqual(["2025-10-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });
});
