"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Heading, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { actionStatuses } from "~/db/schema/enums";
import type { ActionStatus } from "~/lib/mulighetsrom/plan-questions";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { RowActions, type MoveDirection } from "~/app/_components/row-actions";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDate } from "~/lib/format";
import { useStep } from "~/app/_lib/use-step";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

const actionTone: Record<ActionStatus, StatusTone> = {
  ikke_startet: "neutral",
  pagar: "info",
  fullfort: "success",
  utsatt: "warning",
};

interface Action {
  id: string;
  text: string;
  owner: string;
  deadline: string | null;
  status: ActionStatus;
  version: number;
  /** Activities of a virksomhetsplan that point at this action. */
  planActivities: { year: number; text: string }[];
}

/** The plan's actions in order: each with owner, deadline and status; reordered with buttons. */
export function ActionsEditor({ slug, planId, actions, canEdit }: { slug: string; planId: string; actions: Action[]; canEdit: boolean }) {
  const t = useTranslations("mulighetsrom.actions");
  const done = actions.filter((a) => a.status === "fullfort").length;
  return (
    <section aria-labelledby="tiltak-heading">
      <Heading id="tiltak-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <BodyShort spacing>
        {actions.length === 0 ? (canEdit ? t("noneEdit") : t("none")) : t("doneOf", { done, total: actions.length })}
      </BodyShort>
      <ol className="m-0 flex list-none flex-col gap-3 p-0">
        {actions.map((action, index) => (
          <li key={action.id}>
            <ActionItem slug={slug} action={action} index={index} count={actions.length} canEdit={canEdit} />
          </li>
        ))}
      </ol>
      {canEdit && <ActionForm slug={slug} planId={planId} />}
    </section>
  );
}

