"use client";

import { BodyShort, HStack, Radio, RadioGroup, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { EVALUATION_MAX } from "~/lib/workshop/limits";
import type { ParticipantTask } from "./participant-task";
import { SaveStatus } from "./save-status";
import { useAnswerSender } from "./use-answer-sender";
import { useTaskAnswers } from "./use-task-answers";

const scale = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => String(v));

/** Each statement on a 0–6 scale; each choice saves at once. */
export function EvaluationForm({ token, task }: { token: string; task: ParticipantTask; headingId: string }) {
  const t = useTranslations("delta.evaluation");
  const sender = useAnswerSender(token, task.id);
  const answers = useTaskAnswers(task);
  return (
    <VStack gap="space-24">
      <BodyShort>{t("intro")}</BodyShort>
      {task.statements.map((statement, index) => (
        <RadioGroup
          key={index}
          legend={statement}
          description={t("scale")}
          value={answers.values[String(index)] ?? ""}
          onChange={(value: string) => {
            answers.set({ [String(index)]: value });
            sender.send([{ item: String(index), value }]);
          }}
        >
          <HStack gap="space-4" className="justify-between">
            {scale.map((v) => (
              <Radio key={v} value={v} className="flex-col items-center">
                {v}
              </Radio>
            ))}
          </HStack>
        </RadioGroup>
      ))}
      <div className="sticky bottom-0 border-t border-ax-border-neutral-subtle bg-ax-bg-default py-3">
        <SaveStatus state={sender.state} error={sender.error} />
      </div>
    </VStack>
  );
}
