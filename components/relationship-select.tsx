"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import type { RelationshipView } from "@/lib/relationships/types";
import { toPairSwitchHref } from "./relationship-href";
import styles from "./relationship-select.module.css";

/**
 * The header's "Relationship" selector: switches the dashboard to another country pair, keeping the current
 * filters. The URL holds the pair (`pair=`), so reload and shared links show the same pair; without it the
 * first pair (the default) is shown.
 */
export function RelationshipSelect({ pairs }: { pairs: RelationshipView[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const current = pairs.find((p) => p.slug === searchParams.get("pair")) ?? pairs[0];

  function handleChange(slug: string) {
    const pair = pairs.find((p) => p.slug === slug);
    if (!pair) return;
    const href = toPairSwitchHref(pathname, new URLSearchParams(searchParams.toString()), { slug, countries: pair.countries.map((c) => c.code) });
    startTransition(() => router.push(href));
  }

  return (
    <div className={styles.field} aria-busy={isPending || undefined}>
      <label htmlFor="relationship-select">Relationship</label>
      <select id="relationship-select" value={current.slug} onChange={(e) => handleChange(e.target.value)}>
        {pairs.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
