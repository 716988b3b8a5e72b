/**
 * Step 2: cleaned text -> sentences with character offsets, so evidence can be cited as an exact substring.
 */

export interface Sentence {
  /** Position in the article, 0-based. */
  index: number;
  /** Paragraph number, 0-based; sentences in one paragraph usually share their time frame. */
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

// Tokens that end with a period without ending a sentence. Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "rep", "sen",
  "gov", "pres", "st", "mt", "no", "nos", "vol", "fig", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "approx",
  "dept", "est", "gov't", "govt", "amb", "min", "sec", "cf", "al", "ca", "rev", "hon", "mme", "messrs", "ft",
]);

/** True when the word before a period is an abbreviation or an initial (U.S., J., e.g.). */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[("“'‘[]+/, "");
  if (bare === "") return false;
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true; // "U.S", "e.g", "D.P.R.K"
  // ("talks with then-U.S. President Trump": a hyphened prefix does not make the initials a word that ends a sentence.)
  if (/^\p{L}+-(\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return false;
}

const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s+)/g;

function splitParagraph(text: string, offset: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const rest = text.slice(end).replace(/^\s+/, "");
    const next = rest[0];
    if (next === undefined) break;
    // A sentence starts with a capital, a digit, or an opening quote/bracket.
    if (!/[\p{Lu}\d"“‘'(\[]/u.test(next)) continue;
    if (m[0][0] === ".") {
      const before = text.slice(sentenceStart, m.index);
      const word = before.split(/\s+/).pop() ?? "";
      if (m[0].length === 1 && isAbbreviation(word)) continue;
    }
    const piece = text.slice(sentenceStart, end);
    const lead = piece.length - piece.trimStart().length;
    out.push({ text: piece.trim(), start: offset + sentenceStart + lead, end: offset + sentenceStart + lead + piece.trim().length });
    sentenceStart = end + (text.slice(end).length - text.slice(end).trimStart().length);
  }
  const tail = text.slice(sentenceStart);
  if (tail.trim() !== "") {
    const lead = tail.length - tail.trimStart().length;
    out.push({ text: tail.trim(), start: offset + sentenceStart + lead, end: offset + sentenceStart + lead + tail.trim().length });
  }
  return out;
}

/** Splits cleaned text into sentences; paragraphs are separated by blank lines (or single newlines). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let paragraph = 0;
  while ((m = paragraphRe.exec(text)) !== null) {
    if (m[0].trim() === "") continue;
    for (const s of splitParagraph(m[0], m.index)) {
      sentences.push({ index: sentences.length, paragraph, ...s });
    }
    paragraph++;
  }
  return sentences;
}
