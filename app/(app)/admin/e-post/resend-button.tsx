"use client";

import { useRef, useState } from "react";
import { Button } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

/** «Send på nytt» for a failed mail, after a confirmation: it goes back in the queue with fresh attempts. */
export function ResendButton({ id, subject, to, size = "xsmall" }: { id: string; subject: string; to: string; size?: "xsmall" | "small" }) {
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
        Send på nytt<span className="sr-only">: «{subject}» til {to}</span>
      </Button>
      <ConfirmDialog
        open={open}
        heading="Sende e-posten på nytt?"
        body={`«${subject}» til ${to} legges i køen igjen og sendes ved neste runde, med nye forsøk. Mottakeren kan få den to ganger hvis den likevel kom fram forrige gang.`}
        confirmLabel="Send på nytt"
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
