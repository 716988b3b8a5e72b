/**
 * rules-16: more background mentions of earlier events, so that each merged event lists every article reporting it.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("trips counted in one month", () => {
  it("tells two trips for 'twice' before the month, the meeting of each where it was held each time", () => {
    expect(describeEvents("Sergei Shoigu flew to Pyongyang twice in May, meeting Kim Jong Un on both occasions.", "2025-07-20", "visit")).toEqual([
      "2025-05-01/month Sergei Shoigu Pyongyang",
      "2025-05-01/month Sergei Shoigu Pyongyang",
    ]);
    expect(describeEvents("Sergei Shoigu flew to Pyongyang twice in May, meeting Kim Jong Un on both occasions.", "2025-07-20", "meeting")).toEqual([
      "2025-05-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-05-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
    ]);
    expect(describeEvents("Sergei Shoigu was in Pyongyang in February and twice more in April.", "2025-07-20", "visit")).toEqual([
      "2025-02-01/month Sergei Shoigu Pyongyang",
      "2025-04-01/month Sergei Shoigu Pyongyang",
      "2025-04-01/month Sergei Shoigu Pyongyang",
    ]);
  });

  it("reads a list counting a trip noun's trips by month, and a meeting 'every time' in the sentence after", () => {
    const text = "Kim Jong Un has been busy. Trips Sergei Shoigu has made to Pyongyang so far: one in January and two in April. Kim received him every time.";
    expect(describeEvents(text, "2025-07-20", "visit")).toEqual([
      "2025-01-01/month Sergei Shoigu Pyongyang",
      "2025-04-01/month Sergei Shoigu Pyongyang",
      "2025-04-01/month Sergei Shoigu Pyongyang",
    ]);
    expect(describeEvents(text, "2025-07-20", "meeting")).toEqual([
      "2025-01-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-04-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
      "2025-04-01/month Kim Jong Un+Sergei Shoigu Pyongyang",
    ]);
  });

  it("tells no trips for a count with no month, a count held off by another verb, or a list with other items", () => {
    expect(describeEvents("Sergei Shoigu has flown to Pyongyang twice since the treaty was signed.", "2025-07-20", "visit")).toEqual([]);
    expect(describeEvents("Sergei Shoigu flew to Pyongyang and said twice in May that the troops would stay.", "2025-07-20", "visit")).toEqual([]);
    expect(describeEvents("Trips Sergei Shoigu has made to Pyongyang so far: one in January and several short ones since.", "2025-07-20", "visit")).toEqual([]);
  });
});

describe("a participle after a trip", () => {
  it("meets with the traveller on the trip's date", () => {
    expect(describeEvents("Sergei Shoigu flew to Pyongyang on March 21, meeting Kim Jong Un.", "2025-07-20", "meeting")).toEqual(["2025-03-21/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("is no meeting after a verb other than a trip's", () => {
    expect(describeEvents("Sergei Shoigu praised the treaty on March 21, meeting Kim Jong Un's approval.", "2025-07-20", "meeting")).toEqual([]);
  });
});

describe("'once' before a title", () => {
  it("is 'formerly', no condition", () => {
    expect(describeEvents("Sergei Shoigu, once defence minister, flew to Pyongyang on March 21.", "2025-07-20", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });

  it("stays a condition before a clause", () => {
    expect(describeEvents("Once Sergei Shoigu flew to Pyongyang on March 21 the deal would be done.", "2025-07-20", "visit")).toEqual([]);
  });
});

describe("a date in brackets after a trip noun", () => {
  it("dates the trip", () => {
    expect(describeEvents("Sergey Lavrov's trip to Wonsan (July 11–13) set the agenda for the autumn.", "2025-08-16", "visit")).toEqual(["2025-07-11/day Sergey Lavrov Wonsan"]);
  });

  it("leaves a bracket with more than the date to its own clause", () => {
    expect(describeEvents("Sergey Lavrov's trip to Wonsan (the flights began on July 28) set the agenda.", "2025-08-16", "visit")).toEqual([]);
  });
});

describe("a meeting after another meeting of the same day", () => {
  it("keeps the two apart: the host's with the guest, the guest's with the counterpart whose title owns the talks", () => {
    const text = "Kim Jong Un received Sergey Lavrov on May 9, after the minister's talks with his counterpart Choe Son Hui that morning, and the statements from both sides praised the alliance.";
    expect(describeEvents(text, "2025-05-12", "meeting")).toEqual(["2025-05-09/day Kim Jong Un+Sergey Lavrov null", "2025-05-09/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("leaves a title with no one of that title named before it unresolved", () => {
    expect(describeEvents("Vladimir Putin received Kim Jong Un on May 9, after the minister's talks with his counterpart Sergey Lavrov.", "2025-05-12", "meeting")).toEqual(["2025-05-09/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("someone's successor", () => {
  it("is the party, not the person he succeeded", () => {
    expect(describeEvents("In November Sergei Shoigu's successor, Andrei Belousov, was received by Kim Jong Un.", "2025-05-12", "meeting")).toEqual(["2024-11-01/month Andrei Belousov+Kim Jong Un null"]);
  });
});

describe("a meeting told of each trip", () => {
  it("takes the trips' days and no other day", () => {
    const text = "Andrei Belousov arrived in Pyongyang on November 29. Sergei Shoigu has been to Pyongyang twice this year, on March 21 and June 4 (Kim Jong Un received him on each occasion).";
    expect(describeEvents(text, "2025-07-20", "meeting")).toEqual(["2025-03-21/day Kim Jong Un+Sergei Shoigu Pyongyang", "2025-06-04/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });
});

describe("a return told as 'was back'", () => {
  it("goes where the traveller's other trip went, on the sentence's day", () => {
    const text = "Sergei Shoigu flew to Pyongyang on March 21. On May 30, the day parliament in Seoul met for the first time, he was back, and he and Kim Jong Un talked about troops.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang", "2025-05-30/day Sergei Shoigu Pyongyang"]);
  });

  it("is no trip without another trip of the traveller to take its place from", () => {
    expect(describeEvents("Sergei Shoigu rested in May. On May 30 he was back, and Kim Jong Un praised him.", "2025-06-20", "visit")).toEqual([]);
  });
});

describe("someone named in a phrase explaining a date", () => {
  it("is no party, nor what a pronoun after it stands for", () => {
    const text = "Sergei Shoigu flew to Pyongyang on March 21. On May 30, the day Donald Trump spoke in Congress, he came back to Pyongyang, and in their talks Kim Jong Un promised more troops.";
    expect(describeEvents(text, "2025-06-20", "meeting")).toEqual(["2025-05-30/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("is a party when the phrase runs to the end of the sentence", () => {
    expect(describeEvents("Vladimir Putin landed in Pyongyang on May 29, the day Kim Jong Un received him.", "2025-06-20", "meeting")).toEqual(["2025-05-29/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("'As <title> he' opening a sentence", () => {
  it("points back to the person the text was about", () => {
    expect(describeEvents("Sergei Shoigu knows the North. As defence minister he led the Russian delegation to Pyongyang for a parade in July 2023.", "2025-06-20", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });
});

describe("a photo caption", () => {
  it("puts the two sides' people together on its day", () => {
    expect(describeEvents("Sergei Shoigu arrived on Tuesday.\n\nKim Jong Un with Sergei Shoigu in Pyongyang on Tuesday.", "2025-06-20", "meeting")).toEqual(["2025-06-17/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("is no meeting with more than names, place and day, or with two people of one side", () => {
    expect(describeEvents("Kim Jong Un with Sergei Shoigu in Pyongyang on Tuesday, as the talks failed.", "2025-06-20", "meeting")).toEqual([]);
    expect(describeEvents("Vladimir Putin with Sergei Shoigu in Moscow on Tuesday.", "2025-06-20", "meeting")).toEqual([]);
  });
});

describe("a recap of a trip with its meetings in brackets", () => {
  const text = "Choe Son Hui flew to Moscow in March 2024 (Vladimir Putin received her) and came back in October for the second round of the \"security dialogue\" with Sergey Lavrov (October 2), with another audience with Putin on October 5.";

  it("dates an undated verb in a bracket by the date just before it, and a round of talks by its bracketed day", () => {
    expect(describeEvents(text, "2025-07-21", "meeting")).toEqual([
      "2024-03-01/month Choe Son Hui+Vladimir Putin null",
      "2024-10-02/day Choe Son Hui+Sergey Lavrov null",
      "2024-10-05/day Choe Son Hui+Vladimir Putin null",
    ]);
  });

  it("gives a bracketed verb no date when no date stands right before the bracket", () => {
    expect(describeEvents("Choe Son Hui flew to Moscow in March 2024 to see officials (Vladimir Putin received her).", "2025-07-21", "meeting")).not.toContain("2024-03-01/month Choe Son Hui+Vladimir Putin null");
  });
});

describe("a ratification step listed with a month", () => {
  it("is the chamber's vote in that month", () => {
    expect(describeWith("Ratification was quick (the State Duma on October 24, the Federation Council in early November, Vladimir Putin signed the law on November 9).", "2025-01-10", "ratification", { actor: true })).toEqual([
      "2024-10-24/day ;State Duma null",
      "2024-11-01/month ;Federation Council null",
      "2024-11-09/day Vladimir Putin null",
    ]);
  });

  it("is nothing in a sentence not about ratifying", () => {
    expect(describeWith("Debate was long (the State Duma on October 24, the Federation Council in early November).", "2025-01-10", "ratification", { actor: true })).toEqual([]);
  });
});

describe("a trip told by its vehicle", () => {
  it("is a visit where the traveller rode the train to, or where a where-clause says he travelled by train", () => {
    expect(describeEvents("In April 2019 Kim Jong Un rode his green train to Vladivostok.", "2024-06-19", "visit")).toEqual(["2019-04-01/month Kim Jong Un Vladivostok"]);
    expect(describeEvents("Kim Jong Un and Vladimir Putin met in April 2019 on Russky Island in Vladivostok, where Kim Jong Un had travelled by train.", "2024-06-19", "visit")).toEqual(["2019-04-01/month Kim Jong Un Vladivostok"]);
  });

  it("is no visit when the vehicle is not the traveller's way there", () => {
    expect(describeEvents("In April 2019 Kim Jong Un rode a horse in the snow.", "2024-06-19", "visit")).toEqual([]);
    expect(describeEvents("In April 2019 Kim Jong Un travelled widely.", "2024-06-19", "visit")).toEqual([]);
  });
});

describe("a host giving the guest a tour", () => {
  it("is their meeting", () => {
    expect(describeEvents("In April 2019 Kim Jong Un rode his green train to Vladivostok, and Vladimir Putin gave him a tour of the harbour.", "2024-06-19", "meeting")).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin null"]);
  });

  it("is nothing when what is given is no tour", () => {
    expect(describeEvents("In April 2019 Kim Jong Un rode his green train to Vladivostok, and Vladimir Putin gave him a sword.", "2024-06-19", "meeting")).toEqual([]);
  });
});

describe("the purpose of a finished journey", () => {
  it("is a meeting of the traveller with the one he went to meet, at the journey's date", () => {
    expect(describeEvents("It was their first summit since April 2019, when Kim Jong Un travelled to Vladivostok to meet Vladimir Putin.", "2023-09-14", "meeting")).toContain("2019-04-01/month Kim Jong Un+Vladimir Putin null");
  });

  it("is nothing when the journey is still to come", () => {
    expect(describeEvents("Kim Jong Un will travel to Vladivostok to meet Vladimir Putin in April 2019.", "2019-03-14", "meeting")).toEqual([]);
  });
});

describe("a long-named treaty signed in a relative clause", () => {
  it("is the agreement the relative pronoun stands for", () => {
    expect(describeEvents("The anniversary of the Treaty on Comprehensive Strategic Partnership between Russia and North Korea, which the leaders of the two countries signed in Pyongyang on June 19 last year, falls on Thursday.", "2025-06-17", "agreement")).toEqual(["2024-06-19/day Kim Jong Un+Vladimir Putin Pyongyang"]);
  });

  it("is nothing when the relative pronoun stands for no document", () => {
    expect(describeEvents("The anniversary of the war between the Soviet Union and many other countries, which the leaders of the two countries signed in Pyongyang on June 19 last year, falls on Thursday.", "2025-06-17", "agreement")).toEqual([]);
  });
});

describe("a trip 'there'", () => {
  const before = "Vladimir Putin has since sent a string of senior officials to Pyongyang. ";

  it("goes to the place the sentence before sent people to, and a date opening the next clause is not its", () => {
    expect(describeEvents(`${before}Sergey Lavrov went there in October, and in January the Russian leader received Choe Son Hui in the Kremlin.`, "2024-06-18", "visit")).toEqual(["2023-10-01/month Sergey Lavrov Pyongyang"]);
  });

  it("is nothing when the sentence before names no place", () => {
    expect(describeEvents("Vladimir Putin has since sent a string of senior officials. Sergey Lavrov went there in October.", "2024-06-18", "visit")).toEqual([]);
  });
});

describe("a second trip of the month", () => {
  it("tells an earlier trip that month, and the meeting 'on the first one too' on both", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Tuesday. It is his second trip to the North this month, and Kim Jong Un received him on the first one too.";
    expect(describeEvents(text, "2025-06-19", "visit")).toEqual(["2025-06-17/day Sergei Shoigu Pyongyang", "2025-06-01/month Sergei Shoigu North Korea"]);
    expect(describeEvents(text, "2025-06-19", "meeting")).toEqual(["2025-06-01/month Kim Jong Un+Sergei Shoigu null", "2025-06-01/month Kim Jong Un+Sergei Shoigu null"]);
  });

  it("tells no earlier trip for a second trip without a month", () => {
    expect(describeEvents("Sergei Shoigu flew to Pyongyang on Tuesday. It is his second trip to the North.", "2025-06-19", "visit")).toEqual(["2025-06-17/day Sergei Shoigu Pyongyang"]);
  });
});
