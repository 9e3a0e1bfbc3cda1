"use client";

import { BodyShort, Button, HStack } from "@navikt/ds-react";
import type { ConnectionState } from "./use-live-events";

const texts: Record<ConnectionState, string> = {
  tilkoblet: "Tilkoblet",
  kobler: "Kobler til på nytt …",
  feil: "Ikke tilkoblet",
};

const marks: Record<ConnectionState, string> = { tilkoblet: "●", kobler: "○", feil: "✕" };

/** The live connection in words (and a mark), so the facilitator knows the screen is current. */
export function ConnectionStatus({ state, onRetry }: { state: ConnectionState; onRetry: () => void }) {
  return (
    <HStack gap="space-8" align="center">
      <BodyShort role="status" size="small" className={state === "tilkoblet" ? "text-ax-text-success-subtle" : "text-ax-text-warning-subtle"}>
        <span aria-hidden>{marks[state]} </span>
        Direkteoppdatering: {texts[state]}
      </BodyShort>
      {state === "feil" && (
        <Button size="xsmall" variant="secondary" onClick={onRetry}>
          Koble til igjen
        </Button>
      )}
    </HStack>
  );
}
