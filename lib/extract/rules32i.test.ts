/**
 * rules-32i: how real copy words its own news where the extractor had missed it — a caption's handshake of a titled
 * pair, a guest "taken around" a site by his host, talks told in the past progressive ("was having talks"), and a pair
 * that "spent two hours in conversation".
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a pair shaking hands, the second with a title of two words", () => {
  it("is a meeting of the two", () => {
    const text = "Saturday, March 22: Kim Jong Un and Russian Defence Minister Sergei Shoigu shake hands at the tank plant in Pyongyang.";
    expect(describeEvents(text, "2025-03-24", "meeting", { sortNames: true })).toEqual(["2025-03-22/day Kim Jong Un+Sergei Shoigu Pyongyang"]);
  });

  it("near miss: a handshake still ahead is no meeting", () => {
    const text = "Kim Jong Un and Russian Defence Minister Sergei Shoigu are due to shake hands at the tank plant in Pyongyang on Saturday.";
    expect(describeEvents(text, "2025-03-20", "meeting")).toEqual([]);
  });
});

describe("a guest taken around a site by a host", () => {
  it("meets the host", () => {
    const text = "On Thursday Kim Jong Un was taken around the tank factory by Sergei Shoigu.";
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-20/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("near miss: taken around by car, with the host only quoted, is no meeting", () => {
    const text = "On Thursday Kim Jong Un was taken around the tank factory by car, Sergei Shoigu said.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });
});

describe("talks told in the past progressive", () => {
  it("'was having talks with' is a meeting", () => {
    const text = "Sergei Shoigu landed in Pyongyang on Thursday. On Friday he was having talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-21/day Kim Jong Un+Sergei Shoigu null"]);
  });

  it("near miss: insisting on having talks is a wish, no meeting", () => {
    const text = "Sergei Shoigu landed in Pyongyang on Thursday. On Friday he insisted on having talks with Kim Jong Un.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });
});

describe("a pair that spent hours talking", () => {
  it("'spent about three hours in talks' is their meeting", () => {
    const text = "Vladimir Putin and Kim Jong Un spent about three hours in talks in Beijing on Wednesday.";
    expect(describeEvents(text, "2025-09-07", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("'the two leaders then spent the afternoon together' retells it", () => {
    const text = "Putin met Kim Jong Un in Beijing on Wednesday. The two leaders then spent the afternoon together.";
    expect(describeEvents(text, "2025-09-07", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: a pair that spent days in a city stayed there, and met no one by it", () => {
    const text = "Vladimir Putin and Kim Jong Un spent three days in Beijing in September.";
    expect(describeEvents(text, "2025-09-07", "meeting")).toEqual([]);
  });

  it("near miss: years spent in talks are no occasion", () => {
    const text = "Vladimir Putin and Kim Jong Un spent years in talks.";
    expect(describeEvents(text, "2025-09-07", "meeting")).toEqual([]);
  });
});

describe("'last night'", () => {
  it("is the night before the report's day", () => {
    expect(describeEvents("Sergey Lavrov landed in Pyongyang last night.", "2023-10-19", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a weekday's night is that weekday, not the night before the report", () => {
    expect(describeEvents("Sergey Lavrov landed in Pyongyang on Monday night.", "2023-10-19", "visit")).toEqual(["2023-10-16/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a session of talks, and the name the two sides gave it", () => {
  it("'held what the two sides called the first session of a strategic dialogue' is a meeting of the pair named", () => {
    const text = "Choe Son Hui was ending a visit to Russia. Putin received her in the Kremlin on Monday, and on Friday she and Sergey Lavrov held what the two sides called the first session of a strategic dialogue.";
    expect(describeEvents(text, "2024-11-06", "meeting", { sortNames: true })).toEqual(["2024-11-04/day Choe Son Hui+Vladimir Putin Moscow", "2024-11-01/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: a session of something other than talks is no meeting", () => {
    const text = "On Friday Choe Son Hui and Sergey Lavrov held the first session of the film festival.";
    expect(describeEvents(text, "2024-11-06", "meeting")).toEqual([]);
  });
});

describe("landing told as a gerund after 'after'", () => {
  it("is the subject's arrival, dated by its own night", () => {
    const text = "Sergey Lavrov wakes up in Pyongyang after landing at Sunan airport late last night.";
    expect(describeEvents(text, "2023-10-19", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a landing told as a noun is no arrival", () => {
    const text = "Sergey Lavrov said on Thursday that the landing at Sunan airport had been smooth.";
    expect(describeEvents(text, "2023-10-19", "visit")).toEqual([]);
  });
});

describe("a traveller who pulled into a named station", () => {
  it("arrived there", () => {
    const text = "Kim Jong Un, who had pulled into Khabarovsk station aboard his armoured train on Tuesday, left on Thursday.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-18/day Kim Jong Un Khabarovsk"]);
  });

  it("near miss: pulling into a place by other means, or into a standing, is no train's arrival", () => {
    expect(describeEvents("Kim Jong Un pulled into Second Place in the poll on Wednesday.", "2025-03-22", "visit")).toEqual([]);
    expect(describeEvents("Kim Jong Un pulled into Wonsan Bay on his yacht on Wednesday.", "2025-03-22", "visit")).toEqual([]);
  });
});

describe("a guest who toured a site with a host named after 'with'", () => {
  it("meets the host", () => {
    const text = "On Thursday Kim Jong Un toured the tank factory with Defence Minister Sergei Shoigu.";
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-20/day Kim Jong Un+Sergei Shoigu Russia"]);
  });

  it("near miss: touring with someone of his own side is no meeting", () => {
    const text = "On Thursday Kim Jong Un toured the tank factory with his sister Kim Yo Jong.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });
});

describe("'came to' before a verb and its object", () => {
  it("near miss: is a purpose, no trip with a destination of its own", () => {
    const text = "Sergei Shoigu came to collect a reply from Kim Jong Un on Thursday.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual([]);
  });

  it("'came to' a named place is still a trip", () => {
    const text = "Sergei Shoigu came to Pyongyang on Thursday.";
    expect(describeEvents(text, "2025-03-22", "visit")).toEqual(["2025-03-20/day Sergei Shoigu Pyongyang"]);
  });
});

describe("a date beyond 'since' in an appositive after the verb", () => {
  it("dates the event measured from, not the talks", () => {
    const text = "The two men spent yesterday at a parade in Beijing. Vladimir Putin and Kim Jong Un held talks of around two hours at a guesthouse in Beijing, their first meeting since the Russian leader's trip to Pyongyang last year.";
    expect(describeEvents(text, "2025-09-04", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: a date of the verb's own, before the appositive, still dates it", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday, their first meeting since the Russian leader's trip to Pyongyang last year.";
    expect(describeEvents(text, "2025-09-04", "meeting", { sortNames: true })).toEqual(["2025-09-03/day Kim Jong Un+Vladimir Putin Beijing"]);
  });

  it("near miss: a year after 'in', with no 'since', still dates the talks", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Pyongyang, their first meeting there, in June last year.";
    expect(describeEvents(text, "2025-09-04", "meeting", { sortNames: true })).toEqual(["2024-06-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a state-media session with the body's full name, and those present at it", () => {
  const session = "The 3rd session of the Joint Working Group on Cooperation in Culture, Education, Science and Technology between the Ministry of Foreign Affairs of the DPRK and the Ministry of Foreign Affairs of the Russian Federation took place in Pyongyang on March 20.";

  it("is a meeting of the two heads present, a relative clause about the delegation's arrival notwithstanding", () => {
    const text = `${session}\n\nPresent there were Choe Son Hui, minister of Foreign Affairs of the DPRK and chairwoman of the DPRK side, and members of the delegation of the Russian Federation headed by Sergey Lavrov, which arrived in Pyongyang the previous day.`;
    expect(describeEvents(text, "2025-03-21", "meeting", { sortNames: true })).toEqual(["2025-03-20/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a sentence telling an event of its own in its main clause names no one present", () => {
    const text = `${session}\n\nChoe Son Hui, chairwoman of the DPRK side, flew to Moscow the previous day with Sergey Lavrov.`;
    expect(describeEvents(text, "2025-03-21", "meeting", { sortNames: true })).toEqual([]);
  });
});

describe("a headline that only puts a person in a town", () => {
  const body = "09:05 - Good morning and welcome to our live coverage.\n\n14:15 - Talks between Putin and Kim Jong Un are under way.\n\n16:30 - The talks have ended.";

  it("places his talks of the report's day there, and so his trip", () => {
    const text = `LIVE: Putin in Pyongyang - as it happened\n\n${body}`;
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-22/day Kim Jong Un+Vladimir Putin Pyongyang"]);
    expect(describeEvents(text, "2025-03-22", "visit", { implied: true })).toEqual(["2025-03-22/day Vladimir Putin Pyongyang (implied)"]);
  });

  it("near miss: a headline with a verb of its own, naming a town as its object's, places nothing", () => {
    const text = `LIVE: Putin praises investors in Pyongyang and Moscow\n\n${body}`;
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-22/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a session of the two governments' joint body, told by its officials, and its signing", () => {
  it("was held by the two who signed that day", () => {
    const text = "Russian and North Korean officials are holding the second session of their joint committee in Pyongyang today. Sergey Lavrov and Choe Son Hui put their names to the protocol in the afternoon.";
    expect(describeEvents(text, "2025-03-22", "meeting", { sortNames: true })).toEqual(["2025-03-22/day Choe Son Hui+Sergey Lavrov Pyongyang"]);
  });

  it("near miss: without a signing the session names no one", () => {
    const text = "Russian and North Korean officials are holding the second session of their joint committee in Pyongyang today.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });

  it("near miss: a session of one side's own body is no meeting of the two", () => {
    const text = "Russian and North Korean officials are holding the second session of the Security Council in Pyongyang today. Sergey Lavrov and Choe Son Hui put their names to the protocol in the afternoon.";
    expect(describeEvents(text, "2025-03-22", "meeting")).toEqual([]);
  });
});

describe("a live blog's bare talks, announced earlier in its day", () => {
  const live = (announce: string) => `09:40 MSK - Good morning. We are following Choe Son Hui's visit to Moscow, where ${announce}\n\n11:30 MSK - Elsewhere, markets are quiet.\n\n13:05 MSK - Talks are under way at the foreign ministry.\n\n14:50 MSK - The talks have ended.`;

  it("are the talks announced, between the one due to hold them and the one named after 'with' (entries stamped with a zone)", () => {
    const text = live("she is due to sit down with Sergey Lavrov later today.");
    expect(describeEvents(text, "2025-10-27", "meeting", { sortNames: true })).toEqual(["2025-10-27/day Choe Son Hui+Sergey Lavrov null"]);
  });

  it("near miss: talks announced for another day name no parties of these", () => {
    const text = live("she is due to sit down with Sergey Lavrov next week.");
    expect(describeEvents(text, "2025-10-27", "meeting")).toEqual([]);
  });

  it("near miss: outside a live blog, bare talks under way name no one", () => {
    const text = "Choe Son Hui is due to sit down with Sergey Lavrov later today. Talks are under way at the foreign ministry.";
    expect(describeEvents(text, "2025-10-27", "meeting")).toEqual([]);
  });
});

describe("a live entry's meeting in the present perfect", () => {
  const entries = "08:40 KST - Sergey Lavrov is in Pyongyang today.\n\n13:05 KST - A reminder: his last trip here was in May 2018, when Kim Jong Un also received him.\n\n17:50 KST - Confirmed: Kim Jong Un has received Lavrov, the foreign ministry says.";

  it("is the day's news, not the same two's meeting recalled from years before", () => {
    expect(describeEvents(entries, "2023-10-19", "meeting", { sortNames: true })).toContain("2023-10-19/day Kim Jong Un+Sergey Lavrov null");
  });

  it("near miss: a present perfect told as background ('has previously received') retells the meeting recalled", () => {
    const text = entries.replace("Confirmed: Kim Jong Un has received Lavrov", "Kim Jong Un has previously received Lavrov");
    expect(describeEvents(text, "2023-10-19", "meeting", { sortNames: true })).not.toContain("2023-10-19/day Kim Jong Un+Sergey Lavrov null");
  });
});
