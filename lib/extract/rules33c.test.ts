/**
 * rules-33c: a timeline's entries tell the past in the present tense, with plural and coordinated verbs too —
 * "12 August - Putin and Kim speak by telephone", "4 June - Shoigu is back in Pyongyang and meets Kim", "Oct. 24 -
 * Members of the Duma vote to ratify the treaty", "July 19, 2000 - Putin becomes the first Kremlin leader to visit
 * North Korea". Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a timeline's 'speak by telephone'", () => {
  it("is the pair's call on the entry's day", () => {
    const text = "3 March - Vladimir Putin and Kim Jong Un speak by telephone about the harvest.";
    expect(describeEvents(text, "2025-11-20", "call", { sortNames: true })).toEqual(["2025-03-03/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: in running text the plural present is a habit, no call", () => {
    const text = "Vladimir Putin and Kim Jong Un speak by telephone every few months, officials in Moscow say.";
    expect(describeEvents(text, "2025-11-20", "call")).toEqual([]);
  });
});

describe("a timeline's 'and meets' after another verb", () => {
  it("is the subject's meeting with the person named", () => {
    const text = "9 May 2025 - Sergei Shoigu lands in Pyongyang and meets Kim Jong Un at his residence.";
    expect(describeEvents(text, "2025-12-01", "meeting", { sortNames: true })).toEqual(["2025-05-09/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: 'and meets' in running text is a habit, no meeting", () => {
    const text = "Most years Sergei Shoigu lands in Pyongyang in May and meets Kim Jong Un at his residence.";
    expect(describeEvents(text, "2025-12-01", "meeting")).toEqual([]);
  });
});

describe("a timeline's plural 'vote to ratify'", () => {
  it("is the chamber's ratification on the entry's day", () => {
    const text = "Nov. 2, 2024 - Deputies of the State Duma vote to ratify the partnership treaty.";
    expect(describeEvents(text, "2025-02-01", "ratification")).toEqual(["2024-11-02/day  null"]);
  });

  it("near miss: a plural 'vote to ratify' in running text is what deputies will do", () => {
    const text = "Deputies of the State Duma vote to ratify the partnership treaty once it is submitted, on 2 November 2024 or later.";
    expect(describeEvents(text, "2024-10-01", "ratification")).toEqual([]);
  });
});

describe("a timeline's 'becomes the first ... to visit'", () => {
  it("is the visit on the entry's day", () => {
    const text = "Oct. 5, 2009 - Wen Jiabao's host Vladimir Putin becomes the first Russian leader in years to visit North Korea.";
    expect(describeEvents(text, "2024-01-10", "visit")).toEqual(["2009-10-05/day Vladimir Putin North Korea"]);
  });

  it("near miss: in running text 'becomes the first ... to visit' tells no visit", () => {
    const text = "Vladimir Putin becomes the first Russian leader in years to visit North Korea, a commentator wrote on 5 October 2009.";
    expect(describeEvents(text, "2024-01-10", "visit")).toEqual([]);
  });
});

describe("a live page's undated present perfect", () => {
  const live = "09:10 - Sergei Lavrov is expected in Pyongyang again. Kim Jong Un received Sergey Lavrov in Pyongyang on May 3.\n\n" +
    "11:30 - Agencies confirm that Lavrov has landed in Pyongyang.\n\n14:05 - Russian media report that Kim Jong Un has received Lavrov.";

  it("is the page's day, not the same people's meeting earlier that month", () => {
    expect(describeEvents(live, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Kim Jong Un+Sergey Lavrov Pyongyang", "2025-05-20/day Kim Jong Un+Sergey Lavrov null"]);
    expect(describeEvents(live, "2025-05-20", "visit")).toEqual(["2025-05-03/day Sergey Lavrov Pyongyang", "2025-05-20/day Sergey Lavrov Pyongyang"]);
  });

  it("still joins an arrival the page dates the day before", () => {
    const text = "09:10 - Sergey Lavrov is in Pyongyang. He arrived yesterday.\n\n11:30 - Agencies say that Lavrov has landed in Pyongyang after all.\n\n14:05 - Russian media report that Kim Jong Un has received Lavrov.";
    expect(describeEvents(text, "2025-05-20", "visit")).toEqual(["2025-05-19/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: outside a live page it may retell the meeting told earlier that month", () => {
    const text = "Kim Jong Un received Sergey Lavrov in Pyongyang on May 3.\n\nAgencies confirm that Lavrov has landed in Pyongyang.\n\nRussian media report that Kim Jong Un has received Lavrov.";
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("a pair that 'opened the first session of' a dialogue", () => {
  it("meets on that day", () => {
    const text = "On 3 March 2025, Choe Son Hui and Sergey Lavrov opened the second round of their strategic dialogue in Pyongyang.";
    expect(describeEvents(text, "2025-06-01", "meeting", { sortNames: true })).toEqual(["2025-03-03/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: opening a session of a forum is no meeting with the person quoted", () => {
    const text = "On 3 March 2025 Sergey Lavrov opened the first session of a forum on security in Moscow, Choe Son Hui said.";
    expect(describeEvents(text, "2025-06-01", "meeting")).toEqual([]);
  });

  it("near miss: a session they will open is a plan", () => {
    const text = "Sergey Lavrov and Choe Son Hui will open the first session of a new strategic dialogue in Moscow on 3 March 2025.";
    expect(describeEvents(text, "2025-02-01", "meeting")).toEqual([]);
  });
});

describe("'found time to call' someone", () => {
  it("is the call, made that day", () => {
    const text = "On 9 May, with the parade over, Vladimir Putin found time to call Kim Jong Un.";
    expect(describeEvents(text, "2025-05-12", "call", { sortNames: true })).toEqual(["2025-05-09/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'found time to call for' something is no call", () => {
    const text = "On 9 May Vladimir Putin found time to call for restraint, Kim Jong Un said.";
    expect(describeEvents(text, "2025-05-12", "call")).toEqual([]);
  });

  it("near miss: a time never found is a call not made", () => {
    const text = "Vladimir Putin never found time to call Kim Jong Un in May.";
    expect(describeEvents(text, "2025-05-12", "call")).toEqual([]);
  });
});

describe("a count forward opening the clause after ', and'", () => {
  it("dates the clause it opens, not the event told before it", () => {
    const text = "On 2 March 2025 Kim Jong Un received Sergey Lavrov in Pyongyang, and two days later Choe Son Hui held talks with him.";
    expect(describeEvents(text, "2025-06-01", "meeting", { sortNames: true })).toEqual(["2025-03-02/day Kim Jong Un+Sergey Lavrov Pyongyang", "2025-03-04/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("keeps the two meetings of the opened dialogue and the later audience apart", () => {
    const text = "On 2 March 2025, Choe Son Hui and Sergey Lavrov opened the first round of a new strategic dialogue in Moscow, and two days later Vladimir Putin received her at the Kremlin.";
    expect(describeEvents(text, "2025-06-01", "meeting", { sortNames: true })).toEqual(["2025-03-02/day Choe Son Hui+Sergey Lavrov Moscow", "2025-03-04/day Choe Son Hui+Vladimir Putin Moscow"]);
  });

  it("near miss: a count forward in the verb's own clause still dates it", () => {
    const text = "Sergey Lavrov flew to Pyongyang on 2 March 2025. He met Choe Son Hui there two days later.";
    expect(describeEvents(text, "2025-06-01", "meeting", { sortNames: true })).toEqual(["2025-03-04/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a day between 'followed' and 'by' a meeting noun", () => {
  it("dates the noun after 'by', a meeting of its own", () => {
    const text = "Sergey Lavrov's talks with Choe Son Hui in Pyongyang on 5 May were followed the next day by an audience with Kim Jong Un.";
    expect(describeEvents(text, "2025-07-01", "meeting", { sortNames: true })).toEqual(["2025-05-05/day Choe Son Hui+Sergey Lavrov Pyongyang", "2025-05-06/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a day after 'followed' with no 'by' before the noun is no date of it", () => {
    const text = "Sergey Lavrov's talks with Choe Son Hui in Pyongyang were followed on 6 May, officials said, and an audience with Kim Jong Un was mentioned.";
    expect(describeEvents(text, "2025-07-01", "meeting", { sortNames: true }).filter((e) => e.includes("Kim Jong Un"))).toEqual([]);
  });
});

describe("', all on the same day' closing a sentence of several meetings", () => {
  it("dates the last meeting noun too", () => {
    const text = "Andrei Belousov landed in Pyongyang on 2 May 2025, held talks with Choe Son Hui and was then granted an audience with Kim Jong Un, all on the same day.";
    expect(describeEvents(text, "2025-07-01", "meeting", { sortNames: true })).toEqual(["2025-05-02/day Andrei Belousov+Choe Son Hui Pyongyang", "2025-05-02/day Andrei Belousov+Kim Jong Un Pyongyang"]);
  });

  it("near miss: a day after ', all on' that does not close the sentence is not the noun's", () => {
    const text = "Andrei Belousov held talks with Choe Son Hui in Pyongyang on 2 May 2025. He later had an audience with Kim Jong Un, all on 9 May, officials said without giving details.";
    expect(describeEvents(text, "2025-07-01", "meeting", { sortNames: true })).toEqual(["2025-05-02/day Andrei Belousov+Choe Son Hui Pyongyang"]);
  });
});

describe("'X's reception of him'", () => {
  it("is X's meeting with the man the sentence named before", () => {
    const text = "Sergey Lavrov's 12 July talks with Choe Son Hui, and Kim Jong Un's reception of him the same day, were not about tourism.";
    expect(describeEvents(text, "2025-08-11", "meeting", { sortNames: true })).toEqual(["2025-07-12/day Choe Son Hui+Sergey Lavrov null", "2025-07-12/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a cool press reception of him is no meeting", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui on 5 May; the press's reception of him in Seoul was cool.";
    expect(describeEvents(text, "2025-07-01", "meeting", { sortNames: true })).toEqual(["2025-05-05/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("a gallery's numbered caption opening with its place and day", () => {
  it("tells the past in the present, as a timeline's entry does", () => {
    const text = "Our editors trace the treaty's path.\n\n1. Moscow, Nov. 2, 2024: State Duma deputies vote to ratify the treaty in the lower house.\n\n2. Pyongyang, Nov. 12, 2024: A screen shows state television.";
    expect(describeEvents(text, "2024-12-05", "ratification")).toEqual(["2024-11-02/day  null"]);
  });

  it("near miss: a plural 'vote to ratify' after an unnumbered place and day stays no vote", () => {
    const text = "Our editors trace the treaty's path.\n\nMoscow, Nov. 2, 2024: State Duma deputies vote to ratify the treaty in the lower house once it arrives.";
    expect(describeEvents(text, "2024-10-30", "ratification")).toEqual([]);
  });
});
