"use client";

import { Alert, BodyShort, Heading, Loader, VStack } from "@navikt/ds-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { ConnectionStatus } from "./connection-status";
import { JoinPanel } from "./join-panel";
import { LiveControls } from "./live-controls";
import { LiveScreen } from "./live-screen";
import { ParticipantCounts } from "./participant-counts";
import { ReportLinks } from "./report-links";
import { TaskList } from "./task-list";
import { useLiveEvents } from "./use-live-events";
import type { LiveTask, WorkshopRef } from "./workshop-types";

interface Props extends WorkshopRef {
  /** Only the network's facilitators run the live workshop; others see nothing of it here. */
  canEdit: boolean;
}

/** "Direktemodus": the facilitator's live workshop for one samling. */
export function WorkshopSection({ canEdit, ...ref }: Props) {
  if (!canEdit) return null;
  return <FacilitatorWorkshop {...ref} />;
}

/** The task on the big screen: the one chosen, else the open one, else the last closed. */
function currentTask(tasks: LiveTask[], chosen: string | null): LiveTask | undefined {
  return (
    tasks.find((t) => t.id === chosen) ??
    tasks.find((t) => t.status === "apen") ??
    tasks.findLast((t) => t.status === "lukket") ??
    tasks[0]
  );
}

function FacilitatorWorkshop(ref: WorkshopRef) {
  const t = useTranslations("workshop.section");
  const trpc = useTRPC();
  const live = useQuery(trpc.workshop.live.queryOptions(ref, { staleTime: 5_000 }));
  const connection = useLiveEvents(ref);
  const [chosen, setChosen] = useState<string | null>(null);

  return (
    <section aria-labelledby="direktemodus-heading" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <Heading id="direktemodus-heading" level="2" size="large">
          {t("heading")}
        </Heading>
        <ConnectionStatus state={connection.state} onRetry={connection.retry} />
      </div>
      {live.isPending ? (
        <Loader title={t("loading")} />
      ) : live.isError ? (
        <Alert variant="error" role="alert">
          {messageOf(live.error)}
        </Alert>
      ) : (
        <VStack gap="space-32">
          <BodyShort className="max-w-prose">{t("intro")}</BodyShort>
          <LiveControls {...ref} gathering={live.data.gathering} />
          {live.data.gathering.liveStatus === "apen" && live.data.joinCodeExpired ? (
            <Alert variant="warning">{t("codeExpired")}</Alert>
          ) : (
            live.data.gathering.liveStatus === "apen" && live.data.gathering.joinCode && <JoinPanel code={live.data.gathering.joinCode} />
          )}
          <ParticipantCounts total={live.data.participants} byGroup={live.data.participantsByGroup} />
          <LiveScreen {...ref} task={currentTask(live.data.tasks, chosen)} offices={live.data.offices} />
          <TaskList
            {...ref}
            tasks={live.data.tasks}
            liveOpen={live.data.gathering.liveStatus === "apen"}
            shownId={currentTask(live.data.tasks, chosen)?.id ?? null}
            onShow={setChosen}
          />
          <ReportLinks {...ref} />
        </VStack>
      )}
    </section>
  );
}
