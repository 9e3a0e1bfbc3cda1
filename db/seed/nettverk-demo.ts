/**
 * The Agder pilot network (KS/NORCE 2019, chapter 3): the eleven partnerships, four samlinger
 * with their dates, places and programmes, each samling's finished evaluation with the
 * headline shares the report gives (73 %, 67 %, 86 %; the fourth "somewhat lower"), and the
 * expectation matrix of the first samling. The themes and which role groups raised them follow
 * the report's tables and text; programme wording, expectation texts and every person are ours.
 *
 * A second, current network has a samling in January 2027 with its tasks ready and one
 * invitation still unanswered, so live mode and answering an invitation can be tried in the demo.
 */
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { assessment, gathering, network, partnership, workshopAnswer, workshopTask } from "~/db/schema";
import type { programmeKinds } from "~/db/schema/enums";
import { findPartnershipBySlug, loadPartnershipAccess } from "~/server/domain/access/load";
import type { Actor } from "~/server/domain/audit/record";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import { osloLocalToUtc } from "~/lib/dates";
import { submitAnswers } from "~/server/domain/workshop/answers";
import { addProgrammeItem, createGathering } from "~/server/domain/network/gatherings";
import { joinWorkshop, participantByToken, setLive } from "~/server/domain/workshop/live";
import { invitePartnership, respondToInvitation, updateSharing } from "~/server/domain/network/members";
import { loadNetworkAccess } from "~/server/domain/network/access";
import { createNetwork } from "~/server/domain/network/networks";
import { networkScope, partnershipScope, type NetworkScope } from "~/server/domain/scope";
import { addTask, setResultsVisible, setTaskStatus } from "~/server/domain/workshop/tasks";
import { addTheme, assignTheme } from "~/server/domain/workshop/themes";
import { defaultEvaluationStatements, type ExpectationTarget, type RoleGroup } from "~/lib/workshop/labels";
import { auditMark, backdateAudit } from "./assessment-builder";
import { agderPartnerships, demoFacilitator } from "./agder";

export const PILOT_NETWORK_NAME = "Pilotnettverk Agder";
export const CURRENT_NETWORK_NAME = "Partnerskapsnettverk Agder 2026–2027";

type ProgrammeKind = (typeof programmeKinds)[number];
/** [day index, start, end, title, speaker, kind] */
type Slot = [number, string, string, string, string, ProgrammeKind];

interface DemoGathering {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  description: string;
  programme: Slot[];
  /** Participants by role group; they evaluate at the end. */
  participants: Record<RoleGroup, number>;
  /** Per evaluation statement (defaultEvaluationStatements order): how many answered 5 or 6. */
  highAnswers: readonly number[];
  expectations?: boolean;
}

