/**
 * Partnerskapsmøter for Nav Grimstad, as things stand in late autumn 2026: two meetings held in
 * 2026 (April at the office, October at the rådhus), each with the standard agenda adjusted,
 * minutes under every item, decisions and follow-ups. The April minutes were approved by all
 * present and are locked (with one dated correction); the October minutes wait for the
 * fylkesdirektør. Three follow-ups are still open, two of them owned by the kommunedirektør
 * (radmann@demo.no), so his start page shows them; a spring meeting in 2027 is planned and
 * carries them on its agenda.
 *
 * Everything goes through the domain functions and their input schemas, as the people would
 * have done it, and every timestamp (rows and audit trail) is moved to when that step happened.
 * Idempotent: a partnership that already has a meeting is left alone. Invented texts and people
 * (agder.ts); links are examples.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { agendaItem, followUp, meeting, meetingParticipant, minutesCorrection, partnership } from "~/db/schema";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import {
  addAgendaItem,
  addAgendaItemInput,
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
  updateAgendaItemInput,
} from "~/server/domain/meetings/agenda";
import { addFollowUp, addFollowUpInput, setFollowUpStatus } from "~/server/domain/meetings/follow-ups";
import { createMeeting, createMeetingInput, sendInvitation } from "~/server/domain/meetings/meetings";
import {
  addCorrection,
  addDecision,
  addDecisionInput,
  approveMinutes,
  saveItemMinutes,
  sendMinutes,
  setAttendance,
} from "~/server/domain/meetings/minutes";
import type { StandardAgendaKey } from "~/server/domain/meetings/standard-agenda";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";
import type { FollowUpStatus } from "~/lib/meetings";
import { auditMark, backdateAudit } from "./assessment-builder";
import { oslo } from "./virksomhetsplan-demo";

const NAV_LEDER = "navleder@demo.no";
const RADMANN = "radmann@demo.no";
const KOMMUNALSJEF = "kommunalsjef.grimstad@demo.no";
const AVDELINGSLEDER = "avdelingsleder.grimstad@demo.no";
const FYLKESDIREKTOR = "fylkesdirektor@demo.no";
const FYLKESSTAB = "fylkesstab@demo.no";

interface SeedFollowUp {
  text: string;
  owner: string;
  deadline: string;
  /** Status changes after the meeting, by the owner: [status, date]. */
  changes?: readonly [FollowUpStatus, string][];
}

interface SeedItem {
  /** A standard item by its key, or a new one by its title. */
  key?: StandardAgendaKey;
  title?: string;
  time?: string;
  responsible?: string;
  description?: string;
  links?: { title: string; url: string }[];
  minutes: string;
  decisions?: readonly string[];
  followUps?: readonly SeedFollowUp[];
}

interface SeedMeeting {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  plannedAt: string;
  invitedAt?: string;
  participants: readonly string[];
  /** The agenda after the Nav-leder's changes; standard items not named are removed. */
  agenda?: readonly SeedItem[];
  present?: readonly string[];
  minutesSentAt?: string;
  approvals?: readonly [string, string][];
  corrections?: readonly { item: StandardAgendaKey; text: string; at: string }[];
}

