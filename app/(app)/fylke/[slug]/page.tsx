import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "../../../_lib/load";
import { CycleTemplateSection } from "./cycle-template";
import { FylkeTable } from "./fylke-table";

type Params = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Fylkesoversikt" };

export default async function FylkePage({ params }: Params) {
  const { slug } = await params;
  const api = await getServerCaller();
  const [overview, template] = await Promise.all([
    loadOrInterrupt(() => api.fylke.overview({ fylke: slug })),
    loadOrInterrupt(() => api.arshjul.template({ fylke: slug })),
  ]);
  const count = overview.partnerships.length;

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          Nav {overview.fylke.name}: alle partnerskap
        </Heading>
        <BodyShort>
          {count === 0
            ? "Fylket har ingen partnerskap ennå. En administrator kan opprette dem."
            : `${count} partnerskap i fylket. Klikk på et kontor for å se partnerskapet.`}
        </BodyShort>
      </div>
      {count > 0 && <FylkeTable partnerships={overview.partnerships} agreementYear={overview.agreementYear} />}
      <CycleTemplateSection fylke={slug} fylkeName={template.fylkeName} source={template.source} events={template.events} canEdit={template.canEdit} />
    </VStack>
  );
}
