"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { BodyShort, Heading, Select, Textarea, TextField } from "@navikt/ds-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { workshopTaskKinds } from "~/db/schema/enums";
import {
  defaultEvaluationStatements,
  taskKindHelp,
  taskKindLabels,
  type WorkshopTaskKind,
} from "~/lib/workshop/labels";
import type { WorkshopRef } from "./workshop-types";

const defaultStatements = defaultEvaluationStatements.join("\n");

/** Adds a task of a kind, with the kind's name as title and, for the evaluation, KS's statements to edit. */
export function AddTaskForm(ref: WorkshopRef) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.workshop.addTask.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [kind, setKind] = useState<WorkshopTaskKind>("selvvurdering");
  const [title, setTitle] = useState(taskKindLabels.selvvurdering);
  const [statements, setStatements] = useState(defaultStatements);

  function chooseKind(next: WorkshopTaskKind) {
    // Keep a title the facilitator wrote; replace the default of the previous kind.
    if (title.trim() === "" || title === taskKindLabels[kind]) setTitle(taskKindLabels[next]);
    setKind(next);
  }

  async function onSubmit() {
    const lines = statements.split("\n").map((s) => s.trim()).filter(Boolean);
    const localErrors: Record<string, string> = {};
    if (!title.trim()) localErrors.title = "Skriv en tittel.";
    if (kind === "evaluering" && lines.length === 0) localErrors.statements = "Skriv minst én påstand.";
    const created = await form.submit(
      { ...ref, kind, title: title.trim(), ...(kind === "evaluering" ? { statements: lines } : {}) },
      { localErrors },
    );
    if (created) {
      await queryClient.invalidateQueries({ queryKey: trpc.workshop.live.queryKey(ref) });
      setTitle(taskKindLabels[kind]);
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
          Ny oppgave
        </Heading>
      }
      submit={{ label: "Legg til oppgave", variant: "secondary", icon: <PlusIcon aria-hidden /> }}
      status={
        form.saved && (
          <BodyShort role="status" size="small">
            Oppgaven er lagt til.
          </BodyShort>
        )
      }
      onSubmit={onSubmit}
    >
      <Select id="oppgave-ny-kind" label="Type oppgave" value={kind} onChange={(e) => chooseKind(e.target.value as WorkshopTaskKind)}>
        {workshopTaskKinds.map((k) => (
          <option key={k} value={k}>
            {taskKindLabels[k]}
          </option>
        ))}
      </Select>
      <BodyShort size="small">{taskKindHelp[kind]}</BodyShort>
      <TextField
        id="oppgave-ny-title"
        label="Tittel"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={form.fieldErrors.title}
      />
      {kind === "evaluering" && (
        <Textarea
          id="oppgave-ny-statements"
          label="Påstander"
          description="Én påstand per linje. Deltakerne svarer fra 0 (helt uenig) til 6 (helt enig). Påstandene kan ikke endres etter at oppgaven er åpnet."
          value={statements}
          minRows={6}
          onChange={(e) => setStatements(e.target.value)}
          error={form.fieldErrors.statements}
        />
      )}
    </FormShell>
  );
}
