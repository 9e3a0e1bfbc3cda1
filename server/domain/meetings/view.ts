/** Read models for the meeting pages, the print views and the start page. */
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import {
  agendaItem,
  assessment,
  followUp,
  meeting,
  meetingDecision,
  meetingParticipant,
  minutesCorrection,
  partnership,
  user,
} from "~/db/schema";
import { loadRolesOfPeople } from "~/server/domain/access/load";
import { can } from "~/server/domain/access/permissions";
import type { Role } from "~/lib/roles";
import { roleLabel } from "~/lib/role-label";
import { isoToday } from "~/lib/dates";
import { listPartnershipPeople } from "~/server/domain/partnership/overview";
import type { PartnershipScope } from "~/server/domain/scope";
import { loadMeeting } from "./meetings";
import { approveRefusal, cancelRefusal, carriedFollowUps, editRefusal, invitationRefusal, isOverdue, pendingApprovers, sendMinutesRefusal } from "./rules";
import type { StandardAgendaKey } from "./standard-agenda";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

interface Viewer {
  userId: string;
  roles: readonly Role[];
}

/** Upcoming meetings (soonest first), then earlier ones by year (newest first). */
export async function listMeetings(scope: PartnershipScope, today = isoToday()) {
  const { db, partnership: { id: partnershipId } } = scope;
  const rows = await db
    .select({
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      status: meeting.status,
      minutesStatus: meeting.minutesStatus,
    })
    .from(meeting)
    .where(eq(meeting.partnershipId, partnershipId))
    // SQLite puts NULLs last in a descending order, PostgreSQL first: say which.
    .orderBy(desc(meeting.date), sql`${meeting.startTime} desc nulls last`);
  const upcoming = rows.filter((m) => m.date >= today && m.status !== "holdt").reverse();
  const earlier = rows.filter((m) => !upcoming.includes(m));
  const years = [...new Set(earlier.map((m) => Number(m.date.slice(0, 4))))];
  const openFollowUps = (
    await db
      .select({ id: followUp.id })
      .from(followUp)
      .where(and(eq(followUp.partnershipId, partnershipId), ne(followUp.status, "lukket")))
  ).length;
  return {
    upcoming,
    byYear: years.map((year) => ({ year, meetings: earlier.filter((m) => m.date.startsWith(String(year))) })),
    openFollowUps,
  };
}

/** Each person once, with the roles that reach the partnership: for choosing participants and owners. */
export async function peopleOf(scope: PartnershipScope, locale: Locale = "nb") {
  const { db, partnership: target } = scope;
  /** roles are labels to show; roleKeys are for pages that look for a role (the Nav-leder). */
  const byUser = new Map<string, { userId: string; name: string; roles: string[]; roleKeys: Role[] }>();
  for (const p of await listPartnershipPeople(db, target)) {
    const role = roleLabel(p.role, locale);
    const label = p.kommuneName && p.side === "kommune" ? `${role}, ${p.kommuneName}` : role;
    const entry = byUser.get(p.userId) ?? { userId: p.userId, name: p.name, roles: [], roleKeys: [] };
    if (!entry.roles.includes(label)) entry.roles.push(label);
    if (!entry.roleKeys.includes(p.role)) entry.roleKeys.push(p.role);
    byUser.set(p.userId, entry);
  }
  return [...byUser.values()];
}

export interface AppLink {
  title: string;
  href: string;
}

/** Every open follow-up of the partnership, with its meeting and owner. */
function openFollowUps(db: Executor, partnershipId: string) {
  return db
    .select({
      id: followUp.id,
      text: followUp.text,
      status: followUp.status,
      deadline: followUp.deadline,
      version: followUp.version,
      ownerUserId: followUp.ownerUserId,
      ownerName: user.name,
      meetingId: followUp.meetingId,
      meetingDate: meeting.date,
      meetingTitle: meeting.title,
    })
    .from(followUp)
    .innerJoin(meeting, eq(meeting.id, followUp.meetingId))
    .leftJoin(user, eq(user.id, followUp.ownerUserId))
    .where(and(eq(followUp.partnershipId, partnershipId), ne(followUp.status, "lukket")));
}

