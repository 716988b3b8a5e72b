/**
 * rules-31e: welcomes told in other words. "stepping off his plane and being greeted by", "at the airport on Friday,
 * greeted by", "walked him past a line of officials" and "where he was warmly welcomed by" at a station are the
 * arrival's ceremony, not talks. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a welcome off the plane, told with 'being greeted by'", () => {
  it("is no meeting with a greeter who is not his counterpart", () => {
    const text = "Andrei Belousov was filmed stepping off his plane in Pyongyang on Friday and being greeted by Choe Son Hui.";
    expect(describeEvents(text, "2024-11-30", "meeting")).toEqual([]);
  });

  it("near miss: 'being greeted by' the leader at his residence, with no arrival told, is still their meeting", () => {
    const text = "Television pictures showed Andrei Belousov being greeted by Kim Jong Un at his residence in Pyongyang on Friday.";
    expect(describeEvents(text, "2024-11-30", "meeting")).toEqual(["2024-11-29/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });
});

describe("a guest led past a line of officials", () => {
  it("is the welcome, not a tour", () => {
    const text = "Kim Jong Un walked Sergei Shoigu past a line of officials in Pyongyang on Friday.";
    expect(describeEvents(text, "2025-06-07", "meeting")).toEqual([]);
  });

  it("near miss: led past the aircraft on show is still a tour", () => {
    const text = "Kim Jong Un walked Sergei Shoigu past the new fighter jets in Pyongyang on Friday.";
    expect(describeEvents(text, "2025-06-07", "meeting")).toEqual(["2025-06-06/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("', greeted by' after the airport told with the day", () => {
  it("is the arrival's ceremony, and the talks are on their own day", () => {
    const text =
      "Sergey Lavrov walks down the steps of his aircraft at Wonsan airport on Friday evening, greeted by Choe Son Hui. " +
      "The two ministers held talks in Wonsan on Saturday.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });

  it("is the arrival's ceremony after a landing told with the airport", () => {
    const text =
      "Sergey Lavrov landed at Wonsan airport on Friday evening, greeted by Choe Son Hui. " +
      "The two ministers held talks in Wonsan on Saturday.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });

  it("near miss: greeted at a hotel, not at a terminal, they meet that day", () => {
    const text = "Sergey Lavrov walked into a hotel in Wonsan on Friday evening, greeted by Choe Son Hui.";
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-11/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });
});

describe("'where he was warmly welcomed by' at a station", () => {
  it("is no meeting of the traveller alone", () => {
    const text = "The train carrying Kim Jong Un arrived at Khasan station in Russia on Tuesday, where he was warmly welcomed by a Russian minister and local officials.";
    expect(describeEvents(text, "2023-09-13", "meeting")).toEqual([]);
    expect(describeEvents(text, "2023-09-13", "visit")).toEqual(["2023-09-12/day Kim Jong Un Khasan"]);
  });

  it("near miss: warmly welcomed at the station by his counterpart in person starts their talks", () => {
    const text = "The train carrying Kim Jong Un arrived at Khasan station in Russia on Tuesday, where he was warmly welcomed by Vladimir Putin.";
    expect(describeEvents(text, "2023-09-13", "meeting")).toEqual(["2023-09-12/day Kim Jong Un+Vladimir Putin Khasan"]);
  });
});
