import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { longDate, timeSpan } from "~/server/domain/meetings/invitation";
import { followUpStatusLabels, meetingStatusLabels, minutesStatusLabels, type FollowUpStatus, type MeetingStatus, type MinutesStatus } from "~/lib/meetings";

const meetingTone: Record<MeetingStatus, StatusTone> = { planlagt: "neutral", innkalt: "info", holdt: "success", avlyst: "warning" };
const minutesTone: Record<MinutesStatus, StatusTone> = { utkast: "neutral", til_godkjenning: "warning", godkjent: "success" };
const followUpTone: Record<FollowUpStatus, StatusTone> = { apen: "neutral", pagar: "info", lukket: "success" };

export const MeetingStatusTag = ({ status, size }: { status: MeetingStatus; size?: "small" | "xsmall" }) => (
  <StatusTag tone={meetingTone[status]} size={size}>
    {meetingStatusLabels[status]}
  </StatusTag>
);

export const MinutesStatusTag = ({ status, size }: { status: MinutesStatus; size?: "small" | "xsmall" }) => (
  <StatusTag tone={minutesTone[status]} size={size}>
    {minutesStatusLabels[status]}
  </StatusTag>
);

export const FollowUpStatusTag = ({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) =>
  overdue ? (
    <StatusTag tone="danger" size="xsmall">
      Forfalt
    </StatusTag>
  ) : (
    <StatusTag tone={followUpTone[status]} size="xsmall">
      {followUpStatusLabels[status]}
    </StatusTag>
  );

/** "tirsdag 20.10.2026 kl. 09:00–11:00" */
export const whenText = (m: { date: string; startTime: string | null; endTime: string | null }) =>
  [longDate(m.date), timeSpan(m.startTime, m.endTime)].filter(Boolean).join(" ");
