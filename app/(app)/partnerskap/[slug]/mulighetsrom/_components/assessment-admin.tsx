"use client";

import { PencilIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, Checkbox, CheckboxGroup, Heading, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import type { Person } from "./start-assessment";

/** Closing freezes the scores, statuses and priorities; reopening is possible and audited. */
export function OpenCloseButton({ slug, assessmentId, version, open }: { slug: string; assessmentId: string; version: number; open: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom.admin");
  const mutation = useMutation(trpc.mulighetsrom.setOpen.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [confirming, setConfirming] = useState(false);
  const run = async () => {
    const result = await form.submit({ partnership: slug, assessmentId, version, open: !open });
    if (result) setConfirming(false);
  };
  return (
    <>
      <Button variant="secondary" size="small" onClick={() => setConfirming(true)}>
        {open ? t("close") : t("reopen")}
      </Button>
      <ConfirmDialog
        open={confirming}
        heading={open ? t("closeHeading") : t("reopenHeading")}
        body={open ? t("closeBody") : t("reopenBody")}
        confirmLabel={open ? t("closeConfirm") : t("reopenConfirm")}
        pending={form.pending}
        error={form.formError}
        errorRef={form.focusRef}
        onConfirm={() => void run()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/** Invites more of the partnership's people while the assessment is open. */
export function AddParticipants({ slug, assessmentId, people }: { slug: string; assessmentId: string; people: Person[] }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const mutation = useMutation(trpc.mulighetsrom.addParticipants.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [chosen, setChosen] = useState<string[]>([]);
  if (people.length === 0) {
    return <BodyShort size="small">{t("admin.allInvited")}</BodyShort>;
  }
  return (
    <FormShell
      form={form}
      labelledBy="flere-deltakere"
      gap="space-8"
      summary={false}
      alertSize="small"
      heading={
        <Heading id="flere-deltakere" level="3" size="xsmall">
          {t("admin.inviteMore")}
        </Heading>
      }
      submit={{ label: t("admin.invite"), size: "small", variant: "secondary" }}
      onSubmit={() => {
        void form.submit(
          { partnership: slug, assessmentId, participantUserIds: chosen },
          { localErrors: chosen.length === 0 ? { participantUserIds: t("admin.choosePerson") } : {} },
        );
        setChosen([]);
      }}
    >
      <CheckboxGroup
        legend={t("admin.notInvited")}
        hideLegend
        size="small"
        value={chosen}
        onChange={setChosen}
        error={form.fieldErrors.participantUserIds}
      >
        {people.map((p) => (
          <Checkbox key={p.userId} value={p.userId}>
            {t("format.personTitle", { name: p.name, title: p.title ?? t(`role.${p.role}`) })}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </FormShell>
  );
}

/** Corrects the date or occasion while the assessment is open. */
export function EditDetails(props: { slug: string; assessmentId: string; version: number; heldOn: string; occasion: string }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const save = useTranslations("common")("save");
  const mutation = useMutation(trpc.mulighetsrom.updateDetails.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState<DateFieldChange>({ iso: props.heldOn, valid: true });
  const [occasion, setOccasion] = useState(props.occasion);
  if (!open) {
    return (
      <Button variant="tertiary" size="small" icon={<PencilIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t("admin.editDetails")}
      </Button>
    );
  }
  return (
    <FormShell
      form={form}
      label={t("admin.editDetails")}
      className="mt-4 w-full rounded-lg bg-ax-bg-neutral-soft p-4"
      gap="space-12"
      idPrefix="detaljer-"
      warnOnConflict
      submit={{ label: save, size: "small" }}
      onCancel={() => setOpen(false)}
      cancelVariant="tertiary"
      onSubmit={async () => {
        const localErrors: Record<string, string> = {};
        if (!heldOn.valid || !heldOn.iso) localErrors.heldOn = t("fields.dateInvalid");
        if (!occasion.trim()) localErrors.occasion = t("fields.occasionRequired");
        const result = await form.submit(
          { partnership: props.slug, assessmentId: props.assessmentId, version: props.version, heldOn: heldOn.iso ?? "", occasion },
          { localErrors },
        );
        if (result) setOpen(false);
      }}
    >
      <DateField id="detaljer-heldOn" label={t("fields.date")} defaultValue={props.heldOn} error={form.fieldErrors.heldOn} onChange={setHeldOn} />
      <TextField
        id="detaljer-occasion"
        label={t("fields.occasion")}
        value={occasion}
        maxLength={200}
        error={form.fieldErrors.occasion}
        onChange={(e) => setOccasion(e.target.value)}
        className="max-w-xl"
      />
    </FormShell>
  );
}