const april: SeedMeeting = {
  date: "2026-04-21",
  startTime: "09:00",
  endTime: "11:30",
  place: "Møterommet «Fjæra», Nav Grimstad",
  plannedAt: "2026-03-10",
  invitedAt: "2026-04-07",
  participants: [NAV_LEDER, RADMANN, KOMMUNALSJEF, AVDELINGSLEDER, FYLKESDIREKTOR],
  agenda: [
    {
      key: "virksomhetsplan",
      minutes:
        "Planen for 2026 ble godkjent i januar. Jobbmessen for unge er gjennomført med 14 arbeidsgivere. Arbeidet med bedre brukermøter er i rute; kompetanseplanen er forsinket og kommer før sommeren.",
      decisions: ["Partnerskapet tar statusen til orientering. Kompetanseplanen legges fram i høstmøtet."],
    },
    {
      key: "resultater",
      minutes:
        "Overgangen til arbeid for unge er litt bedre enn i fjor. Utbetalt sosialhjelp ligger over budsjett første tertial, mest til boutgifter. Sykefraværet er 6,8 %, over grensen på 6,3 %.",
      followUps: [
        {
          text: "Lage en felles oversikt over unge under 30 som får sosialhjelp og er i oppfølging hos Nav",
          owner: KOMMUNALSJEF,
          deadline: "2026-06-15",
          changes: [
            ["pagar", "2026-05-04"],
            ["lukket", "2026-06-10"],
          ],
        },
      ],
    },
    {
      key: "mulighetsrom",
      minutes: "Gjennomgang av vurderingen fra 2025. Partnerskapet er enige om at samarbeidet om unge fortsatt er hovedområdet.",
    },
    {
      key: "utfordringsbilde",
      minutes:
        "For et halvt år siden: mange unge uten aktivitet. I dag: flere i tiltak, men ventetid på arbeidsrettede tilbud. Fremover: Nav-lederen foreslår et felles tiltaksfond for tiltak som faller mellom budsjettene.",
      decisions: ["Kommunedirektøren og Nav-lederen utreder et felles tiltaksfond til høstmøtet."],
      followUps: [
        {
          text: "Utrede et felles tiltaksfond for arbeidsrettede tiltak for unge",
          owner: RADMANN,
          deadline: "2026-09-30",
          changes: [["pagar", "2026-08-18"]],
        },
      ],
    },
    {
      key: "politiske_signaler",
      minutes: "Kommunestyret har bedt om en sak om ungdom utenfor arbeid og skole før sommeren. Nav Agder varsler en stram ramme for 2027.",
    },
    {
      title: "Flyktningtjenesten etter sommeren",
      responsible: "Kommunalsjef helse og velferd",
      minutes: "Kommunen tar imot færre flyktninger i år. Bemanningen i flyktningtjenesten må avklares før sommerferien.",
      followUps: [
        {
          text: "Avklare bemanningen i flyktningtjenesten fra august",
          owner: NAV_LEDER,
          deadline: "2026-06-30",
          changes: [["lukket", "2026-06-24"]],
        },
      ],
    },
    { key: "eventuelt", minutes: "Ingen saker." },
  ],
  present: [NAV_LEDER, RADMANN, KOMMUNALSJEF, AVDELINGSLEDER, FYLKESDIREKTOR],
  minutesSentAt: "2026-04-24",
  // The owners present approve (the role matrix); the Nav-leder wrote the minutes.
  approvals: [
    [KOMMUNALSJEF, "2026-04-27"],
    [RADMANN, "2026-04-28"],
    [FYLKESDIREKTOR, "2026-04-30"],
  ],
  corrections: [{ item: "resultater", text: "Sykefraværet var 6,6 %, ikke 6,8 %. Tallet i referatet var fra mars alene.", at: "2026-05-12" }],
};

const october: SeedMeeting = {
  date: "2026-10-20",
  startTime: "09:00",
  endTime: "11:30",
  place: "Grimstad rådhus, formannskapssalen",
  plannedAt: "2026-09-01",
  invitedAt: "2026-10-06",
  participants: [NAV_LEDER, RADMANN, KOMMUNALSJEF, AVDELINGSLEDER, FYLKESDIREKTOR, FYLKESSTAB],
  agenda: [
    {
      key: "virksomhetsplan",
      minutes: "Kompetanseplanen er vedtatt i ledergruppen. Ni av tolv aktiviteter er i rute; to er utsatt til 2027.",
      decisions: ["Utsatte aktiviteter tas inn i utkastet til virksomhetsplanen for 2027."],
    },
    {
      key: "resultater",
      minutes: "Flere unge har gått til arbeid eller utdanning enn i fjor. Sosialhjelpen er fortsatt over budsjett, men lavere enn i vår.",
      followUps: [
        {
          text: "Sende eierne en oversikt over sykefraværet per avdeling",
          owner: AVDELINGSLEDER,
          deadline: "2026-11-15",
          changes: [["lukket", "2026-11-12"]],
        },
      ],
    },
    { key: "mulighetsrom", minutes: "Ny vurdering i mulighetsrommet gjøres i februar, før virksomhetsplanen for 2027 godkjennes." },
    {
      key: "utfordringsbilde",
      minutes:
        "I vår: ventetid på tiltak. Nå: kortere ventetid etter samarbeid med læringssenteret. Fremover: flere unge med psykiske helseplager; partnerskapet er enige om at arbeid skal prøves før uføretrygd.",
      decisions: ["Partnerskapet ber Nav-lederen lage et forslag til et felles løp for unge med psykiske helseplager."],
      followUps: [
        {
          text: "Legge fram forslag til et felles løp for unge med psykiske helseplager",
          owner: NAV_LEDER,
          deadline: "2027-02-28",
        },
      ],
    },
    {
      key: "politiske_signaler",
      links: [{ title: "Budsjett 2027 og handlingsplan (Grimstad kommune)", url: "https://www.grimstad.kommune.no/" }],
      minutes: "Budsjettforslaget for 2027 viderefører rammen til Nav-kontoret. Statlig ramme blir kjent i januar.",
      followUps: [
        {
          text: "Avklare kommunens ramme for Nav-kontoret i 2027 etter budsjettvedtaket",
          owner: RADMANN,
          deadline: "2026-12-18",
        },
      ],
    },
    { key: "tjenesteportefolje", minutes: "Ingen endringer i de kommunale tjenestene for 2027." },
    { key: "eventuelt", minutes: "Neste møte blir i mars 2027." },
  ],
  present: [NAV_LEDER, RADMANN, AVDELINGSLEDER, FYLKESDIREKTOR],
  minutesSentAt: "2026-10-23",
  approvals: [
    [RADMANN, "2026-10-26"],
  ],
};

