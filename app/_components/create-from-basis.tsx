"use client";

import { Radio, RadioGroup } from "@navikt/ds-react";
import { useState, type ReactNode } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

export interface BasisOption<T extends string> {
  value: T;
  label: ReactNode;
  description?: string;
  disabled?: boolean;
}

/**
 * The year's first version of a document (a plan, an agreement): choose what it starts from, then
 * create it. The page re-renders with the new document on success.
 */
export function CreateFromBasis<T extends string>({
  label,
  idPrefix,
  legend,
  description,
  options,
  initial,
  note,
  submitLabel,
  save,
}: {
  /** The form's accessible name, e.g. «Lag virksomhetsplan for 2027». */
  label: string;
  idPrefix: string;
  legend: string;
  description?: string;
  options: BasisOption<T>[];
  initial: T;
  /** Below the choice: what is filled in without asking. */
  note?: ReactNode;
  submitLabel: string;
  save: (basis: T) => Promise<unknown>;
}) {
  const form = useFormMutation(save);
  const [basis, setBasis] = useState<T>(initial);
  return (
    <FormShell form={form} label={label} idPrefix={idPrefix} onSubmit={() => form.submit(basis)} submit={{ label: submitLabel }}>
      <RadioGroup id={`${idPrefix}basis`} legend={legend} description={description} value={basis} onChange={setBasis}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} disabled={option.disabled} description={option.description}>
            {option.label}
          </Radio>
        ))}
      </RadioGroup>
      {note}
    </FormShell>
  );
}
