/**
 * rules-31m: the last false events of the multi-report set — a day-dated audience long ago tells the guest's trip, a
 * verb told with its season takes no month from the clause before, an untitled "visit of the President to X" is no
 * visit of the sentence's subject, and a surname shared with a registered leader makes no other spelling of his name.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildAliasIndex, findPersonMentions } from "../people/resolve";
import { describeEvents as describeWith, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a day-dated audience told years later", () => {
  it("had the guest travel to the host that day", () => {
    const text =
      "Sergei Shoigu landed in Pyongyang on Tuesday for his third trip this year. " +
      "Such visits have a long history: Sergey Lavrov was received by Kim Jong Un on 14 March 2019, long before the war.";
    expect(describeEvents(text, "2025-06-05", "visit")).toEqual(["2025-06-03/day Sergei Shoigu Pyongyang", "2019-03-14/day Sergey Lavrov North Korea"]);
  });

  it("near miss: talks recalled with 'met' do not say who travelled", () => {
    const text =
      "Sergei Shoigu landed in Pyongyang on Tuesday for his third trip this year. " +
      "Such contacts have a long history: Sergey Lavrov met Kim Jong Un on 14 March 2019, long before the war.";
    expect(describeEvents(text, "2025-06-05", "visit")).toEqual(["2025-06-03/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a verb told with its season", () => {
  it("takes no month from a clause coordinated before it", () => {
    const text = "Choe Son Hui travelled to Moscow in January, and Sergei Shoigu visited Pyongyang in the spring.";
    expect(describeEvents(text, "2024-07-02", "visit")).toEqual(["2024-01-01/month Choe Son Hui Moscow"]);
  });

  it("near miss: a verb with no season of its own keeps the month of the sentence", () => {
    const text = "Choe Son Hui travelled to Moscow in January, and Sergei Shoigu visited Pyongyang.";
    expect(describeEvents(text, "2024-07-02", "visit")).toEqual(["2024-01-01/month Choe Son Hui Moscow", "2024-01-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("'the visit of the President to the DPRK'", () => {
  const index = buildAliasIndex(TEST_PEOPLE, TEST_COUNTRIES);
  const holders = (text: string) => findPersonMentions(text, index, { date: "2024-11-06" }).map((p) => p.slug);

  it("names no holder: a title is no country's by 'to'", () => {
    expect(holders("Kim stressed that the historic visit of the President to the DPRK in June opened a new chapter.")).toEqual([]);
  });

  it("near miss: 'the President of the DPRK' is its head of state", () => {
    expect(holders("Kim stressed that the historic visit of the President of the DPRK in June opened a new chapter.")).toEqual(["kim-jong-un"]);
  });
});

describe("a titled name sharing only the surname of a registered leader", () => {
  const index = buildAliasIndex(TEST_PEOPLE, TEST_COUNTRIES);
  const named = (text: string) => findPersonMentions(text, index, { date: "2018-07-02" }).map((p) => `${p.slug} ${p.kind}`);

  it("is another person, not another spelling", () => {
    expect(named("In June, President Kim Dae-jung met Kim Jong Un in Pyongyang.")).toEqual(["kim-dae-jung titled-new", "kim-jong-un name"]);
  });

  it("near miss: a given name spelt nearly alike is the registered person", () => {
    expect(named("In June, Defence Minister Sergey Shoygu met Kim Jong Un in Pyongyang.")).toEqual(["sergei-shoigu name", "kim-jong-un name"]);
  });
});

describe("a meeting with a head of state the registry does not know, of no country named", () => {
  it("is a third country's meeting, not the pair's", () => {
    expect(describeEvents("In June, President Kim Dae-jung met Kim Jong Un in Pyongyang.", "2018-07-02", "meeting")).toEqual([]);
  });

  it("near miss: an unregistered official of no head's rank still meets the pair's leader", () => {
    expect(describeEvents("In June, Deputy Foreign Minister Oleg Petrov met Kim Jong Un in Pyongyang.", "2018-07-02", "meeting")).toEqual(["2018-06-01/month Kim Jong Un+Oleg Petrov Pyongyang"]);
  });
});
