/**
 * The one place an audit row becomes words: «Siste endringer» on the overview, the full
 * history page and each object's own history all call describeChange, in the reader's language
 * (namespace "history"). The row is read through the event schemas (server/domain/audit/events.ts);
 * a row of no known type still gets a sentence, never a raw code.
 */
import type { Locale } from "~/lib/i18n/locales";
import { translator, type Translator } from "~/lib/i18n/translate";
import { AREA_COUNT, areaKey, type AreaScore } from "~/lib/mulighetsrom/model";
import { agreementPointKeys, optionalServiceKeys } from "~/db/schema/enums";
import type { AgreementPointStatus } from "~/lib/partnership/catalogue";
import { readAuditEvent, type AuditEvent, type StoredAuditRow } from "~/server/domain/audit/events";

/** A stored audit row, as the history page and the overview read it. */
export type AuditChange = StoredAuditRow;

type EventOf<E extends AuditEvent["entity"]> = Extract<AuditEvent, { entity: E }>;
type Shown = string | { from: string; to: string } | undefined;

/** The translators a sentence draws on: its own words, the partnership's and the mulighetsrom's. */
interface Words {
  t: Translator<"history">;
  partnership: Translator<"partnership">;
  mulighetsrom: Translator<"mulighetsrom">;
}

const wordsFor = (locale: Locale): Words => ({
  t: translator(locale, "history"),
  partnership: translator(locale, "partnership"),
  mulighetsrom: translator(locale, "mulighetsrom"),
});

/** One audit row in words, without the actor: "la til tjenesten «Flyktningtjenesten»". */
export function describeChange(row: AuditChange, locale: Locale = "nb"): string {
  const event = readAuditEvent(row);
  return event ? describeEvent(event, locale) : somethingChanged(wordsFor(locale), row.action);
}

/** For rows of no known type, and for events no partnership's history tells apart. */
function somethingChanged({ t }: Words, action: string): string {
  if (action === "create") return t("event.somethingAdded");
  if (action === "delete") return t("event.somethingRemoved");
  return t("event.somethingChanged");
}

/** A title or text in quotes; an edited one is shown with its new text. */
const shownText = (text: Shown) => (typeof text === "string" ? text : (text?.to ?? ""));
const quoted = (text: Shown) => {
  const value = shownText(text);
  return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
};
const hasText = (text: Shown) => shownText(text).trim() !== "";
const yearOf = ({ t }: Words, year: number | undefined) => (year !== undefined ? t("event.forYear", { year: String(year) }) : "");
const isoToNorwegian = (date: string) => date.split("-").reverse().map(Number).join(".");

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const statusWord = (w: Words, status: AgreementPointStatus) => w.partnership(`agreementStatus.${status}`).toLowerCase();
const areaName = (w: Words, no: number | undefined) => {
  if (no === undefined || !Number.isInteger(no) || no < 1 || no > AREA_COUNT) return w.t("event.anArea");
  return w.mulighetsrom(`areas.${areaKey(no)}.name`);
};
const scoreWord = (w: Words, score: AreaScore) => w.mulighetsrom(`score.${score}`).toLowerCase();
const actionStatuses = ["ikke_startet", "pagar", "fullfort", "utsatt"] as const;
const actionStatusWord = ({ t }: Words, status: string) => (isKnown(actionStatuses, status) ? t(`event.actionStatus.${status}`) : t("event.actionStatus.other"));

