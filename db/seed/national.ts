/**
 * A national-size dataset for the benchmark (bench/run.ts): 11 fylker, 460
 * partnerships, five people in each. One partnership in the benchmark fylke
 * also has 24 more people and a mulighetsrom history of ten assessments, the
 * newest still open with 30 participants who have all handed in. The sample
 * partnership has a lederavtale signed last year and this year's draft, signed
 * by its kommune so far, and a large felles virksomhetsplan for this year (12
 * satsingsområder, 150 activities, 16 indicators with 36 monthly values each),
 * approved by both owners and published. Every name and kommunenummer is invented;
 * only the fylke names are real (the 2020–2023 county structure). Built through
 * the same domain functions the app uses, so rows have the shape real data has.
 * Not idempotent: meant for a fresh, empty database.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../connection";
import { agreementPoint, fylke, kommune, partnershipService, roleAssignment } from "../schema";
import { agreementPointStatuses } from "../schema/enums";
import type { Role } from "~/server/domain/access/roles";
import type { AreaScore } from "~/server/domain/mulighetsrom/areas";
import { eligibleParticipants } from "~/server/domain/mulighetsrom/assessments";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { addDays, isoToday } from "~/server/domain/dates";
import { createPartnership } from "~/server/domain/partnership/create";
import { setServiceEnabled, updateAgreementPoint, updatePartnershipDetails } from "~/server/domain/partnership/edit";
import { seedAgreement } from "./agreement-builder";
import { seedAssessment, type SeedPlan } from "./assessment-builder";
import { seedBusinessPlan, type SeedFocusArea, type SeedIndicator } from "./plan-builder";

export const NATIONAL_EMAIL_DOMAIN = "bench.example";

/** The fylke the benchmark's fylke page targets: exactly this many partnerships. */
export const BENCH_FYLKE_SLUG = "vestfold-og-telemark";
export const BENCH_FYLKE_PARTNERSHIPS = 40;

/** The mulighetsrom pages' partnership: its number of assessments, and participants in the newest. */
export const BENCH_ASSESSMENTS = 10;
export const BENCH_ASSESSMENT_PARTICIPANTS = 30;

/** The virksomhetsplan page's plan: satsingsområder, activities (spread over three goals each), indicators and monthly values each. */
export const BENCH_PLAN_FOCUS_AREAS = 12;
export const BENCH_PLAN_ACTIVITIES = 150;
export const BENCH_PLAN_INDICATORS = 16;
/** January of year − 2 to December of the plan's year: every month periodInput accepts. */
export const BENCH_PLAN_VALUES_PER_INDICATOR = 36;

/** [slug, name, two-digit fylkesnummer, number of partnerships] */
const FYLKER: readonly (readonly [string, string, string, number])[] = [
  ["viken", "Viken", "30", 62],
  ["vestland", "Vestland", "46", 54],
  ["innlandet", "Innlandet", "34", 48],
  ["trondelag", "Trøndelag", "50", 46],
  ["nordland", "Nordland", "18", 42],
  ["troms-og-finnmark", "Troms og Finnmark", "54", 41],
  [BENCH_FYLKE_SLUG, "Vestfold og Telemark", "38", BENCH_FYLKE_PARTNERSHIPS],
  ["more-og-romsdal", "Møre og Romsdal", "15", 36],
  ["rogaland", "Rogaland", "11", 35],
  ["agder", "Agder", "42", 30],
  ["oslo", "Oslo", "03", 26],
];

const PLACE_HEADS = [
  "Bjørke", "Lind", "Fjell", "Holm", "Nord", "Sør", "Aust", "Vester", "Stein", "Berg",
  "Eike", "Furu", "Lille", "Store", "Sand", "Strand", "Elve", "Myr", "Bakke", "Tind",
  "Øvre", "Nedre", "Kvit", "Rød", "Grøn", "Ask",
];
const PLACE_TAILS = [
  "dal", "vik", "nes", "øy", "sund", "fjord", "haug", "vang", "ås", "mo", "stad", "land",
  "bø", "li", "rud", "voll", "heim", "set", "bu", "kil", "tun", "lund", "hamn", "fjell",
];
const FIRST_NAMES = [
  "Anne", "Kari", "Ingrid", "Marit", "Liv", "Hilde", "Silje", "Ida", "Nora", "Sara",
  "Per", "Ole", "Lars", "Kjell", "Jon", "Arne", "Knut", "Hans", "Jonas", "Magnus",
  "Randi", "Tone", "Eirik", "Sindre", "Trine", "Geir", "Heidi", "Bjørn", "Astrid", "Tor",
];
const LAST_NAMES = [
  "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
  "Jensen", "Karlsen", "Haugen", "Berg", "Dahl", "Lie", "Moen", "Bakken", "Solberg",
  "Strand", "Tveit", "Haugland", "Birkeland", "Lund", "Eide", "Halvorsen",
];
const DELEGATE_TITLES = ["Kommunalsjef helse og velferd", "Kommunalsjef oppvekst", "Velferdssjef"];
const OFFICE_TITLES = ["Avdelingsleder oppfølging", "Avdelingsleder mottak", "Rådgiver"];

