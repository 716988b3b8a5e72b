/**
 * The extraction pipeline: clean -> segment -> (dates, triggers, people, places) -> events.
 * Pure and deterministic: the same article and context always give the same result.
 */
import type { Country, RegistryPerson } from "../people/types";
import { analyseArticle } from "./analyze";
import { cleanArticleText } from "./clean";
import { buildEvents, dyadOf } from "./events";
import { splitSentences } from "./segment";
import type { ArticleInput, ExtractContext, ExtractResult } from "./types";

export const EXTRACTOR_VERSION = "rules-37";

export function buildExtractContext(people: RegistryPerson[], countries: Country[]): ExtractContext {
  return { people, countries, extractorVersion: EXTRACTOR_VERSION };
}

/**
 * The headline leads the text when the body does not repeat it: it often names the main event and its parties.
 * It has no final period, so it stays a sentence of its own.
 */
function withHeadline(title: string, text: string): string {
  const headline = cleanArticleText(title ?? "").replace(/\s+/g, " ").trim();
  if (headline === "" || text.slice(0, 400).includes(headline)) return text;
  return `${headline}\n\n${text}`;
}

/** Extracts dated bilateral events (meetings, visits, calls, agreements, ratifications, ...) from one article. */
export function extractEvents(article: ArticleInput, context: ExtractContext): ExtractResult {
  const text = withHeadline(article.title, cleanArticleText(article.text));
  const sentences = splitSentences(text);
  const analysis = analyseArticle(sentences, article.publishedAt.slice(0, 10), context.people, context.countries);
  return { text, events: buildEvents(analysis), countries: dyadOf(analysis) };
}

export type { ArticleInput, ExtractContext, ExtractResult, ExtractedEvent, ExtractedParticipant } from "./types";
