"use client";

import { BodyShort, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PlanBudget } from "~/db/schema/values";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatNumber } from "~/lib/format";
import { usePlanWords } from "./use-plan-words";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

interface General {
  id: string;
  version: number;
  vision: string;
  description: string;
  statePositions: number | null;
  municipalPositions: number | null;
  budget: PlanBudget;
  positionsBudget: number | null;
  positionsResult: number | null;
}

const columns = [["budgetThisYear"], ["budgetLastYear"], ["accountsLastYear"]] as const;

/** Om kontoret and rammebetingelser in one form: numbers are typed the Norwegian way ("12 345 000", "12,6"). */
export function GeneralForm({ slug, general, year }: { slug: string; general: General; year: number }) {
  const { t, locale } = usePlanWords();
  const noClientData = useTranslations("common")("noClientData");
  const asText = (n: number | null) => (n === null ? "" : formatNumber(n, locale));
  const trpc = useTRPC();
  const mutation = useMutation(trpc.businessPlan.updateGeneral.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [text, setText] = useState({ vision: general.vision, description: general.description });
  const [numbers, setNumbers] = useState<Record<string, string>>({
    statePositions: asText(general.statePositions),
    municipalPositions: asText(general.municipalPositions),
    positionsBudget: asText(general.positionsBudget),
    positionsResult: asText(general.positionsResult),
    ...Object.fromEntries(
      columns.flatMap(([col]) => [
        [`${col}.income`, asText(general.budget[col].income)],
        [`${col}.expenses`, asText(general.budget[col].expenses)],
      ]),
    ),
  });
  const setNumber = (key: string) => (e: React.ChangeEvent<HTMLInputElement>) => setNumbers((s) => ({ ...s, [key]: e.target.value }));
  const columnLabel = (col: (typeof columns)[number][0]) =>
    col === "budgetThisYear"
      ? t("document.budgetHeader.budget", { year })
      : col === "budgetLastYear"
        ? t("document.budgetHeader.budget", { year: year - 1 })
        : t("document.budgetHeader.accounts", { year: year - 1 });

  return (
    <FormShell
      form={form}
      label={t("general.label")}
      idPrefix="generelt-"
      warnOnConflict
      submit={{ label: t("general.submit") }}
      status={form.saved && <BodyShort role="status">{t("general.saved")}</BodyShort>}
      onSubmit={() =>
        form.submit({
          partnership: slug,
          versionId: general.id,
          version: general.version,
          ...text,
          statePositions: numbers.statePositions!,
          municipalPositions: numbers.municipalPositions!,
          positionsBudget: numbers.positionsBudget!,
          positionsResult: numbers.positionsResult!,
          budget: Object.fromEntries(
            columns.map(([col]) => [col, { income: numbers[`${col}.income`]!, expenses: numbers[`${col}.expenses`]! }]),
          ) as never,
        })
      }
    >
      <TextField id="generelt-vision" label={t("general.vision")} value={text.vision} maxLength={500} error={form.fieldErrors.vision} onChange={(e) => setText((v) => ({ ...v, vision: e.target.value }))} />
      <Textarea id="generelt-description" label={t("general.description")} description={noClientData} minRows={3} maxLength={4000} value={text.description} error={form.fieldErrors.description} onChange={(e) => setText((v) => ({ ...v, description: e.target.value }))} />
      <div className="grid gap-4 ax-md:grid-cols-2">
        <TextField id="generelt-statePositions" label={t("general.statePositions")} inputMode="decimal" value={numbers.statePositions} error={form.fieldErrors.statePositions} onChange={setNumber("statePositions")} />
        <TextField id="generelt-municipalPositions" label={t("general.municipalPositions")} inputMode="decimal" value={numbers.municipalPositions} error={form.fieldErrors.municipalPositions} onChange={setNumber("municipalPositions")} />
      </div>
      <fieldset className="m-0 border-0 p-0">
        <legend className="mb-2 font-semibold">{t("general.budgetLegend")}</legend>
        <BodyShort size="small" className="mb-2">
          {t("general.budgetHelp")}
        </BodyShort>
        <div className="grid gap-4 ax-md:grid-cols-3">
          {columns.map(([col]) => (
            <VStack key={col} gap="space-8">
              <TextField id={`generelt-budget.${col}.income`} label={t("general.income", { column: columnLabel(col) })} inputMode="numeric" value={numbers[`${col}.income`]} error={form.fieldErrors[`budget.${col}.income`]} onChange={setNumber(`${col}.income`)} />
              <TextField id={`generelt-budget.${col}.expenses`} label={t("general.expenses", { column: columnLabel(col) })} inputMode="numeric" value={numbers[`${col}.expenses`]} error={form.fieldErrors[`budget.${col}.expenses`]} onChange={setNumber(`${col}.expenses`)} />
            </VStack>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 ax-md:grid-cols-2">
        <TextField id="generelt-positionsBudget" label={t("general.positionsBudget", { year })} inputMode="decimal" value={numbers.positionsBudget} error={form.fieldErrors.positionsBudget} onChange={setNumber("positionsBudget")} />
        <TextField id="generelt-positionsResult" label={t("general.positionsResult")} inputMode="decimal" value={numbers.positionsResult} error={form.fieldErrors.positionsResult} onChange={setNumber("positionsResult")} />
      </div>
    </FormShell>
  );
}