/** Everything one meeting's page, print views and invitation need, and what the signed-in person may do. */
/** `locale`: the language of the app's own words in the view (the links it adds to agenda items). */
export async function getMeeting(scope: PartnershipScope, input: { meetingId: string; locale?: Locale }, today = isoToday()) {
  const t = translator(input.locale ?? "nb", "meetings");
  const { db, partnership: target } = scope;
  const { meetingId } = input;
  const viewer: Viewer = { userId: scope.actor.userId, roles: scope.access.roles };
  const row = await loadMeeting(db, target.id, meetingId);
  const [office] = await db.select({ officeName: partnership.officeName }).from(partnership).where(eq(partnership.id, target.id)).limit(1);
  const people = await peopleOf(scope, input.locale);
  const rolesOf = new Map(people.map((p) => [p.userId, p.roles]));

  const participantRows = await db
    .select({
      userId: meetingParticipant.userId,
      name: user.name,
      attended: meetingParticipant.attended,
      minutesApprovedAt: meetingParticipant.minutesApprovedAt,
      minutesRemark: meetingParticipant.minutesRemark,
      minutesRemarkAt: meetingParticipant.minutesRemarkAt,
    })
    .from(meetingParticipant)
    .innerJoin(user, eq(user.id, meetingParticipant.userId))
    .where(eq(meetingParticipant.meetingId, row.id));
  const matrixRoles = await loadRolesOfPeople(db, participantRows.map((p) => p.userId), target);
  const participants = participantRows
    .map((p) => ({ ...p, roles: rolesOf.get(p.userId) ?? [], mayApprove: can(matrixRoles.get(p.userId) ?? [], "minutes:approve") }))
    .sort((a, b) => people.findIndex((p) => p.userId === a.userId) - people.findIndex((p) => p.userId === b.userId));

  const [latestAssessment] = await db
    .select({ id: assessment.id, occasion: assessment.occasion, heldOn: assessment.heldOn })
    .from(assessment)
    .where(eq(assessment.partnershipId, target.id))
    .orderBy(desc(assessment.heldOn), desc(assessment.createdAt))
    .limit(1);
  const base = `/partnerskap/${target.slug}`;
  const year = Number(row.date.slice(0, 4));
  const appLinksFor = (key: string | null): AppLink[] => {
    switch (key as StandardAgendaKey | null) {
      case "virksomhetsplan":
        return [{ title: t("appLinks.plan", { year: String(year) }), href: `${base}/virksomhetsplan/${year}` }];
      case "mulighetsrom":
        return latestAssessment
          ? [{ title: t("appLinks.latestAssessment", { occasion: latestAssessment.occasion }), href: `${base}/mulighetsrom/${latestAssessment.id}` }]
          : [{ title: t("appLinks.noAssessment"), href: `${base}/mulighetsrom` }];
      case "tjenesteportefolje":
        return [{ title: t("appLinks.portfolio"), href: base }];
      default:
        return [];
    }
  };

  const decisions = await db.select().from(meetingDecision).where(eq(meetingDecision.meetingId, row.id)).orderBy(asc(meetingDecision.position));
  const followUps = (
    await db
    .select({
      id: followUp.id,
      agendaItemId: followUp.agendaItemId,
      text: followUp.text,
      status: followUp.status,
      deadline: followUp.deadline,
      version: followUp.version,
      ownerUserId: followUp.ownerUserId,
      ownerName: user.name,
      closedAt: followUp.closedAt,
    })
    .from(followUp)
    .leftJoin(user, eq(user.id, followUp.ownerUserId))
    .where(eq(followUp.meetingId, row.id))
    .orderBy(asc(followUp.createdAt))
  ).map((f) => ({ ...f, overdue: isOverdue(f, today) }));
  const corrections = await db
    .select({
      id: minutesCorrection.id,
      agendaItemId: minutesCorrection.agendaItemId,
      text: minutesCorrection.text,
      createdAt: minutesCorrection.createdAt,
      authorName: user.name,
    })
    .from(minutesCorrection)
    .leftJoin(user, eq(user.id, minutesCorrection.authorUserId))
    .where(eq(minutesCorrection.meetingId, row.id))
    .orderBy(asc(minutesCorrection.createdAt));

  const agenda = (await db.select().from(agendaItem).where(eq(agendaItem.meetingId, row.id)).orderBy(asc(agendaItem.position))).map((item) => ({
      id: item.id,
      version: item.version,
      time: item.time,
      title: item.title,
      responsible: item.responsible,
      description: item.description,
      links: item.links,
      appLinks: appLinksFor(item.standardKey),
      standardKey: item.standardKey,
      minutes: item.minutes,
      decisions: decisions.filter((d) => d.agendaItemId === item.id),
      followUps: followUps.filter((f) => f.agendaItemId === item.id),
      corrections: corrections.filter((c) => c.agendaItemId === item.id),
    }));
  const itemIds = new Set(agenda.map((i) => i.id));
  const loose = {
    decisions: decisions.filter((d) => !d.agendaItemId || !itemIds.has(d.agendaItemId)),
    followUps: followUps.filter((f) => !f.agendaItemId || !itemIds.has(f.agendaItemId)),
    corrections: corrections.filter((c) => !c.agendaItemId || !itemIds.has(c.agendaItemId)),
  };

  const carried = carriedFollowUps(await openFollowUps(db, target.id), row).map((f) => ({ ...f, overdue: isOverdue(f, today) }));

  const isEditor = can(viewer.roles, "meeting:manage");
  const me = participants.find((p) => p.userId === viewer.userId);
  const pending = pendingApprovers(participants);
  const editBlock = editRefusal(row);
  return {
    meeting: {
      id: row.id,
      version: row.version,
      title: row.title,
      date: row.date,
      startTime: row.startTime,
      endTime: row.endTime,
      place: row.place,
      status: row.status,
      invitationSentAt: row.invitationSentAt,
      minutesStatus: row.minutesStatus,
      minutesLockedAt: row.minutesLockedAt,
    },
    officeName: office!.officeName,
    participants,
    pendingApproverNames: participants.filter((p) => pending.some((x) => x.userId === p.userId)).map((p) => p.name),
    /** «Jeg har merknader» in this round, oldest first, for the office to follow up. */
    remarks: participants
      .filter((p) => p.minutesRemarkAt !== null)
      .sort((a, b) => a.minutesRemarkAt!.getTime() - b.minutesRemarkAt!.getTime())
      .map((p) => ({ userId: p.userId, name: p.name, remark: p.minutesRemark, at: p.minutesRemarkAt!, approvedAt: p.minutesApprovedAt })),
    agenda,
    loose,
    carried,
    people,
    viewer: {
      userId: viewer.userId,
      isEditor,
      isParticipant: Boolean(me),
      /** The viewer's own remark in this round, when they have written one. */
      myRemark: me?.minutesRemarkAt ? me.minutesRemark : null,
    },
    can: {
      edit: isEditor && editBlock === null,
      sendInvitation: isEditor && invitationRefusal(row) === null,
      cancel: isEditor && cancelRefusal(row) === null,
      sendMinutes: isEditor && sendMinutesRefusal(row, participants) === null,
      withdrawMinutes: isEditor && row.minutesStatus === "til_godkjenning",
      approve: approveRefusal(row, me) === null,
      /** «Jeg har merknader»: the same people and moment as approving. */
      remark: approveRefusal(row, me) === null,
      correct: isEditor && row.minutesLockedAt !== null,
    },
    /** Why the content cannot change now (null when it can), for the page to say. */
    editBlock,
    sendMinutesBlock: isEditor ? sendMinutesRefusal(row, participants) : null,
  };
}