export interface NationalSeedResult {
  fylker: { slug: string; name: string; partnerships: number }[];
  partnerships: number;
  people: number;
  /** A partnership in the benchmark fylke and the email of its Nav-leder. */
  sample: { partnershipSlug: string; officeName: string; navLederEmail: string };
  /** The fylkesdirektør of BENCH_FYLKE_SLUG. */
  fylkesdirektor: { email: string; fylkeSlug: string; fylkeName: string };
  /** Another partnership in the benchmark fylke, with BENCH_ASSESSMENTS assessments. */
  mulighetsrom: {
    partnershipSlug: string;
    officeName: string;
    navLederEmail: string;
    /** The newest assessment: open, BENCH_ASSESSMENT_PARTICIPANTS participants, all handed in. */
    assessmentId: string;
    participants: number;
    /** Newest first. */
    occasions: string[];
  };
  /** The sample partnership's lederavtale: last year's signed, this year's a draft the Nav-leder has not signed. */
  lederavtale: {
    partnershipSlug: string;
    year: number;
    versionId: string;
    /** The hash of the draft as first made, before its date was filled in: signing with it is refused. */
    staleHash: string;
  };
  /** The sample partnership's virksomhetsplan for this year: approved by both owners, published. */
  virksomhetsplan: {
    partnershipSlug: string;
    year: number;
    versionId: string;
    focusAreas: number;
    activities: number;
    indicators: number;
    valuesPerIndicator: number;
    /** Texts the page shows: the first and last satsingsområde and the first indicator. */
    firstFocusArea: string;
    lastFocusArea: string;
    firstIndicator: string;
  };
}

