import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import Link from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AnswerForm } from "./answer-form";

type Params = { params: Promise<{ slug: string; vurderingId: string }> };

export const metadata: Metadata = { title: "Din vurdering – mulighetsrom" };

export default async function AnswerPage({ params }: Params) {
  const { slug, vurderingId } = await params;
  const api = await getServerCaller();
  const mine = await loadOrInterrupt(() =>
    api.mulighetsrom.myAnswers({ partnership: slug, assessmentId: vurderingId }),
  );
  const back = `/partnerskap/${slug}/mulighetsrom/${vurderingId}`;

  return (
    <VStack gap="space-24" className="max-w-3xl">
      <div>
        <Link href={back}>Tilbake til vurderingen</Link>
        <Heading level="1" size="xlarge" className="mt-2" spacing>
          Din vurdering
        </Heading>
        <BodyLong>
          {mine.assessment.occasion}, {formatDate(mine.assessment.heldOn)}. Vurder hvert område slik du ser det.
          Svarene lagres mens du fyller ut, så du kan gå og komme tilbake senere. Ingen andre ser svarene dine før du
          leverer.
        </BodyLong>
      </div>
      {!mine.participant ? (
        <Alert variant="info">
          Du er ikke invitert til å delta i denne vurderingen. Be Nav-lederen legge deg til som deltaker.
        </Alert>
      ) : (
        <AnswerForm
          slug={slug}
          assessmentId={vurderingId}
          open={mine.assessment.status === "open"}
          submitted={mine.participant.submittedAt !== null}
          shareNamed={mine.participant.shareNamed}
          answers={mine.answers}
          backHref={back}
        />
      )}
    </VStack>
  );
}
