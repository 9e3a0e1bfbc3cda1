/**
 * Where each area sits in the Venn picture of the model: three overlapping circles
 * (eier top, kontor bottom left, tjeneste bottom right), area 1 in the centre, each
 * other area inside exactly the circles of its levels. Coordinates in a 600×600 viewBox.
 */
import type { Level } from "~/lib/mulighetsrom/areas";

export const CIRCLE_RADIUS = 190;
export const MARKER_RADIUS = 21;

export const levelCircles: Record<Level, { cx: number; cy: number; labelX: number; labelY: number; anchor: "start" | "middle" | "end" }> = {
  eier: { cx: 300, cy: 200, labelX: 300, labelY: 36, anchor: "middle" },
  kontor: { cx: 190, cy: 370, labelX: 12, labelY: 590, anchor: "start" },
  tjeneste: { cx: 410, cy: 370, labelX: 588, labelY: 590, anchor: "end" },
};

export const areaPositions: Record<number, { x: number; y: number }> = {
  1: { x: 300, y: 318 },
  2: { x: 215, y: 100 },
  3: { x: 300, y: 80 },
  4: { x: 385, y: 100 },
  5: { x: 180, y: 165 },
  6: { x: 255, y: 150 },
  7: { x: 345, y: 150 },
  8: { x: 420, y: 165 },
  9: { x: 95, y: 420 },
  10: { x: 135, y: 492 },
  11: { x: 200, y: 525 },
  12: { x: 505, y: 420 },
  13: { x: 465, y: 492 },
  14: { x: 400, y: 525 },
  15: { x: 160, y: 262 },
  16: { x: 212, y: 305 },
  17: { x: 440, y: 262 },
  18: { x: 388, y: 305 },
  19: { x: 262, y: 435 },
  20: { x: 338, y: 435 },
};
