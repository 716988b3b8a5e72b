/**
 * rules-34e: readings for mr-802 to mr-825 — a bloc's leaders' "their summit", talks between third parties hosted by a
 * third country's leader, an answer "No." that is no surname, the protocol of an exchange of instruments, a welcoming
 * party's meeting, and a welcome "there" after an arrival at a station.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a bloc's leaders wrapping up their summit", () => {
  it("is the bloc's summit, no meeting of the pair", () => {
    const text = "Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. The Group of Seven leaders closed their summit in Italy on Saturday with a statement on trade.";
    expect(describeEvents(text, "2024-06-24", "meeting")).toEqual(["2024-06-19/day Vladimir Putin+Kim Jong Un Pyongyang"]);
  });

  it("near miss: the pair's leaders and their summit stay a meeting", () => {
    const text = "Vladimir Putin and Kim Jong Un opened their summit in Pyongyang on Wednesday.";
    expect(describeEvents(text, "2024-06-24", "meeting", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("talks between third parties hosted by a third country's leader", () => {
  it("are none of the pair's", () => {
    const text = "The talks between Israeli and Palestinian negotiators, hosted by the US president, stalled on Monday.";
    expect(describeEvents(text, "2000-07-24", "meeting")).toEqual([]);
  });

  it("near miss: such talks hosted by someone of the pair stay his", () => {
    const text = "The talks between Russian and North Korean negotiators, hosted by Sergey Lavrov, ended in Moscow on Monday.";
    expect(describeEvents(text, "2024-07-24", "meeting")).toEqual(["2024-07-22/day Sergey Lavrov Moscow"]);
  });
});

describe("an answer 'No.' opening a sentence", () => {
  it("is no surname", () => {
    const text = "Was this the first such pact? No. Moscow and Pyongyang signed a mutual-defence treaty in 1961.";
    expect(describeEvents(text, "2024-12-06", "agreement").join()).not.toContain("No Kwang Chol");
  });

  it("near miss: a surname opening a sentence with a comma after it is still its bearer", () => {
    const text = "Sergey Lavrov arrived on Thursday. Lavrov, in Pyongyang on Friday, held talks with Choe Son Hui.";
    expect(describeEvents(text, "2024-12-01", "meeting", { sortNames: true })).toEqual(["2024-11-29/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });
});

describe("the protocol signed at an exchange of instruments", () => {
  it("is the exchange's record, no agreement of the leaders", () => {
    const text = "The treaty between Vladimir Putin and Kim Jong Un took effect on Wednesday, when the two sides exchanged instruments of ratification in Moscow, with two deputy ministers signing the protocol.";
    expect(describeEvents(text, "2024-12-06", "agreement")).toEqual([]);
  });

  it("near miss: a protocol on another subject signed that day is an agreement", () => {
    const text = "Sergey Lavrov and Choe Son Hui signed a protocol on fisheries in Moscow on Wednesday.";
    expect(describeEvents(text, "2024-12-06", "agreement", { sortNames: true })).toEqual(["2024-12-04/day Choe Son Hui+Sergey Lavrov Moscow"]);
  });
});

describe("a welcoming party meeting the guest", () => {
  it("is the arrival's welcome, no meeting", () => {
    const text = "Kim Jong Un's train reached the border station at Khasan on Tuesday, where a welcoming party led by the regional governor, Oleg Kozhemyako, met the guest.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual([]);
  });

  it("near miss: a welcoming party that is not the verb's subject leaves the meeting", () => {
    const text = "After the welcoming party at the station, Sergei Shoigu met Kim Jong Un in Vladivostok on Tuesday.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toEqual(["2023-09-12/day Kim Jong Un+Sergei Shoigu Vladivostok"]);
  });
});

describe("a welcome 'there' after an arrival at a station", () => {
  it("is the arrival's welcome, no meeting", () => {
    const text = "Kim Jong Un arrived at Khasan Station on the morning of September 12. He was welcomed there by Oleg Kozhemyako, the regional governor, with a guard of honour.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual([]);
  });

  it("near miss: a welcome there after an arrival in a city stays a meeting", () => {
    const text = "Kim Jong Un arrived in Vladivostok on September 12. He was welcomed there by Sergei Shoigu for talks.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toEqual(["2023-09-12/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("a name after 'where' joined to another by 'and'", () => {
  it("opens a subject of two", () => {
    const text = "Sergey Lavrov flew to Pyongyang, where he and Choe Son Hui held talks on Friday.";
    expect(describeEvents(text, "2024-12-01", "meeting", { sortNames: true })).toEqual(["2024-11-29/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: an object before 'and' and a new subject leaves the second verb its own pair", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui and Kim Jong Un received him on Friday.";
    expect(describeEvents(text, "2024-12-01", "meeting", { sortNames: true })).toEqual(["2024-11-29/day Choe Son Hui+Sergey Lavrov null", "2024-11-29/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("talks held and a document signed in one breath", () => {
  it("share the signing's day", () => {
    const text = "Sergey Lavrov arrived on Sunday. He and Choe Son Hui held talks and signed a protocol on fisheries on 12 March.";
    expect(describeEvents(text, "2024-03-20", "meeting", { sortNames: true })).toEqual(["2024-03-12/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a signing told as a clause of its own keeps its day to itself", () => {
    const text = "Sergey Lavrov arrived on Sunday. He and Choe Son Hui held talks, and Kim Jong Un signed a decree on 12 March.";
    expect(describeEvents(text, "2024-03-20", "meeting", { sortNames: true })).not.toContain("2024-03-12/day Choe Son Hui+Sergey Lavrov null");
  });
});

describe("a sentence opening with 'Now'", () => {
  it("takes no time from the sentence before", () => {
    const text = "In March, Sergei Shoigu stood beside Kim Jong Un at a parade in Pyongyang. Now the Russian president hosts Kim at a shipyard.";
    expect(describeEvents(text, "2023-09-15", "meeting", { sortNames: true })).not.toContain("2023-03-01/month Kim Jong Un+Vladimir Putin null");
  });

  it("near miss: 'now' of a participle keeps the time told before", () => {
    const text = "On 12 May 2024, Sergei Shoigu took up a new post. Now heading the council, he flew back to Pyongyang and met Kim Jong Un.";
    expect(describeEvents(text, "2025-07-01", "meeting", { sortNames: true })).toEqual(["2024-05-12/day Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("'the two men' in an opening when-clause", () => {
  it("are the pair told before, not someone named after the clause", () => {
    const text = "Vladimir Putin shook hands with Kim Jong Un on Wednesday. When the two men first met, in Vladivostok on 25 April 2019, Kim was fresh from a summit with Donald Trump.";
    expect(describeEvents(text, "2023-09-15", "meeting", { sortNames: true })).toContain("2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok");
  });

  it("near miss: outside an opening when-clause the pair named later in the sentence is still read", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow in March 2024. The two men held talks in Pyongyang on 19 June 2024, Vladimir Putin with Kim Jong Un.";
    expect(describeEvents(text, "2024-09-15", "meeting", { sortNames: true })).toContain("2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang");
  });
});

describe("a place one goes on to", () => {
  it("takes no day from the meetings told before it", () => {
    const text = "4 August 2023 - Kim Jong Un and Vladimir Putin hold talks in the Kremlin. Kim goes on to visit Kazan before the long trip home.";
    expect(describeEvents(text, "2023-09-01", "visit").join()).not.toContain("Kazan");
  });

  it("near miss: going on to a place on a day of its own is still dated", () => {
    const text = "4 August 2023 - Kim Jong Un and Vladimir Putin hold talks in the Kremlin. Kim goes on to visit Kazan on 6 August.";
    expect(describeEvents(text, "2023-09-01", "visit").join()).toContain("2023-08-06/day Kim Jong Un Kazan");
  });
});

describe("names put to what is being called a document", () => {
  it("are a signing", () => {
    const text = "Vladimir Putin and Kim Jong Un on Wednesday put their names to what is being called the Pyongyang Charter.";
    expect(describeEvents(text, "2024-06-20", "agreement", { sortNames: true })).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: names put to what is being said are no signing", () => {
    const text = "Vladimir Putin and Kim Jong Un on Wednesday put their names to what is being said about the railway.";
    expect(describeEvents(text, "2024-06-20", "agreement")).toEqual([]);
  });
});

describe("a document signed 'that day'", () => {
  it("is a signing on the day told before", () => {
    const text = "Last Saturday, Kim Jong Un sat down with Vladimir Putin in the Kremlin. The charter the two leaders signed that day says little.";
    expect(describeEvents(text, "2024-08-10", "agreement", { sortNames: true })).toEqual(["2024-08-03/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'signed that' opening a clause is no signing", () => {
    expect(describeEvents("Kim Jong Un said Vladimir Putin signed that the talks went well.", "2024-08-10", "agreement")).toEqual([]);
  });
});

describe("listening as someone named explains", () => {
  it("is a meeting of the two", () => {
    const text = "At the shipyard in Vladivostok on Friday, Kim Jong Un listens as Deputy Prime Minister Denis Manturov explains the hull design.";
    expect(describeEvents(text, "2023-09-18", "meeting", { sortNames: true })).toEqual(["2023-09-15/day Denis Manturov+Kim Jong Un Vladivostok"]);
  });

  it("near miss: listening as someone named speaks to others is no meeting", () => {
    const text = "At the forum in Vladivostok on Friday, Kim Jong Un listens as Denis Manturov speaks to reporters.";
    expect(describeEvents(text, "2023-09-18", "meeting")).toEqual([]);
  });
});
