"use client";

import { BodyShort, Button, Select, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { areas } from "~/lib/mulighetsrom/areas";
import { numbered } from "~/lib/network/labels";
import { useAreaName } from "~/app/_lib/use-area-name";
import type { ParticipantTask } from "./participant-task";
import { SaveStatus } from "./save-status";
import { useAnswerSender } from "./use-answer-sender";
import { useTaskAnswers } from "./use-task-answers";

const slots = [{ item: "1" }, { item: "2" }, { item: "3" }] as const;

/** Three votes for the areas the partnership should work on; the first is the proposed main area. */
export function PriorityForm({ token, task }: { token: string; task: ParticipantTask; headingId: string }) {
  const t = useTranslations("delta");
  const areaName = useAreaName();
  const sender = useAnswerSender(token, task.id);
  const answers = useTaskAnswers(task);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const seen = new Set<string>();
    for (const slot of slots) {
      const value = answers.values[slot.item];
      if (!value) found[slot.item] = t("priority.pickArea");
      else if (seen.has(value)) found[slot.item] = t("priority.differentArea");
      else seen.add(value);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`prioritet-${task.id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    sender.send(slots.map((s) => ({ item: s.item, value: answers.values[s.item]! })));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-20">
        <BodyShort>{t("priority.intro")}</BodyShort>
        {slots.map((slot) => (
          <Select
            key={slot.item}
            id={`prioritet-${task.id}-${slot.item}`}
            label={t(`priority.slot.${slot.item}`)}
            value={answers.values[slot.item] ?? ""}
            error={errors[slot.item]}
            onChange={(e) => answers.set({ [slot.item]: e.target.value })}
          >
            <option value="">{t("priority.placeholder")}</option>
            {areas.map((a) => (
              <option key={a.no} value={String(a.no)}>
                {numbered(a.no, areaName(a.no))}
              </option>
            ))}
          </Select>
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
