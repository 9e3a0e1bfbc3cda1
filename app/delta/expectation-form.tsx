"use client";

import { Button, Fieldset, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { expectationTargets } from "~/db/schema/enums";
import { EXPECTATION_MAX_LENGTH, EXPECTATIONS_PER_TARGET } from "~/lib/workshop/limits";
import type { ParticipantTask } from "./participant-task";
import { SaveStatus } from "./save-status";
import { useAnswerSender } from "./use-answer-sender";
import { useTaskAnswers } from "./use-task-answers";

const slots = Array.from({ length: EXPECTATIONS_PER_TARGET }, (_, i) => i + 1);

/** Up to three short expectations of the rådmann and three of the fylkesdirektør, sent together. */
export function ExpectationForm({ token, task }: { token: string; task: ParticipantTask; headingId: string }) {
  const t = useTranslations("delta");
  const tw = useTranslations("workshop");
  const tc = useTranslations("common");
  const sender = useAnswerSender(token, task.id);
  const answers = useTaskAnswers(task);
  const description = `${t("expectation.description", { max: EXPECTATION_MAX_LENGTH })} ${tc("noClientData")}`;

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    // Every slot is sent: an emptied field takes the earlier text away.
    sender.send(
      expectationTargets.flatMap((target) =>
        slots.map((n) => ({ item: `${target}-${n}`, value: (answers.values[`${target}-${n}`] ?? "").trim() })),
      ),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-24">
        {expectationTargets.map((target) => (
          <Fieldset key={target} legend={tw(`expectationTarget.${target}`)} description={description}>
            {slots.map((n) => {
              const item = `${target}-${n}`;
              return (
                <TextField
                  key={item}
                  label={t("expectation.label", { n, target })}
                  value={answers.values[item] ?? ""}
                  maxLength={EXPECTATION_MAX_LENGTH}
                  onChange={(e) => answers.set({ [item]: e.target.value })}
                />
              );
            })}
          </Fieldset>
        ))}
        <div>
          <Button type="submit" loading={sender.state === "sending"}>
            {t("send")}
          </Button>
        </div>
        <SaveStatus state={sender.state} error={sender.error} />
      </VStack>
    </form>
  );
}
