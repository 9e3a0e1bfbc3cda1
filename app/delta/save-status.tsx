"use client";

import { Alert, BodyShort } from "@navikt/ds-react";
import type { SendState } from "./use-answer-sender";

const texts: Record<Exclude<SendState, "idle" | "error">, string> = {
  sending: "Lagrer …",
  saved: "✓ Lagret",
  retrying: "Ikke lagret ennå – mistet forbindelsen. Prøver igjen …",
};

/** Whether the answers are saved, in words; a refusal from the server is shown as an error. */
export function SaveStatus({ state, error }: { state: SendState; error: string | null }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state === "error" ? (
        <Alert variant="error" size="small">
          {error ?? "Svaret ble ikke lagret."}
        </Alert>
      ) : state === "idle" ? null : (
        <BodyShort size="small" weight="semibold" className={state === "saved" ? "text-ax-text-success" : undefined}>
          {texts[state]}
        </BodyShort>
      )}
    </div>
  );
}
