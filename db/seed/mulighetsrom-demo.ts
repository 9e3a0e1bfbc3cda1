/**
 * Mulighetsrom demo data for the eleven Agder partnerships: one closed
 * assessment each from spring 2018 (the pilot network's first round), and a
 * second one for Grimstad a year later.
 *
 * The pattern follows the KS/NORCE 2019 report on the pilot: relations between
 * the owners and the Nav-leder were mostly strong, while many wanted to
 * strengthen the joint plan and goal structure (6), strategic service
 * development (17), double work (11) and systems (19). Arendal's three
 * priorities and the facts in its plans come from the report's appendix B; the
 * plan texts are our own words. Gjerstad and Bygland handed in no priorities in
 * the pilot, so they have statuses only. Everything else (who answered what,
 * comments, the other offices' choices) is invented but plausible.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { assessment, partnership } from "~/db/schema";
import type { Side } from "~/lib/roles";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import { eligibleParticipantsIn } from "~/server/domain/mulighetsrom/assessments";
import type { PartnershipRef } from "~/server/domain/scope";
import { seedAssessment, type SeedParticipant, type SeedPlan } from "./assessment-builder";

/** S = sterk, K = kan styrkes, · = ikke vurdert. */
type Code = "S" | "K" | "·";
const SCORE: Record<Code, AreaScore> = { S: "sterk", K: "kan_styrkes", "·": "ikke_vurdert" };

/** One side scoring an item differently from what the group agreed, so the "sides disagree" marker shows. */
interface Split {
  item: string;
  side: Side;
  score: Code;
  /** Written by the first person on that side. */
  comment?: string;
}

interface DemoPlan extends Omit<SeedPlan, "responsibleUserId"> {
  /** Email of the person responsible. */
  responsible: string;
}

export interface DemoAssessment {
  slug: string;
  heldOn: string;
  occasion: string;
  /** The four conditions b1–b4: respekt, løsningsorientering, konsensus, tillit. */
  conditions: string;
  /** The agreed status of areas 1–20. */
  statuses: string;
  /** Main area first. Left out where the office handed in no priorities. */
  priorities?: { prioritised: readonly [number, number, number]; considered: readonly number[] };
  splits?: readonly Split[];
  notes?: readonly { areaNo: number; desiredSituation: string; barriers: string; drivers: string }[];
  plans?: readonly DemoPlan[];
}

/** Arendal's notes and three development plans: the facts of the report's appendix B, in our own words. */
const arendalLead = "navleder.arendal@demo.no";
const arendalPlansWritten = "2018-06-04";

const arendalNotes: DemoAssessment["notes"] = [
  {
    areaNo: 8,
    desiredSituation: "En avklart samarbeidsform med nabokommunene, og et kontor som er stort nok til å være robust.",
    barriers: "Kommunene er i ulike faser, og sammenslåing krever politisk behandling i hver kommune.",
    drivers: "Arendal, Froland og Åmli har tidligere vært ett tjenesteområde, og sentralt ønskes større enheter.",
  },
  {
    areaNo: 16,
    desiredSituation: "Kontoret kan flytte midler innenfor tildelt ramme når behovene endrer seg.",
    barriers: "Uklart hvor mye lokal myndighet regelverket for tiltaksmidler gir, og kommunale budsjettvedtak ligger fast for året.",
    drivers: "Gode erfaringer med tett oppfølging mot arbeid, og en rådmann som støtter forsøket.",
  },
  {
    areaNo: 7,
    desiredSituation: "Et bevisst valg av hvilke kommunale tjenester som skal ligge i kontoret, begrunnet i arbeid og aktivitet.",
    barriers: "Tjenestene har lange tradisjoner i kontoret, og en endring berører mange ansatte.",
    drivers: "Det er flere år siden porteføljen ble vurdert, og tilrådingen fra 2017 gir et felles utgangspunkt.",
  },
];

