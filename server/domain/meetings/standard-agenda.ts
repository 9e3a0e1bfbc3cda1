/**
 * The agenda a new partnerskapsmøte starts with. The Nav-leder sets the agenda and may change
 * every item; these are suggestions drawn from how well-run partnerships meet (two meetings a
 * year, the Nav-leder preparing with the kommunalsjef, the owners giving direction back). Our
 * own wording. `key` lets the app add its own links (the year's plan, the latest assessment).
 *
 * "Oppfølging fra forrige møte" is not stored as an item: it is computed from the open
 * follow-ups whenever the agenda is shown (see carriedFollowUps in rules.ts).
 */
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

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

/** Who usually presents an item (the words are in the "meetings" catalogue). */
type Presenter = "leader" | "owners";

export interface StandardAgendaItem {
  key: StandardAgendaKey;
  /** Minutes the item usually takes; the times are filled in from the meeting's start. */
  minutes: number;
  presenter: Presenter | null;
}

/**
 * The items; their titles and descriptions are in the "meetings" catalogue (standardAgenda.<key>),
 * and a new meeting gets them in its creator's language. Once created they are the meeting's own
 * text (data), changed like any item.
 */
export const standardAgenda: readonly StandardAgendaItem[] = [
  { key: "virksomhetsplan", minutes: 20, presenter: "leader" },
  { key: "resultater", minutes: 20, presenter: "leader" },
  { key: "mulighetsrom", minutes: 15, presenter: "leader" },
  { key: "utfordringsbilde", minutes: 25, presenter: "leader" },
  { key: "politiske_signaler", minutes: 15, presenter: "owners" },
  { key: "tjenesteportefolje", minutes: 10, presenter: "owners" },
  { key: "eventuelt", minutes: 5, presenter: null },
];

/** An item's words in a language. */
export function standardAgendaText(item: StandardAgendaItem, locale: Locale = defaultLocale) {
  const t = translator(locale, "meetings");
  return {
    title: t(`standardAgenda.${item.key}.title`),
    // «Eventuelt» has no description.
    description: item.key === "eventuelt" ? "" : t(`standardAgenda.${item.key}.description`),
    responsible: item.presenter ? t(`standardAgendaResponsible.${item.presenter}`) : "",
  };
}

/** hh:mm plus minutes, capped at 23:59 (an agenda never runs past midnight). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(":").map(Number);
  const total = Math.min(h! * 60 + m! + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** The standard items with times counted from the meeting's start (none without a start time). */
export function buildStandardAgenda(startTime: string | null, locale: Locale = defaultLocale) {
  let clock = startTime;
  return standardAgenda.map((item, position) => {
    const time = clock;
    if (clock) clock = addMinutes(clock, item.minutes);
    return {
      position,
      standardKey: item.key,
      ...standardAgendaText(item, locale),
      time,
    };
  });
}
