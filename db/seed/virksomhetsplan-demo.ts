/**
 * Felles virksomhetsplan demo data for the Agder partnerships, as things stand in late autumn
 * 2026 (like the lederavtale demo). Nav Grimstad's 2026 plan was written in December 2025,
 * approved in January 2026 by the kommunedirektør and the fylkesdirektør, published, and has
 * been followed up since (tertial values, activity statuses); its 2027 plan is a draft copied
 * from 2026 with a few changes. Arendal and Vennesla have started small 2027 drafts; one of
 * Arendal's activities links to an action in its 2018 development plan (area 8), so the link
 * shows from both sides.
 *
 * The structure and facts follow the example plan for Nav Grimstad in the KS/NORCE 2019
 * report (appendix C): the four satsingsområder, state and municipal steering documents,
 * activities with ansvar and når, the state's result indicators and the 6,3 % sickness-absence
 * limit. The texts are our own, the links are examples, the figures are invented and every
 * person is a demo person from agder.ts.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { businessPlan, developmentAction, partnership } from "~/db/schema";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import { agderFylkesdirektor, agderPartnerships } from "./agder";
import { seedBusinessPlan, type SeedBusinessPlan } from "./plan-builder";

/** A time of day in Oslo on the given date (summer or winter time, whichever applies). */
export function oslo(isoDate: string, time: string): Date {
  for (const offset of ["+01:00", "+02:00"]) {
    const candidate = new Date(`${isoDate}T${time}:00${offset}`);
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      candidate,
    );
    if (local === time) return candidate;
  }
  throw new Error(`virksomhetsplan demo: ${isoDate} ${time} is not a time in Oslo`);
}

const grimstad = agderPartnerships.find((p) => p.slug === "grimstad")!;

const MDB_2026 = "Mål- og disponeringsbrev 2026";
const LANGTIDSPLAN = "Navs langtidsplan 2026–2029";
const SAMFUNNSDEL = "Kommuneplanens samfunnsdel 2023–2035";
const HELSE_OMSORG = "Kommunedelplan for helse og omsorg";
const BUDSJETT_2026 = "Budsjett 2026 og handlingsplan 2026–2029";

export const GRIMSTAD_FOCUS_AREAS = ["Flere i arbeid", "Bedre brukermøter", "Økt kompetanse", "Prosjekter"] as const;

/** The specs reference people by email; seedVirksomhetsplanDemo resolves them. */
type DemoPlan = Omit<SeedBusinessPlan, "review"> & {
  slug: string;
  review?: Omit<NonNullable<SeedBusinessPlan["review"]>, "approvals" | "comments"> & {
    approvals: readonly { email: string; at: Date }[];
    comments?: readonly { email: string; at: Date; body: string; on?: string }[];
  };
};

