"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { PersonOption } from "@/lib/events/types";

const MIN_QUERY = 2;
const DEBOUNCE_MS = 200;

interface Props {
  label: string;
  /** Suggest only people of events of this status (the timeline's filter); without it, everyone the user may see. */
  eventStatus?: string;
  selected: PersonOption[];
  onAdd: (person: PersonOption) => void;
  onRemove: (slug: string) => void;
}

type Status = "idle" | "loading" | "error";

/**
 * Type-ahead for people (ARIA 1.2 combobox with a listbox popup). Suggestions come from GET /api/people, which
 * matches aliases, so "Choi Son Hui" finds Choe Son Hui. Selected people are shown as removable chips.
 */
export function ParticipantCombobox({ label, eventStatus, selected, onAdd, onRemove }: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<PersonOption[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [status, setStatus] = useState<Status>("idle");

  const term = query.trim();
  useEffect(() => {
    if (term.length < MIN_QUERY) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const params = new URLSearchParams({ q: term, ...(eventStatus ? { status: eventStatus } : {}) });
        const response = await fetch(`/api/people?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`people search failed: ${response.status}`);
        const body = (await response.json()) as { people?: PersonOption[] };
        setOptions(body.people ?? []);
        setActiveIndex(-1);
        setIsOpen(true);
        setStatus("idle");
      } catch {
        if (!controller.signal.aborted) {
          setOptions([]);
          setStatus("error");
        }
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [term, eventStatus]);

  const selectedSlugs = new Set(selected.map((p) => p.slug));
  const visible = term.length < MIN_QUERY ? [] : options.filter((p) => !selectedSlugs.has(p.slug));
  const expanded = isOpen && visible.length > 0;

  function choose(person: PersonOption) {
    onAdd(person);
    setQuery("");
    setOptions([]);
    setIsOpen(false);
    setActiveIndex(-1);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setIsOpen(true);
        setActiveIndex((i) => (visible.length ? (i + 1) % visible.length : -1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setIsOpen(true);
        setActiveIndex((i) => (visible.length ? (i <= 0 ? visible.length - 1 : i - 1) : -1));
        break;
      case "Enter":
        // Enter picks a suggestion; with none highlighted it submits the filter form as usual.
        if (expanded && activeIndex >= 0 && visible[activeIndex]) {
          event.preventDefault();
          choose(visible[activeIndex]);
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setIsOpen(false);
          setActiveIndex(-1);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        break;
      case "Backspace":
        if (!query && selected.length) onRemove(selected[selected.length - 1].slug);
        break;
    }
  }

  const statusText =
    status === "error"
      ? "Could not load suggestions."
      : term.length >= MIN_QUERY && isOpen && status === "idle"
        ? visible.length
          ? `${visible.length} suggestion${visible.length === 1 ? "" : "s"}. Use the arrow keys to choose.`
          : "No matching people."
        : "";

  return (
    <div className="field combobox">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-controls={listboxId}
        aria-expanded={expanded}
        aria-activedescendant={expanded && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined}
        aria-describedby={`${id}-status`}
        placeholder="Type a name…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIsOpen(true);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setIsOpen(false)}
        onFocus={() => setIsOpen(true)}
      />
      <ul id={listboxId} role="listbox" aria-label={`${label} suggestions`} className="listbox" hidden={!expanded}>
        {visible.map((person, index) => (
          <li
            key={person.slug}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(person)}
          >
            {person.name}
            {person.country ? <span className="option-meta"> · {person.country}</span> : null}
            {person.matched && person.matched !== person.name ? (
              <span className="option-meta"> (matched “{person.matched}”)</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="sr-only" aria-live="polite">
        {statusText}
      </p>
      {selected.length > 0 && (
        <ul className="chips" aria-label={`Selected ${label.toLowerCase()}s`}>
          {selected.map((person) => (
            <li key={person.slug} className="chip">
              <span>{person.name}</span>
              <button type="button" aria-label={`Remove ${person.name}`} onClick={() => onRemove(person.slug)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
