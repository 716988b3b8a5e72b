"use client";

import Form from "next/form";
import Link from "next/link";
import { useState } from "react";
import type { EventFilters } from "@/lib/events/filters";
import { formatEventType } from "@/lib/events/format";
import type { PersonOption } from "@/lib/events/types";
import { EVENT_TYPES } from "@/lib/extract/types";
import { ParticipantCombobox } from "@/components/timeline/participant-combobox";
import { REVIEW_PAGE_SIZE } from "./review-href";

interface Props {
  filters: EventFilters;
  /** The people named by filters.participant, resolved to names for the chips. */
  selectedPeople: PersonOption[];
}

/**
 * The queue's filters: the timeline's URL parameters (parsed by parseEventFilters), submitted as a GET form so
 * the filtered queue has a URL. The status is always "draft" here, so it is not offered.
 */
export function ReviewFilters({ filters, selectedPeople }: Props) {
  const [people, setPeople] = useState<PersonOption[]>(() =>
    filters.participant.map((slug) => selectedPeople.find((p) => p.slug === slug) ?? { slug, name: slug, country: null }),
  );
  return (
    <Form action="/review" className="filter-bar" role="search" aria-label="Filter drafts">
      <div className="field">
        <label htmlFor="review-from">From</label>
        <input id="review-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="review-to">To</label>
        <input id="review-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="field span-2">
        <label htmlFor="review-q">Search</label>
        <input id="review-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Words in titles and evidence" />
      </div>
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
      <div className="span-2 span-mobile-all">
        <ParticipantCombobox
          label="Participant"
          selected={people}
          onAdd={(person) => setPeople((current) => [...current, person])}
          onRemove={(slug) => setPeople((current) => current.filter((p) => p.slug !== slug))}
        />
        {people.map((p) => (
          <input key={p.slug} type="hidden" name="participant" value={p.slug} />
        ))}
      </div>
      <div className="field">
        <label htmlFor="review-location">Location</label>
        <input id="review-location" name="location" type="text" defaultValue={filters.location ?? ""} />
      </div>
      {filters.pair ? <input type="hidden" name="pair" value={filters.pair} /> : null}
      {filters.country.length ? <input type="hidden" name="country" value={filters.country.join(",")} /> : null}
      {filters.pageSize !== REVIEW_PAGE_SIZE ? <input type="hidden" name="pageSize" value={filters.pageSize} /> : null}
      <div className="actions span-all">
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href={filters.pair ? `/review?pair=${encodeURIComponent(filters.pair)}` : "/review"} className="button button-secondary">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
