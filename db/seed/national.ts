/**
 * A national-size dataset for the benchmark (bench/run.ts): 11 fylker, 460
 * partnerships, five people in each. One partnership in the benchmark fylke
 * also has 24 more people and a mulighetsrom history of ten assessments, the
 * newest still open with 30 participants who have all handed in. The sample
 * partnership has a lederavtale signed last year and this year's draft, signed
 * by its kommune so far, and a large felles virksomhetsplan for this year (12
 * satsingsområder, 150 activities, 16 indicators with 36 monthly values each),
 * approved by both owners and published. The sample partnership also has BENCH_MEETINGS
 * partnerskapsmøter over this year and the last two (standard agendas; the past ones held, with
 * minutes, decisions and follow-ups, all but the newest approved and locked; one cancelled) and
 * this year's årshjul started from the template and filled with its own events until the wheel
 * shows BENCH_CYCLE_EVENTS in all (template copies, own events and the meetings it derives). More
 * of the benchmark fylke's partnerships have started this year's wheel, so that the fylkesdirektør's
 * calendar subscription (created here) holds exactly BENCH_FEED_EVENTS events.
 * Every name and kommunenummer is invented;
 * only the fylke names are real (the 2020–2023 county structure). Built through
 * the same domain functions the app uses, so rows have the shape real data has.
 * Not idempotent: meant for a fresh, empty database.
 */
import { and, eq, isNull } from "drizzle-orm";
import { inTransaction, type Database } from "~/db/connection";
import { agendaItem, agreementPoint, businessPlan, followUp, fylke, kommune, meeting, partnershipService, roleAssignment, user } from "~/db/schema";
import { agreementPointStatuses } from "~/db/schema/enums";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { can } from "~/server/domain/access/permissions";
import type { Role } from "~/lib/roles";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import { eligibleParticipantsIn } from "~/server/domain/mulighetsrom/assessments";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { cycleCategories, monthNames, type CycleCategory } from "~/lib/annual-cycle/categories";
import { addEventInput, addEvent, type EventFields } from "~/server/domain/annual-cycle/events";
import { toCalendarEvents } from "~/server/domain/annual-cycle/ics";
import { createSubscription, visiblePartnerships } from "~/server/domain/annual-cycle/subscriptions";
import { loadTemplate, startYear } from "~/server/domain/annual-cycle/template";
import { loadYearEvents } from "~/server/domain/annual-cycle/view";
import { addDays, isoToday, osloLocalToUtc } from "~/lib/dates";
import { addFollowUp, addFollowUpInput, setFollowUpStatus } from "~/server/domain/meetings/follow-ups";
import { cancelMeeting, createMeeting, createMeetingInput, sendInvitation } from "~/server/domain/meetings/meetings";
import { addDecision, addDecisionInput, approveMinutes, saveItemMinutes, sendMinutes, setAttendance } from "~/server/domain/meetings/minutes";
import { createPartnership } from "~/server/domain/partnership/create";
import { agreementPoints, catalogueServiceKeys } from "~/lib/partnership/catalogue";
import { setServiceEnabled, updateAgreementPoint, updatePartnershipDetails } from "~/server/domain/partnership/edit";
import { partnershipScope, type PartnershipRef, type PartnershipScope } from "~/server/domain/scope";
import { seedAgreement } from "./agreement-builder";
import { auditMark, backdateAudit, seedAssessment, type SeedPlan } from "./assessment-builder";
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

