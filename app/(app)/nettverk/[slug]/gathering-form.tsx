"use client";

import { PencilIcon, PlusIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";

export interface GatheringValues {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  description: string;
}

function GatheringForm({ slug, existing, onDone }: { slug: string; existing?: GatheringValues & { id: string; version: number }; onDone: (id: string | null) => void }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.network.createGathering.mutationOptions());
  const update = useMutation(trpc.network.updateGathering.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation(async (values: GatheringValues) => {
    if (existing) {
      await update.mutateAsync({ network: slug, gatheringId: existing.id, version: existing.version, ...values });
      return { id: existing.id };
    }
    return create.mutateAsync({ network: slug, ...values });
  });
  const [title, setTitle] = useState(existing?.title ?? "");
  const [place, setPlace] = useState(existing?.place ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [start, setStart] = useState<DateFieldChange>({ iso: existing?.startsOn ?? null, valid: true });
  const [end, setEnd] = useState<DateFieldChange>({ iso: existing?.endsOn ?? null, valid: true });
  const prefix = existing ? `samling-${existing.id}-` : "ny-samling-";
  const err = form.fieldErrors;

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={existing ? "Endre samlingen" : "Ny samling"}
      className="max-w-2xl rounded-md border border-ax-border-neutral-subtle p-4"
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: existing ? "Lagre samlingen" : "Opprett samlingen" }}
      onCancel={() => onDone(null)}
      onSubmit={async () => {
        const local: Record<string, string> = {};
        if (!start.valid || !start.iso) local.startsOn = start.valid ? "Velg første dag." : "Første dag må være en gyldig dato (d.m.åååå).";
        // A one-day samling: the last day is the first day when left empty.
        if (!end.valid) local.endsOn = "Siste dag må være en gyldig dato (d.m.åååå).";
        const result = await form.submit({ title, place, description, startsOn: start.iso ?? "", endsOn: end.iso ?? start.iso ?? "" }, { localErrors: local });
        if (result) onDone(result.id);
      }}
    >
      <TextField id={`${prefix}title`} label="Tittel" description="For eksempel «Samling 1»." value={title} maxLength={200} error={err.title} onChange={(e) => setTitle(e.target.value)} />
      <HStack gap="space-16" align="start" wrap>
        <DateField id={`${prefix}startsOn`} label="Første dag" description="d.m.åååå" defaultValue={existing?.startsOn ?? null} error={err.startsOn} onChange={setStart} />
        <DateField id={`${prefix}endsOn`} label="Siste dag" description="Tom for en endagssamling" defaultValue={existing?.endsOn ?? null} error={err.endsOn} onChange={setEnd} />
      </HStack>
      <TextField id={`${prefix}place`} label="Sted" description="For eksempel «Kristiansand» eller et hotell." value={place} maxLength={200} error={err.place} onChange={(e) => setPlace(e.target.value)} />
      <Textarea
        id={`${prefix}description`}
        label="Beskrivelse (valgfritt)"
        description={NO_CLIENT_DATA_HINT}
        minRows={2}
        maxLength={2000}
        value={description}
        error={err.description}
        onChange={(e) => setDescription(e.target.value)}
      />
    </FormShell>
  );
}

/** «Ny samling» opens the form; after saving, the new samling's page opens. */
export function AddGathering({ slug }: { slug: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <GatheringForm
        slug={slug}
        onDone={(id) => {
          setOpen(false);
          if (id) router.push(`/nettverk/${slug}/samling/${id}`);
          else requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <div>
      <Button ref={button} type="button" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
        Ny samling
      </Button>
    </div>
  );
}

/** «Endre samlingen» on the samling's page. */
export function EditGathering({ slug, existing }: { slug: string; existing: GatheringValues & { id: string; version: number } }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <GatheringForm
        slug={slug}
        existing={existing}
        onDone={(id) => {
          setOpen(false);
          setSaved(id !== null);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <HStack gap="space-8" align="center">
      <Button ref={button} type="button" size="small" variant="secondary" icon={<PencilIcon aria-hidden />} onClick={() => { setSaved(false); setOpen(true); }}>
        Endre tittel, datoer og sted
      </Button>
      {saved && <BodyShort role="status">Lagret.</BodyShort>}
    </HStack>
  );
}
