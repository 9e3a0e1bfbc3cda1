import type {
  agreementPointKeys,
  agreementPointStatuses,
  leaderModels,
  optionalServiceKeys,
} from "~/db/schema/enums";

export type AgreementPointKey = (typeof agreementPointKeys)[number];
export type AgreementPointStatus = (typeof agreementPointStatuses)[number];
export type OptionalServiceKey = (typeof optionalServiceKeys)[number];
export type LeaderModel = (typeof leaderModels)[number];

/** NAV-loven § 14: what the local agreement must settle, in the order the law lists it. */
export const agreementPoints: readonly { key: AgreementPointKey; label: string; help: string }[] = [
  {
    key: "lokalisering",
    label: "Lokalisering og utforming",
    help: "Hvor kontoret ligger, og hvordan lokalene er innredet for publikum og ansatte.",
  },
  {
    key: "organisering",
    label: "Organisering og drift",
    help: "Ledermodell, styringslinjer, budsjett og hvordan kontoret drives i hverdagen.",
  },
  {
    key: "kommunale_tjenester",
    label: "Kommunale tjenester i kontoret",
    help: "Hvilke kommunale tjenester kontoret har i tillegg til minimumsløsningen.",
  },
  {
    key: "brukerrepresentanter",
    label: "Samhandling med brukernes representanter",
    help: "Hvordan kontoret samarbeider med brukerråd og brukerorganisasjoner.",
  },
  {
    key: "ovrige_tjenester",
    label: "Samhandling med kommunens øvrige tjenester",
    help: "Faste samarbeidsarenaer og rutiner med helse, skole, barnevern og andre kommunale tjenester.",
  },
];

export const agreementStatusLabels: Record<AgreementPointStatus, string> = {
  ikke_avklart: "Ikke avklart",
  under_arbeid: "Under arbeid",
  avklart: "Avklart",
};

export const leaderModelLabels: Record<LeaderModel, string> = {
  en_leder: "Én leder",
  to_ledere: "To ledere",
};

/** The minimumsløsning: always in every office, never switched off. */
export const minimumServices: readonly string[] = [
  "Økonomisk sosialhjelp",
  "Midlertidig botilbud",
  "Opplysning, råd og veiledning",
  "Individuell plan",
  "Kvalifiseringsprogrammet",
];

export const optionalServiceLabels: Record<Exclude<OptionalServiceKey, "annet">, string> = {
  rus: "Rusoppfølging",
  bolig: "Boligvirkemidler (Husbanken)",
  gjeldsradgivning: "Gjeldsrådgivning",
  flyktning: "Flyktningtjeneste / introduksjonsprogram",
  stottekontakt: "Støttekontakt",
  psykisk_helse: "Psykisk helse",
  barnevern: "Barnevern",
};

export const catalogueServiceKeys = Object.keys(optionalServiceLabels) as Exclude<
  OptionalServiceKey,
  "annet"
>[];

export function serviceName(service: { serviceKey: OptionalServiceKey; customName: string | null }) {
  return service.serviceKey === "annet"
    ? (service.customName ?? "Annen tjeneste")
    : optionalServiceLabels[service.serviceKey];
}
