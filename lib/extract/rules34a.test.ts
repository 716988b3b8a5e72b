/**
 * rules-34a: days written in figures — "on 04.06.2025", a timeline's "21.03.2025 - Shoigu is back", the day first as
 * European and Russian copy writes it; "14/09/2024" only when day and month cannot be confused; and a day written before
 * its month with a Juche year, "on 27 October, Juche 114 (2025)". Times, sums, section and version numbers are no days.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";
import { describeEvents } from "./testing";

const anchor = { publishedAt: "2025-06-20" };

function days(text: string): string[] {
  return findDateMentions(text, anchor).map((m) => `${m.date}/${m.precision}`);
}

describe("a day written in figures with dots", () => {
  it("is read day first", () => {
    expect(days("The delegation left Moscow on 05.02.2024 and returned a week later.")).toEqual(["2024-02-05/day"]);
    expect(days("Signed in Vladivostok, 9.11.2023.")).toEqual(["2023-11-09/day"]);
  });

  it("dates a timeline entry that opens with it", () => {
    const text = "14.03.2025 - Sergei Shoigu arrives in Pyongyang at the head of a security delegation.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-03-14/day Sergei Shoigu Pyongyang"]);
  });

  it("dates a list item and a second day in it", () => {
    const text = "- 02.05.2025: Sergey Lavrov lands in Pyongyang; on 03.05.2025 he holds talks with Choe Son Hui.";
    expect(describeEvents(text, "2025-10-20", "meeting", { sortNames: true })).toEqual(["2025-05-03/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a day the calendar does not have is no date", () => {
    expect(days("The figures were revised on 31.06.2025 without notice.")).toEqual([]);
    expect(days("Form 12.13.2024 was filed.")).toEqual([]);
  });

  it("near miss: a time of day is no date", () => {
    expect(days("The talks began at 18.30 and ended after dark.")).toEqual([]);
  });

  it("near miss: a sum, a decimal and a section number are no dates", () => {
    expect(days("The court fined the outlet 1.250.000 roubles.")).toEqual([]);
    expect(days("Trade grew by 1.5 per cent.")).toEqual([]);
    expect(days("Article 4.1.2 of the treaty covers mutual aid.")).toEqual([]);
    expect(days("The figure of 3.12.2024.1 appears in the annex.")).toEqual([]);
  });

  it("near miss: figures that number a version or a clause are no date", () => {
    expect(days("The ministry released version 2.10.2025 of the app.")).toEqual([]);
    expect(days("See section 12.3.2021 of the customs code.")).toEqual([]);
  });
});

describe("a day written in figures with slashes", () => {
  it("is read when one number can only be the day", () => {
    expect(days("The memorandum dated 14/09/2024 was published.")).toEqual(["2024-09-14/day"]);
    expect(days("The memorandum dated 09/14/2024 was published.")).toEqual(["2024-09-14/day"]);
  });

  it("near miss: a day that could be read either way is left", () => {
    expect(days("The memorandum dated 04/06/2025 was published.")).toEqual([]);
  });
});

describe("a day written before its month with a Juche year", () => {
  it("is a day of that year", () => {
    expect(days("The ministers held talks in Moscow on 27 October, Juche 114 (2025).")).toEqual(["2025-10-27/day"]);
    expect(days("The treaty came into force on 4 December Juche 113.")).toEqual(["2024-12-04/day"]);
  });

  it("near miss: a Gregorian year that does not fit the Juche year gives no day", () => {
    expect(days("The treaty came into force on 4 December Juche 114 (2024).").filter((d) => d.endsWith("/day"))).toEqual([]);
  });
});

describe("a bare month after a day inside it", () => {
  it("frames that day, which the entry's next sentence goes on in", () => {
    const text = "18.05.2025 - The second May trip. Before leaving, Sergey Lavrov met Kim Jong Un at his residence.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-05-18/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a month that moves on from the day leaves the next sentence at the month", () => {
    const text = "Sergey Lavrov came on 2 May 2025 and returned later in May. Before leaving, he met Kim Jong Un at his residence.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).not.toContain("2025-05-02/day Kim Jong Un+Sergey Lavrov null");
  });
});

describe("an object pronoun after someone named as the sender of orders", () => {
  it("points to the one who came, not to the sender", () => {
    const text = "On Tuesday Sergei Shoigu flew to Pyongyang on Putin's orders, and Kim Jong Un received him at once.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-06-17/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: with nobody else named before, the sender is still the one meant", () => {
    const text = "Putin's message had come on Monday; on Tuesday Kim Jong Un received him in Vladivostok.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-06-17/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("a timeline entry that opens with its own day", () => {
  it("keeps an undated meeting in it apart from the same people's meeting of another entry", () => {
    const text = [
      "02.05.2025 - Sergey Lavrov lands in Pyongyang and Kim Jong Un receives him the same day.",
      "16.05.2025 - The second May trip. After meeting Kim Jong Un, Lavrov tells reporters the talks went well.",
    ].join("\n\n");
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual([
      "2025-05-02/day Kim Jong Un+Sergey Lavrov Pyongyang",
      "2025-05-16/day Kim Jong Un+Sergey Lavrov null",
    ]);
  });

  it("near miss: a paragraph that only names a day in its text, not as its heading, still retells the meeting already told", () => {
    const text = [
      "Sergey Lavrov landed in Pyongyang on 2 May 2025 and Kim Jong Un received him the same day.",
      "Lavrov spoke to the press on 9 May 2025. After meeting Kim Jong Un, Lavrov told reporters the talks went well.",
    ].join("\n\n");
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-05-02/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("a possessive in a who-clause", () => {
  it("is the person the clause hangs on, not the sentence's subject", () => {
    const text = "Sergei Shoigu praised Andrei Belousov, who made his first trip to Pyongyang on Tuesday.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-06-17/day Andrei Belousov Pyongyang"]);
  });

  it("near miss: after the who-clause has closed, it is the sentence's subject again", () => {
    const text = "Sergei Shoigu, who had praised Andrei Belousov, began his trip to Pyongyang on Tuesday.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-06-17/day Sergei Shoigu Pyongyang"]);
  });
});

describe("an act told later in a who-clause", () => {
  it("has no date of the sentence's, the paragraph's or the report's", () => {
    const text = "In April 2024 Sergei Shoigu handed over to Andrei Belousov, who later made his own trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual([]);
  });

  it("near miss: a who-clause with a day of its own keeps it", () => {
    const text = "In April 2024 Sergei Shoigu handed over to Andrei Belousov, who later made his own trip to Pyongyang on 29 November 2024.";
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2024-11-29/day Andrei Belousov Pyongyang"]);
  });

  it("near miss: a who-clause that does not say later is dated as before", () => {
    const text = "In April 2024 Sergei Shoigu handed over to Andrei Belousov, who then made his own trip to Pyongyang.";
    expect(describeEvents(text, "2025-06-20", "visit")).toHaveLength(1);
  });
});

describe("a timeline entry in figures whose traveller 'is back'", () => {
  it("is a return to where the traveller's other trips went", () => {
    const text = [
      "10.01.2025 - Sergei Shoigu arrives in Pyongyang for talks.",
      "14.02.2025 - Shoigu is back. Kim Jong Un receives him again.",
    ].join("\n\n");
    expect(describeEvents(text, "2025-06-20", "visit")).toContain("2025-02-14/day Sergei Shoigu Pyongyang");
  });

  it("near miss: outside a timeline, 'is back' tells no trip", () => {
    const text = ["Sergei Shoigu arrived in Pyongyang on 10 January 2025 for talks.", "Now Shoigu is back. Analysts expect more visits."].join("\n\n");
    expect(describeEvents(text, "2025-06-20", "visit")).toEqual(["2025-01-10/day Sergei Shoigu Pyongyang"]);
  });
});

describe("an office someone became", () => {
  it("is no mention of the office's holder of the time", () => {
    // (Invented: in the test registry Shoigu holds the office.)
    const text = "Andrei Belousov was made Russia's Security Council secretary in May, and on Tuesday Kim Jong Un received him.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-06-17/day Andrei Belousov+Kim Jong Un null"]);
  });

  it("near miss: an office named as the subject of its own act is its holder", () => {
    const text = "Russia's foreign minister flew to Pyongyang on 13 September 2024, and Kim Jong Un received him there.";
    expect(describeEvents(text, "2025-04-18", "meeting", { sortNames: true })).toEqual(["2024-09-13/day Kim Jong Un+Sergey Lavrov null"]);
  });
});

describe("a meeting told as after the talks", () => {
  it("is on the day of the talks the paragraph told, not in the month named last", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui in Wonsan on 12 July 2025. Their first round had been in Moscow last November. Kim Jong Un received Lavrov after the talks.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).toContain("2025-07-12/day Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: a meeting that says nothing of the talks keeps the paragraph's last time", () => {
    const text = "Sergey Lavrov held talks with Choe Son Hui in Wonsan on 12 July 2025. Their first round had been in Moscow last November. Kim Jong Un received Lavrov as well.";
    expect(describeEvents(text, "2025-07-14", "meeting", { sortNames: true })).not.toContain("2025-07-12/day Kim Jong Un+Sergey Lavrov null");
  });
});

describe("someone named only as the sender of orders", () => {
  it("is not who a subject pronoun in a clause after him points to", () => {
    const text = "Sergei Shoigu's talks in March, held on Putin's orders, opened a year in which he flew to Pyongyang on 4 June 2025.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang"]);
  });

  it("near miss: with only the sender before it, the pronoun is still his", () => {
    const text = "Putin's orders were signed in March, a month in which he flew to Pyongyang on 4 March 2025.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-03-04/day Vladimir Putin Pyongyang"]);
  });

  it("is no traveller on the trip made on his orders", () => {
    const text = "Sergei Shoigu flew to Pyongyang on 4 June 2025, on Putin's orders.";
    expect(describeEvents(text, "2025-12-29", "visit")).toEqual(["2025-06-04/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a day set off after 'the same day'", () => {
  it("says which day that is", () => {
    const text = "In January 2024 Choe Son Hui held talks with Lavrov and was received by Putin on the same day, January 16.";
    expect(describeEvents(text, "2025-10-28", "meeting", { sortNames: true })).toContain("2024-01-16/day Choe Son Hui+Vladimir Putin null");
    expect(describeEvents(text, "2025-10-28", "meeting", { sortNames: true }).filter((e) => e.includes("Vladimir Putin"))).toHaveLength(1);
  });

  it("near miss: a day in a clause of its own after 'the same day' is another day", () => {
    const text = "Choe Son Hui held talks with Lavrov on 16 January 2024 and was received by Putin the same day, and on January 18 she left.";
    expect(describeEvents(text, "2025-10-28", "meeting", { sortNames: true })).toContain("2024-01-16/day Choe Son Hui+Vladimir Putin null");
  });
});

describe("a date in what was said after the act", () => {
  it("is the time of what was said, not of the act", () => {
    const text = "Kim Jong Un received Sergey Lavrov on Tuesday. Kim Jong Un warmly welcomed Sergey Lavrov and noted that the two countries had fought side by side 75 years ago.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-06-17/day Kim Jong Un+Sergey Lavrov null"]);
  });

  it("near miss: a date after the act that is no part of a said-clause still dates it", () => {
    const text = "Kim Jong Un warmly welcomed Sergey Lavrov in Pyongyang on 17 June 2025 and noted the progress of the talks.";
    expect(describeEvents(text, "2025-06-20", "meeting", { sortNames: true })).toEqual(["2025-06-17/day Kim Jong Un+Sergey Lavrov Pyongyang"]);
  });
});

describe("a discussion held by phone", () => {
  it("is a call, not a meeting", () => {
    const text = "The summit was one that Vladimir Putin discussed with Kim Jong Un by phone on Tuesday.";
    expect(describeEvents(text, "2025-08-15", "call", { sortNames: true })).toEqual(["2025-08-12/day Kim Jong Un+Vladimir Putin null"]);
    expect(describeEvents(text, "2025-08-15", "meeting")).toEqual([]);
  });

  it("near miss: a discussion that only mentions a phone is still talks", () => {
    const text = "Vladimir Putin discussed mobile phone networks with Kim Jong Un in Pyongyang on Tuesday.";
    expect(describeEvents(text, "2025-08-15", "call")).toEqual([]);
  });
});
