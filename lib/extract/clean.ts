/**
 * Step 1: raw article (HTML or plain text) -> clean text made of paragraphs separated by one blank line.
 * Evidence offsets point into the string this returns, so every later step works on it verbatim.
 */

const DROPPED_ELEMENTS = ["script", "style", "noscript", "nav", "aside", "footer", "figcaption", "svg", "form", "button", "iframe", "template", "head"];
const BLOCK_ELEMENTS =
  "p|div|section|article|header|main|h[1-6]|li|ul|ol|table|tr|td|th|blockquote|pre|figure|dd|dt|dl|hr|address|title";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  mdash: "—", ndash: "–", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", sbquo: "‚", bdquo: "„",
  laquo: "«", raquo: "»", middot: "·", bull: "•", copy: "©", reg: "®", trade: "™", deg: "°", times: "×",
  eacute: "é", egrave: "è", ecirc: "ê", aacute: "á", agrave: "à", acirc: "â", auml: "ä", ouml: "ö", uuml: "ü",
  oacute: "ó", iacute: "í", uacute: "ú", ntilde: "ñ", ccedil: "ç", szlig: "ß", shy: "", zwnj: "", zwj: "",
  prime: "′", Prime: "″", euro: "€", pound: "£", yen: "¥", sect: "§", para: "¶", frac12: "½",
};

/** Decodes named and numeric HTML entities; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
      return code === 160 ? " " : String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

export function isHtml(text: string): boolean {
  return /<\/?(p|div|br|span|a|article|section|h[1-6]|li|html|body|strong|em|figure|img|table)\b[^>]*>/i.test(text);
}

/** HTML -> text with paragraph breaks; no DOM, because articles are small and a parser would be a heavy dependency. */
export function convertHtmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, " ");
  for (const tag of DROPPED_ELEMENTS) {
    text = text.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}\\s*>`, "gi"), "\n\n");
    text = text.replace(new RegExp(`<${tag}\\b[^>]*\\/>`, "gi"), " ");
  }
  text = text.replace(/<br\s*\/?>/gi, "\n");
  text = text.replace(new RegExp(`<\\/?(?:${BLOCK_ELEMENTS})\\b[^>]*>`, "gi"), "\n\n");
  text = text.replace(/<[^>]+>/g, "");
  return decodeEntities(text);
}

// Paragraph-level site furniture. Each pattern must match the whole (trimmed) paragraph.
/** A month's name or abbreviation, "Oct.", "October" (the full stop left to each pattern). */
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*`;
/** A caption's full date, "Oct. 19, 2023": a caption with one tells what it shows, so it is kept. */
const FULL_DATE = String.raw`${MONTH_NAME}\.?\s+\d{1,2},\s+\d{4}`;
/** The same day written day first, "19 June 2024". */
const FULL_DATE_DAY_FIRST = String.raw`\d{1,2}\s+${MONTH_NAME}\.?\s+\d{4}`;
/** The same day in figures, "19/06/2024" or "19.06.2024", as the date reader reads them (a year of four digits). */
const FULL_DATE_FIGURES = String.raw`(?<![\d./-])\d{1,2}(?:\/\d{1,2}\/|\.\d{1,2}\.)\d{4}(?![./]?\d)`;
const DATED_CAPTION = new RegExp(String.raw`\b(?:${FULL_DATE}|${FULL_DATE_DAY_FIRST}|${FULL_DATE_FIGURES}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`);
const FURNITURE_PATTERNS: RegExp[] = [
  /^no time to read\??(\s*get a summary)?$/i,
  /^get a summary$/i,
  /^(advertisement|advertising|sponsored( content)?|scroll to continue( with content)?|ad)$/i,
  /^share( this)?( article| story| page| post)?\s*[:.]?(\s*(on|via)?\s*(facebook|twitter|x|telegram|whatsapp|linkedin|reddit|e-?mail|vk)[\s,|·•]*)*$/i,
  /^((share|tweet|e-?mail|print|facebook|twitter|telegram|whatsapp|linkedin|reddit|vk|copy link|comments?)[\s,|·•/]*){1,8}$/i,
  /^(read more|read next|related( articles?| stories| news| coverage| content)?|see also|also read|read also|more on this( story)?|recommended( for you)?|most read|most popular|trending|you may also like|editor'?s picks?)\s*(:|：|»|$).{0,200}$/i,
  // (Not a caption that dates what it shows: "FILE PHOTO: Putin and Kim hold talks in Pyongyang, June 19, 2024.")
  // (The opening word is looked at first: the date lookahead otherwise read every paragraph to its end.)
  new RegExp(`^(?=photo|image|picture|file photo|video)(?!.*\\b${FULL_DATE}\\b)(photo|photos|image|picture|file photo|video)( credit)?\\s*(:|by\\b|\\/|©).{0,200}$`, "i"),
  /^[^.!?]{0,200}\/\s*(afp|reuters|ap|epa|getty images|tass|sputnik|kcna|yonhap|xinhua|ria novosti|efe|anadolu)\)?\.?$/i,
  /^(©|copyright\b|all rights reserved).{0,200}$/i,
  /^.{0,160}\b(newsletter|subscribe (to|now)|sign up (for|to|now)|follow us on|download (our|the) app)\b.{0,160}$/i,
  /^(listen to this article|\d+\s*min(ute)?s?\s*read|reading time.{0,40}|click here.{0,80}|tags?:.{0,200}|topics?:.{0,200})$/i,
  /^\(?(end|yonhap end|ends)\)?$/i,
];

