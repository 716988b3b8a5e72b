/**
 * rules-22d: precision and recall of background — "N days after the summit," counted on from the day just named; "last
 * summer" as the year of that season; "Putin's security chief" is not Putin; a trip made "more than once" is no one
 * event; "The trip came N days after X and Y spoke by phone" counted back from the trip; "sitting across the table
 * from X"; a call "between <title> X and <long title> Y held on <day>"; "The next day he held talks"; "the same day"
 * after "the next day"; "The foreign minister" after a sentence naming him; "Eleven days later he was back"; "on that
 * second trip Kim received him"; "went straight into talks with X"; ", and by the evening was sitting across from Y"
 * with the subject of the verb before; ", and Kim has travelled to Russia" after a dated clause.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a sentence opening 'N days after the summit,'", () => {
  it("is that many days after the day its paragraph last named", () => {
    const text = "Kim Jong Un reached Khabarovsk on 4 May 2022 and met Putin there on 5 May. Two days after the Khabarovsk summit, Shoigu took Kim round an aircraft plant.";
    expect(describeEvents(text, "2024-01-10", "meeting")).toEqual(["2022-05-05/day Kim Jong Un+Vladimir Putin null", "2022-05-07/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: with only a month named before, no day is counted", () => {
    const text = "Kim Jong Un met Putin in Khabarovsk in May 2022. Two days after the Khabarovsk summit, Shoigu took Kim round an aircraft plant.";
    expect(describeEvents(text, "2024-01-10", "meeting")).toEqual(["2022-05-01/month Kim Jong Un+Vladimir Putin Khabarovsk", "2022-05-01/month Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("'last summer'", () => {
  it("is the previous year's summer early in the year", () => {
    expect(describeEvents("Putin travelled to Pyongyang last summer for a summit with Kim Jong Un.", "2025-02-10", "visit")).toEqual(["2024-01-01/year Vladimir Putin Pyongyang"]);
  });

  it("is this year's summer late in the year", () => {
    expect(describeEvents("Putin travelled to Pyongyang last summer for a summit with Kim Jong Un.", "2025-11-10", "visit")).toEqual(["2025-01-01/year Vladimir Putin Pyongyang"]);
  });

  it("near miss: in the month right after the summer it could be either, so no date", () => {
    expect(describeEvents("Putin travelled to Pyongyang last summer for a summit with Kim Jong Un.", "2025-09-10", "visit")).toEqual([]);
  });
});

describe("a leader's aide named by the leader's possessive", () => {
  it("'Putin's security chief held talks with Kim' is no meeting of Putin", () => {
    expect(describeEvents("Putin's security chief held talks with Kim Jong Un in Pyongyang on Friday.", "2025-03-24", "meeting")).toEqual([]);
  });

  it("'Kim's top diplomat held talks with Lavrov' is no meeting of Kim", () => {
    expect(describeEvents("Kim Jong Un's top diplomat held talks with Lavrov in Moscow on Friday.", "2025-03-24", "meeting")).toEqual([]);
  });

  it("near miss: the leader himself holding talks is his meeting", () => {
    expect(describeEvents("Putin held talks with Kim Jong Un in Pyongyang on Friday.", "2025-03-24", "meeting")).toEqual(["2025-03-21/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a trip or meeting made 'more than once'", () => {
  it("is no single event, and takes no date from the clause before it", () => {
    expect(describeEvents("Choe Son Hui visited Moscow in May, and Lavrov went to Pyongyang more than once.", "2025-08-10", "visit")).toEqual(["2025-05-01/month Choe Son Hui Moscow"]);
    expect(describeEvents("Lavrov has met Choe Son Hui on more than one occasion this year.", "2025-08-10", "meeting")).toEqual([]);
  });

  it("near miss: a trip made 'once more' is one more trip", () => {
    expect(describeEvents("Choe Son Hui visited Moscow in May, and Lavrov went to Pyongyang once more in June.", "2025-08-10", "visit")).toEqual(["2025-05-01/month Choe Son Hui Moscow", "2025-06-01/month Sergey Lavrov Pyongyang"]);
  });
});

describe("'The trip came N days after X and Y spoke by phone', 'He arrived N days after ...'", () => {
  it("dates the clause's event that many days before the trip told before, with the clause's own parties", () => {
    const trip = "Sergey Lavrov landed in Pyongyang on Wednesday. The trip came three days after Putin and Kim Jong Un spoke by phone.";
    expect(describeEvents(trip, "2025-05-15", "call")).toEqual(["2025-05-11/day Kim Jong Un+Vladimir Putin null"]);
    const arrived = "Sergey Lavrov landed in Pyongyang on Wednesday. He arrived three days after Putin and Kim Jong Un held a telephone conversation.";
    expect(describeEvents(arrived, "2025-05-15", "call")).toEqual(["2025-05-11/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a trip told only by its month gives no day to count from", () => {
    const text = "Sergey Lavrov landed in Pyongyang in May. The trip came three days after Putin and Kim Jong Un spoke by phone.";
    expect(describeEvents(text, "2025-06-15", "call")).toEqual([]);
  });
});

describe("'sitting across the table from X'", () => {
  it("is a meeting with X", () => {
    const text = "Choe Son Hui arrived in Moscow on Monday, and by the afternoon she was sitting across the table from Sergey Lavrov.";
    expect(describeEvents(text, "2025-05-15", "meeting")).toEqual(["2025-05-12/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });

  it("near miss: across the table from a thing named after a person is no meeting", () => {
    const text = "Choe Son Hui arrived in Moscow on Monday, and by the afternoon she was sitting across the table from a portrait of Lavrov.";
    expect(describeEvents(text, "2025-05-15", "meeting")).toEqual([]);
  });
});

describe("a call 'between <title> X and <long title> Y held on <day>'", () => {
  it("takes the day written right after the last party, however long the titles", () => {
    const text = "Lavrov arrived on 14 May. The trip follows a phone conversation between President Vladimir Putin and the General Secretary of the Workers' Party of Korea Kim Jong Un held on 12 May.";
    expect(describeEvents(text, "2025-05-15", "call")).toEqual(["2025-05-12/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a day in a clause set off after the parties is not the call's", () => {
    const text = "Lavrov arrived on 14 May. The trip follows a phone conversation between President Vladimir Putin and the General Secretary of the Workers' Party of Korea Kim Jong Un, which aides had prepared for weeks before 12 May.";
    expect(describeEvents(text, "2025-05-15", "call")).toEqual([]);
  });
});

describe("'The next day he held talks'", () => {
  it("tells talks held on the day after, not planned ones", () => {
    const text = "Sergey Lavrov flew into Pyongyang on 3 March. The next day he held talks with Choe Son Hui.";
    expect(describeEvents(text, "2025-03-10", "meeting")).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: 'the next summit' is still one to come", () => {
    expect(describeEvents("Choe Son Hui praised the next summit between Putin and Kim Jong Un on 3 March.", "2025-03-10", "meeting")).toEqual([]);
  });
});

describe("'the same day' after 'the next day' in one sentence", () => {
  it("is the day just counted", () => {
    const text = "Sergey Lavrov flew into Pyongyang on 3 March. The next day he held talks with Choe Son Hui, and Kim Jong Un received him the same day.";
    expect(describeEvents(text, "2025-03-10", "meeting")).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov null", "2025-03-04/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: after a day written out, it is that day", () => {
    const text = "Sergey Lavrov flew into Pyongyang on 3 March and held talks with Choe Son Hui, and Kim Jong Un received him the same day.";
    expect(describeEvents(text, "2025-03-10", "meeting")).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov null", "2025-03-03/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("'The foreign minister' opening the sentence after one naming him", () => {
  it("is the person just named, who holds that office", () => {
    expect(describeEvents("Then it was Sergey Lavrov's turn. The foreign minister landed in Pyongyang on 3 March.", "2025-03-10", "visit")).toEqual(["2025-03-03/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a person of another office is not him", () => {
    expect(describeEvents("Then it was Andrei Belousov's turn. The foreign minister landed in Pyongyang on 3 March.", "2025-03-10", "visit")).toEqual([]);
  });
});

describe("'Eleven days later he was back'", () => {
  it("counts on from the day before, with 'he' the traveller", () => {
    const text = "Sergei Shoigu flew into Pyongyang on 2 April. Eleven days later he was back in Pyongyang.";
    expect(describeEvents(text, "2025-05-10", "visit")).toEqual(["2025-04-02/day Sergei Shoigu Pyongyang", "2025-04-13/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'a few days later' gives no day, and no second trip of its own", () => {
    const text = "Sergei Shoigu flew into Pyongyang on 2 April. A few days later he was back in Pyongyang.";
    expect(describeEvents(text, "2025-05-10", "visit")).toEqual(["2025-04-02/day Sergei Shoigu Pyongyang"]);
  });
});

describe("'...; on that second trip Kim received him again'", () => {
  it("is a meeting on the trip's day", () => {
    const text = "Sergei Shoigu flew into Pyongyang on 2 April. Eleven days later he was back; on that second trip Kim Jong Un received him again.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual(["2025-04-13/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: a clause with a date of its own keeps it", () => {
    const text = "Sergei Shoigu flew into Pyongyang on 2 April. Eleven days later he was back; on that second trip Kim Jong Un had received him in May.";
    expect(describeEvents(text, "2025-06-10", "meeting")).toEqual(["2025-05-01/month Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("'went straight into talks with X'", () => {
  it("is a meeting with X", () => {
    expect(describeEvents("Sergey Lavrov flew into Pyongyang on Monday and went straight into talks with Choe Son Hui.", "2025-03-12", "meeting")).toEqual(["2025-03-10/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: going straight into a building with aides is none", () => {
    expect(describeEvents("Sergey Lavrov flew into Pyongyang on Monday and went straight into the hotel with his aides.", "2025-03-12", "meeting")).toEqual([]);
  });
});

describe("', and by the evening was sitting across from Y': the elided subject", () => {
  it("is the subject of the verb before, not the person of the opening phrase", () => {
    const text = "Welcomed at the airport by his counterpart, Choe Son Hui, Sergey Lavrov held talks with her on Monday, and by the evening was sitting across from Kim Jong Un.";
    expect(describeEvents(text, "2025-03-12", "meeting")).toEqual(["2025-03-10/day Choe Son Hui+Sergey Lavrov null", "2025-03-10/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("keeps both of a subject joined by 'and'", () => {
    const text = "Sergey Lavrov and Sergei Shoigu flew into Pyongyang on Monday, and in the evening were received by Kim Jong Un.";
    expect(describeEvents(text, "2025-03-12", "meeting")).toEqual(["2025-03-10/day Kim Jong Un+Sergei Shoigu+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a clause with a subject of its own takes none", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui on Monday, and by the evening Kim Jong Un was sitting across from Sergei Shoigu.";
    expect(describeEvents(text, "2025-03-12", "meeting")).toEqual(["2025-03-10/day Choe Son Hui+Sergey Lavrov null", "2025-03-10/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("', and Kim has travelled to Russia' after a dated clause", () => {
  it("takes neither that clause's date nor the report's: a present perfect of its own subject tells no one time", () => {
    const text = "Lavrov met Choe Son Hui in Moscow on Monday.\n\nPutin visited Pyongyang in June 2024, and Kim Jong Un has travelled to Russia's Far East.";
    expect(describeEvents(text, "2025-03-12", "visit")).toEqual(["2025-03-10/day Choe Son Hui Moscow (implied)", "2024-06-01/month Vladimir Putin Pyongyang"]);
  });

  it("near miss: a simple past joined by 'and' still shares the date", () => {
    const text = "Lavrov met Choe Son Hui in Moscow on Monday.\n\nPutin visited Pyongyang in June 2024, and Kim Jong Un travelled to Russia's Far East.";
    expect(describeEvents(text, "2025-03-12", "visit")).toEqual(["2025-03-10/day Choe Son Hui Moscow (implied)", "2024-06-01/month Vladimir Putin Pyongyang", "2024-06-01/month Kim Jong Un Russia"]);
  });
});
