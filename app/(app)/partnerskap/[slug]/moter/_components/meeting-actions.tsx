"use client";

import { CheckmarkIcon, FilesIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DialogForm } from "~/app/_components/form-shell";
import { StepMessages } from "~/app/_components/step-messages";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useStep } from "~/app/_lib/use-step";

interface Base {
  slug: string;
  meetingId: string;
  version: number;
}

/** The invitation text to paste into an email, with a copy button, and the step that marks it sent. */
export function InvitationPanel({ text, canSend, alreadySent, ...base }: Base & { text: string; canSend: boolean; alreadySent: boolean }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.meeting.sendInvitation.mutationOptions());
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
        description="Dette får deltakerne på e-post, med møtet som kalenderoppføring. Du kan også kopiere teksten inn i en e-post selv."
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
              void step.run(alreadySent ? "Den nye innkallingen er sendt til deltakerne." : "Innkallingen er sendt til deltakerne. Møtet er innkalt.", () =>
                send.mutateAsync({ partnership: base.slug, meetingId: base.meetingId, version: base.version }),
              )
            }
          >
            {alreadySent ? "Send ny innkalling" : "Send innkallingen"}
          </Button>
        )}
      </HStack>
      <StepMessages step={step} />
    </VStack>
  );
}

export function CancelMeeting(base: Base) {
  const trpc = useTRPC();
  const cancel = useMutation(trpc.meeting.cancel.mutationOptions());
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

/** Send for approval / withdraw (the office); approve or «Jeg har merknader» (each approver present). */
export function MinutesActions({
  canSend,
  canWithdraw,
  canApprove,
  canRemark,
  myRemark,
  ...base
}: Base & { canSend: boolean; canWithdraw: boolean; canApprove: boolean; canRemark: boolean; myRemark: string | null }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.meeting.sendMinutes.mutationOptions());
  const withdraw = useMutation(trpc.meeting.withdrawMinutes.mutationOptions());
  const approve = useMutation(trpc.meeting.approveMinutes.mutationOptions());
  const step = useStep();
  const input = { partnership: base.slug, meetingId: base.meetingId, version: base.version };
  if (!canSend && !canWithdraw && !canApprove && !canRemark) return <StepMessages step={step} />;
  return (
    <VStack gap="space-8">
      <StepMessages step={step} />
      <HStack gap="space-8">
        {canApprove && (
          <Button type="button" size="small" icon={<CheckmarkIcon aria-hidden />} loading={approve.isPending} onClick={() => void step.run("Du har godkjent referatet.", () => approve.mutateAsync(input))}>
            Godkjenn referatet
          </Button>
        )}
        {canRemark && <RemarkButton {...base} existing={myRemark} />}
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

/** «Jeg har merknader»: says what should change instead of approving; the office sees it on the page. */
function RemarkButton({ existing, ...base }: Base & { existing: string | null }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.meeting.remarkMinutes.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [open, setOpen] = useState(false);
  const [remark, setRemark] = useState(existing ?? "");
  const [done, setDone] = useState(false);
  return (
    <>
      <Button type="button" size="small" variant="secondary" onClick={() => setOpen(true)}>
        {existing ? "Endre merknadene mine" : "Jeg har merknader"}
      </Button>
      {done && (
        <BodyShort role="status" size="small">
          Merknadene er sendt til Nav-lederen. Referatet er ikke godkjent av deg ennå.
        </BodyShort>
      )}
      <DialogForm
        open={open}
        onClose={() => setOpen(false)}
        heading="Merknader til referatet"
        form={form}
        idPrefix="merknad-"
        submitLabel="Send merknadene"
        intro={
          <BodyShort>
            Nav-lederen ser merknadene dine på møtesiden. Du har ikke godkjent referatet før du velger «Godkjenn referatet», og
            referatet låses først når alle som var til stede, har godkjent det.
          </BodyShort>
        }
        onSubmit={async () => {
          setDone(false);
          const result = await form.submit({ partnership: base.slug, meetingId: base.meetingId, version: base.version, remark });
          if (result) {
            setOpen(false);
            setDone(true);
          }
        }}
      >
        <Textarea
          id="merknad-remark"
          label="Hva bør endres i referatet?"
          description={NO_CLIENT_DATA_HINT}
          minRows={3}
          maxLength={2000}
          value={remark}
          error={form.fieldErrors.remark}
          onChange={(e) => setRemark(e.target.value)}
        />
      </DialogForm>
    </>
  );
}
