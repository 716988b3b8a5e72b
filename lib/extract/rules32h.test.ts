/**
 * rules-32h: past visits recalled in later articles. A delegation taken to a celebration abroad, told as "led
 * Russia's delegation to", as "led one to" (one standing for the delegations just named), or to "the republic's
 * founding"; the who-clause of a cleft ("In 2023 it was X, ..., who led ...") told in the cleft's time; and an archive
 * picture of a gallery dated by a month with its year.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "./clean";
import { describeEvents } from "./testing";

describe("a delegation owned by a name and led to a celebration", () => {
  it("is its leader's visit to the host", () => {
    const text = "Sergei Shoigu led Russia's delegation to the 75th anniversary of the founding of the DPRK in September 2023.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2023-09-01/month Sergei Shoigu North Korea"]);
  });

  it("near miss: a delegation led to victory in talks goes to no celebration", () => {
    const text = "Sergei Shoigu led Russia's delegation to victory in the 2023 talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });
});

describe("'led one to' a celebration", () => {
  it("is a delegation led there", () => {
    const text = "Moscow has sent delegations to Pyongyang's parades before. Andrei Belousov led one to the celebrations of the North's 75th founding anniversary in September 2023.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2023-09-01/month Andrei Belousov North Korea"]);
  });

  it("near miss: one led to a conclusion about the celebrations is no journey", () => {
    const text = "Moscow has sent delegations to Pyongyang's parades before. Andrei Belousov led one to the conclusion that the celebrations of the North's anniversary mattered in September 2023.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });
});

describe("a delegation to the anniversary of the republic's founding", () => {
  it("goes to the other country of the pair", () => {
    const text = "Kim Jong Un has hosted many guests. In September 2023 Sergei Shoigu led the Russian delegation to the 75th anniversary of the republic's founding.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2023-09-01/month Sergei Shoigu North Korea"]);
  });

  it("near miss: a party's founding names no host", () => {
    const text = "Kim Jong Un has hosted many guests. In September 2023 Sergei Shoigu led the Russian delegation to the 75th anniversary of the party's founding.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });
});

describe("the who-clause of a cleft", () => {
  it("is told in the cleft's time", () => {
    const text = "Kim Jong Un has hosted many guests. In 2023 it was Sergei Shoigu, then the defence minister, who led the Russian delegation to the 75th anniversary of the republic's founding.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2023-01-01/year Sergei Shoigu North Korea"]);
  });

  it("near miss: a who-clause describing an object is not told in the main clause's time", () => {
    const text = "In 2024 Kim Jong Un thanked Sergei Shoigu, who had travelled to Pyongyang.";
    expect(describeEvents(text, "2025-03-22", "visit")).not.toContain("2024-01-01/year Sergei Shoigu Pyongyang");
  });
});

describe("an archive picture in a dated gallery", () => {
  const gallery = (caption: string) =>
    ["Photo 1: Sergei Shoigu lands in Pyongyang on Thursday, 20 March 2025.", caption, "Photo 3: Shoigu and Kim Jong Un at their talks the same day."].join("\n\n");

  it("is kept when its words date it to a month of a year", () => {
    const caption = "Photo 2 (file): Andrei Belousov in Pyongyang in September 2023, when he led Russia's delegation to the anniversary.";
    expect(cleanArticleText(gallery(caption))).toContain("Andrei Belousov in Pyongyang in September 2023");
  });

  it("near miss: an archive label with only its month is still dropped", () => {
    const caption = "Photo 2 (file, September 2023): Andrei Belousov shows Kim Jong Un round a factory.";
    expect(cleanArticleText(gallery(caption))).not.toContain("Andrei Belousov shows");
  });
});

describe("a named visit in a phrase hung on 'agreements reached during'", () => {
  it("is a past visit, whatever the main verb's modal", () => {
    const text = "Kim Jong Un received Sergei Shoigu on Friday. Officials said the trip would help carry out the accords reached during Vladimir Putin's visit to Pyongyang in June.";
    expect(describeEvents(text, "2024-09-14", "visit")).toContain("2024-06-01/month Vladimir Putin Pyongyang");
  });

  it("near miss: accords that would be reached during a visit are still ahead", () => {
    const text = "Kim Jong Un received Sergei Shoigu on Friday. Officials said accords would be reached during Vladimir Putin's visit to Pyongyang in June.";
    expect(describeEvents(text, "2024-09-14", "visit")).not.toContain("2024-06-01/month Vladimir Putin Pyongyang");
  });

  it("near miss: a summit named without its parties stays unread under the modal", () => {
    const text = "Sergey Lavrov met Kim Jong Un on Thursday. Kim said ties would deepen in the spirit of the accords reached at the September summit.";
    expect(describeEvents(text, "2023-10-20", "meeting", { sortNames: true })).toEqual(["2023-10-19/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a journey told by its route, made to meet someone", () => {
  const text = "Kim Jong Un rode his train across Siberia in April 2019 to meet Vladimir Putin at a university campus near Vladivostok, in talks on security.";

  it("is the meeting it was made for", () => {
    expect(describeEvents(text, "2025-09-06", "meeting", { sortNames: true })).toEqual(["2019-04-01/month Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("and a visit of the traveller to the meeting's place, with 'by train' naming no traveller", () => {
    const byTrain = "Kim Jong Un travelled by train across Siberia in April 2019 to meet Vladimir Putin at a university campus near Vladivostok.";
    expect(describeEvents(byTrain, "2025-09-06", "visit")).toEqual(["2019-04-01/month Kim Jong Un Vladivostok"]);
  });

  it("near miss: a journey made several times tells no one meeting", () => {
    const several = "Kim Jong Un travelled by train across Siberia several times to meet Vladimir Putin near Vladivostok.";
    expect(describeEvents(several, "2025-09-06", "meeting")).toEqual([]);
    expect(describeEvents(several, "2025-09-06", "visit")).toEqual([]);
  });

  it("near miss: a journey made hoping to meet tells no meeting", () => {
    const hoping = "Kim Jong Un travelled by train across Siberia in April 2019 hoping to meet Vladimir Putin near Vladivostok.";
    expect(describeEvents(hoping, "2025-09-06", "meeting")).toEqual([]);
  });
});

describe("a journey told with its day, made to meet someone", () => {
  it("near miss: does not give the meeting the journey's day", () => {
    const text = "Choe Son Hui travelled by plane on Monday to meet Sergey Lavrov.";
    expect(describeEvents(text, "2024-11-13", "meeting")).toEqual([]);
  });
});

describe("a trip told 'and again' after a bracketed aside, at the start of a month", () => {
  it("is a second trip", () => {
    const text = "Choe Son Hui is a regular guest. She went to Moscow in January 2024 (Vladimir Putin received her) and again at the start of November 2024 for talks with Sergey Lavrov.";
    expect(describeEvents(text, "2025-07-21", "visit")).toEqual(["2024-01-01/month Choe Son Hui Moscow", "2024-11-01/month Choe Son Hui Moscow"]);
  });

  it("near miss: a later date without 'again' is not another trip", () => {
    const text = "Choe Son Hui is a regular guest. She went to Moscow in January 2024 (Vladimir Putin received her) and at the start of November 2024 Sergey Lavrov praised her.";
    expect(describeEvents(text, "2025-07-21", "visit")).toEqual(["2024-01-01/month Choe Son Hui Moscow"]);
  });
});

describe("a verbless bullet under a line announcing visits", () => {
  const list = (header: string) =>
    [`Kim Jong Un has had a busy year. ${header}`, "• Sergei Shoigu, Security Council secretary — in March", "• Sergey Lavrov, foreign minister — Wonsan, in July"].join("\n\n");

  it("is a visit, to the place after the dash or else to the other country of the pair", () => {
    expect(describeEvents(list("The year has brought a string of Russian visits:"), "2025-08-15", "visit")).toEqual([
      "2025-03-01/month Sergei Shoigu North Korea",
      "2025-07-01/month Sergey Lavrov Wonsan",
    ]);
  });

  it("near miss: bullets under a line that announces no visits tell nothing", () => {
    expect(describeEvents(list("Dates to keep in mind this autumn:"), "2025-08-15", "visit")).toEqual([]);
  });
});

describe("a delegation headed by a named person taking part in a celebration", () => {
  it("is that person's visit to the celebration's host", () => {
    const text = "Kim Jong Un has hosted many guests. In September 2023 a delegation headed by the defence minister, Sergei Shoigu, took part in the celebrations of the 75th anniversary of the founding of the DPRK.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2023-09-01/month Sergei Shoigu North Korea"]);
  });

  it("near miss: talks on an anniversary are no celebration taken part in", () => {
    const text = "Kim Jong Un has hosted many guests. In September 2023 a delegation headed by the defence minister, Sergei Shoigu, took part in the talks on the anniversary of the founding of the DPRK.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });

  it("near miss: 'led one to' talks on the anniversary is no celebration either", () => {
    const text = "Moscow has sent delegations to Pyongyang's parades before. Andrei Belousov led one to the talks on the North's 75th founding anniversary in September 2023.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });
});

describe("'they' after a time opening the sentence", () => {
  it("is the pair just told, met again", () => {
    const text = "Kim Jong Un held talks with Vladimir Putin in Vladivostok on 25 April 2019. A year later they met again in Moscow.";
    expect(describeEvents(text, "2025-09-06", "meeting", { sortNames: true })).toEqual([
      "2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok",
      "2020-01-01/year Kim Jong Un+Vladimir Putin Moscow",
    ]);
  });

  it("near miss: with one person told before, 'they' makes no meeting", () => {
    const text = "Kim Jong Un toured a shipyard in Vladivostok on 25 April 2019. A year later they met again in Moscow.";
    expect(describeEvents(text, "2025-09-06", "meeting")).toEqual([]);
  });
});