const pilotGatherings: DemoGathering[] = [
  {
    title: "Samling 1: Mulighetsrommet i Nav-partnerskapet",
    startsOn: "2018-04-17",
    endsOn: "2018-04-18",
    place: "Kristiansand",
    description: "Første samling over to dager: hvor står partnerskapene i dag, hvilke utviklingsområder vil de jobbe med, og hva forventer de av eierne?",
    programme: [
      [0, "10:00", "10:30", "Velkommen og mål for nettverket", "KS Agder", "plenum"],
      [0, "10:30", "11:30", "Større handlingsrom og ansvar for Nav-kontoret", "NORCE", "innlegg"],
      [0, "11:30", "12:30", "Hva står sterkt, og hva kan styrkes?", "Grupper på 1–3 kontor", "gruppearbeid"],
      [0, "12:30", "13:15", "Lunsj", "", "pause"],
      [0, "13:15", "14:45", "Velg og prioriter tre utviklingsområder", "Grupper på 1–3 kontor", "gruppearbeid"],
      [0, "15:00", "16:00", "Forventninger til rådmannen og fylkesdirektøren", "Grupper etter rolle", "gruppearbeid"],
      [0, "16:00", "16:30", "Oppsummering av dagen", "NORCE og KS", "plenum"],
      [1, "09:00", "11:00", "Ønsket situasjon, barrierer og drivere for de prioriterte områdene", "Grupper på 1–3 kontor", "gruppearbeid"],
      [1, "11:00", "11:45", "Veien videre: lokale utviklingsplaner", "KS Agder", "plenum"],
      [1, "11:45", "12:00", "Evaluering av samlingen", "", "plenum"],
      [1, "12:00", "12:45", "Lunsj og avslutning", "", "pause"],
    ],
    participants: { fylke: 4, radmenn: 7, navledere: 9, avdelingsledere: 6 },
    highAnswers: [19, 21, 20, 20, 17, 19],
    expectations: true,
  },
  {
    title: "Samling 2: Hvordan ta mulighetsrommet i bruk?",
    startsOn: "2018-08-30",
    endsOn: "2018-08-30",
    place: "Kristiansand",
    description: "Funnene fra første samling spilles tilbake, kontorene deler erfaringer fra utviklingsplanene, og eierne møtes i samtale.",
    programme: [
      [0, "09:30", "10:15", "Utviklingsområder og forventninger fra første samling", "NORCE", "innlegg"],
      [0, "10:15", "11:30", "Erfaringsdeling: utviklingsplanene så langt", "Grupper på tvers av kontor", "gruppearbeid"],
      [0, "11:30", "12:15", "Lunsj", "", "pause"],
      [0, "12:15", "13:15", "Eierne i samtale om partnerskapet", "Fylkesdirektør og en rådmann", "innlegg"],
      [0, "13:15", "14:30", "Sammenslåing og vertskontor: kriterier og hensyn", "Grupper på tvers av kontor", "gruppearbeid"],
      [0, "14:30", "15:00", "Oppsummering og evaluering", "KS Agder", "plenum"],
    ],
    participants: { fylke: 3, radmenn: 6, navledere: 9, avdelingsledere: 6 },
    highAnswers: [16, 0, 12, 14, 13, 15],
  },
  {
    title: "Samling 3: Modellen og vertskommunesamarbeid",
    startsOn: "2018-10-23",
    endsOn: "2018-10-23",
    place: "Arendal",
    description: "Den foreløpige modellen for mulighetsrommet valideres, levekårssatsingen presenteres, og et vertskontor deler erfaringer.",
    programme: [
      [0, "09:30", "10:30", "Oppsummering fra samling 2 og foreløpig modell", "NORCE", "innlegg"],
      [0, "10:30", "11:15", "Levekårssatsingen i Agder", "Fylkeskommunene i Agder", "innlegg"],
      [0, "11:15", "12:00", "Lunsj", "", "pause"],
      [0, "12:00", "13:00", "Erfaringer fra et av de første vertskontorene", "Nav Inn-Trøndelag", "innlegg"],
      [0, "13:00", "14:30", "Fasene i et vertskommunesamarbeid: utfordringer og løsninger", "Grupper etter rolle", "gruppearbeid"],
      [0, "14:30", "15:00", "Plenum og evaluering", "KS Agder", "plenum"],
    ],
    participants: { fylke: 3, radmenn: 5, navledere: 8, avdelingsledere: 5 },
    highAnswers: [18, 15, 9, 13, 9, 14],
  },
  {
    title: "Samling 4: Ledelse i partnerskapet",
    startsOn: "2019-03-05",
    endsOn: "2019-03-05",
    place: "Vennesla",
    description: "Siste samling: erfaringer med lederavtaler og felles virksomhetsplan, ledelse i utviklingsarbeid og et nytt årshjul for partnerskapene.",
    programme: [
      [0, "09:30", "10:30", "Partnerskap og kommunesammenslåing i praksis", "Nav-leder i Kristiansand", "innlegg"],
      [0, "10:30", "11:15", "Lokalt arbeid så langt: felles virksomhetsplaner og tjenesteutvikling", "NORCE", "innlegg"],
      [0, "11:15", "12:00", "Ledelse i utviklingsarbeid", "KS", "innlegg"],
      [0, "12:00", "12:45", "Lunsj", "", "pause"],
      [0, "12:45", "14:00", "Tillit versus styring og kontroll", "Grupper på tvers av kontor", "gruppearbeid"],
      [0, "14:00", "14:45", "Nytt årshjul for partnerskapene i Agder", "KS, Nav Agder og rådmenn", "plenum"],
      [0, "14:45", "15:15", "Oppsummering av nettverket", "ASD, Arbeids- og velferdsdirektoratet og KS", "plenum"],
      [0, "15:15", "15:30", "Evaluering", "", "plenum"],
    ],
    participants: { fylke: 3, radmenn: 5, navledere: 8, avdelingsledere: 6 },
    highAnswers: [13, 14, 11, 12, 11, 13],
  },
];

