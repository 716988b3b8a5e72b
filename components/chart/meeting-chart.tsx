"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { INTERVALS, type EventFilters, type Interval } from "@/lib/events/filters";
import { formatPeriod } from "@/lib/events/format";
import type { FrequencyPoint } from "@/lib/events/types";
import { toTimelineHref } from "@/components/timeline/timeline-href";
import { toPeriodRange } from "./period-range";

const INTERVAL_LABELS: Record<Interval, string> = { month: "Month", quarter: "Quarter", year: "Year" };

interface Props {
  points: FrequencyPoint[];
  interval: Interval;
  filters: EventFilters;
}

interface ChartRow extends FrequencyPoint {
  label: string;
}

/** Meetings per period. Clicking a bar (or a row of the data table) narrows the timeline to that period. */
export function MeetingChart({ points, interval, filters }: Props) {
  const router = useRouter();
  const rows: ChartRow[] = points.map((p) => ({ ...p, label: formatPeriod(p.period) }));
  const total = points.reduce((sum, p) => sum + p.count, 0);

  const periodHref = (point: FrequencyPoint) => {
    const range = toPeriodRange(point.start, interval);
    return range ? toTimelineHref({ ...filters, ...range, page: 1 }, interval) : null;
  };

  function openPeriod(index: number) {
    const point = points[index];
    const href = point ? periodHref(point) : null;
    if (href) router.push(href);
  }

  return (
    <figure className="chart-figure panel">
      <figcaption>
        <h2>Meeting frequency</h2>
      </figcaption>
      <div className="chart-controls no-print">
        <div className="field">
          <label htmlFor="chart-interval">Interval</label>
          <select
            id="chart-interval"
            value={interval}
            onChange={(e) => router.push(toTimelineHref(filters, e.target.value as Interval))}
          >
            {INTERVALS.map((value) => (
              <option key={value} value={value}>
                {INTERVAL_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>

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
              <Tooltip cursor={{ fillOpacity: 0.15 }} formatter={(value) => [value, "Meetings"]} />
              <Bar
                dataKey="count"
                name="Meetings"
                fill="var(--color-chart-bar)"
                radius={[3, 3, 0, 0]}
                isAnimationActive={false}
                onClick={(_, index) => openPeriod(index)}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}

      <p className="chart-note">
        Counts events of type meeting that match the filters; a visit or call is not a meeting. Total:{" "}
        <strong>
          {total} meeting{total === 1 ? "" : "s"}
        </strong>
        .{total > 0 ? " Select a bar to show that period." : ""}
      </p>

      {points.length > 0 && (
        <details className="no-print">
          <summary>Show the data as a table</summary>
          <table className="data-table">
            <caption className="sr-only">Meetings per {interval}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Meetings
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => {
                const href = periodHref(point);
                const label = formatPeriod(point.period);
                return (
                  <tr key={point.period}>
                    <th scope="row">{href ? <Link href={href}>{label}</Link> : label}</th>
                    <td className="num">{point.count}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
