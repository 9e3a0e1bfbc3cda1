"use client";

import { BodyShort, HStack, Textarea, TextField } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";

export interface NetworkValues {
  name: string;
  description: string;
  periodStart: string;
  periodEnd: string;
}

/** Name, period and description: a new network or an existing one's details. */
export function NetworkForm({
  idPrefix,
  label,
  submitLabel,
  initial,
  save,
  onDone,
  focusFirst = false,
}: {
  idPrefix: string;
  label: string;
  submitLabel: string;
  initial?: NetworkValues;
  save: (values: NetworkValues) => Promise<unknown>;
  onDone?: (result: unknown) => void;
  focusFirst?: boolean;
}) {
  const t = useTranslations("network.form");
  const tc = useTranslations("common");
  const formRef = useFocusFirstField();
  const form = useFormMutation(save);
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [start, setStart] = useState<DateFieldChange>({ iso: initial?.periodStart ?? null, valid: true });
  const [end, setEnd] = useState<DateFieldChange>({ iso: initial?.periodEnd ?? null, valid: true });
  const err = form.fieldErrors;
  const descriptionHint = `${t("descriptionHint")} ${tc("noClientData")}`;

  return (
    <FormShell
      form={form}
      formRef={focusFirst ? formRef : undefined}
      label={label}
      idPrefix={idPrefix}
      warnOnConflict
      submit={{ label: submitLabel }}
      onCancel={onDone && initial ? () => onDone(null) : undefined}
      status={form.saved && <BodyShort role="status">{t("saved")}</BodyShort>}
      onSubmit={async () => {
        const local: Record<string, string> = {};
        if (!start.valid || !start.iso) local.periodStart = start.valid ? t("pickStart") : t("startInvalid");
        if (!end.valid || !end.iso) local.periodEnd = end.valid ? t("pickEnd") : t("endInvalid");
        const result = await form.submit({ name, description, periodStart: start.iso ?? "", periodEnd: end.iso ?? "" }, { localErrors: local });
        if (result) onDone?.(result);
      }}
    >
      <TextField id={`${idPrefix}name`} label={t("name")} description={t("nameHint")} value={name} maxLength={200} error={err.name} onChange={(e) => setName(e.target.value)} />
      <HStack gap="space-16" align="start" wrap>
        <DateField id={`${idPrefix}periodStart`} label={t("periodStart")} description={t("dateHint")} defaultValue={initial?.periodStart ?? null} error={err.periodStart} onChange={setStart} />
        <DateField id={`${idPrefix}periodEnd`} label={t("periodEnd")} description={t("dateHint")} defaultValue={initial?.periodEnd ?? null} error={err.periodEnd} onChange={setEnd} />
      </HStack>
      <Textarea
        id={`${idPrefix}description`}
        label={t("description")}
        description={descriptionHint}
        minRows={3}
        maxLength={2000}
        value={description}
        error={err.description}
        onChange={(e) => setDescription(e.target.value)}
      />
    </FormShell>
  );
}
