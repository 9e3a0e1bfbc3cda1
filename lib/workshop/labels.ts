/** Words and defaults of the live workshop, shared by the domain, the screens and the report. */
import type { expectationTargets, roleGroups, workshopTaskKinds, workshopTaskStatuses } from "~/db/schema/enums";

export type RoleGroup = (typeof roleGroups)[number];
export type WorkshopTaskKind = (typeof workshopTaskKinds)[number];
export type WorkshopTaskStatus = (typeof workshopTaskStatuses)[number];
export type ExpectationTarget = (typeof expectationTargets)[number];

/** The pilot network's role groups, in the order of the report's expectation tables. */
export const roleGroupLabels: Record<RoleGroup, string> = {
  fylke: "Fylkesdirektører og stab",
  radmenn: "Rådmenn og de med delegert myndighet",
  navledere: "Nav-ledere",
  avdelingsledere: "Avdelingsledere og rådgivere",
};

/** Short column headings for the expectation matrix. */
export const roleGroupShortLabels: Record<RoleGroup, string> = {
  fylke: "Fylkesdirektører/stab",
  radmenn: "Rådmenn",
  navledere: "Nav-ledere",
  avdelingsledere: "Avd.ledere/rådgivere",
};

export const taskKindLabels: Record<WorkshopTaskKind, string> = {
  selvvurdering: "Selvvurdering av de 20 utviklingsområdene",
  prioritering: "Velg og prioriter utviklingsområder",
  forventninger: "Forventninger til eierne",
  evaluering: "Evaluering av samlingen",
};

export const taskKindHelp: Record<WorkshopTaskKind, string> = {
  selvvurdering:
    "Hver deltaker markerer hvert område som sterkt eller mulig å styrke for sitt eget partnerskap. Nav-lederen kan etterpå overføre kontorets svar til partnerskapets egen vurdering.",
  prioritering:
    "Hver deltaker gir tre stemmer til områdene partnerskapet bør jobbe videre med; førstevalget blir forslag til hovedområde.",
  forventninger:
    "Deltakerne skriver korte forventninger til rådmannen og til fylkesdirektøren. Fasilitatoren samler dem i temaer, og skjermen viser hvilke rollegrupper som løftet hvert tema.",
  evaluering: "Påstander om samlingen besvares på en skala fra 0 (helt uenig) til 6 (helt enig).",
};

export const taskStatusLabels: Record<WorkshopTaskStatus, string> = {
  klar: "Ikke åpnet",
  apen: "Åpen for svar",
  lukket: "Lukket",
};

export const expectationTargetLabels: Record<ExpectationTarget, string> = {
  radmann: "Forventninger til rådmannen",
  fylkesdirektor: "Forventninger til fylkesdirektøren",
};

/** The statements KS used after each pilot samling (003: 3370–3384, 3582–3590, 3804–3812). */
export const defaultEvaluationStatements: readonly string[] = [
  "Alt i alt har denne samlingen gitt nytte for oss",
  "Erfaringsdeling og gruppearbeid på tvers av kommuner var nyttig for oss",
  "Samlingen har gitt ny kunnskap som vi kommer til å bruke",
  "Samlingen har gitt inspirasjon til videre arbeid i egen kommune",
  "Samlingen har gitt motivasjon til det videre arbeidet i egen kommune",
  "Tidsbruk og organisering av samlingen var god",
];

/** Below this many answers a group's result is shown only as "for få svar", so no one can be singled out. */
export const MIN_GROUP_SIZE = 3;
export const TOO_FEW_ANSWERS = "for få svar";

/** Votes each participant gives in the priorities task; the first is the proposed main area. */
export const PRIORITY_VOTES = 3;
/** Expectations a participant may write per owner role. */
export const EXPECTATIONS_PER_TARGET = 3;
export const EXPECTATION_MAX_LENGTH = 200;
/** The evaluation scale's ends and the "high" answers the headline share counts. */
export const EVALUATION_MIN = 0;
export const EVALUATION_MAX = 6;
export const EVALUATION_HIGH = [5, 6] as const;