/** "Photo 2", "Photo 2 of 5": a picture's number in a gallery, perhaps with the count. */
const CAPTION_NUMBER = String.raw`photo\s+\d+(?:\s+of\s+\d+)?`;
/** "Photo 2:", "PHOTO 4 (file):": one numbered caption of a gallery. ("Photo 3 - Pyongyang, 16 November 2023:": the place
 * and day may stand between the number and the colon, after a dash.) */
const NUMBERED_CAPTION = new RegExp(String.raw`^${CAPTION_NUMBER}(?:\s+[—–-]\s+[^:\n]{1,80}?)?\s*(?:\([^()]{0,40}\)\s*)?:`, "i");

const TEASER_MARKER = /^(previous|next|prev|older|newer)\s+(article|story|post|news)\s*[:»›>]?$/i;

/**
 * "Photo 7: Lavrov and Choe attend talks in Pyongyang, Oct. 19, 2023.", "Photo 5: The two leaders sign the declaration
 * at the end of Wednesday's talks.": a numbered caption that dates what it shows, by date or weekday, tells it, as a
 * gallery does; so does an unnumbered one that goes on past the picture with a sentence of its own, even with an
 * agency's credit at its end ("Photo: Kim and Lavrov stroll on the beach. KCNA said Kim received Lavrov on Saturday.
 * (KCNA)"), or runs past the 200 characters of a credit line. A short one-line "Photo: ..., July 26, 2024." stays a
 * credit line.
 */
function isGalleryCaption(paragraph: string): boolean {
  return (/^photo\s*:(?:[^.]+\.\s+\p{Lu}|.{200})/isu.test(paragraph) || NUMBERED_CAPTION.test(paragraph)) && DATED_CAPTION.test(paragraph);
}

/** A Yonhap-style photo caption: a short paragraph ending in "(Yonhap)" or carrying the redistribution notice. */
function isPhotoCaption(paragraph: string): boolean {
  if (/no redistribution|for use only in the republic of korea/i.test(paragraph)) return true;
  if (/\((yonhap|afp|reuters|ap|kcna|tass|epa|xinhua)( photo)?\)\s*$/i.test(paragraph) && !/\s(--|—)\s/.test(paragraph.slice(0, 80))) {
    return paragraph.split(/\s+/).length < 70;
  }
  return /^\(?(photo|image|picture)s?\b[^.]{0,40}(courtesy|credit|by|:)/i.test(paragraph) && paragraph.length < 250;
}

export function isFurniture(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p === "") return true;
  if (isGalleryCaption(p)) return false;
  return FURNITURE_PATTERNS.some((re) => re.test(p)) || isPhotoCaption(p);
}

/** Blanks the line joiner rewrites: two spaces in a row, or any blank but a plain space. */
const ODD_BLANKS = /[\t\u00a0\u2000-\u200b\u3000]| {2}/;

/**
 * Joins hard-wrapped lines inside a block while keeping short heading-like lines separate,
 * so that one paragraph of prose becomes one line.
 */