const grimstad2026: DemoPlan = {
  slug: "grimstad",
  year: 2026,
  basis: "tom",
  createdAt: oslo("2025-11-24", "09:15"),
  writtenAt: oslo("2025-12-02", "10:00"),
  general: {
    vision: "Sammen åpner vi dører til arbeid og et selvstendig liv.",
    description:
      "Nav Grimstad er kommunens og statens felles kontor, med 25,3 statlige og 12,6 kommunale årsverk fordelt på to " +
      "avdelinger: marked og oppfølging. Vi hjelper folk som vil inn i eller bli i arbeid, og arbeidsgivere som skal " +
      "rekruttere eller inkludere.\n\n" +
      "Kommunen har lagt økonomisk sosialhjelp, gjeldsrådgivning, kvalifiseringsprogrammet og introduksjonsprogrammet " +
      "for nyankomne flyktninger til kontoret. Tre jobbspesialister gir utvidet oppfølging i egen regi, og sammen med " +
      "to nabokontor deler vi ressurs- og kompetanseveiledere som har ansvar for kontorets kompetanseplan.",
    statePositions: grimstad.statePositions,
    municipalPositions: grimstad.municipalPositions,
    budget: {
      budgetThisYear: { income: 6_150_000, expenses: 58_400_000 },
      budgetLastYear: { income: 5_800_000, expenses: 55_900_000 },
      accountsLastYear: { income: 6_020_000, expenses: 57_140_000 },
    },
    positionsBudget: 37.9,
    positionsResult: 37.1,
  },
  foundations: [
    {
      line: "stat",
      title: MDB_2026,
      summary:
        "Statens hovedprioriteringer for Nav-kontorene i 2026: arbeidsrettet oppfølging av unge og av innvandrere fra " +
        "land utenfor EØS, tett kontakt med arbeidsgivere og mer tid til veiledning når flere bruker digitale tjenester.",
      url: "https://www.nav.no/no/nav-og-samfunn/om-nav/styringsdokumenter/mal-og-disponeringsbrev-2026",
    },
    {
      line: "stat",
      title: LANGTIDSPLAN,
      summary: "Områdene etaten særlig må bli bedre på de neste fire årene, og hva kontorene skal bidra med.",
      url: "https://www.nav.no/no/nav-og-samfunn/om-nav/styringsdokumenter/langtidsplan",
    },
    {
      line: "kommune",
      title: SAMFUNNSDEL,
      summary: "Kommunens langsiktige mål for levekår og inkludering, og for et arbeidsliv der flere deltar.",
      url: "https://www.grimstad.kommune.no/politikk-og-planer/kommuneplan/kommuneplanens-samfunnsdel",
    },
    {
      line: "kommune",
      title: HELSE_OMSORG,
      summary: "Retningen for helse- og omsorgstjenestene, blant annet samordnede tjenester for folk med rus- og psykiske helseutfordringer.",
      url: "https://www.grimstad.kommune.no/politikk-og-planer/planer/kommunedelplan-for-helse-og-omsorg",
    },
    {
      line: "kommune",
      title: BUDSJETT_2026,
      summary:
        "Kommunestyrets vedtak for perioden: færre unge skal bli varig avhengige av sosialhjelp eller uføretrygd, og " +
        "hjelpen skal komme tidlig.",
      url: "https://www.grimstad.kommune.no/politikk-og-planer/okonomi/budsjett-2026-og-handlingsplan-2026-2029",
    },
  ],
  focusAreas: [
    {
      title: "Flere i arbeid",
      description:
        "Arbeid er det beste vernet mot fattigdom og utenforskap. Vi bruker statlige og kommunale tiltak i sammenheng og " +
        "jobber tett med arbeidsgiverne i regionen.",
      goals: [
        {
          text: "Flere med nedsatt arbeidsevne og flere innvandrere fra land utenfor EØS skal komme i arbeid eller utdanning.",
          source: "stat",
          foundation: MDB_2026,
          activities: [
            {
              text: "Ukentlig stillingsmøte der markedsavdelingen deler nye stillinger og oppdrag, og veilederne foreslår kandidater.",
              responsible: "Markedsavdelingen",
              when: "fortløpende",
              status: "pagar",
            },
            {
              text: "Halvårsplan for bedriftsbesøk, fulgt opp i avdelingsmøtene, med mål om flere samarbeids- og rekrutteringsavtaler.",
              responsible: "Avdelingsledere",
              when: "1. halvår",
              status: "fullfort",
            },
          ],
        },
        {
          text: "Alle under 30 år som får økonomisk sosialhjelp, skal ha vilkår om aktivitet fra første utbetaling.",
          source: "kommune",
          foundation: BUDSJETT_2026,
          activities: [
            {
              text: "Vilkår om aktivitet skrives inn i vedtaket, og oppstart i Jobbsentralen avtales senest uka etter.",
              responsible: "Sosialteamet",
              responsiblePerson: "Jonas Tveit",
              when: "fortløpende",
              status: "pagar",
            },
            {
              text: "Avtale med kommunen om faste plasser for arbeidstrening og språktrening.",
              responsible: "Nav-leder",
              when: "mars",
              status: "fullfort",
            },
          ],
        },
        {
          text: "Arbeidsgivere i Grimstad skal oppleve kontoret som en tydelig og forutsigbar samarbeidspartner når de rekrutterer.",
          source: "felles",
          foundation: SAMFUNNSDEL,
          activities: [
            {
              text: "Frokostmøte om inkludering for arbeidsgivere, arrangert sammen med næringsforeningen.",
              responsible: "Markedsavdelingen",
              when: "22.10.2026",
              status: "fullfort",
            },
            {
              text: "Minst fire saker i lokalpressen der arbeidsgivere forteller om ansettelser gjort sammen med Nav.",
              responsible: "Nav-leder",
              when: "2. halvår",
              status: "pagar",
            },
          ],
        },
      ],
    },
    {
      title: "Bedre brukermøter",
      description:
        "Brukerne skal møte ett Nav, enten de kommer til kontoret, bruker nav.no eller møter oss sammen med andre " +
        "tjenester i kommunen.",
      goals: [
        {
          text: "Flere brukere skal klare seg med digitale tjenester, så veilederne får mer tid til dem som trenger oppfølging.",
          source: "stat",
          foundation: LANGTIDSPLAN,
          activities: [
            {
              text: "Gruppeinnkallinger med digitalt verksted der deltakerne tar i bruk aktivitetsplanen.",
              responsible: "Team gruppeinnkalling",
              when: "fortløpende",
              status: "pagar",
            },
            {
              text: "Korte fagmøter på fredager om digitale løsninger i veiledningen.",
              responsible: "Avdelingsledere",
              when: "1. halvår",
              status: "fullfort",
            },
          ],
        },
        {
          text: "Brukere med sammensatte behov skal få en samordnet tjeneste fra Nav og kommunen.",
          source: "kommune",
          foundation: HELSE_OMSORG,
          activities: [
            {
              text: "Faste samarbeidsmøter med boligkontoret hver måned.",
              responsible: "Oppfølgingsavdelingen",
              when: "fortløpende",
              status: "pagar",
            },
            {
              text: "Felles drop-in for Nav, DPS og kommunen, med evaluering på ledernivå hvert halvår.",
              responsible: "Nav-leder",
              when: "juni",
              status: "fullfort",
            },
            {
              text: "Etablere et brukerutvalg med representanter for kontorets brukere.",
              responsible: "Nav-leder",
              when: "2. halvår",
              status: "utsatt",
            },
          ],
        },
      ],
    },
    {
      title: "Økt kompetanse",
      description: "Vi lærer av hverandre på tvers av fagområder og styringslinjer, og henter kunnskap fra samarbeidspartnerne.",
      goals: [
        {
          text: "Veiledere i statlige og kommunale team skal ha et felles faglig ståsted i arbeidsrettet oppfølging.",
          source: "felles",
          activities: [
            {
              text: "Fagmøte annenhver uke der saker drøftes på tvers av statlige og kommunale team.",
              responsible: "Avdelingsledere",
              when: "fortløpende",
              status: "pagar",
            },
            {
              text: "Plan for fagtema i kontormøtene, oppdatert hvert halvår.",
              responsible: "Ressurs- og kompetanseveiledere",
              when: "januar",
              status: "fullfort",
            },
          ],
        },
        {
          text: "Kontoret skal kjenne kommunens tjenester godt nok til å henvise riktig første gang.",
          source: "stat",
          foundation: MDB_2026,
          activities: [
            {
              text: "Barnevernet, psykisk helse, boligkontoret og bestillerenheten presenterer tjenestene sine i kontormøtet.",
              responsible: "Nav-leder",
              when: "2. halvår",
              status: "pagar",
            },
            {
              text: "Hospitering hos samarbeidspartnere for veiledere som ønsker det.",
              responsible: "Avdelingsledere",
              when: "15.12.2026",
              status: "ikke_startet",
            },
          ],
        },
      ],
    },
    {
      title: "Prosjekter",
      description: "Prosjekter med egen finansiering som prøver ut nye måter å jobbe på.",
      goals: [
        {
          text: "Barn i familier med lav inntekt skal få en tryggere oppvekst gjennom helhetlig oppfølging av hele familien.",
          source: "kommune",
          foundation: SAMFUNNSDEL,
          activities: [
            {
              text: "Familiekoordinator som samordner hjelpen til ti lavinntektsfamilier, finansiert med tilskudd.",
              responsible: "Nav-leder og prosjektleder",
              when: "fortløpende",
              status: "pagar",
            },
            {
              text: "Søke om videreføring av tilskuddet til familiekoordinator for 2027.",
              responsible: "Prosjektleder",
              when: "30.09.2026",
              status: "fullfort",
            },
            {
              text: "Evaluere prosjektet sammen med kommunalsjef for helse og velferd.",
              responsible: "Nav-leder",
              when: "2. halvår",
              status: "ikke_startet",
            },
          ],
        },
      ],
    },
  ],
  indicators: [
    {
      name: "Andel sosialhjelpsmottakere under 30 år med aktivitetsplikt",
      source: "kommune",
      unit: "%",
      baseline: 78,
      target: "minst 95",
      values: { "2025-T1": 74, "2025-T2": 76, "2025-T3": 78, "2026-T1": 84, "2026-T2": 89 },
    },
    {
      name: "Andel arbeidssøkere med overgang til arbeid",
      source: "stat",
      unit: "%",
      baseline: 41,
      target: "skal øke",
      values: { "2026-T1": 43, "2026-T2": 46 },
    },
    {
      name: "Sosialhjelpsutgifter per innbygger",
      source: "kommune",
      unit: "kr",
      baseline: 1890,
      target: "1 750",
      periodKind: "ar",
      values: { "2024": 1960, "2025": 1890 },
    },
    {
      name: "Sykefravær i kontoret",
      source: "felles",
      unit: "%",
      target: "< 6,3",
      values: { "2025-T1": 6.8, "2025-T2": 6.5, "2025-T3": 7.4, "2026-T1": 7.1, "2026-T2": 6 },
    },
    {
      name: "Andel unge under 30 år med sosialhjelp i mer enn seks måneder",
      source: "kommune",
      unit: "%",
      baseline: 31,
      target: "høyst 25",
      values: { "2026-T1": 29, "2026-T2": 27 },
    },
    {
      name: "Deltakere i kvalifiseringsprogrammet",
      source: "kommune",
      unit: "personer",
      baseline: 18,
      target: "24",
      values: { "2026-T1": 20, "2026-T2": 23 },
    },
    {
      name: "Andel virksomheter som har fått bistand fra Nav til rekruttering",
      source: "stat",
      unit: "%",
      target: "skal øke",
      values: { "2026-T1": 12 },
    },
    {
      name: "Husstander i midlertidig bolig i mer enn tre måneder",
      source: "kommune",
      unit: "husstander",
      baseline: 9,
      target: "skal synke",
    },
  ],
  // The statuses as they stood at the autumn follow-up in the partnership meeting.
  followUpAt: oslo("2026-11-12", "14:00"),
  review: {
    sentAt: oslo("2026-01-08", "12:00"),
    comments: [
      {
        email: "radmann@demo.no",
        at: oslo("2026-01-12", "16:20"),
        on: "Alle under 30 år som får økonomisk sosialhjelp, skal ha vilkår om aktivitet fra første utbetaling.",
        body: "Godt at aktivitetsplikten er med. Kan tallene for dette komme med i hver tertialrapport til formannskapet?",
      },
    ],
    approvals: [
      { email: "radmann@demo.no", at: oslo("2026-01-13", "14:00") },
      { email: agderFylkesdirektor.email, at: oslo("2026-01-15", "10:30") },
    ],
    publishedAt: oslo("2026-01-16", "09:00"),
  },
};

