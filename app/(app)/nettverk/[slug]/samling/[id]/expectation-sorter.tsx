"use client";

import { XMarkIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, HStack, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { expectationTargets } from "~/db/schema/enums";
import { withCount } from "~/lib/network/labels";
import type { ExpectationTarget } from "~/lib/workshop/labels";
import { useWorkshopAction } from "./use-workshop-action";
import type { LiveTask, WorkshopRef } from "./workshop-types";

/** The facilitator's tool for the expectation task: make themes per owner and put each text under one. */
export function ExpectationSorter({ task, ...ref }: WorkshopRef & { task: LiveTask }) {
  const t = useTranslations("workshop.sorter");
  const [open, setOpen] = useState(false);
  const unsorted = task.expectations.filter((e) => e.themeId === null).length;
  return (
    <section aria-labelledby="sortering-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="sortering-heading" level="3" size="small" spacing>
        {t("heading")}
      </Heading>
      <BodyShort spacing>
        {task.expectations.length === 0 ? t("none") : t("summary", { count: task.expectations.length, unsorted })}
      </BodyShort>
      <Button size="small" variant="secondary" aria-expanded={open} aria-controls="sortering-innhold" onClick={() => setOpen((o) => !o)}>
        {open ? t("hide") : t("show")}
      </Button>
      <div id="sortering-innhold" hidden={!open} className="mt-6">
        {open && (
          <VStack gap="space-32">
            {expectationTargets.map((target) => (
              <TargetSorter key={target} {...ref} task={task} target={target} />
            ))}
          </VStack>
        )}
      </div>
    </section>
  );
}

function TargetSorter({ task, target, ...ref }: WorkshopRef & { task: LiveTask; target: ExpectationTarget }) {
  const t = useTranslations("workshop");
  const trpc = useTRPC();
  const addTheme = useMutation(trpc.workshop.addTheme.mutationOptions());
  const removeTheme = useMutation(trpc.workshop.removeTheme.mutationOptions());
  const assign = useMutation(trpc.workshop.assignTheme.mutationOptions());
  const errorRef = useRef<HTMLDivElement>(null);
  const action = useWorkshopAction(ref, errorRef);
  const [label, setLabel] = useState("");
  const themes = task.themes.filter((theme) => theme.target === target);
  const texts = task.expectations.filter((e) => e.target === target);
  const ordered = [...texts.filter((e) => e.themeId === null), ...texts.filter((e) => e.themeId !== null)];
  const headingId = `sorter-${target}`;
  const inputId = `nytt-tema-${target}`;

  async function onAdd(event: React.FormEvent) {
    event.preventDefault();
    if (await action.run(() => addTheme.mutateAsync({ ...ref, taskId: task.id, target, label: label.trim() }))) setLabel("");
  }

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} level="4" size="small" spacing>
        {t(`expectationTarget.${target}`)}
      </Heading>
      <VStack gap="space-16">
        {action.error && (
          <Alert variant="error" size="small" role="alert" ref={errorRef} tabIndex={-1}>
            {action.error}
          </Alert>
        )}
        <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2">
          <TextField
            id={inputId}
            label={t("sorter.newTheme", { target })}
            size="small"
            value={label}
            maxLength={120}
            onChange={(e) => setLabel(e.target.value)}
          />
          <Button type="submit" size="small" variant="secondary" loading={action.pending && addTheme.isPending}>
            {t("sorter.addTheme")}
          </Button>
        </form>
        {themes.length > 0 && (
          <HStack as="ul" gap="space-8" wrap className="m-0 list-none p-0" aria-label={t("sorter.themesFor", { target })}>
            {themes.map((theme) => (
              <li key={theme.id} className="flex items-center gap-1 rounded-md border border-ax-border-neutral-subtle py-1 pl-3 pr-1">
                {withCount(theme.label, texts.filter((e) => e.themeId === theme.id).length)}
                <Button
                  size="xsmall"
                  variant="tertiary"
                  icon={<XMarkIcon aria-hidden />}
                  aria-label={t("sorter.removeTheme", { label: theme.label })}
                  onClick={() => void action.run(() => removeTheme.mutateAsync({ ...ref, taskId: task.id, themeId: theme.id }))}
                />
              </li>
            ))}
          </HStack>
        )}
        {texts.length === 0 ? (
          <BodyShort>{t("sorter.noneFor", { target })}</BodyShort>
        ) : themes.length === 0 ? (
          <BodyShort>{t("sorter.themeFirst", { count: texts.length })}</BodyShort>
        ) : (
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {ordered.map((e) => (
              <li key={e.answerId}>
                <Select
                  label={`«${e.text}»`}
                  size="small"
                  value={e.themeId ?? ""}
                  className="max-w-2xl"
                  onChange={(event) =>
                    void action.run(() => assign.mutateAsync({ ...ref, taskId: task.id, answerId: e.answerId, themeId: event.target.value || null }))
                  }
                >
                  <option value="">{t("sorter.unsorted")}</option>
                  {themes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.label}
                    </option>
                  ))}
                </Select>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  );
}
