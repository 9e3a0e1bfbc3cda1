import { arc } from "d3-shape";
import { getLocale, getTranslations } from "next-intl/server";
import { categoryInfo, cycleCategories, monthShort, type CycleCategory } from "~/lib/annual-cycle/categories";
import { angleOf, dayOfYear, daysInYear, monthSegments, placeEvents, pointAt, ringBand, wheelLayout } from "~/server/domain/annual-cycle/geometry";
import type { WheelEvent } from "~/server/domain/annual-cycle/view";
import { ringColours } from "./colours";
import { entryAnchor, markLabel } from "./wording";

const arcPath = arc();

/** Fill patterns per ring, in the ring's colour on white: the second signal beside colour. */
export function RingPatterns({ idPrefix }: { idPrefix: string }) {
  const p = (c: CycleCategory) => `${idPrefix}${c}`;
  const col = ringColours;
  return (
    <defs>
      <pattern id={p("partnerskapsmote")} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={col.partnerskapsmote} />
      </pattern>
      <pattern id={p("plan_styring")} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <rect width="3.5" height="6" fill={col.plan_styring} />
      </pattern>
      <pattern id={p("budsjett")} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={col.budsjett} />
        <circle cx="2.5" cy="2.5" r="1.1" fill="#fff" />
      </pattern>
      <pattern id={p("avtaler")} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <path d="M0 0L6 6M6 0L0 6" stroke={col.avtaler} strokeWidth="2.2" />
      </pattern>
      <pattern id={p("politikk")} width="8" height="4" patternUnits="userSpaceOnUse">
        <rect width="8" height="4" fill={col.politikk} />
        <path d="M0 3 Q2 1 4 3 T8 3" stroke="#fff" strokeWidth="0.9" fill="none" />
      </pattern>
      <pattern id={p("utvikling")} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={col.utvikling} />
        <path d="M0 0.5H5M0.5 0V5" stroke="#fff" strokeWidth="0.8" />
      </pattern>
    </defs>
  );
}

interface WheelProps {
  year: number;
  events: readonly WheelEvent[];
  /** yyyy-mm-dd; marked when it falls in the year. */
  today: string;
  size?: number;
  /** Marks link to their list entry (#hendelse-…); off in print. */
  linkMarks?: boolean;
  idPrefix?: string;
}

/**
 * The year as a wheel: months around, one ring per category (inside out in the order of
 * cycleCategories), each event an arc (a month or period) or a dot (a date). Plain SVG, drawn on
 * the server. It is hidden from assistive technology: the list beside it holds the same events
 * with everything (dates, responsible, links, actions). Marks are links for the mouse that
 * jump to the entry; they are kept out of the tab order, since the list is the keyboard path.
 */
