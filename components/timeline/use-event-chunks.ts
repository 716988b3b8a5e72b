"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { toSearchParams, type EventFilters } from "@/lib/events/filters";
import type { EventListItem, EventPage } from "@/lib/events/types";

import { CHUNK_SIZE } from "./timeline-layout";

const MAX_IN_FLIGHT = 3;

export type ChunkState = { status: "loaded"; events: EventListItem[] } | { status: "loading" } | { status: "error" };
type Chunks = ReadonlyMap<number, ChunkState>;

/**
 * Loads the matching events newest first, in chunks of CHUNK_SIZE, through GET /api/events (the same filters,
 * paged). `request(chunks)` names the chunks the rows in sight need; nothing else is fetched, and at most
 * MAX_IN_FLIGHT requests run at once. The owner re-keys the component when the filters change.
 */
export function useEventChunks(filters: EventFilters, initial: EventListItem[] | null) {
  const [chunks, setChunks] = useState<Chunks>(() => (initial ? new Map([[0, { status: "loaded", events: initial }]]) : new Map()));
  const chunksRef = useRef<Chunks>(chunks);
  const wanted = useRef<number[]>([]);
  const inFlight = useRef(new Set<number>());
  const signal = useRef<AbortSignal | null>(null);
  const filtersRef = useRef(filters);

  useEffect(() => {
    const controller = new AbortController();
    signal.current = controller.signal;
    return () => controller.abort();
  }, []);

  const update = useCallback((next: Chunks) => {
    chunksRef.current = next;
    setChunks(next);
  }, []);

  const pump = useCallback(() => {
    for (const chunk of wanted.current) {
      if (inFlight.current.size >= MAX_IN_FLIGHT) return;
      if (chunksRef.current.has(chunk) || inFlight.current.has(chunk)) continue;
      inFlight.current.add(chunk);
      update(new Map(chunksRef.current).set(chunk, { status: "loading" }));
      const query = toSearchParams({ ...filtersRef.current, sort: "-date", page: chunk + 1, pageSize: CHUNK_SIZE });
      const requestSignal = signal.current;
      fetch(`/api/events?${query}`, { signal: requestSignal ?? undefined })
        .then(async (response): Promise<ChunkState> => {
          if (!response.ok) throw new Error(`events request failed: ${response.status}`);
          return { status: "loaded", events: ((await response.json()) as EventPage).events };
        })
        .catch((): ChunkState => ({ status: "error" }))
        .then((state) => {
          inFlight.current.delete(chunk);
          if (requestSignal?.aborted) {
            // Cancelled by an unmount (or React's development remount): forget the chunk so a live owner asks again.
            const next = new Map(chunksRef.current);
            next.delete(chunk);
            chunksRef.current = next;
            if (signal.current && !signal.current.aborted) pump();
            return;
          }
          update(new Map(chunksRef.current).set(chunk, state));
          pump();
        });
    }
  }, [update]);

  const request = useCallback(
    (needed: number[]) => {
      wanted.current = needed;
      pump();
    },
    [pump],
  );

  const retry = useCallback(() => {
    update(new Map([...chunksRef.current].filter(([, state]) => state.status !== "error")));
    pump();
  }, [pump, update]);

  return { chunks, request, retry };
}
