"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { EVENT_TYPES } from "@/lib/extract/types";
import { DEFAULT_FILTERS, LEVELS, STATUS_FILTERS, type EventFilters } from "@/lib/events/filters";
import { formatEventType, formatLevel } from "@/lib/events/format";
import type { PersonOption } from "@/lib/events/types";
import { ParticipantCombobox } from "./participant-combobox";
import { toTimelineHref, type TimelineDisplay } from "./timeline-href";
import styles from "./filter-bar.module.css";

const STATUS_LABELS: Record<(typeof STATUS_FILTERS)[number], string> = {
  published: "Published",
  draft: "Draft",
  rejected: "Rejected",
  all: "All",
};

interface Props {
  filters: EventFilters;
  display: TimelineDisplay;
  /** The people named by filters.participant, resolved to names for the chips. */
  selectedPeople: PersonOption[];
  locations: string[];
  /** The two countries of the pair shown: the sides the country filter offers. */
  countries: ReadonlyArray<{ code: string; name: string }>;
  /** Editors choose the status; everyone else sees published events only. */
  canSeeDrafts?: boolean;
}

/**
 * The timeline filters. The URL is the state: applying pushes a new URL (page reset to 1), so back/forward and
 * reload reproduce the view. The page re-keys this component when the URL filters change.
 */
export function FilterBar({ filters, display, selectedPeople, locations, countries, canSeeDrafts = false }: Props) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [people, setPeople] = useState<PersonOption[]>(() => withUnknownSlugs(filters.participant, selectedPeople));
  const [rangeError, setRangeError] = useState<string | null>(null);

  const countryValue = filters.country.join(",");
  const sides = countries.map(({ code, name }) => [code, `${name} (${code})`] as const);
  const countryOptions = countryValue && !sides.some(([code]) => code === countryValue)
    ? [...sides, [countryValue, filters.country.join(", ")] as const]
    : sides;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
    const from = text("from");
    const to = text("to");
    if (from && to && from > to) {
      setRangeError("“From” must not be after “To”.");
      return;
    }
    setRangeError(null);
    const next: EventFilters = {
      ...filters,
      from,
      to,
      type: data.getAll("type").map(String) as EventFilters["type"],
      participant: people.map((p) => p.slug),
      country: (text("country") ?? "").split(",").filter(Boolean),
      level: data.getAll("level").map(String) as EventFilters["level"],
      location: text("location"),
      status: (text("status") ?? DEFAULT_FILTERS.status) as EventFilters["status"],
      q: text("q"),
      page: 1,
    };
    startTransition(() => router.push(toTimelineHref(next, display)));
  }

  return (
    <form className={`filter-bar ${styles.form}`} role="search" aria-label="Filter events" onSubmit={handleSubmit} noValidate aria-busy={isPending || undefined}>
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input
          id="filter-from"
          name="from"
          type="date"
          defaultValue={filters.from ?? ""}
          aria-invalid={rangeError ? true : undefined}
          aria-describedby={rangeError ? "filter-range-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="field span-2">
        <label htmlFor="filter-q">Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Words in titles and evidence" />
      </div>
      {rangeError && (
        <p id="filter-range-error" className="field-error span-all" role="alert">
          {rangeError}
        </p>
      )}

      <fieldset className="span-all">
        <legend>Event type</legend>
        <ul className="checkbox-list">
          {EVENT_TYPES.map((type) => (
            <li key={type}>
              <label>
                <input type="checkbox" name="type" value={type} defaultChecked={filters.type.includes(type)} />
                {formatEventType(type)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="span-all" aria-describedby="filter-level-hint">
        <legend>Level</legend>
        <p className="field-hint" id="filter-level-hint">
          Any participant held an office of this level on the event’s date.
        </p>
        <ul className="checkbox-list">
          {LEVELS.map((level) => (
            <li key={level}>
              <label>
                <input type="checkbox" name="level" value={level} defaultChecked={filters.level.includes(level)} />
                {formatLevel(level)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="span-2 span-mobile-all">
        <ParticipantCombobox
          label="Participant"
          eventStatus={filters.status}
          selected={people}
          onAdd={(person) => setPeople((current) => [...current, person])}
          onRemove={(slug) => setPeople((current) => current.filter((p) => p.slug !== slug))}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-country">Country</label>
        <select id="filter-country" name="country" defaultValue={countryValue}>
          <option value="">Any country</option>
          {countryOptions.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-location">Location</label>
        <input id="filter-location" name="location" type="text" list="filter-location-options" defaultValue={filters.location ?? ""} />
        <datalist id="filter-location-options">
          {locations.map((location) => (
            <option key={location} value={location} />
          ))}
        </datalist>
      </div>
      {canSeeDrafts && (
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filters.status}>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="actions span-all">
        <button type="submit" className="button">
          {isPending ? "Applying…" : "Apply filters"}
        </button>
        <Link href={toTimelineHref({ ...DEFAULT_FILTERS, pair: filters.pair }, display)} className="button button-secondary">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** Keeps slugs from the URL that the registry did not resolve, so applying other filters does not drop them. */
function withUnknownSlugs(slugs: string[], known: PersonOption[]): PersonOption[] {
  const bySlug = new Map(known.map((p) => [p.slug, p]));
  return slugs.map((slug) => bySlug.get(slug) ?? { slug, name: slug, country: null });
}