/** Expectation themes of samling 1 and the role groups that raised each (003: 3000–3260). */
const expectationThemes: { target: ExpectationTarget; label: string; text: string; groups: RoleGroup[] }[] = [
  { target: "radmann", label: "Nav mer inn i kommunens planarbeid", text: "Ta Nav-kontoret med i kommunens planprosesser fra starten", groups: ["fylke", "radmenn", "navledere", "avdelingsledere"] },
  { target: "radmann", label: "Spre kunnskap om Nav i kommunen", text: "Gjøre Nav-kontoret kjent for de andre kommunale enhetene", groups: ["navledere", "avdelingsledere"] },
  { target: "radmann", label: "I forkant av reformer og regelendringer", text: "Forberede partnerskapet før nye reformer og regler kommer", groups: ["fylke", "navledere"] },
  { target: "radmann", label: "Mer aktiv ledelse", text: "Være mer på: tydelige forventninger og oppfølging av kontoret", groups: ["fylke", "radmenn", "navledere", "avdelingsledere"] },
  { target: "radmann", label: "Flere møtepunkter", text: "Flere faste møter mellom kommunen og Nav-lederen", groups: ["radmenn", "navledere"] },
  { target: "radmann", label: "Felles virksomhetsplan og mål", text: "Én felles plan med mål fra både kommune og stat", groups: ["radmenn", "navledere"] },
  { target: "radmann", label: "Tillit til Nav-lederen", text: "Vise tillit og la Nav-lederen sette saker på dagsorden", groups: ["fylke", "navledere"] },
  { target: "radmann", label: "Pådriver for likere vilkår", text: "Arbeide for like vilkår for kommunalt og statlig ansatte", groups: ["navledere", "avdelingsledere"] },
  { target: "radmann", label: "Fronte kommunens interesser overfor staten", text: "Si tydelig fra om kommunens behov overfor statlige etater", groups: ["radmenn"] },
  { target: "radmann", label: "Nav-lederen i rådmannens ledergruppe", text: "Nav-lederen bør sitte i ledergruppen for sektoren", groups: ["navledere", "avdelingsledere"] },
  { target: "radmann", label: "Rydde i tjenesteporteføljen", text: "Gå gjennom hvilke kommunale tjenester kontoret skal ha", groups: ["fylke", "radmenn"] },
  { target: "radmann", label: "Mer ansvar for samfunnsoppdraget", text: "Ta et større eierskap til Navs samfunnsoppdrag i kommunen", groups: ["fylke", "avdelingsledere"] },
  { target: "fylkesdirektor", label: "Mer lokal styring av tiltaksmidler", text: "La kontoret styre mer av tiltaksmidlene selv", groups: ["navledere", "avdelingsledere"] },
  { target: "fylkesdirektor", label: "Kjempe for lokal frihet", text: "Stå opp for handlingsrommet til det enkelte kontor", groups: ["navledere", "radmenn"] },
  { target: "fylkesdirektor", label: "Lokal kompetansebygging", text: "Bygge kompetanse lokalt i stedet for sentralt", groups: ["navledere", "avdelingsledere"] },
  { target: "fylkesdirektor", label: "Ikke regionale korps", text: "Unngå regionale vikarkorps som tar ressurser fra kontoret", groups: ["navledere", "avdelingsledere"] },
  { target: "fylkesdirektor", label: "Mer produksjon, mindre administrasjon", text: "Mindre rapportering og mer tid til oppfølging", groups: ["avdelingsledere"] },
  { target: "fylkesdirektor", label: "Dele ressurser med kommunen", text: "Åpne for felles stillinger med kommunen, for eksempel psykolog", groups: ["radmenn", "avdelingsledere"] },
  { target: "fylkesdirektor", label: "Partnerskapet som arena for utvikling", text: "Løfte partnerskapet fram som stedet der utvikling skjer", groups: ["fylke", "radmenn"] },
  { target: "fylkesdirektor", label: "Lokal pott til tiltak", text: "En pott penger partnerskapet selv kan bruke på tiltak", groups: ["radmenn", "navledere"] },
  { target: "fylkesdirektor", label: "Synliggjøre kommunale ressursbehov", text: "Få fram behovet for kommunale ressurser i den statlige styringen", groups: ["radmenn"] },
  { target: "fylkesdirektor", label: "Tåle mer ulikhet mellom kontorene", text: "Akseptere at kontorene løser oppgavene ulikt", groups: ["fylke", "navledere"] },
  { target: "fylkesdirektor", label: "Mål og analyse forankret lokalt", text: "Målbildet må bygge på lokale og regionale analyser", groups: ["radmenn", "navledere"] },
  { target: "fylkesdirektor", label: "Bruke virkemidlene på nye måter", text: "Prøve ut nye måter å bruke de statlige virkemidlene på", groups: ["fylke", "avdelingsledere"] },
  { target: "fylkesdirektor", label: "Prioritere det lokale nivået", text: "Prioritere kontorene framfor regionale oppgaver", groups: ["radmenn", "navledere"] },
  { target: "fylkesdirektor", label: "Besøke Nav-kontoret", text: "Komme på besøk og se hverdagen på kontoret", groups: ["navledere", "avdelingsledere"] },
];

