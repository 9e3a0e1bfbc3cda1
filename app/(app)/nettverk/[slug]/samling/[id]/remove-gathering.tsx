"use client";

import { TrashIcon } from "@navikt/aksel-icons";
import { Button } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";

/** Deletes a samling that has never been opened live, after a confirmation. */
export function RemoveGathering({ slug, gatheringId, version, title }: { slug: string; gatheringId: string; version: number; title: string }) {
  const t = useTranslations("network.remove");
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.network.removeGathering.mutationOptions());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button type="button" size="small" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => { setError(null); setOpen(true); }}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={open}
        heading={t("heading")}
        body={t("body", { title })}
        confirmLabel={t("confirm")}
        pending={remove.isPending}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await remove.mutateAsync({ network: slug, gatheringId, version });
            setOpen(false);
            router.push(`/nettverk/${slug}`);
          } catch (e) {
            setError(messageOf(e));
          }
        }}
      />
    </div>
  );
}
