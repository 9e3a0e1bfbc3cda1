"use client";

import { Alert, BodyShort, Button, HStack, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useWorkshopAction } from "./use-workshop-action";
import type { LiveView, WorkshopRef } from "./workshop-types";

const statusTone = { ikke_startet: "neutral", apen: "success", avsluttet: "info" } as const;

/** Opens and closes the samling's live mode; closing asks first (the code expires, open tasks close). */
export function LiveControls({ gathering, ...ref }: WorkshopRef & { gathering: LiveView["gathering"] }) {
  const t = useTranslations("workshop");
  const trpc = useTRPC();
  const setLive = useMutation(trpc.workshop.setLive.mutationOptions());
  const errorRef = useRef<HTMLDivElement>(null);
  const action = useWorkshopAction(ref, errorRef);
  const [confirming, setConfirming] = useState(false);
  const open = gathering.liveStatus === "apen";

  const change = (next: boolean) =>
    action.run(() => setLive.mutateAsync({ ...ref, version: gathering.version, open: next }));

  return (
    <VStack gap="space-12">
      <HStack gap="space-16" align="center" wrap>
        <StatusTag tone={statusTone[gathering.liveStatus]} size="medium">
          {t(`liveStatus.${gathering.liveStatus}`)}
        </StatusTag>
        {open ? (
          <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
            {t("liveControls.close")}
          </Button>
        ) : (
          <Button loading={action.pending} onClick={() => void change(true)}>
            {gathering.liveStatus === "avsluttet" ? t("liveControls.reopen") : t("liveControls.open")}
          </Button>
        )}
      </HStack>
      {gathering.liveStatus === "avsluttet" && (
        <BodyShort size="small">{t("liveControls.expired")}</BodyShort>
      )}
      {action.error && !confirming && (
        <Alert variant="error" size="small" role="alert" ref={errorRef} tabIndex={-1}>
          {action.error}
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t("liveControls.confirmHeading")}
        body={t("liveControls.confirmBody")}
        confirmLabel={t("liveControls.close")}
        pending={action.pending}
        error={action.error}
        errorRef={errorRef}
        onConfirm={() => void change(false).then((ok) => ok && setConfirming(false))}
        onClose={() => {
          setConfirming(false);
          action.clearError();
        }}
      />
    </VStack>
  );
}