export function describeEvent(event: AuditEvent, locale: Locale = "nb"): string {
  const w = wordsFor(locale);
  const { t } = w;
  switch (event.entity) {
    case "partnership":
      return event.action === "create" ? t("event.partnershipCreated") : t("event.partnershipUpdated");
    case "partnership_kommune":
      return t("event.kommuneAdded");
    case "agreement_point": {
      const { point, status } = event.changes;
      const label = isKnown(agreementPointKeys, point) ? w.partnership(`agreementPoint.${point}.label`) : t("event.anAgreementPoint");
      return status
        ? t("event.agreementPointStatus", { point: label, from: statusWord(w, status.from), to: statusWord(w, status.to) })
        : t("event.agreementPointNote", { point: label });
    }
    case "partnership_service":
      return describeService(w, event);
    case "role_assignment": {
      const { role } = event.changes;
      return role ? t("event.roleGiven", { role: w.partnership(`role.${role}`) }) : t("event.someRoleGiven");
    }
    case "invitation": {
      if (event.action === "create") {
        const { role } = event.changes;
        return role ? t("event.invited", { role: w.partnership(`role.${role}`) }) : t("event.someoneInvited");
      }
      if (event.changes.acceptedAt) return t("event.invitationAccepted");
      if (event.changes.revokedAt) return t("event.invitationRevoked");
      return t("event.invitationChanged");
    }
    case "assessment":
      return describeAssessment(w, event);
    case "assessment_participant":
      return event.changes.submitted?.from ? t("event.answersResubmitted") : t("event.answersSubmitted");
    case "assessment_area":
      return describeAssessmentArea(w, event);
    case "development_plan":
      return event.action === "create"
        ? t("event.developmentPlanCreated", { area: areaName(w, event.changes.areaNo) })
        : t("event.developmentPlanUpdated", { area: areaName(w, event.changes.areaNo) });
    case "development_action":
      return describeDevelopmentAction(w, event);
    case "business_plan":
      return describePlan(w, event);
    case "leader_agreement":
      return describeAgreement(w, event);
    case "leader_agreement_signature":
      return describeSignature(w, event);
    case "cycle_year": {
      const { template, year } = event.changes;
      return template === "fylke" ? t("event.cycleStartedFromTemplate", { year: yearOf(w, year) }) : t("event.cycleStarted", { year: yearOf(w, year) });
    }
    case "cycle_event":
      return describeCycleEvent(w, event);
    case "network_member":
      return describeNetworkMember(w, event);
    case "meeting":
      return describeMeeting(w, event);
    case "agenda_item":
      return describeAgendaItem(w, event);
    case "meeting_decision":
      return t(`event.decision.${event.action}`);
    case "follow_up": {
      const { text } = event.changes;
      if (event.action === "update" && event.changes.status) {
        return t("event.followUpStatus", { text: quoted(text), status: t(`event.followUpStatusWord.${event.changes.status.to}`) });
      }
      return t(`event.followUp.${event.action}`, { text: quoted(text) });
    }
    case "minutes_correction":
      return t("event.minutesCorrection");
    // Global (no partnership): the administrator's people list.
    case "user": {
      const { deactivatedAt, language } = event.changes;
      if (language) return language.to === "nn" ? t("event.choseNynorsk") : language.to === "nb" ? t("event.choseBokmal") : t("event.languageFollowsMalform");
      if (!deactivatedAt) return t("event.accountChanged");
      return deactivatedAt.to === null ? t("event.accountReactivated") : t("event.accountDeactivated");
    }
    case "kommune":
      return t("event.malformChanged");
    // Audited, but not part of a partnership's history (private answers, the fylke's template,
    // calendars, networks and samlinger).
    case "assessment_answer":
    case "cycle_template_event":
    case "calendar_token":
    case "network":
    case "network_facilitator":
    case "gathering":
    case "programme_item":
    case "workshop_task":
    case "workshop_answer":
    case "workshop_participant":
    case "expectation_theme":
      return somethingChanged(w, event.action);
  }
}

/** A standard service by its label, one the office added by its name. */
function describeService(w: Words, event: EventOf<"partnership_service">): string {
  const { t } = w;
  const { service, name: olderName } = event.changes;
  const key = service ? service : null;
  const standard = isKnown(optionalServiceKeys, key) && key !== "annet" ? w.partnership(`service.${key}`) : undefined;
  const name = standard ?? key ?? olderName ?? t("event.aService");
  if (event.action === "create") return t("event.serviceAdded", { name });
  if (event.action === "delete") return t("event.serviceRemoved", { name });
  const { enabled } = event.changes;
  return enabled ? (enabled.to ? t("event.serviceOn", { name }) : t("event.serviceOff", { name })) : t("event.serviceChanged", { name });
}

function describeAssessment({ t }: Words, event: EventOf<"assessment">): string {
  if (event.action === "create") {
    const { fromWorkshop, occasion } = event.changes;
    return fromWorkshop ? t("event.assessmentFromWorkshop", { occasion: quoted(occasion) }) : t("event.assessmentStarted", { occasion: quoted(occasion) });
  }
  const c = event.changes;
  if (c.status) return c.status.to === "closed" ? t("event.assessmentClosed") : t("event.assessmentReopened");
  if (c.participantsAdded) return t("event.assessmentParticipantsAdded");
  if (c.heldOn || c.occasion) return t("event.assessmentDateChanged");
  return t("event.assessmentChanged");
}

