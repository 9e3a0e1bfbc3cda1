"use client";

import { PencilIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, Checkbox, CheckboxGroup, Heading, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { roleInfo } from "~/lib/roles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import type { Person } from "./start-assessment";

/** Closing freezes the scores, statuses and priorities; reopening is possible and audited. */
export function OpenCloseButton({ slug, assessmentId, version, open }: { slug: string; assessmentId: string; version: number; open: boolean }) {
  const trpc = useTRPC();
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
        {open ? "Avslutt vurderingen" : "Gjenåpne vurderingen"}
      </Button>
      <ConfirmDialog
        open={confirming}
        heading={open ? "Avslutte vurderingen?" : "Gjenåpne vurderingen?"}
        body={
          open
            ? "Ingen kan levere eller endre svar etterpå, og felles status og prioriteringer låses. Utviklingsplanene kan fortsatt følges opp. Dere kan gjenåpne vurderingen senere."
            : "Deltakerne kan igjen levere og endre svar, og felles status og prioriteringer kan endres."
        }
        confirmLabel={open ? "Avslutt" : "Gjenåpne"}
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
  const mutation = useMutation(trpc.mulighetsrom.addParticipants.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [chosen, setChosen] = useState<string[]>([]);
  if (people.length === 0) {
    return <BodyShort size="small">Alle med en rolle i partnerskapet er invitert.</BodyShort>;
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
          Inviter flere
        </Heading>
      }
      submit={{ label: "Inviter", size: "small", variant: "secondary" }}
      onSubmit={() => {
        void form.submit(
          { partnership: slug, assessmentId, participantUserIds: chosen },
          { localErrors: chosen.length === 0 ? { participantUserIds: "Velg minst én person." } : {} },
        );
        setChosen([]);
      }}
    >
      <CheckboxGroup
        legend="Personer som ikke er invitert"
        hideLegend
        size="small"
        value={chosen}
        onChange={setChosen}
        error={form.fieldErrors.participantUserIds}
      >
        {people.map((p) => (
          <Checkbox key={p.userId} value={p.userId}>
            {p.name} – {p.title ?? roleInfo[p.role].label}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </FormShell>
  );
}

/** Corrects the date or occasion while the assessment is open. */
export function EditDetails(props: { slug: string; assessmentId: string; version: number; heldOn: string; occasion: string }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.mulighetsrom.updateDetails.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState<DateFieldChange>({ iso: props.heldOn, valid: true });
  const [occasion, setOccasion] = useState(props.occasion);
  if (!open) {
    return (
      <Button variant="tertiary" size="small" icon={<PencilIcon aria-hidden />} onClick={() => setOpen(true)}>
        Endre dato og anledning
      </Button>
    );
  }
  return (
    <FormShell
      form={form}
      label="Endre dato og anledning"
      className="mt-4 w-full rounded-lg bg-ax-bg-neutral-soft p-4"
      gap="space-12"
      idPrefix="detaljer-"
      warnOnConflict
      submit={{ label: "Lagre", size: "small" }}
      onCancel={() => setOpen(false)}
      cancelVariant="tertiary"
      onSubmit={async () => {
        const localErrors: Record<string, string> = {};
        if (!heldOn.valid || !heldOn.iso) localErrors.heldOn = "Dato må være en gyldig dato (d.m.åååå).";
        if (!occasion.trim()) localErrors.occasion = "Anledning må fylles ut.";
        const result = await form.submit(
          { partnership: props.slug, assessmentId: props.assessmentId, version: props.version, heldOn: heldOn.iso ?? "", occasion },
          { localErrors },
        );
        if (result) setOpen(false);
      }}
    >
      <DateField id="detaljer-heldOn" label="Dato" defaultValue={props.heldOn} error={form.fieldErrors.heldOn} onChange={setHeldOn} />
      <TextField
        id="detaljer-occasion"
        label="Anledning"
        value={occasion}
        maxLength={200}
        error={form.fieldErrors.occasion}
        onChange={(e) => setOccasion(e.target.value)}
        className="max-w-xl"
      />
    </FormShell>
  );
}
