import { EXTRACTOR_VERSION } from "../extract";
import type { ExtractContext } from "../extract/types";
import { COUNTRIES, REGISTRY_PEOPLE } from "../people/registry-data";

let context: ExtractContext | null = null;

/** The context every entry point extracts with: the shipped registry and the extractor version. */
export function getExtractContext(): ExtractContext {
  context ??= { people: REGISTRY_PEOPLE, countries: COUNTRIES, extractorVersion: EXTRACTOR_VERSION };
  return context;
}
