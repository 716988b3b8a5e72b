/**
 * rules-14: shapes from the multi-report articles written blind (mr-86..mr-117), false events and misses. Sentences
 * are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });
const ratifications = (text: string) => describeWith(text, "2024-12-20", "ratification", { actor: true });

describe("a chamber named after a passive's 'by'", () => {
  it("is the one that acted, not the chamber of the clause before", () => {
    expect(ratifications("The pact was passed by the State Duma on Oct. 24 and endorsed by the Federation Council on Nov. 6.")).toEqual([
      "2024-10-24/day ;State Duma null",
      "2024-11-06/day ;Federation Council null",
    ]);
  });

  it("leaves the chamber before an active verb alone", () => {
    expect(ratifications("The State Duma passed the pact on Oct. 24, two weeks before the Federation Council met.")).toEqual(["2024-10-24/day ;State Duma null"]);
  });
});

describe("'last' before the name of a month", () => {
  it("is a year back when that month is the report's own or the one just gone", () => {
    expect(describeEvents("The pact Vladimir Putin signed in Pyongyang last June still binds Moscow.", "2025-07-20", "agreement")).toEqual(["2024-06-01/month Vladimir Putin Pyongyang"]);
  });

  it("is this year's month when it lies further back", () => {
    expect(describeEvents("The pact Vladimir Putin signed in Pyongyang last March still binds Moscow.", "2025-07-20", "agreement")).toEqual(["2025-03-01/month Vladimir Putin Pyongyang"]);
  });
});

describe("a where-clause at the next stop of a journey ('before continuing to X, where ...')", () => {
  const summit = "Vladimir Putin and Kim Jong Un held talks at the cosmodrome on Wednesday.";
  const crossing = "Kim Jong Un crossed into Russia on Tuesday and was welcomed at the border station by Sergei Shoigu before continuing north to the cosmodrome";

  it("takes neither the crossing's day nor the welcomer", () => {
    expect(describeEvents(`${summit} ${crossing}, where Vladimir Putin greeted him.`, "2023-09-14", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("keeps a date of its own, and a sentence opening with the journey's next leg", () => {
    expect(describeEvents("Kim Jong Un crossed into Russia on Tuesday before continuing north to the cosmodrome, where Vladimir Putin greeted him on Wednesday.", "2023-09-14", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin null"]);
    expect(describeEvents("Before travelling to Pyongyang, Vladimir Putin flew to Beijing on Tuesday, where he held talks with Xi Jinping.", "2023-09-14", "meeting")).toEqual(["2023-09-12/day Vladimir Putin+Xi Jinping null"]);
  });
});

describe("'the Russian minister' with no name of its own", () => {
  it("is the minister of that country named before it", () => {
    expect(describeEvents("Sergey Lavrov's talks in Pyongyang began on October 18. Kim Jong Un received the Russian minister on October 19.", "2023-10-25", "meeting")).toEqual(["2023-10-19/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("is nobody when only a leader of that country was named", () => {
    expect(describeEvents("Vladimir Putin sent greetings on October 18. Kim Jong Un received the Russian minister on October 19.", "2023-10-25", "meeting")).toEqual(["2023-10-19/day Kim Jong Un null"]);
  });
});

describe("a meeting in a clause hung on a visit ('during which', 'in the course of which')", () => {
  const visit = "Sergey Lavrov's visit to Pyongyang on October 18, 2023";

  it("is at the visit's destination, not at the place named after the clause", () => {
    expect(describeEvents(`${visit}, in the course of which Lavrov was received by Kim Jong Un, followed the summit at the Vostochny Cosmodrome.`, "2024-01-17", "meeting")).toEqual(["2023-10-18/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });

  it("is where the clause itself says", () => {
    expect(describeEvents(`${visit}, during which Lavrov was received by Kim Jong Un in Wonsan, followed the summit at the Vostochny Cosmodrome.`, "2024-01-17", "meeting")).toEqual(["2023-10-18/day Kim Jong Un+Sergey Lavrov Wonsan"]);
  });
});

describe("the steps of a ratification told as a list", () => {
  it("are each a ratification, the verbs of some elided", () => {
    expect(ratifications("Ratifying the pact took weeks (the State Duma voted on Oct. 24, the Federation Council on Nov. 6; Vladimir Putin signed the law on Nov. 9 and Kim Jong Un issued his decree on Nov. 11).")).toEqual([
      "2024-10-24/day ;State Duma null",
      "2024-11-06/day ;Federation Council null",
      "2024-11-09/day Vladimir Putin null",
      "2024-11-11/day Kim Jong Un null",
    ]);
  });

  it("are no ratifications in a sentence that does not speak of ratifying", () => {
    expect(ratifications("The budget moved fast: the State Duma voted on Oct. 24, the Federation Council on Nov. 6, and Vladimir Putin signed the law on Nov. 9.")).toEqual([]);
  });
});

describe("a chamber's step after 'and' past a date written with an abbreviation", () => {
  it("is read past the abbreviation's full stop", () => {
    expect(ratifications("The State Duma ratified the pact on Oct. 24, and the Federation Council, the upper house, followed on Nov. 6.")).toEqual([
      "2024-10-24/day ;State Duma null",
      "2024-11-06/day ;Federation Council null",
    ]);
  });
});

describe("an event told in an offset clause (', a month after X met Y')", () => {
  it("is dated that far from the date before it, with the clause's own parties", () => {
    expect(describeEvents("Sergey Lavrov last went to North Korea in October 2023, a month after Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.", "2025-07-10", "meeting")).toEqual(["2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("keeps a date written in the clause itself", () => {
    expect(describeEvents("Sergey Lavrov went to North Korea on October 18, 2023, five weeks after Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on September 13, 2023.", "2025-07-10", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });
});

describe("a visit noun after 'It was' ('It was Putin's first visit to North Korea in 24 years')", () => {
  const signing = "Vladimir Putin and Kim Jong Un signed the treaty in Pyongyang on June 19, after their talks there.";

  it("retells the trip of the sentence before and takes its day", () => {
    expect(describeEvents(`${signing} It was the Russian leader's first visit to North Korea in 24 years.`, "2024-12-05", "visit")).toEqual(["2024-06-19/day Vladimir Putin North Korea (implied)"]);
  });

  it("takes no day from a meeting told further back (only the visit read from the talks is left)", () => {
    expect(describeEvents(`${signing} The treaty took effect in December. It was the Russian leader's first visit to North Korea in 24 years.`, "2024-12-05", "visit")).toEqual(["2024-06-19/day Vladimir Putin Pyongyang (implied)"]);
  });
});

describe("'has been to PLACE' with the days listed", () => {
  it("is a visit on each day", () => {
    expect(describeEvents("Sergei Shoigu has now been to Pyongyang three times this year, on March 21, June 4 and June 17.", "2025-07-21", "visit")).toEqual([
      "2025-03-21/day Sergei Shoigu Pyongyang",
      "2025-06-04/day Sergei Shoigu Pyongyang",
      "2025-06-17/day Sergei Shoigu Pyongyang",
    ]);
  });

  it("is no visit negated or undated", () => {
    expect(describeEvents("Sergei Shoigu has never been to Pyongyang before March 21.", "2025-07-21", "visit")).toEqual([]);
    expect(describeEvents("Sergei Shoigu has been to Pyongyang many times.", "2025-07-21", "visit")).toEqual([]);
  });
});

describe("a meeting 'on each occasion' of listed trips", () => {
  const trips = "Sergei Shoigu has been to Pyongyang three times this year, on March 21, June 4 and June 17";

  it("is held on each trip's day", () => {
    expect(describeEvents(`${trips} (Kim Jong Un received him on each occasion).`, "2025-07-21", "meeting")).toEqual([
      "2025-03-21/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-06-04/day Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-06-17/day Kim Jong Un+Sergei Shoigu Pyongyang",
    ]);
  });

  it("is one meeting when the sentence says nothing of each trip", () => {
    expect(describeEvents(`${trips}, and Kim Jong Un received him in June.`, "2025-07-21", "meeting")).toHaveLength(1);
  });
});

describe("a who-clause after a name and its appositive", () => {
  const lead = "Andrei Belousov landed in Pyongyang on Friday. His trip follows one by his predecessor,";

  it("has the named person for its subject", () => {
    expect(describeEvents(`${lead} Sergei Shoigu, now secretary of the Security Council, who travelled to Pyongyang in September and met Kim Jong Un there.`, "2024-11-30", "meeting")).toEqual(["2024-09-01/month Kim Jong Un+Sergei Shoigu null"]);
  });

  it("still has it right after the name", () => {
    expect(describeEvents(`${lead} Sergei Shoigu, who travelled to Pyongyang in September and met Kim Jong Un there.`, "2024-11-30", "meeting")).toEqual(["2024-09-01/month Kim Jong Un+Sergei Shoigu null"]);
  });
});

describe("'picked up the phone to brief X'", () => {
  it("is a call between the caller and the one briefed, not the leader of an earlier clause", () => {
    expect(describeEvents("In August, before flying to Beijing to meet Xi Jinping, Vladimir Putin picked up the phone to brief Kim Jong Un.", "2025-09-06", "call")).toEqual(["2025-08-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("is no call when the ones briefed are not a person named after it", () => {
    expect(describeEvents("Vladimir Putin picked up the phone to brief reporters on August 12 about Kim Jong Un.", "2025-09-06", "call")).toEqual([]);
  });
});
