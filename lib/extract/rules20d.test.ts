/**
 * rules-20 (d): the voice of news-aggregator rewrites — greetings passed on, a session told by its parties' role, a
 * comparison with another encounter, commentators' cities and "further visits". Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("the addressee of greetings", () => {
  it("is no party: 'asked him to pass his regards to President Putin'", () => {
    const text = "Kim Jong Un welcomed Sergey Lavrov in Pyongyang on Monday and asked him to pass his regards to President Vladimir Putin.";
    expect(describeEvents(text, "2024-05-07", "meeting")).toEqual(["2024-05-06/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("still lets a greeted person who is met be a party", () => {
    const text = "Kim Jong Un welcomed Vladimir Putin in Pyongyang on Monday and sent his greetings to the Russian people.";
    expect(describeEvents(text, "2024-05-07", "meeting")).toEqual(["2024-05-06/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a group named by its role as the possessor of another event", () => {
  it("makes no party of 'the foreign ministers' in 'a day after the foreign ministers' session'", () => {
    const text = "Sergey Lavrov and Choe Son Hui met in Wonsan on Saturday. Kim Jong Un received the Russian minister on Sunday, a day after the foreign ministers' session.";
    expect(describeEvents(text, "2025-07-16", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan", "2025-07-13/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("keeps the group when its own talks are the trigger read", () => {
    const text = "Sergey Lavrov arrived in Wonsan on Friday to see Choe Son Hui. After the two ministers' talks on Saturday, Lavrov said the sides had agreed.";
    expect(describeEvents(text, "2025-07-16", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("keeps a named person: 'a call in August, before Putin's meeting with Trump'", () => {
    const text = "Kim Jong Un praised the ties. It followed a telephone call with Kim in August, before Putin's meeting with Donald Trump.";
    expect(describeEvents(text, "2025-09-08", "call")).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a comparison with another encounter and the commentators' city", () => {
  it("takes neither the person compared with nor 'analysts in Tokyo' into a meeting", () => {
    const text = "Kim Jong Un held talks with Xi Jinping on Friday, a meeting that analysts in Tokyo saw as more telling than the encounter with Vladimir Putin.";
    expect(describeEvents(text, "2025-09-06", "meeting")).toEqual(["2025-09-05/day Kim Jong Un+Xi Jinping null"]);
  });

  it("still places a meeting held in a city named with 'in'", () => {
    const text = "Kim Jong Un held talks with Vladimir Putin in Beijing on Wednesday, a meeting that observers called historic.";
    expect(describeEvents(text, "2025-09-05", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });
});

describe("'Further visits could follow'", () => {
  it("is no visit", () => {
    const text = "Further visits could follow, and the Kremlin wants to host Kim Jong Un in Moscow.";
    expect(describeEvents(text, "2025-09-06", "visit")).toEqual([]);
  });

  it("leaves a present-tense visit headline", () => {
    const text = "Kim Jong Un visits Moscow on Tuesday.";
    expect(describeEvents(text, "2025-09-06", "visit")).toEqual(["2025-09-02/day Kim Jong Un Moscow"]);
  });
});

describe("an event compared with", () => {
  it("is told in passing: 'no less cordial than the meeting with Putin in Beijing on Wednesday'", () => {
    const text = "Kim Jong Un met Xi Jinping on Thursday, talks that aides called no less cordial than the meeting with Vladimir Putin in Beijing on Wednesday.";
    expect(describeEvents(text, "2025-09-06", "meeting")).toEqual(["2025-09-04/day Kim Jong Un+Xi Jinping null"]);
  });

  it("leaves a meeting told with 'as' of time", () => {
    const text = "Kim Jong Un met Vladimir Putin in Beijing on Wednesday, just as the parade ended.";
    expect(describeEvents(text, "2025-09-06", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });
});

describe("companions in a line-up", () => {
  it("are no parties of the talks told before: 'the parade, where Kim stood alongside Putin and Xi'", () => {
    const text = "Kim Jong Un held talks with Xi Jinping on Thursday. Officials studied footage of the talks and of the parade, where Kim Jong Un stood alongside Vladimir Putin and Xi Jinping.";
    expect(describeEvents(text, "2025-09-06", "meeting")).toEqual(["2025-09-04/day Kim Jong Un+Xi Jinping null"]);
  });

  it("leaves 'sat down with' a meeting", () => {
    const text = "Kim Jong Un sat down with Vladimir Putin in Beijing on Wednesday.";
    expect(describeEvents(text, "2025-09-06", "meeting")).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });
});

describe("a clause whose named subject follows 'after'", () => {
  it("gives the later verb its own parties: 'The audience with Kim came hours after Lavrov sat down with Choe'", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Wonsan on Saturday. The audience with Kim came hours after Lavrov sat down with his counterpart, Choe Son Hui, at a beach hotel.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual(["2025-07-12/day Kim Jong Un+Sergey Lavrov Wonsan", "2025-07-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("leaves 'before he was received by Kim' as it was", () => {
    const text = "Sergey Lavrov arrived on Friday night and held talks with Choe Son Hui before he was received by Kim Jong Un.";
    expect(describeEvents(text, "2025-07-14", "meeting")).toEqual(["2025-07-11/day Choe Son Hui+Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'The minister ... his negotiations with'", () => {
  it("reads 'his' as the last minister named, not the leader told of since", () => {
    const text = "Sergey Lavrov met Kim Jong Un in Wonsan on Saturday. The North Korean leader spoke at length about his plans. The minister also reviewed the results of his negotiations with Foreign Minister Choe Son Hui, which were held at a beach resort.";
    expect(describeEvents(text, "2025-07-15", "meeting")).toEqual(["2025-07-12/day Kim Jong Un+Sergey Lavrov Wonsan", "2025-07-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("reads 'his' after 'The leader' as the last leader named", () => {
    const text = "Sergey Lavrov met Kim Jong Un in Wonsan on Saturday. The leader also reviewed the results of his negotiations with Vladimir Putin in Beijing in 2023.";
    expect(describeEvents(text, "2025-07-15", "meeting")).toEqual(["2025-07-12/day Kim Jong Un+Sergey Lavrov Wonsan", "2023-01-01/year Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("leaves 'his' after a named subject", () => {
    const text = "Kim Jong Un met Sergey Lavrov in Wonsan on Saturday. Lavrov said on Sunday that his negotiations with Choe Son Hui had gone well.";
    expect(describeEvents(text, "2025-07-15", "meeting")).toEqual(["2025-07-12/day Kim Jong Un+Sergey Lavrov Wonsan"]);
  });
});

describe("'The negotiations themselves got under way on Saturday'", () => {
  const lead = "Russia's foreign minister Sergey Lavrov arrived in North Korea on Friday. The ministry said Lavrov had flown in from Malaysia and that his programme would centre on a round of negotiations with his counterpart, Choe Son Hui.";
  it("are the negotiations announced just before, with their parties", () => {
    const text = `${lead} The negotiations themselves got under way on Saturday in Wonsan, with the two delegations meeting in a hall.`;
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });

  it("leave a plain 'The negotiations got under way' naming no one as it was", () => {
    const text = `${lead} The negotiations got under way on Saturday in Wonsan, with the two delegations meeting in a hall.`;
    expect(describeEvents(text, "2025-07-13", "meeting")).toEqual([]);
  });
});
