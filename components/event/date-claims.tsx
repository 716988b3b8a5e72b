import { formatEventDate } from "@/lib/events/format";
import type { EventSourceView } from "@/lib/events/types";

interface Claim {
  date: string;
  sources: string[];
}

/** The sources' own dates, grouped: "12 Sep 2023 — Outlet A; 13 Sep 2023 — Outlet B, Outlet C". */
function toClaims(sources: EventSourceView[]): Claim[] {
  const claims = new Map<string, Claim>();
  for (const s of sources) {
    const date = formatEventDate(s.claimedDate, s.claimedPrecision, s.claimedEndDate);
    const claim = claims.get(date) ?? { date, sources: [] };
    claim.sources.push(s.outlet ? `${s.outlet} (“${s.title}”)` : `“${s.title}”`);
    claims.set(date, claim);
  }
  return [...claims.values()];
}

/** When the sources give different dates: what each one says, next to the date the event shows. */
export function DateClaims({ sources }: { sources: EventSourceView[] }) {
  const claims = toClaims(sources);
  return (
    <div>
      <span className="flag">
        <span aria-hidden="true">⚠ </span>Sources disagree
      </span>{" "}
      <span className="muted">— the date above is the most precise one the sources support. Each source says:</span>
      <ul className="participant-list">
        {claims.map((claim) => (
          <li key={claim.date}>
            <strong>{claim.date}</strong> — {claim.sources.join("; ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
