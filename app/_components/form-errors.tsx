"use client";

import { ErrorSummary } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { forwardRef } from "react";

/** Aksel's error summary; each message links to the field it belongs to (id = `${idPrefix}${field}`). */
export const FormErrors = forwardRef<HTMLDivElement, { errors: Record<string, string>; idPrefix?: string }>(
  function FormErrors({ errors, idPrefix = "" }, ref) {
    const t = useTranslations("common.form");
    const entries = Object.entries(errors);
    if (entries.length === 0) return null;
    return (
      <ErrorSummary ref={ref} heading={t("fixBeforeSave")}>
        {entries.map(([field, message]) => (
          <ErrorSummary.Item key={field} href={`#${idPrefix}${field}`}>
            {message}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary>
    );
  },
);
