"use client";

import { BodyShort, Button, HStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import type { ConnectionState } from "./use-live-events";

const marks: Record<ConnectionState, string> = { tilkoblet: "●", kobler: "○", feil: "✕" };

/** The live connection in words (and a mark), so the facilitator knows the screen is current. */
export function ConnectionStatus({ state, onRetry }: { state: ConnectionState; onRetry: () => void }) {
  const t = useTranslations("workshop.connection");
  return (
    <HStack gap="space-8" align="center">
      <BodyShort role="status" size="small" className={state === "tilkoblet" ? "text-ax-text-success-subtle" : "text-ax-text-warning-subtle"}>
        <span aria-hidden>{marks[state]} </span>
        {t("label", { state: t(state) })}
      </BodyShort>
      {state === "feil" && (
        <Button size="xsmall" variant="secondary" onClick={onRetry}>
          {t("retry")}
        </Button>
      )}
    </HStack>
  );
}
