import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import { Tag } from "@navikt/ds-react/Tag";
import {
  LinkCard,
  LinkCardAnchor,
  LinkCardDescription,
  LinkCardFooter,
  LinkCardTitle,
} from "@navikt/ds-react/LinkCard";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { formatDate } from "~/lib/format";
import { StatusTag } from "~/app/_components/status-tag";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnership.dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const api = await getServerCaller();
  const dashboard = await api.dashboard.get();
  const [t, tp, locale] = await Promise.all([getTranslations("partnership.dashboard"), getTranslations("partnership"), getLocale()]);
  const date = (iso: string) => formatDate(iso, locale);
  // Partnerships reached through a fylke role are listed compactly under the fylke instead.
  const direct = dashboard.partnerships.filter((p) => !p.onlyViaFylke);

  return (
    <VStack gap="space-40">
      <Heading level="1" size="xlarge">
        {t("title")}
      </Heading>

      <section aria-labelledby="venter-heading">
        <Heading id="venter-heading" level="2" size="medium" spacing>
          {t("awaiting.heading")}
        </Heading>
        {dashboard.awaiting.length === 0 ? (
          <BodyShort>
            {t("awaiting.empty")}
          </BodyShort>
        ) : (
          <ul className="m-0 list-none p-0 flex flex-col gap-2">
            {dashboard.awaiting.map((item) => (
              <li key={item.key}>
                <HStack gap="space-8" align="center">
                  {item.kind === "plan_approval" ? (
                    <StatusTag tone="info">{t("tag.approval")}</StatusTag>
                  ) : item.kind === "agreement_signature" ? (
                    <StatusTag tone="info">{t("tag.signature")}</StatusTag>
                  ) : item.kind === "minutes_approval" ? (
                    <StatusTag tone="info">{t("tag.approval")}</StatusTag>
                  ) : item.kind === "network_invitation" ? (
                    <StatusTag tone="info">{t("tag.invitation")}</StatusTag>
                  ) : item.kind === "workshop_transfer" ? (
                    <StatusTag tone="info">{t("tag.workshop")}</StatusTag>
                  ) : item.kind === "follow_up" ? (
                    <StatusTag tone={item.overdue ? "danger" : "neutral"}>{item.overdue ? t("tag.overdue") : t("tag.followUp")}</StatusTag>
                  ) : (
                    <StatusTag tone={item.overdue ? "danger" : "warning"}>{item.overdue ? t("tag.overdue") : t("tag.soon")}</StatusTag>
                  )}
                  {item.kind === "plan_approval" ? (
                    <NextLink href={`/partnerskap/${item.slug}/virksomhetsplan/${item.year}`} className="aksel-link">
                      {t("item.planApproval", { year: item.year, office: item.officeName })}
                    </NextLink>
                  ) : item.kind === "agreement_signature" ? (
                    <NextLink href={`/partnerskap/${item.slug}/lederavtale/${item.year}`} className="aksel-link">
                      {t("item.agreementSignature", { year: item.year, office: item.officeName })}
                    </NextLink>
                  ) : item.kind === "minutes_approval" ? (
                    <NextLink href={`/partnerskap/${item.slug}/moter/${item.meetingId}#referat-godkjenning`} className="aksel-link">
                      {t(item.hasRemark ? "item.minutesRemark" : "item.minutesApproval", { title: item.title, date: date(item.date), office: item.officeName })}
                    </NextLink>
                  ) : item.kind === "follow_up" ? (
                    <NextLink href={`/partnerskap/${item.slug}/moter/${item.meetingId}#oppfolging-${item.followUpId}`} className="aksel-link">
                      {t("item.followUp", { office: item.officeName, text: item.text })}
                      {item.hasDeadline ? t("item.deadline", { date: date(item.date) }) : ""}
                    </NextLink>
                  ) : item.kind === "network_invitation" ? (
                    <NextLink href={`/partnerskap/${item.slug}#nettverk`} className="aksel-link">
                      {t("item.networkInvitation", { office: item.officeName, network: item.networkName })}
                    </NextLink>
                  ) : item.kind === "workshop_transfer" ? (
                    <NextLink href={`/partnerskap/${item.slug}/mulighetsrom`} className="aksel-link">
                      {t("item.workshopTransfer", { gathering: item.gatheringTitle, office: item.officeName })}
                    </NextLink>
                  ) : item.kind === "agreement_revision" ? (
                    <NextLink href={`/partnerskap/${item.slug}`} className="aksel-link">
                      {t("item.agreementRevision", { office: item.officeName, date: date(item.date) })}
                    </NextLink>
                  ) : (
                    <NextLink
                      href={`/partnerskap/${item.slug}/mulighetsrom/${item.assessmentId}/svar`}
                      className="aksel-link"
                    >
                      {t("item.assessment", { office: item.officeName, occasion: item.occasion, date: date(item.date) })}
                    </NextLink>
                  )}
                </HStack>
              </li>
            ))}
          </ul>
        )}
      </section>

      {dashboard.fylker.map((f) => {
        const offices = dashboard.partnerships.filter((p) => p.fylkeId === f.id);
        return (
          <section key={f.id} aria-labelledby={`fylke-${f.slug}-heading`}>
            <Heading id={`fylke-${f.slug}-heading`} level="2" size="medium" spacing>
              {t("fylke.heading", { fylke: f.name, count: offices.length })}
            </Heading>
            <BodyShort spacing>
              {t("fylke.roles", { roles: f.roles.map((r) => tp(`role.${r}`).toLowerCase()).join(t("fylke.and")), fylke: f.name })}{" "}
              <NextLink className="aksel-link" href={`/fylke/${f.slug}`}>
                {t("fylke.link", { fylke: f.name })}
              </NextLink>
            </BodyShort>
            {offices.length > 0 && (
              <ul className="m-0 list-none p-0 columns-1 gap-8 ax-md:columns-2 ax-lg:columns-3">
                {offices.map((p) => (
                  <li key={p.slug} className="py-1">
                    <NextLink className="aksel-link" href={`/partnerskap/${p.slug}`}>
                      {p.officeName}
                    </NextLink>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}

      <section aria-labelledby="partnerskap-heading">
        <Heading id="partnerskap-heading" level="2" size="medium" spacing>
          {t("direct.heading")}
        </Heading>
        {direct.length === 0 ? (
          <VStack gap="space-8">
            <BodyShort>
              {dashboard.fylker.length > 0 ? t("direct.onlyFylke") : t("direct.none")}
            </BodyShort>
            {dashboard.fylker.length === 0 && (
              <BodyShort>
                {dashboard.isFacilitator ? t("direct.facilitator") : t("direct.askForInvitation")}
              </BodyShort>
            )}
          </VStack>
        ) : (
          <ul className="m-0 list-none p-0 grid gap-4 ax-md:grid-cols-2 ax-lg:grid-cols-3">
            {direct.map((p) => (
              <li key={p.slug}>
                <LinkCard className="h-full">
                  <LinkCardTitle as="h3">
                    <LinkCardAnchor asChild>
                      <NextLink href={`/partnerskap/${p.slug}`}>{p.officeName}</NextLink>
                    </LinkCardAnchor>
                  </LinkCardTitle>
                  <LinkCardDescription>
                    {t("direct.kommuner", { count: p.kommuner.length, kommuner: p.kommuner.join(", "), fylke: p.fylkeName })}
                  </LinkCardDescription>
                  <LinkCardFooter>
                    <HStack gap="space-4" wrap>
                      {p.roles.map((r) => (
                        <Tag key={r.role} size="xsmall" variant="outline" data-color="neutral">
                          {r.viaFylke ? t("direct.viaFylke", { role: tp(`role.${r.role}`) }) : tp(`role.${r.role}`)}
                        </Tag>
                      ))}
                    </HStack>
                  </LinkCardFooter>
                </LinkCard>
              </li>
            ))}
          </ul>
        )}
      </section>

      {dashboard.isAdmin && (
        <section aria-labelledby="admin-heading">
          <Heading id="admin-heading" level="2" size="medium" spacing>
            {t("admin.heading")}
          </Heading>
          <NextLink href="/admin" className="aksel-link">
            {t("admin.link")}
          </NextLink>
        </section>
      )}
    </VStack>
  );
}