export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;

// --- The start page ------------------------------------------------------------------------

/** Open follow-ups the person owns, in partnerships they still reach. */
export async function followUpsOwnedBy(db: Executor, userId: string, partnershipIds: readonly string[], today = isoToday()) {
  if (partnershipIds.length === 0) return [];
  const rows = await db
    .select({
      id: followUp.id,
      text: followUp.text,
      status: followUp.status,
      deadline: followUp.deadline,
      meetingId: followUp.meetingId,
      meetingDate: meeting.date,
      slug: partnership.slug,
      officeName: partnership.officeName,
    })
    .from(followUp)
    .innerJoin(meeting, eq(meeting.id, followUp.meetingId))
    .innerJoin(partnership, eq(partnership.id, followUp.partnershipId))
    .where(and(eq(followUp.ownerUserId, userId), ne(followUp.status, "lukket"), inArray(followUp.partnershipId, [...partnershipIds])));
  return rows.map((f) => ({ ...f, overdue: isOverdue(f, today) }));
}

/**
 * Minutes on approval where the person was present and has not approved yet; `hasRemark` when
 * they have said «Jeg har merknader» (still not an approval, so the minutes still wait for them).
 */
export async function minutesAwaitingApproval(db: Executor, userId: string, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  const rows = await db
    .select({
      meetingId: meeting.id,
      title: meeting.title,
      date: meeting.date,
      slug: partnership.slug,
      officeName: partnership.officeName,
      remarkAt: meetingParticipant.minutesRemarkAt,
    })
    .from(meetingParticipant)
    .innerJoin(meeting, eq(meeting.id, meetingParticipant.meetingId))
    .innerJoin(partnership, eq(partnership.id, meeting.partnershipId))
    .where(
      and(
        eq(meetingParticipant.userId, userId),
        eq(meetingParticipant.attended, true),
        isNull(meetingParticipant.minutesApprovedAt),
        eq(meeting.minutesStatus, "til_godkjenning"),
        inArray(meeting.partnershipId, [...partnershipIds]),
      ),
    );
  return rows.map(({ remarkAt, ...m }) => ({ ...m, hasRemark: remarkAt !== null }));
}
