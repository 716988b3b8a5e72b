import Link from "next/link";
import type { ImportBatchView } from "@/lib/imports/types";
import styles from "./import.module.css";

const STATE: Record<ImportBatchView["state"], string> = { adding: "receiving files", queued: "queued", running: "importing", finished: "finished" };

const formatWhen = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** The latest bulk imports; each links to its progress and failures. */
export function ImportList({ batches }: { batches: ImportBatchView[] }) {
  if (!batches.length) return <p className="muted">No imports yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">Recent imports</caption>
        <thead>
          <tr>
            <th scope="col">Import</th>
            <th scope="col">Started</th>
            <th scope="col">By</th>
            <th scope="col">Files</th>
            <th scope="col" className="num">
              Processed
            </th>
            <th scope="col" className="num">
              Failed
            </th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <td>
                <Link href={`/upload?batch=${b.id}#import`}>Import {b.id}</Link>
              </td>
              <td className="col-date">{formatWhen(b.createdAt)}</td>
              <td>{b.createdBy}</td>
              <td className={styles.sources}>{b.sourceNames.slice(0, 3).join(", ") + (b.sourceNames.length > 3 ? ` and ${b.sourceNames.length - 3} more` : "")}</td>
              <td className="num">
                {b.done + b.failed} / {b.total}
              </td>
              <td className="num">{b.failed}</td>
              <td>{STATE[b.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
