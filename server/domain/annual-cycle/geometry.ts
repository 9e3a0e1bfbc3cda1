/**
 * Where an event sits in the wheel. Pure: the wheel component, the print view and the tests
 * share it. Fractions run from 0 (1 January, 00:00) to 1 (31 December, 24:00); angles are
 * radians clockwise from twelve o'clock, as d3-shape's arc() reads them. A narrow gap at the
 * top holds the ring letters, so January starts just right of twelve o'clock.
 */
import { cycleCategories, type CycleCategory, type CycleDateKind } from "~/lib/annual-cycle/categories";

export interface EventWhen {
  dateKind: CycleDateKind;
  /** yyyy-mm-dd for "dato" and "periode". */
  startDate: string | null;
  endDate: string | null;
  /** 1–12 for "maned". */
  month: number | null;
}

export interface Span {
  /** Fraction of the year where the mark starts and ends (end > start). */
  start: number;
  end: number;
  /** A single day is a dot; a month or a period is an arc. */
  shape: "dot" | "arc";
  /** The event began before 1 January or goes on after 31 December: the arc is cut at the year's edge. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const DAY_MS = 86_400_000;

export const daysInYear = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;

/** Days from 1 January of `year` to the date (0 for 1 January; negative before, ≥ 365 after). */
export function dayOfYear(isoDate: string, year: number): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.round((Date.UTC(y!, m! - 1, d) - Date.UTC(year, 0, 1)) / DAY_MS);
}

/** The month's share of the year: [start, end) as fractions. */
export function monthSpan(year: number, month: number) {
  const days = daysInYear(year);
  const start = (Date.UTC(year, month - 1, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
  const end = (Date.UTC(year, month, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
  return { start: start / days, end: end / days };
}

export const monthSegments = (year: number) => Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...monthSpan(year, i + 1) }));

/** The event's stretch of the year, or null when none of it falls in the year. */
export function spanOf(when: EventWhen, year: number): Span | null {
  const days = daysInYear(year);
  if (when.dateKind === "maned") {
    if (!when.month || when.month < 1 || when.month > 12) return null;
    return { ...monthSpan(year, when.month), shape: "arc", clippedStart: false, clippedEnd: false };
  }
  if (!when.startDate) return null;
  const first = dayOfYear(when.startDate, year);
  const last = when.dateKind === "periode" && when.endDate ? dayOfYear(when.endDate, year) : first;
  if (last < 0 || first >= days) return null;
  const from = Math.max(first, 0);
  const to = Math.min(last + 1, days);
  return {
    start: from / days,
    end: to / days,
    shape: when.dateKind === "dato" || first === last ? "dot" : "arc",
    clippedStart: first < 0,
    clippedEnd: last + 1 > days,
  };
}

/** The top of the wheel left free for the ring letters. */
export const WHEEL_GAP = (8 / 360) * 2 * Math.PI;

/** Fraction of the year → angle (radians, clockwise from twelve o'clock). */
export const angleOf = (fraction: number) => WHEEL_GAP / 2 + fraction * (2 * Math.PI - WHEEL_GAP);

/** Where a point at `angle` and `radius` from the centre is, in SVG coordinates around (0, 0). */
export const pointAt = (angle: number, radius: number) => ({ x: radius * Math.sin(angle), y: -radius * Math.cos(angle) });

export interface Placed<T> extends Span {
  item: T;
  /** 0 is the innermost ring: the order of cycleCategories. */
  ring: number;
  /** Marks that overlap in a ring share it side by side: lane `lane` of `lanes`. */
  lane: number;
  lanes: number;
}

/** A dot blocks a few days either side, so two dots in the same week do not cover each other. */
const DOT_CLEARANCE_DAYS = 4;

/**
 * Places every event that touches the year: its ring (by category), its span, and a lane within
 * the ring when marks overlap. Lanes are counted per cluster of overlapping marks, so a busy
 * October does not thin the ring's marks in March.
 */
export function placeEvents<T extends EventWhen & { category: CycleCategory }>(events: readonly T[], year: number): Placed<T>[] {
  const clearance = DOT_CLEARANCE_DAYS / daysInYear(year);
  const placed: Placed<T>[] = [];
  for (const [ring, category] of cycleCategories.entries()) {
    const marks = events
      .filter((e) => e.category === category)
      .map((item) => ({ item, span: spanOf(item, year) }))
      .filter((m): m is { item: T; span: Span } => m.span !== null)
      .map((m) => {
        const mid = (m.span.start + m.span.end) / 2;
        const [from, to] = m.span.shape === "dot" ? [mid - clearance, mid + clearance] : [m.span.start, m.span.end];
        return { ...m, from, to };
      })
      .sort((a, b) => a.from - b.from || b.to - a.to);

    let cluster: Placed<T>[] = [];
    let clusterEnd = -Infinity;
    let laneEnds: number[] = [];
    const closeCluster = () => {
      for (const p of cluster) p.lanes = laneEnds.length;
      cluster = [];
      laneEnds = [];
    };
    for (const mark of marks) {
      if (mark.from >= clusterEnd) {
        closeCluster();
        clusterEnd = mark.to;
      } else {
        clusterEnd = Math.max(clusterEnd, mark.to);
      }
      let lane = laneEnds.findIndex((end) => end <= mark.from);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = mark.to;
      const p: Placed<T> = { ...mark.span, item: mark.item, ring, lane, lanes: 1 };
      cluster.push(p);
      placed.push(p);
    }
    closeCluster();
  }
  return placed;
}

export interface WheelLayout {
  /** The SVG's width and height; the centre is at (size/2, size/2). */
  size: number;
  /** The empty middle, where the year is written. */
  hole: number;
  ringWidth: number;
  /** Outer edge of the last ring. */
  ringsOuter: number;
  /** The band with the month names. */
  monthInner: number;
  monthOuter: number;
}

export function wheelLayout(size = 600): WheelLayout {
  const monthOuter = size / 2 - 4;
  const monthInner = monthOuter - size * 0.06;
  const ringsOuter = monthInner - 4;
  const hole = size * 0.11;
  const ringWidth = (ringsOuter - hole) / cycleCategories.length;
  return { size, hole, ringWidth, ringsOuter, monthInner, monthOuter };
}

/** The radial band a mark in `ring`, lane `lane` of `lanes`, occupies. */
export function ringBand(layout: WheelLayout, ring: number, lane = 0, lanes = 1) {
  const inner = layout.hole + ring * layout.ringWidth;
  const pad = layout.ringWidth * 0.1;
  const usable = layout.ringWidth - 2 * pad;
  const laneWidth = usable / lanes;
  return { inner: inner + pad + lane * laneWidth, outer: inner + pad + (lane + 1) * laneWidth, ringInner: inner, ringOuter: inner + layout.ringWidth };
}
