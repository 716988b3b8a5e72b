"use client";

import { useRouter } from "next/navigation";
import { INTERVALS, type EventFilters, type Interval } from "@/lib/events/filters";
import { STACKS, toTimelineHref, type Stack, type TimelineDisplay } from "@/components/timeline/timeline-href";
import styles from "./chart.module.css";

const INTERVAL_LABELS: Record<Interval, string> = { month: "Month", quarter: "Quarter", year: "Year" };
const STACK_LABELS: Record<Stack, string> = { none: "None", level: "Level" };

/** Interval and stacking live in the URL like the filters: a shared link shows the same chart. */
export function ChartControls({ filters, display }: { filters: EventFilters; display: TimelineDisplay }) {
  const router = useRouter();
  const go = (next: Partial<TimelineDisplay>) => router.push(toTimelineHref(filters, { ...display, ...next }), { scroll: false });
  return (
    <div className={`chart-controls no-print ${styles.controls}`}>
      <div className="field">
        <label htmlFor="chart-interval">Interval</label>
        <select id="chart-interval" value={display.interval} onChange={(e) => go({ interval: e.target.value as Interval })}>
          {INTERVALS.map((value) => (
            <option key={value} value={value}>
              {INTERVAL_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="chart-stack">Stack by</label>
        <select id="chart-stack" value={display.stack} onChange={(e) => go({ stack: e.target.value as Stack })}>
          {STACKS.map((value) => (
            <option key={value} value={value}>
              {STACK_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
