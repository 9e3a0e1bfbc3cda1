"use client";

import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, Button, HStack, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormShell } from "~/app/_components/form-shell";
import { RowActions, type MoveDirection } from "~/app/_components/row-actions";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useReturnFocus } from "~/app/_lib/use-return-focus";
import { useStep } from "~/app/_lib/use-step";

export interface AgendaValues {
  time: string | null;
  title: string;
  responsible: string;
  description: string;
  links: { title: string; url: string }[];
}

const shortTitle = (title: string) => (title.length > 50 ? `${title.slice(0, 49)}…` : title);

/** One agenda item's form: new (under the list) or existing (in its place). */
function AgendaItemForm({
  slug,
  meetingId,
  existing,
  onDone,
}: {
  slug: string;
  meetingId: string;
  existing?: { id: string; version: number; values: AgendaValues };
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.agenda");
  const noClientData = useTranslations("common")("noClientData");
  const add = useMutation(trpc.meeting.addAgendaItem.mutationOptions());
  const update = useMutation(trpc.meeting.updateAgendaItem.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation(async (values: AgendaValues) => {
    if (existing) return update.mutateAsync({ partnership: slug, itemId: existing.id, version: existing.version, ...values });
    return add.mutateAsync({ partnership: slug, meetingId, ...values });
  });
  const v = existing?.values;
  const [values, setValues] = useState({ time: v?.time ?? "", title: v?.title ?? "", responsible: v?.responsible ?? "", description: v?.description ?? "" });
  const [links, setLinks] = useState(v?.links ?? []);
  const prefix = `${existing?.id ?? `ny-sak-${meetingId}`}-`;
  const err = form.fieldErrors;
  const linkTitleError = (i: number) => err[`links.${i}.title`];
  const linkUrlError = (i: number) => err[`links.${i}.url`];
  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((s) => ({ ...s, [field]: e.target.value }));
  const setLink = (index: number, field: "title" | "url", value: string) => setLinks((ls) => ls.map((l, i) => (i === index ? { ...l, [field]: value } : l)));

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={existing ? t("editItem", { title: shortTitle(existing.values.title) }) : t("newItem")}
      className="rounded-md border border-ax-border-neutral-subtle p-4"
      gap="space-12"
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: existing ? t("saveItem") : t("addItem"), size: "small" }}
      onCancel={onDone}
      onSubmit={async () => {
        const saved = await form.submit({ ...values, time: values.time || null, links });
        if (saved) onDone();
      }}
    >
      <HStack gap="space-16" align="start" wrap>
        <TextField id={`${prefix}time`} label={t("time")} description={t("timeHint")} htmlSize={8} value={values.time} error={err.time} onChange={set("time")} />
        <div className="min-w-64 flex-1">
          <TextField id={`${prefix}title`} label={t("title")} value={values.title} maxLength={200} error={err.title} onChange={set("title")} />
        </div>
      </HStack>
      <TextField id={`${prefix}responsible`} label={t("responsible")} description={t("responsibleHint")} value={values.responsible} maxLength={120} error={err.responsible} onChange={set("responsible")} />
      <Textarea id={`${prefix}description`} label={t("description")} description={noClientData} minRows={2} maxLength={2000} value={values.description} error={err.description} onChange={set("description")} />
      <fieldset className="m-0 border-0 p-0">
        <legend className="mb-2 font-semibold">{t("links")}</legend>
        <VStack gap="space-8">
          {links.map((link, i) => (
            <HStack key={i} gap="space-8" align="end" wrap>
              <TextField id={`${prefix}links.${i}.title`} label={t("linkText", { no: i + 1 })} size="small" value={link.title} error={linkTitleError(i)} onChange={(e) => setLink(i, "title", e.target.value)} />
              <div className="min-w-64 flex-1">
                <TextField id={`${prefix}links.${i}.url`} label={t("linkUrl", { no: i + 1 })} description={t("linkUrlHint")} size="small" value={link.url} error={linkUrlError(i)} onChange={(e) => setLink(i, "url", e.target.value)} />
              </div>
              <Button type="button" size="small" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => setLinks((ls) => ls.filter((_, k) => k !== i))}>
                {t("removeLink", { no: i + 1 })}
              </Button>
            </HStack>
          ))}
          {links.length < 10 && (
            <div>
              <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setLinks((ls) => [...ls, { title: "", url: "" }])}>
                {t("addLink")}
              </Button>
            </div>
          )}
        </VStack>
      </fieldset>
    </FormShell>
  );
}

export function AddAgendaItem({ slug, meetingId }: { slug: string; meetingId: string }) {
  const t = useTranslations("meetings.agenda");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <AgendaItemForm
        slug={slug}
        meetingId={meetingId}
        onDone={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <div>
      <Button ref={button} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t("addToAgenda")}
      </Button>
    </div>
  );
}

/** An agenda item's read view with Endre, Flytt opp/ned and Fjern; focus stays on the button used. */
export function EditableAgendaItem({
  slug,
  meetingId,
  item,
  index,
  count,
  children,
}: {
  slug: string;
  meetingId: string;
  item: { id: string; version: number; values: AgendaValues };
  index: number;
  count: number;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.agenda");
  const move = useMutation(trpc.meeting.moveAgendaItem.mutationOptions());
  const remove = useMutation(trpc.meeting.removeAgendaItem.mutationOptions());
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const step = useStep();
  const { ref: editButton, returnOnClose } = useReturnFocus(editing);
  const moveBy = (direction: MoveDirection) =>
    step.run(null, () => move.mutateAsync({ partnership: slug, itemId: item.id, version: item.version, direction: direction === "up" ? "opp" : "ned" }));

  if (editing) {
    return (
      <AgendaItemForm
        slug={slug}
        meetingId={meetingId}
        existing={item}
        onDone={() => {
          returnOnClose();
          setEditing(false);
        }}
      />
    );
  }
  const short = shortTitle(item.values.title);
  return (
    <div>
      {children}
      <RowActions
        name={short}
        index={index}
        count={count}
        moving={move.isPending}
        onMove={moveBy}
        onEdit={() => setEditing(true)}
        editRef={editButton}
        onRemove={() => setConfirming(true)}
        dangerRemove
      />
      {step.error && (
        <Alert variant="error" size="small" role="alert" className="mt-1">
          {step.error}
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t("removeHeading")}
        body={t("removeBody", { title: short })}
        confirmLabel={t("removeConfirm")}
        pending={remove.isPending}
        error={confirming ? step.error : null}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          if (await step.run(null, () => remove.mutateAsync({ partnership: slug, itemId: item.id, version: item.version }))) setConfirming(false);
        }}
      />
    </div>
  );
}