const grimstad2027: DemoPlan = {
  slug: "grimstad",
  year: 2027,
  basis: "forrige",
  createdAt: oslo("2026-11-17", "10:00"),
  writtenAt: oslo("2026-11-17", "10:40"),
  general: {
    budget: { budgetThisYear: { income: 6_400_000, expenses: 60_300_000 } },
    positionsBudget: 38.4,
  },
  revise: [
    {
      match: MDB_2026,
      set: {
        title: "Mål- og disponeringsbrev 2027",
        url: "https://www.nav.no/no/nav-og-samfunn/om-nav/styringsdokumenter/mal-og-disponeringsbrev-2027",
      },
    },
    {
      match: BUDSJETT_2026,
      set: {
        title: "Budsjett 2027 og handlingsplan 2027–2030",
        url: "https://www.grimstad.kommune.no/politikk-og-planer/okonomi/budsjett-2027-og-handlingsplan-2027-2030",
      },
    },
    { match: "Etablere et brukerutvalg med representanter for kontorets brukere.", set: { when: "1. halvår" } },
    { match: "Andel virksomheter som har fått bistand fra Nav til rekruttering", remove: true },
  ],
  focusAreas: [
    {
      title: "Flere i arbeid",
      goals: [
        {
          text: "Færre unge skal gå over på uføretrygd.",
          source: "felles",
          foundation: LANGTIDSPLAN,
          activities: [
            {
              text: "Felles gjennomgang av alle under 30 år med arbeidsavklaringspenger, sammen med helsetjenesten i kommunen.",
              responsible: "Avdelingsledere",
              when: "april",
            },
          ],
        },
      ],
    },
  ],
  indicators: [
    {
      name: "Andel søknader om økonomisk sosialhjelp som kommer digitalt",
      source: "kommune",
      unit: "%",
      baseline: 82,
      target: "minst 90",
    },
  ],
};

