/**
 * The wheel's rings and how each is told apart without colour: a name, a short letter shown in
 * the wheel and the legend, and a fill pattern. Pure data, shared by the page, the print view
 * and the calendar export.
 */
import { monthNames } from "~/lib/dates";
import { cycleCategories, cycleDateKinds, cycleLinkKinds } from "~/db/schema/enums";

export type CycleCategory = (typeof cycleCategories)[number];
export type CycleDateKind = (typeof cycleDateKinds)[number];
export type CycleLinkKind = (typeof cycleLinkKinds)[number];

export { cycleCategories, cycleDateKinds, cycleLinkKinds };

export interface CategoryInfo {
  label: string;
  /** What belongs in the ring, for the legend and the form. */
  hint: string;
  /** One letter in the wheel's ring label and on each list entry. */
  letter: string;
  /** The pattern that fills the ring's arcs (see the wheel's <defs>). */
  pattern: "solid" | "stripes" | "dots" | "cross" | "waves" | "grid";
}

export const categoryInfo: Record<CycleCategory, CategoryInfo> = {
  partnerskapsmote: { label: "Partnerskapsmøter", hint: "Møtene mellom eierne og Nav-lederen", letter: "M", pattern: "solid" },
  plan_styring: { label: "Plan og styring", hint: "Virksomhetsplan, mål- og disponeringsbrev, rapportering", letter: "P", pattern: "stripes" },
  budsjett: { label: "Budsjett", hint: "Statsbudsjettet, kommunens budsjett og økonomiplan", letter: "B", pattern: "dots" },
  avtaler: { label: "Avtaler", hint: "Lederavtale og medarbeidersamtale", letter: "A", pattern: "cross" },
  politikk: { label: "Politiske prosesser", hint: "Orienteringer og vedtak i politiske organer", letter: "K", pattern: "waves" },
  utvikling: { label: "Utvikling", hint: "Mulighetsrom-vurderinger og milepæler i utviklingsplanene", letter: "U", pattern: "grid" },
};

export const dateKindLabels: Record<CycleDateKind, string> = {
  dato: "En dato",
  periode: "En periode",
  maned: "En gang i løpet av en måned",
};

export const linkKindLabels: Record<CycleLinkKind, string> = {
  mote: "Partnerskapsmøte",
  virksomhetsplan: "Virksomhetsplan",
  lederavtale: "Lederavtale",
  vurdering: "Mulighetsrom-vurdering",
};

export { monthNames };

export const monthShort = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"] as const;

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
