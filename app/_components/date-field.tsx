"use client";

import { DatePicker, useDatepicker } from "@navikt/ds-react";

export interface DateFieldChange {
  iso: string | null;
  /** False when something is typed that is not a date. */
  valid: boolean;
}

const toLocalDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y!, m! - 1, d);
};

const toIso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** Aksel's date picker: typed as d.m.åååå or picked in the calendar; reports yyyy-mm-dd. */
export function DateField(props: {
  id: string;
  label: string;
  description?: string;
  defaultValue: string | null;
  error?: string;
  onChange: (change: DateFieldChange) => void;
}) {
  const { datepickerProps, inputProps } = useDatepicker({
    defaultSelected: props.defaultValue ? toLocalDate(props.defaultValue) : undefined,
    onDateChange: (date) => props.onChange({ iso: date ? toIso(date) : null, valid: true }),
    onValidate: (validation) => {
      if (!validation.isEmpty && !validation.isValidDate) props.onChange({ iso: null, valid: false });
    },
  });
  return (
    <DatePicker {...datepickerProps} dropdownCaption>
      <DatePicker.Input
        {...inputProps}
        id={props.id}
        label={props.label}
        description={props.description}
        error={props.error}
      />
    </DatePicker>
  );
}
