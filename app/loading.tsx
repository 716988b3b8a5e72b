/** Shown while the timeline loads; shaped like the page so nothing jumps when it arrives. */
export default function Loading() {
  return (
    <div className="stack" aria-busy="true">
      <p role="status" className="sr-only">
        Loading events…
      </p>
      <div className="skeleton" style={{ height: "2rem", width: "40%" }} />
      <div className="skeleton" style={{ height: "9rem" }} />
      <div className="skeleton" style={{ height: "16rem" }} />
      <div className="skeleton" style={{ height: "24rem" }} />
    </div>
  );
}
