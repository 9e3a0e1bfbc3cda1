"use client";

import { CheckmarkIcon, FilesIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, HStack, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";

interface Base {
  slug: string;
  meetingId: string;
  version: number;
}

/** Runs one lifecycle step, says that it happened or why not, and refreshes the page. */
function useStep() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  async function run(label: string, call: () => Promise<unknown>) {
    setError(null);
    setDone(null);
    try {
      await call();
      setDone(label);
      router.refresh();
      return true;
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
      return false;
    }
  }
  const messages = (
    <>
      {error && (
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
  return { run, messages, error };
}

/** The invitation text to paste into an email, with a copy button, and the step that marks it sent. */
export function InvitationPanel({ text, canSend, alreadySent, ...base }: Base & { text: string; canSend: boolean; alreadySent: boolean }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.moter.sendInvitation.mutationOptions());
  const step = useStep();
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard access (http, old browser): select the text so Ctrl+C copies it.
      area.current?.select();
    }
    setCopied(true);
  }

  return (
    <VStack gap="space-12">
      <Textarea
        ref={area}
        label="Innkallingen som tekst"
        description="Kopier teksten inn i en e-post til deltakerne. Appen sender ikke e-post selv."
        value={text}
        readOnly
        minRows={12}
        maxRows={24}
        resize="vertical"
      />
      <HStack gap="space-8" align="center">
        <Button type="button" size="small" variant="secondary" icon={copied ? <CheckmarkIcon aria-hidden /> : <FilesIcon aria-hidden />} onClick={() => void copy()}>
          Kopier teksten
        </Button>
        {copied && (
          <BodyShort role="status" size="small">
            Teksten er kopiert.
          </BodyShort>
        )}
        {canSend && (
          <Button
            type="button"
            size="small"
            loading={send.isPending}
            onClick={() =>
              void step.run(alreadySent ? "Ny innkalling er registrert som sendt." : "Innkallingen er registrert som sendt. Møtet er innkalt.", () =>
                send.mutateAsync({ partnership: base.slug, meetingId: base.meetingId, version: base.version }),
              )
            }
          >
            {alreadySent ? "Jeg har sendt en ny innkalling" : "Jeg har sendt innkallingen"}
          </Button>
        )}
      </HStack>
      {step.messages}
    </VStack>
  );
}

export function CancelMeeting(base: Base) {
  const trpc = useTRPC();
  const cancel = useMutation(trpc.moter.cancel.mutationOptions());
  const step = useStep();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" size="small" variant="tertiary" data-color="danger" onClick={() => setOpen(true)}>
        Avlys møtet
      </Button>
      <ConfirmDialog
        open={open}
        heading="Avlyse møtet?"
        body="Møtet blir stående i listen som avlyst, med saksliste og deltakere. Gi beskjed til deltakerne selv. Et avlyst møte kan ikke endres."
        confirmLabel="Avlys møtet"
        pending={cancel.isPending}
        error={step.error}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          const ok = await step.run("Møtet er avlyst.", () => cancel.mutateAsync({ partnership: base.slug, meetingId: base.meetingId, version: base.version }));
          if (ok) setOpen(false);
        }}
      />
    </>
  );
}

/** Send for approval / withdraw (the office) and Godkjent (each participant present). */
export function MinutesActions({
  canSend,
  canWithdraw,
  canApprove,
  ...base
}: Base & { canSend: boolean; canWithdraw: boolean; canApprove: boolean }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.moter.sendMinutes.mutationOptions());
  const withdraw = useMutation(trpc.moter.withdrawMinutes.mutationOptions());
  const approve = useMutation(trpc.moter.approveMinutes.mutationOptions());
  const step = useStep();
  const input = { partnership: base.slug, meetingId: base.meetingId, version: base.version };
  if (!canSend && !canWithdraw && !canApprove) return step.messages;
  return (
    <VStack gap="space-8">
      {step.messages}
      <HStack gap="space-8">
        {canApprove && (
          <Button type="button" size="small" icon={<CheckmarkIcon aria-hidden />} loading={approve.isPending} onClick={() => void step.run("Du har godkjent referatet.", () => approve.mutateAsync(input))}>
            Godkjent
          </Button>
        )}
        {canSend && (
          <Button type="button" size="small" loading={send.isPending} onClick={() => void step.run("Referatet er sendt til godkjenning.", () => send.mutateAsync(input))}>
            Send referatet til godkjenning
          </Button>
        )}
        {canWithdraw && (
          <Button
            type="button"
            size="small"
            variant="secondary"
            loading={withdraw.isPending}
            onClick={() => void step.run("Referatet er trukket tilbake. Godkjenningene som var gitt, må gis på nytt.", () => withdraw.mutateAsync(input))}
          >
            Trekk tilbake for å endre
          </Button>
        )}
      </HStack>
    </VStack>
  );
}
