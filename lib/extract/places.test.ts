import { describe, it, expect } from "vitest";
import { findPlaceByName, findPlaces } from "./places";

describe("findPlaces", () => {
  it("maps sites to their city and country and records the preposition", () => {
    const places = findPlaces("They met at the Kremlin after talks in Pyongyang and a visit to the Vostochny Cosmodrome.");
    expect(places.map((p) => [p.name, p.country, p.preposition])).toEqual([
      ["Moscow", "RU", "at"],
      ["Pyongyang", "KP", "in"],
      ["Vostochny Cosmodrome", "RU", "to"],
    ]);
  });
  it("reads 'the North Korean capital' as Pyongyang and marks attributive use", () => {
    const [capital] = findPlaces("He arrived in the North Korean capital.");
    expect(capital).toMatchObject({ name: "Pyongyang", preposition: "in" });
    const [moscow] = findPlaces("The Moscow talks ended.");
    expect(moscow.attributive).toBe(true);
  });
  it("knows the main Chinese sites, for the North Korea–China and Russia–China pairs", () => {
    expect(findPlaces("Talks at the Great Hall of the People followed a stop in Dandong.").map((p) => [p.name, p.country])).toEqual([
      ["Beijing", "CN"],
      ["Dandong", "CN"],
    ]);
    expect(findPlaces("He flew to the Chinese capital.")[0]).toMatchObject({ name: "Beijing", preposition: "to" });
  });
  it("does not take 'according to the Kremlin' for a location", () => {
    expect(findPlaces("The two spoke, according to the Kremlin.")).toEqual([]);
  });
});

describe("findPlaceByName", () => {
  it("resolves a dateline city", () => {
    expect(findPlaceByName("Pyongyang")).toEqual({ name: "Pyongyang", country: "KP", kind: "city" });
    expect(findPlaceByName("Atlantis")).toBeNull();
  });
});
