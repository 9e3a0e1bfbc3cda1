"use client";

import { PencilIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Checkbox, CheckboxGroup, Heading, HStack, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { roleInfo } from "~/server/domain/access/roles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import type { Person } from "./start-assessment";

/** Closing freezes the scores, statuses and priorities; reopening is possible and audited. */
export function OpenCloseButton({ slug, assessmentId, version, open }: { slug: string; assessmentId: string; version: number; open: boolean }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.mulighetsrom.setOpen.mutationOptions());
  const errorRef = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, errorRef);
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
        errorRef={errorRef}
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
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [chosen, setChosen] = useState<string[]>([]);
  if (people.length === 0) {
    return <BodyShort size="small">Alle med en rolle i partnerskapet er invitert.</BodyShort>;
  }
  return (
    <form
      noValidate
      aria-labelledby="flere-deltakere"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          { partnership: slug, assessmentId, participantUserIds: chosen },
          { localErrors: chosen.length === 0 ? { participantUserIds: "Velg minst én person." } : {} },
        );
        setChosen([]);
      }}
    >
      <VStack gap="space-8">
        <Heading id="flere-deltakere" level="3" size="xsmall">
          Inviter flere
        </Heading>
        {form.formError && (
          <Alert variant="error" size="small" role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
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
        <HStack>
          <Button type="submit" size="small" variant="secondary" loading={form.pending}>
            Inviter
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

/** Corrects the date or occasion while the assessment is open. */
export function EditDetails(props: { slug: string; assessmentId: string; version: number; heldOn: string; occasion: string }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.mulighetsrom.updateDetails.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
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
    <form
      noValidate
      aria-label="Endre dato og anledning"
      className="mt-4 w-full rounded-lg bg-ax-bg-neutral-soft p-4"
      onSubmit={async (e) => {
        e.preventDefault();
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
      <VStack gap="space-12">
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix="detaljer-" />
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
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
        <HStack gap="space-8">
          <Button type="submit" size="small" loading={form.pending}>
            Lagre
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={() => setOpen(false)}>
            Avbryt
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
