"use client";

import { PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, Select, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { withoutFieldsPrefix } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useReturnFocus } from "~/app/_lib/use-return-focus";
import { useStep } from "~/app/_lib/use-step";
import { capitalise, categoryInfo, cycleCategories, type CycleCategory } from "~/lib/annual-cycle/categories";
import { formatMonth } from "~/lib/format";

export interface TemplateValues {
  title: string;
  category: CycleCategory;
  month: number;
  day: number | null;
  endMonth: number | null;
  endDay: number | null;
  responsible: string;
  description: string;
}

/** A day typed as text: "" is no day, anything else must be a whole number (the server checks the range). */
const parseDay = (text: string): number | null | "invalid" => {
  const t = text.trim();
  if (t === "") return null;
  return /^\d{1,2}$/.test(t) ? Number(t) : "invalid";
};

function TemplateForm({ fylke, target, initial, onDone }: { fylke: string; target: { key: string; version: number } | null; initial: TemplateValues; onDone: (saved: boolean) => void }) {
  const t = useTranslations("fylke.templateForm");
  const tc = useTranslations("cycle");
  const locale = useLocale();
  const trpc = useTRPC();
  const add = useMutation(trpc.annualCycle.addTemplateEvent.mutationOptions());
  const update = useMutation(trpc.annualCycle.updateTemplateEvent.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation((input: Record<string, unknown>): Promise<unknown> =>
    target ? update.mutateAsync(input as Parameters<typeof update.mutateAsync>[0]) : add.mutateAsync(input as Parameters<typeof add.mutateAsync>[0]),
  );
  const [v, setV] = useState({ ...initial, dayText: initial.day?.toString() ?? "", endDayText: initial.endDay?.toString() ?? "" });
  const prefix = `${target?.key ?? "ny"}-mal-`;
  const errors = withoutFieldsPrefix(form.fieldErrors);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));


  async function submit() {
    const day = parseDay(v.dayText);
    const endDay = parseDay(v.endDayText);
    const local: Record<string, string> = {};
    if (day === "invalid") local.day = t("invalidDay");
    if (endDay === "invalid") local.endDay = t("invalidDay");
    const fields = {
      title: v.title,
      category: v.category,
      month: v.month,
      day: day === "invalid" ? null : day,
      endMonth: v.endMonth,
      endDay: endDay === "invalid" ? null : endDay,
      responsible: v.responsible,
      description: v.description,
    };
    const input = target ? { fylke, key: target.key, version: target.version, fields } : { fylke, fields };
    const result = await form.submit(input, { localErrors: local });
    if (result) onDone(true);
  }

  const monthOptions = Array.from({ length: 12 }, (_, i) => (
    <option key={i + 1} value={i + 1}>
      {capitalise(formatMonth(i + 1, locale))}
    </option>
  ));

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={target ? t("editLabel", { title: initial.title }) : t("newLabel")}
      className="mt-3 rounded-md border border-ax-border-neutral-subtle bg-ax-bg-default p-4"
      errors={errors}
      idPrefix={prefix}
      alertSize="small"
      submit={{ label: target ? t("save") : t("add"), size: "small" }}
      onCancel={() => onDone(false)}
      onSubmit={submit}
    >
      <TextField id={`${prefix}title`} label={t("title")} value={v.title} maxLength={200} error={errors.title} onChange={(e) => set("title", e.target.value)} />
      <Select id={`${prefix}category`} label={t("category")} value={v.category} error={errors.category} onChange={(e) => set("category", e.target.value as CycleCategory)}>
        {cycleCategories.map((c) => (
          <option key={c} value={c}>
            {categoryInfo[c].letter} – {tc(`category.${c}`)}
          </option>
        ))}
      </Select>
      <HStack gap="space-16" align="start">
        <Select id={`${prefix}month`} label={t("month")} value={v.month} error={errors.month} onChange={(e) => set("month", Number(e.target.value))}>
          {monthOptions}
        </Select>
        <TextField
          id={`${prefix}day`}
          label={t("day")}
          description={t("dayDescription")}
          inputMode="numeric"
          htmlSize={6}
          value={v.dayText}
          error={errors.day}
          onChange={(e) => set("dayText", e.target.value)}
        />
      </HStack>
      <HStack gap="space-16" align="start">
        <Select
          id={`${prefix}endMonth`}
          label={t("endMonth")}
          description={t("endMonthDescription")}
          value={v.endMonth ?? ""}
          error={errors.endMonth}
          onChange={(e) => set("endMonth", e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t("noPeriod")}</option>
          {monthOptions}
        </Select>
        <TextField
          id={`${prefix}endDay`}
          label={t("endDay")}
          description={t("endDayDescription")}
          inputMode="numeric"
          htmlSize={6}
          value={v.endDayText}
          error={errors.endDay}
          onChange={(e) => set("endDayText", e.target.value)}
        />
      </HStack>
      <TextField id={`${prefix}responsible`} label={t("responsible")} description={t("responsibleDescription")} value={v.responsible} maxLength={200} error={errors.responsible} onChange={(e) => set("responsible", e.target.value)} />
      <Textarea id={`${prefix}description`} label={t("description")} description={t("noClientData")} value={v.description} maxLength={2000} minRows={2} error={errors.description} onChange={(e) => set("description", e.target.value)} />
    </FormShell>
  );
}