function describeAssessmentArea(w: Words, event: EventOf<"assessment_area">): string {
  const { t } = w;
  const c = event.changes;
  const name = areaName(w, c.areaNo);
  if (c.status) return t("event.areaStatus", { area: name, from: scoreWord(w, c.status.from), to: scoreWord(w, c.status.to) });
  if (c.prioritised) return c.prioritised.to ? t("event.areaPrioritised", { area: name }) : t("event.areaUnprioritised", { area: name });
  if (c.considered) return c.considered.to ? t("event.areaConsidered", { area: name }) : t("event.areaNotConsidered", { area: name });
  if (c.main) return t("event.areaMain", { area: name });
  return t("event.areaDescription", { area: name });
}

function describeDevelopmentAction(w: Words, event: EventOf<"development_action">): string {
  const { t } = w;
  if (event.action !== "update") return t(`event.action.${event.action}`, { text: quoted(event.changes.text) });
  const { text, moved, status } = event.changes;
  if (moved) return t("event.actionMoved", { text: quoted(text) });
  if (status) return t("event.actionStatusSet", { text: quoted(text), status: actionStatusWord(w, status.to) });
  return t("event.action.update", { text: quoted(text) });
}

/** The fields a move writes; an update with any other field changed more than the place. */
const moveFields = new Set(["kind", "position", "goalId", "focusAreaId", "versionId", "versionNo"]);

/** Virksomhetsplan rows: lifecycle steps first, then which kind of item changed. */
function describePlan(w: Words, event: EventOf<"business_plan">): string {
  const { t } = w;
  const c = event.changes;
  if (c.decision === "godkjent") return t("event.planApproved", { year: yearOf(w, c.year) });
  if (c.decision === "returnert") return t("event.planReturned", { year: yearOf(w, c.year) });
  if (c.status && !c.kind) {
    if (c.status.to === "til_godkjenning") return t("event.planSentForApproval");
    if (c.status.to === "publisert") return t("event.planPublished");
    if (c.status.to === "utkast") return t("event.planWithdrawn");
  }
  if (event.action === "create" && c.versionNo !== undefined) {
    return c.from ? t("event.planVersionStarted", { version: String(c.versionNo) }) : t("event.planCreated", { year: yearOf(w, c.year) });
  }
  if (c.publicShowsNames) return c.publicShowsNames.to ? t("event.planShowsNames") : t("event.planHidesNames");
  if (c.kind === "import") return t("event.planImported");
  if (c.kind === "comment") {
    if (event.action === "create") return t("event.commentWritten");
    if (c.resolved === true) return t("event.commentResolved");
    if (c.resolved === false) return t("event.commentReopened");
    return t("event.commentChanged");
  }
  if (c.kind === "indicator_value") {
    const period = c.period !== undefined ? t("event.forPeriod", { period: c.period }) : "";
    return c.value?.to === null ? t("event.measurementRemoved", { period }) : t("event.measurementRegistered", { period });
  }
  if (c.kind === undefined) return t("event.planDetailsChanged");
  const name = [c.title, c.text, c.name].find(hasText);
  const which = name ? t(`event.planItem.${c.kind}.definite`, { name: quoted(name) }) : t(`event.planItem.${c.kind}.indefinite`);
  if (c.kind === "activity" && c.status && !name) return t("event.activityStatus", { status: actionStatusWord(w, c.status.to) });
  if (typeof c.position === "object" && Object.keys(c).every((key) => moveFields.has(key))) return t("event.planItemMoved", { item: which });
  return t(`event.planItemAction.${event.action}`, { item: which });
}

/** Lederavtalen: drafts, edits and amendments, with the year they belong to. */
function describeAgreement(w: Words, event: EventOf<"leader_agreement">): string {
  const { t } = w;
  const year = yearOf(w, event.changes.year);
  if (event.action === "create") {
    const { amendmentOf, versionNo } = event.changes;
    if (amendmentOf) {
      const version = versionNo !== undefined ? t("event.agreementVersion", { version: String(versionNo) }) : "";
      return t("event.agreementAmendment", { year, version });
    }
    return t("event.agreementCreated", { year });
  }
  const { place, signingDate } = event.changes;
  return place || signingDate ? t("event.agreementPlaceChanged", { year }) : t("event.agreementTextChanged", { year });
}

