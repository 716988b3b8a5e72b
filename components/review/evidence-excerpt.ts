/**
 * The part of an article around an event's evidence, split so the evidence can be marked. Pure: the offsets
 * come from the extractor (into the cleaned text); when they no longer match the quote, the quote is searched
 * for, and when it is not in the text at all, it is shown on its own.
 */
export interface EvidenceExcerpt {
  before: string;
  evidence: string;
  after: string;
  /** Text was left out before `before` / after `after`. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** False when the evidence could not be found in the article text. */
  located: boolean;
}

export function toEvidenceExcerpt(text: string, start: number, end: number, evidence: string, radius = 280): EvidenceExcerpt {
  let from = start;
  let to = end;
  const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  if (!fits || (evidence && text.slice(start, end) !== evidence)) {
    const found = evidence ? text.indexOf(evidence) : -1;
    if (found < 0) return { before: "", evidence: evidence || text.slice(0, radius), after: "", clippedStart: false, clippedEnd: false, located: false };
    from = found;
    to = found + evidence.length;
  }
  let lo = Math.max(0, from - radius);
  let hi = Math.min(text.length, to + radius);
  // Cut at whitespace so no word is shown in part.
  if (lo > 0) {
    const space = text.slice(lo, from).search(/\s/);
    lo = space < 0 ? from : lo + space + 1;
  }
  if (hi < text.length) {
    const tail = text.slice(to, hi);
    const space = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\n"));
    hi = space < 0 ? to : to + space;
  }
  return {
    before: text.slice(lo, from).replace(/^\s+/, ""),
    evidence: text.slice(from, to),
    after: text.slice(to, hi).replace(/\s+$/, ""),
    clippedStart: lo > 0,
    clippedEnd: hi < text.length,
    located: true,
  };
}
