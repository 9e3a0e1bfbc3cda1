import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getServerCaller } from "~/server/api/server-caller";
import { formatDate, formatDateTime } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { StatusTag } from "~/app/_components/status-tag";
import { AgreementActions, CreateAgreement, VerifyAgreement } from "./agreement-actions";
import { AgreementTextForm, DutyList } from "./agreement-editor";
import { AgreementExport } from "./agreement-export";
import { ObjectHistory } from "~/app/(app)/partnerskap/[slug]/historikk/object-history";
import { RoleNote } from "~/app/_components/role-note";

type Params = { params: Promise<{ slug: string; ar: string }>; searchParams: Promise<{ versjon?: string }> };

function parseYear(ar: string) {
  const year = Number(ar);
  return /^\d{4}$/.test(ar) && year >= 2000 && year <= 2100 ? year : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ ar }, t] = await Promise.all([params, getTranslations("agreement")]);
  return { title: t("title", { year: ar }) };
}

export default async function LeaderAgreementPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  const year = parseYear(ar);
  if (year === null) notFound();
  const { versjon } = await searchParams;
  const api = await getServerCaller();
  const data = await loadOrInterrupt(() => api.leaderAgreement.year({ partnership: slug, year, versionId: versjon }));
  const [t, locale] = await Promise.all([getTranslations("agreement"), getLocale()]);
  const base = `/partnerskap/${slug}/lederavtale/${year}`;
  const current = data.current;

  return (
    <VStack gap="space-32" className="max-w-4xl">
      <div>
        <HStack gap="space-16" className="mb-2">
          <Link href={`/partnerskap/${slug}/lederavtale/${year - 1}`}>← {year - 1}</Link>
          <Link href={`/partnerskap/${slug}/lederavtale/${year + 1}`}>{year + 1} →</Link>
        </HStack>
        <Heading level="1" size="xlarge" spacing>
          {t("title", { year })}
        </Heading>
        <BodyLong className="max-w-prose">{t("intro")}</BodyLong>
        <RoleNote permissions={data.permissions} area="lederavtale" />
      </div>

      {!current ? (
        <section aria-labelledby="ingen-avtale" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="ingen-avtale" level="2" size="medium" spacing>
            {t("noneHeading", { year })}
          </Heading>
          {data.canEdit ? (
            <CreateAgreement slug={slug} year={year} hasPreviousYear={data.hasPreviousYear} />
          ) : (
            <BodyShort>{t("noneText")}</BodyShort>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="status-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
            <VStack gap="space-16">
              <HStack gap="space-12" align="center">
                <Heading id="status-heading" level="2" size="medium">
                  {t("version", { no: current.versionNo })}
                </Heading>
                {current.status === "signert" ? (
                  <StatusTag tone="success">{t("versionStatus.signert")}</StatusTag>
                ) : current.signatures.length > 0 ? (
                  <StatusTag tone="warning">{t("versionStatus.partly", { signed: current.signatures.length, total: current.parties.length })}</StatusTag>
                ) : (
                  <StatusTag tone="neutral">{t("versionStatus.utkast")}</StatusTag>
                )}
                {!current.isLatest && <BodyShort>{t("olderVersion")}</BodyShort>}
              </HStack>
              {data.versions.length > 1 && (
                <nav aria-label={t("versionsNav")}>
                  <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
                    {data.versions.map((v) => (
                      <li key={v.id}>
                        <Link href={`${base}?versjon=${v.id}`} aria-current={v.id === current.id ? "page" : undefined}>
                          {t("versionLink", { no: v.versionNo, status: v.status })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              <Signatures current={current} />
              <AgreementActions
                slug={slug}
                year={year}
                versionId={current.id}
                text={current.text}
                hash={current.hash}
                canSign={current.canSign}
                signedByMe={current.signedByMe}
                status={current.status}
                canAmend={current.canAmend}
              />
              {current.status === "signert" && <VerifyAgreement slug={slug} versionId={current.id} />}
              <AgreementExport href={`${base}/eksport/pdf?versjon=${current.id}`} />
            </VStack>
          </section>

          {current.editable ? (
            <Alert variant="info" size="small">
              {t("editableNote")}
            </Alert>
          ) : (
            current.status === "utkast" && (
              <Alert variant="info" size="small">
                {t("lockedNote")}
              </Alert>
            )
          )}

          <section aria-labelledby="parter-heading">
            <Heading id="parter-heading" level="2" size="medium" spacing>
              {t("parties")}
            </Heading>
            <ul className="m-0 list-none p-0">
              {current.parties.map((p) => (
                <li key={p.userId} className="py-1">
                  <strong>{t(`party.${p.party}`)}:</strong> {p.name}, {p.title}
                </li>
              ))}
            </ul>
            <BodyShort className="mt-2">{t("office", { office: current.officeName })}</BodyShort>
          </section>

          {/* Sections in the agreement's own order, 1 to 4, also while it is edited. */}
          {current.editable ? (
            <AgreementTextForm slug={slug} current={current} part="purpose" />
          ) : (
            <ReadOnlySection number={1} title={t("sections.purpose")} text={current.purpose} />
          )}
          <DutyList slug={slug} current={current} list="leaderDuties" number={2} title={t("sections.leaderDuties")} />
          <DutyList slug={slug} current={current} list="ownerDuties" number={3} title={t("sections.ownerDuties")} />
          {current.editable && <AgreementTextForm slug={slug} current={current} part="closing" />}
          {!current.editable && (
            <>
              <ReadOnlySection number={4} title={t("sections.changes")} text={current.changeClause} />
              <BodyShort>{t("placeAndDate", { place: current.place || t("notSet"), date: formatDate(current.signingDate, locale) })}</BodyShort>
            </>
          )}
          <section aria-labelledby="vedlegg-heading">
            <Heading id="vedlegg-heading" level="2" size="medium" spacing>
              5. {t("sections.appendix")}
            </Heading>
            <BodyLong spacing>{t("appendixText", { year, office: current.officeName })}</BodyLong>
            {current.appendixPlan ? (
              <BodyShort>
                <Link href={`/partnerskap/${slug}/virksomhetsplan/${year}?versjon=${current.appendixPlan.versionId}`}>
                  {t("appendixPlanLink", { year, no: current.appendixPlan.versionNo })}
                </Link>{" "}
                {t("appendixPlanApproved", { date: formatDateTime(current.appendixPlan.approvedAt, locale) })}
              </BodyShort>
            ) : (
              <Alert variant="warning" size="small">
                {t("noApprovedPlan", { year })}
              </Alert>
            )}
          </section>

          <details className="rounded-lg border border-ax-border-neutral-subtle p-4">
            <summary className="cursor-pointer font-semibold">{t("signedText")}</summary>
            {locale !== "nb" && <BodyShort className="mt-3">{t("canonicalLanguageNote")}</BodyShort>}
            {/* The exact words hashed (canonical.ts): always as stored, never translated. */}
            <pre className="mt-3 whitespace-pre-wrap font-[inherit] text-base">
              {current.text}
            </pre>
            <BodyShort size="small" className="mt-2 break-all">
              {t("checksum")} <code>{current.hash}</code>
            </BodyShort>
          </details>
          <ObjectHistory slug={slug} kind="lederavtale" id={String(year)} />
        </>
      )}
    </VStack>
  );
}

type Current = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof getServerCaller>>["leaderAgreement"]["year"]>>["current"]>;

async function Signatures({ current }: { current: Current }) {
  const [t, locale] = await Promise.all([getTranslations("agreement"), getLocale()]);
  return (
    <div>
      <Heading level="3" size="small" spacing>
        {t("signatures")}
      </Heading>
      <ul className="m-0 list-none p-0">
        {current.parties.map((p) => {
          const signature = current.signatures.find((s) => s.userId === p.userId);
          return (
            <li key={p.userId} className="py-1">
              {p.name} ({t(`signatory.${p.party}`)}):{" "}
              {signature ? <strong>{t("signedAt", { date: formatDateTime(signature.signedAt, locale) })}</strong> : t("awaitingSignature")}
            </li>
          );
        })}
      </ul>
      {current.signedHash && (
        <BodyShort size="small" className="mt-2 break-all">
          {t("signedChecksum")} <code>{current.signedHash}</code>
        </BodyShort>
      )}
    </div>
  );
}

function ReadOnlySection({ number, title, text }: { number: number; title: string; text: string }) {
  return (
    <section aria-labelledby={`seksjon-${number}`}>
      <Heading id={`seksjon-${number}`} level="2" size="medium" spacing>
        {number}. {title}
      </Heading>
      <BodyLong className="whitespace-pre-line">{text}</BodyLong>
    </section>
  );
}