export async function Wheel({ year, events, today, size = 600, linkMarks = true, idPrefix = "arshjul-" }: WheelProps) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("cycle")]);
  const layout = wheelLayout(size);
  const c = size / 2;
  const placed = placeEvents(events, year);
  const todayIndex = dayOfYear(today, year);
  const todayFraction = todayIndex >= 0 && todayIndex < daysInYear(year) ? (todayIndex + 0.5) / daysInYear(year) : null;
  const monthBand = (layout.monthInner + layout.monthOuter) / 2;

  return (
    <svg viewBox={`0 0 ${size} ${size}`} width="100%" role="presentation" aria-hidden="true" focusable="false" className="arshjul-hjul block h-auto max-w-full" style={{ fontFamily: "inherit" }}>
      <RingPatterns idPrefix={`${idPrefix}monster-`} />
      <g transform={`translate(${c} ${c})`}>
        {/* Ring bands, alternately shaded, and the month band. */}
        {cycleCategories.map((category, ring) => {
          const band = ringBand(layout, ring);
          return (
            <path
              key={category}
              d={arcPath({ innerRadius: band.ringInner, outerRadius: band.ringOuter, startAngle: 0, endAngle: 2 * Math.PI }) ?? ""}
              fill={ring % 2 === 0 ? "#f5f6f7" : "#ffffff"}
              stroke="#c6c9cd"
              strokeWidth="0.8"
            />
          );
        })}
        <path d={arcPath({ innerRadius: layout.monthInner, outerRadius: layout.monthOuter, startAngle: 0, endAngle: 2 * Math.PI }) ?? ""} fill="#23262a" />

        {monthSegments(year).map((m) => {
          const a = angleOf(m.start);
          const from = pointAt(a, layout.hole);
          const to = pointAt(a, layout.monthOuter);
          const label = pointAt(angleOf((m.start + m.end) / 2), monthBand);
          return (
            <g key={m.month}>
              <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#9aa0a6" strokeWidth="0.8" />
              <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="central" fill="#ffffff" fontSize={size * 0.028} fontWeight="600">
                {monthShort(m.month, locale)}
              </text>
            </g>
          );
        })}

        {/* The ring letters, in the gap at twelve o'clock. */}
        {cycleCategories.map((category, ring) => {
          const band = ringBand(layout, ring);
          return (
            <text key={category} x="0" y={-(band.ringInner + band.ringOuter) / 2} textAnchor="middle" dominantBaseline="central" fontSize={size * 0.024} fontWeight="700" fill="#23262a">
              {categoryInfo[category].letter}
            </text>
          );
        })}

        {placed.map((p) => {
          const band = ringBand(layout, p.ring, p.lane, p.lanes);
          const colour = ringColours[p.item.category];
          const label = markLabel(p.item, year, locale);
          let shape;
          if (p.shape === "arc") {
            shape = (
              <path
                d={arcPath({ innerRadius: band.inner, outerRadius: band.outer, startAngle: angleOf(p.start), endAngle: angleOf(p.end), padAngle: 0.006 }) ?? ""}
                fill={`url(#${idPrefix}monster-${p.item.category})`}
                stroke={colour}
                strokeWidth="1.2"
                strokeDasharray={p.item.origin === "avledet" ? "3 2" : undefined}
              />
            );
          } else {
            const point = pointAt(angleOf((p.start + p.end) / 2), (band.inner + band.outer) / 2);
            const r = Math.max(3, Math.min((band.outer - band.inner) / 2, size * 0.012));
            // Derived events (meetings, approvals, deadlines) are hollow dots: a second signal beside the list's "Fra møtene".
            shape =
              p.item.origin === "avledet" ? (
                <circle cx={point.x} cy={point.y} r={r - 0.5} fill="#fff" stroke={colour} strokeWidth="2.5" />
              ) : (
                <circle cx={point.x} cy={point.y} r={r} fill={colour} stroke="#fff" strokeWidth="1.5" />
              );
          }
          const mark = (
            <>
              <title>{label}</title>
              {shape}
            </>
          );
          return linkMarks ? (
            <a key={p.item.id} href={`#${entryAnchor(p.item.id)}`} tabIndex={-1} className="arshjul-merke">
              {mark}
            </a>
          ) : (
            <g key={p.item.id}>{mark}</g>
          );
        })}

        {todayFraction !== null &&
          (() => {
            const a = angleOf(todayFraction);
            const from = pointAt(a, layout.hole - 4);
            const to = pointAt(a, layout.ringsOuter + 2);
            return (
              <g>
                <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#23262a" strokeWidth="2.5" />
                <circle cx={to.x} cy={to.y} r="4" fill="#23262a" />
              </g>
            );
          })()}

        <text x="0" y={-size * 0.012} textAnchor="middle" fontSize={size * 0.06} fontWeight="700" fill="#23262a">
          {year}
        </text>
        <text x="0" y={size * 0.04} textAnchor="middle" fontSize={size * 0.024} fill="#23262a">
          {t("wheel.centre")}
        </text>
      </g>
    </svg>
  );
}

/** What the rings mean: letter, pattern and name together. Real text, so it is read and printed. */
export async function WheelLegend({ idPrefix = "legende-", compact = false }: { idPrefix?: string; compact?: boolean }) {
  const t = await getTranslations("cycle");
  return (
    <div>
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
        <RingPatterns idPrefix={idPrefix} />
      </svg>
      <ol className={compact ? "m-0 grid list-none grid-cols-2 gap-x-4 gap-y-1 p-0" : "m-0 grid list-none gap-2 p-0 ax-md:grid-cols-2"} aria-label={t("wheel.legend")}>
        {cycleCategories.map((category, ring) => (
          <li key={category} className="flex items-center gap-2">
            <svg width="22" height="16" aria-hidden="true" focusable="false" className="shrink-0">
              <rect x="0.5" y="0.5" width="21" height="15" fill={`url(#${idPrefix}${category})`} stroke={ringColours[category]} />
            </svg>
            <span>
              <span className="font-semibold">{categoryInfo[category].letter}</span> {t(`category.${category}`)}
              {!compact && <span className="sr-only">{t("wheel.ringNo", { no: ring + 1 })}</span>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
