/** A country pair as pages, the selector and the CLI show it. */
export interface RelationshipView {
  id: number;
  /** The `pair` URL parameter, e.g. "kp-ru". */
  slug: string;
  /** "North Korea–Russia". */
  name: string;
  /** The two countries in the pair's own order (ISO 3166 alpha-2 code and name). */
  countries: [{ code: string; name: string }, { code: string; name: string }];
  sortOrder: number;
}
