/**
 * rules-37a2: false events of a pair's article that are another pair's or nobody's — a possessor before a meeting noun
 * with "with" after it ("Kim's own meeting with Putin") is its first party; a meeting or a call whose every party is of
 * a third country ("Western leaders held a video call with Xi") is none of the pair's; and a headline's gathering of
 * three ("Xi hosts Putin and Kim") adds no one to the body's talks of one side with the third country; a meeting noun
 * opening a reason clause ("now that the June summit with ...") takes no party from the clause it gives a reason for;
 * and, in names, a question word opening a clause ("What Putin can offer") is no given name, and a bare surname
 * before the full name of one of its bearers in the same sentence is another bearer; and a place told in a time phrase
 * of another event ("after the G20 summit in Tianjin") is not where the later talks were.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildExtractContext, extractEvents } from "./index";
import { buildAliasIndex, findPersonMentions } from "../people/resolve";
import { describeEvents, TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

describe("a possessor before a meeting noun followed by with", () => {
  it("is a party of the meeting beside the one after with", () => {
    const text = "The only earlier summit on Russian soil was Kim Jong Un's own meeting with Putin in Vladivostok on 25 April 2019.";
    expect(describeEvents(text, "2023-09-14", "meeting", { sortNames: true })).toEqual(["2019-04-25/day Kim Jong Un+Vladimir Putin Vladivostok"]);
  });

  it("near miss: a possessor that is no person adds nobody, the party after with stays", () => {
    const text = "The only earlier summit on Russian soil was the Kremlin's own meeting with Kim Jong Un in Vladivostok on 25 April 2019.";
    expect(describeEvents(text, "2023-09-14", "meeting")).toEqual(["2019-04-25/day Kim Jong Un Vladivostok"]);
  });
});

describe("a meeting or a call whose every party is of a third country", () => {
  it("is none of the pair's", () => {
    const text = "Putin phoned Kim Jong Un on Monday to brief him. Western leaders are holding a video call with Xi Jinping today.";
    expect(describeEvents(text, "2025-08-13", "call", { sortNames: true })).toEqual(["2025-08-11/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a call of one of the pair's people with the third country stays", () => {
    const text = "Putin phoned Kim Jong Un on Monday to brief him. Kim Jong Un is holding a video call with Xi Jinping today.";
    expect(describeEvents(text, "2025-08-13", "call", { sortNames: true })).toEqual(["2025-08-11/day Kim Jong Un+Vladimir Putin null", "2025-08-13/day Kim Jong Un+Xi Jinping null"]);
  });

  it("near miss: a summit owned by a pronoun keeps its third-country party, the owner being unnamed", () => {
    const text = "Putin received Kim Jong Un in Vladivostok on Thursday. The visit gave Pyongyang a boost after its second summit with Xi Jinping, held in Beijing in February.";
    expect(describeEvents(text, "2019-04-26", "meeting")).toContain("2019-02-01/month Xi Jinping Beijing");
  });
});

describe("a headline's gathering of three", () => {
  const context = buildExtractContext(TEST_PEOPLE, TEST_COUNTRIES);
  const meetings = (title: string, text: string) =>
    extractEvents({ title, text, publishedAt: "2025-09-03" }, context).events.filter((e) => e.type === "meeting").map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join("+")}`);

  it("adds no one of the pair's other side to the body's talks of one side with the third country", () => {
    const text = "Kim Jong Un arrived in Beijing by train yesterday. Putin came to Beijing and held talks with Xi Jinping yesterday.";
    expect(meetings("Xi Jinping hosts Putin and Kim Jong Un in Beijing", text)).toEqual(["2025-09-02 Vladimir Putin+Xi Jinping"]);
  });

  it("near miss: a headline still names the pair's talks the body tells", () => {
    const text = "Kim Jong Un arrived in Beijing by train yesterday. Putin held talks with Kim Jong Un and Xi Jinping yesterday.";
    expect(meetings("Xi Jinping hosts Putin and Kim Jong Un in Beijing", text)).toEqual(["2025-09-02 Kim Jong Un+Vladimir Putin+Xi Jinping"]);
  });
});

describe("a meeting noun opening a reason clause", () => {
  it("takes no party from the clause it gives a reason for", () => {
    const text = "Putin met Kim Jong Un on Tuesday. Kim Jong Un wants Russian help now that the summit with Xi Jinping in June has failed.";
    expect(describeEvents(text, "2024-09-12", "meeting", { sortNames: true })).toEqual(["2024-09-10/day Kim Jong Un+Vladimir Putin null"]);
  });

  it("near miss: a summit the subject owns by a pronoun is still his", () => {
    const text = "Putin met Kim Jong Un on Tuesday. Kim Jong Un wants Russian help now that his summit with Xi Jinping in June has failed.";
    expect(describeEvents(text, "2024-09-12", "meeting", { sortNames: true })).toEqual(["2024-09-10/day Kim Jong Un+Vladimir Putin null", "2024-06-01/month Kim Jong Un+Xi Jinping null"]);
  });
});

describe("names around a namesake", () => {
  // A second head of state called Kim, of a country outside the test registry's three.
  const people = [...TEST_PEOPLE, {
    slug: "kim-sang-ho", name: "Kim Sang-ho", country: "KR", aliases: [],
    offices: [{ title: "President of South Korea", roleKey: "head-of-state" as const, level: "head" as const, from: "2022-05-10", to: null }],
  }];
  const index = buildAliasIndex(people, [...TEST_COUNTRIES, { code: "KR", name: "South Korea", aliases: ["South Korean"] }]);
  const names = (text: string) => findPersonMentions(text, index, { date: "2024-06-01", articleSlugs: new Set(["vladimir-putin", "kim-jong-un", "kim-sang-ho"]) }).map((m) => m.name);

  it("reads a question word opening a clause as no given name, and a bare Kim before the other Kim's full name as the first", () => {
    expect(names("What Putin can offer is a voice, which Kim wants now that the summit with South Korea's Kim Sang-ho is off.")).toEqual(["Vladimir Putin", "Kim Jong Un", "Kim Sang-ho"]);
  });

  it("near miss: a bare Kim after the full name of one of the two stays unread", () => {
    expect(names("South Korea's Kim Sang-ho met reporters, and Kim said nothing more.")).toEqual(["Kim Sang-ho"]);
  });
});

describe("a place told in a time phrase of another event", () => {
  it("is not where the talks told after it were held", () => {
    const text = "Putin came to Beijing after the G20 summit in Tianjin and held talks with Xi Jinping yesterday.";
    expect(describeEvents(text, "2025-09-03", "meeting", { sortNames: true })).toEqual(["2025-09-02/day Vladimir Putin+Xi Jinping null"]);
  });

  it("near miss: a place opening the sentence with no event of its own is where the talks were", () => {
    const text = "In Tianjin, Putin held talks with Xi Jinping yesterday before the regional summit.";
    expect(describeEvents(text, "2025-09-03", "meeting", { sortNames: true })).toEqual(["2025-09-02/day Vladimir Putin+Xi Jinping Tianjin"]);
  });
});
