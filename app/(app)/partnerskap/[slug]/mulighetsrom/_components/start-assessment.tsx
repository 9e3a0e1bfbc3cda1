"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { Button, Checkbox, CheckboxGroup, Heading, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role, Side } from "~/lib/roles";
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
  const t = useTranslations("mulighetsrom.start");
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="ny-vurdering-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="ny-vurdering-heading" level="2" size="medium" spacing={open}>
        {t("heading")}
      </Heading>
      {open ? (
        <StartForm slug={slug} people={people} onCancel={() => setOpen(false)} />
      ) : (
        <Button className="mt-3" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
          {t("open")}
        </Button>
      )}
    </section>
  );
}

function StartForm({ slug, people, onCancel }: { slug: string; people: Person[]; onCancel: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const router = useRouter();
  const mutation = useMutation(trpc.mulighetsrom.create.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [heldOn, setHeldOn] = useState<{ iso: string | null; valid: boolean }>({ iso: isoToday(), valid: true });
  const [occasion, setOccasion] = useState("");
  const [chosen, setChosen] = useState<string[]>(people.map((p) => p.userId));

  async function onSubmit() {
    const localErrors: Record<string, string> = {};
    if (!heldOn.valid || !heldOn.iso) localErrors.heldOn = t("fields.dateInvalid");
    if (!occasion.trim()) localErrors.occasion = t("fields.occasionRequired");
    if (chosen.length === 0) localErrors.participantUserIds = t("fields.chooseParticipant");
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
      submit={{ label: t("start.submit") }}
      onCancel={onCancel}
      cancelVariant="tertiary"
      onSubmit={onSubmit}
    >
      <DateField
        id="ny-heldOn"
        label={t("fields.date")}
        description={t("start.dateHelp")}
        defaultValue={heldOn.iso}
        error={form.fieldErrors.heldOn}
        onChange={setHeldOn}
      />
      <TextField
        id="ny-occasion"
        label={t("fields.occasion")}
        description={t("start.occasionHelp")}
        value={occasion}
        onChange={(e) => setOccasion(e.target.value)}
        maxLength={200}
        error={form.fieldErrors.occasion}
        className="max-w-xl"
      />
      <CheckboxGroup
        id="ny-participantUserIds"
        legend={t("start.who")}
        description={t("start.whoHelp")}
        value={chosen}
        onChange={setChosen}
        error={form.fieldErrors.participantUserIds}
      >
        {people.map((p) => (
          <Checkbox key={p.userId} value={p.userId}>
            {t("format.personTitleSide", { name: p.name, title: p.title ?? t(`role.${p.role}`), side: t(`side.${p.side}`).toLowerCase() })}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </FormShell>
  );
}
