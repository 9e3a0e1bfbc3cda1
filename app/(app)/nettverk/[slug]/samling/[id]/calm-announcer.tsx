"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A polite live region that passes on changes at most every `everyMs`: a screen-reader user
 * hears how the count grows without an announcement for each of a hundred answers.
 */
export function CalmAnnouncer({ text, everyMs = 15_000 }: { text: string; everyMs?: number }) {
  const [announced, setAnnounced] = useState(text);
  const last = useRef(0);
  useEffect(() => {
    if (text === announced) return;
    const wait = Math.max(0, last.current + everyMs - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      setAnnounced(text);
    }, wait);
    return () => clearTimeout(timer);
  }, [text, announced, everyMs]);
  return (
    <span className="sr-only" aria-live="polite" aria-atomic="true">
      {announced}
    </span>
  );
}