const spring2027: SeedMeeting = {
  date: "2027-03-16",
  startTime: "09:00",
  endTime: "11:30",
  place: "Møterommet «Fjæra», Nav Grimstad",
  plannedAt: "2026-11-02",
  participants: [NAV_LEDER, RADMANN, KOMMUNALSJEF, AVDELINGSLEDER, FYLKESDIREKTOR],
};

export async function seedMoterDemo(db: Database) {
  const [grimstad] = await db
    .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
    .from(partnership)
    .where(eq(partnership.slug, "grimstad"))
    .limit(1);
  if (!grimstad) return;
  if ((await db.select({ id: meeting.id }).from(meeting).where(eq(meeting.partnershipId, grimstad.id)).limit(1)).length > 0) return;
  const specs = [april, october, spring2027];
  const emails = new Set([
    NAV_LEDER,
    ...specs.flatMap((spec) => [
      ...spec.participants,
      ...(spec.approvals ?? []).map(([email]) => email),
      ...(spec.agenda ?? []).flatMap((item) => (item.followUps ?? []).map((f) => f.owner)),
    ]),
  ]);
  const ids = new Map<string, string>();
  for (const email of emails) {
    const found = await findUserByEmail(db, email);
    if (found) ids.set(email, found.id);
  }
  const userId = (email: string) => {
    const found = ids.get(email);
    if (!found) throw new Error(`moter demo: no user ${email}`);
    return found;
  };
  for (const spec of specs) await seedMeeting(db, grimstad, spec, userId);
}

