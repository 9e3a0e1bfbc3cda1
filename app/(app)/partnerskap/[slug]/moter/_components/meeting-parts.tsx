import { getTranslations } from "next-intl/server";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import type { Locale } from "~/lib/i18n/locales";
import { longDate, timeSpan } from "~/server/domain/meetings/invitation";
import type { FollowUpStatus, MeetingStatus, MinutesStatus } from "~/lib/meetings";

const meetingTone: Record<MeetingStatus, StatusTone> = { planlagt: "neutral", innkalt: "info", holdt: "success", avlyst: "warning" };
const minutesTone: Record<MinutesStatus, StatusTone> = { utkast: "neutral", til_godkjenning: "warning", godkjent: "success" };
const followUpTone: Record<FollowUpStatus, StatusTone> = { apen: "neutral", pagar: "info", lukket: "success" };

export async function MeetingStatusTag({ status, size }: { status: MeetingStatus; size?: "small" | "xsmall" }) {
  const t = await getTranslations("meetings");
  return (
    <StatusTag tone={meetingTone[status]} size={size}>
      {t(`meetingStatus.${status}`)}
    </StatusTag>
  );
}

export async function MinutesStatusTag({ status, size }: { status: MinutesStatus; size?: "small" | "xsmall" }) {
  const t = await getTranslations("meetings");
  return (
    <StatusTag tone={minutesTone[status]} size={size}>
      {t(`minutesStatus.${status}`)}
    </StatusTag>
  );
}

export async function FollowUpStatusTag({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) {
  const t = await getTranslations("meetings");
  return overdue ? (
    <StatusTag tone="danger" size="xsmall">
      {t("overdue")}
    </StatusTag>
  ) : (
    <StatusTag tone={followUpTone[status]} size="xsmall">
      {t(`followUpStatus.${status}`)}
    </StatusTag>
  );
}

/** "tirsdag 20.10.2026 kl. 09:00–11:00" */
export const whenText = (m: { date: string; startTime: string | null; endTime: string | null }, locale: Locale) =>
  [longDate(m.date, locale), timeSpan(m.startTime, m.endTime, locale)].filter(Boolean).join(" ");