const arendalPlans: DemoAssessment["plans"] = [
  {
    areaNo: 8,
    writtenOn: arendalPlansWritten,
    why:
      "Arendal, Froland og Åmli var tidligere ett tjenesteområde i Nav Aust-Agder, så det er naturlig å begynne med dem. " +
      "Samtidig ønsker Arbeids- og velferdsdirektoratet større og mer robuste kontor.",
    whatAndWhen:
      "Nav-lederne og rådmennene må snakke sammen, både hver for seg og samlet. Nav-ledere og rådmenn i de åtte " +
      "kommunene i Østre Agder møtes 11. juni 2018 for å se på en felles strategi, og et nytt møte er satt opp i august.",
    approach:
      "Ingenting besluttes før vi er enige med den kommunale partneren om retningen. Vi bruker arbeidsgruppens " +
      "tilråding fra januar 2017 om myndige og løsningsdyktige Nav-kontor som grunnlag. Nav-lederen i Arendal tar " +
      "først kontakt med Nav-lederen i Froland, og rådmennene kobles på etterpå.",
    involved:
      "Nav-ledere og rådmenn i Østre Agder, Nav-ledere og rådmenn i Froland og Åmli, partnerskapet (Nav-leder, " +
      "rådmann og fylkesdirektør) og politisk nivå i kommunene der saken skal behandles.",
    responsible: arendalLead,
    followUp: "Ferdig når partnerskapet har landet om Arendal skal samarbeide, og med hvem – og en eventuell avtale er signert.",
    actions: [
      { text: "Møte mellom Nav-lederne i Arendal og Froland om et mulig samarbeid", owner: "Nav-leder", deadline: "2018-06-29", status: "fullfort" },
      { text: "Møte for Nav-ledere og rådmenn i Østre Agder om en felles strategi", owner: "Nav-leder og rådmann", deadline: "2018-06-11", status: "fullfort" },
      { text: "Oppfølgingsmøte med rådmennene i Froland og Åmli", owner: "Rådmann", deadline: "2018-08-31", status: "fullfort" },
      { text: "Legge fram en anbefalt samarbeidsform for partnerskapet", owner: "Nav-leder", deadline: "2018-12-15", status: "pagar" },
    ],
  },
  {
    areaNo: 16,
    writtenOn: arendalPlansWritten,
    why:
      "Når nye behov dukker opp, tar det i dag for lang tid før kontoret kan flytte penger og folk dit. Med friere bruk " +
      "av rammen kan innsatsen treffe lokale behov bedre, slik at flere kommer i jobb og færre blir gående på sosialhjelp " +
      "eller andre ytelser.",
    whatAndWhen:
      "To spor. Statlig: finne ut hvor fritt kontoret kan bruke ramme- og tiltaksmidler, for eksempel til jobbspesialister " +
      "ansatt i kontoret; saken meldes i statlig linje før utgangen av juni 2018. Kommunalt: en sak til bystyret i " +
      "september 2018 om å kunne bruke ubrukte budsjettmidler til stillinger med tett oppfølging mot arbeid, for " +
      "eksempel av familier og flyktninger. Datoene for komité- og bystyremøter i september og oktober må finnes.",
    approach:
      "Statlig spor: en henvendelse til avdelingsdirektøren for marked i Nav Aust-Agder. Kommunalt spor: et saksframlegg " +
      "som går gjennom komité og bystyret. Oppfølgingen skal bygge på metodikken i supported employment (SE).",
    involved:
      "Statlig: Nav-leder, fylkesdirektør og fagfolk på tiltaksbudsjett og tiltaksforskrift. Kommunalt: Nav-leder, " +
      "medarbeiderne som skriver saken, og kommunal leder.",
    responsible: arendalLead,
    followUp:
      "Vi er i mål når kontoret kan ansette folk til tett oppfølging innenfor rammen, eller når vi har fått et klart svar " +
      "på at regelverket ikke åpner for det. Nav-lederen driver arbeidet og tar status i hvert partnerskapsmøte.",
    actions: [
      { text: "Henvendelse til Nav Aust-Agder om friere bruk av rammemidler", owner: "Nav-leder", deadline: "2018-06-30", status: "fullfort" },
      { text: "Avklare med fylkesdirektøren hva regelverket for tiltaksmidler tillater lokalt", owner: "Nav-leder og fylkesdirektør", deadline: "2018-08-31", status: "fullfort" },
      { text: "Finne datoer for komité- og bystyremøter i september og oktober", owner: "Rådgiver i kontoret", deadline: "2018-06-22", status: "fullfort" },
      { text: "Skrive sak til bystyret om bruk av ubrukte midler til oppfølgingsstillinger", owner: "Nav-leder og rådmann", deadline: "2018-09-14", status: "utsatt" },
    ],
  },
  {
    areaNo: 7,
    writtenOn: arendalPlansWritten,
    why:
      "Kontoret har flere kommunale tjenester enn minimumsløsningen, blant annet flyktningtjenesten, rusoppfølging, " +
      "kommunale boliger, økonomi- og gjeldsrådgivning og Husbankens virkemidler. Tilrådingen fra 2017 sier at arbeid " +
      "og aktivitet skal gå foran, og det er flere år siden organiseringen av tjenestene sist ble vurdert.",
    whatAndWhen:
      "Gå gjennom tjenestene én for én for å vurdere om Nav-kontoret fortsatt er riktig sted for dem i kommunen. " +
      "Forarbeidet starter høsten 2018.",
    approach:
      "En SWOT-gjennomgang per tjeneste: styrker, svakheter, muligheter og trusler. Den skal også si noe om hvor mye " +
      "ressurser tjenesten vil trenge framover, for eksempel når mer blir digitalt.",
    involved: "For flere av tjenestene: samarbeidspartnerne, egne medarbeidere og ledelsen i kontoret og kommunen.",
    responsible: arendalLead,
    followUp:
      "Arbeidet forankres i både statlig og kommunal styringslinje. Et godt svar krever en grundig prosess der de " +
      "berørte blir hørt, så partnerskapsmøtet ser på framdriften hver gang.",
    actions: [
      { text: "Lage en felles mal for SWOT-gjennomgang av hver kommunal tjeneste", owner: "Nav-leder", deadline: "2018-09-14", status: "fullfort" },
      { text: "Gjennomgang av flyktningtjenesten og rusoppfølgingen", owner: "Avdelingslederne", deadline: "2018-11-30", status: "fullfort" },
      { text: "Gjennomgang av kommunale boliger, økonomi og gjeld og Husbankens virkemidler", owner: "Avdelingslederne", deadline: "2018-12-21", status: "pagar" },
      { text: "Anbefaling om tjenesteporteføljen til partnerskapsmøtet", owner: "Nav-leder", deadline: "2019-02-28", status: "ikke_startet" },
    ],
  },
];

