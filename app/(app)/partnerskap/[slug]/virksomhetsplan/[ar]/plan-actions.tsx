"use client";

import { Alert, BodyShort, Button, HStack, Switch, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { CreateFromBasis } from "~/app/_components/create-from-basis";
import { DialogForm } from "~/app/_components/form-shell";
import { StepMessages } from "~/app/_components/step-messages";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useStep } from "~/app/_lib/use-step";
import type { PlanAction } from "~/server/domain/business-plan/lifecycle";

/** The year's plan: empty, or last year's carried over. */
export function CreatePlan({ slug, year, hasPreviousYear }: { slug: string; year: number; hasPreviousYear: boolean }) {
  const t = useTranslations("plan.actions");
  const trpc = useTRPC();
  const mutation = useMutation(trpc.businessPlan.create.mutationOptions());
  return (
    <CreateFromBasis<"tom" | "forrige">
      label={t("createLabel", { year })}
      idPrefix="ny-plan-"
      legend={t("createLegend")}
      // Why the copy is unavailable is said in the group's description: a disabled Radio dims its
      // own description below 4.5:1 contrast, and this is the only place that explains it.
      description={hasPreviousYear ? undefined : t("noPreviousYear", { year: year - 1 })}
      initial={hasPreviousYear ? "forrige" : "tom"}
      options={[
        {
          value: "forrige",
          label: t("copyLabel", { year: year - 1 }),
          disabled: !hasPreviousYear,
          description: hasPreviousYear ? t("copyDescription") : undefined,
        },
        { value: "tom", label: t("emptyLabel"), description: t("emptyDescription") },
      ]}
      submitLabel={t("createSubmit")}
      save={(basis) => mutation.mutateAsync({ partnership: slug, year, basis })}
    />
  );
}

interface Props {
  slug: string;
  versionId: string;
  version: number;
  actions: PlanAction[];
  /** The seats the viewer would approve for, e.g. "Grimstad kommune". */
  mySeats: string[];
  missing: string[];
  /** Whether the public version names people, for the publishing dialog to say. */
  showNames: boolean;
}


/** The lifecycle buttons this person may use now; each says what happens next. */
export function PlanActions({ slug, versionId, version, actions, mySeats, missing, showNames }: Props) {
  const t = useTranslations("plan.actions");
  const trpc = useTRPC();
  const send = useMutation(trpc.businessPlan.send.mutationOptions());
  const withdraw = useMutation(trpc.businessPlan.withdraw.mutationOptions());
  const publish = useMutation(trpc.businessPlan.publish.mutationOptions());
  const step = useStep();
  const [confirmPublish, setConfirmPublish] = useState(false);
  const can = (a: PlanAction) => actions.includes(a);
  const [canSend, canWithdraw, canApprove, canPublish, canStartVersion] = (["send", "withdraw", "approve", "publish", "new_version"] as const).map(can);
  const base = { partnership: slug, versionId, version };

  return (
    <VStack gap="space-12">
      <StepMessages step={step} showError={!confirmPublish} />
      <HStack gap="space-8">
        {canSend && (
          <Button size="small" loading={send.isPending} onClick={() => void step.run(t("sent"), () => send.mutateAsync(base))}>
            {t("send")}
            {missing.length > 0 ? t("missingCount", { count: missing.length }) : ""}
          </Button>
        )}
        {canWithdraw && (
          <Button size="small" variant="secondary" loading={withdraw.isPending} onClick={() => void step.run(t("withdrawn"), () => withdraw.mutateAsync(base))}>
            {t("withdraw")}
          </Button>
        )}
        {canApprove && <DecisionButtons slug={slug} versionId={versionId} version={version} seats={mySeats} />}
        {canPublish && (
          <>
            <Button
              size="small"
              onClick={() => {
                step.clearError();
                setConfirmPublish(true);
              }}
            >
              {t("publish")}
            </Button>
            <ConfirmDialog
              open={confirmPublish}
              heading={t("publishHeading")}
              body={t("publishText", { showNames: showNames ? "true" : "false" })}
              confirmLabel={t("publish")}
              danger={false}
              pending={publish.isPending}
              error={confirmPublish ? step.error : null}
              errorRef={step.errorRef}
              onClose={() => setConfirmPublish(false)}
              onConfirm={async () => {
                if (await step.run(t("published"), () => publish.mutateAsync(base))) setConfirmPublish(false);
              }}
            />
          </>
        )}
        {canStartVersion && <NewVersionButton slug={slug} versionId={versionId} />}
      </HStack>
    </VStack>
  );
}

