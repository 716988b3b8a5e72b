import { LEVELS } from "@/lib/events/filters";
import type { StackLevel } from "@/lib/events/view-types";

/** Stack order, bottom to top: the LEVELS rank, then meetings with no recorded office. */
export const STACK_LEVELS: readonly StackLevel[] = [...LEVELS, "unrecorded"];

/** Distinct at a glance and for common colour-vision deficiencies; always shown with a text legend. */
export const LEVEL_COLORS: Record<StackLevel, string> = {
  head: "#1f5fa8",
  minister: "#c2410c",
  vice: "#047857",
  parliament: "#7e22ce",
  other: "#a16207",
  unrecorded: "#6b7280",
};
