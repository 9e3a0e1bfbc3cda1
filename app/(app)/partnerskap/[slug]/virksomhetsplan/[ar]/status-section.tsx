import { DownloadIcon } from "@navikt/aksel-icons";
import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import Link from "next/link";
import { planStatusLabels, type PlanStatus } from "~/server/domain/business-plan/lifecycle";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { formatDateTime } from "~/lib/format";
import { PlanActions, PublicNamesSwitch } from "./plan-actions";
import type { PlanView, PlanYear } from "./plan-view";

const statusTone: Record<PlanStatus, StatusTone> = { utkast: "neutral", til_godkjenning: "warning", godkjent: "success", publisert: "info" };

/** The version shown: its status, the other versions, who has approved, what is missing, and the steps and downloads. */
export function StatusSection({ data, view }: { data: PlanYear; view: PlanView }) {
  const { slug, base } = view;
  const { plan, actions } = data;
  const version = data.snapshot.version;
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <VStack gap="space-16">
        <HStack gap="space-12" align="center">
          <Heading id="status-heading" level="2" size="medium">
            Versjon {version.versionNo}
          </Heading>
          <StatusTag tone={statusTone[version.status]}>{planStatusLabels[version.status]}</StatusTag>
          {!data.isLatest && <BodyShort>(eldre versjon – bare til lesing)</BodyShort>}
        </HStack>
        {version.changeNote && <BodyShort>Endring: {version.changeNote}</BodyShort>}
        {data.versions.length > 1 && (
          <nav aria-label="Versjoner">
            <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
              {data.versions.map((v) => (
                <li key={v.id}>
                  <Link href={`${base}?versjon=${v.id}`} aria-current={v.id === version.id ? "page" : undefined}>
                    Versjon {v.versionNo} ({planStatusLabels[v.status].toLowerCase()})
                  </Link>
                </li>
              ))}
              <li>
                <Link href={`${base}/sammenlign?fra=${data.versions[1]!.id}&til=${data.versions[0]!.id}`}>Sammenlign versjoner</Link>
              </li>
            </ul>
          </nav>
        )}
        <div>
          <Heading level="3" size="xsmall" spacing>
            Godkjenning
          </Heading>
          <ul className="m-0 list-none p-0">
            {data.approvals.map((a) => (
              <li key={a.seat}>
                <span className="font-semibold">{a.label}:</span>{" "}
                {a.decision === "godkjent"
                  ? `godkjent av ${a.by} ${a.decidedAt ? formatDateTime(a.decidedAt) : ""}${a.comment ? ` – «${a.comment}»` : ""}`
                  : a.decision === "returnert"
                    ? `sendt tilbake av ${a.by}${a.decidedAt ? ` ${formatDateTime(a.decidedAt)}` : ""}${a.comment ? ` – «${a.comment}»` : ""}`
                    : version.status === "til_godkjenning"
                      ? "venter"
                      : "ikke behandlet"}
              </li>
            ))}
          </ul>
        </div>
        {data.missing.length > 0 && (
          <Alert variant="info" size="small">
            <Heading level="3" size="xsmall" spacing>
              Før planen kan sendes til godkjenning
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
            Den offentlige versjonen viser versjon {data.published.versionNo}, publisert {formatDateTime(data.published.publishedAt)}. Denne
            versjonen blir offentlig først når den er godkjent og publisert.
          </BodyShort>
        )}
        {(version.status === "publisert" || (version.status === "godkjent" && data.isLatest)) && (
          <VStack gap="space-8">
            {version.status === "publisert" && (
              <BodyShort>
                Offentlig versjon: <Link href={`/offentlig/virksomhetsplan/${plan.id}`}>/offentlig/virksomhetsplan/{plan.id}</Link>
              </BodyShort>
            )}
            {data.isEditor && <PublicNamesSwitch slug={slug} planId={plan.id} version={plan.version} showNames={plan.publicShowsNames} />}
          </VStack>
        )}
        <HStack gap="space-16">
          <a href={`${base}/eksport/pdf?versjon=${version.id}`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> PDF
          </a>
          <a href={`${base}/eksport/docx?versjon=${version.id}`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> Word (.docx)
          </a>
          <a href={`${base}/eksport/xlsx?versjon=${version.id}`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> Aktiviteter og indikatorer (.xlsx)
          </a>
        </HStack>
      </VStack>
    </section>
  );
}
