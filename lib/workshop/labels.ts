/**
 * Types and defaults of the live workshop. Its words (role groups, task kinds, statuses) are in the
 * "workshop" message catalogue, keyed by these enum values (ADR 0018).
 */
import type { expectationTargets, roleGroups, workshopTaskKinds, workshopTaskStatuses } from "~/db/schema/enums";
import nbWorkshop from "~/messages/nb/workshop.json";

export * from "./limits";

export type RoleGroup = (typeof roleGroups)[number];
export type WorkshopTaskKind = (typeof workshopTaskKinds)[number];
export type WorkshopTaskStatus = (typeof workshopTaskStatuses)[number];
export type ExpectationTarget = (typeof expectationTargets)[number];

/**
 * The statements KS used after each pilot samling (003: 3370–3384, 3582–3590, 3804–3812), in the
 * catalogue (defaultStatements.*) in both languages. A template copied into a new evaluation in
 * the samling's language, where it becomes the facilitator's own text (data). This is the bokmål.
 */
export const defaultEvaluationStatements: readonly string[] = Object.values(nbWorkshop.defaultStatements);
