/**
 * Event filters, declared once. The URL, the API, the chart, the exports and the CLI all parse and apply
 * filters through this module, so "filtered" means one thing everywhere. URL parameter names are a public
 * contract: keep them short and stable.
 */
import { z } from "zod";
import { AppError } from "../errors";
import { EVENT_TYPES } from "../extract/types";
import type { PersonLevel } from "../people/types";
import { relationshipSlugSchema } from "../relationships/schema";

export const EVENT_STATUSES = ["draft", "published", "rejected"] as const;
export const STATUS_FILTERS = ["published", "draft", "rejected", "all"] as const;
export const SORTS = ["date", "-date", "type", "-type", "sources", "-sources"] as const;
export const INTERVALS = ["month", "quarter", "year"] as const;
export type Interval = (typeof INTERVALS)[number];
/**
 * Office levels (PersonOffice.level), highest first: head of state or government, minister, vice minister and
 * below, parliament, other. The order is also the rank used when a meeting is counted under one level.
 */
export const LEVELS = ["head", "minister", "vice", "parliament", "other"] as const satisfies readonly PersonLevel[];
export type Level = (typeof LEVELS)[number];
// Fails to compile when the people registry gains a level the filter does not know.
const levelsAreExhaustive: [PersonLevel] extends [Level] ? true : never = true;
void levelsAreExhaustive;

const MAX_PAGE_SIZE = 500;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD; `edge` says whether a partial date means its first or last day. */
export function parseDateBound(value: string, edge: "start" | "end"): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : edge === "start" ? 1 : 12;
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : edge === "start" ? 1 : lastDay;
  if (day < 1 || day > lastDay) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const list = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));

const dateBound = (edge: "start" | "end") =>
  z.string().transform((value, ctx) => {
    const parsed = parseDateBound(value, edge);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "must be a date: YYYY, YYYY-MM or YYYY-MM-DD" });
      return z.NEVER;
    }
    return parsed;
  });

// Free text is matched with parameters, never spliced into SQL; control characters (NUL cannot even be sent to
// PostgreSQL) have no place in a search and are refused.
const searchText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "must not contain control characters");

const eventFiltersObject = z.object({
  // The country pair (a relationship's slug); absent means the default pair, so URLs from before pairs still work.
  pair: relationshipSlugSchema.optional(),
  from: dateBound("start").optional(),
  to: dateBound("end").optional(),
  type: list(z.enum(EVENT_TYPES)).default([]),
  participant: list(z.string().regex(/^[a-z0-9-]{1,120}$/, "must be a person's slug")).default([]),
  country: list(z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166 alpha-2 code").transform((s) => s.toUpperCase())).default([]),
  // An event matches when any participant held an office of one of these levels at the event's date.
  level: list(z.enum(LEVELS)).default([]),
  location: searchText(120).optional(),
  q: searchText(200).optional(),
  status: z.enum(STATUS_FILTERS).default("published"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  sort: z.enum(SORTS).default("-date"),
});

export const eventFiltersSchema = eventFiltersObject.refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["from"] });

export type EventFilters = z.output<typeof eventFiltersSchema>;
export const DEFAULT_FILTERS: EventFilters = eventFiltersSchema.parse({});

type ParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(params: ParamsLike): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x] as [string, string])));
  for (const [key, value] of entries) {
    if (value === "") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

const FILTER_KEYS = new Set(Object.keys(eventFiltersObject.shape));

const SCALAR_KEYS = ["pair", "from", "to", "location", "q", "status", "page", "pageSize", "sort"];

/**
 * Parses URL search params; unknown params are ignored (other pages add their own), bad values throw a 400:
 * a value of the wrong shape, an unknown type, status or sort, a page size over the cap, or a one-value
 * parameter given twice.
 */
export function parseEventFilters(params: ParamsLike): EventFilters {
  const record = Object.fromEntries(Object.entries(toRecord(params)).filter(([k]) => FILTER_KEYS.has(k)));
  for (const key of SCALAR_KEYS) {
    if (Array.isArray(record[key])) throw new AppError("bad_request", `Invalid filter ${key}: give it once`);
  }
  const result = eventFiltersSchema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("bad_request", `Invalid filter ${where}${issue.message}`);
  }
  return result.data;
}

/** The inverse of parseEventFilters: only non-default values are written, so URLs stay short. */
export function toSearchParams(filters: Partial<EventFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const f = { ...DEFAULT_FILTERS, ...filters };
  if (f.pair) params.set("pair", f.pair);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  for (const key of ["type", "participant", "country", "level"] as const) {
    if (f[key].length) params.set(key, f[key].join(","));
  }
  if (f.location) params.set("location", f.location);
  if (f.q) params.set("q", f.q);
  if (f.status !== DEFAULT_FILTERS.status) params.set("status", f.status);
  if (f.page !== DEFAULT_FILTERS.page) params.set("page", String(f.page));
  if (f.pageSize !== DEFAULT_FILTERS.pageSize) params.set("pageSize", String(f.pageSize));
  if (f.sort !== DEFAULT_FILTERS.sort) params.set("sort", f.sort);
  return params;
}

/** Filters without paging and sorting: what the chart and exports share with the table. */
export function withoutPaging(filters: EventFilters): EventFilters {
  return { ...filters, page: DEFAULT_FILTERS.page, pageSize: DEFAULT_FILTERS.pageSize, sort: DEFAULT_FILTERS.sort };
}

export function isIsoDay(value: string): boolean {
  return isoDay.test(value) && parseDateBound(value, "start") === value;
}

/** Drafts and rejected events are the editors' working material: everyone else may ask for published events only. */
export function needFor(filters: Pick<EventFilters, "status">): "read" | "editor" {
  return filters.status === "published" ? "read" : "editor";
}

/**
 * True when the filters use only pair, status, type and dates. Those are what the per-day counts
 * (event_day_count) can answer, and the ones for which folding a visit's meetings into it (the timeline's fold=1)
 * is offered: whether the containing event is listed too can then be checked cheaply. With people, places or
 * words it would take the whole filter again for every row; those lists stay flat.
 */
export function usesOnlyPairStatusTypeAndDates(filters: EventFilters): boolean {
  return !filters.participant.length && !filters.country.length && !filters.level.length && !filters.location && !filters.q;
}
