/**
 * The mulighetsrom model: 20 development areas in three overlapping levels, and four
 * conditions checked before scoring. Numbers, names and levels come from the model
 * (Agder pilot, 2018-19); the summaries are our own help text. Client-safe: no imports
 * from the database.
 */
import type { areaScores } from "~/db/schema/enums";

export type AreaScore = (typeof areaScores)[number];
export type Level = "eier" | "kontor" | "tjeneste";

export interface Area {
  no: number;
  name: string;
  levels: readonly Level[];
  summary: string;
}

export const levelInfo: Record<Level, { label: string; description: string }> = {
  eier: {
    label: "Eiernivå",
    description: "Dialogen mellom rådmann eller kommunedirektør, fylkesdirektør og Nav-leder.",
  },
  kontor: {
    label: "Kontornivå",
    description: "Samarbeidet mellom statlig og kommunalt ansatte i kontoret, og blandingen av oppgaver.",
  },
  tjeneste: {
    label: "Tjenestenivå",
    description: "Hvordan kontoret henger sammen med andre kommunale tjenester og samarbeidspartnere.",
  },
};

export const areas: readonly Area[] = [
  { no: 1, name: "Samfunnsoppdrag og strategi", levels: ["eier", "kontor", "tjeneste"], summary: "Felles forståelse av Navs samfunnsoppdrag (flere i arbeid og aktivitet) og brukeren i sentrum; grunnmuren for hele modellen." },
  { no: 2, name: "God og synlig ledelse", levels: ["eier"], summary: "Eiere som er aktive, tar ansvar for det partnerskapet beslutter, ser helheten og utfordrer hverandre med respekt." },
  { no: 3, name: "Rammer for partnerskapsmøter", levels: ["eier"], summary: "Antall møter, hvem som deltar, hvem som setter agenda og forbereder saker, og møtepunkter mellom partnerskapsmøtene." },
  { no: 4, name: "Felles forståelse av samfunnsoppdrag", levels: ["eier"], summary: "Eierne er enige om hva som må prioriteres og hvilke virkemidler som virker, ikke bare om målet." },
  { no: 5, name: "Politisk dagsorden", levels: ["eier"], summary: "Nav-kontorets behov og synspunkter blir synlige for politisk ledelse i kommune og stat, og kontoret blir ikke glemt i planprosesser." },
  { no: 6, name: "Felles plan- og målstruktur", levels: ["eier"], summary: "Én felles virksomhetsplan med mål fra begge styringslinjer, felles styringsindikatorer og felles rapportering." },
  { no: 7, name: "Plassering av oppgaver (tjenesteportefølje)", levels: ["eier"], summary: "Hvilke kommunale tjenester utover minimumsløsningen kontoret skal ha, og om porteføljen bør ryddes." },
  { no: 8, name: "Sammenslåing / vertskommunesamarbeid", levels: ["eier"], summary: "Samarbeid og sammenslåing på tvers av kontor og kommuner, inkludert vertskommune etter kommuneloven." },
  { no: 9, name: "Vilkår for ansatte", levels: ["kontor"], summary: "Kulturell og organisatorisk integrasjon: lønn, tariff, arbeidstid og kompetanseutvikling likt for statlig og kommunalt ansatte." },
  { no: 10, name: "Plassering i kommuneorganisasjonen", levels: ["kontor"], summary: "Hvor Nav-kontoret og Nav-lederen sitter i kommunens organisasjon og ledergruppe." },
  { no: 11, name: "Dobbeltarbeid", levels: ["kontor"], summary: "Doble arbeidsprosesser, roller og stillingsbrøker på tvers av stat og kommune som kan samordnes." },
  { no: 12, name: "Høy tjenestekvalitet og tjenestevolum", levels: ["tjeneste"], summary: "Kvalitet og kompetanse i driften samtidig som kontoret utvikler og fornyer tjenestene." },
  { no: 13, name: "Godt forhold til andre enheter", levels: ["tjeneste"], summary: "Faste samarbeidsarenaer og rutiner med andre kommunale og statlige tjenester rundt felles brukere." },
  { no: 14, name: "Kommunal interesse for Nav-kontoret og statlig forståelse av kommunale oppgaver", levels: ["tjeneste"], summary: "Kommunen engasjerer seg i hele kontorets oppgaver, og staten forstår de kommunale tjenestene i kontoret." },
  { no: 15, name: "Tillit til Nav-leder", levels: ["eier", "kontor"], summary: "Handlingsfrihet for Nav-lederen bygget på tillit fra begge eiere, og en leder som bruker den aktivt." },
  { no: 16, name: "Økonomisk handlingsrom", levels: ["eier", "kontor"], summary: "Tidlig kjennskap til rammer og frihet til å bruke statlige og kommunale midler fleksibelt innenfor tildelt ramme." },
  { no: 17, name: "Strategisk utvikling av tjenester", levels: ["eier", "tjeneste"], summary: "Konkrete brukergrupper eller utfordringer løftes til partnerskapet som felles satsinger med forankring hos begge eiere." },
  { no: 18, name: "Lokal tilpasning av tjenestetilbud", levels: ["eier", "tjeneste"], summary: "Rom for lokale løsninger, egenproduksjon og kjøp av tjenester tilpasset lokale behov og arbeidsmarked." },
  { no: 19, name: "Mange systemer", levels: ["kontor", "tjeneste"], summary: "Mange statlige og kommunale IKT-systemer og rutiner; digitalisering som både avlaster og belaster kontoret." },
  { no: 20, name: "Navs rolle for innbyggere", levels: ["kontor", "tjeneste"], summary: "Brukermedvirkning i praksis og innbyggernes forståelse av hva Nav-kontoret gjør." },
];

export const AREA_COUNT = areas.length;

export function areaByNo(no: number): Area {
  const area = areas.find((a) => a.no === no);
  if (!area) throw new Error(`Unknown area ${no}`);
  return area;
}

/** The four conditions for a good partnership, scored before the areas. Keys "b1".."b4". */
export const conditions = [
  { key: "b1", name: "Gjensidig respekt" },
  { key: "b2", name: "Løsningsorientering" },
  { key: "b3", name: "Søken etter konsensus" },
  { key: "b4", name: "Tillit mellom partene" },
] as const;

/** Every item a participant scores, conditions first, in the order they are asked. */
export const scoredItems: readonly { key: string; name: string; kind: "condition" | "area" }[] = [
  ...conditions.map((c) => ({ key: c.key, name: c.name, kind: "condition" as const })),
  ...areas.map((a) => ({ key: String(a.no), name: a.name, kind: "area" as const })),
];

export const isScoredItem = (key: string) => scoredItems.some((item) => item.key === key);

export const scoreLabels: Record<AreaScore, string> = {
  sterk: "Sterk",
  kan_styrkes: "Kan styrkes",
  ikke_vurdert: "Ikke vurdert",
};

export const MAX_PRIORITIES = 3;
