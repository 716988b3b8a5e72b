/**
 * rules-31s: a leader's plane "came down" at a place is its landing, and Pyongyang's Sunan airport is in Pyongyang —
 * "Putin's aircraft came down at Sunan airport on Wednesday" tells Putin's arrival in Pyongyang that day.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a plane that came down at a place", () => {
  it("is its passenger's arrival there", () => {
    const text = "Sergei Shoigu's plane came down in Pyongyang late on Thursday, an hour behind the announced time.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-20/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: something else that came down in a city is no arrival", () => {
    const text = "Sergei Shoigu said on Thursday that food prices came down in Pyongyang after the harvest.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });
});

describe("Sunan airport", () => {
  it("places a landing there in Pyongyang", () => {
    const text = "Sergey Lavrov touched down at Sunan airport on Monday for two days of talks.";
    expect(describeEvents(text, "2025-05-14", "visit")).toEqual(["2025-05-12/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a landing at an airport not named stays unplaced", () => {
    const text = "Sergey Lavrov touched down at the airport on Monday for two days of talks.";
    expect(describeEvents(text, "2025-05-14", "visit")).toEqual([]);
  });
});

describe("pictures that show one leader greeting another", () => {
  it("tell the greeting, a meeting of the two", () => {
    const text = "Pool pictures show Sergei Shoigu greeting Kim Jong Un at the garrison today.";
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-22/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: pictures of a greeting of the crowd tell no meeting with the person quoted", () => {
    const text = "Pool pictures show Sergei Shoigu greeting the crowd at the airfield today, Kim Jong Un said.";
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual([]);
  });
});

describe("pictures of a welcome at the plane", () => {
  it("near miss: 'footage showed Choe greeting Lavrov on the tarmac' is the arrival's welcome, no meeting", () => {
    const text = "Sergey Lavrov flew into Pyongyang on Friday. State television footage showed Choe Son Hui greeting Lavrov on the tarmac of the airport.";
    expect(describeEvents(text, "2025-07-12", "meeting")).toEqual([]);
  });
});
