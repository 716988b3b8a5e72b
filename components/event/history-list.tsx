import { formatTimestamp } from "@/lib/events/format";
import type { AuditEntryView } from "@/lib/events/types";

function toChangeText(before: unknown, after: unknown): string | null {
  if (before == null && after == null) return null;
  return JSON.stringify({ before: before ?? null, after: after ?? null }, null, 2);
}

/** The audit trail of an event, oldest first. */
export function HistoryList({ history }: { history: AuditEntryView[] }) {
  if (!history.length) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history-list">
      {history.map((entry, index) => {
        const change = toChangeText(entry.before, entry.after);
        return (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time> — {entry.actor}: <code>{entry.action}</code>
            {change && (
              <details>
                <summary>Details</summary>
                <pre>{change}</pre>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
