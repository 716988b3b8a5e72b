/**
 * rules-31b: a guest minister's talks with his counterpart and his audience with the host's leader, told in one
 * sentence, are two meetings (guest + counterpart, guest + leader), not one meeting of three people; attendees, two
 * guests of one side and a visiting leader's meeting stay one.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true });

describe("a where-clause with its own subject", () => {
  it("is that subject's talks, apart from the audience told before it", () => {
    const text = "On Saturday, Kim Jong Un received Russian Foreign Minister Sergey Lavrov in Wonsan, where the Russian minister also held talks with Foreign Minister Choe Son Hui.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-10/day Kim Jong Un+Sergey Lavrov Wonsan", "2025-05-10/day Choe Son Hui+Sergey Lavrov Wonsan"]);
  });

  it("near miss: the main subject named again in the clause stays a party", () => {
    const text = "Sergey Lavrov flew to Wonsan on Saturday, where Kim Jong Un received him at a guesthouse.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-10/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: ministers present at the leaders' talks are no meeting of their own", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Pyongyang on Tuesday, with Lavrov and Choe Son Hui also present.";
    expect(describeEvents(text, "2025-05-08", "meeting")).toHaveLength(1);
  });
});

describe("a passive verb after 'and being'", () => {
  it("takes the subject and its own agent, not the object of the gerund before", () => {
    const text = "Sergey Lavrov spent two days in Wonsan, holding talks with Choe Son Hui on Saturday and being received by Kim Jong Un in the evening.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-10/day Choe Son Hui+Sergey Lavrov Wonsan", "2025-05-10/day Kim Jong Un+Sergey Lavrov Wonsan"]);
  });
});

describe("'meeting' the host's leader and the guest's counterpart", () => {
  it("is two meetings of the visiting minister", () => {
    const text = "Sergey Lavrov was in Pyongyang on Thursday, meeting Foreign Minister Choe Son Hui and Kim Jong Un.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual(["2025-05-08/day Choe Son Hui+Sergey Lavrov Pyongyang", "2025-05-08/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a visiting leader meeting the host's leader and minister stays one meeting", () => {
    const text = "Vladimir Putin was in Pyongyang on Thursday, meeting Kim Jong Un and Choe Son Hui.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual(["2025-05-08/day Choe Son Hui+Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("near miss: two guests of one side received together stay one audience", () => {
    const text = "Kim Jong Un received Sergey Lavrov and Sergei Shoigu in Pyongyang on Thursday.";
    expect(describeEvents(text, "2025-05-10", "meeting")).toEqual(["2025-05-08/day Kim Jong Un+Sergei Shoigu+Sergey Lavrov Pyongyang"]);
  });
});

describe("'the two sides' after a verb that names its own pair", () => {
  it("are that pair, not the guest and the host of the clause before", () => {
    const text = "Sergey Lavrov was received by Kim Jong Un on Friday, and on the same day he held talks with his North Korean counterpart Choe Son Hui, when the two sides agreed to open a new air route.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-09/day Kim Jong Un+Sergey Lavrov null", "2025-05-09/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a leader receiving two guests keeps both with 'the two sides' after", () => {
    const text = "Kim Jong Un received Sergey Lavrov and Sergei Shoigu in Pyongyang on Friday, when the two sides discussed the war.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-09/day Kim Jong Un+Sergei Shoigu+Sergey Lavrov Pyongyang"]);
  });
});

describe("talks 'between' a pair", () => {
  it("are that pair's, not those of the one who praises them", () => {
    const text =
      "Kim Jong Un received Sergey Lavrov in Wonsan on Saturday. " +
      "Present there was Foreign Minister Choe Son Hui. " +
      "Kim Jong Un praised the results of the talks between the foreign ministers of the two countries held earlier that day.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-10/day Kim Jong Un+Sergey Lavrov Wonsan", "2025-05-10/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: one party named after 'between' keeps the speaker", () => {
    const text = "Kim Jong Un hailed the talks between himself and Lavrov in Wonsan on Saturday.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-10/day Kim Jong Un+Sergey Lavrov Wonsan"]);
  });
});
