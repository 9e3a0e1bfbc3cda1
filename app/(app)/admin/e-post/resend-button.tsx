"use client";

import { useRef, useState } from "react";
import { Button } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

/** «Send på nytt» for a failed mail, after a confirmation: it goes back in the queue with fresh attempts. */
export function ResendButton({ id, subject, to, size = "xsmall" }: { id: string; subject: string; to: string; size?: "xsmall" | "small" }) {
  const t = useTranslations("admin.mail.resend");
  const trpc = useTRPC();
  const errorRef = useRef<HTMLDivElement>(null);
  const resend = useFormMutation(useMutation(trpc.mail.resend.mutationOptions()).mutateAsync, errorRef);
  const [open, setOpen] = useState(false);

  async function confirm() {
    if (await resend.submit({ id })) setOpen(false);
  }

  return (
    <>
      <Button size={size} variant="secondary" onClick={() => setOpen(true)}>
        {t("button")}<span className="sr-only">{t("buttonDetail", { subject, to })}</span>
      </Button>
      <ConfirmDialog
        open={open}
        heading={t("heading")}
        body={t("body", { subject, to })}
        confirmLabel={t("button")}
        danger={false}
        pending={resend.pending}
        error={resend.formError}
        errorRef={errorRef}
        onConfirm={() => void confirm()}
        onClose={() => {
          resend.reset();
          setOpen(false);
        }}
      />
    </>
  );
}
