/**
 * The country pairs for this request, read once however many parts of the render ask: the page's title
 * (generateMetadata), the page itself and the header's selector.
 */
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { listRelationships, pickRelationship } from "@/lib/relationships/repo";
import type { RelationshipView } from "@/lib/relationships/types";

export const listPairs = cache((): Promise<RelationshipView[]> => listRelationships(getDb()));

/** The pair a `pair` URL parameter names, or the default one (an unknown slug is AppError bad_request). */
export async function getPair(slug?: string | null): Promise<RelationshipView> {
  return pickRelationship(await listPairs(), slug);
}
