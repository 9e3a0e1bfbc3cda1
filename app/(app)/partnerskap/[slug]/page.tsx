import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import { Tag } from "@navikt/ds-react/Tag";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getServerCaller } from "~/server/api/server-caller";
import { RoleAbilities } from "~/app/_components/role-note";
import { ClientMessages } from "~/app/_components/client-messages";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AgreementChecklist } from "./agreement-checklist";
import { DetailsPanel } from "./details-panel";
import { NetworkMemberships } from "./network-memberships";
import { PeopleTable } from "./people-table";
import { RecentChanges } from "./recent-changes";
import { ServicePortfolio } from "./service-portfolio";

type Params = { params: Promise<{ slug: string }> };

/** Shared by the page and its metadata: one read per request. */
const loadOverview = cache(async (slug: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.partnership.overview({ partnership: slug }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await loadOverview(slug)).officeName };
}

export default async function PartnershipPage({ params }: Params) {
  const { slug } = await params;
  const api = await getServerCaller();
  const overview = await loadOverview(slug);
  const [t, tp] = await Promise.all([getTranslations("partnership.overview"), getTranslations("partnership")]);
  const [changes, networks] = await Promise.all([
    api.partnership.recentChanges({ partnership: slug }),
    api.network.networks({ partnership: slug }),
  ]);

  // The network's sharing words travel only with this section (ADR 0015).
  const networkSection = (
    <ClientMessages namespaces={["partnership", "network"]}>
      <NetworkMemberships slug={overview.slug} invitations={networks.invitations} memberships={networks.memberships} canAnswer={networks.canAnswer} assessments={networks.closedAssessments} />
    </ClientMessages>
  );

  return (
    <VStack gap="space-40">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {overview.officeName}
        </Heading>
        <BodyShort className="text-ax-text-neutral-subtle">
          {t("between", { kommuner: overview.kommuner.map((k) => t("kommune", { name: k.name })).join(", "), fylke: overview.fylke.name })}
        </BodyShort>
        <HStack gap="space-8" className="mt-3" align="center">
          <BodyShort size="small">{t("yourRole")}</BodyShort>
          {overview.myRoles.map((role) => (
            <Tag key={role} size="xsmall" variant="outline" data-color="neutral">
              {tp(`role.${role}`)}
            </Tag>
          ))}
        </HStack>
        <RoleAbilities permissions={overview.permissions} />
      </div>

      {/* An invitation waits for an answer: it comes first. */}
      {networks.invitations.length > 0 && networkSection}
      <DetailsPanel partnership={overview} canEdit={overview.canEdit} />
      <PeopleTable people={overview.people} />
      <AgreementChecklist slug={overview.slug} points={overview.agreement} canEdit={overview.canEdit} />
      <ServicePortfolio slug={overview.slug} services={overview.services} canEdit={overview.canEdit} />
      {networks.invitations.length === 0 && networkSection}
      <RecentChanges changes={changes} historyHref={`/partnerskap/${overview.slug}/historikk`} />
    </VStack>
  );
}
