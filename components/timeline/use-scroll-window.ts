"use client";

import { useEffect, useState, type RefObject } from "react";

export interface ScrollWindow {
  scrollTop: number;
  viewport: number;
  /** The root font size in px: row heights are set in rem so they follow the reader's text size. */
  rem: number;
}

/** Tracks a scroll container's position and height, at most once per animation frame. */
export function useScrollWindow(ref: RefObject<HTMLElement | null>, initialViewport: number): ScrollWindow {
  const [state, setState] = useState<ScrollWindow>({ scrollTop: 0, viewport: initialViewport, rem: 16 });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setState((s) => (s.scrollTop === el.scrollTop && s.viewport === el.clientHeight && s.rem === rem ? s : { scrollTop: el.scrollTop, viewport: el.clientHeight, rem }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    el.addEventListener("scroll", schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    measure();
    return () => {
      el.removeEventListener("scroll", schedule);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref]);

  return state;
}
