import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import { useLocale, useTranslations } from "next-intl";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { EMPTY_CELL, memberStatusTones, sharingSummary, type MemberStatus, type SharingWords } from "~/lib/network/labels";
import { InviteForm, WithdrawInvitation } from "./member-actions";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface Member {
  id: string;
  version: number;
  officeName: string;
  status: MemberStatus;
  shareStatuses: boolean;
  sharePriorities: boolean;
  shareNotes: boolean;
  sharePlans: boolean;
  invitedAt: Date;
  respondedAt: Date | null;
}

const dateOf = (d: Date, locale: Locale) => formatDate(d.toISOString().slice(0, 10), locale);

export function MembersSection({
  slug,
  members,
  canEdit,
  invitable,
}: {
  slug: string;
  members: Member[];
  canEdit: boolean;
  invitable: { id: string; officeName: string; fylkeName: string }[];
}) {
  const t = useTranslations("network");
  const tc = useTranslations("common");
  const locale = useLocale();
  const words: SharingWords = {
    short: (key) => t(`sharing.${key}.short`),
    nothing: t("sharing.nothing"),
    list: (first, last) => t("sharing.list", { first, last }),
  };
  const memberCount = members.filter((m) => m.status === "medlem").length;
  const actions = tc("actions");
  return (
    <section aria-labelledby="medlemmer-heading">
      <Heading id="medlemmer-heading" level="2" size="medium" spacing>
        {t("members.heading", { count: memberCount })}
      </Heading>
      <VStack gap="space-16">
        <BodyLong className="max-w-prose">{t("members.intro")}</BodyLong>
        {members.length === 0 ? (
          <BodyShort>
            {canEdit ? t("members.noneInvited") : t("members.noneMembers")}
          </BodyShort>
        ) : (
          <ScrollRegion label={t("members.scrollLabel")}>
            <StaticTable size="small">
              <caption className="sr-only">{t("members.caption")}</caption>
              <StaticThead>
                <tr>
                  <StaticTh scope="col">{t("members.office")}</StaticTh>
                  <StaticTh scope="col">{t("members.status")}</StaticTh>
                  <StaticTh scope="col">{t("members.shares")}</StaticTh>
                  <StaticTh scope="col">{canEdit ? t("members.invitedAnswered") : t("members.memberSince")}</StaticTh>
                  {canEdit && (
                    <StaticTh scope="col">
                      <span className="sr-only">{actions}</span>
                    </StaticTh>
                  )}
                </tr>
              </StaticThead>
              <StaticTbody>
                {members.map((m) => (
                  <StaticTr key={m.id}>
                    <StaticTd>{m.officeName}</StaticTd>
                    <StaticTd>
                      <StatusTag tone={memberStatusTones[m.status]} size="xsmall">
                        {t(`memberStatus.${m.status}`)}
                      </StatusTag>
                    </StaticTd>
                    <StaticTd>{m.status === "medlem" ? sharingSummary(m, words) : EMPTY_CELL}</StaticTd>
                    <StaticTd className="whitespace-nowrap">
                      {canEdit ? `${dateOf(m.invitedAt, locale)}${m.respondedAt ? ` / ${dateOf(m.respondedAt, locale)}` : ""}` : m.respondedAt ? dateOf(m.respondedAt, locale) : EMPTY_CELL}
                    </StaticTd>
                    {canEdit && (
                      <StaticTd>{m.status === "invitert" && <WithdrawInvitation slug={slug} memberId={m.id} version={m.version} officeName={m.officeName} />}</StaticTd>
                    )}
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        )}
        {canEdit && <InviteForm slug={slug} partnerships={invitable} />}
      </VStack>
    </section>
  );
}
