/**
 * Norwegian wording shared by the printed report and the spreadsheet. Client-safe:
 * no database or server imports.
 */
import { levelInfo, type Level } from "~/lib/mulighetsrom/areas";

export const assessmentStatusLabels: Record<"open" | "closed", string> = {
  open: "Åpen",
  closed: "Avsluttet",
};

/** ["eier", "kontor"] → "Eier, kontor". */
export function levelsText(levels: readonly Level[]): string {
  const text = levels.map((level) => levelInfo[level].label.replace(/nivå$/, "").toLowerCase()).join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const yesNo = (value: boolean) => (value ? "Ja" : "Nei");

export const DISAGREE_TEXT = "Sidene er uenige";

/** Lower-case ASCII letters, digits and hyphens only, so a download name needs no encoding. */
export const filenamePart = (text: string) => text.replace(/[^a-z0-9-]+/gi, "-").toLowerCase();

/** "grimstad", "2027-03-05", "pdf" → "mulighetsrom-grimstad-2027-03-05.pdf" (ASCII only, safe in a header). */
export function exportFilename(slug: string, heldOn: string, extension: "pdf" | "xlsx"): string {
  return `mulighetsrom-${filenamePart(slug)}-${filenamePart(heldOn)}.${extension}`;
}
