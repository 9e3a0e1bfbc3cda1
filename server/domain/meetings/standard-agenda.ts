/**
 * The agenda a new partnerskapsmøte starts with. The Nav-leder sets the agenda and may change
 * every item; these are suggestions drawn from how well-run partnerships meet (two meetings a
 * year, the Nav-leder preparing with the kommunalsjef, the owners giving direction back). Our
 * own wording. `key` lets the app add its own links (the year's plan, the latest assessment).
 *
 * "Oppfølging fra forrige møte" is not stored as an item: it is computed from the open
 * follow-ups whenever the agenda is shown (see carriedFollowUps in rules.ts).
 */
export const standardAgendaKeys = [
  "virksomhetsplan",
  "resultater",
  "mulighetsrom",
  "utfordringsbilde",
  "politiske_signaler",
  "tjenesteportefolje",
  "eventuelt",
] as const;

export type StandardAgendaKey = (typeof standardAgendaKeys)[number];

export interface StandardAgendaItem {
  key: StandardAgendaKey;
  title: string;
  description: string;
  /** Minutes the item usually takes; the times are filled in from the meeting's start. */
  minutes: number;
  responsible: string;
}

export const FOLLOW_UP_HEADING = "Oppfølging fra forrige møte";

export const standardAgenda: readonly StandardAgendaItem[] = [
  {
    key: "virksomhetsplan",
    title: "Status på virksomhetsplanen",
    description: "Hvor langt har vi kommet med målene og aktivitetene i årets felles virksomhetsplan? Hva må justeres?",
    minutes: 20,
    responsible: "Nav-leder",
  },
  {
    key: "resultater",
    title: "Resultater på tvers av statlig og kommunal portefølje",
    description: "Resultatene for kontoret som helhet: de statlige måltallene og de kommunale tjenestene sett sammen.",
    minutes: 20,
    responsible: "Nav-leder",
  },
  {
    key: "mulighetsrom",
    title: "Status i mulighetsrommet",
    description: "Hva viste siste vurdering, og hvordan går det med utviklingsplanen?",
    minutes: 15,
    responsible: "Nav-leder",
  },
  {
    key: "utfordringsbilde",
    title: "Utfordringsbildet: for et halvt år siden – i dag – fremover",
    description: "Hvordan så det ut for et halvt år siden, hvordan ser det ut nå, og hva ser vi komme? Nye prosjekter vi bør vurdere.",
    minutes: 25,
    responsible: "Nav-leder",
  },
  {
    key: "politiske_signaler",
    title: "Politiske signaler og endringer i rammevilkår",
    description: "Signaler fra kommunestyret og fra Nav sentralt, budsjett og andre endringer eierne og kontoret må kjenne til.",
    minutes: 15,
    responsible: "Eierne",
  },
  {
    key: "tjenesteportefolje",
    title: "Tjenesteporteføljen",
    description: "Hvilke kommunale tjenester kontoret har, og om noe bør endres.",
    minutes: 10,
    responsible: "Eierne",
  },
  { key: "eventuelt", title: "Eventuelt", description: "", minutes: 5, responsible: "" },
];

/** hh:mm plus minutes, capped at 23:59 (an agenda never runs past midnight). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(":").map(Number);
  const total = Math.min(h! * 60 + m! + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** The standard items with times counted from the meeting's start (none without a start time). */
export function buildStandardAgenda(startTime: string | null) {
  let clock = startTime;
  return standardAgenda.map((item, position) => {
    const time = clock;
    if (clock) clock = addMinutes(clock, item.minutes);
    return {
      position,
      standardKey: item.key,
      title: item.title,
      description: item.description,
      responsible: item.responsible,
      time,
    };
  });
}
