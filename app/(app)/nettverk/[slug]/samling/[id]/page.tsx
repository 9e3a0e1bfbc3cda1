import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { cache } from "react";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { gatheringDates } from "~/app/(app)/nettverk/[slug]/gatherings-section";
import { EditGathering } from "~/app/(app)/nettverk/[slug]/gathering-form";
import { ProgrammeDay } from "./programme-day";
import { RemoveGathering } from "./remove-gathering";
import { WorkshopSection } from "./workshop-section";

type Params = { params: Promise<{ slug: string; id: string }> };

const loadGathering = cache(async (slug: string, id: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.network.gathering({ network: slug, gatheringId: id }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, id } = await params;
  return { title: (await loadGathering(slug, id)).gathering.title };
}

export default async function GatheringPage({ params }: Params) {
  const { slug, id } = await params;
  const [view, t, locale] = await Promise.all([loadGathering(slug, id), getTranslations("network.gathering"), getLocale()]);
  const g = view.gathering;
  const multiDay = view.days.length > 1;

  return (
    <VStack gap="space-40">
      <div>
        <BodyShort className="mb-2">
          <NextLink className="aksel-link" href={`/nettverk/${slug}`}>
            {t("back")}
          </NextLink>
        </BodyShort>
        <Heading level="1" size="xlarge" spacing>
          {g.title}
        </Heading>
        <BodyShort className="text-ax-text-neutral-subtle">
          {gatheringDates(g, locale)}
          {g.place && ` · ${g.place}`}
        </BodyShort>
        {g.description && <BodyLong className="mt-3 max-w-prose whitespace-pre-line">{g.description}</BodyLong>}
        {view.canEdit && (
          <VStack gap="space-8" className="mt-4">
            <EditGathering slug={slug} existing={g} />
            {g.liveStatus === "ikke_startet" && <RemoveGathering slug={slug} gatheringId={g.id} version={g.version} title={g.title} />}
          </VStack>
        )}
      </div>

      <section aria-labelledby="program-heading">
        <Heading id="program-heading" level="2" size="medium" spacing>
          {t("programme")}
        </Heading>
        <VStack gap="space-24">
          {view.days.map((d) => (
            <ProgrammeDay key={d.day} slug={slug} gatheringId={g.id} day={d.day} items={d.items} canEdit={view.canEdit} showDayHeading={multiDay} />
          ))}
        </VStack>
      </section>

      {/* The live workshop panel (direktemodus): built by the live-workshop work. */}
      <WorkshopSection network={slug} gatheringId={g.id} canEdit={view.canEdit} />
    </VStack>
  );
}
