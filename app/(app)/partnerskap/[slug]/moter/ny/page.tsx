import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { renderText } from "~/lib/i18n/text";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { refusals } from "~/server/domain/access/permissions";
import { MeetingForm } from "~/app/(app)/partnerskap/[slug]/moter/_components/meeting-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.new");
  return { title: t("metaTitle") };
}

export default async function NewMeetingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [api, t] = await Promise.all([getServerCaller(), getTranslations("meetings.new")]);
  const { people, canPlan } = await loadOrInterrupt(() => api.meeting.people({ partnership: slug }));
  return (
    <VStack gap="space-24" className="max-w-3xl">
      <NextLink href={`/partnerskap/${slug}/moter`}>{t("back")}</NextLink>
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong>
          {t("intro")}
        </BodyLong>
      </div>
      {canPlan ? (
        <MeetingForm slug={slug} people={people} />
      ) : (
        <BodyShort>{renderText(refusals["meeting:manage"], await getLocale())}</BodyShort>
      )}
    </VStack>
  );
}
