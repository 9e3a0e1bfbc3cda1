import { DownloadIcon } from "@navikt/aksel-icons";
import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getServerCaller } from "~/server/api/server-caller";
import { partyLabels } from "~/server/domain/leader-agreement/canonical";
import { formatDate, formatDateTime } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { StatusTag } from "~/app/_components/status-tag";
import { AgreementActions, CreateAgreement, VerifyAgreement } from "./agreement-actions";
import { AgreementTextForm, DutyList } from "./agreement-editor";
import { ObjectHistory } from "~/app/(app)/partnerskap/[slug]/historikk/object-history";
import { RoleNote } from "~/app/_components/role-note";

type Params = { params: Promise<{ slug: string; ar: string }>; searchParams: Promise<{ versjon?: string }> };

function parseYear(ar: string) {
  const year = Number(ar);
  return /^\d{4}$/.test(ar) && year >= 2000 && year <= 2100 ? year : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ar } = await params;
  return { title: `Lederavtale ${ar}` };
}

export default async function LeaderAgreementPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  const year = parseYear(ar);
  if (year === null) notFound();
  const { versjon } = await searchParams;
  const api = await getServerCaller();
  const data = await loadOrInterrupt(() => api.leaderAgreement.year({ partnership: slug, year, versionId: versjon }));
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
          Lederavtale {year}
        </Heading>
        <BodyLong className="max-w-prose">
          Den årlige avtalen mellom kommunen, Nav fylke og Nav-lederen. Nav-lederen og eierne utformer den sammen;
          når teksten er ferdig, signerer hver av partene med passordet sitt. Da låses teksten. Endringer senere i året
          blir en ny versjon som alle signerer på nytt.
        </BodyLong>
        <RoleNote permissions={data.permissions} area="lederavtale" />
      </div>

      {!current ? (
        <section aria-labelledby="ingen-avtale" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="ingen-avtale" level="2" size="medium" spacing>
            Ingen avtale for {year} ennå
          </Heading>
          {data.canEdit ? (
            <CreateAgreement slug={slug} year={year} hasPreviousYear={data.hasPreviousYear} />
          ) : (
            <BodyShort>Nav-lederen eller en av eierne lager avtalen.</BodyShort>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="status-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
            <VStack gap="space-16">
              <HStack gap="space-12" align="center">
                <Heading id="status-heading" level="2" size="medium">
                  Versjon {current.versionNo}
                </Heading>
                {current.status === "signert" ? (
                  <StatusTag tone="success">Signert</StatusTag>
                ) : current.signatures.length > 0 ? (
                  <StatusTag tone="warning">
                    Signert av {current.signatures.length} av {current.parties.length}
                  </StatusTag>
                ) : (
                  <StatusTag tone="neutral">Utkast</StatusTag>
                )}
                {!current.isLatest && <BodyShort>(eldre versjon, erstattet av en endring)</BodyShort>}
              </HStack>
              {data.versions.length > 1 && (
                <nav aria-label="Versjoner">
                  <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
                    {data.versions.map((v) => (
                      <li key={v.id}>
                        <Link href={`${base}?versjon=${v.id}`} aria-current={v.id === current.id ? "page" : undefined}>
                          Versjon {v.versionNo} ({v.status === "signert" ? "signert" : "utkast"})
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
              <a href={`${base}/eksport/pdf?versjon=${current.id}`} className="inline-flex items-center gap-1 self-start">
                <DownloadIcon aria-hidden /> Last ned som PDF
              </a>
            </VStack>
          </section>

          {current.editable ? (
            <Alert variant="info" size="small">
              Utkastet kan endres av Nav-lederen, eierne og deres delegater. Hver endring lagres i historikken.
            </Alert>
          ) : (
            current.status === "utkast" && (
              <Alert variant="info" size="small">
                Teksten er låst fordi minst én part har signert. Den som har signert, kan trekke signaturen tilbake
                hvis noe må endres.
              </Alert>
            )
          )}

          <section aria-labelledby="parter-heading">
            <Heading id="parter-heading" level="2" size="medium" spacing>
              Parter
            </Heading>
            <ul className="m-0 list-none p-0">
              {current.parties.map((p) => (
                <li key={p.userId} className="py-1">
                  <strong>{partyLabels[p.party]}:</strong> {p.name}, {p.title}
                </li>
              ))}
            </ul>
            <BodyShort className="mt-2">Nav-kontor: {current.officeName}</BodyShort>
          </section>

          {/* Sections in the agreement's own order, 1 to 4, also while it is edited. */}
          {current.editable ? (
            <AgreementTextForm slug={slug} current={current} part="purpose" />
          ) : (
            <ReadOnlySection number={1} title="Formål" text={current.purpose} />
          )}
          <DutyList slug={slug} current={current} list="leaderDuties" number={2} title="Nav-lederens ansvar" />
          <DutyList slug={slug} current={current} list="ownerDuties" number={3} title="Eiernes ansvar" />
          {current.editable && <AgreementTextForm slug={slug} current={current} part="closing" />}
          {!current.editable && (
            <>
              <ReadOnlySection number={4} title="Endringer i avtaleperioden" text={current.changeClause} />
              <BodyShort>
                Sted og dato: {current.place || "ikke satt"}, {formatDate(current.signingDate)}
              </BodyShort>
            </>
          )}
          <section aria-labelledby="vedlegg-heading">
            <Heading id="vedlegg-heading" level="2" size="medium" spacing>
              5. Vedlegg
            </Heading>
            <BodyLong spacing>{current.appendix}</BodyLong>
            {current.appendixPlan ? (
              <BodyShort>
                <Link href={`/partnerskap/${slug}/virksomhetsplan/${year}?versjon=${current.appendixPlan.versionId}`}>
                  Felles virksomhetsplan {year}, versjon {current.appendixPlan.versionNo}
                </Link>{" "}
                – godkjent av eierne {formatDateTime(current.appendixPlan.approvedAt)}.
              </BodyShort>
            ) : (
              <Alert variant="warning" size="small">
                Det finnes ingen godkjent felles virksomhetsplan for {year} i Partnerskapsrommet ennå. Avtalen viser til
                planen slik eierne godkjenner den.
              </Alert>
            )}
          </section>

          <details className="rounded-lg border border-ax-border-neutral-subtle p-4">
            <summary className="cursor-pointer font-semibold">Teksten som signeres, ord for ord</summary>
            <pre className="mt-3 whitespace-pre-wrap font-[inherit] text-base">{current.text}</pre>
            <BodyShort size="small" className="mt-2 break-all">
              Kontrollsum (SHA-256): <code>{current.hash}</code>
            </BodyShort>
          </details>
          <ObjectHistory slug={slug} kind="lederavtale" id={String(year)} />
        </>
      )}
    </VStack>
  );
}

type Current = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof getServerCaller>>["leaderAgreement"]["year"]>>["current"]>;

const signatoryLabels = { kommune: "for kommunen", stat: "for Nav fylke", kontor: "Nav-leder" } as const;

function Signatures({ current }: { current: Current }) {
  return (
    <div>
      <Heading level="3" size="small" spacing>
        Signaturer
      </Heading>
      <ul className="m-0 list-none p-0">
        {current.parties.map((p) => {
          const signature = current.signatures.find((s) => s.userId === p.userId);
          return (
            <li key={p.userId} className="py-1">
              {p.name} ({signatoryLabels[p.party]}):{" "}
              {signature ? <strong>signert {formatDateTime(signature.signedAt)}</strong> : "venter på signatur"}
            </li>
          );
        })}
      </ul>
      {current.signedHash && (
        <BodyShort size="small" className="mt-2 break-all">
          Signert tekst, kontrollsum (SHA-256): <code>{current.signedHash}</code>
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
