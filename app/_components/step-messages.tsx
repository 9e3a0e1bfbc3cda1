"use client";

import { Alert, BodyShort } from "@navikt/ds-react";
import type { Step } from "~/app/_lib/use-step";

/** What the last step did, or why it failed; `showError` is false while a dialog shows the error instead. */
export function StepMessages({ step, showError = true }: { step: Step; showError?: boolean }) {
  const { error, done, errorRef } = step;
  return (
    <>
      {error && showError && (
        <Alert variant="error" role="alert" ref={errorRef} tabIndex={-1} size="small">
          {error}
        </Alert>
      )}
      {done && (
        <BodyShort role="status" size="small">
          {done}
        </BodyShort>
      )}
    </>
  );
}