/** Arendal's 2018 development plan (area 8): the activity below links to this action. */
export const ARENDAL_LINKED_ACTION = "Legge fram en anbefalt samarbeidsform for partnerskapet";
export const ARENDAL_LINKED_ACTIVITY = "Legge fram anbefalt samarbeidsform med nabokommunene for bystyret og partnerskapsmøtet.";

const arendal2027: DemoPlan = {
  slug: "arendal",
  year: 2027,
  basis: "tom",
  createdAt: oslo("2026-11-09", "13:00"),
  writtenAt: oslo("2026-11-10", "08:30"),
  general: { vision: "Flere i arbeid, færre utenfor." },
  foundations: [
    {
      line: "stat",
      title: "Mål- og disponeringsbrev 2027",
      url: "https://www.nav.no/no/nav-og-samfunn/om-nav/styringsdokumenter/mal-og-disponeringsbrev-2027",
    },
    {
      line: "kommune",
      title: "Kommuneplanens samfunnsdel",
      url: "https://www.arendal.kommune.no/politikk-og-planer/kommuneplan/samfunnsdelen",
    },
  ],
  focusAreas: [
    {
      title: "Samarbeid i regionen",
      goals: [
        {
          text: "Partnerskapet skal ha en avklart samarbeidsform med nabokommunene innen utgangen av 2027.",
          source: "felles",
          activities: [{ text: ARENDAL_LINKED_ACTIVITY, responsible: "Nav-leder", when: "1. halvår", developmentAction: ARENDAL_LINKED_ACTION }],
        },
      ],
    },
    {
      title: "Flere i arbeid",
      goals: [
        {
          text: "Flere som avslutter introduksjonsprogrammet, skal gå direkte over i arbeid eller utdanning.",
          source: "kommune",
          foundation: "Kommuneplanens samfunnsdel",
          activities: [{ text: "Jobbspesialist knyttet til introduksjonsprogrammet.", responsible: "Oppfølgingsavdelingen" }],
        },
      ],
    },
  ],
  indicators: [
    {
      name: "Andel i arbeid eller utdanning etter avsluttet introduksjonsprogram",
      source: "kommune",
      unit: "%",
      baseline: 58,
      target: "minst 65",
      periodKind: "ar",
    },
  ],
};