function describeSignature(w: Words, event: EventOf<"leader_agreement_signature">): string {
  const { t } = w;
  const year = yearOf(w, event.changes.year);
  if (event.action === "delete") return t("event.signatureWithdrawn", { year });
  if (event.action === "update") return event.changes.refused ? t("event.signatureRefused", { year }) : t("event.signed", { year, as: "" });
  const { party, complete } = event.changes;
  const as = party ? t(`event.party.${party}`) : "";
  return complete ? t("event.signedByAll", { year, as }) : t("event.signed", { year, as });
}

/** Årshjulet's events, by title; a template's change that reached the copy says so. */
function describeCycleEvent(w: Words, event: EventOf<"cycle_event">): string {
  const { t } = w;
  const name = hasText(event.changes.title) ? t("event.cycleEventNamed", { title: quoted(event.changes.title) }) : t("event.aCycleEvent");
  if (event.action === "create") return t("event.cycleEventAdded", { event: name, year: yearOf(w, event.changes.year) });
  const fromTemplate = event.changes.fromTemplate ? t("event.fromTemplate") : "";
  if (event.action === "delete") return t("event.cycleEventRemoved", { event: name, year: yearOf(w, event.changes.year), fromTemplate });
  const { startDate, endDate, month } = event.changes;
  if (startDate || endDate || month) return t("event.cycleEventMoved", { event: name, fromTemplate });
  return t("event.cycleEventChanged", { event: name, fromTemplate });
}

/** Network invitations and memberships, named by the network as it was called then. */
function describeNetworkMember({ t }: Words, event: EventOf<"network_member">): string {
  const { networkName, status } = event.changes;
  const name = networkName ? t("event.networkNamed", { name: networkName }) : t("event.aNetwork");
  if (event.action === "create") return t("event.networkInvited", { network: name });
  if (event.action === "delete") return t("event.networkInvitationWithdrawn", { network: name });
  const to = typeof status === "object" ? status.to : undefined;
  if (to === "invitert") return t("event.networkReinvited", { network: name });
  if (to === "medlem") return t("event.networkJoined", { network: name });
  if (to === "avslatt") return t("event.networkDeclined", { network: name });
  if (to === "utmeldt") return t("event.networkLeft", { network: name });
  return t("event.networkSharingChanged", { network: name });
}

/** Partnerskapsmøtet's steps: planned, invited, minutes sent, approved and locked, cancelled. */
function describeMeeting({ t }: Words, event: EventOf<"meeting">): string {
  if (event.action === "create") {
    const { date } = event.changes;
    return date !== undefined ? t("event.meetingPlannedOn", { date: isoToNorwegian(date) }) : t("event.meetingPlanned");
  }
  const c = event.changes;
  if (c.minutesStatus?.to === "godkjent") return t("event.minutesLocked");
  if (c.minutesStatus?.to === "til_godkjenning") return t("event.minutesSent");
  if (c.minutesStatus?.to === "utkast") return t("event.minutesWithdrawn");
  if (c.minutesApprovedBy) return t("event.minutesApproved");
  if (c.status?.to === "innkalt") return t("event.meetingInvited");
  if (c.status?.to === "avlyst") return t("event.meetingCancelled");
  if (c.attendance) return t("event.attendance");
  return t("event.meetingChanged");
}

function describeAgendaItem({ t }: Words, event: EventOf<"agenda_item">): string {
  const title = quoted(event.changes.title);
  switch (event.action) {
    case "create":
      return t("event.agendaAdded", { title });
    case "update":
      if (event.changes.minutes) return t("event.agendaMinutes", { title });
      if (event.changes.position) return t("event.agendaMoved", { title });
      return t("event.agendaChanged", { title });
    case "delete":
      // Told like this since the first history: a removed item that had minutes reads as its minutes.
      if (event.changes.minutes) return t("event.agendaMinutes", { title });
      return t("event.agendaRemoved", { title });
  }
}