const SAMLING_1 = "Samling 1, pilotnettverket Agder";
const SAMLING_1_DAY = "2018-04-17";

// prettier-ignore
export const demoAssessments: readonly DemoAssessment[] = [
  // area 1–20, last digit:                                                 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0
  { slug: "grimstad",    heldOn: "2018-04-17", occasion: SAMLING_1,
    conditions: "S S S S",                                       statuses: "S S K S · K · · S S K S S K S · K · S ·",
    priorities: { prioritised: [6, 17, 14], considered: [3, 13] },
    splits: [
      { item: "3", side: "stat", score: "S", comment: "Fra fylkets side fungerer møtene; sakene er godt forberedt." },
      { item: "10", side: "kontor", score: "K", comment: "Nav-lederen er ikke med i kommunens ledergruppe for helse og velferd." },
    ] },
  { slug: "grimstad",    heldOn: "2019-03-05", occasion: "Samling 4, pilotnettverket Agder – partnerskapsmøte våren 2019",
    conditions: "S S S S",                                       statuses: "S S S S · S · · K S K S S K S · K · K K",
    priorities: { prioritised: [17, 14, 20], considered: [13, 19] },
    splits: [
      { item: "9", side: "stat", score: "S" },
      { item: "14", side: "kommune", score: "S", comment: "Kommunalsjefene kjenner kontoret godt etter året som gikk." },
    ] },
  { slug: "arendal",     heldOn: "2018-05-29", occasion: "Partnerskapsmøte med rådmann og kommunalsjef for helse og levekår",
    conditions: "S S K S",                                       statuses: "S S S K · K K K K S K S S K S K K · K ·",
    priorities: { prioritised: [8, 16, 7], considered: [17, 10] },
    splits: [
      { item: "16", side: "stat", score: "S", comment: "Rammen gir allerede en del rom; vi bør se på hva som faktisk står i veien." },
      { item: "4", side: "kommune", score: "S" },
    ],
    notes: arendalNotes, plans: arendalPlans },
  { slug: "kvinesdal",   heldOn: SAMLING_1_DAY,  occasion: SAMLING_1,
    conditions: "S S K S",                                       statuses: "K S K K · K · · S S S S S K S · K · K K",
    priorities: { prioritised: [4, 6, 3], considered: [14, 20] },
    splits: [{ item: "4", side: "stat", score: "S" }] },
  { slug: "flekkefjord", heldOn: "2018-05-08", occasion: "Partnerskapsmøte i Flekkefjord",
    conditions: "S S S S",                                       statuses: "S S K S · K · K K K K S S S S · K · K ·",
    priorities: { prioritised: [8, 6, 17], considered: [11] },
    splits: [{ item: "9", side: "kommune", score: "S", comment: "Vilkårene er avklart i den lokale særavtalen." }] },
  { slug: "farsund",     heldOn: SAMLING_1_DAY,  occasion: SAMLING_1,
    conditions: "S S S K",                                       statuses: "S K S K · K · · S K K S K K S · K · K K",
    priorities: { prioritised: [14, 17, 10], considered: [4, 20] },
    splits: [{ item: "2", side: "kommune", score: "S" }] },
  { slug: "vennesla",    heldOn: "2018-05-15", occasion: "Partnerskapsmøte med kommunedirektør og fylkesdirektør",
    conditions: "S S S S",                                       statuses: "S S S S · K · K S S K S K S S · K K K ·",
    priorities: { prioritised: [8, 18, 13], considered: [17] },
    splits: [{ item: "13", side: "kommune", score: "S" }] },
  { slug: "froland",     heldOn: SAMLING_1_DAY,  occasion: SAMLING_1,
    conditions: "S S S S",                                       statuses: "S S K S K K · K S K K S S K S · S · K K",
    priorities: { prioritised: [8, 14, 5], considered: [6, 20] },
    splits: [{ item: "14", side: "kommune", score: "S" }] },
  { slug: "gjerstad",    heldOn: SAMLING_1_DAY,  occasion: SAMLING_1,
    conditions: "S S K S",                                       statuses: "S S K K · K · K K S K S S S S · K · K ·",
    splits: [{ item: "8", side: "kommune", score: "S", comment: "Vertskommuneavtalen fungerer godt for Vegårshei." }] },
  { slug: "bykle",       heldOn: "2018-06-05", occasion: "Partnerskapsmøte for Bykle, Valle og Bygland",
    conditions: "S S S S",                                       statuses: "S S K S · S · K S S S S S S S K S K K ·",
    priorities: { prioritised: [8, 18, 3], considered: [16] } },
  { slug: "valle",       heldOn: "2018-06-05", occasion: "Partnerskapsmøte for Bykle, Valle og Bygland",
    conditions: "S S S S",                                       statuses: "S S K S K S · K S S S S S S S · S K K K",
    priorities: { prioritised: [18, 8, 20], considered: [3, 5] },
    splits: [{ item: "19", side: "stat", score: "S" }] },
  { slug: "bygland",     heldOn: SAMLING_1_DAY,  occasion: SAMLING_1,
    conditions: "S S S S",                                       statuses: "S S S S · K · K K S K S S K S · · · K ·" },
];