const vennesla2027: DemoPlan = {
  slug: "vennesla",
  year: 2027,
  basis: "tom",
  createdAt: oslo("2026-11-19", "08:45"),
  general: { vision: "Vi gjør det lettere å komme i jobb i Vennesla." },
  foundations: [
    {
      line: "kommune",
      title: "Budsjett 2027 og økonomiplan 2027–2030",
      url: "https://www.vennesla.kommune.no/politikk/budsjett-og-okonomiplan",
    },
  ],
  focusAreas: [
    {
      title: "Flere i arbeid",
      goals: [
        {
          text: "Flere unge arbeidssøkere skal få jobb i lokalt næringsliv.",
          source: "stat",
          activities: [{ text: "Jobbmesse for ungdom sammen med næringsforeningen.", responsible: "Markedsavdelingen", when: "mai" }],
        },
      ],
    },
  ],
  indicators: [{ name: "Andel arbeidssøkere med overgang til arbeid", source: "stat", unit: "%", target: "skal øke" }],
};

export const demoPlans: readonly DemoPlan[] = [grimstad2026, grimstad2027, arendal2027, vennesla2027];

/**
 * Seeds the demo plans into partnerships that have no plan yet (a partnership with any plan,
 * seeded or made in the demo, is left alone). Call inside the demo seed's transaction, after
 * the people, the mulighetsrom assessments (for Arendal's link) and the lederavtaler exist.
 */
