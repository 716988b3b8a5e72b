/** Relationship (country pair) input, validated once for the CLI, the API and the forms. */
import { z } from "zod";

/** Lower-case words joined by hyphens, e.g. "kp-ru": short and stable, since it is a URL parameter. */
export const RELATIONSHIP_SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const relationshipSlugSchema = z
  .string()
  .trim()
  .max(40, "must be at most 40 characters")
  .regex(RELATIONSHIP_SLUG_RE, "must be a relationship's slug (lower-case letters, digits and hyphens, e.g. kp-ru)");

const countryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "must be ISO 3166 alpha-2 country codes, e.g. KP,CN")
  .transform((s) => s.toUpperCase());

export const relationshipInputSchema = z.object({
  countries: z
    .array(countryCodeSchema)
    .length(2, "must name exactly two countries, e.g. KP,CN")
    .refine((c) => c[0] !== c[1], "must name two different countries")
    .transform((c) => [c[0], c[1]] as [string, string]),
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  slug: relationshipSlugSchema.optional(),
  sortOrder: z.coerce.number().int("must be a whole number").min(-1_000_000).max(1_000_000).optional(),
});

export type RelationshipInput = z.output<typeof relationshipInputSchema>;

/** The slug a pair gets when none is given: its two codes, "kp-cn". */
export function toRelationshipSlug(countries: [string, string]): string {
  return countries.map((c) => c.toLowerCase()).join("-");
}
