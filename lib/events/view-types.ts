/** View models of the timeline's overview queries (the meeting chart stacked by level, the visual timeline). */
import type { Level } from "./filters";
import type { FrequencyPoint } from "./types";

/** A meeting's level: the highest office any participant held at its date, or "unrecorded" when none is known. */
export type StackLevel = Level | "unrecorded";

export interface LevelFrequencyPoint extends FrequencyPoint {
  /** Meetings of the period by level; the values add up to `count`. */
  levels: Record<StackLevel, number>;
}

/** How many matching events of one type fall in one month. */
export interface MonthTypeCount {
  /** "2024-06" */
  month: string;
  type: string;
  count: number;
}
