"use client";

import { TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, HStack, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { MoveButtons } from "~/app/_components/row-actions";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { taskKindLabels, taskStatusLabels } from "~/lib/workshop/labels";
import { AddTaskForm } from "./add-task-form";
import { answeredText, taskStatusTones } from "./task-status";
import { useWorkshopAction } from "./use-workshop-action";
import type { LiveTask, WorkshopRef } from "./workshop-types";

interface Props extends WorkshopRef {
  tasks: LiveTask[];
  liveOpen: boolean;
  shownId: string | null;
  onShow: (taskId: string) => void;
}

/** The samling's sequence of tasks: open, close, reveal, reorder, remove, and choose what the screen shows. */
export function TaskList({ tasks, liveOpen, shownId, onShow, ...ref }: Props) {
  return (
    <section aria-labelledby="oppgaver-heading">
      <Heading id="oppgaver-heading" level="3" size="medium" spacing>
        Oppgaver
      </Heading>
      {tasks.length === 0 ? (
        <BodyShort spacing>Samlingen har ingen oppgaver ennå. Legg til den første under, for eksempel en selvvurdering.</BodyShort>
      ) : (
        <ol className="m-0 mb-6 flex list-none flex-col gap-3 p-0">
          {tasks.map((task, index) => (
            <TaskRow
              key={task.id}
              {...ref}
              task={task}
              index={index}
              count={tasks.length}
              liveOpen={liveOpen}
              shown={task.id === shownId}
              onShow={() => onShow(task.id)}
            />
          ))}
        </ol>
      )}
      <AddTaskForm {...ref} />
    </section>
  );
}

interface RowProps extends WorkshopRef {
  task: LiveTask;
  index: number;
  count: number;
  liveOpen: boolean;
  shown: boolean;
  onShow: () => void;
}

function TaskRow({ task, index, count, liveOpen, shown, onShow, ...ref }: RowProps) {
  const trpc = useTRPC();
  const setStatus = useMutation(trpc.workshop.setTaskStatus.mutationOptions());
  const setVisible = useMutation(trpc.workshop.setResultsVisible.mutationOptions());
  const move = useMutation(trpc.workshop.moveTask.mutationOptions());
  const remove = useMutation(trpc.workshop.removeTask.mutationOptions());
  const errorRef = useRef<HTMLDivElement>(null);
  const action = useWorkshopAction(ref, errorRef);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const base = { ...ref, taskId: task.id, version: task.version };
  const headingId = `oppgave-${task.id}`;

  return (
    <li
      aria-labelledby={headingId}
      className={`rounded-lg border p-4 ${shown ? "border-2 border-ax-border-accent" : "border-ax-border-neutral-subtle"}`}
    >
      <VStack gap="space-8">
        <HStack gap="space-12" align="center" justify="space-between" wrap>
          <Heading id={headingId} level="4" size="small">
            {task.title}
          </Heading>
          <HStack gap="space-8" align="center">
            <StatusTag tone={taskStatusTones[task.status]}>{taskStatusLabels[task.status]}</StatusTag>
            <BodyShort weight="semibold">{answeredText(task.respondents)}</BodyShort>
          </HStack>
        </HStack>
        {task.title !== taskKindLabels[task.kind] && (
          <BodyShort size="small" className="text-ax-text-neutral-subtle">
            {taskKindLabels[task.kind]}
          </BodyShort>
        )}
        <HStack gap="space-8" wrap>
          {task.status === "apen" ? (
            <Button size="small" onClick={() => void action.run(() => setStatus.mutateAsync({ ...base, status: "lukket" }))} loading={action.pending}>
              Lukk oppgaven
            </Button>
          ) : (
            <Button
              size="small"
              disabled={!liveOpen}
              title={liveOpen ? undefined : "Åpne direktemodus først"}
              onClick={() => void action.run(() => setStatus.mutateAsync({ ...base, status: "apen" }))}
              loading={action.pending}
            >
              {task.status === "lukket" ? "Åpne oppgaven igjen" : "Åpne oppgaven"}
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            onClick={() => void action.run(() => setVisible.mutateAsync({ ...base, visible: !task.resultsVisible }))}
          >
            {task.resultsVisible ? "Skjul resultater" : "Vis resultater"}
          </Button>
          <Button size="small" variant="tertiary" aria-pressed={shown} onClick={onShow}>
            {shown ? "Vises på skjermen" : "Vis på skjermen"}
          </Button>
          {/* Not disabled while saving: the row's other buttons share the pending state. */}
          <MoveButtons
            iconOnly
            size="small"
            name={task.title}
            index={index}
            count={count}
            moving={false}
            onMove={(direction) => action.run(() => move.mutateAsync({ ...base, direction: direction === "up" ? "opp" : "ned" }))}
          />
          {task.status === "klar" && (
            <Button size="small" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => setConfirmRemove(true)}>
              Slett
            </Button>
          )}
        </HStack>
        {!liveOpen && task.status !== "apen" && (
          <BodyShort size="small" className="text-ax-text-neutral-subtle">
            Åpne direktemodus før du åpner en oppgave.
          </BodyShort>
        )}
        {action.error && !confirmRemove && (
          <Alert variant="error" size="small" role="alert" ref={errorRef} tabIndex={-1}>
            {action.error}
          </Alert>
        )}
      </VStack>
      <ConfirmDialog
        open={confirmRemove}
        heading="Slette oppgaven?"
        body={`«${task.title}» blir slettet. Ingen har svart på den ennå.`}
        confirmLabel="Slett oppgaven"
        pending={action.pending}
        error={action.error}
        errorRef={errorRef}
        onConfirm={() => void action.run(() => remove.mutateAsync(base)).then((ok) => ok && setConfirmRemove(false))}
        onClose={() => {
          setConfirmRemove(false);
          action.clearError();
        }}
      />
    </li>
  );
}
