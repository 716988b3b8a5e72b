/** Where the "Relationship" selector goes: the same view of another country pair. */

/** Pages whose content depends on the pair; on any other page the selector opens the timeline of the pair. */
const PAIR_PAGES = new Set(["/", "/review", "/upload"]);

/**
 * The URL of the current page for another pair: every other parameter is kept, except the page number (the
 * new pair has other results) and country codes outside the new pair (its country filter offers only its two).
 */
export function toPairSwitchHref(pathname: string, current: URLSearchParams, pair: { slug: string; countries: readonly string[] }): string {
  if (!PAIR_PAGES.has(pathname)) return `/?${new URLSearchParams({ pair: pair.slug })}`;
  const params = new URLSearchParams(current);
  params.set("pair", pair.slug);
  params.delete("page");
  const countries = params.getAll("country").flatMap((v) => v.split(",")).map((c) => c.trim().toUpperCase()).filter((c) => pair.countries.includes(c));
  params.delete("country");
  if (countries.length) params.set("country", countries.join(","));
  return `${pathname}?${params}`;
}
