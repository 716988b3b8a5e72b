/**
 * rules-20: background mentions of earlier trips told in passing, from reports of a security chief's and a defence
 * minister's trips. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("attending something 'there'", () => {
  it("is a visit to the place named before it in the sentence", () => {
    const text = "Sergei Shoigu knows Pyongyang well: as defence minister he attended a military parade there in July 2023.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("or to the place of the sentence before", () => {
    const text = "Sergei Shoigu flew to Pyongyang in July 2023. During the trip he attended a military parade there.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("is no visit when the place is the attendee's own country", () => {
    const text = "Sergei Shoigu has a long record in Moscow: he attended the Victory Day parade there in May 2023.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual([]);
  });
});

describe("'was back in' before a month", () => {
  it("is a return to the place of the traveller's other trip", () => {
    const text = "Sergei Shoigu attended a parade in Pyongyang in July 2023. He was back in September, when Kim Jong Un received him.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang", "2024-09-01/month Sergei Shoigu Pyongyang"]);
  });

  it("is no trip when the traveller is back home", () => {
    const text = "Sergei Shoigu attended a parade in Pyongyang in July 2023. He was back in Moscow in September.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("is no trip without an earlier trip of the same traveller", () => {
    const text = "Sergei Shoigu spoke in Moscow on Monday. He was back in September.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual([]);
  });
});

describe("a verbless timeline entry with an appositive and a second clause", () => {
  const lead = "Sergei Shoigu flew to Pyongyang on Friday and met Kim Jong Un.\n\nTIMELINE\n\n";

  it("is the stay of the titled name in the place, and the clause after the semicolon is read too", () => {
    const text = `${lead}Nov. 4, 2024 — Choe Son Hui, the foreign minister, in Moscow; Vladimir Putin receives her.`;
    expect(describeEvents(text, "2025-03-24", "visit")).toContain("2024-11-04/day Choe Son Hui Moscow");
    expect(describeEvents(text, "2025-03-24", "meeting")).toContain("2024-11-04/day Choe Son Hui+Vladimir Putin null");
  });

  it("is no visit when the place is the person's own country", () => {
    const text = `${lead}Nov. 4, 2024 — Sergey Lavrov, the foreign minister, in Moscow; he briefs reporters.`;
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });

  it("is no stay when a verb stands between the name and the place", () => {
    const text = `${lead}Nov. 4, 2024 — Choe Son Hui, the foreign minister, speaks in Moscow; no trip is announced.`;
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a city as the subject of 'hosted'", () => {
  it("tells each guest's visit there on the date that stands with the guest", () => {
    const text = "Since the summer, Pyongyang has hosted Sergei Shoigu in July 2023, when he led a military delegation, as well as Foreign Minister Sergey Lavrov in October 2023 and, in June 2024, Vladimir Putin.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual(["2023-07-01/month Sergei Shoigu Pyongyang", "2023-10-01/month Sergey Lavrov Pyongyang", "2024-06-01/month Vladimir Putin Pyongyang"]);
    expect(describeEvents(text, "2024-12-01", "meeting")).toEqual([]);
  });

  it("is no visit for a guest from the host city's own country", () => {
    const text = "Moscow hosted Sergey Lavrov in October 2023.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual([]);
  });

  it("is no visit when the city only will host the guest", () => {
    const text = "Pyongyang will host Vladimir Putin in June.";
    expect(describeEvents(text, "2024-03-01", "visit")).toEqual([]);
  });

  it("is no visit when the city hosted talks rather than a person", () => {
    const text = "Beijing hosted talks between Sergey Lavrov and Choe Son Hui in November 2024.";
    expect(describeEvents(text, "2024-12-01", "visit")).toEqual([]);
  });
});

describe("a bare month joined by 'and' to a later month with a year", () => {
  it("takes that year: 'in January and again in late October last year'", () => {
    const text = "Choe Son Hui went to Moscow in January and again in late October last year.";
    expect(describeEvents(text, "2025-03-27", "visit")).toEqual(["2024-01-01/month Choe Son Hui Moscow", "2024-10-01/month Choe Son Hui Moscow"]);
  });

  it("takes a written year too: 'in February and October 2024'", () => {
    const text = "Choe Son Hui went to Moscow in February and October 2024.";
    expect(describeEvents(text, "2025-03-27", "visit")).toEqual(["2024-02-01/month Choe Son Hui Moscow", "2024-10-01/month Choe Son Hui Moscow"]);
  });

  it("leaves a month later in the year than the dated one to its own reading", () => {
    const text = "Choe Son Hui went to Moscow in November and February 2024.";
    expect(describeEvents(text, "2025-03-27", "visit")).toEqual(["2024-11-01/month Choe Son Hui Moscow", "2024-02-01/month Choe Son Hui Moscow"]);
  });

  it("leaves two bare months to their own reading", () => {
    const text = "Choe Son Hui went to Moscow in January and in October.";
    expect(describeEvents(text, "2025-03-27", "visit")).toEqual(["2025-01-01/month Choe Son Hui Moscow", "2024-10-01/month Choe Son Hui Moscow"]);
  });
});

describe("a surname after a conjunction opening the sentence", () => {
  it("is the person: 'Since Shoigu's visit in July 2023, ...'", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Friday. Since Shoigu's visit in July 2023, the North has shipped millions of shells.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang", "2023-07-01/month Sergei Shoigu Pyongyang"]);
  });

  it("does not make an undated 'since' clause a trip", () => {
    const text = "Sergei Shoigu flew to Pyongyang on Friday. Since Shoigu's last visit, the North has shipped millions of shells.";
    expect(describeEvents(text, "2025-03-24", "visit")).toEqual(["2025-03-21/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a verbless photo caption joining two people by 'and'", () => {
  it("is their meeting at the place, set in a wider one, on the day", () => {
    const text = "FILE — Kim Jong Un and Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia's Amur region, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual(["2023-09-13/day Kim Jong Un+Vladimir Putin Vostochny Cosmodrome"]);
  });

  it("is no meeting without a place", () => {
    const text = "FILE — Kim Jong Un and Vladimir Putin, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });

  it("is no meeting of two people of one side", () => {
    const text = "FILE — Sergey Lavrov and Sergei Shoigu at the Kremlin in Moscow, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });

  it("is no meeting when words other than a place stand after the names", () => {
    const text = "Kim Jong Un and Vladimir Putin at odds over the deal, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });
});

describe("a photo caption of two people doing one thing together", () => {
  it("is their meeting: 'X and Y visit an exhibition in Pyongyang, July 26, 2023'", () => {
    const text = "FILE PHOTO: North Korean leader Kim Jong Un and then Russian Defence Minister Sergei Shoigu tour an arms fair in Pyongyang, North Korea, July 26, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual(["2023-07-26/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("is no meeting when the two only will visit", () => {
    const text = "Kim Jong Un and Vladimir Putin will visit a plant in Russia, Sept. 13, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });

  it("is no meeting for one person alone", () => {
    const text = "FILE PHOTO: Kim Jong Un visits an exhibition in Pyongyang, July 26, 2023.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });
});

describe("a framing 'visit of' with a title chain before the traveller", () => {
  it("goes to the place after the name, not to the country in the title", () => {
    const text = "The ministers reviewed the accords reached in the course of the visit of Chairman of State Affairs of the DPRK Kim Jong Un to the Russian Federation on 12–17 September.";
    expect(describeEvents(text, "2023-10-19", "visit")).toEqual(["2023-09-12/day Kim Jong Un Russia"]);
  });

  it("is no visit when the titled person travels to his own country", () => {
    const text = "The ministers reviewed the accords reached in the course of the visit of Chairman of State Affairs of the DPRK Kim Jong Un to Wonsan on 12 September.";
    expect(describeEvents(text, "2023-10-19", "visit")).toEqual([]);
  });
});

describe("an undated pair summit joined by 'and the' to a dated visit", () => {
  const lead = "Kim Jong Un received Sergey Lavrov on Thursday. ";

  it("is on that visit: 'his visit to Russia last month and the historic DPRK-Russia summit talks at ...'", () => {
    const text = `${lead}Recalling his visit to the Russian Federation last month and the historic DPRK-Russia summit talks at the Vostochny Cosmodrome, he said ties had entered a new era.`;
    expect(describeEvents(text, "2023-10-20", "meeting")).toContain("2023-09-01/month Kim Jong Un+Vladimir Putin Vostochny Cosmodrome");
  });

  it("takes no date from an undated visit", () => {
    const text = `${lead}Recalling his visit to the Russian Federation and the historic DPRK-Russia summit talks at the Vostochny Cosmodrome, he said ties had entered a new era.`;
    expect(describeEvents(text, "2023-10-20", "meeting").filter((x) => x.includes("Vladimir Putin"))).toEqual([]);
  });

  it("is no summit held when the summit is only planned", () => {
    const text = `${lead}Recalling his visit to the Russian Federation last month and the DPRK-Russia summit talks planned at the Vostochny Cosmodrome, he said ties were strong.`;
    expect(describeEvents(text, "2023-10-20", "meeting").filter((x) => x.startsWith("2023-09"))).toEqual([]);
  });
});
