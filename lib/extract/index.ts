/**
 * The extraction pipeline: clean -> segment -> (dates, triggers, people, places) -> events.
 * Pure and deterministic: the same article and context always give the same result.
 */
import type { Country, RegistryPerson } from "../people/types";
import { analyseArticle } from "./analyze";
import { cleanArticleText } from "./clean";
import { buildEvents } from "./events";
import { splitSentences } from "./segment";
import type { ArticleInput, ExtractContext, ExtractResult } from "./types";

export const EXTRACTOR_VERSION = "rules-1";

export function buildExtractContext(people: RegistryPerson[], countries: Country[]): ExtractContext {
  return { people, countries, extractorVersion: EXTRACTOR_VERSION };
}

/** Extracts dated bilateral events (meetings, visits, calls, agreements, ratifications, ...) from one article. */
export function extractEvents(article: ArticleInput, context: ExtractContext): ExtractResult {
  const text = cleanArticleText(article.text);
  const sentences = splitSentences(text);
  const analysis = analyseArticle(sentences, article.publishedAt.slice(0, 10), context.people, context.countries);
  return { text, events: buildEvents(analysis) };
}

export type { ArticleInput, ExtractContext, ExtractResult, ExtractedEvent, ExtractedParticipant } from "./types";
