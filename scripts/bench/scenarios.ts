/**
 * What the big-archive benchmark asks the app: representative filters of the timeline, as URL query strings
 * (the public contract shared by `/`, /api/events and /api/stats/meetings). The people are registry slugs: in the
 * synthetic archive Kim Jong Un is the most frequent participant of his side (about one event in ten) and
 * Choe Son Hui a middling one. Without `pair` a request reads the default pair (kp-ru, about 85% of the archive's
 * events); `pair=ru-cn` is the smallest shipped pair (about 5%). The country filter names a side of the pair shown.
 */
export interface Scenario {
  /** The metric name suffix. */
  name: string;
  /** The query string, without "?". */
  query: string;
}

export const EVENT_LIST_SCENARIOS: Scenario[] = [
  { name: "default", query: "" },
  { name: "date_range", query: "from=2019-01&to=2019-12" },
  { name: "type_meeting", query: "type=meeting" },
  { name: "participant", query: "participant=kim-jong-un" },
  { name: "country", query: "pair=kp-cn&country=CN" },
  { name: "pair", query: "pair=ru-cn" },
  { name: "q", query: "q=railway" },
  { name: "meeting_ru_since_2023", query: "type=meeting&country=RU&from=2023" },
  { name: "participant_type_since_2015", query: "participant=choe-son-hui&type=meeting,visit&from=2015" },
  { name: "q_type_since_2020", query: "q=Vladivostok&type=meeting&from=2020" },
  { name: "late_page", query: "page=2000" },
  // Not a filter: the sort by number of sources, a column header click away.
  { name: "sort_sources", query: "sort=-sources" },
];

export const MEETING_SCENARIOS: Scenario[] = [
  { name: "month", query: "interval=month" },
  { name: "quarter", query: "interval=quarter" },
  { name: "year", query: "interval=year" },
];

export const RENDER_SCENARIOS: Scenario[] = [
  { name: "plain", query: "" },
  { name: "filtered", query: "participant=kim-jong-un&type=meeting&from=2018&interval=quarter" },
];
