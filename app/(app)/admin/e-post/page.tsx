import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageLinks } from "~/app/_components/page-links";
import { loadOrInterrupt } from "~/app/_lib/load";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDateTime, formatNumber } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import { MAIL_PATH, outboxHref, readOutboxParams, statusInfo, statusOrder } from "./mail-view";
import { ResendButton } from "./resend-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mail");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The outbox: every mail the app has sent, is about to send, gave up on, or (without SMTP_URL) kept. */
export default async function MailPage({ searchParams }: Props) {
  const params = readOutboxParams(await searchParams);
  const [api, t, locale] = await Promise.all([getServerCaller(), getTranslations("admin.mail"), getLocale()]);
  const { smtpConfigured, counts, list } = await loadOrInterrupt(() => api.mail.outbox({ status: params.status, page: params.page }));
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.messages.length - 1;
  const filterLabel = list.status ? t("withStatus", { status: t(`status.${list.status}`) }) : t("all");

  return (
    <VStack gap="space-24">
      <div>
        <NextLink className="aksel-link" href="/admin">
          <span aria-hidden="true">← </span>{t("back")}
        </NextLink>
        <Heading level="1" size="xlarge" spacing className="mt-2">
          {t("heading")}
        </Heading>
        <BodyLong className="max-w-prose">
          {t("intro")}
        </BodyLong>
      </div>

      {!smtpConfigured && (
        <Alert variant="info">
          <Heading level="2" size="small" spacing>
            {t("noSmtpHeading")}
          </Heading>
          <BodyLong>
            {t("noSmtpBody")}
          </BodyLong>
        </Alert>
      )}

      <nav aria-label={t("chooseStatus")}>
        <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          <li>
            <FilterLink href={outboxHref({})} current={!list.status} label={t("allFilter")} count={formatNumber(counts.all, locale)} />
          </li>
          {statusOrder
            .filter((s) => s !== "sending" || counts.sending > 0)
            .map((s) => (
              <li key={s}>
                <FilterLink href={outboxHref({ status: s })} current={list.status === s} label={t(`status.${s}`)} count={formatNumber(counts[s], locale)} />
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
            {list.status ? t("noneWithStatus", { status: t(`status.${list.status}`) }) : t("none")}
          </BodyShort>
        ) : (
          <VStack gap="space-16">
            <BodyShort>
              {t("count", { count: list.total, first: String(first), last: String(last) })}
            </BodyShort>
            <ScrollRegion labelledBy="epost-heading">
              <StaticTable size="small">
                <StaticThead>
                  <tr>
                    <StaticTh scope="col">{t("subject")}</StaticTh>
                    <StaticTh scope="col">{t("to")}</StaticTh>
                    <StaticTh scope="col">{t("statusColumn")}</StaticTh>
                    <StaticTh scope="col">{t("attempts")}</StaticTh>
                    <StaticTh scope="col">{t("lastError")}</StaticTh>
                    <StaticTh scope="col">{t("created")}</StaticTh>
                    <StaticTh scope="col">{t("sent")}</StaticTh>
                    <StaticTh scope="col">
                      <span className="sr-only">{t("action")}</span>
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
                          {t(`status.${m.status}`)}
                        </StatusTag>
                        {m.status === "waiting" && m.attempts > 0 && (
                          <BodyShort size="small" className="mt-1">
                            {t("nextAttempt", { at: formatDateTime(m.nextAttemptAt, locale) })}
                          </BodyShort>
                        )}
                      </StaticTd>
                      <StaticTd>{m.attempts}</StaticTd>
                      <StaticTd className="max-w-72">{m.lastError ?? "–"}</StaticTd>
                      <StaticTd className="whitespace-nowrap">{formatDateTime(m.createdAt, locale)}</StaticTd>
                      <StaticTd className="whitespace-nowrap">{m.sentAt ? formatDateTime(m.sentAt, locale) : "–"}</StaticTd>
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
        label={t("pages")}
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => outboxHref({ status: list.status, page })}
      />
    </VStack>
  );
}

function FilterLink({ href, current, label, count }: { href: string; current: boolean; label: string; count: string }) {
  return (
    <NextLink className={current ? "aksel-link font-semibold no-underline" : "aksel-link"} href={href} aria-current={current ? "page" : undefined}>
      {label} ({count})
    </NextLink>
  );
}
