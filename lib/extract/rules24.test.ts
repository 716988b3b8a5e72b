/**
 * rules-24: recalled trips and their parties — "in September of the same year" is in the year the text last wrote out,
 * as "that year" is; an undated trip the text says was made "recently" is, like one made "earlier", not on the report's
 * day; "the two sides" after a clause naming two people of different countries are those two; "a year to the day
 * after" an event puts it a year before the news, at month precision, not on the day after the last day named; in
 * "Kim guided him (received Lavrov) ... during his visit" the visit is the guest's; "the document Mr Kim signed" only
 * names a document and takes no date from the report; nor does "Since then, ... have visited".
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'<month> of the same year'", () => {
  it("is that month in the year the text last wrote out", () => {
    const text = "Lavrov has visited Pyongyang twice. He first came in June 2022. In October of the same year, Choe Son Hui went to Moscow.";
    expect(describeEvents(text, "2025-03-10", "visit")).toContain("2022-10-01/month Choe Son Hui Moscow");
  });

  it("near miss: a bare month is still in the year the report infers", () => {
    const text = "Lavrov has visited Pyongyang twice. He first came in June 2022. In January, Choe Son Hui went to Moscow.";
    expect(describeEvents(text, "2025-03-10", "visit")).toContain("2025-01-01/month Choe Son Hui Moscow");
  });
});

describe("'recently paid a visit'", () => {
  const lead = "PYONGYANG, November 12 (KCNA) -- Kim Jong Un issued a decree on the treaty with Russia on November 11.\n\nThe bill had passed smoothly.";

  it("is an earlier trip with no day, not one on the report's day", () => {
    expect(describeEvents(`${lead} Choe Son Hui recently paid an official visit to Russia.`, "2024-11-12", "visit")).toEqual([]);
  });

  it("near miss: an undated visit with no such word is still the report's day", () => {
    expect(describeEvents(`${lead} Choe Son Hui paid an official visit to Russia.`, "2024-11-12", "visit")).toEqual(["2024-11-12/day Choe Son Hui Russia"]);
  });
});

describe("'X met Y ..., with state media saying the two sides ...'", () => {
  const before = "Putin and Kim Jong Un signed a treaty in Pyongyang on June 19. Ties have grown since Kim traveled to Russia in September last year for a summit with Putin.";

  it("takes the two its own clause named as the sides, not the pair named together most often", () => {
    const text = `${before} Shoigu met Kim in Pyongyang on Sept. 13, with state media saying the two sides had reached a consensus.`;
    expect(describeEvents(text, "2024-10-24", "meeting")).toContain("2024-09-13/day Kim Jong Un+Sergei Shoigu Pyongyang");
    expect(describeEvents(text, "2024-10-24", "meeting")).not.toContain("2024-09-13/day Kim Jong Un+Sergei Shoigu+Vladimir Putin Pyongyang");
  });

  it("near miss: with one person in its clause, the sides are still the pair the text was about", () => {
    const text = `${before} Kim hosted talks in Pyongyang on Sept. 13, with state media saying the two sides had reached a consensus.`;
    expect(describeEvents(text, "2024-10-24", "meeting")).toContain("2024-09-13/day Kim Jong Un+Vladimir Putin Pyongyang");
  });
});

describe("'a year to the day after'", () => {
  const before = "Choe Son Hui flew to Moscow on 4 November. She had been in Pyongyang on 2 October to see Lavrov off.";

  it("puts the event counted from a year before the news, not on the day after the last day named", () => {
    const text = `${before} Her trip came a year to the day after Kim met Putin at the Vostochny Cosmodrome.`;
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual(["2023-11-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("near miss: 'the day after' alone still counts on from the last day named", () => {
    const text = `${before} Her trip came the day after Kim met Putin at the Vostochny Cosmodrome.`;
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual(["2024-10-03/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });
});

describe("'<host> guided him (or received <name>) ... during his visit'", () => {
  it("makes the visit the guest's, so the host is no traveller", () => {
    const text = "Shoigu looked at a missile at an arms exhibition in Pyongyang in July 2023. Kim guided him around the hall during his visit for the anniversary.";
    expect(describeEvents(text, "2024-09-14", "visit")).toEqual([]);
    expect(describeEvents(text, "2024-09-14", "meeting")).toEqual(["2023-07-01/month Kim Jong Un+Sergei Shoigu null"]);
  });

  it("makes it the named guest's when the host's object is a name", () => {
    const text = "Lavrov arrived in Wonsan on Friday. Kim Jong Un received Lavrov during his previous visit in 2023.";
    expect(describeEvents(text, "2025-07-13", "visit")).toEqual(["2025-07-11/day Sergey Lavrov Wonsan", "2023-01-01/year Sergey Lavrov North Korea"]);
  });

  it("near miss: 'met' is no host's verb, and 'his visit' stays the subject's", () => {
    const text = "Lavrov arrived in Wonsan on Friday. Kim Jong Un met Putin during his visit to Russia in 2023.";
    expect(describeEvents(text, "2025-07-13", "visit")).toContain("2023-01-01/year Kim Jong Un Russia");
  });

  it("near miss: with the guest named, 'his visit' still reads as before", () => {
    const text = "Kim Jong Un arrived in Moscow in May 2019. Putin received Kim in the Kremlin during his visit to Russia.";
    expect(describeEvents(text, "2024-09-14", "meeting")).toEqual(["2019-05-01/month Kim Jong Un+Vladimir Putin Moscow"]);
  });
});

describe("'the document Mr Kim signed'", () => {
  const lead = "PYONGYANG, November 12 (KCNA) -- Kim Jong Un ratified the treaty by decree on November 11.\n\nThe decree was short.";

  it("names a document by its signer, with no signing on the report's day", () => {
    expect(describeEvents(`${lead} But the document Mr Kim signed may prove to be his most important act.`, "2024-11-12", "agreement")).toEqual([]);
  });

  it("near miss: 'Mr Kim signed a document' is still a signing on the report's day", () => {
    expect(describeEvents(`${lead} But Mr Kim signed a document that may prove to be his most important act.`, "2024-11-12", "agreement")).toEqual(["2024-11-12/day Kim Jong Un null"]);
  });
});

describe("'Since then, ... have visited'", () => {
  const before = "WONSAN, July 12 (RosInform) -- Lavrov held talks with Choe Son Hui in Wonsan on Saturday.\n\nLavrov last visited the DPRK in October 2023.";

  it("is a span of trips since a past time, none of them on the report's day", () => {
    const text = `${before} Since then, ties have deepened: besides the summit in Pyongyang, delegations headed by Sergei Shoigu and Andrei Belousov have visited the country.`;
    expect(describeEvents(text, "2025-07-12", "visit").filter((e) => e.includes("Belousov"))).toEqual([]);
  });

  it("near miss: a dated trip in such a sentence keeps its day", () => {
    const text = `${before} Since then, ties have deepened: besides the summit in Pyongyang, delegations headed by Sergei Shoigu and Andrei Belousov visited the country on Friday.`;
    expect(describeEvents(text, "2025-07-12", "visit")).toContain("2025-07-11/day Andrei Belousov+Sergei Shoigu Pyongyang");
  });
});
