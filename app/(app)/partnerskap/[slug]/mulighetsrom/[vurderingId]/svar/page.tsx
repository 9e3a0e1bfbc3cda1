import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AnswerForm } from "./answer-form";

type Params = { params: Promise<{ slug: string; vurderingId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mulighetsrom");
  return { title: t("answer.metaTitle") };
}

export default async function AnswerPage({ params }: Params) {
  const { slug, vurderingId } = await params;
  const api = await getServerCaller();
  const [t, locale] = await Promise.all([getTranslations("mulighetsrom.answer"), getLocale()]);
  const mine = await loadOrInterrupt(() =>
    api.mulighetsrom.myAnswers({ partnership: slug, assessmentId: vurderingId }),
  );
  const back = `/partnerskap/${slug}/mulighetsrom/${vurderingId}`;

  return (
    <VStack gap="space-24" className="max-w-3xl">
      <div>
        <Link href={back}>{t("back")}</Link>
        <Heading level="1" size="xlarge" className="mt-2" spacing>
          {t("heading")}
        </Heading>
        <BodyLong>{t("intro", { occasion: mine.assessment.occasion, date: formatDate(mine.assessment.heldOn, locale) })}</BodyLong>
      </div>
      {!mine.participant ? (
        <Alert variant="info">{t("notInvited")}</Alert>
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
