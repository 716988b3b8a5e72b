import Link from "next/link";
import { formatLevel, formatPeriod } from "@/lib/events/format";
import type { Interval } from "@/lib/events/filters";
import { STACK_LEVELS } from "./chart-levels";
import type { ChartPoint } from "./meeting-chart";

interface Props {
  points: ChartPoint[];
  interval: Interval;
  stacked: boolean;
  periodHref: (point: ChartPoint) => string | null;
}

/** The chart's numbers as a table: the keyboard and screen-reader way to read it and to open a period. */
export function MeetingDataTable({ points, interval, stacked, periodHref }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">Meetings per {interval}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Meetings
            </th>
            {stacked &&
              STACK_LEVELS.map((level) => (
                <th key={level} scope="col" className="num">
                  {formatLevel(level)}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => {
            const href = periodHref(point);
            const label = formatPeriod(point.period);
            return (
              <tr key={point.period}>
                <th scope="row">{href ? <Link href={href} prefetch={false}>{label}</Link> : label}</th>
                <td className="num">{point.count}</td>
                {stacked &&
                  STACK_LEVELS.map((level) => (
                    <td key={level} className="num">
                      {point.levels?.[level] ?? 0}
                    </td>
                  ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
