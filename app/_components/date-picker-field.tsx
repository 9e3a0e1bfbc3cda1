"use client";

import { DatePicker, useDatepicker } from "@navikt/ds-react";
import { useEffect, type RefObject } from "react";
import type { DateFieldProps } from "./date-field";

const toLocalDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y!, m! - 1, d);
};

const toIso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/**
 * Aksel's date picker: typed as d.m.åååå or picked in the calendar; reports yyyy-mm-dd. Loaded by
 * DateField (./date-field.tsx) only when a form with a date is shown. `standInFocused` is set when
 * the stand-in is removed: if it had focus, this input takes it over.
 */
export default function DatePickerField({ standInFocused, ...props }: DateFieldProps & { standInFocused: RefObject<boolean> }) {
  const { datepickerProps, inputProps } = useDatepicker({
    defaultSelected: props.defaultValue ? toLocalDate(props.defaultValue) : undefined,
    onDateChange: (date) => props.onChange({ iso: date ? toIso(date) : null, valid: true }),
    onValidate: (validation) => {
      if (!validation.isEmpty && !validation.isValidDate) props.onChange({ iso: null, valid: false });
    },
  });
  useEffect(() => {
    // Only when it first appears; the ref was set as the stand-in left, before this effect runs.
    if (standInFocused.current) document.getElementById(props.id)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
