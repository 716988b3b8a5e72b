/** View models the pages, the API and the exports share. Plain JSON-safe data: dates are YYYY-MM-DD strings. */
import type { DatePrecision, EventType } from "../extract/types";

export type EventStatus = "draft" | "published" | "rejected";

export interface ParticipantView {
  slug: string;
  name: string;
  country: string | null;
  role: string | null;
}

export interface EventListItem {
  id: number;
  type: EventType | string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  location: string | null;
  status: EventStatus;
  confidence: number;
  sourcesDisagree: boolean;
  participants: ParticipantView[];
  sourceCount: number;
  /** With folding (listEvents' `fold`): the events inside this one (a visit's meetings), by date. */
  parts?: LinkedEventView[];
}

export interface EventSourceView {
  articleId: number;
  url: string | null;
  title: string;
  outlet: string | null;
  publishedAt: string;
  evidence: string;
  claimedDate: string;
  claimedPrecision: DatePrecision;
  claimedEndDate: string | null;
}

export interface LinkedEventView {
  id: number;
  type: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
}

export interface AuditEntryView {
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface EventDetail extends EventListItem {
  summary: string | null;
  actor: string | null;
  extractorVersion: string;
  parent: LinkedEventView | null;
  children: LinkedEventView[];
  sources: EventSourceView[];
  history: AuditEntryView[];
}

/**
 * How many events match. "exact"; "estimate" (PostgreSQL's, given when it expects more than 1,000: the page
 * says "about"); "more-than" (counting stopped at `total`).
 */
export interface EventTotal {
  total: number;
  totalKind: "exact" | "estimate" | "more-than";
}

export interface EventPage extends EventTotal {
  events: EventListItem[];
  page: number;
  pageSize: number;
}

export interface FrequencyPoint {
  /** "2024-06" (month), "2024-Q2" (quarter) or "2024" (year). */
  period: string;
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  count: number;
}

export interface PersonOption {
  slug: string;
  name: string;
  country: string | null;
  /** The alias the query matched, when it was not the canonical name. */
  matched?: string;
}
