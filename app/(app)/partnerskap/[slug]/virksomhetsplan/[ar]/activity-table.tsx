import Link from "next/link";
import type { ReactNode } from "react";
import { ActivityColumns } from "~/app/_components/plan-document/activity-columns";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import { actionStatusLabel, formatTiming } from "~/server/export/plan-wording";
import type { FocusAreaNode } from "~/server/domain/business-plan/snapshot";
import { ActivityStatusSelect } from "./follow-up";

export type Activity = FocusAreaNode["goals"][number]["activities"][number];

/** The activity table "Aktivitet / Ansvar / Når / Status" of one goal; an editable draft lists them with controls instead. */
export function ActivityTable({
  slug,
  goal,
  editable,
  canFollowUp,
  render,
}: {
  slug: string;
  goal: FocusAreaNode["goals"][number];
  editable: boolean;
  canFollowUp: boolean;
  render: (a: Activity, index: number) => ReactNode;
}) {
  const t = useTranslations("plan.page");
  const locale = localeOf(useLocale());
  if (goal.activities.length === 0) return <p className="mt-2">{t("noActivities")}</p>;
  if (editable) {
    return (
      <ol className="m-0 mt-2 flex list-none flex-col gap-2 p-0">
        {goal.activities.map((a, i) => (
          <li key={a.id} className="rounded-md bg-ax-bg-neutral-soft p-2">
            {render(a, i)}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <ScrollRegion label={t("activitiesFor", { goal: goal.text })} className="mt-2">
      <table className="compact-table">
        <caption className="sr-only">{t("activitiesFor", { goal: goal.text })}</caption>
        <ActivityColumns />
        <tbody>
          {goal.activities.map((a, i) => (
            <tr key={a.id}>
              <td>{render(a, i)}</td>
              <td>{responsibleText(a)}</td>
              <td>{formatTiming(a.timingKind, a.timingValue, locale)}</td>
              <td>
                {canFollowUp ? (
                  <ActivityStatusSelect slug={slug} id={a.id} version={a.version} status={a.status} label={a.text} />
                ) : (
                  actionStatusLabel(a.status, locale)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const localeOf = (requested: string): Locale => (isLocale(requested) ? requested : "nb");

const responsibleText = (a: Activity) =>
  [a.responsible, a.responsiblePerson && `(${a.responsiblePerson})`].filter(Boolean).join(" ") || "–";

export function ActivityText({
  activity,
  link,
  slug,
  showDetails,
  extra,
}: {
  activity: Activity;
  link?: { areaNo: number; areaName: string; planId: string; assessmentId: string };
  slug: string;
  /** In the editable list there are no table columns, so ansvar, når and status are written out. */
  showDetails: boolean;
  extra: ReactNode;
}) {
  const t = useTranslations("plan.page");
  const locale = localeOf(useLocale());
  if (!showDetails && !link && !extra) return activity.text;
  return (
    <div>
      <p className="m-0 whitespace-pre-line">{activity.text}</p>
      {showDetails && (
        <p className="m-0 text-sm text-ax-text-neutral-subtle">
          {t("activityDetails", {
            responsible: responsibleText(activity),
            when: formatTiming(activity.timingKind, activity.timingValue, locale),
            status: actionStatusLabel(activity.status, locale),
          })}
        </p>
      )}
      {link && (
        <p className="m-0 text-sm">
          <Link href={`/partnerskap/${slug}/mulighetsrom/${link.assessmentId}/plan/${link.planId}`}>
            {t("linkedPlan", { areaNo: link.areaNo, areaName: link.areaName })}
          </Link>
        </p>
      )}
      {extra}
    </div>
  );
}
