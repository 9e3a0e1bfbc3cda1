/**
 * Norwegian wording shared by the printed report and the spreadsheet. Client-safe:
 * no database or server imports.
 */
import type { actionStatuses } from "~/db/schema/enums";
import type { Side } from "../domain/access/roles";
import { levelInfo, type Level } from "../domain/mulighetsrom/areas";

export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Record<ActionStatus, string> = {
  ikke_startet: "Ikke startet",
  pagar: "Pågår",
  fullfort: "Fullført",
  utsatt: "Utsatt",
};

export const assessmentStatusLabels: Record<"open" | "closed", string> = {
  open: "Åpen",
  closed: "Avsluttet",
};

/** The six questions of a development plan, in the model's order (Vedlegg B). */
export const planQuestions = [
  { key: "why", label: "Hvorfor dette området, og hva vil vi oppnå?" },
  { key: "whatAndWhen", label: "Hva må gjøres, hvorfor og når?" },
  { key: "approach", label: "Hvordan går vi fram?" },
  { key: "involved", label: "Hvem må involveres?" },
  { key: "responsible", label: "Hvem er ansvarlig?" },
  { key: "followUp", label: "Hvordan følger vi opp, og hvordan vet vi at målet er nådd?" },
] as const;

export const sidesInOrder: readonly Side[] = ["stat", "kommune", "kontor"];

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
