import { toEvidenceExcerpt } from "./evidence-excerpt";

interface Props {
  text: string;
  start: number;
  end: number;
  evidence: string;
  /** Characters of context on each side; Infinity shows the whole article. */
  radius?: number;
}

/**
 * The article around an event's evidence, with the evidence marked. Rendered as text nodes, so markup in an
 * article is shown, never interpreted. The marks are announced, since <mark> itself is silent in most readers.
 */
export function EvidenceInText({ text, start, end, evidence, radius }: Props) {
  const excerpt = toEvidenceExcerpt(text, start, end, evidence, radius);
  return (
    <p className="evidence-text">
      {excerpt.clippedStart ? "… " : null}
      {excerpt.before}
      <mark>
        <span className="sr-only">Evidence: </span>
        {excerpt.evidence}
        <span className="sr-only"> (end of evidence)</span>
      </mark>
      {excerpt.after}
      {excerpt.clippedEnd ? " …" : null}
      {excerpt.located ? null : <span className="muted"> (this quote is no longer in the stored article text)</span>}
    </p>
  );
}
