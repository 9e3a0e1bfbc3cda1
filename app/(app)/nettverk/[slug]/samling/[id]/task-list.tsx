"use client";

import { TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, HStack, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { MoveButtons } from "~/app/_components/row-actions";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { AddTaskForm } from "./add-task-form";
import { taskStatusTones } from "./task-status";
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
  const t = useTranslations("workshop.tasks");
  return (
    <section aria-labelledby="oppgaver-heading">
      <Heading id="oppgaver-heading" level="3" size="medium" spacing>
        {t("heading")}
      </Heading>
      {tasks.length === 0 ? (
        <BodyShort spacing>{t("none")}</BodyShort>
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
  const t = useTranslations("workshop");
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
            <StatusTag tone={taskStatusTones[task.status]}>{t(`taskStatus.${task.status}`)}</StatusTag>
            <BodyShort weight="semibold">{t("live.answered", { count: task.respondents })}</BodyShort>
          </HStack>
        </HStack>
        {task.title !== t(`taskKind.${task.kind}`) && (
          <BodyShort size="small" className="text-ax-text-neutral-subtle">
            {t(`taskKind.${task.kind}`)}
          </BodyShort>
        )}
        <HStack gap="space-8" wrap>
          {task.status === "apen" ? (
            <Button size="small" onClick={() => void action.run(() => setStatus.mutateAsync({ ...base, status: "lukket" }))} loading={action.pending}>
              {t("tasks.close")}
            </Button>
          ) : (
            <Button
              size="small"
              disabled={!liveOpen}
              title={liveOpen ? undefined : t("tasks.openLiveFirst")}
              onClick={() => void action.run(() => setStatus.mutateAsync({ ...base, status: "apen" }))}
              loading={action.pending}
            >
              {task.status === "lukket" ? t("tasks.reopen") : t("tasks.open")}
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            onClick={() => void action.run(() => setVisible.mutateAsync({ ...base, visible: !task.resultsVisible }))}
          >
            {task.resultsVisible ? t("tasks.hideResults") : t("tasks.showResults")}
          </Button>
          <Button size="small" variant="tertiary" aria-pressed={shown} onClick={onShow}>
            {shown ? t("tasks.shown") : t("tasks.show")}
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
              {t("tasks.delete")}
            </Button>
          )}
        </HStack>
        {!liveOpen && task.status !== "apen" && (
          <BodyShort size="small" className="text-ax-text-neutral-subtle">
            {t("tasks.openLiveBefore")}
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
        heading={t("tasks.deleteHeading")}
        body={t("tasks.deleteBody", { title: task.title })}
        confirmLabel={t("tasks.deleteConfirm")}
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
