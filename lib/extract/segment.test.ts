import { describe, it, expect } from "vitest";
import { splitSentences } from "./segment";

describe("splitSentences", () => {
  it("keeps abbreviations, initials and decimals inside a sentence", () => {
    const text = "On Nov. 30 the U.S. envoy Mr. J. Smith said growth was 3.5 percent. Then he left.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["On Nov. 30 the U.S. envoy Mr. J. Smith said growth was 3.5 percent.", "Then he left."]);
  });
  it("gives offsets that index the exact substring", () => {
    const text = "First one here.\n\n  Second paragraph, first sentence! Second sentence? \"Quoted third.\"";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("numbers paragraphs", () => {
    const s = splitSentences("One. Two.\n\nThree.");
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
  it("does not split a TASS dateline's month abbreviation", () => {
    const s = splitSentences("PYONGYANG, Nov. 30 (KCNA) -- Kim received the minister. He spoke.");
    expect(s[0].text).toBe("PYONGYANG, Nov. 30 (KCNA) -- Kim received the minister.");
  });
});