function codes(row: string, length: number): AreaScore[] {
  const list = row.trim().split(/\s+/) as Code[];
  if (list.length !== length || list.some((c) => !(c in SCORE))) throw new Error(`mulighetsrom demo: bad row "${row}"`);
  return list.map((c) => SCORE[c]);
}

/**
 * Seeds the demo assessments into partnerships that have none yet (a partnership
 * with any assessment, seeded or made by hand, is left alone). Call inside the
 * demo seed's transaction, after the people exist.
 */
export async function seedMulighetsromDemo(db: Database) {
  const bySlug = new Map<string, DemoAssessment[]>();
  for (const a of demoAssessments) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);

  for (const [slug, list] of bySlug) {
    const [target] = await db
      .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
      .from(partnership)
      .where(eq(partnership.slug, slug))
      .limit(1);
    if (!target) continue;
    if ((await db.select({ id: assessment.id }).from(assessment).where(eq(assessment.partnershipId, target.id)).limit(1)).length > 0) continue;

    const people = await eligibleParticipantsIn(db, target);
    const lead = people.find((p) => p.role === "nav_leder");
    if (!lead) continue;
    for (const demo of list.toSorted((a, b) => a.heldOn.localeCompare(b.heldOn))) {
      await seedDemoAssessment(db, target, demo, lead.userId, people);
    }
  }
}

