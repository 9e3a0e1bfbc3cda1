/**
 * The app's own default årshjul: what a partnership starts from when its fylke has not adjusted
 * the template. Our wording, following the yearly rhythm of a Nav-kontor partnership: the state
 * line's steering letter and the final plan in January, two partnership meetings with a
 * mulighetsrom check, tertial reports, the state and municipal budget processes in the autumn.
 * Each `key` is stable: partnerships' copies remember it, so template changes can reach them.
 * The words are in the "cycleTemplate" catalogue (`<key>.title` …), in bokmål and nynorsk; the
 * keys, rings and dates are the same in both. It is a namespace of its own so that the årshjul
 * pages, which send the "cycle" namespace to the browser, do not carry it.
 */
import type { CycleCategory } from "~/lib/annual-cycle/categories";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

export interface TemplateEventDef {
  key: string;
  title: string;
  category: CycleCategory;
  /** 1–12; with no day the event is "some time in the month". */
  month: number;
  day: number | null;
  /** For a period: where it ends (an end month before the start month is the next year). */
  endMonth: number | null;
  endDay: number | null;
  responsible: string;
  description: string;
}

const month = (m: number) => ({ month: m, day: null, endMonth: null, endDay: null });
const period = (m: number, endMonth: number) => ({ month: m, day: null, endMonth, endDay: null });

/** The default's events without their words: the same in every language. */
const DEFAULT_EVENTS = [
  { key: "disponeringsbrev", category: "plan_styring", ...month(1) },
  { key: "endelig-virksomhetsplan", category: "plan_styring", ...month(1) },
  { key: "arsrapport", category: "plan_styring", ...month(1) },
  { key: "lederavtale", category: "avtaler", ...period(1, 2) },
  { key: "politisk-orientering", category: "politikk", ...month(3) },
  { key: "partnerskapsmote-var", category: "partnerskapsmote", ...month(4) },
  { key: "mulighetsrom-var", category: "utvikling", ...month(4) },
  { key: "handlingsplan-innspill", category: "budsjett", ...period(4, 6) },
  { key: "tertial-1", category: "plan_styring", ...month(5) },
  { key: "tertial-2", category: "plan_styring", ...month(9) },
  { key: "statsbudsjett", category: "budsjett", ...month(10) },
  { key: "budsjettforslag-kommune", category: "budsjett", ...month(10) },
  { key: "partnerskapsmote-host", category: "partnerskapsmote", ...month(10) },
  { key: "mulighetsrom-host", category: "utvikling", ...month(10) },
  { key: "medarbeidersamtale", category: "avtaler", ...month(11) },
  { key: "utkast-virksomhetsplan", category: "plan_styring", ...month(11) },
  { key: "budsjettvedtak", category: "budsjett", ...month(12) },
] as const satisfies readonly Omit<TemplateEventDef, "title" | "responsible" | "description">[];

/** The default template in a language. */
export function defaultTemplate(locale: Locale): TemplateEventDef[] {
  const t = translator(locale, "cycleTemplate");
  return DEFAULT_EVENTS.map((def) => ({
    ...def,
    title: t(`${def.key}.title`),
    responsible: t(`${def.key}.responsible`),
    description: t(`${def.key}.description`),
  }));
}

/** The default in bokmål. */
export const DEFAULT_TEMPLATE: readonly TemplateEventDef[] = defaultTemplate(defaultLocale);
