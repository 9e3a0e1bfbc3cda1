/**
 * The app's own default årshjul: what a partnership starts from when its fylke has not adjusted
 * the template. Our wording, following the yearly rhythm of a Nav-kontor partnership: the state
 * line's steering letter and the final plan in January, two partnership meetings with a
 * mulighetsrom check, tertial reports, the state and municipal budget processes in the autumn.
 * Each `key` is stable: partnerships' copies remember it, so template changes can reach them.
 */
import type { CycleCategory } from "~/lib/annual-cycle/categories";

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

export const DEFAULT_TEMPLATE: readonly TemplateEventDef[] = [
  {
    key: "disponeringsbrev",
    title: "Mål- og disponeringsbrev fra Nav fylke",
    category: "plan_styring",
    ...month(1),
    responsible: "Fylkesdirektøren",
    description: "Styringssignalene fra den statlige linjen for året. Nav-lederen tar dem inn i den felles virksomhetsplanen.",
  },
  {
    key: "endelig-virksomhetsplan",
    title: "Endelig felles virksomhetsplan",
    category: "plan_styring",
    ...month(1),
    responsible: "Nav-lederen",
    description: "Når statsbudsjettet, disponeringsbrevet og kommunens budsjett er kjent, gjøres planen ferdig og sendes eierne til godkjenning.",
  },
  {
    key: "arsrapport",
    title: "Årsrapport for fjoråret",
    category: "plan_styring",
    ...month(1),
    responsible: "Nav-lederen",
    description: "Resultater for både den statlige og den kommunale porteføljen, målt mot fjorårets virksomhetsplan.",
  },
  {
    key: "lederavtale",
    title: "Lederavtalen signeres",
    category: "avtaler",
    ...period(1, 2),
    responsible: "Kommunedirektøren, fylkesdirektøren og Nav-lederen",
    description: "Årets lederavtale med den godkjente virksomhetsplanen som vedlegg.",
  },
  {
    key: "politisk-orientering",
    title: "Politisk orientering om Nav-kontoret",
    category: "politikk",
    ...month(3),
    responsible: "Kommunedirektøren og Nav-lederen",
    description: "Orientering til formannskapet eller hovedutvalget om resultater, utfordringsbildet og planene for året.",
  },
  {
    key: "partnerskapsmote-var",
    title: "Partnerskapsmøte (vår)",
    category: "partnerskapsmote",
    ...month(4),
    responsible: "Nav-lederen kaller inn",
    description: "Status på virksomhetsplanen, utfordringsbildet og innspill til kommunens handlings- og økonomiplan.",
  },
  {
    key: "mulighetsrom-var",
    title: "Mulighetsrom-sjekk på vårmøtet",
    category: "utvikling",
    ...month(4),
    responsible: "Partnerskapsmøtet",
    description: "Gå gjennom de 20 utviklingsområdene som sjekkliste: hva er sterkt, hva kan styrkes, og hvordan går det med utviklingsplanene?",
  },
  {
    key: "handlingsplan-innspill",
    title: "Innspill til kommunens handlings- og økonomiplan",
    category: "budsjett",
    ...period(4, 6),
    responsible: "Nav-lederen",
    description: "Kontorets behov og forslag til prioriteringer for de kommunale tjenestene de neste årene.",
  },
  {
    key: "tertial-1",
    title: "Tertialrapport 1",
    category: "plan_styring",
    ...month(5),
    responsible: "Nav-lederen",
    description: "Resultater og økonomi januar–april, med avvik og tiltak.",
  },
  {
    key: "tertial-2",
    title: "Tertialrapport 2",
    category: "plan_styring",
    ...month(9),
    responsible: "Nav-lederen",
    description: "Resultater og økonomi mai–august, med avvik og tiltak.",
  },
  {
    key: "statsbudsjett",
    title: "Statsbudsjettet legges fram",
    category: "budsjett",
    ...month(10),
    responsible: "Nav fylke orienterer",
    description: "Hva forslaget betyr for de statlige rammene til kontoret neste år.",
  },
  {
    key: "budsjettforslag-kommune",
    title: "Kommunedirektørens budsjettforslag",
    category: "budsjett",
    ...month(10),
    responsible: "Kommunedirektøren",
    description: "Forslaget til budsjett og økonomiplan, med rammene for de kommunale tjenestene i Nav.",
  },
  {
    key: "partnerskapsmote-host",
    title: "Partnerskapsmøte (høst)",
    category: "partnerskapsmote",
    ...month(10),
    responsible: "Nav-lederen kaller inn",
    description: "Prioriteringer for neste år og utkast til neste års virksomhetsplan.",
  },
  {
    key: "mulighetsrom-host",
    title: "Mulighetsrom-sjekk på høstmøtet",
    category: "utvikling",
    ...month(10),
    responsible: "Partnerskapsmøtet",
    description: "Status på utviklingsområdene og valg av prioriterte områder for neste år.",
  },
  {
    key: "medarbeidersamtale",
    title: "Medarbeidersamtale med Nav-lederen",
    category: "avtaler",
    ...month(11),
    responsible: "Arbeidsgiveren til Nav-lederen",
    description: "Samtalen holdes av arbeidsgiveren og forankres hos begge eiere.",
  },
  {
    key: "utkast-virksomhetsplan",
    title: "Utkast til neste års virksomhetsplan",
    category: "plan_styring",
    ...month(11),
    responsible: "Nav-lederen",
    description: "Bygger på prioriteringene fra høstmøtet.",
  },
  {
    key: "budsjettvedtak",
    title: "Kommunestyret vedtar budsjett og økonomiplan",
    category: "budsjett",
    ...month(12),
    responsible: "Kommunestyret",
    description: "Rammene for de kommunale tjenestene i Nav neste år.",
  },
];
