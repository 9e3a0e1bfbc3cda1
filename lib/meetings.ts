/** What a meeting's, its minutes' and a follow-up's status are called, on pages and in documents. */
import type { followUpStatuses, meetingStatuses, minutesStatuses } from "~/db/schema/enums";

export type MeetingStatus = (typeof meetingStatuses)[number];
export type MinutesStatus = (typeof minutesStatuses)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planlagt: "Planlagt",
  innkalt: "Innkalt",
  holdt: "Holdt",
  avlyst: "Avlyst",
};

export const minutesStatusLabels: Record<MinutesStatus, string> = {
  utkast: "Referat under arbeid",
  til_godkjenning: "Referat til godkjenning",
  godkjent: "Referat godkjent",
};

export const followUpStatusLabels: Record<FollowUpStatus, string> = {
  apen: "Åpen",
  pagar: "Pågår",
  lukket: "Lukket",
};
