/**
 * rules-20 (e): background mentions told in passing — a day whose year the sentence gives as "last year", a month
 * counted on from "that", the signing during a named visit, a guest's return flights, a recalled treaty. Sentences are
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("a day without its year after a month given 'last year' in the same sentence", () => {
  it("takes that year: 'in October last year ... on Oct. 4'", () => {
    const text = "Sergey Lavrov flew to Pyongyang in October last year and held talks with Choe Son Hui there on Oct. 4.";
    expect(describeEvents(text, "2024-10-06", "meeting")).toEqual(["2023-10-04/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("leaves a day of this year when no year is written before it", () => {
    const text = "Sergey Lavrov flew to Pyongyang and held talks with Choe Son Hui there on Oct. 4.";
    expect(describeEvents(text, "2024-10-06", "meeting")).toEqual(["2024-10-04/day Choe Son Hui+Sergey Lavrov null"]);
  });
});

describe("'N months after that'", () => {
  it("counts on from the month named before, never back from the report", () => {
    const text = "Choe Son Hui went to Moscow in March 2023. Three months after that, Sergey Lavrov travelled to Pyongyang.";
    expect(describeEvents(text, "2024-11-20", "visit")).toEqual(["2023-03-01/month Choe Son Hui Moscow", "2023-06-01/month Sergey Lavrov Pyongyang"]);
  });

  it("still counts back from the report for 'came two months after Choe visited Moscow'", () => {
    const text = "Sergey Lavrov's trip to Pyongyang on Monday came two months after Choe Son Hui visited Moscow.";
    expect(describeEvents(text, "2024-11-20", "visit")).toContain("2024-11-18/day Sergey Lavrov Pyongyang");
  });
});

describe("a signing in a during-which clause after a named visit", () => {
  it("takes the visit's date, not the date that opens the sentence", () => {
    const text = "The March 2025 talks came nine months after Putin's trip to Pyongyang in June 2024, during which Putin and Kim Jong Un signed a partnership treaty.";
    expect(describeEvents(text, "2025-03-25", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("leaves a signing dated in its own clause", () => {
    const text = "Putin and Kim Jong Un signed a partnership treaty in Pyongyang in June 2024, and the two met again in Beijing in September 2025.";
    expect(describeEvents(text, "2025-09-25", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a year written as an attribute of a possessed event noun", () => {
  it("dates the trip: 'her 2023 trip to Moscow'", () => {
    const text = "Choe Son Hui has been abroad rarely since her 2023 trip to Moscow, where she held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2025-02-10", "visit")).toEqual(["2023-01-01/year Choe Son Hui Moscow"]);
  });

  it("leaves a number that is no year: 'his 2000 troops'", () => {
    const text = "Kim Jong Un sent his 2000 troops home after meeting Sergei Shoigu in Pyongyang on Friday.";
    expect(describeEvents(text, "2025-02-10", "meeting")).toEqual(["2025-02-07/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("the one who recalls a signed document", () => {
  it("is no party to its signing", () => {
    const text = "Sergey Lavrov praised the partnership, citing the Agreement on Economic Cooperation signed in Moscow on 3 March 2001.";
    expect(describeEvents(text, "2025-02-10", "agreement")).toEqual([]);
  });

  it("leaves a signatory named with 'signed by'", () => {
    const text = "Sergey Lavrov praised the partnership, citing the Treaty on Comprehensive Strategic Partnership signed by Vladimir Putin and Kim Jong Un in Pyongyang on 19 June 2024.";
    expect(describeEvents(text, "2025-02-10", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("leaves the subject who signed it himself", () => {
    const text = "Vladimir Putin, recalling the treaty of 2000, signed a new treaty with Kim Jong Un on 19 June 2024.";
    expect(describeEvents(text, "2025-02-10", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("an airport welcome of a guest told only as his delegation", () => {
  it("is no meeting with the guest's counterpart", () => {
    const text = "Andrei Belousov flew to Pyongyang on Friday. At Sunan airport the Russian military delegation was met by Defence Minister No Kwang Chol.";
    expect(describeEvents(text, "2024-12-01", "meeting")).toEqual([]);
  });

  it("still reads a named guest greeted by his counterpart as their meeting", () => {
    const text = "At Sunan airport on Friday Andrei Belousov was met by Defence Minister No Kwang Chol.";
    expect(describeEvents(text, "2024-12-01", "meeting")).toEqual(["2024-11-29/day Andrei Belousov+No Kwang Chol Pyongyang"]);
  });
});

describe("a subject pronoun whose own passive verb names its agent", () => {
  it("is not that agent: 'Kim received him, and then he flew in again, was received by Kim'", () => {
    const text = "Sergey Lavrov came to Pyongyang on 2 May. He left, and Kim Jong Un thanked him, and then, on 20 May, he flew in again and was received by Kim.";
    expect(describeEvents(text, "2025-05-22", "visit")).toEqual(["2025-05-02/day Sergey Lavrov Pyongyang", "2025-05-20/day Sergey Lavrov Pyongyang"]);
  });

  it("leaves a pronoun whose passive agent is someone else", () => {
    const text = "Sergey Lavrov came to Pyongyang on 2 May. Then, on 20 May, Kim Jong Un flew to Moscow, where he was received by Vladimir Putin.";
    expect(describeEvents(text, "2025-05-22", "visit")).toEqual(["2025-05-02/day Sergey Lavrov Pyongyang", "2025-05-20/day Kim Jong Un Moscow"]);
  });
});

describe("a signing whose parties come only from the visit it was signed during", () => {
  it("joins the signing told with its parties later in the same month", () => {
    const text = "• Andrei Belousov has flown to Pyongyang and been received by Kim Jong Un, state media said.\n• The visit follows the treaty signed during Vladimir Putin's visit to Pyongyang in June.\n\nThe trip came five months after Putin's visit to Pyongyang in June, during which the two leaders signed a mutual defence treaty.";
    expect(describeEvents(text, "2024-11-29", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("keeps signings of two different months apart", () => {
    const text = "• Andrei Belousov has flown to Pyongyang and been received by Kim Jong Un, state media said.\n• The visit follows the treaty signed during Vladimir Putin's visit to Pyongyang in June.\n\nIn October, Putin and Kim Jong Un signed a new economic agreement.";
    expect(describeEvents(text, "2024-11-29", "agreement")).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang", "2024-10-01/month Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a date after ', and then' and the adverb 'once more'", () => {
  it("dates each step of a told sequence by its own day", () => {
    const text = "Sergey Lavrov returned on 2 May, and Kim Jong Un received him, and then, on 20 May, he flew in once more and was received by Kim.";
    expect(describeEvents(text, "2025-05-22", "meeting")).toEqual(["2025-05-02/day Kim Jong Un+Sergey Lavrov null", "2025-05-20/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("still reads 'once' opening a condition as no event", () => {
    const text = "Once Sergey Lavrov is received by Kim Jong Un, the two sides will sign the plan.";
    expect(describeEvents(text, "2025-05-22", "meeting")).toEqual([]);
  });

  it("still takes a date after the verb with no earlier date to compete", () => {
    const text = "Kim Jong Un received Sergey Lavrov, and then, on 20 May, the two signed a plan.";
    expect(describeEvents(text, "2025-05-22", "meeting")).toEqual(["2025-05-20/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a meeting noun told as the purpose of a dated journey", () => {
  it("takes the journey's date: 'returned on May 20 for a second audience with Kim'", () => {
    const text = "Sergey Lavrov flew to Pyongyang on May 2 and was received by Kim Jong Un that same day, then returned on May 20 for a second audience with the North Korean leader.";
    expect(describeEvents(text, "2025-06-10", "meeting")).toEqual(["2025-05-02/day Kim Jong Un+Sergey Lavrov null", "2025-05-20/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("leaves a purpose noun set off from the journey by a comma", () => {
    const text = "Sergey Lavrov flew to Pyongyang on May 2 and was received by Kim Jong Un that same day, then returned, after a stop in Beijing on May 20, for a second audience with the North Korean leader.";
    expect(describeEvents(text, "2025-06-10", "meeting")).not.toContain("2025-05-20/day Kim Jong Un+Sergey Lavrov null");
  });
});

describe("a past meeting held 'here' under a dateline", () => {
  it("implies the guest's trip to the dateline's city", () => {
    const text = "MOSCOW, November 20 (Wire) — Choe Son Hui met Vladimir Putin in Moscow on Monday.\n\nOn 16 January she held talks here with Sergey Lavrov.";
    expect(describeEvents(text, "2024-11-20", "visit")).toContain("2024-01-16/day Choe Son Hui Moscow (implied)");
  });

  it("implies no trip for a past meeting not told as 'here'", () => {
    const text = "MOSCOW, November 20 (Wire) — Choe Son Hui met Vladimir Putin in Moscow on Monday.\n\nOn 16 January she held talks with Sergey Lavrov.";
    expect(describeEvents(text, "2024-11-20", "visit")).not.toContain("2024-01-16/day Choe Son Hui Moscow (implied)");
  });
});
