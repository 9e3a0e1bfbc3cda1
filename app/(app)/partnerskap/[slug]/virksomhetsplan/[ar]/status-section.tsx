import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { PlanStatus } from "~/server/domain/business-plan/lifecycle";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { formatDateTime } from "~/lib/format";
import { isLocale } from "~/lib/i18n/locales";
import { ExportLinks } from "./export-links";
import { PlanActions, PublicNamesSwitch } from "./plan-actions";
import type { PlanView, PlanYear } from "./plan-view";

const statusTone: Record<PlanStatus, StatusTone> = { utkast: "neutral", til_godkjenning: "warning", godkjent: "success", publisert: "info" };

/** The version shown: its status, the other versions, who has approved, what is missing, and the steps and downloads. */
export function StatusSection({ data, view }: { data: PlanYear; view: PlanView }) {
  const t = useTranslations("plan");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "nb";
  const { slug, base } = view;
  const { plan, actions } = data;
  const version = data.snapshot.version;
  const publicPath = `/offentlig/virksomhetsplan/${plan.id}`;
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <VStack gap="space-16">
        <HStack gap="space-12" align="center">
          <Heading id="status-heading" level="2" size="medium">
            {t("statusSection.heading", { versionNo: version.versionNo })}
          </Heading>
          <StatusTag tone={statusTone[version.status]}>{t(`status.${version.status}`)}</StatusTag>
          {!data.isLatest && <BodyShort>{t("statusSection.olderVersion")}</BodyShort>}
        </HStack>
        {version.changeNote && <BodyShort>{t("statusSection.changeNote", { note: version.changeNote })}</BodyShort>}
        {data.versions.length > 1 && (
          <nav aria-label={t("statusSection.versionsLabel")}>
            <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
              {data.versions.map((v) => (
                <li key={v.id}>
                  <Link href={`${base}?versjon=${v.id}`} aria-current={v.id === version.id ? "page" : undefined}>
                    {t("statusSection.versionLink", { versionNo: v.versionNo, status: t(`status.${v.status}`).toLowerCase() })}
                  </Link>
                </li>
              ))}
              <li>
                <Link href={`${base}/sammenlign?fra=${data.versions[1]!.id}&til=${data.versions[0]!.id}`}>{t("statusSection.compare")}</Link>
              </li>
            </ul>
          </nav>
        )}
        <div>
          <Heading level="3" size="xsmall" spacing>
            {t("statusSection.approvalHeading")}
          </Heading>
          <ul className="m-0 list-none p-0">
            {data.approvals.map((a) => (
              <li key={a.seat}>
                <span className="font-semibold">{t("statusSection.seatLabel", { label: a.label })}</span>{" "}
                {a.decision === "godkjent"
                  ? t("statusSection.approvedBy", {
                      by: a.by ?? t("page.deletedUser"),
                      date: a.decidedAt ? formatDateTime(a.decidedAt, locale) : "",
                      comment: a.comment ? t("statusSection.commentPart", { comment: a.comment }) : "",
                    })
                  : a.decision === "returnert"
                    ? t("statusSection.returnedBy", {
                        by: a.by ?? t("page.deletedUser"),
                        date: a.decidedAt ? t("statusSection.datePart", { date: formatDateTime(a.decidedAt, locale) }) : "",
                        comment: a.comment ? t("statusSection.commentPart", { comment: a.comment }) : "",
                      })
                    : version.status === "til_godkjenning"
                      ? t("statusSection.waiting")
                      : t("statusSection.notHandled")}
              </li>
            ))}
          </ul>
        </div>
        {data.missing.length > 0 && (
          <Alert variant="info" size="small">
            <Heading level="3" size="xsmall" spacing>
              {t("statusSection.missingHeading")}
            </Heading>
            <ul className="m-0 pl-5">
              {data.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </Alert>
        )}
        {/* Keyed by version: a message such as «Planen er publisert.» belongs to the version it was about. */}
        <PlanActions
          key={version.id}
          slug={slug}
          versionId={version.id}
          version={version.version}
          actions={actions}
          mySeats={data.mySeats}
          missing={data.missing}
          showNames={plan.publicShowsNames}
        />
        {data.published && data.published.versionId !== version.id && (
          <BodyShort>
            {t("statusSection.publishedOther", {
              versionNo: data.published.versionNo,
              date: formatDateTime(data.published.publishedAt, locale),
            })}
          </BodyShort>
        )}
        {(version.status === "publisert" || (version.status === "godkjent" && data.isLatest)) && (
          <VStack gap="space-8">
            {version.status === "publisert" && (
              <BodyShort>
                {t("statusSection.publicVersion")} <Link href={publicPath}>{publicPath}</Link>
              </BodyShort>
            )}
            {data.isEditor && <PublicNamesSwitch slug={slug} planId={plan.id} version={plan.version} showNames={plan.publicShowsNames} />}
          </VStack>
        )}
        <ExportLinks base={base} versionId={version.id} />
      </VStack>
    </section>
  );
}