/** Small deterministic PRNG (mulberry32) so every run seeds the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

/** Fisher–Yates with the given generator. */
function shuffled<T>(list: readonly T[], rnd: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const personNameFrom = (rnd: () => number) => `${pick(FIRST_NAMES, rnd)} ${pick(LAST_NAMES, rnd)}`;

/**
 * Seeds the national dataset in one transaction. `passwordHash` is used for
 * every account: hash once, scrypt is slow.
 */
export function seedNational(db: Database, passwordHash: string): NationalSeedResult {
  const rnd = random(20_240_101);
  const today = isoToday();
  let placeIndex = 0;
  const nextPlace = () => {
    const i = placeIndex++;
    return `${PLACE_HEADS[i % PLACE_HEADS.length]!}${PLACE_TAILS[Math.floor(i / PLACE_HEADS.length) % PLACE_TAILS.length]!}`;
  };
  const personName = () => personNameFrom(rnd);

  return db.transaction((tx) => {
    // createPartnership and the edit functions open their own (nested) transaction.
    const asDb = tx as unknown as Database;
    let people = 0;
    let partnershipCount = 0;
    let sample: NationalSeedResult["sample"] | null = null;
    let sampleTarget: { id: string; fylkeId: string } | null = null;
    let fylkesdirektor: NationalSeedResult["fylkesdirektor"] | null = null;

    let mulighetsromTarget: { id: string; fylkeId: string; slug: string; officeName: string; navLederEmail: string } | null =
      null;

    const addPerson = (
      email: string,
      role: Role,
      scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string },
      title?: string,
      name = personName(),
    ) => {
      const created = createPasswordAccount(tx, { email, name, passwordHash });
      tx.insert(roleAssignment).values({ userId: created.id, role, title: title ?? null, ...scope }).run();
      people++;
      return created;
    };

    for (const [fylkeSlug, fylkeName, fylkeNumber, partnershipTotal] of FYLKER) {
      const f = tx.insert(fylke).values({ slug: fylkeSlug, name: fylkeName }).returning().get();
      const direktorEmail = `fylkesdirektor.${fylkeSlug}@${NATIONAL_EMAIL_DOMAIN}`;
      addPerson(direktorEmail, "fylkesdirektor", { fylkeId: f.id }, `Direktør Nav ${fylkeName}`);
      if (fylkeSlug === BENCH_FYLKE_SLUG) fylkesdirektor = { email: direktorEmail, fylkeSlug, fylkeName };

      let kommuneSeq = 1;
      const newKommune = (name: string) =>
        tx
          .insert(kommune)
          .values({ number: `${fylkeNumber}${String(kommuneSeq++).padStart(2, "0")}`, name, fylkeId: f.id })
          .returning()
          .get();

      for (let i = 0; i < partnershipTotal; i++) {
        // Every fifth office is a vertskommune office serving two kommuner.
        const hostName = nextPlace();
        const kommuner = [newKommune(hostName)];
        if (i % 5 === 4) kommuner.push(newKommune(nextPlace()));
        const slug = slugify(hostName);
        const officeName = `Nav ${hostName}`;

        const created = createPartnership(asDb, null, {
          slug,
          officeName,
          fylkeId: f.id,
          kommuneIds: kommuner.map((k) => k.id),
          leaderModel: kommuner.length > 1 && rnd() < 0.5 ? "to_ledere" : "en_leder",
        });
        partnershipCount++;

        const navLederEmail = `navleder.${slug}@${NATIONAL_EMAIL_DOMAIN}`;
        const navLeder = addPerson(navLederEmail, "nav_leder", { partnershipId: created.id }, "Nav-leder");
        addPerson(`avdelingsleder.${slug}@${NATIONAL_EMAIL_DOMAIN}`, "avdelingsleder", { partnershipId: created.id }, OFFICE_TITLES[0]);
        addPerson(
          `radmann.${slugify(kommuner[0]!.name)}@${NATIONAL_EMAIL_DOMAIN}`,
          "kommunal_eier",
          { partnershipId: created.id, kommuneId: kommuner[0]!.id },
          "Kommunedirektør",
        );
        addPerson(`delegat.${slug}@${NATIONAL_EMAIL_DOMAIN}`, "kommunal_delegat", { partnershipId: created.id }, pick(DELEGATE_TITLES, rnd));
        // The fifth person: the second kommune's rådmann in a vertskommune office, else a second office role.
        if (kommuner[1]) {
          addPerson(
            `radmann.${slugify(kommuner[1].name)}@${NATIONAL_EMAIL_DOMAIN}`,
            "kommunal_eier",
            { partnershipId: created.id, kommuneId: kommuner[1].id },
            "Kommunedirektør",
          );
        } else {
          addPerson(`radgiver.${slug}@${NATIONAL_EMAIL_DOMAIN}`, "avdelingsleder", { partnershipId: created.id }, pick(OFFICE_TITLES.slice(1), rnd));
        }

        // Fill in the partnership as its Nav-leder would, leaving a realistic audit trail.
        const actor = { userId: navLeder.id };
        const agreementDate = addDays(today, -Math.floor(rnd() * 1400) - 30);
        // About one in six comes up for revision within the dashboard's 90-day notice.
        const nextRevision = addDays(today, rnd() < 1 / 6 ? Math.floor(rnd() * 120) - 30 : 120 + Math.floor(rnd() * 900));
        updatePartnershipDetails(asDb, actor, created.id, {
          version: 1,
          leaderModel: created.leaderModel,
          statePositions: Math.round((4 + rnd() * 60) * 10) / 10,
          municipalPositions: Math.round((2 + rnd() * 30) * 10) / 10,
          agreementDate,
          agreementNextRevision: nextRevision > agreementDate ? nextRevision : addDays(agreementDate, 365),
        });
        for (const point of tx.select().from(agreementPoint).where(eq(agreementPoint.partnershipId, created.id)).all()) {
          const status = pick(agreementPointStatuses, rnd);
          if (status === "ikke_avklart") continue;
          updateAgreementPoint(asDb, actor, created.id, {
            pointId: point.id,
            version: point.version,
            status,
            note: status === "avklart" ? "Avklart i partnerskapsmøtet." : "Drøftes videre i neste partnerskapsmøte.",
          });
        }
        for (const service of tx
          .select()
          .from(partnershipService)
          .where(eq(partnershipService.partnershipId, created.id))
          .all()) {
          if (rnd() < 0.35) {
            setServiceEnabled(asDb, actor, created.id, { serviceId: service.id, version: service.version, enabled: true });
          }
        }

        if (fylkeSlug === BENCH_FYLKE_SLUG && i === 0) {
          sample = { partnershipSlug: slug, officeName, navLederEmail };
          sampleTarget = { id: created.id, fylkeId: f.id };
        }
        if (fylkeSlug === BENCH_FYLKE_SLUG && i === 1) {
          mulighetsromTarget = { id: created.id, fylkeId: f.id, slug, officeName, navLederEmail };
        }
      }
    }

    if (!sample || !sampleTarget || !fylkesdirektor || !mulighetsromTarget) throw new Error("national seed: benchmark fylke missing");
    const target: NonNullable<typeof mulighetsromTarget> = mulighetsromTarget;

    // Its own generator, so the rest of the dataset stays as it was before the mulighetsrom data.
    const mrnd = random(20_180_417);
    // 24 more people: with the five above and the fylkesdirektør, exactly 30 who can take part.
    const extra = new Set<string>();
    for (let n = 1; n <= BENCH_ASSESSMENT_PARTICIPANTS - 6; n++) {
      const role: Role = n <= 4 ? "kommunal_delegat" : "avdelingsleder";
      const added = addPerson(
        `deltaker${n}.${target.slug}@${NATIONAL_EMAIL_DOMAIN}`,
        role,
        { partnershipId: target.id },
        role === "kommunal_delegat" ? pick(DELEGATE_TITLES, mrnd) : pick(OFFICE_TITLES, mrnd),
        personNameFrom(mrnd),
      );
      extra.add(added.id);
    }
    const mulighetsrom = seedMulighetsromHistory(asDb, target, extra, today, mrnd);
    const lederavtale = seedSampleAgreements(asDb, sampleTarget, sample.officeName.replace(/^Nav /, ""), today);
    const virksomhetsplan = seedSamplePlan(asDb, sampleTarget, today, random(20_260_116));
    return {
      fylker: FYLKER.map(([slug, name, , n]) => ({ slug, name, partnerships: n })),
      partnerships: partnershipCount,
      people,
      sample,
      fylkesdirektor,
      mulighetsrom: {
        partnershipSlug: target.slug,
        officeName: target.officeName,
        navLederEmail: target.navLederEmail,
        ...mulighetsrom,
      },
      lederavtale: { partnershipSlug: sample.partnershipSlug, ...lederavtale },
      virksomhetsplan: { partnershipSlug: sample.partnershipSlug, ...virksomhetsplan },
    };
  });
}

