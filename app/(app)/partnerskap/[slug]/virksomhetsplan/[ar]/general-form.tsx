"use client";

import { BodyShort, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { PlanBudget } from "~/db/schema/values";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
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

const numberFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });
const asText = (n: number | null) => (n === null ? "" : numberFormat.format(n));
const columns = [
  ["budgetThisYear", "Budsjett i år"],
  ["budgetLastYear", "Budsjett i fjor"],
  ["accountsLastYear", "Regnskap i fjor"],
] as const;

/** Om kontoret and rammebetingelser in one form: numbers are typed the Norwegian way ("12 345 000", "12,6"). */
export function GeneralForm({ slug, general, year }: { slug: string; general: General; year: number }) {
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
    col === "budgetThisYear" ? `Budsjett ${year}` : col === "budgetLastYear" ? `Budsjett ${year - 1}` : `Regnskap ${year - 1}`;

  return (
    <FormShell
      form={form}
      label="Om kontoret og rammebetingelser"
      idPrefix="generelt-"
      warnOnConflict
      submit={{ label: "Lagre om kontoret og rammer" }}
      status={form.saved && <BodyShort role="status">Lagret.</BodyShort>}
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
      <TextField id="generelt-vision" label="Visjon" value={text.vision} maxLength={500} error={form.fieldErrors.vision} onChange={(e) => setText((t) => ({ ...t, vision: e.target.value }))} />
      <Textarea id="generelt-description" label="Kort om kontoret" description={NO_CLIENT_DATA_HINT} minRows={3} maxLength={4000} value={text.description} error={form.fieldErrors.description} onChange={(e) => setText((t) => ({ ...t, description: e.target.value }))} />
      <div className="grid gap-4 ax-md:grid-cols-2">
        <TextField id="generelt-statePositions" label="Statlige årsverk" inputMode="decimal" value={numbers.statePositions} error={form.fieldErrors.statePositions} onChange={setNumber("statePositions")} />
        <TextField id="generelt-municipalPositions" label="Kommunale årsverk" inputMode="decimal" value={numbers.municipalPositions} error={form.fieldErrors.municipalPositions} onChange={setNumber("municipalPositions")} />
      </div>
      <fieldset className="m-0 border-0 p-0">
        <legend className="mb-2 font-semibold">Budsjett (kr)</legend>
        <BodyShort size="small" className="mb-2">
          Skriv hele kroner, for eksempel 12 345 000. Netto driftsramme regnes ut.
        </BodyShort>
        <div className="grid gap-4 ax-md:grid-cols-3">
          {columns.map(([col]) => (
            <VStack key={col} gap="space-8">
              <TextField id={`generelt-budget.${col}.income`} label={`Inntekter, ${columnLabel(col)}`} inputMode="numeric" value={numbers[`${col}.income`]} error={form.fieldErrors[`budget.${col}.income`]} onChange={setNumber(`${col}.income`)} />
              <TextField id={`generelt-budget.${col}.expenses`} label={`Utgifter, ${columnLabel(col)}`} inputMode="numeric" value={numbers[`${col}.expenses`]} error={form.fieldErrors[`budget.${col}.expenses`]} onChange={setNumber(`${col}.expenses`)} />
            </VStack>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 ax-md:grid-cols-2">
        <TextField id="generelt-positionsBudget" label={`Årsverk i budsjett ${year}`} inputMode="decimal" value={numbers.positionsBudget} error={form.fieldErrors.positionsBudget} onChange={setNumber("positionsBudget")} />
        <TextField id="generelt-positionsResult" label="Årsverk, resultat" inputMode="decimal" value={numbers.positionsResult} error={form.fieldErrors.positionsResult} onChange={setNumber("positionsResult")} />
      </div>
    </FormShell>
  );
}
