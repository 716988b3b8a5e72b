/**
 * rules-21c: demo precision — the record of an exchange of instruments is no agreement; a stopover on the way to
 * another city is no visit. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a protocol on the exchange of instruments", () => {
  it("is a step of the entry into force, not an agreement", () => {
    const text = "The two sides swapped the instruments of ratification in Pyongyang on Tuesday. The protocol on the exchange was signed by Russian Deputy Foreign Minister Andrei Rudenko.";
    expect(describeEvents(text, "2024-12-05", "agreement")).toEqual([]);
    const spelled = "A protocol on the exchange of instruments of ratification was signed on Tuesday by Andrei Rudenko.";
    expect(describeEvents(spelled, "2024-12-05", "agreement")).toEqual([]);
  });

  it("near miss: a protocol on the exchange of students is an agreement", () => {
    const text = "The protocol on the exchange of students was signed by Russian Deputy Foreign Minister Andrei Rudenko on Tuesday.";
    expect(describeEvents(text, "2024-12-05", "agreement")).toEqual(["2024-12-03/day Andrei Rudenko null"]);
  });
});

describe("a meeting during a stopover", () => {
  it("tells no visit to the city of the stopover", () => {
    const text = "North Korean Vice Foreign Minister Pak Myong Ho held talks with Russian Deputy Foreign Minister Andrei Rudenko in Moscow on Monday during a brief stopover on his way to Minsk.";
    expect(describeEvents(text, "2024-09-19", "visit")).toEqual([]);
    expect(describeEvents(text, "2024-09-19", "meeting")).toEqual(["2024-09-16/day Andrei Rudenko+Pak Myong Ho Moscow"]);
  });

  it("near miss: the same talks without a stopover still tell the guest's visit", () => {
    const text = "North Korean Vice Foreign Minister Pak Myong Ho held talks with Russian Deputy Foreign Minister Andrei Rudenko in Moscow on Monday.";
    expect(describeEvents(text, "2024-09-19", "visit")).toEqual(["2024-09-16/day Pak Myong Ho Moscow (implied)"]);
  });
});

describe("'The delegation arrived on <day>' after a traveller who went with a delegation", () => {
  it("dates the traveller's trip by the delegation's arrival", () => {
    const text = "Sergei Shoigu has spent this week in Pyongyang with a delegation of defence officials.\n\nThe delegation arrived on Monday. On Tuesday Shoigu toured an arms factory.";
    expect(describeEvents(text, "2023-12-15", "visit")).toEqual(["2023-12-11/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: with no delegation led by him, the arrival is not his and the trip keeps its vague date", () => {
    const text = "Sergei Shoigu has spent this week in Pyongyang.\n\nThe delegation arrived on Monday.";
    expect(describeEvents(text, "2023-12-15", "visit")).toEqual(["2023-12-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("'the two co-chairs'", () => {
  it("are the pair who chaired the session told just before", () => {
    const text = "The commission met in Pyongyang on Tuesday, co-chaired by Sergey Lavrov and Choe Son Hui. The two co-chairs signed the protocol the next day.";
    expect(describeEvents(text, "2024-11-22", "agreement")).toEqual(["2024-11-20/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a signing the co-chairs are only due to make is no agreement yet", () => {
    const text = "The commission met in Pyongyang on Tuesday, co-chaired by Sergey Lavrov and Choe Son Hui. The two co-chairs are due to sign the protocol next month.";
    expect(describeEvents(text, "2024-11-22", "agreement")).toEqual([]);
  });
});

describe("a session 'chaired jointly with' the other side's chair", () => {
  it("is a meeting with the co-chair the article named before, on the day owning the session", () => {
    const text = "Sergey Lavrov, the commission's Russian co-chair, reached Pyongyang on Monday. Tuesday's session, its ninth, was chaired jointly with Choe Son Hui and lasted four hours.";
    expect(describeEvents(text, "2024-05-16", "meeting")).toEqual(["2024-05-14/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: with no co-chair named before, the session has no second party and gives no meeting", () => {
    const text = "Sergey Lavrov reached Pyongyang on Monday. Tuesday's session, its ninth, was chaired jointly with Choe Son Hui and lasted four hours.";
    expect(describeEvents(text, "2024-05-16", "meeting")).toEqual([]);
  });
});

describe("a meeting that 'ended with the signing of' a document", () => {
  it("gives the signing the meeting's parties and day", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Tuesday; the talks ended with the signing of a consular protocol.";
    expect(describeEvents(text, "2024-05-16", "agreement")).toEqual(["2024-05-14/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: talks that 'ended without the signing' of it sign nothing", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Tuesday; the talks ended without the signing of a consular protocol.";
    expect(describeEvents(text, "2024-05-16", "agreement")).toEqual([]);
  });
});

describe("'held talks with X before being taken to see Y'", () => {
  it("is two meetings: the talks with X and the guest's meeting with Y", () => {
    const text = "Choe Son Hui flew into Moscow on Monday and held talks with Sergey Lavrov before being taken to see Vladimir Putin.";
    expect(describeEvents(text, "2024-05-16", "meeting")).toEqual(["2024-05-13/day Choe Son Hui+Sergey Lavrov null", "2024-05-13/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("near miss: taken to see a place, the talks stay the one meeting", () => {
    const text = "Choe Son Hui flew into Moscow on Monday and held talks with Sergey Lavrov before being taken to see the Kremlin Armoury.";
    expect(describeEvents(text, "2024-05-16", "meeting")).toEqual(["2024-05-13/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a dated meeting of officials named only by their countries", () => {
  const lead = "Senior diplomats of Russia, China and North Korea held three-way consultations in Beijing on Thursday.\n\n";
  it("is named by a later undated mention whose parties come from just those countries", () => {
    const text = lead + "Chinese Vice Foreign Minister Sun Weidong hosted Sergey Lavrov and Choe Son Hui. On Wednesday Lavrov had held separate talks with Choe.";
    expect(describeEvents(text, "2024-05-17", "meeting")).toEqual(["2024-05-16/day Choe Son Hui+Sergey Lavrov+Sun Weidong Beijing", "2024-05-15/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a mention of just two of the three countries' officials stays the pair's own meeting", () => {
    const text = lead + "On Wednesday Lavrov had held separate talks with Choe Son Hui.";
    expect(describeEvents(text, "2024-05-17", "meeting")).toEqual(["2024-05-15/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'the two <field> ministries signed'", () => {
  it("signs through the ministers of that field the article names", () => {
    const text = "Sergey Lavrov received Choe Son Hui in Moscow on Tuesday. At the talks the two foreign ministries signed a plan of consultations for 2025.";
    expect(describeEvents(text, "2024-05-16", "agreement")).toEqual(["2024-05-14/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: with no minister of that field named, the ministries' signing has no party", () => {
    const text = "Sergey Lavrov received Choe Son Hui in Moscow on Tuesday. At the talks the two defence ministries signed a plan of exchanges for 2025.";
    expect(describeEvents(text, "2024-05-16", "agreement")).toEqual([]);
  });
});