export function AddTemplateEvent({ fylke }: { fylke: string }) {
  const t = useTranslations("fylke.templateForm");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const { ref: opener, returnOnClose } = useReturnFocus(open);
  return open ? (
    <TemplateForm
      fylke={fylke}
      target={null}
      initial={{ title: "", category: "plan_styring", month: 1, day: null, endMonth: null, endDay: null, responsible: "", description: "" }}
      onDone={(ok) => (setSaved(ok), returnOnClose(), setOpen(false))}
    />
  ) : (
    <HStack gap="space-12" align="center">
      <Button ref={opener} size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => (setSaved(false), setOpen(true))}>
        {t("addEvent")}
      </Button>
      {saved && (
        <BodyShort size="small" role="status">
          {t("added")}
        </BodyShort>
      )}
    </HStack>
  );
}

export function TemplateEventActions({ fylke, eventKey, version, values }: { fylke: string; eventKey: string; version: number; values: TemplateValues }) {
  const t = useTranslations("fylke.templateForm");
  const trpc = useTRPC();
  const remove = useMutation(trpc.annualCycle.removeTemplateEvent.mutationOptions());
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const removal = useStep();
  const { ref: editButton, returnOnClose } = useReturnFocus(editing);

  async function confirmRemove() {
    if (await removal.run(null, () => remove.mutateAsync({ fylke, key: eventKey, version }))) setConfirming(false);
  }

  if (editing) {
    return (
      <div className="basis-full">
        <TemplateForm
          fylke={fylke}
          target={{ key: eventKey, version }}
          initial={values}
          onDone={(ok) => (setStatus(ok ? t("saved") : null), returnOnClose(), setEditing(false))}
        />
      </div>
    );
  }
  return (
    <HStack gap="space-4" align="center" wrap={false}>
      <Button ref={editButton} size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => (setStatus(null), setEditing(true))}>
        {t("edit")}<span className="sr-only">{t("quotedTitle", { title: values.title })}</span>
      </Button>
      <Button size="xsmall" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => setConfirming(true)}>
        {t("remove")}<span className="sr-only">{t("quotedTitle", { title: values.title })}</span>
      </Button>
      {status && (
        <BodyShort size="small" role="status">
          {status}
        </BodyShort>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t("removeHeading", { title: values.title })}
        body={t("removeBody")}
        confirmLabel={t("removeConfirm")}
        pending={remove.isPending}
        error={removal.error}
        errorRef={removal.errorRef}
        onConfirm={() => void confirmRemove()}
        onClose={() => (setConfirming(false), removal.clearError())}
      />
    </HStack>
  );
}
