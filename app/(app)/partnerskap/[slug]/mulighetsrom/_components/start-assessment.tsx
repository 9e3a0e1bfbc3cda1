"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { Button, Checkbox, CheckboxGroup, Heading, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { roleInfo, sideLabels, type Role, type Side } from "~/lib/roles";
import { isoToday } from "~/lib/dates";
import { DateField } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

export interface Person {
  userId: string;
  name: string;
  role: Role;
  title: string | null;
  side: Side;
}

/** Starts a new assessment and invites the chosen people; everyone is invited unless unticked. */
export function StartAssessment({ slug, people }: { slug: string; people: Person[] }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="ny-vurdering-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="ny-vurdering-heading" level="2" size="medium" spacing={open}>
        Ny vurdering
      </Heading>
      {open ? (
        <StartForm slug={slug} people={people} onCancel={() => setOpen(false)} />
      ) : (
        <Button className="mt-3" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
          Start ny vurdering
        </Button>
      )}
    </section>
  );
}

function StartForm({ slug, people, onCancel }: { slug: string; people: Person[]; onCancel: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.mulighetsrom.create.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [heldOn, setHeldOn] = useState<{ iso: string | null; valid: boolean }>({ iso: isoToday(), valid: true });
  const [occasion, setOccasion] = useState("");
  const [chosen, setChosen] = useState<string[]>(people.map((p) => p.userId));

  async function onSubmit() {
    const localErrors: Record<string, string> = {};
    if (!heldOn.valid || !heldOn.iso) localErrors.heldOn = "Dato må være en gyldig dato (d.m.åååå).";
    if (!occasion.trim()) localErrors.occasion = "Anledning må fylles ut.";
    if (chosen.length === 0) localErrors.participantUserIds = "Velg minst én deltaker.";
    const created = await form.submit(
      { partnership: slug, heldOn: heldOn.iso ?? "", occasion, participantUserIds: chosen },
      { localErrors },
    );
    if (created) router.push(`/partnerskap/${slug}/mulighetsrom/${created.id}`);
  }

  return (
    <FormShell
      form={form}
      labelledBy="ny-vurdering-heading"
      idPrefix="ny-"
      submit={{ label: "Start vurderingen" }}
      onCancel={onCancel}
      cancelVariant="tertiary"
      onSubmit={onSubmit}
    >
      <DateField
        id="ny-heldOn"
        label="Dato"
        description="Når dere går gjennom resultatet sammen, for eksempel datoen for partnerskapsmøtet."
        defaultValue={heldOn.iso}
        error={form.fieldErrors.heldOn}
        onChange={setHeldOn}
      />
      <TextField
        id="ny-occasion"
        label="Anledning"
        description="For eksempel «Partnerskapsmøte vår 2027»."
        value={occasion}
        onChange={(e) => setOccasion(e.target.value)}
        maxLength={200}
        error={form.fieldErrors.occasion}
        className="max-w-xl"
      />
      <CheckboxGroup
        id="ny-participantUserIds"
        legend="Hvem skal delta?"
        description="Alle med en rolle i partnerskapet er valgt. Hver deltaker svarer for seg selv og ser bare sine egne svar til de er levert."
        value={chosen}
        onChange={setChosen}
        error={form.fieldErrors.participantUserIds}
      >
        {people.map((p) => (
          <Checkbox key={p.userId} value={p.userId}>
            {p.name} – {p.title ?? roleInfo[p.role].label} ({sideLabels[p.side].toLowerCase()})
          </Checkbox>
        ))}
      </CheckboxGroup>
    </FormShell>
  );
}
