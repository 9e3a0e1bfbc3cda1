"use client";

import { CheckmarkIcon, FilesIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DialogForm } from "~/app/_components/form-shell";
import { StepMessages } from "~/app/_components/step-messages";
import { useTRPC } from "~/app/_components/trpc-provider";
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
  const t = useTranslations("meetings.actions");
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
        label={t("invitationText")}
        description={t("invitationHint")}
        value={text}
        readOnly
        minRows={12}
        maxRows={24}
        resize="vertical"
      />
      <HStack gap="space-8" align="center">
        <Button type="button" size="small" variant="secondary" icon={copied ? <CheckmarkIcon aria-hidden /> : <FilesIcon aria-hidden />} onClick={() => void copy()}>
          {t("copy")}
        </Button>
        {copied && (
          <BodyShort role="status" size="small">
            {t("copied")}
          </BodyShort>
        )}
        {canSend && (
          <Button
            type="button"
            size="small"
            loading={send.isPending}
            onClick={() =>
              void step.run(alreadySent ? t("newInvitationSent") : t("invitationSent"), () =>
                send.mutateAsync({ partnership: base.slug, meetingId: base.meetingId, version: base.version }),
              )
            }
          >
            {alreadySent ? t("sendNew") : t("send")}
          </Button>
        )}
      </HStack>
      <StepMessages step={step} />
    </VStack>
  );
}

export function CancelMeeting(base: Base) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.actions");
  const cancel = useMutation(trpc.meeting.cancel.mutationOptions());
  const step = useStep();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" size="small" variant="tertiary" data-color="danger" onClick={() => setOpen(true)}>
        {t("cancel")}
      </Button>
      <ConfirmDialog
        open={open}
        heading={t("cancelHeading")}
        body={t("cancelBody")}
        confirmLabel={t("cancel")}
        pending={cancel.isPending}
        error={step.error}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          const ok = await step.run(t("cancelled"), () => cancel.mutateAsync({ partnership: base.slug, meetingId: base.meetingId, version: base.version }));
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
  const t = useTranslations("meetings.actions");
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
          <Button type="button" size="small" icon={<CheckmarkIcon aria-hidden />} loading={approve.isPending} onClick={() => void step.run(t("approved"), () => approve.mutateAsync(input))}>
            {t("approve")}
          </Button>
        )}
        {canRemark && <RemarkButton {...base} existing={myRemark} />}
        {canSend && (
          <Button type="button" size="small" loading={send.isPending} onClick={() => void step.run(t("sentForApproval"), () => send.mutateAsync(input))}>
            {t("sendForApproval")}
          </Button>
        )}
        {canWithdraw && (
          <Button
            type="button"
            size="small"
            variant="secondary"
            loading={withdraw.isPending}
            onClick={() => void step.run(t("withdrawn"), () => withdraw.mutateAsync(input))}
          >
            {t("withdraw")}
          </Button>
        )}
      </HStack>
    </VStack>
  );
}

/** «Jeg har merknader»: says what should change instead of approving; the office sees it on the page. */
function RemarkButton({ existing, ...base }: Base & { existing: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.actions");
  const noClientData = useTranslations("common")("noClientData");
  const mutation = useMutation(trpc.meeting.remarkMinutes.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [open, setOpen] = useState(false);
  const [remark, setRemark] = useState(existing ?? "");
  const [done, setDone] = useState(false);
  return (
    <>
      <Button type="button" size="small" variant="secondary" onClick={() => setOpen(true)}>
        {existing ? t("editRemarks") : t("haveRemarks")}
      </Button>
      {done && (
        <BodyShort role="status" size="small">
          {t("remarksSent")}
        </BodyShort>
      )}
      <DialogForm
        open={open}
        onClose={() => setOpen(false)}
        heading={t("remarksHeading")}
        form={form}
        idPrefix="merknad-"
        submitLabel={t("sendRemarks")}
        intro={
          <BodyShort>
            {t("remarksIntro")}
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
          label={t("remarkLabel")}
          description={noClientData}
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
