/**
 * Wording shared by the printed report and the spreadsheet. Client-safe:
 * no database or server imports.
 */
import type { Level } from "~/lib/mulighetsrom/model";

/** "Eier, kontor": the levels without «nivå», for a narrow column (the print view and the spreadsheet). */
export function levelsText(levels: readonly Level[], short: (level: Level) => string): string {
  const text = levels.map(short).join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case ASCII letters, digits and hyphens only, so a download name needs no encoding. */
export const filenamePart = (text: string) => text.replace(/[^a-z0-9-]+/gi, "-").toLowerCase();

/** "grimstad", "2027-03-05", "pdf" → "mulighetsrom-grimstad-2027-03-05.pdf" (ASCII only, safe in a header). */
export function exportFilename(slug: string, heldOn: string, extension: "pdf" | "xlsx"): string {
  return `mulighetsrom-${filenamePart(slug)}-${filenamePart(heldOn)}.${extension}`;
}
