/**
 * rules-33j: own news of the newest articles that went unread — a meeting told as "sat down in <place> with" a
 * person, the place of the talks standing between the verb and its party ("the minister sat down in Moscow with his
 * counterpart").
 * "Asia brief: Xi keeps his post, Kim ratifies Moscow pact": a digest's headline adds no third country's leader to the
 * pair's event the body tells.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildExtractContext, extractEvents } from "./index";
import { describeEvents, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

describe("sat down in a place with a person", () => {
  it("is a meeting with that person there", () => {
    const text = "Sergey Lavrov sat down in Pyongyang with Choe Son Hui on Tuesday to prepare the summit.";
    expect(describeEvents(text, "2024-12-06", "meeting", { sortNames: true })).toEqual(["2024-12-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("takes a second party joined by 'and then with'", () => {
    const text = "A week ago today, Sergey Lavrov sat down in Pyongyang with his North Korean counterpart, Choe Son Hui, and then with Kim Jong Un.";
    expect(describeEvents(text, "2024-12-06", "meeting", { sortNames: true })).toEqual([
      "2024-11-29/day Choe Son Hui+Sergey Lavrov Pyongyang",
      "2024-11-29/day Kim Jong Un+Sergey Lavrov Pyongyang",
    ]);
  });

  it("near miss: sat down in a place with a thing is no meeting", () => {
    const text = "Sergey Lavrov sat down in Pyongyang with a cup of tea on Tuesday, Choe Son Hui said.";
    expect(describeEvents(text, "2024-12-06", "meeting")).toEqual([]);
  });
});

describe("'and was afterwards' between two meetings", () => {
  it("splits them as 'and was then' does", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov in Moscow on Tuesday and was afterwards received by Vladimir Putin at the Kremlin.";
    expect(describeEvents(text, "2024-01-18", "meeting", { sortNames: true })).toEqual([
      "2024-01-16/day Choe Son Hui+Sergey Lavrov Moscow",
      "2024-01-16/day Choe Son Hui+Vladimir Putin Moscow",
    ]);
  });

  it("near miss: 'afterwards' with no conjunction joins no second clause", () => {
    const text = "Choe Son Hui held talks with Sergey Lavrov and Vladimir Putin in Moscow on Tuesday, afterwards flying home.";
    expect(describeEvents(text, "2024-01-18", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov+Vladimir Putin Moscow"]);
  });
});

describe("'and' before a clause with a subject of its own", () => {
  it("ends the clause before it, though no comma stands there", () => {
    const text = "On Thursday Sergey Lavrov held talks with Choe Son Hui and Kim Jong Un received him in the evening.";
    expect(describeEvents(text, "2023-10-21", "meeting", { sortNames: true })).toEqual([
      "2023-10-19/day Choe Son Hui+Sergey Lavrov null",
      "2023-10-19/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });

  it("near miss: a second name joined by 'and' with no verb after it is a party of the same talks", () => {
    const text = "On Thursday Sergey Lavrov held talks with Choe Son Hui and Kim Jong Un in the evening.";
    expect(describeEvents(text, "2023-10-21", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Choe Son Hui+Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("', the same afternoon,' after 'and'", () => {
  it("joins a second verb to the subject, not to the first verb's object", () => {
    const text = "On Thursday Sergey Lavrov held talks with Choe Son Hui and, the same afternoon, was received by Kim Jong Un.";
    expect(describeEvents(text, "2023-10-21", "meeting", { sortNames: true })).toEqual([
      "2023-10-19/day Choe Son Hui+Sergey Lavrov null",
      "2023-10-19/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });
});

describe("a chamber that gave its approval", () => {
  it("ratifies the treaty the sentence names", () => {
    const text = "The State Duma voted to ratify the treaty on 24 October, and the Federation Council, the upper chamber, gave its approval on Wednesday.";
    expect(describeEvents(text, "2024-11-09", "ratification", { actor: true })).toEqual(["2024-10-24/day ;State Duma null", "2024-11-06/day ;Federation Council null"]);
  });

  it("near miss: approval given to something other than a document, or by no chamber, is none", () => {
    expect(describeEvents("The Federation Council gave its approval to the new budget on Wednesday.", "2024-11-09", "ratification")).toEqual([]);
    expect(describeEvents("Sergey Lavrov gave his approval to the treaty text on Wednesday.", "2024-11-09", "ratification")).toEqual([]);
  });
});

describe("was granted an audience with a person", () => {
  it("is a meeting on the day of the verb before it", () => {
    const text = "Choe Son Hui met Sergey Lavrov on Wednesday, and was then granted an audience with President Vladimir Putin at the Kremlin the same afternoon.";
    expect(describeEvents(text, "2024-01-19", "meeting", { sortNames: true })).toEqual([
      "2024-01-17/day Choe Son Hui+Sergey Lavrov null",
      "2024-01-17/day Choe Son Hui+Vladimir Putin Moscow",
    ]);
  });

  it("near miss: an audience granted to someone not named adds no meeting", () => {
    const text = "Choe Son Hui met Sergey Lavrov on Wednesday, and Vladimir Putin granted an audience to the delegation.";
    expect(describeEvents(text, "2024-01-19", "meeting", { sortNames: true })).toEqual(["2024-01-17/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("driven to a place for an audience with a person", () => {
  it("is a meeting on the day the sentence before told", () => {
    const text = "Choe Son Hui finished her talks with Sergey Lavrov on Tuesday. She was driven to the Kremlin for an audience with Vladimir Putin.";
    expect(describeEvents(text, "2024-01-18", "meeting", { sortNames: true })).toEqual([
      "2024-01-16/day Choe Son Hui+Sergey Lavrov null",
      "2024-01-16/day Choe Son Hui+Vladimir Putin null",
    ]);
  });

  it("near miss: an audience asked for is none", () => {
    const text = "Choe Son Hui finished her talks with Sergey Lavrov on Tuesday. She asked for an audience with Vladimir Putin.";
    expect(describeEvents(text, "2024-01-18", "meeting", { sortNames: true })).toEqual(["2024-01-16/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("the two leaders have sat down", () => {
  // (An undated perfect outside a live page is recent news of the report's month, as for any perfect.)
  it("is their meeting, in the present perfect too", () => {
    const text = "Vladimir Putin and Kim Jong Un drove to the guesthouse on Wednesday. The two leaders have sat down at the Kumsusan guesthouse, first in a narrow format.";
    expect(describeEvents(text, "2024-06-19", "meeting", { sortNames: true })).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: the leaders have not yet sat down", () => {
    const text = "Vladimir Putin and Kim Jong Un drove to the guesthouse on Wednesday. The two leaders have yet to sit down at the Kumsusan guesthouse.";
    expect(describeEvents(text, "2024-06-19", "meeting")).toEqual([]);
  });
});

describe("a digest's headline naming a third country's leader", () => {
  const ctx = buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES);
  const events = (title: string, text: string, publishedAt: string, type: string) =>
    extractEvents({ title, text, publishedAt }, ctx).events.filter((e) => e.type === type).map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join("+")}`);

  it("adds him to none of the pair's events", () => {
    const title = "Asia brief: Xi Jinping keeps his post, Kim ratifies Moscow pact";
    const text = "CHINA - Xi Jinping was confirmed in his post by the party on Monday. KOREA - North Korean leader Kim Jong Un has ratified the treaty he signed with Vladimir Putin in June. Kim signed the decree on Monday.";
    expect(events(title, text, "2024-11-12", "ratification")).toEqual(["2024-11-01 Kim Jong Un"]);
  });

  it("near miss: the other leader of the pair named in the headline still joins", () => {
    const title = "Putin and Kim hold summit in Pyongyang";
    const text = "North Korean leader Kim Jong Un held a summit on Wednesday in Pyongyang, state media said.";
    expect(events(title, text, "2024-06-20", "meeting")).toEqual(["2024-06-19 Kim Jong Un+Vladimir Putin"]);
  });
});

describe("the surname No opening a name", () => {
  const withNo = buildExtractContext([
    ...TEST_PEOPLE,
    { slug: "no-kwang-chol", name: "No Kwang Chol", country: "KP", aliases: ["No"], offices: [{ title: "Minister of National Defence", roleKey: "defence-minister", level: "minister", from: "2024-10-01", to: null }] },
  ], TEST_COUNTRIES);
  const meetings = (text: string) => extractEvents({ title: "", text, publishedAt: "2024-11-30" }, withNo).events.filter((e) => e.type === "meeting").map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join("+")}`);

  it("negates nothing: the pair held talks", () => {
    expect(meetings("Andrei Belousov and No Kwang Chol held talks in Pyongyang on Friday.")).toEqual(["2024-11-29 Andrei Belousov+No Kwang Chol"]);
  });

  it("near miss: a sentence opened by the word 'no' still tells no talks", () => {
    expect(meetings("No talks were held between Andrei Belousov and No Kwang Chol on Friday.")).toEqual([]);
  });
});

describe("talks another act prepared the ground for", () => {
  it("take no party from that act, but the pair who signed that day", () => {
    const text = "When Vladimir Putin and Kim Jong Un put their signatures to a new treaty in Pyongyang on Wednesday, they did more than cap a day of pageantry. A visit to Pyongyang by Sergey Lavrov last year prepared the ground for Wednesday's talks.";
    expect(describeEvents(text, "2024-06-21", "meeting", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: talks named with their own party keep him", () => {
    const text = "Sergey Lavrov prepared the ground on Monday for his talks with Choe Son Hui on Wednesday.";
    expect(describeEvents(text, "2024-06-21", "meeting", { sortNames: true })).toEqual(["2024-06-19/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a signing of 'the declaration' just after another declaration is named", () => {
  it("is that declaration's signing, not the same pair's earlier document", () => {
    const text = "MOSCOW, August 4 - Kim Jong Un held talks with Vladimir Putin at the Kremlin on August 4.\n\nBoth sides noted that the Pyongyang Joint Declaration adopted during Vladimir Putin's visit to Pyongyang in June last year is being implemented.\n\nThen the Russia-DPRK Moscow Declaration was signed. Kim Jong Un and Vladimir Putin signed the declaration.";
    expect(describeEvents(text, "2025-08-05", "agreement", { sortNames: true })).toContain("2025-08-04/day Kim Jong Un+Vladimir Putin null");
  });

  it("near miss: 'the declaration' retelling the one document named joins it", () => {
    const text = "MOSCOW, August 4 - Kim Jong Un held talks with Vladimir Putin at the Kremlin on August 4.\n\nBoth sides noted that the Pyongyang Joint Declaration adopted during Vladimir Putin's visit to Pyongyang in June last year is being implemented. Kim Jong Un and Vladimir Putin signed the declaration in Pyongyang.";
    expect(describeEvents(text, "2025-08-05", "agreement", { sortNames: true })).not.toContain("2025-08-04/day Kim Jong Un+Vladimir Putin null");
  });
});

describe("a possessor whose noun a name in commas follows", () => {
  it("is not the subject a 'he' of the next sentence stands for; the name is", () => {
    const text = "Andrei Belousov is in Pyongyang. Belousov's predecessor, Sergei Shoigu, now runs Russia's Security Council. He was last in Pyongyang on 13 September, when Kim Jong Un received him for talks.";
    expect(describeEvents(text, "2024-11-29", "meeting", { sortNames: true })).toEqual(["2024-09-13/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a possessor whose noun is a thing stays the subject", () => {
    const text = "Andrei Belousov is in Pyongyang. Belousov's plane, a Tupolev, landed at noon. He was last in Pyongyang on 13 September, when Kim Jong Un received him for talks.";
    expect(describeEvents(text, "2024-11-29", "meeting", { sortNames: true })).toEqual(["2024-09-13/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });
});
