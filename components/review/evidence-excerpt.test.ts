import { describe, expect, it } from "vitest";
import { toEvidenceExcerpt } from "./evidence-excerpt";

const text = "PYONGYANG, June 26 - Im Chon Il held talks with Igor Morgulov this month. The two talked about trade and culture.";
const evidence = "Im Chon Il held talks with Igor Morgulov this month.";
const start = text.indexOf(evidence);

describe("toEvidenceExcerpt", () => {
  it("splits the text around the evidence offsets", () => {
    expect(toEvidenceExcerpt(text, start, start + evidence.length, evidence)).toEqual({
      before: "PYONGYANG, June 26 - ",
      evidence,
      after: " The two talked about trade and culture.",
      clippedStart: false,
      clippedEnd: false,
      located: true,
    });
  });

  it("clips long context at word boundaries", () => {
    const excerpt = toEvidenceExcerpt(text, start, start + evidence.length, evidence, 12);
    expect(excerpt.before).toBe("June 26 - ");
    expect(excerpt.after).toBe(" The two");
    expect(excerpt.clippedStart && excerpt.clippedEnd).toBe(true);
    expect(text.includes(`${excerpt.before}${excerpt.evidence}${excerpt.after}`)).toBe(true);
  });

  it("searches for the quote when the offsets do not match it, and shows it alone when it is not there", () => {
    expect(toEvidenceExcerpt(text, 0, 5, evidence).evidence).toBe(evidence);
    expect(toEvidenceExcerpt(text, -3, 900, evidence).located).toBe(true);
    const missing = toEvidenceExcerpt(text, 0, 5, "A sentence from another version.");
    expect(missing).toMatchObject({ before: "", after: "", evidence: "A sentence from another version.", located: false });
  });

  it("keeps markup-looking text as text (it is rendered as text, never as HTML)", () => {
    const html = "<b>Talks</b> were held. <script>x()</script>";
    expect(toEvidenceExcerpt(html, 0, 12, "<b>Talks</b>")).toMatchObject({ evidence: "<b>Talks</b>", after: " were held. <script>x()</script>" });
  });
});