/** The årshjul page's year in the sample partnership: events in the wheel, template copies and derived ones included. */
export const BENCH_CYCLE_EVENTS = 120;
/** The meetings page: meetings in the sample partnership, over this year and the last two. */
export const BENCH_MEETINGS = 40;
/** Events in the fylkesdirektør's calendar subscription (this year and next, every partnership in the fylke). */
export const BENCH_FEED_EVENTS = 500;

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
  /** The sample partnership's årshjul for this year: BENCH_CYCLE_EVENTS events on the page. */
  arshjul: {
    partnershipSlug: string;
    year: number;
    /** Everything the wheel shows: templateCopies + own + derived. */
    events: number;
    templateCopies: number;
    own: number;
    /** Computed from the meetings of the year. */
    derived: number;
    /** Texts the page shows: the first and the last own event added. */
    firstOwnTitle: string;
    lastOwnTitle: string;
  };
  /** The sample partnership's meetings: BENCH_MEETINGS over this year and the last two. */
  moter: {
    partnershipSlug: string;
    meetings: number;
    /** Held with minutes; all but the newest approved and locked. */
    held: number;
    locked: number;
    upcoming: number;
    cancelled: number;
    decisions: number;
    followUps: number;
    openFollowUps: number;
    /** The years the meetings are in, oldest first. */
    years: number[];
    /** Texts the page shows: the oldest and the newest meeting's title. */
    oldestTitle: string;
    newestTitle: string;
  };
  /** The fylkesdirektør's calendar subscription: a secret for /api/kalender/<token> with BENCH_FEED_EVENTS events. */
  kalender: {
    email: string;
    userId: string;
    token: string;
    events: number;
    /** Partnerships in the feed, and how many of them have started this year's wheel. */
    partnerships: number;
    wheels: number;
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
export async function seedNational(db: Database, passwordHash: string): Promise<NationalSeedResult> {
  const rnd = random(20_240_101);
  const today = isoToday();
  let placeIndex = 0;
  const nextPlace = () => {
    const i = placeIndex++;
    return `${PLACE_HEADS[i % PLACE_HEADS.length]!}${PLACE_TAILS[Math.floor(i / PLACE_HEADS.length) % PLACE_TAILS.length]!}`;
  };
  const personName = () => personNameFrom(rnd);

  return inTransaction(db, async (tx) => {
    // createPartnership and the edit functions open their own (nested) transaction: a savepoint.
    const asDb = tx;
    let people = 0;
    let partnershipCount = 0;
    let sample: NationalSeedResult["sample"] | null = null;
    let sampleTarget: PartnershipRef | null = null;
    let fylkesdirektor: NationalSeedResult["fylkesdirektor"] | null = null;
    let direktorUserId: string | null = null;

    let mulighetsromTarget: { id: string; fylkeId: string; slug: string; officeName: string; navLederEmail: string } | null =
      null;

    const addPerson = async (
      email: string,
      role: Role,
      scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string },
      title?: string,
      name = personName(),
    ) => {
      const created = await createPasswordAccount(tx, { email, name, passwordHash });
      await tx.insert(roleAssignment).values({ userId: created.id, role, title: title ?? null, ...scope });
      people++;
      return created;
    };

    for (const [fylkeSlug, fylkeName, fylkeNumber, partnershipTotal] of FYLKER) {
      const [f] = await tx.insert(fylke).values({ slug: fylkeSlug, name: fylkeName }).returning();
      if (!f) throw new Error(`national seed: fylke ${fylkeSlug} not made`);
      const direktorEmail = `fylkesdirektor.${fylkeSlug}@${NATIONAL_EMAIL_DOMAIN}`;
      const direktor = await addPerson(direktorEmail, "fylkesdirektor", { fylkeId: f.id }, `Direktør Nav ${fylkeName}`);
      if (fylkeSlug === BENCH_FYLKE_SLUG) {
        fylkesdirektor = { email: direktorEmail, fylkeSlug, fylkeName };
        direktorUserId = direktor.id;
      }

      let kommuneSeq = 1;
      const newKommune = async (name: string) => {
        const [made] = await tx
          .insert(kommune)
          .values({ number: `${fylkeNumber}${String(kommuneSeq++).padStart(2, "0")}`, name, fylkeId: f.id })
          .returning();
        return made!;
      };

      for (let i = 0; i < partnershipTotal; i++) {
        // Every fifth office is a vertskommune office serving two kommuner.
        const hostName = nextPlace();
        const kommuner = [await newKommune(hostName)];
        if (i % 5 === 4) kommuner.push(await newKommune(nextPlace()));
        const slug = slugify(hostName);
        const officeName = `Nav ${hostName}`;

        const created = await createPartnership(asDb, null, {
          slug,
          officeName,
          fylkeId: f.id,
          kommuneIds: kommuner.map((k) => k.id),
          leaderModel: kommuner.length > 1 && rnd() < 0.5 ? "to_ledere" : "en_leder",
        });
        partnershipCount++;

        const navLederEmail = `navleder.${slug}@${NATIONAL_EMAIL_DOMAIN}`;
        const navLeder = await addPerson(navLederEmail, "nav_leder", { partnershipId: created.id }, "Nav-leder");
        await addPerson(`avdelingsleder.${slug}@${NATIONAL_EMAIL_DOMAIN}`, "avdelingsleder", { partnershipId: created.id }, OFFICE_TITLES[0]);
        await addPerson(
          `radmann.${slugify(kommuner[0]!.name)}@${NATIONAL_EMAIL_DOMAIN}`,
          "kommunal_eier",
          { partnershipId: created.id, kommuneId: kommuner[0]!.id },
          "Kommunedirektør",
        );
        await addPerson(`delegat.${slug}@${NATIONAL_EMAIL_DOMAIN}`, "kommunal_delegat", { partnershipId: created.id }, pick(DELEGATE_TITLES, rnd));
        // The fifth person: the second kommune's rådmann in a vertskommune office, else a second office role.
        if (kommuner[1]) {
          await addPerson(
            `radmann.${slugify(kommuner[1].name)}@${NATIONAL_EMAIL_DOMAIN}`,
            "kommunal_eier",
            { partnershipId: created.id, kommuneId: kommuner[1].id },
            "Kommunedirektør",
          );
        } else {
          await addPerson(`radgiver.${slug}@${NATIONAL_EMAIL_DOMAIN}`, "avdelingsleder", { partnershipId: created.id }, pick(OFFICE_TITLES.slice(1), rnd));
        }

        // Fill in the partnership as its Nav-leder would, leaving a realistic audit trail.
        const ref = { id: created.id, slug: created.slug, fylkeId: created.fylkeId };
        const asNavLeder = partnershipScope(asDb, navLeder.id, ref, await loadPartnershipAccess(asDb, navLeder.id, ref));
        const agreementDate = addDays(today, -Math.floor(rnd() * 1400) - 30);
        // About one in six comes up for revision within the dashboard's 90-day notice.
        const nextRevision = addDays(today, rnd() < 1 / 6 ? Math.floor(rnd() * 120) - 30 : 120 + Math.floor(rnd() * 900));
        await updatePartnershipDetails(asNavLeder, {
          version: 1,
          leaderModel: created.leaderModel,
          statePositions: Math.round((4 + rnd() * 60) * 10) / 10,
          municipalPositions: Math.round((2 + rnd() * 30) * 10) / 10,
          agreementDate,
          agreementNextRevision: nextRevision > agreementDate ? nextRevision : addDays(agreementDate, 365),
        });
        // In the order createPartnership made them: the random choices follow it.
        const pointOrder = (point: string) => agreementPoints.findIndex((p) => p.key === point);
        const points = (await tx.select().from(agreementPoint).where(eq(agreementPoint.partnershipId, created.id))).sort(
          (a, b) => pointOrder(a.point) - pointOrder(b.point),
        );
        for (const point of points) {
          const status = pick(agreementPointStatuses, rnd);
          if (status === "ikke_avklart") continue;
          await updateAgreementPoint(asNavLeder, {
            pointId: point.id,
            version: point.version,
            status,
            note: status === "avklart" ? "Avklart i partnerskapsmøtet." : "Drøftes videre i neste partnerskapsmøte.",
          });
        }
        const serviceOrder = (key: string) => catalogueServiceKeys.indexOf(key as (typeof catalogueServiceKeys)[number]);
        const services = (await tx.select().from(partnershipService).where(eq(partnershipService.partnershipId, created.id))).sort(
          (a, b) => serviceOrder(a.serviceKey) - serviceOrder(b.serviceKey),
        );
        for (const service of services) {
          if (rnd() < 0.35) {
            await setServiceEnabled(asNavLeder, { serviceId: service.id, version: service.version, enabled: true });
          }
        }

        if (fylkeSlug === BENCH_FYLKE_SLUG && i === 0) {
          sample = { partnershipSlug: slug, officeName, navLederEmail };
          sampleTarget = { id: created.id, slug, fylkeId: f.id };
        }
        if (fylkeSlug === BENCH_FYLKE_SLUG && i === 1) {
          mulighetsromTarget = { id: created.id, fylkeId: f.id, slug, officeName, navLederEmail };
        }
      }
    }

    if (!sample || !sampleTarget || !fylkesdirektor || !direktorUserId || !mulighetsromTarget) {
      throw new Error("national seed: benchmark fylke missing");
    }
    const target: NonNullable<typeof mulighetsromTarget> = mulighetsromTarget;

    // Its own generator, so the rest of the dataset stays as it was before the mulighetsrom data.
    const mrnd = random(20_180_417);
    // 24 more people: with the five above and the fylkesdirektør, exactly 30 who can take part.
    const extra = new Set<string>();
    for (let n = 1; n <= BENCH_ASSESSMENT_PARTICIPANTS - 6; n++) {
      const role: Role = n <= 4 ? "kommunal_delegat" : "avdelingsleder";
      const added = await addPerson(
        `deltaker${n}.${target.slug}@${NATIONAL_EMAIL_DOMAIN}`,
        role,
        { partnershipId: target.id },
        role === "kommunal_delegat" ? pick(DELEGATE_TITLES, mrnd) : pick(OFFICE_TITLES, mrnd),
        personNameFrom(mrnd),
      );
      extra.add(added.id);
    }
    const mulighetsrom = await seedMulighetsromHistory(asDb, target, extra, today, mrnd);
    const lederavtale = await seedSampleAgreements(asDb, sampleTarget, sample.officeName.replace(/^Nav /, ""), today);
    const virksomhetsplan = await seedSamplePlan(asDb, sampleTarget, today, random(20_260_116));
    // Meetings before the wheel: the wheel derives events from this year's meetings.
    const sampleRef = { ...sampleTarget, slug: sample.partnershipSlug };
    const moter = await seedSampleMeetings(asDb, sampleRef, direktorUserId, today, random(20_261_020));
    const arshjul = await seedSampleCycle(asDb, sampleRef, today, random(20_261_105));
    const kalender = await seedFylkeFeed(asDb, sampleRef, { email: fylkesdirektor.email, userId: direktorUserId }, today);
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
      arshjul: { partnershipSlug: sample.partnershipSlug, ...arshjul },
      moter: { partnershipSlug: sample.partnershipSlug, ...moter },
      kalender,
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
async function seedMulighetsromHistory(
  db: Database,
  target: PartnershipRef,
  extra: ReadonlySet<string>,
  today: string,
  rnd: () => number,
) {
  const people = await eligibleParticipantsIn(db, target);
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
      await seedAssessment(db, target, {
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
async function seedSampleAgreements(db: Database, target: PartnershipRef, place: string, today: string) {
  const year = Number(today.slice(0, 4));
  const utc = (isoDate: string, hour: number) => new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00Z`);
  await seedAgreement(db, target, {
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
  const draft = await seedAgreement(db, target, {
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
async function seedSamplePlan(db: Database, target: PartnershipRef, today: string, rnd: () => number) {
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

  const approver = async (role: "kommunal_eier" | "fylkesdirektor") =>
    (
      await db
        .select({ userId: roleAssignment.userId })
        .from(roleAssignment)
        .where(
          role === "kommunal_eier"
            ? and(eq(roleAssignment.role, role), eq(roleAssignment.partnershipId, target.id))
            : and(eq(roleAssignment.role, role), eq(roleAssignment.fylkeId, target.fylkeId), isNull(roleAssignment.partnershipId)),
        )
        .orderBy(roleAssignment.createdAt, roleAssignment.id)
        .limit(1)
    )[0]!.userId;

  const seeded = await seedBusinessPlan(db, target, {
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
        { userId: await approver("kommunal_eier"), at: utc(12, 15) },
        { userId: await approver("fylkesdirektor"), at: utc(12, 17) },
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

// --- Partnerskapsmøter --------------------------------------------------------------

const MEETING_KINDS = [
  "Partnerskapsmøte",
  "Partnerskapsmøte om virksomhetsplanen",
  "Partnerskapsmøte om budsjett",
  "Partnerskapsmøte med mulighetsrom",
] as const;
const MEETING_PLACES = [
  "Møterommet i Nav-kontoret",
  "Rådhuset, formannskapssalen",
  "Kommunestyresalen",
  "Digitalt på Teams",
] as const;
const MEETING_TIMES: readonly (readonly [string, string])[] = [
  ["09:00", "11:30"],
  ["12:30", "15:00"],
  ["08:30", "10:30"],
];
const ITEM_MINUTES = [
  "Gjennomgang av status. Partnerskapet tar orienteringen til etterretning.",
  "Nav-lederen orienterte. Eierne stilte spørsmål om framdriften og ba om en skriftlig oversikt til neste møte.",
  "Drøftet kort. Ingen endringer i prioriteringene.",
  "Kommunedirektøren og fylkesdirektøren er enige om retningen; detaljene avklares mellom møtene.",
];
const DECISIONS = [
  "Partnerskapet tar statusen til orientering.",
  "Nav-lederen legger fram et forslag til justerte aktiviteter i neste møte.",
  "Eierne slutter seg til prioriteringene i utfordringsbildet.",
  "Budsjettforslaget for tjenestene i kontoret legges til grunn for planarbeidet.",
];
const FOLLOW_UPS = [
  "Lage en oversikt over unge under 30 med sosialhjelp som er i oppfølging",
  "Avklare bemanningen i mottaket etter sommeren",
  "Sende eierne sykefraværet per avdeling",
  "Utrede et felles tiltaksfond for arbeidsrettede tiltak",
  "Forberede sak til formannskapet om boligsosialt arbeid",
];

const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * BENCH_MEETINGS meetings from January of year − 2 to December of this year, evenly apart, each
 * planned by the Nav-leder with the standard agenda. Past ones are held: attendance, minutes
 * under every item, decisions and follow-ups, sent for approval; all present approved (locked)
 * except in the newest, which waits for the owners. One past meeting was cancelled. Follow-ups
 * are closed except those of the three newest held meetings. Upcoming ones within three weeks
 * are innkalt. Audit rows are moved to when each step happened.
 */
async function seedSampleMeetings(
  db: Database,
  target: PartnershipRef,
  direktorUserId: string,
  today: string,
  rnd: () => number,
) {
  const year = Number(today.slice(0, 4));
  // By address: the Nav-leder, avdelingsleder, rådmann and delegat come before the rest, as they were added.
  const roles = await db
    .select({ userId: roleAssignment.userId, role: roleAssignment.role })
    .from(roleAssignment)
    .innerJoin(user, eq(user.id, roleAssignment.userId))
    .where(eq(roleAssignment.partnershipId, target.id))
    .orderBy(user.email, roleAssignment.role);
  const first = (role: Role) => roles.find((r) => r.role === role)?.userId;
  const navLeder = first("nav_leder");
  const avdelingsleder = first("avdelingsleder");
  const eier = first("kommunal_eier");
  const delegat = first("kommunal_delegat");
  if (!navLeder || !avdelingsleder || !eier || !delegat) throw new Error("national seed: the sample partnership lacks a role");
  const core = [navLeder, avdelingsleder, eier, delegat, direktorUserId];
  const others = roles.map((r) => r.userId).filter((id) => !core.includes(id));
  /** Each step as the person who took it, with their roles in the partnership. */
  const as = async (userId: string) => partnershipScope(db, userId, target, await loadPartnershipAccess(db, userId, target));
  const leader = await as(navLeder);
  const at = async <T>(instant: Date, step: () => Promise<T>): Promise<T> => {
    const mark = auditMark();
    const result = await step();
    await backdateAudit(db, mark, instant);
    return result;
  };

  const start = `${year - 2}-01-20`;
  const span = daysFrom(start, `${year}-12-08`);
  const dates = Array.from({ length: BENCH_MEETINGS }, (_, k) => addDays(start, Math.round((k * span) / (BENCH_MEETINGS - 1))));
  const past = dates.filter((d) => d < today);
  const cancelledDate = past.length > 8 ? past[6] : undefined;
  const held = past.filter((d) => d !== cancelledDate);
  const awaitingDate = held.at(-1);
  const openFrom = held.at(-3) ?? held[0];

  const titles = new Set<string>();
  let decisions = 0;
  let followUps = 0;
  let locked = 0;
  for (const [k, date] of dates.entries()) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const title = `${MEETING_KINDS[k % MEETING_KINDS.length]!} ${monthNames[m - 1]} ${y}`;
    if (titles.has(title)) throw new Error(`national seed: two meetings called ${title}`);
    titles.add(title);
    const [startTime, endTime] = MEETING_TIMES[k % MEETING_TIMES.length]!;
    const participants = k % 2 === 0 ? [...core, ...others] : core;
    const plannedOn = [addDays(date, -42), addDays(today, -1)].sort()[0]!;
    const { id } = await at(osloLocalToUtc(plannedOn, "10:00"), () =>
      createMeeting(
        leader,
        createMeetingInput.parse({
          title,
          date,
          startTime,
          endTime,
          place: MEETING_PLACES[k % MEETING_PLACES.length],
          participantUserIds: participants,
          standardAgenda: true,
        }),
      ),
    );
    const version = async () => (await db.select({ v: meeting.version }).from(meeting).where(eq(meeting.id, id)).limit(1))[0]!.v;
    const invitedOn = addDays(date, -14);
    if (date < today || date <= addDays(today, 21)) {
      const instant = osloLocalToUtc(invitedOn < today ? invitedOn : today, "08:00");
      await at(instant, async () => sendInvitation(leader, { meetingId: id, version: await version() }, instant));
    }
    if (date === cancelledDate) {
      await at(osloLocalToUtc(addDays(date, -2), "12:00"), async () => cancelMeeting(leader, { meetingId: id, version: await version() }));
      continue;
    }
    if (date >= today) continue;

    // Held: attendance, minutes under every item, decisions and follow-ups, then approval.
    // The kommunedirektør is always there, so every held meeting has an owner present to approve.
    const present = participants.filter((userId) => userId === navLeder || userId === avdelingsleder || userId === eier || rnd() < 0.85);
    const heldAt = osloLocalToUtc(date, endTime);
    const created: { id: string; owner: string; deadline: string }[] = [];
    await at(heldAt, async () => {
      await setAttendance(leader, {
        meetingId: id,
        version: await version(),
        attendance: participants.map((userId) => ({ userId, attended: present.includes(userId) })),
      });
      const items = await db.select().from(agendaItem).where(eq(agendaItem.meetingId, id)).orderBy(agendaItem.position);
      for (const item of items) {
        await saveItemMinutes(leader, { itemId: item.id, version: item.version, minutes: pick(ITEM_MINUTES, rnd) });
      }
      const decided = items.filter((i) => i.standardKey === "virksomhetsplan" || i.standardKey === "utfordringsbilde" || rnd() < 0.15);
      for (const item of decided) {
        await addDecision(leader, addDecisionInput.parse({ meetingId: id, agendaItemId: item.id, text: pick(DECISIONS, rnd) }));
        decisions++;
      }
      const owners = [eier, delegat, navLeder, avdelingsleder];
      for (let n = 0; n < 1 + (k % 2); n++) {
        const item = items.find((i) => i.standardKey === (n === 0 ? "resultater" : "utfordringsbilde"))!;
        const owner = owners[(k + n) % owners.length]!;
        const deadline = addDays(date, 30 + Math.floor(rnd() * 60));
        const f = await addFollowUp(
          leader,
          addFollowUpInput.parse({ meetingId: id, agendaItemId: item.id, text: pick(FOLLOW_UPS, rnd), ownerUserId: owner, deadline }),
        );
        created.push({ id: f.id, owner, deadline });
        followUps++;
      }
      await sendMinutes(leader, { meetingId: id, version: await version() });
    });
    // Only the owners and their stand-ins approve minutes (the role matrix); the newest wait for all of them.
    const approvers: string[] = [];
    if (date !== awaitingDate) {
      for (const userId of present) if (can(await loadPartnershipAccess(db, userId, target), "minutes:approve")) approvers.push(userId);
    }
    for (const [n, userId] of approvers.entries()) {
      const instant = osloLocalToUtc([addDays(date, 2 + n), addDays(today, -1)].sort()[0]!, "15:00");
      const approver = await as(userId);
      const result = await at(instant, async () => approveMinutes(approver, { meetingId: id, version: await version() }, instant));
      if (result.locked) locked++;
    }
    if (openFrom && date < openFrom) {
      for (const f of created) {
        const instant = osloLocalToUtc([addDays(f.deadline, -3), addDays(today, -1)].sort()[0]!, "11:00");
        const [row] = await db.select({ version: followUp.version }).from(followUp).where(eq(followUp.id, f.id)).limit(1);
        const owner = await as(f.owner);
        await at(instant, async () => setFollowUpStatus(owner, { followUpId: f.id, version: row!.version, status: "lukket" }, instant));
      }
    }
  }

  const rows = await db.select({ status: meeting.status, date: meeting.date, title: meeting.title }).from(meeting).where(eq(meeting.partnershipId, target.id));
  const open = (await db.select({ status: followUp.status }).from(followUp).where(eq(followUp.partnershipId, target.id))).filter(
    (f) => f.status !== "lukket",
  ).length;
  if (rows.length !== BENCH_MEETINGS) throw new Error(`national seed: ${rows.length} meetings, expected ${BENCH_MEETINGS}`);
  const sorted = rows.toSorted((a, b) => a.date.localeCompare(b.date));
  return {
    meetings: rows.length,
    held: rows.filter((r) => r.status === "holdt").length,
    locked,
    upcoming: rows.filter((r) => r.date >= today && r.status !== "avlyst").length,
    cancelled: rows.filter((r) => r.status === "avlyst").length,
    decisions,
    followUps,
    openFollowUps: open,
    years: [...new Set(sorted.map((r) => Number(r.date.slice(0, 4))))],
    oldestTitle: sorted[0]!.title,
    newestTitle: sorted.at(-1)!.title,
  };
}

// --- Årshjul ----------------------------------------------------------------------

const OWN_EVENT_TITLES: Record<CycleCategory, readonly string[]> = {
  partnerskapsmote: ["Formøte med kommunalsjefen", "Forberedelse av sakslisten", "Oppfølging av vedtak fra partnerskapsmøtet"],
  plan_styring: ["Ledermøte i kontoret", "Tertialrapport til eierne", "Resultatgjennomgang med Nav fylke", "Arbeidsmøte om virksomhetsplanen"],
  budsjett: ["Budsjettinnspill til kommunedirektøren", "Budsjettoppfølging med økonomisjefen", "Gjennomgang av sosialhjelpsbudsjettet"],
  avtaler: ["Medarbeidersamtaler i ledergruppen", "Oppfølging av lederavtalen", "Samarbeidsavtale med boligkontoret fornyes"],
  politikk: ["Orientering i formannskapet", "Orientering i hovedutvalg for helse og velferd", "Møte med eldrerådet og brukerrådet"],
  utvikling: ["Fagdag for hele kontoret", "Arbeidsgiverfrokost med næringsforeningen", "Samling i utviklingsplanens arbeidsgruppe", "Kurs i motiverende intervju"],
};

/** Own events for a wheel: categories, date kinds and months mixed, spread over the year. */
function ownEventFields(i: number, year: number, rnd: () => number, link: EventFields["link"] = null): EventFields {
  const month = 1 + (i % 12);
  const category = cycleCategories[(i + Math.floor(i / 12)) % cycleCategories.length]!;
  const titles = OWN_EVENT_TITLES[category];
  const title = titles[Math.floor(i / cycleCategories.length) % titles.length]!;
  const day = 1 + Math.floor(rnd() * 28);
  const startDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const kind = i % 5;
  const when =
    kind === 3
      ? // A period of one to ten weeks; December's run into next year.
        { dateKind: "periode" as const, startDate, endDate: addDays(startDate, 7 * (1 + Math.floor(rnd() * 10))), month: null }
      : kind === 4
        ? { dateKind: "maned" as const, startDate: null, endDate: null, month }
        : { dateKind: "dato" as const, startDate, endDate: null, month: null };
  return addEventInput.parse({
    year,
    fields: {
      title,
      category,
      when,
      responsible: pick(["Nav-lederen", "Kommunedirektøren", "Avdelingsleder oppfølging", "Ledergruppen", ""], rnd),
      description: rnd() < 0.6 ? `${title} i ${monthNames[month - 1]}: tid, sted og deltakere avtales i ledergruppen.` : "",
      link,
    },
  }).fields;
}

/**
 * This year's wheel, started by the Nav-leder from the template (the default: the fylke has not
 * adjusted it), then filled with own events (the first ones linked to the year's virksomhetsplan
 * and meetings) until the page shows BENCH_CYCLE_EVENTS events with the derived ones.
 */
async function navLederIn(db: Database, partnershipId: string): Promise<string> {
  const [row] = await db
    .select({ userId: roleAssignment.userId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.partnershipId, partnershipId), eq(roleAssignment.role, "nav_leder")))
    .orderBy(roleAssignment.createdAt, roleAssignment.id)
    .limit(1);
  return row!.userId;
}

async function seedSampleCycle(db: Database, target: PartnershipRef, today: string, rnd: () => number) {
  const year = Number(today.slice(0, 4));
  const navLeder = await navLederIn(db, target.id);
  const leader = partnershipScope(db, navLeder, target, await loadPartnershipAccess(db, navLeder, target));
  const mark = auditMark();
  const started = await startYear(leader, { year });
  const before = await loadYearEvents(db, target, year);
  const derived = before.filter((e) => e.origin === "avledet").length;
  const own = BENCH_CYCLE_EVENTS - before.length;
  if (own < 1) throw new Error(`national seed: the wheel has ${before.length} events before any own ones`);

  const [plan] = await db
    .select({ id: businessPlan.id })
    .from(businessPlan)
    .where(and(eq(businessPlan.partnershipId, target.id), eq(businessPlan.year, year)))
    .limit(1);
  const meetings = before.filter((e) => e.origin === "avledet" && e.linkKind === null && e.id.startsWith("mote:"));
  const titles: string[] = [];
  for (let i = 0; i < own; i++) {
    const link: EventFields["link"] =
      i === 0 && plan ? { kind: "virksomhetsplan", id: plan.id } : i % 10 === 5 && meetings[i % meetings.length] ? { kind: "mote", id: meetings[i % meetings.length]!.id.slice("mote:".length) } : null;
    const fields = ownEventFields(i, year, rnd, link);
    await addEvent(leader, { year, fields });
    titles.push(fields.title);
  }
  // Laid out at the autumn partnership meeting the year before.
  await backdateAudit(db, mark, new Date(Date.UTC(year - 1, 10, 10, 9)));

  const events = (await loadYearEvents(db, target, year)).length;
  if (events !== BENCH_CYCLE_EVENTS) throw new Error(`national seed: the wheel has ${events} events, expected ${BENCH_CYCLE_EVENTS}`);
  return { year, events, templateCopies: started.events, own, derived, firstOwnTitle: titles[0]!, lastOwnTitle: titles.at(-1)! };
}

/** What the person's subscription holds now: the same events subscriptionFeed writes. */
async function feedEventCount(db: Database, userId: string, year: number) {
  let n = 0;
  for (const p of await visiblePartnerships(db, userId)) {
    for (const y of [year, year + 1]) n += toCalendarEvents(await loadYearEvents(db, p, y), y, { origin: "http://127.0.0.1" }).length;
  }
  return n;
}

/**
 * The fylkesdirektør's calendar: more of the fylke's partnerships start this year's wheel (by
 * their Nav-leder, from the template) until one more would pass BENCH_FEED_EVENTS; the last of
 * them adds own events up to exactly that. Then the fylkesdirektør subscribes.
 */
async function seedFylkeFeed(
  db: Database,
  sample: { id: string; fylkeId: string },
  direktor: { email: string; userId: string },
  today: string,
) {
  const year = Number(today.slice(0, 4));
  const rnd = random(20_261_201);
  const perWheel = (await loadTemplate(db, sample.fylkeId)).events.length;
  const partnerships = await visiblePartnerships(db, direktor.userId);
  let count = await feedEventCount(db, direktor.userId, year);
  let wheels = 1;
  let last: PartnershipScope | null = null;
  const mark = auditMark();
  for (const p of partnerships) {
    if (p.id === sample.id) continue;
    if (count + perWheel > BENCH_FEED_EVENTS) break;
    const navLeder = await navLederIn(db, p.id);
    last = partnershipScope(db, navLeder, p, await loadPartnershipAccess(db, navLeder, p));
    count += (await startYear(last, { year })).events;
    wheels++;
  }
  if (!last) throw new Error("national seed: no partnership left to start a wheel in");
  for (let i = 0; count < BENCH_FEED_EVENTS; i++, count++) {
    await addEvent(last, { year, fields: ownEventFields(i, year, rnd) });
  }
  await backdateAudit(db, mark, new Date(Date.UTC(year - 1, 10, 12, 9)));

  const events = await feedEventCount(db, direktor.userId, year);
  if (events !== BENCH_FEED_EVENTS) throw new Error(`national seed: the feed has ${events} events, expected ${BENCH_FEED_EVENTS}`);
  const { token } = await createSubscription(db, { userId: direktor.userId });
  return { email: direktor.email, userId: direktor.userId, token, events, partnerships: partnerships.length, wheels };
}
