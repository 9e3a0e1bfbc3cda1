/**
 * Every audit event the app writes, defined once. An event is named by its entity and action
 * (the audit_event table's columns); `changes` holds what its history sentence is built from.
 * `recordAudit` accepts only these shapes, and the history reads stored rows back through the
 * same schemas (`readAuditEvent`).
 *
 * Reading is tolerant field by field: a stored row that lacks a field, or holds it in another
 * shape, reads as if the field were absent, so rows written by older code keep the sentence
 * they always had. Updates also carry the edited columns as { field: { from, to } }; a schema
 * names only the fields that are always written or that a sentence reads.
 */
import { z } from "zod";
import {
  actionStatuses,
  agreementParties,
  agreementPointKeys,
  agreementPointStatuses,
  areaScores,
  assessmentStatuses,
  businessPlanStatuses,
  expectationTargets,
  followUpStatuses,
  liveStatuses,
  locales,
  malformer,
  meetingStatuses,
  minutesStatuses,
  networkMemberStatuses,
  planApprovalDecisions,
  planCommentTargets,
  roleGroups,
  roles,
  workshopTaskKinds,
  workshopTaskStatuses,
} from "~/db/schema/enums";

export const auditActions = ["create", "update", "delete"] as const;
export type AuditAction = (typeof auditActions)[number];

// --- Field shapes ------------------------------------------------------------------

/** A value every write of the event sets; read back as undefined when a stored row lacks it. */
const field = <T extends z.ZodType>(schema: T) => z.union([schema, z.undefined()]).catch(undefined);
/** A value only some writes set. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
/** An edited column, as diffFields stores it. */
const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value });
/** A text a sentence quotes: the value, or { from, to } when the same write edited it. */
const text = z.union([z.string(), change(z.string())]);
/** A moment: a Date when written, its ISO string when read back from JSON. */
const instant = z.union([z.date(), z.string()]);
const id = z.string();

const event = <const E extends string, const A extends AuditAction, S extends z.ZodType>(entity: E, action: A, changes: S) =>
  z.object({ entity: z.literal(entity), action: z.literal(action), changes });
/** One shape for several actions: events no sentence tells apart by action. */
const events = <const E extends string, const A extends readonly [AuditAction, ...AuditAction[]], S extends z.ZodType>(entity: E, actions: A, changes: S) =>
  z.object({ entity: z.literal(entity), action: z.enum(actions), changes });

// --- Partnerskapet -------------------------------------------------------------------

/** `service` is a standard service's catalogue key or the name of one the office added. */
const serviceName = {
  service: field(z.string().nullable()),
  /** Older rows named an added service here. */
  name: optional(z.string()),
};

const partnershipEvents = [
  z.discriminatedUnion("action", [
    event("partnership", "create", z.object({ kommuneIds: field(z.array(id)) })),
    /** Only the edited columns. */
    event("partnership", "update", z.looseObject({})),
  ]),
  event("partnership_kommune", "create", z.object({ kommuneId: field(id) })),
  event(
    "agreement_point",
    "update",
    z.object({
      point: field(z.enum(agreementPointKeys)),
      status: optional(change(z.enum(agreementPointStatuses))),
      note: optional(change(z.string())),
    }),
  ),
  z.discriminatedUnion("action", [
    event("partnership_service", "create", z.object({ ...serviceName, enabled: field(z.boolean()) })),
    event("partnership_service", "update", z.object({ ...serviceName, enabled: optional(change(z.boolean())) })),
    event("partnership_service", "delete", z.object({ ...serviceName, enabled: field(z.boolean()) })),
  ]),
  event("role_assignment", "create", z.object({ userId: field(id), role: field(z.enum(roles)), title: field(z.string().nullable()) })),
  z.discriminatedUnion("action", [
    event("invitation", "create", z.object({ email: field(z.string()), role: field(z.enum(roles)) })),
    event("invitation", "update", z.object({ acceptedAt: optional(z.string()), revokedAt: optional(z.string()) })),
  ]),
] as const;

// --- Mulighetsrom ---------------------------------------------------------------------

const areaNo = z.number();

