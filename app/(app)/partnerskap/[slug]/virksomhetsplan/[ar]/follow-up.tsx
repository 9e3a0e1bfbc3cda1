"use client";

import { Alert, Button, HStack, Select, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessages } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { actionStatuses } from "~/db/schema/enums";
import { PERIOD_YEARS_BACK, periodsOf, type PeriodKind } from "~/lib/business-plan/target-rules";
import { usePlanWords } from "./use-plan-words";

type Status = (typeof actionStatuses)[number];

/** The activity's status, changed in place: follow-up, allowed also after approval. */
export function ActivityStatusSelect({ slug, id, version, status, label }: { slug: string; id: string; version: number; status: Status; label: string }) {
  const { t } = usePlanWords();
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.setActivityStatus.mutationOptions());
  return (
    <div>
      <Select
        label={<span className="sr-only">{t("followUp.statusFor", { label })}</span>}
        hideLabel
        size="small"
        className="min-w-32"
        value={status}
        disabled={mutation.isPending}
        onChange={(e) =>
          mutation.mutate({ partnership: slug, id, version, status: e.target.value as Status }, { onSuccess: () => router.refresh() })
        }
      >
        {actionStatuses.map((key) => (
          <option key={key} value={key}>
            {t(`activityStatus.${key}`)}
          </option>
        ))}
      </Select>
      {mutation.error && (
        <Alert variant="error" size="small" role="alert" className="mt-1">
          {messageOf(mutation.error)}
        </Alert>
      )}
    </div>
  );
}

/** Records the actual value for a period; an empty value removes it. */
export function IndicatorValueForm({
  slug,
  indicatorId,
  name,
  periodKind,
  year,
  values,
}: {
  slug: string;
  indicatorId: string;
  name: string;
  periodKind: PeriodKind;
  year: number;
  values: { period: string; value: number; version: number }[];
}) {
  // The plan year first, then the years before it that may still get values (for the trend).
  const { t, period: periodText } = usePlanWords();
  const periods = Array.from({ length: PERIOD_YEARS_BACK + 1 }, (_, k) => periodsOf(periodKind, year - k)).flat();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.businessPlan.setIndicatorValue.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  // Periods come newest year first; suggest the plan year's first period without a value.
  const firstEmpty = periods.find((p) => !values.some((v) => v.period === p)) ?? periods[0]!;
  const [period, setPeriod] = useState(firstEmpty);
  const existing = values.find((v) => v.period === period);
  const [value, setValue] = useState(existing ? String(existing.value).replace(".", ",") : "");
  const idBase = `verdi-${indicatorId}`;
  return (
    <form
      noValidate
      aria-label={t("followUp.recordFor", { name })}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ partnership: slug, indicatorId, period, value, version: existing?.version ?? 0 });
      }}
    >
      <FormMessages form={form} summary={false} size="small" warnOnConflict className="mb-2" />
      <HStack gap="space-8" align="end">
        <Select
          id={`${idBase}-period`}
          label={t("followUp.period")}
          size="small"
          value={period}
          error={form.fieldErrors.period}
          onChange={(e) => {
            setPeriod(e.target.value);
            const found = values.find((v) => v.period === e.target.value);
            setValue(found ? String(found.value).replace(".", ",") : "");
          }}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodText(p)}
              {values.some((v) => v.period === p) ? t("followUp.hasValue") : ""}
            </option>
          ))}
        </Select>
        <TextField id={`${idBase}-value`} label={t("followUp.value")} size="small" inputMode="decimal" className="w-28" value={value} error={form.fieldErrors.value} onChange={(e) => setValue(e.target.value)} />
        <Button type="submit" size="small" variant="secondary" loading={form.pending}>
          {t("followUp.save")}
        </Button>
      </HStack>
      {form.saved && (
        <p role="status" className="mt-1 text-sm">
          {t("followUp.saved")}
        </p>
      )}
    </form>
  );
}
