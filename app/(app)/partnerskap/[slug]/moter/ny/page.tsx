import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { refusals } from "~/server/domain/access/permissions";
import { MeetingForm } from "~/app/(app)/partnerskap/[slug]/moter/_components/meeting-form";

export const metadata: Metadata = { title: "Planlegg nytt møte" };

export default async function NewMeetingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getServerCaller();
  const { people, canPlan } = await loadOrInterrupt(() => api.meeting.people({ partnership: slug }));
  return (
    <VStack gap="space-24" className="max-w-3xl">
      <NextLink href={`/partnerskap/${slug}/moter`}>← Alle møter</NextLink>
      <div>
        <Heading level="1" size="xlarge" spacing>
          Planlegg nytt møte
        </Heading>
        <BodyLong>
          Velg tid, sted og deltakere. Møtet får standard saksliste, som du kan endre. Åpne oppfølgingspunkter fra tidligere møter kommer
          automatisk først på sakslisten.
        </BodyLong>
      </div>
      {canPlan ? (
        <MeetingForm slug={slug} people={people} />
      ) : (
        <BodyShort>{refusals["meeting:manage"]}</BodyShort>
      )}
    </VStack>
  );
}
