import { line } from "d3-shape";

/**
 * A small trend line for an indicator's values, oldest to newest. Decorative: the values are
 * always also written out as text next to it, so it is hidden from screen readers.
 */
export function Sparkline({ values, target, width = 120, height = 32 }: { values: number[]; target?: number | null; width?: number; height?: number }) {
  if (values.length < 2) return null;
  const all = target === null || target === undefined ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / span;
  const path = line<number>()
    .x((_, i) => x(i))
    .y((v) => y(v))(values);
  const last = values[values.length - 1]!;
  return (
    <svg aria-hidden="true" focusable="false" width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="overflow-visible">
      {target !== null && target !== undefined && (
        <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="currentColor" strokeDasharray="3 3" strokeOpacity={0.5} />
      )}
      <path d={path ?? undefined} fill="none" stroke="currentColor" strokeWidth={1.75} />
      <circle cx={x(values.length - 1)} cy={y(last)} r={2.5} fill="currentColor" />
    </svg>
  );
}