/** Godkjenn, or Send tilbake with what must change. */
function DecisionButtons({ slug, versionId, version, seats }: { slug: string; versionId: string; version: number; seats: string[] }) {
  const t = useTranslations("plan.actions");
  const trpc = useTRPC();
  const decide = useMutation(trpc.businessPlan.decide.mutationOptions());
  const [open, setOpen] = useState<"godkjent" | "returnert" | null>(null);
  const form = useFormMutation(decide.mutateAsync);
  const [comment, setComment] = useState("");
  const on = seats.join(t("seatsAnd"));
  return (
    <>
      <Button size="small" onClick={() => setOpen("godkjent")}>
        {t("approve")}
      </Button>
      <Button size="small" variant="secondary" onClick={() => setOpen("returnert")}>
        {t("return")}
      </Button>
      <DialogForm
        open={open !== null}
        onClose={() => setOpen(null)}
        heading={open === "godkjent" ? t("approveHeading") : t("returnHeading")}
        form={form}
        idPrefix="beslutning-"
        submitLabel={open === "godkjent" ? t("approveSubmit") : t("returnSubmit")}
        intro={
          <BodyShort>
            {open === "godkjent" ? t("approveIntro", { seats: on }) : t("returnIntro")}
          </BodyShort>
        }
        onSubmit={async () => {
          if (!open) return;
          const result = await form.submit({ partnership: slug, versionId, version, decision: open, comment });
          if (result) setOpen(null);
        }}
      >
        <Textarea
          id="beslutning-comment"
          label={open === "returnert" ? t("whatMustChange") : t("commentOptional")}
          minRows={3}
          maxLength={2000}
          value={comment}
          error={form.fieldErrors.comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </DialogForm>
    </>
  );
}

function NewVersionButton({ slug, versionId }: { slug: string; versionId: string }) {
  const t = useTranslations("plan.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.newVersion.mutationOptions());
  const [open, setOpen] = useState(false);
  const form = useFormMutation(mutation.mutateAsync);
  const [changeNote, setChangeNote] = useState("");
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        {t("newVersion")}
      </Button>
      <DialogForm
        open={open}
        onClose={() => setOpen(false)}
        heading={t("newVersionHeading")}
        form={form}
        summary={false}
        submitLabel={t("newVersionSubmit")}
        intro={
          <BodyShort>{t("newVersionIntro")}</BodyShort>
        }
        onSubmit={async () => {
          const result = await form.submit({ partnership: slug, versionId, changeNote });
          if (result) {
            setOpen(false);
            router.push(`?versjon=${result.versionId}`);
          }
        }}
      >
        <Textarea id="ny-versjon-changeNote" label={t("changeNote")} minRows={2} maxLength={1000} value={changeNote} error={form.fieldErrors.changeNote} onChange={(e) => setChangeNote(e.target.value)} />
      </DialogForm>
    </>
  );
}

/** Whether the public page names people (off by default). */
export function PublicNamesSwitch({ slug, planId, version, showNames }: { slug: string; planId: string; version: number; showNames: boolean }) {
  const t = useTranslations("plan.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.setPublicNames.mutationOptions());
  return (
    <VStack gap="space-4">
      <Switch
        checked={showNames}
        loading={mutation.isPending}
        description={
          showNames
            ? t("namesOn")
            : t("namesOff")
        }
        onChange={(e) =>
          mutation.mutate({ partnership: slug, planId, version, showNames: e.target.checked }, { onSuccess: () => router.refresh() })
        }
      >
        {t("namesSwitch")}
      </Switch>
      {mutation.error && (
        <Alert variant="error" size="small" role="alert">
          {messageOf(mutation.error)}
        </Alert>
      )}
    </VStack>
  );
}