function ActionItem(props: { slug: string; action: Action; index: number; count: number; canEdit: boolean }) {
  const { slug, action } = props;
  const number = props.index + 1;
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  const move = useMutation(trpc.mulighetsrom.moveAction.mutationOptions());
  const remove = useMutation(trpc.mulighetsrom.removeAction.mutationOptions());
  const removal = useFormMutation(remove.mutateAsync);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const moving = useStep();
  const activityLink = (a: { year: number; text: string }) =>
    t.rich("actions.inBusinessPlan", {
      year: a.year,
      text: a.text,
      link: (chunks) => <Link href={`/partnerskap/${slug}/virksomhetsplan/${a.year}`}>{chunks}</Link>,
    });
  const moveBy = (direction: MoveDirection) => moving.run(null, () => move.mutateAsync({ partnership: slug, actionId: action.id, direction }));

  if (editing) {
    return <ActionForm slug={slug} action={action} onDone={() => setEditing(false)} />;
  }
  return (
    <article aria-label={t("actions.itemLabel", { number, text: action.text })} className="rounded-lg border border-ax-border-neutral-subtle p-3">
      <div className="flex flex-col gap-2 ax-md:flex-row ax-md:items-start ax-md:justify-between">
        <VStack gap="space-4">
          <BodyShort weight="semibold">
            {t("format.numbered", { no: number, name: action.text })}
          </BodyShort>
          <BodyShort size="small">
            {t("actions.meta", { owner: action.owner || t("actions.ownerNotSet"), deadline: formatDate(action.deadline, locale) })}
          </BodyShort>
          {action.planActivities.map((a) => (
            <BodyShort key={`${a.year}-${a.text}`} size="small">
              {activityLink(a)}
            </BodyShort>
          ))}
        </VStack>
        <StatusTag tone={actionTone[action.status]} size="xsmall">
          {t(`actionStatus.${action.status}`)}
        </StatusTag>
      </div>
      {props.canEdit && (
        <RowActions
          name={action.text}
          index={props.index}
          count={props.count}
          moving={move.isPending}
          onMove={moveBy}
          onEdit={() => setEditing(true)}
          onRemove={() => setConfirming(true)}
          moveFirst
          className="mt-2"
        />
      )}
      {moving.error && (
        <Alert variant="error" size="small" role="alert" className="mt-2">
          {moving.error}
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t("actions.removeHeading")}
        body={t("actions.removeBody", { text: action.text })}
        confirmLabel={t("actions.remove")}
        pending={removal.pending}
        error={removal.formError}
        errorRef={removal.focusRef}
        onConfirm={async () => {
          const result = await removal.submit({ partnership: slug, actionId: action.id, version: action.version });
          if (result) setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </article>
  );
}

/** Adds a new action, or edits one when `action` is given. */
function ActionForm({ slug, planId, action, onDone }: { slug: string; planId?: string; action?: Action; onDone?: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const noClientData = useTranslations("common")("noClientData");
  const add = useMutation(trpc.mulighetsrom.addAction.mutationOptions());
  const update = useMutation(trpc.mulighetsrom.updateAction.mutationOptions());
  const addForm = useFormMutation(add.mutateAsync);
  const updateForm = useFormMutation(update.mutateAsync);
  const form = action ? updateForm : addForm;
  const [text, setText] = useState(action?.text ?? "");
  const [owner, setOwner] = useState(action?.owner ?? "");
  const [deadline, setDeadline] = useState<DateFieldChange>({ iso: action?.deadline ?? null, valid: true });
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? "ikke_startet");
  const [formKey, setFormKey] = useState(0);
  const prefix = action ? `tiltak-${action.id}-` : "nytt-tiltak-";

  async function onSubmit() {
    const localErrors: Record<string, string> = {};
    if (!text.trim()) localErrors.text = t("actions.textRequired");
    if (!deadline.valid) localErrors.deadline = t("actions.deadlineInvalid");
    const fields = { partnership: slug, text, owner, deadline: deadline.iso, status };
    if (action) {
      const result = await updateForm.submit({ ...fields, actionId: action.id, version: action.version }, { localErrors });
      if (result) onDone?.();
    } else {
      const result = await addForm.submit({ ...fields, planId: planId! }, { localErrors });
      if (result) {
        setText("");
        setOwner("");
        setDeadline({ iso: null, valid: true });
        setStatus("ikke_startet");
        setFormKey((k) => k + 1);
      }
    }
  }

  return (
    <FormShell
      key={formKey}
      form={form}
      label={action ? t("actions.editLabel", { text: action.text }) : t("actions.new")}
      className="mt-4 rounded-lg bg-ax-bg-neutral-soft p-4"
      gap="space-12"
      idPrefix={prefix}
      warnOnConflict
      heading={
        !action && (
          <Heading level="3" size="xsmall">
            {t("actions.new")}
          </Heading>
        )
      }
      submit={{ label: action ? t("actions.save") : t("actions.add"), size: "small", icon: action ? undefined : <PlusIcon aria-hidden /> }}
      onCancel={action ? onDone : undefined}
      cancelVariant="tertiary"
      status={
        !action &&
        addForm.saved && (
          <BodyShort size="small" role="status">
            {t("actions.added")}
          </BodyShort>
        )
      }
      onSubmit={onSubmit}
    >
      <TextField
        id={`${prefix}text`}
        label={t("actions.action")}
        description={noClientData}
        value={text}
        maxLength={500}
        error={form.fieldErrors.text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="grid gap-4 ax-md:grid-cols-3">
        <TextField
          id={`${prefix}owner`}
          label={t("fields.responsible")}
          description={t("actions.ownerHelp")}
          value={owner}
          maxLength={200}
          error={form.fieldErrors.owner}
          onChange={(e) => setOwner(e.target.value)}
        />
        <DateField
          id={`${prefix}deadline`}
          label={t("actions.deadline")}
          description={t("actions.optional")}
          defaultValue={deadline.iso}
          error={form.fieldErrors.deadline}
          onChange={setDeadline}
        />
        <Select
          id={`${prefix}status`}
          label={t("fields.status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as ActionStatus)}
        >
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus.${s}`)}
            </option>
          ))}
        </Select>
      </div>
    </FormShell>
  );
}
