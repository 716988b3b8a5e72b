import Link from "next/link";
import type { PersonListItem } from "@/lib/people/repo";

/** The registry as a table: who, which side, what office now, and in how many events. */
export function PeopleTable({ people, caption }: { people: PersonListItem[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Country</th>
            <th scope="col">Current office</th>
            <th scope="col" className="num">
              Events
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.slug}>
              <td className="col-event">
                <span className="cell-stack">
                  <Link href={`/people/${encodeURIComponent(p.slug)}`}>{p.name}</Link>
                  {p.needsReview ? <span className="badge badge-draft">Needs review</span> : null}
                </span>
              </td>
              <td>{p.countryName ? `${p.countryName} (${p.country})` : (p.country ?? <span className="muted">—</span>)}</td>
              <td>{p.currentOffice ?? <span className="muted">—</span>}</td>
              <td className="num">{p.eventCount}</td>
            </tr>
          ))}
          {people.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">
                No people match
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