const mulighetsromEvents = [
  z.discriminatedUnion("action", [
    event(
      "assessment",
      "create",
      z.object({
        heldOn: field(z.string()),
        occasion: field(z.string()),
        participants: optional(z.number()),
        /** The samling whose self-assessment became this assessment. */
        fromWorkshop: optional(id),
      }),
    ),
    event(
      "assessment",
      "update",
      z.object({
        status: optional(change(z.enum(assessmentStatuses))),
        participantsAdded: optional(z.number()),
        heldOn: optional(change(z.string())),
        occasion: optional(change(z.string())),
      }),
    ),
  ]),
  event("assessment_participant", "update", z.object({ submitted: field(change(z.boolean())), shareNamed: field(z.boolean()) })),
  /** Audited but never shown: the row would reveal who is still scoring. */
  events("assessment_answer", ["create", "update"], z.object({ item: field(z.string()) })),
  event(
    "assessment_area",
    "update",
    z.object({
      areaNo: field(areaNo),
      status: optional(change(z.enum(areaScores))),
      prioritised: optional(change(z.boolean())),
      considered: optional(change(z.boolean())),
      main: optional(change(z.boolean())),
    }),
  ),
  events("development_plan", ["create", "update"], z.object({ areaNo: field(areaNo) })),
  z.discriminatedUnion("action", [
    event("development_action", "create", z.object({ areaNo: field(areaNo), text: field(z.string()) })),
    event(
      "development_action",
      "update",
      z.object({ text: field(text), moved: optional(z.enum(["up", "down"])), status: optional(change(z.enum(actionStatuses))) }),
    ),
    /** The plan is kept with the removal so the action's history still belongs to its assessment. */
    event("development_action", "delete", z.object({ text: field(z.string()), planId: field(id) })),
  ]),
] as const;

// --- Virksomhetsplan -------------------------------------------------------------------

const planItemKinds = ["foundation", "focus_area", "goal", "activity", "indicator"] as const;

/**
 * Every change to a year's plan: the plan's own steps (no `kind`) and its items (`kind`). One
 * shape for all of them, and loose: whether an update is only a move depends on which other
 * fields it holds.
 */
const businessPlanChanges = z.looseObject({
  kind: optional(z.enum([...planItemKinds, "comment", "indicator_value", "import"])),
  /** The version an item belonged to, kept with its removal. */
  versionId: optional(id),
  year: optional(z.number()),
  versionNo: optional(z.number()),
  /** The version a new version was started from. */
  from: optional(z.number()),
  basis: optional(z.enum(["tom", "forrige"])),
  decision: optional(z.enum(planApprovalDecisions)),
  /** The plan's status, or an activity's; only the new one is told (an item row's old value is untyped). */
  status: optional(z.object({ from: z.unknown(), to: z.enum([...businessPlanStatuses, ...actionStatuses]) })),
  publicShowsNames: optional(change(z.boolean())),
  resolved: optional(z.boolean()),
  targetKind: optional(z.enum(planCommentTargets)),
  period: optional(z.string()),
  value: optional(change(z.number().nullable())),
  title: optional(text),
  text: optional(text),
  name: optional(text),
  /** An item's place: its number when created, { from, to } when moved. */
  position: optional(z.union([z.number(), change(z.number())])),
});

const businessPlanEvents = [events("business_plan", auditActions, businessPlanChanges)] as const;

// --- Lederavtale ----------------------------------------------------------------------

/** Every lederavtale row names its year and version: the object history finds them by year. */
const agreementVersion = { year: field(z.number()), versionNo: field(z.number()) };

const leaderAgreementEvents = [
  z.discriminatedUnion("action", [
    event(
      "leader_agreement",
      "create",
      z.object({ ...agreementVersion, basis: optional(z.enum(["mal", "forrige"])), amendmentOf: optional(z.number()) }),
    ),
    event(
      "leader_agreement",
      "update",
      z.object({ ...agreementVersion, place: optional(change(z.string())), signingDate: optional(change(z.string().nullable())) }),
    ),
  ]),
  z.discriminatedUnion("action", [
    event(
      "leader_agreement_signature",
      "create",
      z.object({ ...agreementVersion, party: field(z.enum(agreementParties)), hash: field(z.string()), complete: field(z.boolean()) }),
    ),
    /** A refused attempt: the wrong password. */
    event("leader_agreement_signature", "update", z.object({ ...agreementVersion, refused: field(z.literal("wrong_password")) })),
    event("leader_agreement_signature", "delete", z.object(agreementVersion)),
  ]),
] as const;

// --- Årshjul ----------------------------------------------------------------------------

const cycleDate = z.string().nullable();

