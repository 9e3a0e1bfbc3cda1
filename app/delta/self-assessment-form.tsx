"use client";

import { BodyShort, Radio, RadioGroup, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { areaScores } from "~/db/schema/enums";
import { areaKey, areas } from "~/lib/mulighetsrom/areas";
import type { ParticipantTask } from "./participant-task";
import { SaveStatus } from "./save-status";
import { useAnswerSender } from "./use-answer-sender";
import { useTaskAnswers } from "./use-task-answers";

interface Props {
  token: string;
  task: ParticipantTask;
  headingId: string;
}

/** The 20 areas, each sterk / kan styrkes / ikke vurdert for the participant's own office; each choice saves at once. */
export function SelfAssessmentForm({ token, task }: Props) {
  const t = useTranslations("delta.selfAssessment");
  const words = useTranslations("mulighetsrom");
  const sender = useAnswerSender(token, task.id);
  const answers = useTaskAnswers(task);
  const done = areas.filter((a) => answers.values[String(a.no)]).length;

  return (
    <VStack gap="space-24">
      <BodyShort>{t("intro")}</BodyShort>
      {areas.map((area) => (
        <RadioGroup
          key={area.no}
          legend={`${area.no}. ${words(`areas.${areaKey(area.no)}.name`)}`}
          description={words(`areas.${areaKey(area.no)}.summary`)}
          value={answers.values[String(area.no)] ?? ""}
          onChange={(value: string) => {
            answers.set({ [String(area.no)]: value });
            sender.send([{ item: String(area.no), value }]);
          }}
        >
          {areaScores.map((score) => (
            <Radio key={score} value={score}>
              {words(`score.${score}`)}
            </Radio>
          ))}
        </RadioGroup>
      ))}
      <div className="sticky bottom-0 border-t border-ax-border-neutral-subtle bg-ax-bg-default py-3">
        <BodyShort size="small">
          {t("progress", { done, total: areas.length })}
        </BodyShort>
        <SaveStatus state={sender.state} error={sender.error} />
      </div>
    </VStack>
  );
}
