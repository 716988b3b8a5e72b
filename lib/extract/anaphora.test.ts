import { describe, it, expect } from "vitest";
import { analyseArticle } from "./analyze";
import { splitSentences } from "./segment";
import { TEST_COUNTRIES, TEST_PEOPLE } from "./testing";

function peopleOf(text: string, sentence: number, publishedAt = "2024-06-20"): string[] {
  const analysis = analyseArticle(splitSentences(text), publishedAt, TEST_PEOPLE, TEST_COUNTRIES);
  return analysis.sentences[sentence].people.map((p) => `${p.text}=${p.name}`);
}

describe("resolveAnaphora", () => {
  it("resolves a sentence-initial 'He' to the previous subject", () => {
    expect(peopleOf("Sergei Shoigu flew to Pyongyang. He met Kim Jong Un on Friday.", 1)).toContain("He=Sergei Shoigu");
  });
  it("resolves 'the two leaders' to the pair named together", () => {
    const people = peopleOf("Putin and Kim Jong Un signed a treaty. Lavrov attended. The two leaders met on June 19.", 2);
    expect(people.filter((p) => p.startsWith("The two leaders")).sort()).toEqual(["The two leaders=Kim Jong Un", "The two leaders=Vladimir Putin"]);
  });
  it("leaves 'the two leaders' unresolved rather than take two ministers for them", () => {
    const people = peopleOf("Sergey Lavrov met Choe Son Hui in Moscow. They followed up on what the two leaders agreed in September.", 1);
    expect(people.filter((p) => p.startsWith("the two leaders"))).toEqual([]);
  });
  it("resolves an object 'him' to someone other than the subject", () => {
    expect(peopleOf("Shoigu arrived on Tuesday. Kim Jong Un received him on Wednesday.", 1)).toContain("him=Sergei Shoigu");
  });
  it("resolves 'the delegation' to the leader named with it", () => {
    const text = "A Russian delegation led by Sergey Lavrov arrived in Pyongyang. The delegation held talks with Choe Son Hui.";
    expect(peopleOf(text, 1)).toContain("The delegation=Sergey Lavrov");
  });
  it("reads a possessive in an opening phrase forward to the subject", () => {
    const text = "Kim Jong Un spoke. During his trip to Pyongyang, Sergey Lavrov held talks with Choe Son Hui.";
    expect(peopleOf(text, 1)).toContain("his=Sergey Lavrov");
  });
  it("resolves 'she' to the woman named before, past a man named first", () => {
    expect(peopleOf("Vladimir Putin received Choe Son Hui on Tuesday. Earlier that day she held talks with Lavrov.", 1, "2024-01-18")).toContain("she=Choe Son Hui");
  });
  it("resolves 'He' past a woman who was the subject to the man", () => {
    expect(peopleOf("Choe Son Hui met Sergey Lavrov in Moscow. He later held talks with Kim Jong Un.", 1)).toContain("He=Sergey Lavrov");
  });
});
