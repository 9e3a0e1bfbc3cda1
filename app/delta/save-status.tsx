"use client";

import { Alert, BodyShort } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import type { SendState } from "./use-answer-sender";

/** Whether the answers are saved, in words; a refusal from the server is shown as an error. */
export function SaveStatus({ state, error }: { state: SendState; error: string | null }) {
  const t = useTranslations("delta.save");
  return (
    <div aria-live="polite" aria-atomic="true">
      {state === "error" ? (
        <Alert variant="error" size="small">
          {error ?? t("failed")}
        </Alert>
      ) : state === "idle" ? null : (
        <BodyShort size="small" weight="semibold" className={state === "saved" ? "text-ax-text-success" : undefined}>
          {t(state)}
        </BodyShort>
      )}
    </div>
  );
}
