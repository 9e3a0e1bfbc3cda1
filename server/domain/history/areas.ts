/**
 * The areas of the app a history entry can belong to, and the objects that have their own
 * history. No database here: pages and links use it too.
 */
import type { AuditEntity } from "~/server/domain/audit/events";

export const historyAreas = ["partnerskap", "virksomhetsplan", "arshjul", "moter", "lederavtale", "mulighetsrom", "nettverk"] as const;
export type HistoryArea = (typeof historyAreas)[number];

export const meetingParts: AuditEntity[] = ["agenda_item", "meeting_decision", "follow_up", "minutes_correction"];
export const assessmentParts: AuditEntity[] = ["assessment_participant", "assessment_area", "development_plan", "development_action"];

/** Which audit entities belong to which area of the app. */
export const areaEntities: Record<HistoryArea, AuditEntity[]> = {
  partnerskap: ["partnership", "partnership_kommune", "agreement_point", "partnership_service", "role_assignment", "invitation"],
  virksomhetsplan: ["business_plan"],
  arshjul: ["cycle_event", "cycle_year"],
  moter: ["meeting", ...meetingParts],
  lederavtale: ["leader_agreement", "leader_agreement_signature"],
  mulighetsrom: ["assessment", ...assessmentParts],
  nettverk: ["network_member"],
};

export function areaOf(entity: string): HistoryArea | null {
  return historyAreas.find((area) => areaEntities[area].some((e) => e === entity)) ?? null;
}

export const historySubjectKinds = ["virksomhetsplan", "lederavtale", "mote", "vurdering"] as const;
export type HistorySubjectKind = (typeof historySubjectKinds)[number];
