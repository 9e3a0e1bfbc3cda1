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
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { roleInfo } from "~/lib/roles";
import { formatDate } from "~/lib/format";
import { StatusTag } from "~/app/_components/status-tag";

export const metadata: Metadata = { title: "Mine partnerskap" };

export default async function DashboardPage() {
  const api = await getServerCaller();
  const dashboard = await api.dashboard.get();
  // Partnerships reached through a fylke role are listed compactly under the fylke instead.
  const direct = dashboard.partnerships.filter((p) => !p.onlyViaFylke);

  return (
    <VStack gap="space-40">
      <Heading level="1" size="xlarge">
        Mine partnerskap
      </Heading>

      <section aria-labelledby="venter-heading">
        <Heading id="venter-heading" level="2" size="medium" spacing>
          Dette venter på deg
        </Heading>
        {dashboard.awaiting.length === 0 ? (
          <BodyShort>
            Ingenting venter på deg nå. Godkjenninger, signaturer, møter og avtaler som skal revideres dukker opp her.
          </BodyShort>
        ) : (
          <ul className="m-0 list-none p-0 flex flex-col gap-2">
            {dashboard.awaiting.map((item) => (
              <li key={item.key}>
                <HStack gap="space-8" align="center">
                  {item.kind === "plan_approval" ? (
                    <StatusTag tone="info">Til godkjenning</StatusTag>
                  ) : item.kind === "agreement_signature" ? (
                    <StatusTag tone="info">Til signering</StatusTag>
                  ) : item.kind === "minutes_approval" ? (
                    <StatusTag tone="info">Til godkjenning</StatusTag>
                  ) : item.kind === "network_invitation" ? (
                    <StatusTag tone="info">Invitasjon</StatusTag>
                  ) : item.kind === "workshop_transfer" ? (
                    <StatusTag tone="info">Fra samling</StatusTag>
                  ) : item.kind === "follow_up" ? (
                    <StatusTag tone={item.overdue ? "danger" : "neutral"}>{item.overdue ? "Forfalt" : "Oppfølging"}</StatusTag>
                  ) : (
                    <StatusTag tone={item.overdue ? "danger" : "warning"}>{item.overdue ? "Forfalt" : "Snart"}</StatusTag>
                  )}
                  {item.kind === "plan_approval" ? (
                    <NextLink href={`/partnerskap/${item.slug}/virksomhetsplan/${item.year}`} className="aksel-link">
                      Virksomhetsplanen {item.year} for {item.officeName} venter på din godkjenning
                    </NextLink>
                  ) : item.kind === "agreement_signature" ? (
                    <NextLink href={`/partnerskap/${item.slug}/lederavtale/${item.year}`} className="aksel-link">
                      Lederavtalen {item.year} for {item.officeName} venter på din signatur
                    </NextLink>
                  ) : item.kind === "minutes_approval" ? (
                    <NextLink href={`/partnerskap/${item.slug}/moter/${item.meetingId}#referat-godkjenning`} className="aksel-link">
                      {item.hasRemark
                        ? `Du har merknader til referatet fra «${item.title}» ${formatDate(item.date)} (${item.officeName}). Det venter fortsatt på din godkjenning`
                        : `Referatet fra «${item.title}» ${formatDate(item.date)} (${item.officeName}) venter på din godkjenning`}
                    </NextLink>
                  ) : item.kind === "follow_up" ? (
                    <NextLink href={`/partnerskap/${item.slug}/moter/${item.meetingId}#oppfolging-${item.followUpId}`} className="aksel-link">
                      Oppfølgingspunkt for {item.officeName}: {item.text}
                      {item.hasDeadline ? ` (frist ${formatDate(item.date)})` : ""}
                    </NextLink>
                  ) : item.kind === "network_invitation" ? (
                    <NextLink href={`/partnerskap/${item.slug}#nettverk`} className="aksel-link">
                      {item.officeName} er invitert til nettverket «{item.networkName}». Svar på invitasjonen
                    </NextLink>
                  ) : item.kind === "workshop_transfer" ? (
                    <NextLink href={`/partnerskap/${item.slug}/mulighetsrom`} className="aksel-link">
                      Selvvurderingen fra «{item.gatheringTitle}» kan overføres til mulighetsrommet for {item.officeName}
                    </NextLink>
                  ) : item.kind === "agreement_revision" ? (
                    <NextLink href={`/partnerskap/${item.slug}`} className="aksel-link">
                      Partnerskapsavtalen for {item.officeName} skal revideres {formatDate(item.date)}
                    </NextLink>
                  ) : (
                    <NextLink
                      href={`/partnerskap/${item.slug}/mulighetsrom/${item.assessmentId}/svar`}
                      className="aksel-link"
                    >
                      Gi din vurdering i mulighetsrommet for {item.officeName}: {item.occasion} ({formatDate(item.date)})
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
              Partnerskap i {f.name} ({offices.length})
            </Heading>
            <BodyShort spacing>
              Du er {f.roles.map((r) => roleInfo[r].label.toLowerCase()).join(" og ")} i {f.name} og ser alle partnerskapene i
              fylket.{" "}
              <NextLink className="aksel-link" href={`/fylke/${f.slug}`}>
                Nav {f.name}: alle partnerskap
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
          Partnerskap du har en rolle i
        </Heading>
        {direct.length === 0 ? (
          <VStack gap="space-8">
            <BodyShort>
              {dashboard.fylker.length > 0
                ? "Du har ingen rolle i et enkelt partnerskap, bare i fylket."
                : "Du har ingen rolle i et partnerskap ennå."}
            </BodyShort>
            {dashboard.fylker.length === 0 && (
              <BodyShort>
                {dashboard.isFacilitator
                  ? "Som prosessveileder ser du partnerskap når de blir med i et nettverk du leder."
                  : "Be Nav-lederen eller en administrator om en invitasjon til partnerskapet ditt."}
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
                    {p.kommuner.length > 1 ? "Kommuner" : "Kommune"}: {p.kommuner.join(", ")} · {p.fylkeName}
                  </LinkCardDescription>
                  <LinkCardFooter>
                    <HStack gap="space-4" wrap>
                      {p.roles.map((r) => (
                        <Tag key={r.role} size="xsmall" variant="outline" data-color="neutral">
                          {r.viaFylke ? `${r.label} (via fylket)` : r.label}
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
            Administrasjon
          </Heading>
          <NextLink href="/admin" className="aksel-link">
            Opprett partnerskap og inviter personer
          </NextLink>
        </section>
      )}
    </VStack>
  );
}
