import type { ReactNode } from "react";

type Name = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A wide table that must stay a table scrolls inside this region, never the page: on a phone
 * (390 px) the page keeps its width and the table moves sideways on its own. The region is named
 * and takes keyboard focus, so arrow keys scroll it and a screen reader says what it holds.
 */
export function ScrollRegion({ children, className, ...name }: Name & { children: ReactNode; className?: string }) {
  return (
    <div
      role="region"
      aria-label={name.label}
      aria-labelledby={name.labelledBy}
      // Keyboard scrolling needs focus; the scrollable-region-focusable rule (axe) asks for it too.
      tabIndex={0}
      // relative: visually hidden text (sr-only is position: absolute) inside the table would
      // otherwise escape the scrolling box and widen the page after all.
      className={[
        "relative max-w-full overflow-x-auto focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[var(--ax-border-focus)]",
        className,
      ]
        .filter(Boolean)
        .join(" ")}
    >
      {children}
    </div>
  );
}