function splitBlockIntoParagraphs(block: string): string[] {
  // (A line whose every blank is one plain space is left as it is: rebuilding it space by space took 1% of extraction.)
  const lines = block.split("\n").map((l) => (ODD_BLANKS.test(l) ? l.replace(/[ \t\u00a0\u2000-\u200b\u3000]+/g, " ") : l).trim()).filter((l) => l !== "");
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const wrapped = prev !== undefined && prev.length >= 60 && !/[.!?:"”’)\]]$/.test(prev) && /^[a-z(“"'‘0-9]/.test(line);
    if (wrapped) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A day a caption names, with or without its year: "on 25 July", "August 14", "on Friday". */
const CAPTION_DAY = new RegExp(String.raw`${DATED_CAPTION.source}|\b\d{1,2}\s+${MONTH_NAME}\b|\b${MONTH_NAME}\.?\s+\d{1,2}\b`);
/** "Photo 4 (file, June 2024):": an archive picture, whose day is not the gallery's. ("Photo 6 of 6: File picture:",
 * "Photo 6 - File photo, Pyongyang, July 2023:": the label may follow the number's colon or dash instead.) */
const FILE_CAPTION = new RegExp(String.raw`^${CAPTION_NUMBER}\s*(?:\(\s*file\b|[:—–-]\s*file\s+(?:photo|picture|image)\b)`, "i");
/** "in Pyongyang in September 2018": a month with its year, in the caption's own words. */
const CAPTION_MONTH_YEAR = new RegExp(String.raw`\b(?:in|of)\s+${MONTH_NAME}\s+\d{4}\b`);

/**
 * A numbered caption of a gallery that dates what it shows tells the story with the others: one of the same days
 * ("Photo 2: Kim shakes hands with Volodin before their meeting the same day."), or an archive picture that gives its own
 * full date ("Photo 4 (file): Putin and Kim after signing the treaty on 19 June 2024.") or month. An archive picture without one
 * ("Photo 7 (file, September 2023): Shoigu shows Kim a bomber") would take the gallery's day, so it stays dropped.
 */
function isGalleryPicture(paragraph: string): boolean {
  if (!NUMBERED_CAPTION.test(paragraph)) return false;
  // ("Photo 6 (file): the speaker in Pyongyang in September 2018, when she led ...": a month with its year in the
  // caption's words dates it as well, to that month.)
  return !FILE_CAPTION.test(paragraph) || DATED_CAPTION.test(paragraph) || CAPTION_MONTH_YEAR.test(paragraph);
}

/** Drops furniture paragraphs; a "Previous/Next Article" marker also takes the teaser headline after it. */
function dropFurniture(paragraphs: string[]): string[] {
  const kept: string[] = [];
  let skipTeaser = 0;
  // A gallery whose numbered captions date what they show is the story told in pictures, so its other numbered
  // captions tell it too, from the first that names a day on ("Photo 1: Volodin lands in Pyongyang on Thursday." then
  // "Photo 2: Kim shakes hands with Volodin before their meeting the same day.": the second is no credit line). One
  // before that day has nothing to count "the same day" from ("Photo 1: The train crossed the border and headed west
  // the same day." is not the day of the report).
  const gallery = paragraphs.some((p) => isGalleryCaption(p.trim()));
  let dayNamed = false;
  for (const p of paragraphs) {
    if (TEASER_MARKER.test(p)) {
      skipTeaser = 1;
      continue;
    }
    if (skipTeaser > 0 && p.split(/\s+/).length <= 30 && !/[.!?]["”’]?$/.test(p)) {
      skipTeaser--;
      continue;
    }
    skipTeaser = 0;
    if (NUMBERED_CAPTION.test(p.trim()) && CAPTION_DAY.test(p)) dayNamed = true;
    if (isFurniture(p) && !(gallery && dayNamed && isGalleryPicture(p.trim()))) continue;
    // (Only a paragraph ending in ")" can end in "(end)": the others skip a pattern that tries every space in them.)
    kept.push(p.trimEnd().endsWith(")") ? p.replace(/\s*\((end|yonhap end)\)\s*$/i, "") : p);
  }
  return kept;
}

/** The one entry point: returns the cleaned article text (paragraphs joined by a blank line). */
export function cleanArticleText(raw: string): string {
  const text = isHtml(raw) ? convertHtmlToText(raw) : decodeEntities(raw);
  const normalised = text.replace(/\r\n?/g, "\n").replace(/[\u200b\ufeff]/g, "");
  const blocks = normalised.split(/\n[ \t\u00a0]*\n/);
  const paragraphs = blocks.flatMap(splitBlockIntoParagraphs);
  return dropFurniture(paragraphs).join("\n\n");
}
