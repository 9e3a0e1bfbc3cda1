"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, Select, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { workshopTaskKinds } from "~/db/schema/enums";
import {
  defaultEvaluationStatements,
  taskKindHelp,
  taskKindLabels,
  type WorkshopTaskKind,
} from "~/server/domain/workshop/labels";
import type { WorkshopRef } from "./workshop-types";

const defaultStatements = defaultEvaluationStatements.join("\n");

/** Adds a task of a kind, with the kind's name as title and, for the evaluation, KS's statements to edit. */
export function AddTaskForm(ref: WorkshopRef) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.workshop.addTask.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [kind, setKind] = useState<WorkshopTaskKind>("selvvurdering");
  const [title, setTitle] = useState(taskKindLabels.selvvurdering);
  const [statements, setStatements] = useState(defaultStatements);

  function chooseKind(next: WorkshopTaskKind) {
    // Keep a title the facilitator wrote; replace the default of the previous kind.
    if (title.trim() === "" || title === taskKindLabels[kind]) setTitle(taskKindLabels[next]);
    setKind(next);
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
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
    <form onSubmit={onSubmit} noValidate aria-labelledby="ny-oppgave-heading" className="rounded-lg bg-ax-bg-neutral-soft p-4">
      <VStack gap="space-16" className="max-w-2xl">
        <Heading id="ny-oppgave-heading" level="4" size="small">
          Ny oppgave
        </Heading>
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix="oppgave-ny-" />
        {form.formError && (
          <Alert variant="error" role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
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
        <div>
          <Button type="submit" variant="secondary" icon={<PlusIcon aria-hidden />} loading={form.pending}>
            Legg til oppgave
          </Button>
        </div>
        {form.saved && (
          <BodyShort role="status" size="small">
            Oppgaven er lagt til.
          </BodyShort>
        )}
      </VStack>
    </form>
  );
}
