/**
 * The Agder pilot network as demo data. Offices, kommuner and the Grimstad
 * portfolio follow the KS/NORCE 2019 report; every person is invented.
 */
import type { AgreementPointKey, AgreementPointStatus, LeaderModel, OptionalServiceKey } from "~/lib/partnership/catalogue";
import type { Malform } from "~/lib/i18n/locales";

export const DEMO_PASSWORD = "partnerskap-demo";

export interface DemoPerson {
  email: string;
  name: string;
  title?: string;
}

export interface DemoPartnership {
  slug: string;
  officeName: string;
  /** kommunenummer; the first is the host kommune. */
  kommuner: string[];
  leaderModel: LeaderModel;
  statePositions: number;
  municipalPositions: number;
  agreementDate: string;
  agreementNextRevision: string;
  services: Exclude<OptionalServiceKey, "annet">[];
  customServices?: string[];
  agreement: Partial<Record<AgreementPointKey, { status: AgreementPointStatus; note: string }>>;
  navLeder: DemoPerson;
  radmenn: (DemoPerson & { kommune: string })[];
  delegat?: DemoPerson;
  avdelingsleder?: DemoPerson;
}

/** Bygland, Valle and Bykle write nynorsk: their people see the app in nynorsk by default (ADR 0018). */
export const agderKommuner: { number: string; name: string; malform?: Malform }[] = [
  { number: "4202", name: "Grimstad" },
  { number: "4203", name: "Arendal" },
  { number: "4206", name: "Farsund" },
  { number: "4207", name: "Flekkefjord" },
  { number: "4211", name: "Gjerstad" },
  { number: "4212", name: "Vegårshei" },
  { number: "4214", name: "Froland" },
  { number: "4220", name: "Bygland", malform: "nynorsk" },
  { number: "4221", name: "Valle", malform: "nynorsk" },
  { number: "4222", name: "Bykle", malform: "nynorsk" },
  { number: "4223", name: "Vennesla" },
  { number: "4227", name: "Kvinesdal" },
  { number: "4204", name: "Kristiansand" },
  { number: "4205", name: "Lindesnes" },
];

const standardAgreement: DemoPartnership["agreement"] = {
  lokalisering: { status: "avklart", note: "Kontoret ligger sentralt med felles publikumsmottak." },
  organisering: { status: "avklart", note: "Én leder for hele kontoret, med linje til både kommune og Nav Agder." },
  kommunale_tjenester: { status: "under_arbeid", note: "Porteføljen gjennomgås før neste budsjettår." },
};

const person = (slug: string, role: string, name: string, title?: string): DemoPerson => ({
  email: `${role}.${slug}@demo.no`,
  name,
  ...(title ? { title } : {}),
});

