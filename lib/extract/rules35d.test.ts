/**
 * rules-35d: reports that background paragraphs and timelines give in shapes the rules did not read —
 * "the two leaders adopted the Vladivostok Declaration" (a declaration adopted with its adopters as the subject),
 * "After his meeting with Kim on Monday, he said" (the partner named in an opening phrase is not the "he" after it),
 * "On Friday he was back, for his third audience with the leader" (an audience a return was made for),
 * "Kim clasped Lavrov's hand" (taking a named person's hand is meeting him),
 * "Kim walked the then defence minister through an exhibition" (an office marked "then" is its last holder named),
 * "sat down for talks and, by evening, had signed a declaration" (a past perfect reached by that evening is the day's),
 * "The two defence ministers faced each other across the negotiating table" (a pair across a table holds talks),
 * "The two delegations faced each other across the table" (the two delegations are the pair who led them),
 * "the declaration the two leaders signed after their talks on Saturday" (both of a group are the subject of the talks),
 * "Shoigu takes him to see strategic bombers" (a guest taken straight to see arms or a works is shown them).
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a declaration adopted by its parties", () => {
  it("is their signing, dated by the sentence", () => {
    const text = "On 9 May 2019 Vladimir Putin and Kim Jong Un held talks in the Kremlin, where they adopted the Kremlin Declaration.";
    expect(describeEvents(text, "2020-01-10", "agreement", { sortNames: true })).toEqual(["2019-05-09/day Kim Jong Un+Vladimir Putin Moscow"]);
  });

  it("near miss: a declaration adopted by a legislature is no signing", () => {
    const text = "On 9 May 2019 the State Duma adopted the Victory Declaration, praised by Vladimir Putin and Kim Jong Un.";
    expect(describeEvents(text, "2020-01-10", "agreement")).toEqual([]);
  });

  it("near miss: an unnamed declaration adopted is no signing", () => {
    const text = "On 9 May 2019 Vladimir Putin and Kim Jong Un adopted a declaration of intent on fisheries.";
    expect(describeEvents(text, "2020-01-10", "agreement")).toEqual([]);
  });
});

describe("an opening phrase of the subject's own meeting", () => {
  it("leaves the partner it names out of the pronoun after its comma", () => {
    const text = "Sergei Shoigu was in Pyongyang again. After his meeting with Kim Jong Un on 8 May, he told reporters the talks went well.";
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-08/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("leaves the object of an opening gerund out of the pronoun after it", () => {
    const text = "2 May 2025 - Sergei Shoigu flies to Pyongyang and meets Kim Jong Un.\n\n8 May 2025 - Sergei Shoigu's second trip of the spring. After meeting Kim he tells reporters the talks went well.\n\nJune 2025 - Nothing.";
    expect(describeEvents(text, "2025-07-20", "meeting", { sortNames: true })).toEqual([
      "2025-05-02/day Kim Jong Un+Sergei Shoigu null",
      "2025-05-08/day Kim Jong Un+Sergei Shoigu null",
    ]);
  });

  it("near miss: a phrase of someone else's meeting still lets the pronoun be the one named in it", () => {
    const text = "Sergei Shoigu was in Pyongyang again. After the parade with Kim Jong Un on 8 May, he told reporters the talks went well.";
    expect(describeEvents(text, "2025-05-20", "meeting")).toEqual([]);
  });
});

describe("back for an audience", () => {
  it("is the audience, with the one who came back", () => {
    const text = "Sergey Lavrov flew to Pyongyang on 2 May and was received by Kim Jong Un. On Friday he was back, for his second audience with the North Korean leader in a month.";
    expect(describeEvents(text, "2025-05-18", "meeting", { sortNames: true })).toEqual([
      "2025-05-02/day Kim Jong Un+Sergey Lavrov null",
      "2025-05-16/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });

  it("near miss: back on the topic of an audience tells none", () => {
    const text = "Sergey Lavrov flew to Pyongyang on 2 May and was received by Kim Jong Un. On Friday he was back on the question of a new audience with the North Korean leader.";
    expect(describeEvents(text, "2025-05-18", "meeting", { sortNames: true })).toEqual(["2025-05-02/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a named person's hand taken", () => {
  it("is a meeting of the two", () => {
    const text = "Kim Jong Un clasped Sergey Lavrov's hand at the foot of the stairs on 3 May.";
    expect(describeEvents(text, "2025-05-10", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: hands clasped, or the hand of someone unnamed, tell no meeting", () => {
    const text = "Kim Jong Un clasped his hands and shook the hand of a soldier on 3 May, Sergey Lavrov said.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual([]);
  });
});

describe("an office marked 'then'", () => {
  it("is the last person named who held it", () => {
    const text = "Andrei Belousov landed in Pyongyang on Friday. The path was cleared by Sergei Shoigu. On 26 July 2023, Kim Jong Un guided the then defence minister through a hall of missiles.";
    expect(describeEvents(text, "2024-12-02", "meeting", { sortNames: true })).toContain("2023-07-26/day Kim Jong Un+Sergei Shoigu null");
  });

  it("near miss: nobody named who held that office leaves it unread", () => {
    const text = "The path was cleared by Sergey Lavrov. On 26 July 2023, Kim Jong Un guided the then defence minister through a hall of missiles.";
    expect(describeEvents(text, "2024-12-02", "meeting")).toEqual([]);
  });
});

describe("a past perfect reached by the evening", () => {
  it("is the news day's, not background", () => {
    const text = "PYONGYANG, May 3 (NAW) - Sergey Lavrov arrived in Pyongyang on Saturday.\n\nChoe Son Hui met him at the airport.\n\nSergey Lavrov and Choe Son Hui talked and, by evening, had signed a joint declaration.";
    expect(describeEvents(text, "2025-05-03", "agreement", { sortNames: true })).toEqual(["2025-05-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a past perfect with no hour of that day stays background", () => {
    const text = "PYONGYANG, May 3 (NAW) - Sergey Lavrov arrived in Pyongyang on Saturday.\n\nChoe Son Hui met him at the airport.\n\nSergey Lavrov and Choe Son Hui talked and had signed a joint declaration.";
    expect(describeEvents(text, "2025-05-03", "agreement")).toEqual([]);
  });
});

describe("a pair facing each other across a table", () => {
  it("holds talks", () => {
    const text = "Sergey Lavrov and Choe Son Hui arrived at the guesthouse. The two foreign ministers faced each other across the negotiating table on 3 May.";
    expect(describeEvents(text, "2025-05-10", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: facing each other across a border is no meeting", () => {
    const text = "Sergey Lavrov and Choe Son Hui spoke of the war. The two armies faced each other across the border on 3 May.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual([]);
  });
});

describe("the two delegations", () => {
  it("are the pair the text is about", () => {
    const text = "Sergey Lavrov landed in Pyongyang on 2 May. Choe Son Hui was waiting. The two delegations faced each other across a long table on 3 May.";
    expect(describeEvents(text, "2025-05-10", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: members of a delegation are not the two delegations", () => {
    const text = "Sergey Lavrov landed in Pyongyang on 2 May. Choe Son Hui was waiting. Members of his delegation faced each other across a long table on 3 May.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual([]);
  });
});

describe("talks framed right after a verb whose subject is a group", () => {
  it("are the talks of both of the group", () => {
    const text = "Kim Jong Un arrived in Moscow on Friday to see Vladimir Putin. The short declaration the two leaders signed after their Kremlin talks on Saturday says little.";
    expect(describeEvents(text, "2025-05-12", "meeting", { sortNames: true })).toEqual(["2025-05-10/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: talks framed after one person's verb stay his alone", () => {
    const text = "Kim Jong Un arrived in Moscow on Friday to see Vladimir Putin. The short note Kim Jong Un wrote after his Kremlin talks on Saturday says little.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-10/day Kim Jong Un null"]);
  });
});

describe("a guest taken straight to see arms or a works", () => {
  it("is shown them by the host, a meeting of the two", () => {
    const text = "Kim Jong Un reached Vladivostok on 15 May. On 16 May Sergei Shoigu took him to see the new frigates of the fleet.";
    expect(describeEvents(text, "2025-05-20", "meeting", { sortNames: true })).toEqual(["2025-05-16/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: taken to see a film is no showing", () => {
    const text = "Kim Jong Un reached Vladivostok on 15 May. On 16 May Sergei Shoigu took him to see a film about the navy.";
    expect(describeEvents(text, "2025-05-20", "meeting")).toEqual([]);
  });
});