/** A plausible spread of the answers below 5, so the distributions look like real ones. */
const LOWER_VALUES = [4, 3, 4, 2, 4, 3, 1, 4, 3, 2];

const at = (isoDate: string, time: string) => osloLocalToUtc(isoDate, time);
const addDaysIso = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The facilitator's scope in a network, as networkFacilitatorProcedure builds it. */
async function facilitating(db: Database, facilitator: Actor, networkId: string): Promise<NetworkScope> {
  const [found] = await db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.id, networkId)).limit(1);
  return networkScope(db, facilitator.userId, found!, await loadNetworkAccess(db, facilitator.userId, networkId));
}

async function userActor(db: Database, email: string): Promise<Actor> {
  const found = await findUserByEmail(db, email);
  if (!found) throw new Error(`Demo user ${email} is missing; seed the partnerships first.`);
  return { userId: found.id };
}

async function partnershipIdsBySlug(db: Database) {
  return new Map((await db.select({ id: partnership.id, slug: partnership.slug }).from(partnership)).map((p) => [p.slug, p.id]));
}

/** Invites the partnerships and lets each Nav-leder answer; `accept` false leaves the invitation open. */
async function addMembers(
  db: Database,
  facilitator: NetworkScope,
  members: { slug: string; accept: boolean; sharePlans?: boolean; shareNotes?: boolean; shareLatestAssessment?: boolean }[],
  dates: { invitedOn: string; answeredOn: string },
) {
  const ids = await partnershipIdsBySlug(db);
  for (const member of members) {
    const partnershipId = ids.get(member.slug)!;
    const invited = await invitePartnership(facilitator, { partnershipId }, at(dates.invitedOn, "09:00"));
    if (!member.accept) continue;
    const demo = agderPartnerships.find((p) => p.slug === member.slug)!;
    const sharing = { shareStatuses: true, sharePriorities: true, shareNotes: member.shareNotes ?? false, sharePlans: member.sharePlans ?? false };
    const { userId } = await userActor(db, demo.navLeder.email);
    const ref = (await findPartnershipBySlug(db, member.slug))!;
    const leader = partnershipScope(db, userId, ref, await loadPartnershipAccess(db, userId, ref));
    const answered = await respondToInvitation(leader, { memberId: invited.id, version: invited.version, accept: true, ...sharing }, at(dates.answeredOn, "12:00"));
    if (member.shareLatestAssessment) {
      // A network started after the office's last assessment sees nothing until the office chooses one to share.
      const [latest] = await db
        .select({ id: assessment.id })
        .from(assessment)
        .where(and(eq(assessment.partnershipId, partnershipId), eq(assessment.status, "closed")))
        .orderBy(desc(assessment.heldOn))
        .limit(1);
      if (latest) await updateSharing(leader, { memberId: invited.id, version: answered.version, ...sharing, sharedAssessmentId: latest.id });
    }
  }
}

async function createSamling(facilitator: NetworkScope, spec: Omit<DemoGathering, "participants" | "highAnswers">) {
  const created = await createGathering(facilitator, {
    title: spec.title,
    startsOn: spec.startsOn,
    endsOn: spec.endsOn,
    place: spec.place,
    description: spec.description,
  });
  for (const [dayIndex, startTime, endTime, title, speaker, kind] of spec.programme) {
    await addProgrammeItem(facilitator, { gatheringId: created.id, day: addDaysIso(spec.startsOn, dayIndex), startTime, endTime, title, speaker, kind });
  }
  return created;
}

interface JoinedParticipant {
  token: string;
  roleGroup: RoleGroup;
}

