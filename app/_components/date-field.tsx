"use client";

import { TextField } from "@navikt/ds-react";
import { useLocale } from "next-intl";
import { lazy, Suspense, useRef } from "react";
import { formatDate } from "~/lib/format";

export interface DateFieldChange {
  iso: string | null;
  /** False when something is typed that is not a date. */
  valid: boolean;
}

export interface DateFieldProps {
  id: string;
  label: string;
  description?: string;
  defaultValue: string | null;
  error?: string;
  onChange: (change: DateFieldChange) => void;
}

// Aksel's date picker brings react-day-picker and date-fns (about 40 kB gzipped). The forms that
// have dates open on a click, so the picker is fetched when one is shown, not with the page.
const DatePickerField = lazy(() => import("./date-picker-field"));

/**
 * Aksel's date picker: typed as d.m.åååå or picked in the calendar; reports yyyy-mm-dd. Until the
 * picker has arrived, a read-only field with the same label and date stands in; if it had focus,
 * the picker's input takes it over.
 */
export function DateField(props: DateFieldProps) {
  const standInFocused = useRef(false);
  const locale = useLocale();
  return (
    <Suspense
      fallback={
        <TextField
          ref={(input) => () => {
            // Runs as the stand-in is removed, while it still holds focus if it had it.
            standInFocused.current = input !== null && document.activeElement === input;
          }}
          id={props.id}
          label={props.label}
          description={props.description}
          error={props.error}
          defaultValue={props.defaultValue ? formatDate(props.defaultValue, locale) : ""}
          readOnly
          htmlSize={12}
        />
      }
    >
      <DatePickerField {...props} standInFocused={standInFocused} />
    </Suspense>
  );
}
