/**
 * rules-26: a visit that "comes two days after" the event it follows — told in the present, the visit is the report's
 * news, so the event after "after" is that many days before the report's day (not a day in a later clause), and a
 * clause ", and as Putin prepares for a summit with Trump" has its own subject, who takes no part in the event before it;
 * a dateline's joint credit, "(AP/Reuters)", is read like a single one; "came to Russia in 2002, meeting Putin on 23 August
 * that year" dates the trip by the participle's day; in "X's father, Y, held talks with Z, and the two leaders signed",
 * X is no one of "the two".
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents as describeWith } from "./testing";

const describeEvents = (text: string, publishedAt: string, type: string) => describeWith(text, publishedAt, type, { sortNames: true, implied: true });

describe("'the visit comes two days after X held phone talks'", () => {
  it("dates the call two days before the report's day, not by a later clause's day, and leaves out that clause's people", () => {
    const text = "MOSCOW, March 12 (Reuters) -- Lavrov arrived in Pyongyang on Wednesday. The trip comes two days after Kim Jong Un and Vladimir Putin held a phone call, and as Putin prepares for talks with Donald Trump on Saturday.";
    expect(describeEvents(text, "2025-03-12", "call")).toEqual(["2025-03-10/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("reads a joint credit in the dateline as the report's day", () => {
    const text = "MOSCOW, March 12 (AP/Reuters) -- Lavrov arrived in Pyongyang on Wednesday. The trip comes two days after Kim Jong Un and Vladimir Putin held a phone call.";
    expect(describeEvents(text, "2025-03-14", "call")).toEqual(["2025-03-10/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: 'came two days after', in a retelling, takes no day from the report", () => {
    const text = "Lavrov arrived in Pyongyang on Wednesday, March 12. The trip came two days after Kim Jong Un and Vladimir Putin held a phone call.";
    expect(describeEvents(text, "2025-04-20", "call")).not.toContain("2025-04-18/day Kim Jong Un+Vladimir Putin null");
  });

  it("near miss: the visit itself takes no day from 'comes two days after'", () => {
    const text = "Shoigu's visit to Pyongyang comes a day after Seoul held a general election.";
    expect(describeEvents(text, "2025-06-04", "visit")).not.toContain("2025-06-03/day Sergei Shoigu Pyongyang");
  });

  it("near miss: ', and as expected', with no subject named, opens no clause of its own", () => {
    const text = "Kim Jong Un and Vladimir Putin met in Vladivostok on Thursday, and as expected they spoke for hours.";
    expect(describeEvents(text, "2025-06-06", "meeting")).toEqual(["2025-06-05/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });
});

describe("'came to Russia in <year>, meeting X on <day> that year'", () => {
  it("dates the trip by the participle's day in that year", () => {
    const text = "Kim Jong Un returned to the Russian Far East in 2021, meeting Vladimir Putin in Khabarovsk on 12 May that year.";
    expect(describeEvents(text, "2024-06-01", "visit")).toEqual(["2021-05-12/day Kim Jong Un Khabarovsk"]);
  });

  it("near miss: a day that year after a participle of speech, no part of the trip, leaves the trip at the year", () => {
    const text = "Kim Jong Un returned to the Russian Far East in 2021, saying Vladimir Putin was to be in Khabarovsk on 12 May that year.";
    expect(describeEvents(text, "2024-06-01", "visit")).toEqual(["2021-01-01/year Kim Jong Un Khabarovsk"]);
  });
});

describe("'X's father, Y, held talks with Z, and the two leaders signed'", () => {
  it("leaves the one whose kin it was out of 'the two'", () => {
    const text = "Vladimir Putin met Kim Jong Un in Vladivostok in April 2019. Kim Jong Un's sister, Kim Yo Jong, held talks with Vladimir Putin in Moscow on May 3, 2019, and that evening the two signed the Moscow Declaration.";
    expect(describeEvents(text, "2024-06-01", "agreement")).toEqual(["2019-05-03/day Kim Yo Jong+Vladimir Putin Moscow"]);
  });

  it("near miss: with a third party named and no kin word, the sentence's own pair still signs", () => {
    const text = "Vladimir Putin met Kim Jong Un in Moscow on May 3, 2019, with Kim Yo Jong looking on, and the two leaders signed the Moscow Declaration.";
    expect(describeEvents(text, "2024-06-01", "agreement")).toEqual(["2019-05-03/day Kim Jong Un+Vladimir Putin Moscow"]);
  });
});