/** Runs a past samling's live tasks as they happened, then closes it: the answers go in through the same rules as on the day. */
async function runPastSamling(db: Database, facilitator: NetworkScope, spec: DemoGathering, officeIds: string[]) {
  const created = await createSamling(facilitator, spec);
  const tasks = [
    ...(spec.expectations ? [await addTask(facilitator, { gatheringId: created.id, kind: "forventninger" })] : []),
    await addTask(facilitator, { gatheringId: created.id, kind: "evaluering", statements: [...defaultEvaluationStatements] }),
  ];
  const opened = await setLive(facilitator, { gatheringId: created.id, version: created.version, open: true });

  let office = 0;
  const participants: JoinedParticipant[] = [];
  for (const [roleGroup, count] of Object.entries(spec.participants) as [RoleGroup, number][]) {
    for (let i = 0; i < count; i++) {
      const partnershipId = roleGroup === "fylke" ? null : officeIds[office++ % officeIds.length]!;
      const joined = await joinWorkshop(db, null, { code: opened.joinCode!, name: `Deltaker ${participants.length + 1}`, roleGroup, partnershipId });
      participants.push({ token: joined.token, roleGroup });
    }
  }

  for (const task of tasks) {
    const open = await setTaskStatus(facilitator, { gatheringId: created.id, taskId: task.id, version: task.version, status: "apen" });
    if (task.kind === "forventninger") await answerExpectations(db, participants, task.id);
    else await answerEvaluation(db, participants, task.id, spec.highAnswers);
    const closed = await setTaskStatus(facilitator, { gatheringId: created.id, taskId: task.id, version: open.version, status: "lukket" });
    await setResultsVisible(facilitator, { gatheringId: created.id, taskId: task.id, version: closed.version, visible: true });
    if (task.kind === "forventninger") await sortExpectations(db, facilitator, created.id, task.id);
  }
  const [live] = await db.select({ version: gathering.version }).from(gathering).where(eq(gathering.id, created.id)).limit(1);
  await setLive(facilitator, { gatheringId: created.id, version: live!.version, open: false });

  // The rows carry the day of the samling, not the day the demo was loaded.
  const last = spec.programme.at(-1)!;
  const closedAt = at(spec.endsOn, last[2]);
  await db.update(gathering).set({ liveOpenedAt: at(spec.startsOn, spec.programme[0]![1]), liveClosedAt: closedAt }).where(eq(gathering.id, created.id));
  await db.update(workshopTask).set({ openedAt: at(spec.endsOn, last[1]), closedAt }).where(eq(workshopTask.gatheringId, created.id));
  for (const task of tasks) await db.update(workshopAnswer).set({ submittedAt: at(spec.endsOn, last[1]) }).where(eq(workshopAnswer.taskId, task.id));
}

async function answerEvaluation(db: Database, participants: JoinedParticipant[], taskId: string, highAnswers: readonly number[]) {
  for (const [index, p] of participants.entries()) {
    const answers = highAnswers.map((high, statement) => {
      // The first `high` participants (rotated per statement) answer 5 or 6; the rest below.
      const rank = (index + statement * 3) % participants.length;
      const value = rank < high ? (rank % 3 === 0 ? 5 : 6) : LOWER_VALUES[(rank + statement) % LOWER_VALUES.length]!;
      return { item: String(statement), value: String(value) };
    });
    await submitAnswers(db, await participantByToken(db, p.token), { taskId, answers });
  }
}

/** Each theme gets one expectation from a participant of every role group that raised it, at most three per person and owner. */
async function answerExpectations(db: Database, participants: JoinedParticipant[], taskId: string) {
  const written = new Map<string, number>();
  for (const theme of expectationThemes) {
    for (const group of theme.groups) {
      const writer = participants
        .filter((p) => p.roleGroup === group)
        .sort((a, b) => (written.get(`${a.token}-${theme.target}`) ?? 0) - (written.get(`${b.token}-${theme.target}`) ?? 0))[0]!;
      const key = `${writer.token}-${theme.target}`;
      const slot = (written.get(key) ?? 0) + 1;
      written.set(key, slot);
      await submitAnswers(db, await participantByToken(db, writer.token), { taskId, answers: [{ item: `${theme.target}-${slot}`, value: theme.text }] });
    }
  }
}

async function sortExpectations(db: Database, facilitator: NetworkScope, gatheringId: string, taskId: string) {
  const answers = await db.select().from(workshopAnswer).where(eq(workshopAnswer.taskId, taskId)).orderBy(workshopAnswer.submittedAt, workshopAnswer.id);
  for (const theme of expectationThemes) {
    const created = await addTheme(facilitator, { gatheringId, taskId, target: theme.target, label: theme.label });
    for (const answer of answers.filter((a) => a.value === theme.text && a.item.startsWith(theme.target))) {
      await assignTheme(facilitator, { gatheringId, taskId, answerId: answer.id, themeId: created.id });
    }
  }
}