const annualCycleEvents = [
  event("cycle_year", "create", z.object({ year: field(z.number()), template: field(z.enum(["fylke", "standard"])), events: field(z.number()) })),
  z.discriminatedUnion("action", [
    event("cycle_event", "create", z.object({ year: field(z.number()), title: field(z.string()), templateKey: optional(z.string().nullable()) })),
    event(
      "cycle_event",
      "update",
      z.object({
        title: optional(text),
        startDate: optional(change(cycleDate)),
        endDate: optional(change(cycleDate)),
        month: optional(change(z.number().nullable())),
        customised: optional(change(z.boolean())),
        /** The template event whose change reached this copy. */
        fromTemplate: optional(z.string()),
      }),
    ),
    event(
      "cycle_event",
      "delete",
      z.object({ title: field(z.string()), year: field(z.number()), templateKey: optional(z.string().nullable()), fromTemplate: optional(z.string()) }),
    ),
  ]),
  /** The fylke's template; not part of any partnership's history. */
  z.discriminatedUnion("action", [
    event("cycle_template_event", "create", z.object({ key: optional(z.string()), copiedFrom: optional(z.literal("standardmalen")), events: optional(z.number()) })),
    event("cycle_template_event", "update", z.object({ key: field(z.string()) })),
    event("cycle_template_event", "delete", z.object({ key: field(z.string()), title: field(z.string()) })),
  ]),
  /** A person's calendar subscription; the secret itself is never audited. */
  z.discriminatedUnion("action", [
    event("calendar_token", "create", z.object({})),
    event("calendar_token", "update", z.object({ revoked: field(change(z.boolean())) })),
  ]),
] as const;

// --- Nettverk and samlinger ------------------------------------------------------------------

const networkEvents = [
  /** Named by the network as it was called then. */
  events(
    "network_member",
    auditActions,
    z.object({
      networkId: field(id),
      networkName: field(z.string()),
      /** The status it got when created, then { from, to } (to null when the invitation is taken back). */
      status: optional(z.union([z.enum(networkMemberStatuses), change(z.enum(networkMemberStatuses).nullable())])),
      /** What the partnership shares: all of it when it joins, then each edited choice. */
      sharing: optional(z.record(z.string(), z.boolean())),
      shareStatuses: optional(change(z.boolean())),
      sharePriorities: optional(change(z.boolean())),
      shareNotes: optional(change(z.boolean())),
      sharePlans: optional(change(z.boolean())),
      sharedAssessmentId: optional(change(id.nullable())),
    }),
  ),
  events(
    "network",
    auditActions,
    z.object({
      networkId: field(id),
      slug: optional(z.string()),
      name: optional(text),
      description: optional(text),
      periodStart: optional(text),
      periodEnd: optional(text),
    }),
  ),
  events("network_facilitator", ["create", "delete"], z.object({ networkId: field(id), userId: field(id), name: optional(z.string()) })),
  events(
    "gathering",
    auditActions,
    z.object({
      /** Missing on the live screen's openings and closings. */
      networkId: optional(id),
      title: optional(text),
      startsOn: optional(text),
      endsOn: optional(text),
      language: optional(z.union([z.enum(locales), change(z.enum(locales))])),
      liveStatus: optional(change(z.enum(liveStatuses))),
    }),
  ),
  events(
    "programme_item",
    auditActions,
    z.object({ networkId: field(id), gatheringId: field(id), title: optional(text), day: optional(text), startTime: optional(z.string().nullable()) }),
  ),
  events(
    "workshop_task",
    auditActions,
    z.object({
      gathering: optional(id),
      kind: optional(z.enum(workshopTaskKinds)),
      title: optional(text),
      status: optional(change(z.enum(workshopTaskStatuses))),
      resultsVisible: optional(change(z.boolean())),
      position: optional(change(z.number())),
    }),
  ),
  /** Who answered, never what. */
  events(
    "workshop_answer",
    ["update"],
    z.object({ participant: optional(id), items: optional(z.array(z.string())), themeId: optional(change(id.nullable())) }),
  ),
  events("workshop_participant", ["create", "update"], z.object({ gathering: field(id), roleGroup: field(z.enum(roleGroups).nullable()), guest: field(z.boolean()) })),
  events("expectation_theme", ["create", "delete"], z.object({ task: optional(id), target: optional(z.enum(expectationTargets)), label: field(z.string()) })),
] as const;

// --- Partnerskapsmøter ----------------------------------------------------------------------

/** Every part of a meeting names its meeting: the meeting's own history finds them by it. */
const ofMeeting = { meetingId: field(id) };

