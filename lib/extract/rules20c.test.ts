/**
 * rules-20 (c): shapes that made false events in blind reports of the treaty's ratification, a foreign minister's
 * autumn trip, a leader's train journey and a security chief's visit. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a passive welcome on arrival", () => {
  it("is no meeting when the welcome is told 'on arrival' by officials", () => {
    const text = "Choe Son Hui landed in Moscow on Monday. She was welcomed on arrival by a deputy foreign minister and embassy staff.";
    expect(describeEvents(text, "2024-03-12", "meeting")).toEqual([]);
  });

  it("is no meeting when the airport or station stands before the verb", () => {
    const text = "Sergey Lavrov flew into Pyongyang on Tuesday. At the airfield the Russian minister was greeted by Ri Son Gwon, who handed him flowers.";
    expect(describeEvents(text, "2024-03-13", "meeting")).toEqual([]);
    const text2 = "Kim Jong Un's train reached Russia on Monday, and at the border station the leader was met with bread and salt by Sergei Shoigu.";
    expect(describeEvents(text2, "2024-03-13", "meeting")).toEqual([]);
  });

  it("still reads talks told with the welcome", () => {
    const text = "Sergey Lavrov flew into Pyongyang on Tuesday. At the airport he was greeted by Choe Son Hui, and the two ministers held talks later that day.";
    expect(describeEvents(text, "2024-03-13", "meeting")).toEqual(["2024-03-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("still reads a host meeting the guest in the active voice", () => {
    const text = "Kim Jong Un met Sergei Shoigu at the station on Tuesday and the two held talks on board the train.";
    expect(describeEvents(text, "2024-03-13", "meeting")).toEqual(["2024-03-12/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a passive welcome by the guest's counterpart", () => {
  it("stays their meeting: 'is greeted by his counterpart upon his arrival'", () => {
    const text = "Russian Foreign Minister Sergey Lavrov (C) is greeted by North Korean Foreign Minister Choe Son Hui upon his arrival at Pyongyang airport, North Korea, March 3, 2025, in this handout photo.";
    expect(describeEvents(text, "2025-03-04", "meeting").map((x) => x.replace(/ [^ ]+$/, ""))).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov"]);
  });
});

describe("a when-clause after 'since DATE'", () => {
  it("takes the since date, not the main clause's day", () => {
    const text = "Friday's talks were the first at the level of leaders since 13 September 2023, when Kim Jong Un met Vladimir Putin at a spaceport in the Amur region.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("leaves a main clause's own verb with its day", () => {
    const text = "Kim Jong Un met Vladimir Putin on Friday, their first talks since 13 September 2023.";
    expect(describeEvents(text, "2025-05-10", "meeting")[0]).toBe("2025-05-09/day Kim Jong Un+Vladimir Putin null");
  });
});

describe("a timeline's bare 'the two' before a verb", () => {
  it("stands for the pair of the entry before", () => {
    const text = "2018\n\nMarch 2 - Sergey Lavrov and Ri Son Gwon hold talks in Moscow.\n\n2019\n\nMay 7 - The two meet again, this time in Pyongyang.";
    expect(describeEvents(text, "2024-12-05", "meeting")).toEqual(["2018-03-02/day Ri Son Gwon+Sergey Lavrov Moscow", "2019-05-07/day Ri Son Gwon+Sergey Lavrov Pyongyang"]);
  });

  it("leaves 'the two countries' to the noun", () => {
    const text = "March 2 - Sergey Lavrov and Ri Son Gwon hold talks in Moscow. The two countries signed a visa agreement in 2019.";
    expect(describeEvents(text, "2024-12-05", "meeting")).toEqual(["2024-03-02/day Ri Son Gwon+Sergey Lavrov Moscow"]);
  });
});

describe("a timeline's entry of decades ago", () => {
  it("tells the meeting, not a trip dated by it", () => {
    const text = "Key dates in the two countries' ties:\n\n2001\n\nMay 3 - Vladimir Putin and Kim Jong Un hold talks in Moscow.";
    expect(describeEvents(text, "2024-12-05", "visit")).toEqual([]);
    expect(describeEvents(text, "2024-12-05", "meeting")).toEqual(["2001-05-03/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("still sends the guest on the trip in an entry of the year", () => {
    const text = "Key dates of the year:\n\n2024\n\nMay 3 - Vladimir Putin and Kim Jong Un hold talks in Moscow.";
    expect(describeEvents(text, "2024-12-05", "visit")).toEqual(["2024-05-03/day Kim Jong Un Moscow (implied)"]);
  });
});

describe("the steps of a ratification", () => {
  it("reads a referral 'for ratification' as no vote", () => {
    const text = "Vladimir Putin sent the treaty to the State Duma for ratification on May 2, a week before the vote.";
    expect(describeEvents(text, "2024-05-20", "ratification")).toEqual([]);
  });

  it("still reads the Duma's own vote", () => {
    const text = "Vladimir Putin sent the treaty to the State Duma, which ratified it on May 9.";
    expect(describeEvents(text, "2024-05-20", "ratification")).toEqual(["2024-05-09/day  null"]);
  });

  it("dates each chamber of a list after a dash, not by the leader's signing", () => {
    const text = "Vladimir Putin signed the ratification law on Friday, after both chambers approved it -- the State Duma on May 8 and the Federation Council last Wednesday.";
    expect(describeEvents(text, "2024-05-20", "ratification")).toEqual(["2024-05-17/day Vladimir Putin null", "2024-05-08/day  null", "2024-05-15/day  null"]);
  });

  it("reads 'signed the treaty into law' as the head of state's ratification, not a signing", () => {
    const text = "Vladimir Putin on Friday signed the partnership treaty into law.";
    expect(describeEvents(text, "2024-05-20", "ratification")).toEqual(["2024-05-17/day Vladimir Putin null"]);
    expect(describeEvents(text, "2024-05-20", "agreement")).toEqual([]);
  });

  it("still reads the leaders' signing of the treaty", () => {
    const text = "Vladimir Putin and Kim Jong Un signed the partnership treaty in Pyongyang on Friday.";
    expect(describeEvents(text, "2024-05-20", "agreement")).toEqual(["2024-05-17/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'later that day' after a day named in the same paragraph", () => {
  it("is that day, even long before the report", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov on Monday.\n\nMarch 2, 2023 — Choe and Lavrov at talks in Moscow. Later that day she was received by Putin.";
    expect(describeEvents(text, "2024-11-08", "meeting")).toContain("2023-03-02/day Choe Son Hui+Vladimir Putin null");
  });

  it("still opens a new paragraph on the report's day", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov on Monday, November 4.\n\nThe two first met in March 2023 and again on 2 June 2023.\n\nLater that day, she was received by Putin.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toContain("2024-11-05/day Choe Son Hui+Vladimir Putin null");
  });
});

describe("'their' and 'they' after a pair named in the sentence", () => {
  it("are the pair of the clause, not that of the sentences before", () => {
    const text = "Vladimir Putin received Choe Son Hui on Monday. Putin and Choe shook hands in the Kremlin. Putin's last meeting with Kim Jong Un was their summit in Pyongyang in June, where they signed the treaty.";
    expect(describeEvents(text, "2024-11-05", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("still stand for the pair of the sentence before when the sentence names one person", () => {
    const text = "Vladimir Putin received Choe Son Hui on Monday. It was their second meeting this year, and they discussed the treaty.";
    expect(describeEvents(text, "2024-11-05", "meeting")).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin null"]);
  });
});

describe("a photo caption's heading", () => {
  it("dates the caption's event even when its verb sits in an 'after' clause", () => {
    const text = "Sergei Shoigu was in Pyongyang this week. Photos below.\n\nFILE — PYONGYANG, May 12, 2023 — Kim Jong Un and Vladimir Putin exchange copies of the treaty after signing it.";
    expect(describeEvents(text, "2025-06-06", "agreement")).toEqual(["2023-05-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("leaves a plain dash clause its own date", () => {
    const text = "Kim Jong Un received Sergei Shoigu on Monday — they first met in July 2023.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-02/day Kim Jong Un+Sergei Shoigu null", "2023-07-01/month Kim Jong Un+Sergei Shoigu null"]);
  });

  it("makes no owner of the talks of a name before 'before their talks'", () => {
    const text = "Kim Jong Un shook hands with Shoigu before their talks on June 4.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-04/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a pair that 'talked' with its time after the verb", () => {
  it("is a meeting", () => {
    const text = "Kim Jong Un and Vladimir Putin talked on Wednesday at a guesthouse for more than two hours.";
    expect(describeEvents(text, "2025-09-08", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("is nothing when they talked about something", () => {
    const text = "Kim Jong Un and Vladimir Putin talked about the war on Wednesday.";
    expect(describeEvents(text, "2025-09-08", "meeting")).toEqual([]);
  });
});
