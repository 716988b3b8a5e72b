/**
 * Shown while the timeline loads; shaped like the page so nothing jumps when it arrives. It sits in the (timeline)
 * group so that it wraps the timeline only: a loading boundary above a page sends its 200 before the page runs, so
 * the other pages' 403 (forbidden()) and 404 (notFound()) would reach the browser as 200.
 */
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
