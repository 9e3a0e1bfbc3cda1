"use client";

import { Heading, Select, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { deliveries, isTaskKind, type Delivery, type NotificationKind } from "~/lib/notifications/kinds";

interface Choice {
  kind: NotificationKind;
  delivery: Delivery;
}

const ID_PREFIX = "varsel-";

/** One select per kind; «Lagre» saves the ones that changed, one call each. */
export function DeliveryForm({ choices }: { choices: Choice[] }) {
  const trpc = useTRPC();
  const t = useTranslations("notifications");
  const { mutateAsync } = useMutation(trpc.notification.setDelivery.mutationOptions());
  const [saved, setSaved] = useState(() => new Map(choices.map((c) => [c.kind, c.delivery])));
  const [chosen, setChosen] = useState(() => new Map(saved));
  const form = useFormMutation(async (changes: Choice[]) => {
    for (const change of changes) await mutateAsync(change);
    return changes;
  });

  const groups = [
    { id: "oppgaver", heading: t("settings.tasks"), kinds: choices.filter((c) => isTaskKind(c.kind)) },
    { id: "annet", heading: t("settings.other"), kinds: choices.filter((c) => !isTaskKind(c.kind)) },
  ];

  async function save() {
    const changes = [...chosen].filter(([kind, delivery]) => saved.get(kind) !== delivery).map(([kind, delivery]) => ({ kind, delivery }));
    const done = await form.submit(changes);
    if (done) setSaved(new Map(chosen));
  }

  return (
    <FormShell
      form={form}
      onSubmit={save}
      label={t("settings.title")}
      idPrefix={ID_PREFIX}
      submit={{ label: t("settings.save") }}
      status={form.saved && !form.pending ? <span role="status">{t("settings.saved")}</span> : <span role="status" />}
    >
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`${ID_PREFIX}${group.id}`}>
          <Heading id={`${ID_PREFIX}${group.id}`} level="2" size="small" spacing>
            {group.heading}
          </Heading>
          <VStack gap="space-16" className="max-w-xl">
            {group.kinds.map(({ kind }) => (
              <Select
                key={kind}
                id={`${ID_PREFIX}${kind}`}
                label={t(`kinds.${kind}`)}
                size="small"
                value={chosen.get(kind)}
                error={form.fieldErrors[kind]}
                onChange={(e) => setChosen(new Map(chosen).set(kind, e.target.value as Delivery))}
              >
                {deliveries.map((d) => (
                  <option key={d} value={d}>
                    {t(`delivery.${d}`)}
                  </option>
                ))}
              </Select>
            ))}
          </VStack>
        </section>
      ))}
    </FormShell>
  );
}