async function seedDemoAssessment(
  db: Database,
  target: PartnershipRef,
  demo: DemoAssessment,
  leadUserId: string,
  people: readonly { userId: string; side: Side }[],
) {
  const agreed = new Map<string, AreaScore>();
  codes(demo.conditions, 4).forEach((score, i) => agreed.set(`b${i + 1}`, score));
  codes(demo.statuses, 20).forEach((score, i) => agreed.set(String(i + 1), score));

  for (const split of demo.splits ?? []) {
    if (SCORE[split.score] === agreed.get(split.item)) {
      throw new Error(`mulighetsrom demo: ${demo.slug} ${demo.heldOn} item ${split.item} splits to the agreed status`);
    }
  }

  // The first person on a side (owners before office staff) writes that side's comment.
  const firstOnSide = new Map<Side, string>();
  for (const p of people) if (!firstOnSide.has(p.side)) firstOnSide.set(p.side, p.userId);

  const answer = (p: SeedParticipant, item: string) => {
    const split = demo.splits?.find((s) => s.item === item && s.side === p.side);
    if (split) {
      const writes = split.comment !== undefined && firstOnSide.get(p.side) === p.userId;
      return { score: SCORE[split.score], comment: writes ? split.comment : "" };
    }
    // The fylke's adviser does not judge the office's inner workings from outside.
    if (p.role === "fylkesstab" && ["9", "10", "11"].includes(item)) return { score: "ikke_vurdert" as const };
    return { score: agreed.get(item)! };
  };

  const [main, ...others] = demo.priorities?.prioritised ?? [];
  const plans: SeedPlan[] = [];
  for (const { responsible, ...plan } of demo.plans ?? []) {
    plans.push({ ...plan, responsibleUserId: (await findUserByEmail(db, responsible))?.id ?? null });
  }
  await seedAssessment(db, target, {
    heldOn: demo.heldOn,
    occasion: demo.occasion,
    leadUserId,
    participantUserIds: people.map((p) => p.userId),
    answer,
    // Everyone lets the owners and the Nav-leder see their answers by name, except office staff and the fylke's adviser.
    shareNamed: (p) => p.role !== "avdelingsleder" && p.role !== "fylkesstab",
    statuses: new Map([...agreed].filter(([item]) => !item.startsWith("b")).map(([item, s]) => [Number(item), s])),
    priorities:
      main === undefined
        ? undefined
        : { prioritised: [main, ...others], main, considered: demo.priorities!.considered },
    notes: demo.notes,
    plans: demo.plans ? plans : undefined,
    close: true,
    backdate: true,
  });
}
