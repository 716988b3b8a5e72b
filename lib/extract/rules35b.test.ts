/**
 * rules-35b: who is no party, and when a told act is not the sentence's day. The host who shows a guest round is no
 * traveller of the guest's trip ("where he was shown around by Belousov"); the subject of "since Kim came to power" is
 * no party of the contact it times; the leader who sends an aide on a trip does not make it. A tour takes its place only
 * from a visit of about the same time; "as recently as May" is a month; "last Wednesday" written on a Friday is the week
 * before. A step still to come ("is about to finish ratifying", "the ratification law now goes to the president") is
 * no act; "Since then, Putin has travelled ... and signed" is no news of the month told before; a headline's "signs
 * treaty into law" is the ratification; a signing told in a that-clause whose subject is two leaders in full takes no
 * date from the main verb before it. An object pronoun after a sentence that sent someone to a place ("Kim sent Choe to
 * Moscow. Putin received him") is the one sent; "During Kim's tour of the Russian Far East, Shoigu showed him" makes
 * Kim, not Shoigu, the traveller.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a host who shows the guest round, told in the passive", () => {
  it("is no traveller of the guest's tour", () => {
    const text = "Kim Jong Un arrived in Russia on Friday. On Saturday he toured a remote dam, where he was shown around by Andrei Belousov, the minister.";
    expect(describeEvents(text, "2024-09-16", "visit")).toEqual(["2024-09-13/day Kim Jong Un Russia"]);
    expect(describeEvents(text, "2024-09-16", "meeting", { sortNames: true })).toEqual(["2024-09-14/day Andrei Belousov+Kim Jong Un Russia"]);
  });

  it("near miss: a companion who toured the site with him is still read as before", () => {
    const text = "Kim Jong Un arrived in Russia on Friday. On Saturday he toured a remote dam with Andrei Belousov, the minister.";
    expect(describeEvents(text, "2024-09-16", "meeting", { sortNames: true })).toEqual(["2024-09-14/day Andrei Belousov+Kim Jong Un Russia"]);
  });
});

describe("the subject of a clause timing the event by his rise", () => {
  it("is no party of the contact it times", () => {
    const text = "Vladimir Putin on Tuesday received Choe Son Hui, in the most senior contact between the two countries since Kim Jong Un came to power.";
    expect(describeEvents(text, "2024-11-06", "meeting", { sortNames: true })).toEqual(["2024-11-05/day Choe Son Hui+Vladimir Putin null"]);
  });

  it("near miss: a party named before 'since' for another reason stays", () => {
    const text = "Vladimir Putin on Tuesday received Kim Jong Un, their first talks since the summit.";
    expect(describeEvents(text, "2024-11-06", "meeting", { sortNames: true })).toEqual(["2024-11-05/day Kim Jong Un+Vladimir Putin null"]);
  });
});

describe("a leader who sends someone on a trip", () => {
  it("is not the traveller", () => {
    const text = "Kim Jong Un has sent Choe Son Hui on a week-long trip to Russia.";
    expect(describeEvents(text, "2024-11-06", "visit")).toEqual(["2024-11-01/month Choe Son Hui Russia"]);
  });

  it("is not the traveller when the one sent is not named either", () => {
    const text = "Kim Jong Un has sent one of his closest aides on a week-long trip to Russia.";
    expect(describeEvents(text, "2024-11-06", "visit")).toEqual([]);
  });

  it("near miss: a leader who goes on the trip himself is", () => {
    const text = "Kim Jong Un has gone on a week-long trip to Russia.";
    expect(describeEvents(text, "2024-11-06", "visit")).toEqual(["2024-11-01/month Kim Jong Un Russia"]);
  });
});

describe("a tour with no place of its own", () => {
  it("takes none from a trip of the same traveller months before", () => {
    const text = "Kim Jong Un met Vladimir Putin today. On Sunday he toured a dam far from any city.\n\nKim Jong Un travelled to China in May.";
    expect(describeEvents(text, "2024-08-21", "visit")).toEqual(["2024-05-01/month Kim Jong Un China"]);
  });

  it("near miss: a return with no place of its own still goes where the traveller went before", () => {
    const text = "Sergei Shoigu went to Pyongyang in July 2023. He returned in September 2024 and was received by Kim Jong Un.";
    expect(describeEvents(text, "2024-09-20", "visit")).toContain("2024-09-01/month Sergei Shoigu Pyongyang");
  });
});

describe("'as recently as' before a month", () => {
  it("dates the sentence by that month", () => {
    const text = "Kim Jong Un travelled to China as recently as May.";
    expect(describeEvents(text, "2024-08-21", "visit")).toEqual(["2024-05-01/month Kim Jong Un China"]);
  });

  it("near miss: 'may' the modal after 'as' is no month", () => {
    const text = "Kim Jong Un will travel to China as soon as he may.";
    expect(describeEvents(text, "2024-08-21", "visit")).toEqual([]);
  });
});

describe("'last' before the weekday of the day before yesterday", () => {
  it("is that weekday a week before: 'last Wednesday' written on a Friday is nine days back", () => {
    const text = "When Sergey Lavrov stepped off his plane in Pyongyang last Wednesday, the welcome was lavish.";
    expect(describeEvents(text, "2023-10-27", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: 'last Wednesday' written on a Saturday is still three days back", () => {
    const text = "When Sergey Lavrov stepped off his plane in Pyongyang last Wednesday, the welcome was lavish.";
    expect(describeEvents(text, "2023-10-28", "visit")).toEqual(["2023-10-25/day Sergey Lavrov Pyongyang"]);
  });
});

describe("a step still to come", () => {
  it("'is about to finish ratifying' is no ratification", () => {
    const text = "Vladimir Putin went to Pyongyang and signed a treaty with Kim Jong Un that parliament is about to finish ratifying.";
    expect(describeEvents(text, "2024-11-05", "ratification")).toEqual([]);
  });

  it("near miss: a chamber that finished ratifying it did ratify", () => {
    const text = "The Federation Council finished ratifying the treaty on Wednesday.";
    expect(describeEvents(text, "2024-11-08", "ratification")).toEqual(["2024-11-06/day  null"]);
  });

  it("a ratification law that now goes to the president is not yet signed", () => {
    const text = "The Federation Council approved the treaty on Wednesday. With that vote, the ratification law now goes to Vladimir Putin.";
    expect(describeEvents(text, "2024-11-06", "ratification")).toEqual(["2024-11-06/day  null"]);
  });

  it("near miss: the ratification law the president signed is his ratification", () => {
    const text = "The Federation Council approved the treaty on Wednesday. On Saturday Vladimir Putin signed the ratification law.";
    expect(describeEvents(text, "2024-11-10", "ratification")).toEqual(["2024-11-06/day  null", "2024-11-09/day Vladimir Putin null"]);
  });
});

describe("'Since then' before a perfect joined to another verb", () => {
  it("tells no signing in the month told before", () => {
    const text = "In January Choe Son Hui came to Moscow and was received by Vladimir Putin. Since then, Putin has travelled to Pyongyang and signed a treaty with Kim Jong Un.";
    expect(describeEvents(text, "2024-11-05", "agreement")).toEqual([]);
  });

  it("near miss: without 'Since then' the undated signing is read as before", () => {
    const text = "In January Choe Son Hui came to Moscow and was received by Vladimir Putin. Later that month Putin travelled to Pyongyang and signed a treaty with Kim Jong Un.";
    expect(describeEvents(text, "2024-11-05", "agreement", { sortNames: true })).toEqual(["2024-01-01/month Kim Jong Un+Vladimir Putin Pyongyang"]);
  });
});

describe("a headline's 'signs treaty into law'", () => {
  it("is the head of state's ratification, with no article before the treaty", () => {
    const text = "Putin signs North Korea treaty into law";
    expect(describeEvents(text, "2024-11-09", "ratification")).toEqual(["2024-11-01/month Vladimir Putin null"]);
    expect(describeEvents(text, "2024-11-09", "agreement")).toEqual([]);
  });

  it("near miss: 'signs treaty with' is a signing", () => {
    const text = "Putin signs treaty with Kim Jong Un in Pyongyang on Wednesday";
    expect(describeEvents(text, "2024-06-20", "ratification")).toEqual([]);
  });
});

describe("a signing told in a that-clause whose subject is two leaders named in full", () => {
  it("takes no date from the main verb before it", () => {
    const text = "On Wednesday the Federation Council approved the treaty that Vladimir Putin and Kim Jong Un signed in the summer.";
    expect(describeEvents(text, "2024-11-08", "agreement")).toEqual([]);
  });

  it("near miss: a signing with a day of its own keeps it", () => {
    const text = "On Wednesday the Federation Council approved the treaty that Vladimir Putin and Kim Jong Un signed on 19 June.";
    // (Only the day is asserted: who of the two is read as the signer is another matter.)
    expect(describeEvents(text, "2024-11-08", "agreement").map((l) => l.split(" ")[0])).toEqual(["2024-06-19/day"]);
  });
});

describe("an object pronoun right after a sentence that sent someone to a place", () => {
  it("is the one sent, not the sender who opened that sentence", () => {
    const text = "In November, Kim Jong Un sent Ri Son Gwon, one of his closest aides, to Moscow as his envoy. Vladimir Putin received him in the Kremlin on Tuesday.";
    expect(describeEvents(text, "2020-11-20", "meeting")).toEqual(["2020-11-17/day Vladimir Putin+Ri Son Gwon Moscow"]);
  });

  it("near miss: a letter sent is no one received", () => {
    const text = "Kim Jong Un sent a letter to Moscow. Vladimir Putin received him in the Kremlin on Tuesday.";
    expect(describeEvents(text, "2020-11-20", "meeting")).toEqual(["2020-11-17/day Vladimir Putin+Kim Jong Un Moscow"]);
  });
});

describe("a framing tour whose traveller is named inside it, before 'of' and a place", () => {
  it("takes no traveller past the comma that closes the place", () => {
    const text = "On 16 September, during Kim Jong Un's tour of the Russian Far East, Sergei Shoigu showed him strategic bombers.";
    expect(describeEvents(text, "2023-09-20", "visit")).toEqual(["2023-09-16/day Kim Jong Un Russia"]);
  });

  it("near miss: 'the visit of' a traveller named after it still takes him", () => {
    const text = "During the visit of Sergey Lavrov to Pyongyang on 18 October, Kim Jong Un received him.";
    expect(describeEvents(text, "2023-10-20", "visit")).toEqual(["2023-10-18/day Sergey Lavrov Pyongyang"]);
  });
});
