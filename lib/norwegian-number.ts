/**
 * A number typed the Norwegian way: decimal comma or point, spaces (also no-break spaces) between
 * thousands, the typographic minus "−", and a trailing "%" allowed ("1 234,5", "−3", "12,6 %").
 * Anything else, including "1.234,5", "12,6,1" and "Infinity", gives null.
 */
export function parseNorwegianNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/%$/, "")
    .replace(/^[\u2212\u2013]/, "-");
  const normalised = cleaned.includes(",") && !cleaned.includes(".") ? cleaned.replace(",", ".") : cleaned;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
