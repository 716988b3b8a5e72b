import { formatEventDate } from "@/lib/events/format";
import type { EventSourceView } from "@/lib/events/types";
import { ExternalLink } from "@/components/ui/external-link";
import styles from "./event.module.css";

interface Props {
  sources: EventSourceView[];
  /** When the sources disagree on the date, each source's own claim is highlighted. */
  sourcesDisagree: boolean;
}

/** Every article the event rests on, with the sentence it was read from. Titles and quotes are data: plain text. */
export function SourceList({ sources, sourcesDisagree }: Props) {
  if (!sources.length) return <p className="muted">No sources recorded.</p>;
  return (
    <ol className="plain-list">
      {sources.map((source, index) => (
        <li key={`${source.articleId}-${index}`} className="panel source-card">
          <h3>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
          </h3>
          <p className="source-meta">
            {source.outlet ?? "Unknown outlet"} · published{" "}
            <time dateTime={source.publishedAt}>{formatEventDate(source.publishedAt, "day")}</time>
            {" · "}
            <span className={sourcesDisagree ? "flag" : undefined}>
              dates the event{" "}
              <time dateTime={source.claimedDate}>
                {formatEventDate(source.claimedDate, source.claimedPrecision, source.claimedEndDate)}
              </time>
            </span>
          </p>
          <blockquote>{source.evidence}</blockquote>
          {source.url ? (
            <p className={styles.url}>
              <cite>{source.url}</cite>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
