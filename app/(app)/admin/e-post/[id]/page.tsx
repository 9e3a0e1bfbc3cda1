import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { loadOrInterrupt } from "~/app/_lib/load";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDateTime } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import { MAIL_PATH, statusInfo } from "../mail-view";
import { ResendButton } from "../resend-button";
import { HtmlPreview } from "./html-preview";

export const metadata: Metadata = { title: "E-post – administrasjon" };

type Props = { params: Promise<{ id: string }> };

/**
 * One mail as it was (or would have been) sent: its facts, the text part, and on request the
 * HTML part in a sandboxed frame (html-preview.tsx).
 */
export default async function MailMessagePage({ params }: Props) {
  const { id } = await params;
  const api = await getServerCaller();
  const message = await loadOrInterrupt(() => api.mail.message({ id }));
  const status = statusInfo[message.status];

  const facts: [string, React.ReactNode][] = [
    ["Til", <span key="to" className="break-all">{message.to}</span>],
    [
      "Status",
      <StatusTag key="status" tone={status.tone} size="small">
        {status.label}
      </StatusTag>,
    ],
    ["Forsøk", message.attempts],
    ["Laget", formatDateTime(message.createdAt)],
    ["Sendt", message.sentAt ? formatDateTime(message.sentAt) : "–"],
    ...(message.status === "waiting" && message.attempts > 0 ? ([["Neste forsøk", formatDateTime(message.nextAttemptAt)]] as [string, React.ReactNode][]) : []),
    ...(message.lastError ? ([["Siste feil", message.lastError]] as [string, React.ReactNode][]) : []),
    ["Message-ID", <code key="mid" className="break-all">{message.messageId}</code>],
    ...(message.calendar
      ? ([["Vedlegg", `${message.calendar.filename} (kalenderinvitasjon, ${message.calendar.method === "CANCEL" ? "avlysning" : "invitasjon"})`]] as [string, React.ReactNode][])
      : []),
    ...(message.unsubscribeUrl ? ([["Avmelding med ett klikk", <span key="unsub" className="break-all">{message.unsubscribeUrl}</span>]] as [string, React.ReactNode][]) : []),
  ];

  return (
    <VStack gap="space-24">
      <div>
        <NextLink className="aksel-link" href={MAIL_PATH}>
          <span aria-hidden="true">← </span>E-post
        </NextLink>
        <Heading level="1" size="large" spacing className="mt-2 break-words">
          {message.subject}
        </Heading>
      </div>

      {!message.smtpConfigured && message.status === "kept" && (
        <Alert variant="info" size="small">
          Denne e-posten er ikke sendt: SMTP_URL er ikke satt, så ingen e-post forlater maskinen. Slik ville den sett ut.
        </Alert>
      )}

      <section aria-labelledby="fakta-heading">
        <Heading id="fakta-heading" level="2" size="medium" spacing>
          Om e-posten
        </Heading>
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd className="m-0">{value}</dd>
            </div>
          ))}
        </dl>
        {message.status === "failed" && (
          <div className="mt-4">
            <ResendButton id={message.id} subject={message.subject} to={message.to} size="small" />
          </div>
        )}
      </section>

      <section aria-labelledby="tekst-heading">
        <Heading id="tekst-heading" level="2" size="medium" spacing>
          Tekstdelen
        </Heading>
        <BodyShort spacing>Det mottakeren ser i et e-postprogram som ikke viser HTML, eller leser opp.</BodyShort>
        <pre className="max-w-3xl overflow-x-auto whitespace-pre-wrap break-words rounded border border-[var(--ax-border-neutral-subtle)] bg-[var(--ax-bg-neutral-soft)] p-4 font-sans">
          {message.text}
        </pre>
      </section>

      <section aria-labelledby="html-heading">
        <Heading id="html-heading" level="2" size="medium" spacing>
          HTML-delen
        </Heading>
        <BodyLong spacing>Slik e-posten ser ut i de fleste e-postprogrammer. Lenkene i den virker ikke her; de står også i tekstdelen.</BodyLong>
        <HtmlPreview html={message.html} subject={message.subject} />
      </section>

      {message.calendar && (
        <section aria-labelledby="ics-heading">
          <Heading id="ics-heading" level="2" size="medium" spacing>
            Kalendervedlegget ({message.calendar.filename})
          </Heading>
          <pre className="max-w-3xl overflow-x-auto rounded border border-[var(--ax-border-neutral-subtle)] bg-[var(--ax-bg-neutral-soft)] p-4 text-sm">
            {message.calendar.content}
          </pre>
        </section>
      )}
    </VStack>
  );
}