const SCORES: readonly AreaScore[] = ["sterk", "kan_styrkes", "ikke_vurdert"];

/**
 * BENCH_ASSESSMENTS assessments half a year apart. The older ones are closed,
 * with the partnership's core people (its five and the fylkesdirektør), agreed
 * statuses drifting from one to the next, three priorities and plans; the
 * newest is open, with everyone who can take part, all handed in.
 */
function seedMulighetsromHistory(
  db: Database,
  target: { id: string; fylkeId: string },
  extra: ReadonlySet<string>,
  today: string,
  rnd: () => number,
) {
  const people = eligibleParticipants(db, target);
  const lead = people.find((p) => p.role === "nav_leder")!;
  const core = people.filter((p) => !extra.has(p.userId));
  if (people.length !== BENCH_ASSESSMENT_PARTICIPANTS) {
    throw new Error(`national seed: ${people.length} people can take part, expected ${BENCH_ASSESSMENT_PARTICIPANTS}`);
  }

  const statuses = new Map<number, AreaScore>();
  for (let no = 1; no <= 20; no++) statuses.set(no, pick(SCORES, rnd));
  const ids: string[] = [];
  const occasions: string[] = [];
  for (let k = BENCH_ASSESSMENTS - 1; k >= 0; k--) {
    const heldOn = addDays(today, -182 * k - 7);
    const [year, month] = heldOn.split("-").map(Number) as [number, number];
    const occasion = `Partnerskapsmøte ${month <= 6 ? "våren" : "høsten"} ${year}`;
    const newest = k === 0;
    // Between meetings a few areas change.
    for (let change = 0; change < 3; change++) statuses.set(1 + Math.floor(rnd() * 20), pick(SCORES, rnd));
    const weak = [...statuses].filter(([, s]) => s === "kan_styrkes").map(([no]) => no);
    while (weak.length < 5) {
      const no = 1 + Math.floor(rnd() * 20);
      if (!weak.includes(no)) {
        weak.push(no);
        statuses.set(no, "kan_styrkes");
      }
    }
    const chosen = shuffled(weak, rnd).slice(0, 5);
    const prioritised = chosen.slice(0, 3);
    const plans: SeedPlan[] = prioritised.map((areaNo, i) => ({
      areaNo,
      writtenOn: addDays(heldOn, 14),
      why: "Området ble prioritert i partnerskapsmøtet fordi det kan styrkes, og begge eiere ser nytte av det.",
      whatAndWhen: "Kartlegge dagens praksis innen to måneder, og legge fram forslag til endringer i neste partnerskapsmøte.",
      approach: "En arbeidsgruppe med folk fra kontoret og kommunen lager forslaget; eierne gir innspill underveis.",
      involved: "Nav-leder, kommunal delegat, avdelingsledere og en representant for Nav fylke.",
      responsibleUserId: i === 0 ? lead.userId : null,
      followUp: "Status tas opp som fast sak i hvert partnerskapsmøte.",
      actions: [1, 2, 3, 4].map((n) => ({
        text: `Tiltak ${n} for området`,
        owner: n % 2 === 0 ? "Nav-leder" : "Kommunal delegat",
        deadline: addDays(heldOn, 30 * n),
        status: newest ? (n === 1 ? "pagar" : "ikke_startet") : n <= 3 ? "fullfort" : "utsatt",
      })),
    }));
    const agreed = new Map(statuses);
    const disputed = prioritised.slice(1);
    ids.push(
      seedAssessment(db, target, {
        heldOn,
        occasion,
        leadUserId: lead.userId,
        participantUserIds: (newest ? people : core).map((p) => p.userId),
        // Most answer as the group later agrees; about one answer in five differs, and the
        // kommune side finds two of the prioritised areas strong already, so the sides disagree there.
        answer: (p, item) => {
          const base = item.startsWith("b") ? "sterk" : (agreed.get(Number(item)) ?? "ikke_vurdert");
          const score = p.side === "kommune" && disputed.includes(Number(item)) ? "sterk" : base;
          return { score: rnd() < 0.2 ? pick(SCORES, rnd) : score, comment: rnd() < 0.05 ? "Bør drøftes i neste møte." : "" };
        },
        shareNamed: () => rnd() < 0.8,
        statuses: agreed,
        priorities: { prioritised, main: prioritised[0]!, considered: chosen.slice(3) },
        plans,
        close: !newest,
        backdate: true,
      }),
    );
    occasions.push(occasion);
  }
  return {
    assessmentId: ids.at(-1)!,
    participants: people.length,
    occasions: occasions.reverse(),
  };
}

