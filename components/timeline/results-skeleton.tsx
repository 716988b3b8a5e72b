import styles from "./timeline.module.css";

/** Shown while the chart and the events load; shaped like them so nothing jumps when they arrive. */
export function ResultsSkeleton() {
  return (
    <div className="stack" aria-busy="true">
      <p role="status" className={styles.loading}>
        Loading events…
      </p>
      <div className="skeleton" style={{ height: "18rem" }} />
      <div className="skeleton" style={{ height: "24rem" }} />
    </div>
  );
}
