"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { EventFilters } from "@/lib/events/filters";
import { formatLevel, formatPeriod } from "@/lib/events/format";
import type { FrequencyPoint } from "@/lib/events/types";
import type { StackLevel } from "@/lib/events/view-types";
import { toTimelineHref, type TimelineDisplay } from "@/components/timeline/timeline-href";
import { ChartControls } from "./chart-controls";
import { LEVEL_COLORS, STACK_LEVELS } from "./chart-levels";
import { MeetingDataTable } from "./meeting-data-table";
import { toPeriodRange } from "./period-range";
import styles from "./chart.module.css";

/** A period's meetings; `levels` is there when the chart is stacked by level. */
export type ChartPoint = FrequencyPoint & { levels?: Record<StackLevel, number> };

interface Props {
  points: ChartPoint[];
  filters: EventFilters;
  display: TimelineDisplay;
}

type ChartRow = ChartPoint & { label: string } & Partial<Record<StackLevel, number>>;

/** Meetings per period. Clicking a bar (or a period in the data table) narrows the timeline to that period. */
export function MeetingChart({ points, filters, display }: Props) {
  const router = useRouter();
  const { interval } = display;
  const stacked = display.stack === "level";
  const rows: ChartRow[] = points.map((p) => ({ ...p, ...p.levels, label: formatPeriod(p.period) }));
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const shownLevels = stacked ? STACK_LEVELS.filter((level) => points.some((p) => (p.levels?.[level] ?? 0) > 0)) : [];

  const periodHref = (point: FrequencyPoint) => {
    const range = toPeriodRange(point.start, interval);
    return range ? toTimelineHref({ ...filters, ...range, page: 1 }, display) : null;
  };

  function openPeriod(index: number) {
    const point = points[index];
    const href = point ? periodHref(point) : null;
    if (href) router.push(href);
  }

  const barProps = { isAnimationActive: false, onClick: (_: unknown, index: number) => openPeriod(index) } as const;

  return (
    <figure className="chart-figure panel">
      <figcaption>
        <h2>Meeting frequency</h2>
      </figcaption>
      <ChartControls filters={filters} display={display} />

      {total === 0 ? (
        <p className="empty">No meetings match these filters.</p>
      ) : (
        <div className="chart-area">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={rows}
              margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
              title={`Meetings per ${interval}`}
              desc={`${total} meetings in ${points.length} periods; the data table below lists each period.`}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={48} />
              <Tooltip cursor={{ fillOpacity: 0.15 }} />
              {stacked ? (
                shownLevels.map((level, i) => (
                  <Bar
                    key={level}
                    dataKey={level}
                    name={formatLevel(level)}
                    stackId="level"
                    fill={LEVEL_COLORS[level]}
                    radius={i === shownLevels.length - 1 ? [3, 3, 0, 0] : undefined}
                    {...barProps}
                  />
                ))
              ) : (
                <Bar dataKey="count" name="Meetings" fill="var(--color-chart-bar)" radius={[3, 3, 0, 0]} {...barProps} />
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}

      {stacked && total > 0 && (
        <ul className={styles.legend} aria-label="Levels">
          {shownLevels.map((level) => (
            <li key={level}>
              <span className={styles.swatch} style={{ background: LEVEL_COLORS[level] }} aria-hidden="true" />
              {formatLevel(level)}
            </li>
          ))}
        </ul>
      )}

      <p className="chart-note">
        Counts events of type meeting that match the filters, one per meeting however many sources report it; a visit
        or call is not a meeting. Every {interval} in range is shown, including those with none.
        {stacked
          ? " Stacked by level: each meeting counts once, under the highest office any participant held on its date (head of state or government, minister, vice minister and below, parliament, other), or “no recorded office”."
          : ""}{" "}
        Total:{" "}
        <strong>
          {total} meeting{total === 1 ? "" : "s"}
        </strong>
        .{total > 0 ? " Select a bar to show that period." : ""}
      </p>

      {points.length > 0 && (
        <details className="no-print">
          <summary>Show the data as a table</summary>
          <MeetingDataTable points={points} interval={interval} stacked={stacked} periodHref={periodHref} />
        </details>
      )}
    </figure>
  );
}