const pilotMembers = ["kvinesdal", "flekkefjord", "farsund", "vennesla", "froland", "arendal", "grimstad", "gjerstad", "bykle", "valle", "bygland"];

async function seedPilotNetwork(db: Database, facilitator: Actor) {
  const mark = auditMark();
  const created = await createNetwork(db, facilitator, {
    name: PILOT_NETWORK_NAME,
    description:
      "Pilotnettverket der mulighetsrommet i Nav-partnerskapet ble utviklet: elleve partnerskap i Agder, fire felles samlinger og lokalt utviklingsarbeid i hvert kontor mellom samlingene. Ledet av KS, med NORCE som forskningspartner.",
    periodStart: "2018-03-01",
    periodEnd: "2019-06-30",
  });
  const running = await facilitating(db, facilitator, created.id);
  await addMembers(
    db,
    running,
    pilotMembers.map((slug) => ({
      slug,
      accept: true,
      sharePlans: slug === "arendal" || slug === "grimstad",
      // Arendal also shares what it wrote about its three areas, so the network page shows notes.
      shareNotes: slug === "arendal",
    })),
    {
      invitedOn: "2018-03-05",
      answeredOn: "2018-03-16",
    },
  );
  await backdateAudit(db, mark, at("2018-03-05", "09:00"));
  const ids = await partnershipIdsBySlug(db);
  const officeIds = pilotMembers.map((slug) => ids.get(slug)!);
  for (const spec of pilotGatherings) {
    const before = auditMark();
    await runPastSamling(db, running, spec, officeIds);
    await backdateAudit(db, before, at(spec.startsOn, spec.programme[0]![1]));
  }
}

async function seedCurrentNetwork(db: Database, facilitator: Actor) {
  const mark = auditMark();
  const created = await createNetwork(db, facilitator, {
    name: CURRENT_NETWORK_NAME,
    description: "Oppfølgingen av pilotnettverket: partnerskapene bruker modellen som sjekkliste i partnerskapsmøtene og møtes to ganger i året.",
    periodStart: "2026-09-01",
    periodEnd: "2027-12-31",
  });
  const running = await facilitating(db, facilitator, created.id);
  await addMembers(
    db,
    running,
    [
      { slug: "grimstad", accept: true, sharePlans: true, shareLatestAssessment: true },
      { slug: "arendal", accept: true, sharePlans: true, shareLatestAssessment: true },
      { slug: "vennesla", accept: true },
      { slug: "kvinesdal", accept: false },
    ],
    { invitedOn: "2026-09-14", answeredOn: "2026-09-28" },
  );
  const samling = await createSamling(running, {
    title: "Samling 1: Eierskap og felles mål",
    startsOn: "2027-01-20",
    endsOn: "2027-01-20",
    place: "Grimstad",
    description: "Status i hvert partnerskap, valg av utviklingsområder for 2027 og forventninger til eierne.",
    programme: [
      [0, "09:30", "10:00", "Velkommen og status i nettverket", "KS Agder", "plenum"],
      [0, "10:00", "10:45", "Selvvurdering av de 20 utviklingsområdene", "Alle, på mobilen", "gruppearbeid"],
      [0, "10:45", "11:30", "Velg og prioriter områder for 2027", "Grupper per kontor", "gruppearbeid"],
      [0, "11:30", "12:15", "Lunsj", "", "pause"],
      [0, "12:15", "13:15", "Forventninger til eierne", "Grupper etter rolle", "gruppearbeid"],
      [0, "13:15", "13:45", "Oppsummering og evaluering", "KS Agder", "plenum"],
    ],
  });
  for (const kind of ["selvvurdering", "prioritering", "forventninger", "evaluering"] as const) {
    await addTask(running, { gatheringId: samling.id, kind });
  }
  await backdateAudit(db, mark, at("2026-09-14", "10:00"));
}

/** Only when the networks are not there yet, so a re-run leaves what people did in the demo alone. */
export async function seedNettverkDemo(db: Database) {
  const facilitator = await userActor(db, demoFacilitator.email);
  const exists = async (name: string) => (await db.select({ id: network.id }).from(network).where(eq(network.name, name)).limit(1)).length > 0;
  if (!(await exists(PILOT_NETWORK_NAME))) await seedPilotNetwork(db, facilitator);
  if (!(await exists(CURRENT_NETWORK_NAME))) await seedCurrentNetwork(db, facilitator);
}