const meetingEvents = [
  z.discriminatedUnion("action", [
    event(
      "meeting",
      "create",
      z.object({
        title: field(z.string()),
        date: field(z.string()),
        startTime: field(z.string().nullable()),
        endTime: field(z.string().nullable()),
        place: field(z.string()),
        participants: field(z.number()),
        standardAgenda: field(z.boolean()),
      }),
    ),
    event(
      "meeting",
      "update",
      z.object({
        status: optional(change(z.enum(meetingStatuses))),
        invitationSentAt: optional(change(instant.nullable())),
        participantsAdded: optional(z.array(id)),
        participantsRemoved: optional(z.array(id)),
        /** Per participant's user id: whether they were there. */
        attendance: optional(z.record(z.string(), change(z.boolean().nullable()))),
        minutesStatus: optional(change(z.enum(minutesStatuses))),
        minutesApprovedBy: optional(id),
        minutesLockedAt: optional(instant),
        minutesRemarkBy: optional(id),
        minutesRemark: optional(change(z.string().nullable())),
      }),
    ),
  ]),
  z.discriminatedUnion("action", [
    event("agenda_item", "create", z.object({ ...ofMeeting, title: field(z.string()) })),
    event(
      "agenda_item",
      "update",
      z.object({ ...ofMeeting, title: field(text), minutes: optional(change(z.string())), position: optional(change(z.number())) }),
    ),
    event(
      "agenda_item",
      "delete",
      z.object({ ...ofMeeting, title: field(z.string()), time: field(z.string().nullable()), responsible: field(z.string()), minutes: field(z.string()) }),
    ),
  ]),
  z.discriminatedUnion("action", [
    event("meeting_decision", "create", z.object({ ...ofMeeting, agendaItemId: field(id.nullable()), text: field(z.string()) })),
    event("meeting_decision", "update", z.object({ ...ofMeeting, text: field(change(z.string())) })),
    event("meeting_decision", "delete", z.object({ ...ofMeeting, text: field(z.string()) })),
  ]),
  z.discriminatedUnion("action", [
    event(
      "follow_up",
      "create",
      z.object({ ...ofMeeting, text: field(z.string()), ownerUserId: field(id.nullable()), deadline: field(z.string().nullable()) }),
    ),
    event("follow_up", "update", z.object({ ...ofMeeting, text: field(text), status: optional(change(z.enum(followUpStatuses))) })),
    event("follow_up", "delete", z.object({ ...ofMeeting, text: field(z.string()) })),
  ]),
  event("minutes_correction", "create", z.object({ ...ofMeeting, agendaItemId: field(id.nullable()), text: field(z.string()) })),
] as const;

// --- Accounts ---------------------------------------------------------------------------------

/** Account changes: global, in no partnership's history. An administrator deactivating or reactivating a person. */
const accountEvents = [
  event(
    "user",
    "update",
    z.object({
      deactivatedAt: optional(change(z.string().nullable())),
      /** The person choosing bokmål or nynorsk on /konto. */
      language: optional(change(z.enum(locales).nullable())),
      sessionsEnded: optional(z.number()),
      subscriptionsRevoked: optional(z.number()),
    }),
  ),
  /** An administrator setting a kommune's målform, which its people's default language follows. */
  event("kommune", "update", z.object({ malform: field(change(z.enum(malformer))) })),
] as const;

// --- The union ------------------------------------------------------------------------------

export const auditEventSchema = z.discriminatedUnion("entity", [
  ...partnershipEvents,
  ...mulighetsromEvents,
  ...businessPlanEvents,
  ...leaderAgreementEvents,
  ...annualCycleEvents,
  ...networkEvents,
  ...meetingEvents,
  ...accountEvents,
]);

/** An event as written: what `recordAudit` accepts. */
export type AuditEventInput = z.input<typeof auditEventSchema>;
/** An event as read back from a stored row. */
export type AuditEvent = z.output<typeof auditEventSchema>;
export type AuditEntity = AuditEvent["entity"];
export type AuditActionOf<E extends AuditEntity> = Extract<AuditEventInput, { entity: E }>["action"];

type ChangesIn<M, E, A> = M extends { entity: E; action: infer MA; changes: infer C } ? (A extends MA ? C : never) : never;
/** What an event of this entity and action must hold when written. */
export type AuditChanges<E extends AuditEntity, A extends AuditAction = AuditActionOf<E>> = ChangesIn<AuditEventInput, E, A>;
/** The changes without the fields a helper adds itself (kept apart per event, unlike Omit). */
export type AuditChangesWithout<E extends AuditEntity, K extends PropertyKey> = AuditChanges<E> extends infer C ? (C extends unknown ? Omit<C, K> : never) : never;

/** A row of audit_event as stored: entity, action and the changes JSON. */
export interface StoredAuditRow {
  entity: string;
  action: string;
  changes: unknown;
}

/** The stored row as a typed event, or null when it is of no known type (an unknown entity, say). */
export function readAuditEvent(row: StoredAuditRow): AuditEvent | null {
  const parsed = auditEventSchema.safeParse({ entity: row.entity, action: row.action, changes: row.changes ?? {} });
  return parsed.success ? parsed.data : null;
}
