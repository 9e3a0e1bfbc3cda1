import { Heading } from "@navikt/ds-react/Typography";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "~/lib/format";
import { isLocale } from "~/lib/i18n/locales";
import type { PlanStatus } from "~/server/domain/business-plan/lifecycle";
import type { PlanDecision } from "~/server/domain/business-plan/view";

interface VersionEntry {
  id: string;
  versionNo: number;
  status: PlanStatus;
  createdAt: Date;
  approvedAt: Date | null;
  publishedAt: Date | null;
  changeNote: string;
  decisions: PlanDecision[];
}

/** Every version with the owners' decisions and what they wrote, so an approval's words are kept. */
export function VersionHistory({ versions, currentId, base }: { versions: VersionEntry[]; currentId: string; base: string }) {
  const t = useTranslations("plan");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "nb";
  const at = (instant: Date) => formatDateTime(instant, locale);
  return (
    <section aria-labelledby="versjonshistorikk">
      <Heading id="versjonshistorikk" level="2" size="medium" spacing>
        {t("versionHistory.heading")}
      </Heading>
      <ol className="m-0 flex list-none flex-col gap-4 p-0">
        {versions.map((v) => (
          <li key={v.id} className="rounded-md border border-ax-border-neutral-subtle p-3">
            <p className="m-0 font-semibold">
              {v.id === currentId ? (
                t("versionHistory.current", { versionNo: v.versionNo })
              ) : (
                <Link href={`${base}?versjon=${v.id}`}>{t("versionHistory.link", { versionNo: v.versionNo })}</Link>
              )}
              {t("versionHistory.statusPart", { status: t(`status.${v.status}`) })}
            </p>
            <p className="m-0 text-sm text-ax-text-neutral-subtle">
              {t("versionHistory.started", { date: at(v.createdAt) })}
              {v.approvedAt ? t("versionHistory.approved", { date: at(v.approvedAt) }) : ""}
              {v.publishedAt ? t("versionHistory.published", { date: at(v.publishedAt) }) : ""}
            </p>
            {v.changeNote && <p className="m-0 text-sm">{t("statusSection.changeNote", { note: v.changeNote })}</p>}
            {v.decisions.length === 0 ? (
              <p className="m-0 mt-1 text-sm">{t("versionHistory.noDecisions")}</p>
            ) : (
              <ul className="m-0 mt-2 flex list-none flex-col gap-1 p-0">
                {v.decisions.map((d, i) => (
                  <li key={i} className="text-sm">
                    {t("versionHistory.decision", {
                      decision: d.decision,
                      by: d.by ?? t("page.deletedUser"),
                      seats: d.seats.join(t("versionHistory.and")),
                      date: at(d.decidedAt),
                    })}
                    {d.round > 1 ? t("versionHistory.round", { round: d.round }) : ""}
                    {d.comment ? <span className="block whitespace-pre-line pl-3">{t("versionHistory.quoted", { comment: d.comment })}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