/**
 * Last year's lederavtale, signed by all three parties in January, and this year's built on
 * it, with a date filled in after it was drafted and signed by the kommune so far.
 */
function seedSampleAgreements(db: Database, target: { id: string; fylkeId: string }, place: string, today: string) {
  const year = Number(today.slice(0, 4));
  const utc = (isoDate: string, hour: number) => new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00Z`);
  seedAgreement(db, target, {
    year: year - 1,
    basis: "mal",
    draftedAt: utc(`${year - 1}-01-08`, 9),
    place,
    signingDate: `${year - 1}-01-15`,
    signatures: [
      { party: "kontor", at: utc(`${year - 1}-01-15`, 10) },
      { party: "kommune", at: utc(`${year - 1}-01-16`, 12) },
      { party: "stat", at: utc(`${year - 1}-01-17`, 9) },
    ],
  });
  const draft = seedAgreement(db, target, {
    year,
    basis: "forrige",
    draftedAt: utc(addDays(today, -3), 9),
    signingDate: today,
    signatures: [{ party: "kommune", at: utc(addDays(today, -1), 12) }],
  });
  if (draft.draftHash === draft.hash) throw new Error("national seed: the draft's first hash should be stale");
  return { year, versionId: draft.id, staleHash: draft.draftHash };
}

const PLAN_AREAS = [
  "Flere i arbeid",
  "Unge utenfor arbeid og utdanning",
  "Inkludering av innvandrere",
  "Arbeidsgiverkontakt",
  "Bedre brukermøter",
  "Digitale tjenester",
  "Økonomisk sosialhjelp og aktivitet",
  "Bolig og levekår",
  "Samarbeid med helsetjenestene",
  "Kompetanse",
  "Arbeidsmiljø og sikkerhet",
  "Prosjekter",
] as const;
const PLAN_ACTIVITY_TEXTS = [
  "Ukentlig møte der markedsteamet deler nye stillinger og veilederne foreslår kandidater",
  "Halvårsplan for bedriftsbesøk, fulgt opp i avdelingsmøtene",
  "Vilkår om aktivitet i vedtaket, med oppstart i arbeidstrening senest uka etter",
  "Faste samarbeidsmøter med boligkontoret og oppfølgingstjenesten",
  "Gruppeinnkalling med digitalt verksted om aktivitetsplanen",
  "Fagmøte på tvers av statlige og kommunale team om krevende saker",
  "Felles gjennomgang av unge med arbeidsavklaringspenger sammen med helsetjenesten",
  "Jobbspesialist knyttet til introduksjonsprogrammet",
  "Arbeidsgiverfrokost om inkludering sammen med næringsforeningen",
  "Opplæring i motiverende intervju for nye veiledere",
];
const PLAN_RESPONSIBLE = ["Markedsavdelingen", "Oppfølgingsavdelingen", "Avdelingsledere", "Nav-leder", "Sosialteamet", "Alle"];
const PLAN_SOURCES = ["stat", "kommune", "felles"] as const;
const PLAN_INDICATOR_NAMES = [
  "Andel arbeidssøkere med overgang til arbeid",
  "Andel sosialhjelpsmottakere under 30 år med aktivitetsplikt",
  "Sosialhjelpsutgifter per innbygger",
  "Sykefravær i kontoret",
  "Andel personer med nedsatt arbeidsevne med overgang til arbeid",
  "Andel unge under 30 år med sosialhjelp i mer enn seks måneder",
  "Deltakere i kvalifiseringsprogrammet",
  "Andel virksomheter som har fått bistand fra Nav",
  "Andel brukere med avtalt aktivitet",
  "Husstander i midlertidig bolig i mer enn tre måneder",
  "Andel søknader om sosialhjelp som kommer digitalt",
  "Andel gjennomførte dialogmøter innen 26 uker",
  "Antall formidlinger til ordinært arbeid",
  "Andel med gradert sykmelding ved tolv uker",
  "Andel deltakere i introduksjonsprogrammet i arbeid eller utdanning",
  "Ventetid for time hos gjeldsrådgiver (dager)",
];

/**
 * This year's felles virksomhetsplan: BENCH_PLAN_FOCUS_AREAS satsingsområder with three goals
 * each, BENCH_PLAN_ACTIVITIES activities spread over the goals, and BENCH_PLAN_INDICATORS
 * indicators measured monthly with a value for every month from January of year − 2 to
 * December of this year (future months too: the page's size, not realism, is the point).
 * Written last December, approved by the kommunedirektør and the fylkesdirektør and
 * published before the year began, so it is the page owners see all year.
 */
function seedSamplePlan(db: Database, target: { id: string; fylkeId: string }, today: string, rnd: () => number) {
  const year = Number(today.slice(0, 4));
  const utc = (month: number, day: number, hour = 9) => new Date(Date.UTC(year - 1, month - 1, day, hour));
  const timings = ["fortløpende", "1. halvår", "2. halvår", "mars", "september", `15.06.${year}`, `01.11.${year}`];
  const statuses = ["ikke_startet", "pagar", "pagar", "fullfort", "utsatt"] as const;

  const goalsPerArea = 3;
  const goalCount = BENCH_PLAN_FOCUS_AREAS * goalsPerArea;
  let activityNo = 0;
  const focusAreas: SeedFocusArea[] = PLAN_AREAS.slice(0, BENCH_PLAN_FOCUS_AREAS).map((title, a) => ({
    title,
    description: `Hva kontoret og kommunen vil oppnå innen ${title.toLowerCase()} i ${year}, og hvordan vi følger det opp.`,
    goals: Array.from({ length: goalsPerArea }, (_, g) => {
      const goalNo = a * goalsPerArea + g;
      // The first goals take one more each until BENCH_PLAN_ACTIVITIES is reached.
      const count = Math.floor(BENCH_PLAN_ACTIVITIES / goalCount) + (goalNo < BENCH_PLAN_ACTIVITIES % goalCount ? 1 : 0);
      const source = PLAN_SOURCES[goalNo % PLAN_SOURCES.length]!;
      return {
        text: `Mål ${goalNo + 1} for ${title.toLowerCase()}: flere skal få den hjelpen de trenger for å komme i arbeid eller aktivitet.`,
        source,
        foundation: source === "kommune" ? "Kommuneplanens samfunnsdel" : "Mål- og disponeringsbrev",
        activities: Array.from({ length: count }, () => {
          activityNo++;
          return {
            text: `${pick(PLAN_ACTIVITY_TEXTS, rnd)} (aktivitet ${activityNo}).`,
            responsible: pick(PLAN_RESPONSIBLE, rnd),
            when: pick(timings, rnd),
            status: pick(statuses, rnd),
          };
        }),
      };
    }),
  }));

  const indicators: SeedIndicator[] = PLAN_INDICATOR_NAMES.slice(0, BENCH_PLAN_INDICATORS).map((name, i) => {
    const base = 20 + Math.floor(rnd() * 60);
    const values: Record<string, number> = {};
    for (let m = 0; m < BENCH_PLAN_VALUES_PER_INDICATOR; m++) {
      const period = `${year - 2 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      values[period] = Math.round((base + m * 0.2 + (rnd() - 0.5) * 6) * 10) / 10;
    }
    const targets = [`minst ${base + 5}`, "skal øke", `${base + 3}`, `< ${base - 2}`];
    return {
      name,
      // At least half municipal: kommune, stat, kommune, felles, …
      source: (["kommune", "stat", "kommune", "felles"] as const)[i % 4]!,
      unit: "%",
      baseline: base,
      target: targets[i % targets.length]!,
      periodKind: "maned",
      values,
    };
  });

  const approver = (role: "kommunal_eier" | "fylkesdirektor") =>
    db
      .select({ userId: roleAssignment.userId })
      .from(roleAssignment)
      .where(
        role === "kommunal_eier"
          ? and(eq(roleAssignment.role, role), eq(roleAssignment.partnershipId, target.id))
          : and(eq(roleAssignment.role, role), eq(roleAssignment.fylkeId, target.fylkeId), isNull(roleAssignment.partnershipId)),
      )
      .get()!.userId;

  const seeded = seedBusinessPlan(db, target, {
    year,
    basis: "tom",
    createdAt: utc(11, 20),
    writtenAt: utc(12, 1),
    general: {
      vision: "Sammen skaper vi muligheter for arbeid og et godt liv.",
      description:
        "Et felles kontor for kommunen og staten, med statlige og kommunale tjenester for personer og arbeidsgivere. " +
        "Kontoret har to avdelinger, marked og oppfølging, og et eget sosialteam.",
      budget: {
        budgetThisYear: { income: 4_200_000, expenses: 41_500_000 },
        budgetLastYear: { income: 4_000_000, expenses: 39_800_000 },
        accountsLastYear: { income: 4_150_000, expenses: 40_900_000 },
      },
      positionsBudget: 30,
      positionsResult: 29.4,
    },
    foundations: [
      { line: "stat", title: "Mål- og disponeringsbrev", url: "https://www.nav.no/no/nav-og-samfunn/om-nav/styringsdokumenter" },
      { line: "stat", title: "Navs langtidsplan", url: "https://www.nav.no/no/nav-og-samfunn/om-nav/styringsdokumenter/langtidsplan" },
      { line: "kommune", title: "Kommuneplanens samfunnsdel" },
      { line: "kommune", title: `Budsjett ${year} og handlingsplan ${year}–${year + 3}` },
    ],
    focusAreas,
    indicators,
    review: {
      sentAt: utc(12, 10),
      approvals: [
        { userId: approver("kommunal_eier"), at: utc(12, 15) },
        { userId: approver("fylkesdirektor"), at: utc(12, 17) },
      ],
      publishedAt: utc(12, 18),
    },
  });
  if (seeded.status !== "publisert" || seeded.activities !== BENCH_PLAN_ACTIVITIES) {
    throw new Error(`national seed: the plan is ${seeded.status} with ${seeded.activities} activities`);
  }
  return {
    year,
    versionId: seeded.versionId,
    focusAreas: focusAreas.length,
    activities: seeded.activities,
    indicators: seeded.indicators,
    valuesPerIndicator: BENCH_PLAN_VALUES_PER_INDICATOR,
    firstFocusArea: focusAreas[0]!.title,
    lastFocusArea: focusAreas.at(-1)!.title,
    firstIndicator: indicators[0]!.name,
  };
}
