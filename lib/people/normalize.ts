/** The key alias lookups compare: case, accents, hyphens, apostrophes and spacing folded. */
export function toAliasKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-‐‑–—'’`.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function toSlug(name: string): string {
  const slug = toAliasKey(name).replace(/[^a-z0-9\u0400-\u04ff\uac00-\ud7af ]/g, "").trim().replace(/ /g, "-");
  return slug || "person";
}
