import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AssessmentList } from "./_components/assessment-list";
import { HistoryTable } from "./_components/history-table";
import { PlanList } from "./_components/plan-list";
import { StartAssessment } from "./_components/start-assessment";
import { WorkshopTransfers } from "./workshop-transfers";
import { RoleNote } from "~/app/_components/role-note";

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ historikk?: string; planer?: string }>;
};

export const metadata: Metadata = { title: "Mulighetsrom" };

export default async function MulighetsromPage({ params, searchParams }: Params) {
  const { slug } = await params;
  const query = await searchParams;
  const showAllHistory = query.historikk === "alle";
  const showAllPlans = query.planer === "alle";
  const api = await getServerCaller();
  const { assessments, canEdit, history, plans, eligible, permissions } = await loadOrInterrupt(() =>
    api.mulighetsrom.overview({ partnership: slug }),
  );

  return (
    <VStack gap="space-40">
      <div>
        <Heading level="1" size="xlarge" spacing>
          Mulighetsrom
        </Heading>
        <BodyLong className="max-w-prose">
          Modellen har 20 utviklingsområder på tre nivåer: eier, kontor og tjeneste. Hver deltaker vurderer
          områdene for seg selv. Deretter blir dere enige om felles status, velger opptil tre områder å prioritere
          og lager en utviklingsplan for hvert av dem. Ta vurderingen fram på hvert partnerskapsmøte, så ser dere
          hvordan områdene utvikler seg over tid.
        </BodyLong>
        <RoleNote permissions={permissions} area="mulighetsrom" />
      </div>

      <WorkshopTransfers slug={slug} />

      {canEdit && <StartAssessment slug={slug} people={eligible} />}

      <section aria-labelledby="vurderinger-heading">
        <Heading id="vurderinger-heading" level="2" size="medium" spacing>
          Vurderinger
        </Heading>
        {assessments.length === 0 ? (
          <BodyShort>
            Partnerskapet har ingen vurderinger ennå.{" "}
            {canEdit
              ? "Start den første med skjemaet over, gjerne før neste partnerskapsmøte."
              : "Nav-lederen eller en av eierne kan starte en."}
          </BodyShort>
        ) : (
          <AssessmentList slug={slug} assessments={assessments} />
        )}
      </section>

      {assessments.length > 0 && <PlanList slug={slug} plans={plans} showAll={showAllPlans} />}

      {history.assessments.length > 0 && <HistoryTable slug={slug} history={history} showAll={showAllHistory} />}
    </VStack>
  );
}