export const agderPartnerships: DemoPartnership[] = [
  {
    slug: "grimstad",
    officeName: "Nav Grimstad",
    kommuner: ["4202"],
    leaderModel: "en_leder",
    statePositions: 25.3,
    municipalPositions: 12.6,
    agreementDate: "2024-02-01",
    agreementNextRevision: "2027-01-31",
    services: ["gjeldsradgivning", "flyktning"],
    agreement: {
      lokalisering: { status: "avklart", note: "Kontoret ligger i sentrum, med felles mottak for statlige og kommunale tjenester." },
      organisering: { status: "avklart", note: "Én leder. Nav-lederen deltar i kommunens ledermøter for helse og velferd." },
      kommunale_tjenester: { status: "under_arbeid", note: "Vurderer om rusoppfølging skal legges til kontoret fra 2027." },
      brukerrepresentanter: { status: "ikke_avklart", note: "" },
      ovrige_tjenester: { status: "avklart", note: "Faste samarbeidsmøter med helse, barnevern og skole annenhver måned." },
    },
    navLeder: { email: "navleder@demo.no", name: "Kari Nordmo" },
    radmenn: [{ email: "radmann@demo.no", name: "Per Haugland", title: "Kommunedirektør", kommune: "4202" }],
    delegat: { email: "kommunalsjef.grimstad@demo.no", name: "Randi Birkeland", title: "Kommunalsjef helse og velferd" },
    avdelingsleder: { email: "avdelingsleder.grimstad@demo.no", name: "Jonas Tveit", title: "Avdelingsleder oppfølging" },
  },
  {
    slug: "arendal",
    officeName: "Nav Arendal",
    kommuner: ["4203"],
    leaderModel: "en_leder",
    statePositions: 48.5,
    municipalPositions: 31.0,
    agreementDate: "2023-06-15",
    agreementNextRevision: "2027-06-15",
    services: ["rus", "bolig", "gjeldsradgivning", "flyktning"],
    agreement: { ...standardAgreement, ovrige_tjenester: { status: "under_arbeid", note: "Samarbeid med nabokommunene utredes." } },
    navLeder: { email: "navleder.arendal@demo.no", name: "Lars Aasen" },
    radmenn: [{ email: "radmann.arendal@demo.no", name: "Ingrid Solberg", title: "Kommunedirektør", kommune: "4203" }],
  },
  {
    slug: "kvinesdal",
    officeName: "Nav Kvinesdal",
    kommuner: ["4227"],
    leaderModel: "en_leder",
    statePositions: 9.0,
    municipalPositions: 5.5,
    agreementDate: "2022-03-01",
    agreementNextRevision: "2026-12-15",
    services: ["gjeldsradgivning", "flyktning"],
    agreement: standardAgreement,
    navLeder: person("kvinesdal", "navleder", "Sigrid Lunde"),
    radmenn: [{ ...person("kvinesdal", "radmann", "Tor Egeland", "Rådmann"), kommune: "4227" }],
  },
  {
    slug: "flekkefjord",
    officeName: "Nav Flekkefjord",
    kommuner: ["4207"],
    leaderModel: "en_leder",
    statePositions: 11.0,
    municipalPositions: 7.2,
    agreementDate: "2023-01-10",
    agreementNextRevision: "2027-01-10",
    services: ["gjeldsradgivning", "bolig"],
    agreement: standardAgreement,
    navLeder: person("flekkefjord", "navleder", "Eirik Sandnes"),
    radmenn: [{ ...person("flekkefjord", "radmann", "Hanne Wik", "Kommunedirektør"), kommune: "4207" }],
  },
  {
    slug: "farsund",
    officeName: "Nav Farsund",
    kommuner: ["4206"],
    leaderModel: "en_leder",
    statePositions: 10.5,
    municipalPositions: 6.8,
    agreementDate: "2021-09-01",
    agreementNextRevision: "2025-09-01",
    services: ["gjeldsradgivning", "flyktning", "rus"],
    agreement: { lokalisering: standardAgreement.lokalisering },
    navLeder: person("farsund", "navleder", "Marte Vatne"),
    radmenn: [{ ...person("farsund", "radmann", "Olav Brekke", "Kommunedirektør"), kommune: "4206" }],
  },
  {
    slug: "vennesla",
    officeName: "Nav Vennesla",
    kommuner: ["4223"],
    leaderModel: "en_leder",
    statePositions: 14.0,
    municipalPositions: 9.4,
    agreementDate: "2024-01-15",
    agreementNextRevision: "2028-01-15",
    services: ["gjeldsradgivning", "bolig", "psykisk_helse"],
    agreement: standardAgreement,
    navLeder: person("vennesla", "navleder", "Anders Moen"),
    radmenn: [{ ...person("vennesla", "radmann", "Liv Tangen", "Kommunedirektør"), kommune: "4223" }],
  },
  {
    slug: "froland",
    officeName: "Nav Froland",
    kommuner: ["4214"],
    leaderModel: "en_leder",
    statePositions: 6.0,
    municipalPositions: 4.0,
    agreementDate: "2022-11-01",
    agreementNextRevision: "2026-11-01",
    services: ["gjeldsradgivning"],
    agreement: standardAgreement,
    navLeder: person("froland", "navleder", "Nina Berge"),
    radmenn: [{ ...person("froland", "radmann", "Geir Holte", "Rådmann"), kommune: "4214" }],
  },
  {
    slug: "gjerstad",
    officeName: "Nav Gjerstad og Vegårshei",
    kommuner: ["4211", "4212"],
    leaderModel: "en_leder",
    statePositions: 5.0,
    municipalPositions: 4.5,
    agreementDate: "2023-05-01",
    agreementNextRevision: "2027-05-01",
    services: ["flyktning", "gjeldsradgivning"],
    agreement: {
      ...standardAgreement,
      organisering: { status: "under_arbeid", note: "Vertskommunesamarbeid etter kommuneloven § 20-2; Gjerstad er vertskommune." },
    },
    navLeder: person("gjerstad", "navleder", "Tone Fjeld"),
    radmenn: [
      { ...person("gjerstad", "radmann", "Knut Eide", "Kommunedirektør"), kommune: "4211" },
      { email: "radmann.vegarshei@demo.no", name: "Marit Lie", title: "Kommunedirektør", kommune: "4212" },
    ],
  },
  {
    slug: "bykle",
    officeName: "Nav Bykle",
    kommuner: ["4222"],
    leaderModel: "en_leder",
    statePositions: 1.5,
    municipalPositions: 1.5,
    agreementDate: "2020-06-01",
    agreementNextRevision: "2026-06-01",
    services: [],
    agreement: { lokalisering: standardAgreement.lokalisering },
    navLeder: person("bykle", "navleder", "Halvor Homme"),
    radmenn: [{ ...person("bykle", "radmann", "Aslaug Rysstad", "Rådmann"), kommune: "4222" }],
  },
  {
    slug: "valle",
    officeName: "Nav Valle",
    kommuner: ["4221"],
    leaderModel: "en_leder",
    statePositions: 1.5,
    municipalPositions: 2.0,
    agreementDate: "2020-06-01",
    agreementNextRevision: "2026-06-01",
    services: ["stottekontakt"],
    agreement: { lokalisering: standardAgreement.lokalisering },
    navLeder: person("valle", "navleder", "Gunhild Kjelleberg"),
    radmenn: [{ ...person("valle", "radmann", "Tarjei Bjørgum", "Rådmann"), kommune: "4221" }],
  },
  {
    slug: "bygland",
    officeName: "Nav Bygland",
    kommuner: ["4220"],
    leaderModel: "to_ledere",
    statePositions: 1.0,
    municipalPositions: 2.0,
    agreementDate: "2019-01-01",
    agreementNextRevision: "2027-02-01",
    services: ["gjeldsradgivning"],
    customServices: ["Frisklivssentral"],
    agreement: { lokalisering: standardAgreement.lokalisering },
    navLeder: person("bygland", "navleder", "Olav Ose"),
    radmenn: [{ ...person("bygland", "radmann", "Kjersti Uleberg", "Rådmann"), kommune: "4220" }],
  },
];

export const agderFylkesdirektor: DemoPerson = { email: "fylkesdirektor@demo.no", name: "Bjørn Tellefsen", title: "Fylkesdirektør Nav Agder" };
export const agderFylkesstab: DemoPerson = { email: "fylkesstab@demo.no", name: "Silje Mykland", title: "Seniorrådgiver, Nav Agder" };
export const demoFacilitator: DemoPerson = { email: "fasilitator@demo.no", name: "Hilde Strand", title: "Prosessveileder, KS Agder" };
export const demoAdmin: DemoPerson = { email: "admin@demo.no", name: "Driftsansvarlig Partnerskapsrommet" };
