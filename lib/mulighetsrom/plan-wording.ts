/**
 * The words of a development plan, shared by the page, the printed report and the spreadsheet,
 * so a plan reads the same on screen and on paper. Client-safe: no database imports.
 */
import type { actionStatuses } from "~/db/schema/enums";

export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Record<ActionStatus, string> = {
  ikke_startet: "Ikke startet",
  pagar: "Pågår",
  fullfort: "Fullført",
  utsatt: "Utsatt",
};

/** The six questions every development plan answers, in the order the group works through them. */
export const planQuestions = [
  { key: "why", label: "Hvorfor dette området, og hva vil dere oppnå?", help: "Beskriv målet så konkret at dere kan se når det er nådd." },
  { key: "whatAndWhen", label: "Hva må gjøres – hvorfor og når?", help: "De viktigste stegene og når de skal skje." },
  { key: "approach", label: "Hvordan går dere fram?", help: "Arbeidsform, møter, saker som må fram til politisk behandling." },
  { key: "involved", label: "Hvem må involveres?", help: "Personer, enheter og samarbeidspartnere på begge sider." },
  { key: "responsibleUserId", label: "Hvem har ansvaret?", help: "En person i partnerskapet som driver arbeidet." },
  { key: "followUp", label: "Hvordan følger dere opp, og hvordan vet dere at målet er nådd?", help: "Hva dere ser etter, og når dere tar det opp igjen." },
] as const;

export type PlanQuestionKey = (typeof planQuestions)[number]["key"];