export async function seedVirksomhetsplanDemo(db: Database) {
  const bySlug = new Map<string, DemoPlan[]>();
  for (const p of demoPlans) bySlug.set(p.slug, [...(bySlug.get(p.slug) ?? []), p]);
  const userIds = new Map<string, string>();
  for (const email of new Set(demoPlans.flatMap((p) => [...(p.review?.approvals ?? []), ...(p.review?.comments ?? [])].map((a) => a.email)))) {
    const found = await findUserByEmail(db, email);
    if (found) userIds.set(email, found.id);
  }
  const userId = (email: string) => {
    const found = userIds.get(email);
    if (!found) throw new Error(`virksomhetsplan demo: no user ${email}`);
    return found;
  };

  for (const [slug, list] of bySlug) {
    const [target] = await db
      .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
      .from(partnership)
      .where(eq(partnership.slug, slug))
      .limit(1);
    if (!target) continue;
    if ((await db.select({ id: businessPlan.id }).from(businessPlan).where(eq(businessPlan.partnershipId, target.id)).limit(1)).length > 0) continue;
    const actionTexts = new Set(
      (await db.select({ text: developmentAction.text }).from(developmentAction).where(eq(developmentAction.partnershipId, target.id))).map((a) => a.text),
    );
    // Oldest year first: "forrige" builds on it.
    for (const { slug: _slug, review, ...spec } of list.toSorted((a, b) => a.year - b.year)) {
      await seedBusinessPlan(db, target, {
        ...spec,
        // Without the development plan (an assessment made by hand instead of the demo's), no link.
        focusAreas: spec.focusAreas?.map((area) => ({
          ...area,
          goals: area.goals?.map((goal) => ({
            ...goal,
            activities: goal.activities?.map(({ developmentAction: action, ...a }) =>
              action !== undefined && actionTexts.has(action) ? { ...a, developmentAction: action } : a,
            ),
          })),
        })),
        review: review && {
          ...review,
          approvals: review.approvals.map(({ email, at }) => ({ userId: userId(email), at })),
          comments: review.comments?.map(({ email, ...c }) => ({ ...c, userId: userId(email) })),
        },
      });
    }
  }
}
