import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { PageLinks } from "~/app/_components/page-links";
import { loadOrInterrupt } from "~/app/_lib/load";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDateTime } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import { MAIL_PATH, messagesWord, outboxHref, readOutboxParams, statusInfo, statusOrder } from "./mail-view";
import { ResendButton } from "./resend-button";

export const metadata: Metadata = { title: "E-post – administrasjon" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The outbox: every mail the app has sent, is about to send, gave up on, or (without SMTP_URL) kept. */
export default async function MailPage({ searchParams }: Props) {
  const params = readOutboxParams(await searchParams);
  const api = await getServerCaller();
  const { smtpConfigured, counts, list } = await loadOrInterrupt(() => api.mail.outbox({ status: params.status, page: params.page }));
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.messages.length - 1;
  const filterLabel = list.status ? `E-post med status «${statusInfo[list.status].label}»` : "All e-post";

  return (
    <VStack gap="space-24">
      <div>
        <NextLink className="aksel-link" href="/admin">
          <span aria-hidden="true">← </span>Administrasjon
        </NextLink>
        <Heading level="1" size="xlarge" spacing className="mt-2">
          E-post
        </Heading>
        <BodyLong className="max-w-prose">
          Alt appen sender på e-post: invitasjoner, varsler og daglige sammendrag. En e-post legges i køen i samme øyeblikk som endringen
          den forteller om, og sendes derfra. Går det galt, prøver appen igjen flere ganger før den gir opp; da ser du feilen her og kan
          sende på nytt.
        </BodyLong>
      </div>

      {!smtpConfigured && (
        <Alert variant="info">
          <Heading level="2" size="small" spacing>
            Ingen e-post forlater maskinen
          </Heading>
          <BodyLong>
            SMTP_URL er ikke satt, så appen sender ingenting. Det som ville blitt sendt, blir liggende her med status «Ikke sendt (ingen
            SMTP_URL)», og du kan åpne og lese hver e-post. For å sende ekte e-post setter driftsansvarlig SMTP_URL og MAIL_FROM.
          </BodyLong>
        </Alert>
      )}

      <nav aria-label="Velg status">
        <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          <li>
            <FilterLink href={outboxHref({})} current={!list.status} label="Alle" count={counts.all} />
          </li>
          {statusOrder
            .filter((s) => s !== "sending" || counts.sending > 0)
            .map((s) => (
              <li key={s}>
                <FilterLink href={outboxHref({ status: s })} current={list.status === s} label={statusInfo[s].label} count={counts[s]} />
              </li>
            ))}
        </ul>
      </nav>

      <section aria-labelledby="epost-heading">
        <Heading id="epost-heading" level="2" size="medium" spacing>
          {filterLabel}
        </Heading>
        {list.total === 0 ? (
          <BodyShort>
            {list.status
              ? `Ingen e-post har status «${statusInfo[list.status].label}».`
              : "Appen har ikke laget noen e-post ennå. Invitasjoner og varsler dukker opp her når de lages."}
          </BodyShort>
        ) : (
          <VStack gap="space-16">
            <BodyShort>
              {messagesWord(list.total)}, nyeste først. Viser {first}–{last}.
            </BodyShort>
            <ScrollRegion labelledBy="epost-heading">
              <StaticTable size="small">
                <StaticThead>
                  <tr>
                    <StaticTh scope="col">Emne</StaticTh>
                    <StaticTh scope="col">Mottaker</StaticTh>
                    <StaticTh scope="col">Status</StaticTh>
                    <StaticTh scope="col">Forsøk</StaticTh>
                    <StaticTh scope="col">Siste feil</StaticTh>
                    <StaticTh scope="col">Laget</StaticTh>
                    <StaticTh scope="col">Sendt</StaticTh>
                    <StaticTh scope="col">
                      <span className="sr-only">Handling</span>
                    </StaticTh>
                  </tr>
                </StaticThead>
                <StaticTbody>
                  {list.messages.map((m) => (
                    <StaticTr key={m.id}>
                      <StaticTh scope="row" className="font-normal">
                        <NextLink className="aksel-link" href={`${MAIL_PATH}/${m.id}`}>
                          {m.subject}
                        </NextLink>
                      </StaticTh>
                      <StaticTd className="break-all">{m.to}</StaticTd>
                      <StaticTd>
                        <StatusTag tone={statusInfo[m.status].tone} size="xsmall">
                          {statusInfo[m.status].label}
                        </StatusTag>
                        {m.status === "waiting" && m.attempts > 0 && (
                          <BodyShort size="small" className="mt-1">
                            Neste forsøk {formatDateTime(m.nextAttemptAt)}
                          </BodyShort>
                        )}
                      </StaticTd>
                      <StaticTd>{m.attempts}</StaticTd>
                      <StaticTd className="max-w-72">{m.lastError ?? "–"}</StaticTd>
                      <StaticTd className="whitespace-nowrap">{formatDateTime(m.createdAt)}</StaticTd>
                      <StaticTd className="whitespace-nowrap">{m.sentAt ? formatDateTime(m.sentAt) : "–"}</StaticTd>
                      <StaticTd>{m.status === "failed" ? <ResendButton id={m.id} subject={m.subject} to={m.to} /> : null}</StaticTd>
                    </StaticTr>
                  ))}
                </StaticTbody>
              </StaticTable>
            </ScrollRegion>
          </VStack>
        )}
      </section>

      <PageLinks
        label="Sider med e-post"
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => outboxHref({ status: list.status, page })}
      />
    </VStack>
  );
}

function FilterLink({ href, current, label, count }: { href: string; current: boolean; label: string; count: number }) {
  return (
    <NextLink className={current ? "aksel-link font-semibold no-underline" : "aksel-link"} href={href} aria-current={current ? "page" : undefined}>
      {label} ({count.toLocaleString("nb-NO")})
    </NextLink>
  );
}
