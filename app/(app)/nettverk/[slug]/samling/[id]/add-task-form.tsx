"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { BodyShort, Heading, Select, Textarea, TextField } from "@navikt/ds-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { workshopTaskKinds } from "~/db/schema/enums";
import type { WorkshopTaskKind } from "~/lib/workshop/labels";
import type { WorkshopRef } from "./workshop-types";

/** Adds a task of a kind, with the kind's name as title and, for the evaluation, KS's statements to edit. */
export function AddTaskForm(ref: WorkshopRef) {
  const t = useTranslations("workshop");
  const kindName = (k: WorkshopTaskKind) => t(`taskKind.${k}`);
  const defaultStatements = (["s1", "s2", "s3", "s4", "s5", "s6"] as const).map((key) => t(`defaultStatements.${key}`)).join("\n");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.workshop.addTask.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [kind, setKind] = useState<WorkshopTaskKind>("selvvurdering");
  const [title, setTitle] = useState(kindName("selvvurdering"));
  const [statements, setStatements] = useState(defaultStatements);

  function chooseKind(next: WorkshopTaskKind) {
    // Keep a title the facilitator wrote; replace the default of the previous kind.
    if (title.trim() === "" || title === kindName(kind)) setTitle(kindName(next));
    setKind(next);
  }

  async function onSubmit() {
    const lines = statements.split("\n").map((s) => s.trim()).filter(Boolean);
    const localErrors: Record<string, string> = {};
    if (!title.trim()) localErrors.title = t("addTask.titleRequired");
    if (kind === "evaluering" && lines.length === 0) localErrors.statements = t("addTask.statementRequired");
    const created = await form.submit(
      // The kind's own name is left to the server, which writes it in the samling's language.
      // So are KS's statements, when the facilitator left them as they were.
      {
        ...ref,
        kind,
        ...(title.trim() === kindName(kind) ? {} : { title: title.trim() }),
        ...(kind === "evaluering" && lines.join("\n") !== defaultStatements ? { statements: lines } : {}),
      },
      { localErrors },
    );
    if (created) {
      await queryClient.invalidateQueries({ queryKey: trpc.workshop.live.queryKey(ref) });
      setTitle(kindName(kind));
      setStatements(defaultStatements);
    }
  }

  return (
    <FormShell
      form={form}
      labelledBy="ny-oppgave-heading"
      className="rounded-lg bg-ax-bg-neutral-soft p-4"
      stackClassName="max-w-2xl"
      idPrefix="oppgave-ny-"
      heading={
        <Heading id="ny-oppgave-heading" level="4" size="small">
          {t("addTask.heading")}
        </Heading>
      }
      submit={{ label: t("addTask.submit"), variant: "secondary", icon: <PlusIcon aria-hidden /> }}
      status={
        form.saved && (
          <BodyShort role="status" size="small">
            {t("addTask.added")}
          </BodyShort>
        )
      }
      onSubmit={onSubmit}
    >
      <Select id="oppgave-ny-kind" label={t("addTask.kind")} value={kind} onChange={(e) => chooseKind(e.target.value as WorkshopTaskKind)}>
        {workshopTaskKinds.map((k) => (
          <option key={k} value={k}>
            {kindName(k)}
          </option>
        ))}
      </Select>
      <BodyShort size="small">{t(`taskKindHelp.${kind}`)}</BodyShort>
      <TextField
        id="oppgave-ny-title"
        label={t("addTask.title")}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={form.fieldErrors.title}
      />
      {kind === "evaluering" && (
        <Textarea
          id="oppgave-ny-statements"
          label={t("addTask.statements")}
          description={t("addTask.statementsHint")}
          value={statements}
          minRows={6}
          onChange={(e) => setStatements(e.target.value)}
          error={form.fieldErrors.statements}
        />
      )}
    </FormShell>
  );
}
