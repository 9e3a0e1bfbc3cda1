import { StarFillIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { getServerCaller } from "~/server/api/server-caller";
import { formatDate } from "~/lib/format";
import { areaKey } from "~/lib/mulighetsrom/model";
import { loadOrInterrupt } from "~/app/_lib/load";
import { ActionsEditor } from "./actions-editor";
import { PlanForm } from "./plan-form";

type Params = { params: Promise<{ slug: string; vurderingId: string; planId: string }> };

const loadPlan = cache(async (slug: string, planId: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.mulighetsrom.plan({ partnership: slug, planId }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, planId } = await params;
  const [view, t] = await Promise.all([loadPlan(slug, planId), getTranslations("mulighetsrom")]);
  return { title: t("plan.metaTitle", { name: t(`areas.${areaKey(view.area.no)}.name`) }) };
}

export default async function PlanPage({ params }: Params) {
  const { slug, vurderingId, planId } = await params;
  const [view, t, locale] = await Promise.all([loadPlan(slug, planId), getTranslations("mulighetsrom"), getLocale()]);
  const area = areaKey(view.area.no);
  const back = `/partnerskap/${slug}/mulighetsrom/${view.assessment.id}`;
  // A plan reached through another assessment's address is still this plan; link to its own assessment.
  void vurderingId;

  return (
    <VStack gap="space-40" className="max-w-4xl">
      <div>
        <Link href={back}>
          {t("plan.back", { occasion: view.assessment.occasion, date: formatDate(view.assessment.heldOn, locale) })}
        </Link>
        <Heading level="1" size="xlarge" className="mt-2" spacing>
          {t("plan.heading", { no: view.area.no, name: t(`areas.${area}.name`) })}
        </Heading>
        <HStack gap="space-8" align="center">
          {view.area.main && (
            <BodyShort className="flex items-center gap-1 font-semibold">
              <StarFillIcon aria-hidden /> {t("marks.main")}
            </BodyShort>
          )}
          {!view.area.prioritised && <BodyShort>{t("plan.noLongerPrioritised")}</BodyShort>}
        </HStack>
        <BodyLong className="mt-2 max-w-prose text-ax-text-neutral-subtle">{t(`areas.${area}.summary`)}</BodyLong>
      </div>
      <PlanForm slug={slug} plan={view.plan} people={view.people} canEdit={view.canEdit} />
      <ActionsEditor slug={slug} planId={view.plan.id} actions={view.actions} canEdit={view.canEdit} />
    </VStack>
  );
}
