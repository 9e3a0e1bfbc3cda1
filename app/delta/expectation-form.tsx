"use client";

import { Button, Fieldset, TextField, VStack } from "@navikt/ds-react";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { expectationTargets } from "~/db/schema/enums";
import { EXPECTATION_MAX_LENGTH, EXPECTATIONS_PER_TARGET, expectationTargetLabels } from "~/lib/workshop/labels";
import type { ParticipantTask } from "./participant-task";
import { SaveStatus } from "./save-status";
import { useAnswerSender } from "./use-answer-sender";
import { useTaskAnswers } from "./use-task-answers";

const ownerWords = { radmann: "rådmannen", fylkesdirektor: "fylkesdirektøren" } as const;
const slots = Array.from({ length: EXPECTATIONS_PER_TARGET }, (_, i) => i + 1);

/** Up to three short expectations of the rådmann and three of the fylkesdirektør, sent together. */
export function ExpectationForm({ token, task }: { token: string; task: ParticipantTask; headingId: string }) {
  const sender = useAnswerSender(token, task.id);
  const answers = useTaskAnswers(task);

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
          <Fieldset key={target} legend={expectationTargetLabels[target]} description={`Korte setninger, høyst ${EXPECTATION_MAX_LENGTH} tegn hver. ${NO_CLIENT_DATA_HINT}`}>
            {slots.map((n) => {
              const item = `${target}-${n}`;
              return (
                <TextField
                  key={item}
                  label={`Forventning ${n} til ${ownerWords[target]}`}
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
            Send
          </Button>
        </div>
        <SaveStatus state={sender.state} error={sender.error} />
      </VStack>
    </form>
  );
}
