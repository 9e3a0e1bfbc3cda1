import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { loadOrInterrupt } from "~/app/_lib/load";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDateTime } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import { MAIL_PATH, statusInfo } from "../mail-view";
import { ResendButton } from "../resend-button";
import { HtmlPreview } from "./html-preview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mail");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

/**
 * One mail as it was (or would have been) sent: its facts, the text part, and on request the
 * HTML part in a sandboxed frame (html-preview.tsx).
 */
export default async function MailMessagePage({ params }: Props) {
  const { id } = await params;
  const [api, t, locale] = await Promise.all([getServerCaller(), getTranslations("admin.mail"), getLocale()]);
  const message = await loadOrInterrupt(() => api.mail.message({ id }));
  const status = statusInfo[message.status];

  const facts: [string, React.ReactNode][] = [
    [t("message.to"), <span key="to" className="break-all">{message.to}</span>],
    [
      t("statusColumn"),
      <StatusTag key="status" tone={status.tone} size="small">
        {t(`status.${message.status}`)}
      </StatusTag>,
    ],
    [t("attempts"), message.attempts],
    [t("created"), formatDateTime(message.createdAt, locale)],
    [t("sent"), message.sentAt ? formatDateTime(message.sentAt, locale) : "–"],
    ...(message.status === "waiting" && message.attempts > 0 ? ([[t("message.nextAttempt"), formatDateTime(message.nextAttemptAt, locale)]] as [string, React.ReactNode][]) : []),
    ...(message.lastError ? ([[t("lastError"), message.lastError]] as [string, React.ReactNode][]) : []),
    ["Message-ID", <code key="mid" className="break-all">{message.messageId}</code>],
    ...(message.calendar
      ? ([[t("message.attachment"), t(message.calendar.method === "CANCEL" ? "message.calendarCancel" : "message.calendarInvite", { filename: message.calendar.filename })]] as [string, React.ReactNode][])
      : []),
    ...(message.unsubscribeUrl ? ([[t("message.unsubscribe"), <span key="unsub" className="break-all">{message.unsubscribeUrl}</span>]] as [string, React.ReactNode][]) : []),
  ];

  return (
    <VStack gap="space-24">
      <div>
        <NextLink className="aksel-link" href={MAIL_PATH}>
          <span aria-hidden="true">← </span>{t("heading")}
        </NextLink>
        <Heading level="1" size="large" spacing className="mt-2 break-words">
          {message.subject}
        </Heading>
      </div>

      {!message.smtpConfigured && message.status === "kept" && (
        <Alert variant="info" size="small">
          {t("message.notSent")}
        </Alert>
      )}

      <section aria-labelledby="fakta-heading">
        <Heading id="fakta-heading" level="2" size="medium" spacing>
          {t("message.about")}
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
          {t("message.textPart")}
        </Heading>
        <BodyShort spacing>{t("message.textPartHelp")}</BodyShort>
        <pre className="max-w-3xl overflow-x-auto whitespace-pre-wrap break-words rounded border border-[var(--ax-border-neutral-subtle)] bg-[var(--ax-bg-neutral-soft)] p-4 font-sans">
          {message.text}
        </pre>
      </section>

      <section aria-labelledby="html-heading">
        <Heading id="html-heading" level="2" size="medium" spacing>
          {t("message.htmlPart")}
        </Heading>
        <BodyLong spacing>{t("message.htmlPartHelp")}</BodyLong>
        <HtmlPreview html={message.html} subject={message.subject} />
      </section>

      {message.calendar && (
        <section aria-labelledby="ics-heading">
          <Heading id="ics-heading" level="2" size="medium" spacing>
            {t("message.calendarHeading", { filename: message.calendar.filename })}
          </Heading>
          <pre className="max-w-3xl overflow-x-auto rounded border border-[var(--ax-border-neutral-subtle)] bg-[var(--ax-bg-neutral-soft)] p-4 text-sm">
            {message.calendar.content}
          </pre>
        </section>
      )}
    </VStack>
  );
}