async function seedMeeting(db: Database, target: PartnershipRef, spec: SeedMeeting, userId: (email: string) => string) {
  /** Each step as the person who took it, with their roles in the partnership. */
  const as = async (personId: string) => partnershipScope(db, personId, target, await loadPartnershipAccess(db, personId, target));
  const leader = await as(userId(NAV_LEDER));
  /** Runs one step and moves its rows in the audit trail to when it happened. */
  const at = async <T>(date: string, time: string, step: () => Promise<T>): Promise<T> => {
    const mark = auditMark();
    const result = await step();
    await backdateAudit(db, mark, oslo(date, time));
    return result;
  };

  const { id } = await at(spec.plannedAt, "10:00", () =>
    createMeeting(
      leader,
      createMeetingInput.parse({
        title: "Partnerskapsmøte",
        date: spec.date,
        startTime: spec.startTime,
        endTime: spec.endTime,
        place: spec.place,
        participantUserIds: spec.participants.map(userId),
        standardAgenda: true,
      }),
    ),
  );
  const plannedAt = oslo(spec.plannedAt, "10:00");
  await db.update(meeting).set({ createdAt: plannedAt, updatedAt: plannedAt }).where(eq(meeting.id, id));
  await db.update(meetingParticipant).set({ createdAt: plannedAt }).where(eq(meetingParticipant.meetingId, id));
  const version = async () => (await db.select({ v: meeting.version }).from(meeting).where(eq(meeting.id, id)).limit(1))[0]!.v;
  const items = () => db.select().from(agendaItem).where(eq(agendaItem.meetingId, id)).orderBy(agendaItem.position);

  // The Nav-leder adjusts the standard agenda: removes what is not needed, adds and changes items.
  if (spec.agenda) {
    const agenda = spec.agenda;
    await at(spec.plannedAt, "10:05", async () => {
      for (const item of await items()) {
        if (item.standardKey && !agenda.some((s) => s.key === item.standardKey)) {
          await removeAgendaItem(leader, { itemId: item.id, version: item.version });
        }
      }
      for (const s of agenda) {
        const existing = s.key ? (await items()).find((i) => i.standardKey === s.key) : undefined;
        if (existing) {
          if (s.links || s.responsible || s.description) {
            await updateAgendaItem(
              leader,
              updateAgendaItemInput.parse({
                itemId: existing.id,
                version: existing.version,
                time: existing.time,
                title: existing.title,
                responsible: s.responsible ?? existing.responsible,
                description: s.description ?? existing.description,
                links: s.links ?? existing.links,
              }),
            );
          }
        } else if (s.title) {
          await addAgendaItem(
            leader,
            addAgendaItemInput.parse({ meetingId: id, time: s.time ?? null, title: s.title, responsible: s.responsible ?? "", description: s.description ?? "", links: s.links ?? [] }),
          );
        }
      }
      // "Eventuelt" stays last: moved below new items, as the Nav-leder would with the buttons.
      for (let list = await items(); list.length > 0 && list.at(-1)!.standardKey !== "eventuelt"; list = await items()) {
        const eventuelt = list.find((i) => i.standardKey === "eventuelt");
        if (!eventuelt) break;
        await moveAgendaItem(leader, { itemId: eventuelt.id, version: eventuelt.version, direction: "ned" });
      }
    });
  }

  if (spec.invitedAt) {
    const invitedAt = spec.invitedAt;
    await at(invitedAt, "14:00", async () => sendInvitation(leader, { meetingId: id, version: await version() }, oslo(invitedAt, "14:00")));
  }
  if (!spec.agenda || !spec.present) return;

  // During and after the meeting: attendance, minutes, decisions and follow-ups.
  const followUps: { id: string; spec: SeedFollowUp }[] = [];
  await at(spec.date, spec.endTime, async () => {
    await setAttendance(leader, {
      meetingId: id,
      version: await version(),
      attendance: spec.participants.map((email) => ({ userId: userId(email), attended: spec.present!.includes(email) })),
    });
    for (const s of spec.agenda!) {
      const item = (await items()).find((i) => (s.key ? i.standardKey === s.key : i.title === s.title))!;
      await saveItemMinutes(leader, { itemId: item.id, version: item.version, minutes: s.minutes });
      for (const text of s.decisions ?? []) await addDecision(leader, addDecisionInput.parse({ meetingId: id, agendaItemId: item.id, text }));
      for (const f of s.followUps ?? []) {
        const created = await addFollowUp(
          leader,
          addFollowUpInput.parse({ meetingId: id, agendaItemId: item.id, text: f.text, ownerUserId: userId(f.owner), deadline: f.deadline }),
        );
        followUps.push({ id: created.id, spec: f });
      }
    }
  });
  const heldAt = oslo(spec.date, spec.endTime);
  await db.update(followUp).set({ createdAt: heldAt, updatedAt: heldAt }).where(eq(followUp.meetingId, id));
  await db.update(agendaItem).set({ updatedAt: heldAt }).where(eq(agendaItem.meetingId, id));

  if (spec.minutesSentAt) await at(spec.minutesSentAt, "12:00", async () => sendMinutes(leader, { meetingId: id, version: await version() }));
  for (const [email, date] of spec.approvals ?? []) {
    const approver = await as(userId(email));
    await at(date, "15:30", async () => approveMinutes(approver, { meetingId: id, version: await version() }, oslo(date, "15:30")));
  }
  for (const c of spec.corrections ?? []) {
    const item = (await items()).find((i) => i.standardKey === c.item)!;
    const { id: correctionId } = await at(c.at, "09:00", async () => addCorrection(leader, { meetingId: id, agendaItemId: item.id, text: c.text }));
    await db.update(minutesCorrection).set({ createdAt: oslo(c.at, "09:00") }).where(eq(minutesCorrection.id, correctionId));
  }
  // The owners update their follow-ups afterwards.
  for (const f of followUps) {
    for (const [status, date] of f.spec.changes ?? []) {
      const [row] = await db.select().from(followUp).where(eq(followUp.id, f.id)).limit(1);
      const owner = await as(userId(f.spec.owner));
      await at(date, "11:00", async () => setFollowUpStatus(owner, { followUpId: f.id, version: row!.version, status }, oslo(date, "11:00")));
      await db.update(followUp).set({ updatedAt: oslo(date, "11:00") }).where(eq(followUp.id, f.id));
    }
  }
  await db.update(meeting).set({ updatedAt: oslo(spec.minutesSentAt ?? spec.date, "12:00") }).where(eq(meeting.id, id));
}
